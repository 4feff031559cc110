"""The organization editor's "Shares its private records with" section.

Lists the organizations the one shown lets read its private records (since when, granted
by whom) and those that let it read theirs; its organizers (or a coordinator) share with
another organization and stop sharing here, each an undoable change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.directory import sharing
from coalition.directory.sharing import AgreementRow
from coalition.ui.common import editing, formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import ask_to_confirm
from coalition.ui.common.pickers import OrganizationPicker
from coalition.ui.common.widgets import tip_when_elided

_NAME = Qt.ItemDataRole.UserRole + 1  # the other organization's name, on a list's item


def _one_line_rows(view: QListWidget) -> None:
    """Rows cut with "…" (the whole line in the tooltip), never a sideways scroll bar."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    tip_when_elided(view)


class ShareDialog(QDialog):
    """Which organization to share with, and a note (why, until when)."""

    def __init__(self, ctx: AppContext, org_id: str, org_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share {name}'s private records").format(name=org_name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The organizers of the organization chosen will read {name}'s private "
                "people, their e-mails and phones, until {name} stops sharing."
            ).format(name=org_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.picker = OrganizationPicker(ctx)
        self.picker.show_choice(None, "", exclude=org_id)
        self.picker.load_all()
        form.addRow(self.tr("Share &with"), self.picker)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why, or until when (optional)"))
        form.addRow(self.tr("&Note"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Share…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.picker.currentIndexChanged.connect(self._chosen)
        self._chosen()
        self.resize(460, self.sizeHint().height())

    def _chosen(self, *_: object) -> None:
        self.ok.setEnabled(self.picker.currentData() is not None)

    def choice(self) -> tuple[str, str, str] | None:
        """(id, name, note) of the organization chosen; None when none was."""
        org_id = self.picker.currentData()
        if org_id is None:
            return None
        return org_id, self.picker.currentText(), self.note.text()


class SharingBox(QWidget):
    """Who the organization shown shares its private records with, and who with it."""

    def __init__(self, ctx: AppContext, holder: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.holder = holder  # the editor: its unsaved edits are asked about first
        self.org_id: str | None = None
        self.org_name = ""
        self.refusal: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        title = QLabel(self.tr("Shares its private records with"))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.given = QListWidget()
        self.given.setObjectName("sharesWith")
        title.setBuddy(self.given)
        self.given.setMaximumHeight(80)
        _one_line_rows(self.given)
        self.given.setToolTip(
            self.tr("These organizations' organizers read this organization's private records")
        )
        layout.addWidget(self.given)
        row = QHBoxLayout()
        self.share_button = QPushButton(self.tr("Share with…"))
        self.share_button.clicked.connect(self.share_with)
        self.stop_button = QPushButton(self.tr("Stop sharing"))
        self.stop_button.clicked.connect(self.stop_sharing)
        row.addWidget(self.share_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.reason = QLabel()
        self.reason.setObjectName("sharingRefusal")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.reason)
        self.received_title = QLabel(self.tr("Reads the private records of"))
        self.received_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.received_title)
        self.received = QListWidget()
        self.received.setObjectName("sharedWithIt")
        self.received_title.setBuddy(self.received)
        self.received.setMaximumHeight(60)
        _one_line_rows(self.received)
        layout.addWidget(self.received)
        self.given.currentItemChanged.connect(self._update_buttons)
        ctx.changed.connect(self._on_changed)

    # --- showing -----------------------------------------------------------------------

    def show_for(self, org_id: str | None, name: str) -> None:
        """Show the agreements of ``org_id`` (nothing for a new organization)."""
        self.org_id, self.org_name = org_id, name
        self.setVisible(org_id is not None)
        self.refresh()

    def refresh(self) -> None:
        self.given.clear()
        self.received.clear()
        if self.org_id is None:
            return
        with self.ctx.reading() as session:
            rows = sharing.agreements(session, self.org_id)
            self.refusal = sharing.why_not_share(session, self.org_id)
        for agreement in rows:
            if agreement.from_org_id == self.org_id:
                self._add(self.given, agreement.to_org, agreement)
            else:
                self._add(self.received, agreement.from_org, agreement)
        if self.given.count():
            self.given.setCurrentRow(0)  # one agreement, the usual case: ready to stop
        else:
            self.given.addItem(self.tr("No one: only its own organizers read them."))
        if not self.received.count():
            self.received.addItem(self.tr("No organization shares its private records with it."))
        self.reason.setText(self.refusal or "")
        self.reason.setVisible(self.refusal is not None)
        self._update_buttons()

    def _add(self, target: QListWidget, name: str, row: AgreementRow) -> None:
        text = self.tr("{name} — since {day}, by {who}").format(
            name=name,
            day=formatting.date(row.since),
            who=row.granted_by or self.tr("someone"),
        )
        if row.note:
            text += f" — “{row.note}”"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        item.setData(_NAME, name)
        target.addItem(item)

    def _update_buttons(self, *_: object) -> None:
        allowed = self.refusal is None
        self.share_button.setEnabled(allowed)
        self.stop_button.setEnabled(allowed and self._selected() is not None)
        tip = self.refusal or ""
        self.share_button.setToolTip(
            tip or self.tr("Let another organization's organizers read these private records")
        )
        self.stop_button.setToolTip(
            tip or self.tr("Choose an organization above, then stop sharing with it")
        )

    def _selected(self) -> tuple[str, str] | None:
        """(agreement id, organization name) of the agreement chosen in the list."""
        item = self.given.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return None
        return item.data(Qt.ItemDataRole.UserRole), item.data(_NAME)

    def _on_changed(self, tables: set[str]) -> None:
        if self.org_id is not None and tables & {"sharing_agreement", "organization"}:
            self.refresh()

    # --- asking (replaced by tests) ----------------------------------------------------

    def ask_whom(self) -> tuple[str, str, str] | None:
        assert self.org_id is not None
        dialog = ShareDialog(self.ctx, self.org_id, self.org_name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def confirm(self, question: str, detail: str, action: str) -> bool:
        return ask_to_confirm(self, question, detail, action)

    # --- acting ------------------------------------------------------------------------

    def share_with(self) -> bool:
        """Ask with whom, say what it means, and share: True when shared."""
        if self.org_id is None or self.refusal is not None:
            return False
        if not editing.may_leave(self.holder, self):
            return False
        chosen = self.ask_whom()
        if chosen is None:
            return False
        to_id, to_name, note = chosen
        question = self.tr("Share {giver}'s private records with {taker}?").format(
            giver=self.org_name, taker=to_name
        )
        detail = self.tr(
            "{taker}'s organizers will read {giver}'s private people, their e-mails and "
            "phones, and its other private records, on their own laptops, until {giver} "
            "stops sharing. You can undo this with Ctrl+Z."
        ).format(giver=self.org_name, taker=to_name)
        if not self.confirm(question, detail, self.tr("Share")):
            return False
        label = self.tr("Share {giver}'s private records with {taker}").format(
            giver=self.org_name, taker=to_name
        )
        return self._run(sharing.grant, self.org_id, to_id, note, label=label)

    def stop_sharing(self) -> bool:
        """Stop sharing with the organization chosen in the list: True when stopped."""
        chosen = self._selected()
        if self.org_id is None or self.refusal is not None or chosen is None:
            return False
        if not editing.may_leave(self.holder, self):
            return False
        agreement_id, to_name = chosen
        question = self.tr("Stop sharing {giver}'s private records with {taker}?").format(
            giver=self.org_name, taker=to_name
        )
        detail = self.tr(
            "{taker}'s organizers will no longer read {giver}'s private records: they leave "
            "{taker}'s laptops at their next sync. You can undo this with Ctrl+Z."
        ).format(giver=self.org_name, taker=to_name)
        if not self.confirm(question, detail, self.tr("Stop sharing")):
            return False
        label = self.tr("Stop sharing {giver}'s private records with {taker}").format(
            giver=self.org_name, taker=to_name
        )
        return self._run(sharing.revoke, agreement_id, label=label)

    def _run(self, fn: object, *args: object, label: str) -> bool:
        try:
            self.ctx.run(fn, *args, label=label)  # type: ignore[arg-type]
        except CoalitionError as exc:
            QMessageBox.warning(self, "Coalition", shown(exc))
            return False
        self.refresh()
        return True
