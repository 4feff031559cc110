"""The Events area's dialogs: an event (new or edited), a shift, a person for a shift.

Each shows the service's problems beside the fields they name and stays open until what
is typed can be stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coalition.common import clock
from coalition.common.errors import CoalitionError, ValidationError
from coalition.common.i18n import shown
from coalition.common.states import BY_CODE, normalize_state
from coalition.directory import choices
from coalition.endorsements.records import campaigns
from coalition.events import events as event_service
from coalition.events import shifts as shift_service
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import error_label
from coalition.ui.common.editing import GuardedDialog
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.pickers import PersonPicker, set_zone, time_zone_box
from coalition.ui.common.widgets import state_edit

ID_ROLE = Qt.ItemDataRole.UserRole


def system_zone() -> str:
    """This laptop's IANA zone ("" when it has none Python knows)."""
    from PySide6.QtCore import QTimeZone

    from coalition.common import validation

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return validation.time_zone(name)
    except ValueError:
        return ""


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _naive(value: QDateTime) -> dt.datetime:
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def _date_time_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def _checklist(name: str, accessible: str) -> QListWidget:
    box = QListWidget()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setMinimumHeight(90)
    return box


class EventDialog(FieldProblems, GuardedDialog):
    """A new event, or one edited (``event_id``)."""

    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        event_id: str | None = None,
        parent: QWidget | None = None,
        day: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self._fields = {}
        self._errors = {}
        self.general_error = error_label()
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Edit event") if event_id else self.tr("New event"))

        with ctx.reading() as session:
            data = (
                event_service.event_input(event_service.get_event(session, event_id))
                if event_id
                else None
            )
            organizations = choices.organizations(session)
            campaign_rows = [(c.id, c.name) for c in campaigns(session)]

        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.name.setPlaceholderText(self.tr("Fresno County Fair table"))
        self.start = _date_time_edit("eventStart")
        self.end = _date_time_edit("eventEnd")
        self.zone = time_zone_box()
        self.zone.setObjectName("eventZone")
        self.state = state_edit(self.tr("CA or California"))
        self.state.setObjectName("eventState")
        self.county = QLineEdit()
        self.county.setObjectName("eventCounty")
        self.place = QLineEdit()
        self.place.setObjectName("eventPlace")
        self.place.setPlaceholderText(self.tr("Hall, street, city"))
        self.campaign = QComboBox()
        self.campaign.setObjectName("eventCampaign")
        self.campaign.addItem(self.tr("None"), None)
        for campaign_id, name in campaign_rows:
            self.campaign.addItem(name, campaign_id)
        self.hosts = _checklist("eventHosts", self.tr("Hosts"))
        self.partners = _checklist("eventPartners", self.tr("Partners"))
        for org_id, label in organizations:
            for box in (self.hosts, self.partners):
                item = QListWidgetItem(label)
                item.setData(ID_ROLE, org_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                box.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("eventNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)  # the room left goes to the lists of organizations

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.field_box("name", self.name))
        form.addRow(self.tr("&Starts"), self.field_box("start", self.start))
        form.addRow(self.tr("&Ends"), self.field_box("end", self.end))
        form.addRow(self.tr("Time &zone"), self.field_box("time_zone", self.zone))
        where = QHBoxLayout()
        where.addWidget(self.field_box("state", self.state))
        where.addWidget(self.field_box("county", self.county), 1)
        where_box = QWidget()
        where_box.setLayout(where)
        where.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("S&tate, county"), where_box)
        form.addRow(self.tr("&Place"), self.field_box("place", self.place))
        form.addRow(self.tr("&Campaign"), self.field_box("campaign_id", self.campaign))
        orgs = QGridLayout()
        orgs.setContentsMargins(0, 0, 0, 0)
        # Each list says which it is: side by side, nothing else told them apart.
        for column, (box, key, heading) in enumerate(
            (
                (self.hosts, "hosts", self.tr("Hosts")),
                (self.partners, "partners", self.tr("Partners")),
            )
        ):
            title = QLabel(heading)
            title.setBuddy(box)
            orgs.addWidget(title, 0, column)
            orgs.addWidget(self.field_box(key, box), 1, column)
        orgs_box = QWidget()
        orgs_box.setLayout(orgs)
        orgs_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        form.addRow(self.tr("&Hosts, partners"), orgs_box)
        notes_box = self.field_box("notes", self.notes)
        notes_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form.addRow(self.tr("N&otes"), notes_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("eventButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._fill(data, day)
        # A new event's zone follows its state (Fresno's 10:00 is Pacific wherever the
        # laptop is) until the zone is chosen by hand; an event edited keeps its own.
        self._zone_chosen = data is not None
        self.zone.activated.connect(self._choose_zone)
        if (typed := self.zone.lineEdit()) is not None:
            typed.textEdited.connect(self._choose_zone)
        self.state.textChanged.connect(self._zone_of_state)
        # Wide enough for a chapter's name in each list ("Calexit Coalition – New Hampshire").
        self.resize(820, 640)
        self.remember_input()

    def _fill(self, data: event_service.EventInput | None, day: dt.date | None) -> None:
        if data is None:
            first = dt.datetime.combine(day or clock.today() + dt.timedelta(days=7), dt.time(10))
            self.start.setDateTime(_qdatetime(first))
            self.end.setDateTime(_qdatetime(first + event_service.DEFAULT_LENGTH))
            set_zone(self.zone, system_zone())
            self._questions: list[dict[str, Any]] | None = None
            return
        assert isinstance(data.start, dt.datetime) and isinstance(data.end, dt.datetime)
        self.name.setText(data.name)
        self.start.setDateTime(_qdatetime(data.start))
        self.end.setDateTime(_qdatetime(data.end))
        set_zone(self.zone, data.time_zone)
        self.state.setText(data.state)
        self.county.setText(data.county)
        self.place.setText(data.place)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(data.campaign_id)))
        for box, chosen in ((self.hosts, data.hosts), (self.partners, data.partners)):
            for row in range(box.count()):
                item = box.item(row)
                if item.data(ID_ROLE) in chosen:
                    item.setCheckState(Qt.CheckState.Checked)
        self.notes.setPlainText(data.notes)
        self._questions = data.questions  # kept as they are

    def _choose_zone(self, *_: object) -> None:
        self._zone_chosen = True

    def _zone_of_state(self, text: str) -> None:
        if self._zone_chosen:
            return
        try:
            code = normalize_state(text)
        except ValueError:
            return  # not a state (yet): the zone stays
        if code:
            set_zone(self.zone, BY_CODE[code].time_zone)

    @staticmethod
    def _checked(box: QListWidget) -> list[str]:
        return [
            box.item(row).data(ID_ROLE)
            for row in range(box.count())
            if box.item(row).checkState() == Qt.CheckState.Checked
        ]

    def value(self) -> event_service.EventInput:
        return event_service.EventInput(
            name=self.name.text(),
            start=_naive(self.start.dateTime()),
            end=_naive(self.end.dateTime()),
            time_zone=self.zone.currentText(),
            place=self.place.text(),
            state=self.state.text(),
            county=self.county.text(),
            campaign_id=self.campaign.currentData(),
            hosts=self._checked(self.hosts),
            partners=self._checked(self.partners),
            notes=self.notes.toPlainText(),
            questions=self._questions,
        )

    def accept(self) -> None:
        self.clear_problems()
        if self.event_id:
            saved = _written(self, event_service.update_event, self.event_id, self.value())
        else:
            saved = _written(self, event_service.create_event, self.value())
        if saved is not None:
            super().accept()
            self.saved.emit(saved)


