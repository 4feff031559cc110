"""The Decisions screen: the proposals on the left (open first, then closed), the one
chosen on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.decisions.proposals import ProposalRow, close_due, list_proposals
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.widgets import muted
from coalition.ui.decisions.common import (
    DECISION_TABLES,
    choice_label,
    moment,
    outcome_label,
    rule_label,
    tr,
    voted_text,
)
from coalition.ui.decisions.dialog import ProposalDialog
from coalition.ui.decisions.panel import ProposalPanel
from coalition.ui.decisions.proxies import ProxiesDialog

ROW_ROLE = Qt.ItemDataRole.UserRole


def row_text(row: ProposalRow) -> str:
    """Two lines: the title; when it closes (or its outcome), its rule and who voted."""
    voted = voted_text(row.voted, row.voters)
    if row.is_open:
        second = [
            tr("closes {when}").format(when=moment(row.closes_at)),
            rule_label(row.rule),
            voted,
        ]
    elif row.closed_at is None:
        second = [
            tr("time up {when}, to be closed").format(when=moment(row.closes_at)),
            rule_label(row.rule),
            voted,
        ]
    else:
        second = [
            outcome_label(row.outcome),
            tr("closed {when}").format(when=moment(row.closed_at)),
            rule_label(row.rule),
            voted,
        ]
    return f"{row.title}\n{' · '.join(second)}"


def row_tip(row: ProposalRow) -> str:
    if not row.results_visible:
        return tr("The ballots are not shown yet.")
    return ", ".join(
        f"{choice_label(choice)}: {formatting.number(n)}" for choice, n in row.counts.items()
    )


class DecisionsScreen(QWidget):
    """Proposals put to the member organizations, their ballots and outcomes."""

    openRequested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog: QDialog | None = None

        self.state_filter = QComboBox()
        self.state_filter.setObjectName("proposalFilter")
        self.state_filter.addItem(tr("Open"), "open")
        self.state_filter.addItem(tr("Closed"), "closed")
        self.state_filter.addItem(tr("All"), None)
        self.state_filter.setCurrentIndex(2)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = muted()
        self.count_label.setWordWrap(False)
        self.list = QListWidget()
        self.list.setObjectName("proposalList")
        self.list.setAccessibleName(tr("Proposals"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton(tr("New proposal…"))
        self.new_button.setToolTip(tr("Put a question to the member organizations (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_proposal())
        new_action = QAction(tr("New proposal"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(lambda: self.new_proposal())
        self.addAction(new_action)
        self.proxies_button = QPushButton(tr("Proxies…"))
        self.proxies_button.setObjectName("proxiesButton")
        self.proxies_button.setToolTip(
            tr("Which organization lets another's delegate cast its ballot (Ctrl+Shift+P)")
        )
        self.proxies_button.clicked.connect(lambda: self.show_proxies())
        proxies_action = QAction(tr("Proxies"), self)
        proxies_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        proxies_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        proxies_action.triggered.connect(lambda: self.show_proxies())
        self.addAction(proxies_action)

        filters = QHBoxLayout()
        filters.addWidget(self.state_filter, 1)
        filters.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        commands = QHBoxLayout()
        commands.addWidget(self.new_button, 1)
        commands.addWidget(self.proxies_button)
        left_layout.addLayout(commands)

        self.panel = ProposalPanel(ctx)
        self.panel.openRequested.connect(self.openRequested)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("decisionsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([300, 930])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected_id() or self.panel.record_id
        with self.ctx.reading() as session:
            rows = list_proposals(session, self.state_filter.currentData())
        # Open first (closing soonest first), then closed (latest closed first).
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(row_text(row))
            item.setData(ROW_ROLE, row.id)
            item.setToolTip(row_tip(row))
            self.list.addItem(item)
        self.list.blockSignals(False)
        count = len(rows)
        self.count_label.setText(
            tr("{count} proposal").format(count=count)
            if count == 1
            else tr("{count} proposals").format(count=formatting.number(count))
        )
        if keep and self._select(keep):
            self.panel.show_proposal(keep)
            return
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.panel.show_proposal(None)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ROW_ROLE) if item is not None else None

    def _select(self, proposal_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROW_ROLE) == proposal_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                self.list.scrollToItem(self.list.item(row))
                return True
        return False

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.panel.show_proposal(current.data(ROW_ROLE) if current is not None else None)

    def open_record(self, proposal_id: str) -> None:
        """Show a proposal found elsewhere (a call's decisions): in the list whatever
        the filter."""
        if not self._select(proposal_id):
            self.state_filter.blockSignals(True)
            self.state_filter.setCurrentIndex(2)
            self.state_filter.blockSignals(False)
            self.refresh()
            self._select(proposal_id)
        self.panel.show_proposal(proposal_id)

    def _on_changed(self, tables: set[str]) -> None:
        if tables & DECISION_TABLES:
            self.refresh()

    # --- opening the area closes what is due -----------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.close_due)

    def close_due(self) -> list[str]:
        """Close the proposals whose time has come (and that the organizer may close)."""
        try:
            with self.ctx.reading() as session:
                due = any(row.closed_at is None for row in list_proposals(session, "closed"))
            if not due:
                return []
            closed = self.ctx.run(close_due, label=tr("Close the proposals whose time has come"))
        except CoalitionError:
            return []  # nobody set up, or not theirs to close: shown open, as they are
        if closed:
            self.ctx.message.emit(
                tr("Closed {count} proposal(s) whose time had come.").format(count=len(closed))
            )
        return closed

    # --- commands ------------------------------------------------------------------------------

    def new_proposal(
        self, occurrence_id: str | None = None, call_title: str = ""
    ) -> ProposalDialog:
        dialog = ProposalDialog(
            self.ctx, parent=self, occurrence_id=occurrence_id, call_title=call_title
        )
        dialog.saved.connect(self.open_record)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def show_proxies(self) -> ProxiesDialog:
        """The proxies given, and the ways to give and revoke one."""
        dialog = ProxiesDialog(self.ctx, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # --- remembered layout ---------------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue("decisions/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        state = self.ctx.settings.value("decisions/splitter")
        if state is not None:
            self.splitter.restoreState(state)
