"""The decisions of a call: the proposals put to it, open or with their outcome, and a
way to put another.  The proposal itself lives on the Decisions screen, which the main
window opens (the Calls screen never imports another area)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.calls.series import Call
from coalition.ui.calls.callview import CallDecision, CallView
from coalition.ui.common import formatting
from coalition.ui.common.parts import WidgetPart
from coalition.ui.common.widgets import muted

DECISIONS_TAB = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def state_text(row: CallDecision) -> str:
    """ "Open until 12/8/2026 5:30 PM", "Adopted", "Rejected", "No quorum"."""
    if row.outcome is not None:
        return {
            "adopted": tr("Adopted"),
            "rejected": tr("Rejected"),
            "no_quorum": tr("No quorum"),
        }.get(row.outcome, row.outcome)
    local = row.closes_at.astimezone()
    if row.is_open:
        return tr("Open until {when}").format(
            when=f"{formatting.date(local)} {formatting.time(local)}"
        )
    return tr("Time up, to be closed")


class DecisionsTab(WidgetPart):
    """The Decisions tab of :class:`~coalition.ui.calls.panel.CallPanel`."""

    call: Call | None
    tabs: QTabWidget
    openRequested: SignalInstance

    def _build_decisions_tab(self) -> QWidget:
        self.call_decisions = QTreeWidget()
        self.call_decisions.setObjectName("callDecisions")
        self.call_decisions.setHeaderLabels([tr("Proposal"), tr("State"), tr("Voted")])
        self.call_decisions.setRootIsDecorated(False)
        self.call_decisions.setAlternatingRowColors(True)
        header = self.call_decisions.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.call_decisions.itemActivated.connect(lambda _i, _c: self.open_decision())
        self.decisions_hint = muted(
            tr("Proposals put to this call, voted by the member organizations: one ballot each.")
        )
        self.propose_button = QPushButton(tr("Put a proposal to this call…"))
        self.propose_button.setObjectName("proposeToCall")
        self.propose_button.setToolTip(
            tr("A question for the member organizations, voted on the call (the chair records)")
        )
        self.propose_button.clicked.connect(self.put_proposal)
        open_button = QPushButton(tr("Open"))
        open_button.setToolTip(tr("Show the proposal on the Decisions screen, to vote or record"))
        open_button.clicked.connect(self.open_decision)
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.decisions_hint)
        layout.addWidget(self.call_decisions, 1)
        layout.addLayout(buttons)
        return tab

    def _show_decisions(self, view: CallView) -> None:
        self.call_decisions.clear()
        rows = view.decisions or []
        for row in rows:
            voted = tr("{voted} of {voters}").format(
                voted=formatting.number(row.voted), voters=formatting.number(row.voters)
            )
            item = QTreeWidgetItem([row.title, state_text(row), voted])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(0, row.title)
            self.call_decisions.addTopLevelItem(item)
        self.propose_button.setEnabled(view.call.occurrence_id is not None)
        self.tabs.setTabText(
            DECISIONS_TAB,
            tr("Decisions ({count})").format(count=len(rows)) if rows else tr("Decisions"),
        )

    def open_decision(self) -> None:
        item = self.call_decisions.currentItem()
        if item is not None:
            self.openRequested.emit("decisions", item.data(0, Qt.ItemDataRole.UserRole))

    def put_proposal(self) -> QWidget | None:
        """The new proposal's dialog, put to this call: the main window opens it on the
        Decisions screen (``propose_to_call``)."""
        call = self.call
        if call is None or call.occurrence_id is None:
            return None
        propose: Callable[[str, str], QWidget | None] | None = getattr(
            self.window(), "propose_to_call", None
        )
        if propose is None:
            return None
        title = f"{call.title} · {formatting.date(call.start.astimezone())}"
        return propose(call.occurrence_id, title)