def _written(dialog: Any, write: Callable[..., Any], *args: Any) -> str | None:
    """Run ``write`` for ``dialog`` and return the id of the record it wrote; a refusal is
    shown beside its field (or at the top) and None comes back."""
    try:
        return str(dialog.ctx.run(write, *args).id)
    except ValidationError as exc:
        dialog.show_problems(exc.problems)
    except CoalitionError as exc:
        dialog.show_problems({"": shown(exc)})
    return None


class ShiftDialog(FieldProblems, GuardedDialog):
    """A new shift of an event, or one edited (``shift_id``)."""

    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        event_id: str,
        shift_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.shift_id = shift_id
        self._fields = {}
        self._errors = {}
        self.general_error = error_label()
        self.setObjectName("shiftDialog")
        self.setWindowTitle(self.tr("Edit shift") if shift_id else self.tr("Add shift"))
        with ctx.reading() as session:
            event = event_service.get_event(session, event_id)
            first, last = event.starts_local, event.ends_local
            shift = shift_service.get_shift(session, shift_id) if shift_id else None
            values = (
                (shift.title, shift.starts_local, shift.ends_local, shift.slots, shift.notes)
                if shift is not None
                else ("", first, min(last, first + dt.timedelta(hours=2)), 2, "")
            )
        self.title = QLineEdit(values[0])
        self.title.setObjectName("shiftTitle")
        self.title.setPlaceholderText(self.tr("Table, set-up, clean-up"))
        # Room for the example in any language and font ("Mesa, montaje, limpieza").
        hint = self.title.fontMetrics().horizontalAdvance(self.title.placeholderText())
        self.title.setMinimumWidth(hint + 24)
        self.day = QDateEdit(QDate(values[1].year, values[1].month, values[1].day))
        self.day.setObjectName("shiftDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDateRange(
            QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
        )
        self.day.setEnabled(first.date() != last.date())
        self.start = QTimeEdit(QTime(values[1].hour, values[1].minute))
        self.start.setObjectName("shiftStart")
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit(QTime(values[2].hour, values[2].minute))
        self.end.setObjectName("shiftEnd")
        self.end.setDisplayFormat("HH:mm")
        self.slots = QSpinBox()
        self.slots.setObjectName("shiftSlots")
        self.slots.setRange(0, shift_service.MAX_SLOTS)
        self.slots.setValue(values[3])
        self.notes = QLineEdit(values[4])
        self.notes.setObjectName("shiftNotes")

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.field_box("title", self.title))
        form.addRow(self.tr("&Day"), self.field_box("day", self.day))
        form.addRow(self.tr("&Starts"), self.field_box("start", self.start))
        form.addRow(self.tr("&Ends"), self.field_box("end", self.end))
        form.addRow(self.tr("S&lots"), self.field_box("slots", self.slots))
        form.addRow(self.tr("&Notes"), self.field_box("notes", self.notes))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("shiftButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.remember_input()

    def value(self) -> shift_service.ShiftInput:
        day = self.day.date()
        start, end = self.start.time(), self.end.time()
        return shift_service.ShiftInput(
            start=dt.time(start.hour(), start.minute()),
            end=dt.time(end.hour(), end.minute()),
            title=self.title.text(),
            slots=self.slots.value(),
            notes=self.notes.text(),
            day=dt.date(day.year(), day.month(), day.day()),
        )

    def accept(self) -> None:
        self.clear_problems()
        if self.shift_id:
            saved = _written(self, shift_service.update_shift, self.shift_id, self.value())
        else:
            saved = _written(self, shift_service.add_shift, self.event_id, self.value())
        if saved is not None:
            super().accept()
            self.saved.emit(saved)


class AssignDialog(FieldProblems, GuardedDialog):
    """A person from the directory for one of the event's shifts."""

    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        event_id: str,
        shift_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._fields = {}
        self._errors = {}
        self.general_error = error_label()
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign a person to a shift"))
        with ctx.reading() as session:
            event = event_service.get_event(session, event_id)
            shift_rows = [(s.id, shift_service.shift_label(s), s.slots) for s in event.shifts]
            people = choices.people(session)
        self.shift = QComboBox()
        self.shift.setObjectName("assignShift")
        for row_id, label, slots in shift_rows:
            self.shift.addItem(
                self.tr("{shift} ({slots} slots)").format(shift=label, slots=slots), row_id
            )
        if shift_id is not None:
            self.shift.setCurrentIndex(max(0, self.shift.findData(shift_id)))
        self.person = PersonPicker(self.tr("Type a name"))
        self.person.setObjectName("assignPerson")
        self.person.set_choices(people, None)
        form = QFormLayout()
        form.addRow(self.tr("&Shift"), self.field_box("shift", self.shift))
        form.addRow(self.tr("&Person"), self.field_box("person", self.person))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("assignButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.remember_input()

    def accept(self) -> None:
        self.clear_problems()
        shift_id = self.shift.currentData()
        person_id = self.person.person_id()
        if shift_id is None:
            self.show_problems({"shift": self.tr("the event has no shift yet: add one first")})
            return
        if person_id is None:
            self.show_problems({"person": self.person.problem() or self.tr("choose the person")})
            return
        try:
            row = self.ctx.run(shift_service.assign, shift_id, person_id)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except CoalitionError as exc:
            self.show_problems({"": shown(exc)})
            return
        super().accept()
        self.saved.emit(row.id)
