"""Proxies: the organizations letting another's delegate cast their ballot.

The list shows every proxy given (in force first, then revoked), with who gave it and
when; "Give a proxy…" records a new one (for one open proposal, or every proposal
until revoked) and "Revoke" ends the one selected.  A proxy is the giving
organization's record: only its organizers or a coordinator give or revoke it, and a
refusal is said in a sentence under the list.  Each change is one undo step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.decisions.proposals import get_proposal, list_proposals
from coalition.decisions.proxies import give_proxy, proxies, revoke_proxy
from coalition.directory import choices
from coalition.directory.access import NotPermittedError
from coalition.store.changes import IDENTITY
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import error_label
from coalition.ui.common.widgets import bold, muted
from coalition.ui.decisions.common import moment, tr

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ProxyLine:
    """One proxy as the screens show it: names rather than ids."""

    id: str
    from_org_id: str
    from_org: str
    to_org: str
    proposal_id: str | None
    proposal: str  # its title; "" for every proposal until revoked
    given_by: str
    given_at: dt.datetime
    revoked_at: dt.datetime | None
    note: str

    @property
    def scope(self) -> str:
        if self.proposal_id is None:
            return tr("Every proposal until revoked")
        return tr("“{title}”").format(title=self.proposal)

    def sentence(self) -> str:
        """ "Cascadia Now's proxy is held by Red Oregon, given by Dana Reyes on 12/7/2026
        5:30 PM PST (every proposal until revoked)"."""
        text = tr("{org}'s proxy is held by {holder}, given by {who} on {when}").format(
            org=self.from_org,
            holder=self.to_org,
            who=self.given_by or tr("someone not named"),
            when=moment(self.given_at),
        )
        if self.proposal_id is None:
            text += " " + tr("(every proposal until revoked)")
        return text + "."


def read_proxies(session: Session, proposal_id: str | None = None) -> list[ProxyLine]:
    """Every proxy (or those that may hold for ``proposal_id``), in force first."""
    names = dict(choices.organizations(session))
    lines = []
    titles: dict[str, str] = {}
    for proxy in proxies(session, proposal_id=proposal_id):
        if proxy.proposal_id and proxy.proposal_id not in titles:
            titles[proxy.proposal_id] = get_proposal(session, proxy.proposal_id).title
        lines.append(
            ProxyLine(
                id=proxy.id,
                from_org_id=proxy.from_org_id,
                from_org=names.get(proxy.from_org_id, proxy.from_org_id[:8]),
                to_org=names.get(proxy.to_org_id, proxy.to_org_id[:8]),
                proposal_id=proxy.proposal_id,
                proposal=titles.get(proxy.proposal_id or "", ""),
                given_by=proxy.given_by,
                given_at=proxy.given_at,
                revoked_at=proxy.revoked_at,
                note=proxy.note,
            )
        )
    return lines


