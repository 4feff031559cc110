"""The proposal chosen on the Decisions screen: what is asked, by which rule, until when,
who votes and how each organization voted; the delegate's and the chair's ways to vote,
the early close, and the frozen outcome once closed."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import NotFoundError
from coalition.decisions.proposals import close_proposal
from coalition.store.models import BallotCapacity
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import CHIP_STYLE, WARNING_STYLE, attempt
from coalition.ui.common.fieldproblems import ask_to_confirm
from coalition.ui.common.widgets import bold, muted
from coalition.ui.decisions.chair import ChairRecorder
from coalition.ui.decisions.common import (
    OPEN_COLORS,
    OUTCOME_COLORS,
    moment,
    outcome_label,
    results_label,
    rule_label,
    tr,
    voted_text,
)
from coalition.ui.decisions.history import BallotHistoryDialog
from coalition.ui.decisions.outcome import OutcomePanel
from coalition.ui.decisions.table import BallotTable, conflict_notes
from coalition.ui.decisions.views import ProposalView, read_proposal
from coalition.ui.decisions.vote import VoteDialog


class ProposalPanel(QWidget):
    """One proposal, read again after every change."""

    openRequested = Signal(str, str)  # ("draft", id) or ("calls", occurrence id)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: ProposalView | None = None
        self.last_dialog: QDialog | None = None

        self.placeholder = muted(
            tr("Choose a proposal on the left, or put one: New proposal… (Ctrl+N).")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title = bold(QLabel(), 1.35)
        self.title.setObjectName("proposalTitle")
        self.title.setWordWrap(True)
        self.chip = QLabel()
        self.chip.setObjectName("proposalChip")
        self.facts = muted()
        self.facts.setObjectName("proposalFacts")
        self.facts.setWordWrap(True)
        self.proxy_note = muted()
        self.proxy_note.setObjectName("proxyNote")
        self.proxy_note.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("proposalText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMaximumHeight(110)
        self.draft_button = QPushButton(tr("Open the draft"))
        self.draft_button.setToolTip(tr("Show the shared draft this proposal is about"))
        self.draft_button.clicked.connect(self.open_draft)

        self.vote_row = QHBoxLayout()
        self.vote_buttons: list[QPushButton] = []
        self.chair_button = QPushButton(tr("Record ballots (chair)"))
        self.chair_button.setObjectName("chairButton")
        self.chair_button.setCheckable(True)
        self.chair_button.setToolTip(
            tr("Record the ballots said aloud on the call, on each organization's behalf")
        )
        self.chair_button.toggled.connect(self.set_chair_mode)
        self.close_button = QPushButton(tr("Close now…"))
        self.close_button.setToolTip(
            tr("Close before its time: the outcome is counted now and frozen (asks first)")
        )
        self.close_button.clicked.connect(self.close_now)
        self.history_button = QPushButton(tr("History…"))
        self.history_button.setObjectName("ballotHistoryButton")
        self.history_button.setToolTip(
            tr("Every ballot ever cast on this proposal, the replaced ones too, and its changes")
        )
        self.history_button.clicked.connect(lambda: self.show_history())
        self.vote_row.addStretch(1)
        self.vote_row.addWidget(self.chair_button)
        self.vote_row.addWidget(self.close_button)
        self.vote_row.addWidget(self.history_button)

        self.conflicts = QLabel()
        self.conflicts.setObjectName("conflictNote")
        self.conflicts.setStyleSheet(WARNING_STYLE)
        self.conflicts.setWordWrap(True)
        self.outcome = OutcomePanel(ctx)
        self.outcome.openRequested.connect(self.openRequested)
        self.table = BallotTable()
        self.recorder = ChairRecorder(ctx)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.recorder)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        about = QHBoxLayout()
        about.addWidget(self.text, 1)
        about.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        page_layout.addLayout(head)
        page_layout.addWidget(self.facts)
        page_layout.addWidget(self.proxy_note)
        page_layout.addLayout(about)
        page_layout.addLayout(self.vote_row)
        page_layout.addWidget(self.outcome)
        page_layout.addWidget(self.conflicts)
        page_layout.addWidget(self.body, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # --- showing ------------------------------------------------------------------------------

    @property
    def record_id(self) -> str | None:
        return self.view.id if self.view is not None else None

    def show_proposal(self, proposal_id: str | None) -> None:
        if proposal_id is None:
            self.view = None
            self.chair_button.setChecked(False)
            self.pages.setCurrentIndex(0)
            return
        if self.view is not None and self.view.id != proposal_id:
            self.chair_button.setChecked(False)
        try:
            with self.ctx.reading() as session:
                view = read_proposal(session, proposal_id)
        except NotFoundError:
            self.show_proposal(None)
            return
        self.view = view
        self.pages.setCurrentIndex(1)
        self._show_heading(view)
        self._show_actions(view)
        closed = view.closed_at is not None
        self.outcome.setVisible(closed)
        if closed:
            self.outcome.show_view(view)
        notes = conflict_notes(view)
        self.conflicts.setText("\n".join(notes))
        self.conflicts.setVisible(bool(notes))
        self.table.show_view(view)
        if self.chair_button.isChecked():
            self.recorder.show_view(view)

    def reload(self) -> None:
        self.show_proposal(self.record_id)

    def _show_heading(self, view: ProposalView) -> None:
        self.title.setText(view.title)
        fg, bg = OUTCOME_COLORS[view.outcome] if view.outcome else OPEN_COLORS
        self.chip.setText(outcome_label(view.outcome) if view.is_open else tr("Time up"))
        self.chip.setStyleSheet(CHIP_STYLE.format(fg=fg, bg=bg))
        self.chip.setVisible(view.closed_at is None)  # closed: the outcome says it, larger
        if view.closed_at is not None:
            when = tr("closed {when}").format(when=moment(view.closed_at))
        elif view.is_open:
            when = tr("closes {when}").format(when=moment(view.closes_at))
        else:
            when = tr("voting ended {when}, not closed yet").format(when=moment(view.closes_at))
        voters = len(view.lines)
        facts = [
            rule_label(view.rule),
            tr("quorum {quorum} of {voters}").format(quorum=view.quorum, voters=voters),
            when,
            voted_text(view.tally.voted, voters),
        ]
        if view.results_shown.value != "always" and view.is_open:
            facts.append(
                tr("results shown: {when}").format(when=results_label(view.results_shown).lower())
            )
        if view.call_title:
            facts.append(tr("put to {call}").format(call=view.call_title))
        if view.proposed_by:
            by = view.proposed_by + (f" ({view.proposed_by_org})" if view.proposed_by_org else "")
            facts.append(tr("proposed by {who}").format(who=by))
        self.facts.setText(" · ".join(facts))
        held = [line.sentence() for line in view.proxies] if view.closed_at is None else []
        self.proxy_note.setText("\n".join(held))
        self.proxy_note.setVisible(bool(held))
        if view.draft_id:
            self.text.setText(
                tr("About the shared draft <b>“{title}”</b>.").format(
                    title=html.escape(view.draft_title)
                )
            )
        else:
            self.text.setText(html.escape(view.text).replace("\n", "<br>"))
        self.text.setVisible(bool(view.draft_id or view.text))
        self.draft_button.setVisible(bool(view.draft_id))

    def _show_actions(self, view: ProposalView) -> None:
        for button in self.vote_buttons:
            self.vote_row.removeWidget(button)
            button.deleteLater()
        self.vote_buttons = []
        for number, (org_id, capacity) in enumerate(view.mine):
            name = view.name_of(org_id)
            text = (
                tr("Vote for {org} (proxy)…")
                if capacity == BallotCapacity.PROXY
                else tr("Vote for {org}…")
            ).format(org=name)
            button = QPushButton(text)
            button.setObjectName("voteButton")
            button.clicked.connect(lambda _c=False, o=org_id, c=capacity: self.vote(o, c))
            self.vote_row.insertWidget(number, button)
            self.vote_buttons.append(button)
        self.chair_button.setVisible(view.chair and view.is_open)
        self.close_button.setVisible(view.chair and view.closed_at is None)
        if not view.is_open and self.chair_button.isChecked():
            self.chair_button.setChecked(False)

    # --- commands -------------------------------------------------------------------------------

    def open_draft(self) -> None:
        if self.view is not None and self.view.draft_id:
            self.openRequested.emit("draft", self.view.draft_id)

    def show_history(self) -> QDialog | None:
        """Every ballot cast on the proposal shown, the superseded and late ones too."""
        if self.view is None:
            return None
        dialog = BallotHistoryDialog(self.ctx, self.view.id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def set_chair_mode(self, on: bool) -> None:
        """The chair's sheet in place of the table, with the keyboard on its first row."""
        if on and self.view is not None:
            self.recorder.show_view(self.view)
            self.body.setCurrentWidget(self.recorder)
            self.recorder.start()
        else:
            self.body.setCurrentWidget(self.table)

    def vote(self, organization_id: str, capacity: BallotCapacity) -> QDialog | None:
        if self.view is None:
            return None
        dialog = VoteDialog(self.ctx, self.view, organization_id, capacity, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def confirm(self, question: str, detail: str) -> bool:
        """Ask before closing early (a method of its own, so that tests can answer it)."""
        return ask_to_confirm(self, question, detail, action=tr("Close now"))

    def close_now(self) -> bool:
        view = self.view
        if view is None or view.closed_at is not None:
            return False
        if not self.confirm(
            tr("Close “{title}” now?").format(title=view.title),
            tr(
                "{voted}. The outcome is counted now, by its rule and quorum, and frozen: "
                "a ballot cast later is not counted."
            ).format(voted=voted_text(view.tally.voted, len(view.lines))),
        ):
            return False
        closed = attempt(
            self.ctx,
            close_proposal,
            view.id,
            label=tr("Close the proposal “{title}”").format(title=view.title),
        )
        if closed is None:
            return False
        self.reload()
        if self.view is not None and self.view.outcome is not None:
            self.ctx.message.emit(
                tr("Closed: {outcome}. Undo with Ctrl+Z.").format(
                    outcome=outcome_label(self.view.outcome)
                )
            )
        return True
