"""A call series made or changed in its dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coalition.calls import series as calls
from coalition.calls import wall_clock
from coalition.calls.series import Frequency, Recurrence, SeriesInput
from coalition.common import clock, validation
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.directory import choices
from coalition.mail import outbox as mail_outbox
from coalition.ui.calls.common import NTH_CHOICES, WEEKDAY_SHORT, edge_note, system_zone
from coalition.ui.calls.series_mail_box import SeriesMailBox
from coalition.ui.common import editing, formatting, readonly
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import buddy, error_label
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.pickers import PersonPicker, set_zone, time_zone_box
from coalition.ui.common.widgets import RowsEditor, date_edit, muted


class SeriesDialog(FieldProblems, editing.GuardedDialog):
    """A new call series, or a change to one: when, how often, how to join, who comes.

    A change can apply to every call, or only from a date on: the calls before keep the
    old schedule (and their minutes), which is what "we move to Wednesdays from January"
    means.  Escape or closing asks before throwing away what was typed (including the
    participants and standing items, which are lists rather than fields).
    """

    saved = Signal(str)  # the series' id (the new one, when changed from a date on)

    def __init__(
        self,
        ctx: AppContext,
        series_id: str | None = None,
        *,
        zone: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.series_id = series_id
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        people, organizations, data, next_date = self._load(zone)
        self.setWindowTitle(
            self.tr("Edit call series") if series_id else self.tr("New call series")
        )
        self.general_error = error_label()

        when_row = self._build_when(data)
        repeat = self._build_repeat(data.recurrence)
        dial = self._build_join(data, people)
        participants = self._build_participants(data, people, organizations)
        self.standing = RowsEditor([self.tr("Title"), self.tr("Minutes")])
        self.standing.setToolTip(self.tr("Items every call's agenda starts with"))
        self.standing.set_rows([[t, str(m) if m else ""] for t, m in data.standing_items])
        form = self._build_form(when_row, repeat, dial, participants)
        self._build_applies(form, data, next_date)

        self._watch_the_time()

        self.lay_out_form(form, self.tr("Save") if series_id else self.tr("Add series"))
        # Another group's series is shown as it is, with why it cannot be changed here.
        readonly.guard_dialog(
            self, ctx, "call_series", series_id, [repeat, participants, self.standing]
        )
        self.title.setFocus()
        self.remember_input()

    def _load(
        self, zone: str | None
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]], SeriesInput, dt.date | None]:
        """The people and groups to choose from, the series as it stands, its next call."""
        next_date: dt.date | None = None
        with self.ctx.reading() as session:
            people = choices.people(session)
            organizations = choices.organizations(session)
            if self.series_id is not None:
                row = calls.get_series(session, self.series_id)
                data = calls.series_input(row)
                upcoming = calls.next_call(session, self.series_id)
                next_date = upcoming.original_date if upcoming else None
            else:
                data = SeriesInput(
                    title="",
                    start_date=clock.today(),
                    start_time="",
                    time_zone=zone or system_zone(),
                )
                data.recurrence = Recurrence(weekdays=(clock.today().weekday(),))
        return people, organizations, data, next_date

    def _build_when(self, data: SeriesInput) -> QHBoxLayout:
        """The title, and the first call's day, time, zone and length."""
        self.title = QLineEdit(data.title)
        self.title.setPlaceholderText(self.tr("Weekly coalition call"))
        self.start_date = date_edit()
        self.start_date.setText(
            data.start_date.isoformat()
            if isinstance(data.start_date, dt.date)
            else str(data.start_date)
        )
        self.start_date.setToolTip(self.tr("The day of the first call (YYYY-MM-DD)"))
        self.start_time = QLineEdit(
            data.start_time.strftime("%H:%M")
            if isinstance(data.start_time, dt.time)
            else str(data.start_time)
        )
        self.start_time.setPlaceholderText("17:30")
        self.start_time.setMaximumWidth(90)
        self.start_time.setToolTip(
            self.tr("The wall-clock time in the call's zone (17:30, or 5:30 PM)")
        )
        self.time_zone = time_zone_box()
        set_zone(self.time_zone, data.time_zone)
        self.duration = QSpinBox()
        self.duration.setAccessibleName(self.tr("Duration"))
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" minutes"))
        self.duration.setMaximumWidth(140)
        self.duration.setValue(int(data.duration_minutes))
        when_row = QHBoxLayout()
        when_row.addWidget(self.field_box("start_date", self.start_date))
        when_row.addWidget(QLabel(self.tr("at")))
        when_row.addWidget(self.field_box("start_time", self.start_time))
        when_row.addWidget(QLabel(self.tr("in")))
        when_row.addWidget(self.field_box("time_zone", self.time_zone), 1)
        return when_row

    def _build_repeat(self, recurrence: Recurrence) -> QWidget:
        """How often: weekly on some days, or monthly on the nth weekday, until a day."""
        self.weekly = QRadioButton(self.tr("Weekly"))
        self.monthly = QRadioButton(self.tr("Monthly"))
        self.frequency = QButtonGroup(self)
        self.frequency.addButton(self.weekly)
        self.frequency.addButton(self.monthly)
        self.interval = QSpinBox()
        self.interval.setAccessibleName(self.tr("Repeat every"))
        self.interval.setRange(1, 12)
        self.interval.setValue(recurrence.interval)
        self.interval.setPrefix(self.tr("every "))
        self.interval.valueChanged.connect(lambda _v: self._frequency_shown())
        weekly_page = self._build_weekdays(recurrence)
        monthly_page = self._build_month_day(recurrence)
        self.days = QStackedWidget()
        self.days.addWidget(weekly_page)
        self.days.addWidget(monthly_page)
        self.until = date_edit(self.tr("no end"))
        self.until.setText(recurrence.until.isoformat() if recurrence.until else "")
        self.until.setToolTip(
            self.tr("The last day a call may fall on (YYYY-MM-DD); empty: no end")
        )
        repeat = QWidget()
        repeat_layout = QVBoxLayout(repeat)
        repeat_layout.setContentsMargins(0, 0, 0, 0)
        kinds = QHBoxLayout()
        kinds.addWidget(self.weekly)
        kinds.addWidget(self.monthly)
        kinds.addWidget(self.interval)
        kinds.addStretch(1)
        repeat_layout.addLayout(kinds)
        repeat_layout.addWidget(self.days)
        (self.monthly if recurrence.frequency == Frequency.MONTHLY else self.weekly).setChecked(
            True
        )
        self.frequency.buttonToggled.connect(lambda *_: self._frequency_shown())
        self._frequency_shown()
        return repeat

    def _build_weekdays(self, recurrence: Recurrence) -> QWidget:
        """A box a weekday, for a weekly series."""
        self.weekday_boxes = []
        weekdays = QHBoxLayout()
        weekdays.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        for number in range(len(WEEKDAY_SHORT)):
            box = QCheckBox(locale.dayName(number + 1, QLocale.FormatType.ShortFormat))
            box.setToolTip(locale.dayName(number + 1, QLocale.FormatType.LongFormat))
            box.setChecked(
                recurrence.frequency == Frequency.WEEKLY and number in recurrence.weekdays
            )
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        weekly_page = QWidget()
        weekly_page.setLayout(weekdays)
        return weekly_page

    def _build_month_day(self, recurrence: Recurrence) -> QWidget:
        """On the nth weekday of the month, for a monthly series."""
        self.nth = QComboBox()
        self.nth.setAccessibleName(self.tr("Which week of the month"))
        nth_names = {
            1: self.tr("first"),
            2: self.tr("second"),
            3: self.tr("third"),
            4: self.tr("fourth"),
            -1: self.tr("last"),
        }
        for _text, value in NTH_CHOICES:
            self.nth.addItem(nth_names[value], value)
        self.nth.setCurrentIndex(max(0, self.nth.findData(recurrence.nth)))
        self.month_weekday = QComboBox()
        self.month_weekday.setAccessibleName(self.tr("Day of the week"))
        self.month_weekday.addItems(
            [QLocale().dayName(day, QLocale.FormatType.LongFormat) for day in range(1, 8)]
        )
        self.month_weekday.setCurrentIndex(recurrence.weekdays[0] if recurrence.weekdays else 1)
        monthly = QHBoxLayout()
        monthly.setContentsMargins(0, 0, 0, 0)
        monthly.addWidget(QLabel(self.tr("on the")))
        monthly.addWidget(self.nth)
        monthly.addWidget(self.month_weekday)
        monthly.addStretch(1)
        monthly_page = QWidget()
        monthly_page.setLayout(monthly)
        return monthly_page

    def _build_join(self, data: SeriesInput, people: list[tuple[str, str]]) -> QHBoxLayout:
        """How to join, and who organizes; the dial-in row is returned for the form."""
        self.join_url = QLineEdit(data.join_url)
        self.join_url.setPlaceholderText("https://meet.example.org/coalition")
        self.dial_in = QLineEdit(data.dial_in)
        self.dial_in.setPlaceholderText("+1 916-555-0100")
        self.access_code = QLineEdit(data.access_code)
        self.access_code.setPlaceholderText(self.tr("Access code"))
        self.access_code.setMaximumWidth(140)
        dial = QHBoxLayout()
        dial.addWidget(self.field_box("dial_in", self.dial_in), 1)
        dial.addWidget(self.field_box("access_code", self.access_code))
        self.organizer = PersonPicker(self.tr("Who runs the call"))
        self.organizer.set_choices(people, data.organizer_id)
        return dial

    def _build_participants(
        self,
        data: SeriesInput,
        people: list[tuple[str, str]],
        organizations: list[tuple[str, str]],
    ) -> QWidget:
        """Who comes: the list, and a box to add a group or a person to it."""
        names = dict(people) | dict(organizations)
        self.participants = QListWidget()
        self.participants.setAccessibleName(self.tr("Participants"))
        self.participants.setObjectName("participants")
        self.participants.setMaximumHeight(110)
        self.participants.setToolTip(
            self.tr("Invited to every call: a group means its current state representatives")
        )
        for person_id in data.participant_person_ids:
            self._add_participant("person", person_id, names.get(person_id, "?"))
        for org_id in data.participant_org_ids:
            self._add_participant("organization", org_id, names.get(org_id, "?"))
        self.participant_choice = QComboBox()
        self.participant_choice.setAccessibleName(self.tr("Group or person to add"))
        self.participant_choice.setEditable(True)
        self.participant_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line, completer = self.participant_choice.lineEdit(), self.participant_choice.completer()
        assert line is not None and completer is not None  # an editable box has both
        line.setPlaceholderText(self.tr("Type a group or a person…"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for org_id, name in organizations:
            self.participant_choice.addItem(
                self.tr("{name} (group)").format(name=name), ("organization", org_id)
            )
        for person_id, name in people:
            self.participant_choice.addItem(name, ("person", person_id))
        self.participant_choice.setCurrentIndex(-1)
        add_participant = QPushButton(self.tr("Add"))
        add_participant.clicked.connect(self._add_chosen_participant)
        remove_participant = QPushButton(self.tr("Remove"))
        remove_participant.clicked.connect(
            lambda: self.participants.takeItem(self.participants.currentRow())
        )
        chooser = QHBoxLayout()
        chooser.addWidget(self.participant_choice, 1)
        chooser.addWidget(add_participant)
        chooser.addWidget(remove_participant)
        participants = QWidget()
        participants_layout = QVBoxLayout(participants)
        participants_layout.setContentsMargins(0, 0, 0, 0)
        participants_layout.addWidget(self.participants)
        participants_layout.addLayout(chooser)
        return participants

    def _build_form(
        self,
        when_row: QHBoxLayout,
        repeat: QWidget,
        dial: QHBoxLayout,
        participants: QWidget,
    ) -> QFormLayout:
        """The form's rows, in the order Tab walks them."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.field_box("title", self.title))
        form.addRow(buddy(self.tr("&First call"), self.start_date), when_row)
        # What a time the clocks skip or repeat becomes (coalition.calls.wall_clock).
        self.edge_note = muted()
        self.edge_note.setObjectName("edge_note")
        form.addRow("", self.edge_note)
        form.addRow(self.tr("&Length"), self.field_box("duration_minutes", self.duration))
        form.addRow(self.tr("&Repeats"), self.field_box("recurrence", repeat))
        form.addRow(self.tr("&Until"), self.field_box("until", self.until))
        form.addRow(self.tr("&Join link"), self.field_box("join_url", self.join_url))
        form.addRow(buddy(self.tr("&Dial-in"), self.dial_in), dial)
        form.addRow(self.tr("&Organizer"), self.field_box("organizer_id", self.organizer))
        form.addRow(self.tr("&Participants"), self.field_box("participants", participants))
        form.addRow(self.tr("&Standing items"), self.field_box("standing_items", self.standing))
        self.mail = SeriesMailBox()
        self.mail.load(self.ctx, self.series_id)
        mail_box = self.field_box("mail", self.mail)
        for key in ("agenda_at", "agenda_days_before", "invitations", "agenda", "minutes"):
            self._errors[key] = self._errors["mail"]
            self._fields[key] = self.mail
        form.addRow(buddy(self.tr("&Sends"), self.mail.invitations), mail_box)
        return form

    def _build_applies(
        self, form: QFormLayout, data: SeriesInput, next_date: dt.date | None
    ) -> None:
        """The "apply to" row, shown only when changing a series.

        A change to a series with a past applies, unless told otherwise, from the next
        call on: the calls held keep the time they were held at.
        """
        self.apply_all = QRadioButton(self.tr("all calls"))
        self.apply_from = QRadioButton(self.tr("calls from"))
        self.apply_group = QButtonGroup(self)
        self.apply_group.addButton(self.apply_all)
        self.apply_group.addButton(self.apply_from)
        self.from_date = date_edit()
        self.from_date.setText((next_date or clock.today()).isoformat())
        self.from_date.setToolTip(
            self.tr("Earlier calls keep the schedule they had (and their minutes)")
        )
        self.from_date.textEdited.connect(lambda _t: self.apply_from.setChecked(True))
        has_past = isinstance(data.start_date, dt.date) and data.start_date < clock.today()
        (self.apply_from if has_past else self.apply_all).setChecked(True)
        applies = QHBoxLayout()
        applies.addWidget(self.apply_all)
        applies.addWidget(self.apply_from)
        applies.addWidget(self.field_box("from_date", self.from_date))
        applies.addWidget(QLabel(self.tr("on")))
        applies.addStretch(1)
        form.addRow(buddy(self.tr("&Apply to"), self.apply_all), applies)
        form.setRowVisible(form.rowCount() - 1, self.series_id is not None)

    def _watch_the_time(self) -> None:
        """Say, under the time, what a call at a time the clocks skip or repeat becomes."""
        for line in (self.start_date, self.start_time, self.until):
            line.textChanged.connect(self._show_edge)
        self.time_zone.currentTextChanged.connect(self._show_edge)
        self.frequency.buttonToggled.connect(self._show_edge)
        self.interval.valueChanged.connect(self._show_edge)
        self.nth.currentIndexChanged.connect(self._show_edge)
        self.month_weekday.currentIndexChanged.connect(self._show_edge)
        for box in self.weekday_boxes:
            box.toggled.connect(self._show_edge)
        self._show_edge()

    def _show_edge(self, *_: object) -> None:
        try:
            until = validation.date(self.until.text(), "end of the series")
        except ValueError:
            until = None
        found = wall_clock.series_edge(
            self.start_date.text(),
            self.start_time.text(),
            self.time_zone.currentText(),
            self._recurrence(until),
        )
        text = edge_note(
            found,
            self.tr("%1 does not exist on %2 in %3: the call will be at %4"),
            self.tr(
                "%1 happens twice on %2 in %3: the call will be at the first, %4, "
                "before the clocks go back"
            ),
        )
        self.edge_note.setText(text)
        self.edge_note.setVisible(bool(text))

    def _recurrence(self, until: dt.date | None) -> Recurrence:
        if self.monthly.isChecked():
            return Recurrence(
                Frequency.MONTHLY,
                self.interval.value(),
                (self.month_weekday.currentIndex(),),
                self.nth.currentData(),
                until,
            )
        days = tuple(n for n, box in enumerate(self.weekday_boxes) if box.isChecked())
        return Recurrence(Frequency.WEEKLY, self.interval.value(), days, 1, until)

    # --- asking before Escape ----------------------------------------------------------------

    def _lists(self) -> tuple[object, ...]:
        return (
            self._participant_ids("person"),
            self._participant_ids("organization"),
            self.standing.rows(),
        )

    def remember_input(self) -> None:
        super().remember_input()
        self._remembered_lists = self._lists()

    def input_changed(self) -> bool:
        return super().input_changed() or (
            self._remembered is not None and self._lists() != self._remembered_lists
        )

    # --- building -------------------------------------------------------------------------

    def _frequency_shown(self) -> None:
        monthly = self.monthly.isChecked()
        self.days.setCurrentIndex(1 if monthly else 0)
        unit = "month" if monthly else "week"
        self.interval.setSuffix(
            self.tr(" {unit}").format(unit=unit)
            if self.interval.value() == 1
            else self.tr(" {unit}s").format(unit=unit)
        )
        self.interval.setToolTip(
            self.tr("1: every month") if monthly else self.tr("1: every week; 2: every other week")
        )

    def _add_participant(self, kind: str, ident: str, name: str) -> None:
        for row in range(self.participants.count()):
            if self.participants.item(row).data(Qt.ItemDataRole.UserRole) == (kind, ident):
                return
        text = (
            self.tr("{name} (group: its state representatives)").format(name=name)
            if kind == "organization"
            else name
        )
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (kind, ident))
        self.participants.addItem(item)

    def _add_chosen_participant(self) -> None:
        text = self.participant_choice.currentText().strip()
        index = self.participant_choice.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return
        kind, ident = self.participant_choice.itemData(index)
        group = self.tr("{name} (group)").format(name="")
        self._add_participant(kind, ident, text.removesuffix(group))
        self.participant_choice.setCurrentIndex(-1)

    # --- saving --------------------------------------------------------------------------

    def _participant_ids(self, kind: str) -> list[str]:
        found = []
        for row in range(self.participants.count()):
            item_kind, ident = self.participants.item(row).data(Qt.ItemDataRole.UserRole)
            if item_kind == kind:
                found.append(ident)
        return found

    def collect(self) -> tuple[SeriesInput, dt.date | None, dict[str, str]]:
        """The series as typed, the date a change applies from, and what is wrong locally
        (what the service cannot see: dates of the dialog's own, minutes of standing items)."""
        problems: dict[str, str] = {}
        until = from_date = None
        try:
            until = validation.date(self.until.text(), "end of the series")
        except ValueError as exc:
            problems["until"] = shown(exc)
        if self.series_id is not None and self.apply_from.isChecked():
            try:
                from_date = validation.date(self.from_date.text(), "first changed call")
            except ValueError as exc:
                problems["from_date"] = shown(exc)
            if from_date is None and "from_date" not in problems:
                problems["from_date"] = self.tr("choose the first call the change applies to")
        standing: list[tuple[str, int | None]] = []
        for title, minutes in self.standing.rows():
            if minutes and not minutes.isdigit():
                problems["standing_items"] = self.tr(
                    "'{minutes}' is not a number of minutes (for “{title}”)"
                ).format(minutes=minutes, title=title)
            standing.append((title, int(minutes) if minutes.isdigit() and int(minutes) else None))
        if self.organizer.problem():
            problems["organizer_id"] = self.organizer.problem()
        if self.mail.problem():
            problems["mail"] = self.mail.problem()
        recurrence = self._recurrence(until)
        data = SeriesInput(
            title=self.title.text(),
            start_date=self.start_date.text(),
            start_time=self.start_time.text(),
            time_zone=self.time_zone.currentText(),
            recurrence=recurrence,
            duration_minutes=self.duration.value(),
            organizer_id=self.organizer.person_id(),
            join_url=self.join_url.text(),
            dial_in=self.dial_in.text(),
            access_code=self.access_code.text(),
            participant_person_ids=self._participant_ids("person"),
            participant_org_ids=self._participant_ids("organization"),
            standing_items=standing,
        )
        return data, from_date, problems

    def accept(self) -> None:
        """Save through the service; on a problem, say it beside the field and stay open."""
        if self.read_only:
            return
        self.clear_problems()
        data, from_date, problems = self.collect()
        if problems:
            self.show_problems(problems)
            return
        title = data.title.strip()
        try:
            if self.series_id is None:
                label = self.tr("Add call series “{title}”").format(title=title)
                row = self.ctx.run(calls.create_series, data, label=label)
            else:
                label = (
                    self.tr("Edit call series “{title}” from {day}").format(
                        title=title, day=formatting.date(from_date)
                    )
                    if from_date
                    else self.tr("Edit call series “{title}”").format(title=title)
                )
                row = self.ctx.run(
                    calls.update_series, self.series_id, data, from_date=from_date, label=label
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.series_id = row.id
        if self.mail.changed() or from_date is not None:
            try:
                self.ctx.run(
                    mail_outbox.save_series_mail,
                    row.id,
                    **self.mail.values(),
                    label=self.tr("Change what “{title}” sends").format(title=title),
                )
            except CoalitionError as exc:  # the series is saved: stay, with the mail's problem
                self.show_error(exc)
                self.mail.loaded = {}
                return
        self.saved.emit(row.id)
        super().accept()