class GiveProxyDialog(QDialog):
    """Give a proxy: from which organization, to which, for one proposal or all, a note.

    A refusal (not the giving organization's to give, already given) is said under the
    form; the dialog stays open to put it right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.given_id: str | None = None
        self.setWindowTitle(self.tr("Give a proxy"))
        with ctx.reading() as session:
            orgs = choices.organizations(session)
            open_rows = list_proposals(session, "open")
        self.from_org = QComboBox()
        self.from_org.setObjectName("proxyFrom")
        self.to_org = QComboBox()
        self.to_org.setObjectName("proxyTo")
        for combo in (self.from_org, self.to_org):
            combo.addItem(self.tr("Choose an organization"), None)
            for org_id, name in orgs:
                combo.addItem(name, org_id)
        if IDENTITY.org_id is not None:
            self.from_org.setCurrentIndex(max(0, self.from_org.findData(IDENTITY.org_id)))
        self.every = QRadioButton(self.tr("&Every proposal, until revoked"))
        self.one = QRadioButton(self.tr("&One proposal:"))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.every)
        self.scope.addButton(self.one)
        self.every.setChecked(True)
        self.proposal = QComboBox()
        self.proposal.setObjectName("proxyProposal")
        self.proposal.setAccessibleName(self.tr("The proposal the proxy is for"))
        for row in open_rows:
            if row.is_open:
                self.proposal.addItem(row.title, row.id)
        self.proposal.setEnabled(False)
        self.one.toggled.connect(self.proposal.setEnabled)
        self.one.setEnabled(self.proposal.count() > 0)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional: why, or until when"))
        self.error = error_label()
        self.error.setObjectName("proxyError")

        one_row = QHBoxLayout()
        one_row.addWidget(self.one)
        one_row.addWidget(self.proposal, 1)
        scope = QVBoxLayout()
        scope.addWidget(self.every)
        scope.addLayout(one_row)
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.from_org)
        form.addRow(self.tr("&To (its delegate votes)"), self.to_org)
        form.addRow(self.tr("For"), scope)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Give the proxy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "The delegate of the organization holding the proxy casts the giving "
                    "organization's ballot, marked “by proxy”. Only the giving organization's "
                    "organizers or a coordinator give it."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        from_id, to_id = self.from_org.currentData(), self.to_org.currentData()
        if from_id is None or to_id is None:
            self.say(self.tr("Choose the organization giving its proxy and the one holding it."))
            return
        proposal_id = self.proposal.currentData() if self.one.isChecked() else None
        label = self.tr("Give {org}'s proxy to {holder}").format(
            org=self.from_org.currentText(), holder=self.to_org.currentText()
        )
        try:
            proxy = self.ctx.run(
                give_proxy,
                from_id,
                to_id,
                proposal_id=proposal_id,
                note=self.note.text(),
                label=label,
            )
        except NotPermittedError:
            self.say(
                self.tr("Only {org}'s organizers or a coordinator can give its proxy.").format(
                    org=self.from_org.currentText()
                )
            )
            return
        except CoalitionError as exc:
            text = shown(exc)
            text = text[:1].upper() + text[1:]
            self.say(text if text.endswith((".", "!", "?")) else text + ".")
            return
        self.given_id = proxy.id
        super().accept()


class ProxiesDialog(QDialog):
    """Every proxy given, with the ways to give one and to revoke the one selected.

    It follows the database while open: a proxy given, revoked or undone shows at once."""

    COLUMNS = ("from", "to", "for", "given by", "given", "revoked", "note")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lines: list[ProxyLine] = []
        self.last_dialog: GiveProxyDialog | None = None
        self.setWindowTitle(self.tr("Proxies"))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("proxyTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("From"),
                self.tr("Held by"),
                self.tr("For"),
                self.tr("Given by"),
                self.tr("Given"),
                self.tr("Revoked"),
                self.tr("Note"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # a long title, name or note wraps, read whole
        self.table.verticalHeader().setMinimumSectionSize(28)
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = muted(self.tr("No proxy given yet: Give a proxy… records one."))
        self.error = error_label()
        self.error.setObjectName("proxiesError")
        self.note = muted(self.tr("Ctrl+Z undoes the last proxy given or revoked."))
        self.give_button = QPushButton(self.tr("&Give a proxy…"))
        self.give_button.clicked.connect(lambda: self.give())
        self.revoke_button = QPushButton(self.tr("&Revoke"))
        self.revoke_button.setToolTip(
            self.tr("End the proxy selected; ballots already cast by it stay as they were")
        )
        self.revoke_button.clicked.connect(lambda: self.revoke())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(bold(QLabel(self.tr("Proxies")), 1.2))
        layout.addWidget(
            muted(
                self.tr(
                    "An organization lets another's delegate cast its ballot: for one proposal, "
                    "or for every proposal until revoked. Times are this computer's."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(1120, 440)
        undo = QAction(self.tr("Undo"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(lambda: self.undo())
        self.addAction(undo)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped text takes the height its column's new width gives it."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)

    def _on_changed(self, tables: set[str]) -> None:
        if tables & {"proxy", "organization", "proposal"}:
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected_id()
        with self.ctx.reading() as session:
            self.lines = read_proxies(session)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            revoked = moment(line.revoked_at) if line.revoked_at else ""
            cells = (
                line.from_org,
                line.to_org,
                line.scope,
                line.given_by,
                moment(line.given_at),
                revoked,
                line.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, line.id)
                item.setToolTip(line.sentence() if column < 2 else text)
                if line.revoked_at is not None:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        for column, widest in ((2, 250), (3, 190)):  # the note keeps room beside them
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.lines)
        if keep is not None:
            self.select(keep)
        self._selected()

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def select(self, proxy_id: str) -> bool:
        for row, line in enumerate(self.lines):
            if line.id == proxy_id:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> None:
        proxy_id = self.selected_id()
        line = next((ln for ln in self.lines if ln.id == proxy_id), None)
        self.revoke_button.setEnabled(line is not None and line.revoked_at is None)

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def undo(self) -> bool:
        """Ctrl+Z here undoes the last change when it is a proxy given or revoked (the
        window's Undo is behind this dialog)."""
        stack = self.ctx.undo_stack
        if not stack.canUndo():
            return False
        command = stack.command(stack.index() - 1)
        changeset = getattr(command, "changeset", None)
        if changeset is None or changeset.tables() != {"proxy"}:
            self.say(self.tr("The last change is not a proxy: close this to undo it."))
            return False
        label = command.text()
        stack.undo()
        self.say("")
        self.note.setText(self.tr("Undone: {change}.").format(change=label))
        return True

    def give(self) -> GiveProxyDialog:
        self.say("")
        dialog = GiveProxyDialog(self.ctx, self)
        dialog.accepted.connect(lambda: dialog.given_id and self.select(dialog.given_id))
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def revoke(self) -> bool:
        """Revoke the proxy selected; a refusal is said under the list."""
        proxy_id = self.selected_id()
        line = next((ln for ln in self.lines if ln.id == proxy_id), None)
        if line is None or line.revoked_at is not None:
            return False
        try:
            self.ctx.run(
                revoke_proxy,
                line.id,
                label=self.tr("Revoke {org}'s proxy held by {holder}").format(
                    org=line.from_org, holder=line.to_org
                ),
            )
        except NotPermittedError:
            self.say(
                self.tr("Only {org}'s organizers or a coordinator can revoke its proxy.").format(
                    org=line.from_org
                )
            )
            return False
        except CoalitionError as exc:
            self.say(shown(exc))
            return False
        self.say("")
        return True
