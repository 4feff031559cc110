"""A delegate's ballot: for their own organization, or one whose proxy it holds."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.decisions.ballots import cast_ballot
from coalition.store.models.decisions import BLOCK, OBJECT, BallotCapacity
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import error_label
from coalition.ui.common.editing import GuardedDialog
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.widgets import muted
from coalition.ui.decisions.common import choice_label
from coalition.ui.decisions.views import ProposalView


class VoteDialog(FieldProblems, GuardedDialog):
    """Cast the ballot of ``organization_id`` on the proposal shown."""

    saved = Signal(str)  # the ballot's id

    def __init__(
        self,
        ctx: AppContext,
        view: ProposalView,
        organization_id: str,
        capacity: BallotCapacity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.organization_id = organization_id
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        org = view.name_of(organization_id)
        self.setWindowTitle(self.tr("Vote for {org}").format(org=org))
        self.general_error = error_label()
        form = QFormLayout()
        question = QLabel(view.title)
        question.setWordWrap(True)
        form.addRow(self.tr("Proposal"), question)
        if capacity == BallotCapacity.PROXY:
            form.addRow("", muted(self.tr("By proxy: {org} gave yours its vote.").format(org=org)))
        line = next((ln for ln in view.lines if ln.organization_id == organization_id), None)
        if line is not None and line.standing is not None:
            form.addRow(
                "",
                muted(self.tr("{org} has voted; a new ballot replaces it.").format(org=org)),
            )
        self.group = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        for number, choice in enumerate(view.choices, start=1):
            button = QRadioButton(
                self.tr("&{number} {value}").format(number=number, value=choice_label(choice))
            )
            self.group.addButton(button)
            self.choice_buttons[choice] = button
            column_layout.addWidget(button)
        form.addRow(self.tr("Ballot"), self.field_box("choice", column))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("Needed for an objection or a block")
            if view.reason_required
            else self.tr("Optional")
        )
        form.addRow(self.tr("&Reason"), self.field_box("reason", self.reason))
        self.lay_out_form(form, self.tr("Cast the ballot"))
        self.resize(480, self.sizeHint().height())
        self.remember_input()

    def choice(self) -> str | None:
        return next((c for c, b in self.choice_buttons.items() if b.isChecked()), None)

    def accept(self) -> None:
        self.clear_problems()
        choice = self.choice()
        if choice is None:
            self.show_problems({"choice": self.tr("choose a ballot")})
            return
        reason = self.reason.text().strip()
        if self.view.reason_required and choice in (OBJECT, BLOCK) and not reason:
            self.show_problems(
                {"reason": self.tr("{choice} needs a reason").format(choice=choice_label(choice))}
            )
            return
        org = self.view.name_of(self.organization_id)
        try:
            ballot = self.ctx.run(
                cast_ballot,
                self.view.id,
                self.organization_id,
                choice,
                reason=reason,
                label=self.tr("Vote for {org}: {choice}").format(
                    org=org, choice=choice_label(choice)
                ),
            )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.saved.emit(ballot.id)
        super().accept()
