"""A new proposal: what is asked (a text, or a shared draft), the choices, who votes, when
it closes and what carries it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coalition.common import validation
from coalition.common.errors import CoalitionError
from coalition.decisions.proposals import ClosesInPast, ProposalInput, create_proposal
from coalition.directory import choices
from coalition.directory.records import get_organization
from coalition.drafts.listing import drafts
from coalition.store.models import OrgStatus, ProposalRule, ResultsShown
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import error_label
from coalition.ui.common.editing import GuardedDialog
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.pickers import set_zone, time_zone_box
from coalition.ui.common.widgets import muted
from coalition.ui.decisions.common import moment, results_label, rule_label

#: A proposal closes, unless told otherwise, a week from now at the next full hour.
DEFAULT_OPEN = dt.timedelta(days=7)


def _system_zone() -> str:
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return validation.time_zone(name) or "UTC"
    except ValueError:
        return "UTC"


class ProposalDialog(FieldProblems, GuardedDialog):
    """Put a proposal to the member organizations (to a call, when ``occurrence_id``)."""

    saved = Signal(str)  # the proposal's id

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        occurrence_id: str | None = None,
        call_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.occurrence_id = occurrence_id
        self.proposal_id: str | None = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        with ctx.reading() as session:
            organizations = choices.organizations(session)
            # Who votes unless told otherwise: the active member organizations, not
            # their chapters (as the service counts them when none are checked).
            active = set()
            for org_id, _name in organizations:
                org = get_organization(session, org_id)
                if org.status == OrgStatus.ACTIVE and org.parent_id is None:
                    active.add(org_id)
            draft_rows = [(row.id, row.title) for row in drafts(session)]
        self.setWindowTitle(self.tr("New proposal"))
        self.general_error = error_label()

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Endorse the peaceful movement of state borders"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if call_title:
            form.addRow(self.tr("Put to"), QLabel(call_title))
        title_box = self.field_box("title", self.title)
        form.addRow(self.tr("&Title"), title_box)
        about_box = self._about(draft_rows)
        form.addRow(self.tr("&About"), about_box)
        choices_box = self._choices()
        form.addRow(self.tr("C&hoices"), choices_box)
        voters_box = self._voters(organizations, active)
        form.addRow(self.tr("&Voters"), voters_box)
        closing_box = self._closing()
        form.addRow(self.tr("C&loses"), closing_box)
        rule_box = self._rule()
        form.addRow(self.tr("&Rule"), rule_box)
        self.quorum = QSpinBox()
        self.quorum.setRange(0, max(len(organizations), 1))
        self.quorum.setSuffix(self.tr(" organizations"))
        self.quorum.setSpecialValueText(self.tr("None: every ballot counts, however few"))
        self.quorum.setToolTip(
            self.tr("How many organizations must vote (abstaining counts) for the vote to count")
        )
        quorum_box = self.field_box("quorum", self.quorum)
        form.addRow(self.tr("&Quorum"), quorum_box)
        self.results = QComboBox()
        for shown in ResultsShown:
            self.results.addItem(results_label(shown), shown.value)
        form.addRow(self.tr("Results &shown"), self.results)
        # A row's label underlines a letter: Alt and it goes to the row's first control,
        # not to the box around it (which takes no focus, so the letter did nothing).
        for box, first in (
            (title_box, self.title),
            (about_box, self.about_text),
            (choices_box, self.consent),
            (voters_box, self.all_voters),
            (closing_box, self.closes),
            (rule_box, self.rule),
            (quorum_box, self.quorum),
        ):
            label = form.labelForField(box)
            if isinstance(label, QLabel):
                label.setBuddy(first)
        self.reason_required = QCheckBox(self.tr("An objection or a block needs a reason"))
        self.reason_required.setChecked(True)
        self.list_abstentions = QCheckBox(
            self.tr("The declaration lists the organizations that abstained")
        )
        self.list_abstentions.setChecked(True)
        checks = QVBoxLayout()
        checks.setSpacing(2)
        checks.addWidget(self.reason_required)
        checks.addWidget(self.list_abstentions)
        form.addRow("", checks)
        self.lay_out_form(form, self.tr("Put the proposal"))
        self.resize(600, self.sizeHint().height())
        self.title.setFocus()
        self.remember_input()

    # --- building -------------------------------------------------------------------------

    def _about(self, draft_rows: list[tuple[str, str]]) -> QWidget:
        self.about_text = QRadioButton(self.tr("A text"))
        self.about_draft = QRadioButton(self.tr("A shared draft"))
        self.about_text.setChecked(True)
        self.about_draft.setEnabled(bool(draft_rows))
        group = QButtonGroup(self)
        group.addButton(self.about_text)
        group.addButton(self.about_draft)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What the organizations are asked to adopt"))
        self.text.setFixedHeight(64)
        self.draft = QComboBox()
        for draft_id, title in draft_rows:
            self.draft.addItem(title, draft_id)
        self.draft.setToolTip(self.tr("Adopted, the draft becomes the published declaration"))
        self.about_stack = QStackedWidget()
        self.about_stack.addWidget(self.field_box("text", self.text))
        self.about_stack.addWidget(self.field_box("draft_id", self.draft))
        # As tall as the text box and, when it shows, the sentence under it (a fixed
        # height drew that sentence across the box's border).
        self.about_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.about_draft.toggled.connect(lambda on: self.about_stack.setCurrentIndex(int(on)))
        return self._column(self._row(self.about_text, self.about_draft), self.about_stack)

    def _choices(self) -> QWidget:
        self.consent = QRadioButton(self.tr("Consent: approve, object, abstain"))
        self.options_kind = QRadioButton(self.tr("Named options"))
        self.consent.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.consent)
        group.addButton(self.options_kind)
        self.options = QLineEdit()
        self.options.setPlaceholderText(self.tr("Option A; Option B; Option C"))
        self.options.setToolTip(self.tr("The options, separated by semicolons"))
        self.options.setEnabled(False)
        self.options_kind.toggled.connect(self.options.setEnabled)
        self.options_kind.toggled.connect(self._kind_changed)
        return self._column(
            self._row(self.consent, self.options_kind), self.field_box("options", self.options)
        )

    def _voters(self, organizations: list[tuple[str, str]], active: set[str]) -> QWidget:
        self.all_voters = QRadioButton(
            self.tr("Every active member organization ({count})").format(count=len(active))
        )
        self.some_voters = QRadioButton(self.tr("Only those checked"))
        self.all_voters.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_voters)
        group.addButton(self.some_voters)
        self.voter_list = QListWidget()
        self.voter_list.setAccessibleName(self.tr("Voters"))
        self.voter_list.setFixedHeight(96)
        for org_id, name in organizations:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if org_id in active else Qt.CheckState.Unchecked
            )
            self.voter_list.addItem(item)
        self.voter_list.setEnabled(False)
        self.some_voters.toggled.connect(self.voter_list.setEnabled)
        return self._column(
            self._row(self.all_voters, self.some_voters), self.field_box("voters", self.voter_list)
        )

    def _closing(self) -> QWidget:
        start = (dt.datetime.now().astimezone() + DEFAULT_OPEN).replace(
            minute=0, second=0, microsecond=0
        ) + dt.timedelta(hours=1)
        self.closes = QDateTimeEdit()
        self.closes.setAccessibleName(self.tr("Voting closes"))
        self.closes.setCalendarPopup(True)
        self.closes.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        self.closes.setToolTip(self.tr("The wall-clock time in the zone beside it"))
        self.zone = time_zone_box()
        set_zone(self.zone, _system_zone())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.closes)
        row.addWidget(self.zone, 1)
        box = QWidget()
        box.setLayout(row)
        return self.field_box("closes_at", box)

    def _rule(self) -> QWidget:
        self.rule = QComboBox()
        for rule in ProposalRule:
            self.rule.addItem(rule_label(rule), rule.value)
        self.rule_note = muted()
        self.rule.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        return self._column(self.field_box("rule", self.rule), self.rule_note)

    def _kind_changed(self, *_: object) -> None:
        rule = ProposalRule(self.rule.currentData())
        notes = {
            ProposalRule.MAJORITY: self.tr("More approvals than objections; a tie does not carry."),
            ProposalRule.TWO_THIRDS: self.tr("At least two approvals for every objection."),
            ProposalRule.CONSENSUS: self.tr("No block, and one approval at least."),
        }
        if self.options_kind.isChecked():
            notes[ProposalRule.MAJORITY] = self.tr(
                "The option chosen by more than half of those not abstaining."
            )
            notes[ProposalRule.TWO_THIRDS] = self.tr(
                "The option chosen by two thirds of those not abstaining."
            )
            notes[ProposalRule.CONSENSUS] = self.tr("Consensus is for consent decisions only.")
        self.rule_note.setText(notes[rule])

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    @staticmethod
    def _column(top: QHBoxLayout | QWidget, below: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(top, QWidget):
            column.addWidget(top)
        else:
            column.addLayout(top)
        column.addWidget(below)
        return box

    # --- saving ---------------------------------------------------------------------------

    def closes_at(self) -> dt.datetime | None:
        """The closing time typed, as an instant (None: the zone is not one)."""
        try:
            zone = validation.time_zone(self.zone.currentText().strip()) or "UTC"
        except ValueError:
            return None
        shown = self.closes.dateTime()
        day, time = shown.date(), shown.time()
        return dt.datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=ZoneInfo(zone)
        )

    def collect(self) -> ProposalInput | None:
        closes_at = self.closes_at()
        if closes_at is None:
            self.show_problems({"closes_at": self.tr("that is not a time zone we know")})
            return None
        voters: list[str] = []
        if self.some_voters.isChecked():
            for row in range(self.voter_list.count()):
                item = self.voter_list.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    voters.append(item.data(Qt.ItemDataRole.UserRole))
            if not voters:
                self.show_problems({"voters": self.tr("check the organizations that vote")})
                return None
        by_draft = self.about_draft.isChecked()
        options = [o.strip() for o in self.options.text().split(";") if o.strip()]
        return ProposalInput(
            title=self.title.text(),
            closes_at=closes_at,
            text="" if by_draft else self.text.toPlainText(),
            draft_id=self.draft.currentData() if by_draft else None,
            kind="options" if self.options_kind.isChecked() else "consent",
            options=tuple(options),
            voters=tuple(voters),
            quorum=self.quorum.value(),
            rule=str(self.rule.currentData()),
            reason_required=self.reason_required.isChecked(),
            results_shown=str(self.results.currentData()),
            list_abstentions=self.list_abstentions.isChecked(),
            occurrence_id=self.occurrence_id,
        )

    def confirm_past(self, closes_at: dt.datetime) -> bool:
        """Ask before a proposal is put with a closing time already gone (a method of its
        own, so that tests can answer it)."""
        answer = QMessageBox.question(
            self,
            self.tr("Closing time in the past"),
            self.tr(
                "The closing time, {when}, has already passed: the proposal would close "
                "as soon as it is put, with no ballots. Put it all the same?"
            ).format(when=moment(closes_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        """Put the proposal through the service; a problem is said beside its field."""
        self.clear_problems()
        data = self.collect()
        if data is None:
            return
        label = self.tr("Put the proposal “{title}”").format(title=data.title.strip())
        try:
            try:
                proposal = self.ctx.run(create_proposal, data, label=label)
            except ClosesInPast:
                if not self.confirm_past(data.closes_at):
                    self.closes.setFocus()
                    return
                proposal = self.ctx.run(create_proposal, data, past_ok=True, label=label)
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.proposal_id = proposal.id
        self.saved.emit(proposal.id)
        super().accept()
