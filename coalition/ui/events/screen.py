"""The Events screen: a month calendar with the days that have events marked, the month's
events under it, and the one chosen on the right, with its shifts, who takes them and
their check-in and check-out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.events import calendar as event_calendar
from coalition.events import events as event_service
from coalition.events import shifts as shift_service
from coalition.events.events import EventRow
from coalition.events.shifts import SheetLine, ShiftSheet
from coalition.ui.common import filedialogs, formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import ask_to_confirm
from coalition.ui.common.flowlayout import FlowLayout
from coalition.ui.common.widgets import bold, muted
from coalition.ui.events.dialogs import AssignDialog, EventDialog, ShiftDialog, system_zone
from coalition.ui.events.sheet import write_sheet

ID_ROLE = Qt.ItemDataRole.UserRole
# A change to one of these can change what the screen shows.
EVENT_TABLES = {
    "event",
    "event_host",
    "shift",
    "shift_assignment",
    "sign_up",
    "organization",
    "person",
    "person_phone",
    "campaign",
}


def _month_span(year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    """The month in UTC, a day wider on each side: an event belongs to the day it has in
    its own zone, which may be another day in UTC."""
    first = dt.datetime(year, month, 1, tzinfo=dt.UTC)
    following = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=dt.UTC)
    return first - dt.timedelta(days=1), following + dt.timedelta(days=1)


class EventsScreen(QWidget):
    """Events on a calendar, and the one chosen with its shifts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog: QDialog | None = None
        self.event_id: str | None = None
        self.rows: list[EventRow] = []
        self._marked: list[QDate] = []

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("eventsCalendar")
        self.calendar.setAccessibleName(self.tr("Month"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # The calendar's own month bar cannot be reached with Tab nor read out: buttons
        # of ours instead (PageUp and PageDown in the calendar turn the month too).
        self.calendar.setNavigationBarVisible(False)
        days = self.calendar.findChild(QAbstractItemView, "qt_calendar_calendarview")
        if days is not None:
            days.setAccessibleName(self.tr("Days of the month"))
        self.previous_button = self._button(
            "previousMonthButton",
            "‹",
            self.tr("The month before (Page Up in the calendar)"),
            self.calendar.showPreviousMonth,
        )
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.next_button = self._button(
            "nextMonthButton",
            "›",
            self.tr("The month after (Page Down in the calendar)"),
            self.calendar.showNextMonth,
        )
        self.next_button.setAccessibleName(self.tr("Next month"))
        for arrow in (self.previous_button, self.next_button):
            arrow.setMaximumWidth(arrow.fontMetrics().horizontalAdvance("M") * 4)
        self.today_button = self._button(
            "todayButton", self.tr("Today"), self.tr("This month"), self.show_today
        )
        self.month_label = bold(QLabel())
        self.month_label.setObjectName("monthLabel")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.activated.connect(self._day_clicked)
        self.count_label = muted()
        self.list = QListWidget()
        self.list.setObjectName("eventList")
        self.list.setAccessibleName(self.tr("Events of the month"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._chosen)

        self.new_button = self._button(
            "newEventButton",
            self.tr("New event…"),
            self.tr("Add an event (Ctrl+N)"),
            self.new_event,
        )
        new_action = QAction(self.tr("New event"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(lambda: self.new_event())
        self.addAction(new_action)
        self.review_button = self._button(
            "reviewButton",
            self.tr("Review sign-up matches…"),
            self.tr("The sign-ups that matched someone already in the directory"),
            self.review_matches,
        )
        self.consent_button = self._button(
            "consentExportButton",
            self.tr("Export who consented…"),
            self.tr(
                "One organization's list of the people who agreed to hear from it, with the "
                "date and the words they agreed to"
            ),
            self.export_consented,
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        month_bar = QHBoxLayout()
        month_bar.addWidget(self.previous_button)
        month_bar.addWidget(self.month_label, 1)
        month_bar.addWidget(self.next_button)
        month_bar.addWidget(self.today_button)
        left_layout.addLayout(month_bar)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.list, 1)
        left_commands = QHBoxLayout()
        left_commands.addWidget(self.new_button)
        left_commands.addWidget(self.review_button)
        left_layout.addLayout(left_commands)
        left_layout.addWidget(self.consent_button)

        self.panel = self._build_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("eventsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([380, 850])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- building ------------------------------------------------------------------------------

    def _button(self, name: str, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _build_panel(self) -> QWidget:
        self.title = bold(QLabel(), 1.3)
        self.title.setObjectName("eventTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setObjectName("eventDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.edit_button = self._button(
            "editEventButton", self.tr("Edit…"), self.tr("Change the event"), self.edit_event
        )
        self.cancel_button = self._button(
            "cancelEventButton",
            self.tr("Cancel event…"),
            self.tr("Call the event off (calendars hear of it)"),
            self.cancel_event,
        )
        self.delete_button = self._button(
            "deleteEventButton",
            self.tr("Delete…"),
            self.tr("Delete the event and its shifts"),
            self.delete_event,
        )
        self.print_button = self._button(
            "printSheetButton",
            self.tr("Print shift sheet…"),
            self.tr("The shifts, their people and phones, as a PDF for the clipboard"),
            self.print_sheet,
        )
        self.ics_button = self._button(
            "exportIcsButton",
            self.tr("Export to calendar (.ics)…"),
            self.tr("The month's events as a calendar file"),
            self.export_ics,
        )
        self.kiosk_button = self._button(
            "kioskButton",
            self.tr("Open the sign-up table…"),
            self.tr("The full-screen sign-up form for this event"),
            self.open_sign_up_table,
        )
        actions = QWidget()
        flow = FlowLayout(actions)
        for button in (
            self.edit_button,
            self.cancel_button,
            self.delete_button,
            self.print_button,
            self.ics_button,
            self.kiosk_button,
        ):
            flow.addWidget(button)

        self.shift_table = QTableWidget(0, 7)
        self.shift_table.setObjectName("shiftTable")
        self.shift_table.setAccessibleName(self.tr("Shifts and the people on them"))
        self.shift_table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Shift"),
                self.tr("Slots"),
                self.tr("Person"),
                self.tr("Phone"),
                self.tr("Checked in"),
                self.tr("Checked out"),
            ]
        )
        self.shift_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shift_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shift_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shift_table.verticalHeader().hide()
        header = self.shift_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.shift_table.itemSelectionChanged.connect(self._shift_row_chosen)

        self.add_shift_button = self._button(
            "addShiftButton", self.tr("Add shift…"), self.tr("A new shift"), self.add_shift
        )
        self.edit_shift_button = self._button(
            "editShiftButton",
            self.tr("Edit shift…"),
            self.tr("Change the time, title or slots of the shift chosen"),
            self.edit_shift,
        )
        self.delete_shift_button = self._button(
            "deleteShiftButton",
            self.tr("Delete shift…"),
            self.tr("Delete the shift chosen, with who was on it"),
            self.delete_shift,
        )
        self.assign_button = self._button(
            "assignButton",
            self.tr("Assign person…"),
            self.tr("Put someone from the directory on a shift"),
            self.assign_person,
        )
        self.check_in_button = self._button(
            "checkInButton",
            self.tr("Check in"),
            self.tr("The person chosen has arrived"),
            self.check_in,
        )
        self.check_out_button = self._button(
            "checkOutButton",
            self.tr("Check out"),
            self.tr("The person chosen has left"),
            self.check_out,
        )
        self.unassign_button = self._button(
            "unassignButton",
            self.tr("Take off shift"),
            self.tr("Take the person chosen off the shift"),
            self.unassign,
        )
        shift_commands = QWidget()
        shift_flow = FlowLayout(shift_commands)
        for button in (
            self.add_shift_button,
            self.edit_shift_button,
            self.delete_shift_button,
            self.assign_button,
            self.check_in_button,
            self.check_out_button,
            self.unassign_button,
        ):
            shift_flow.addWidget(button)

        self.empty = muted(self.tr("No event chosen. Press Ctrl+N to add one."))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.details)
        body_layout.addWidget(actions)
        body_layout.addWidget(bold(QLabel(self.tr("Shifts"))))
        body_layout.addWidget(self.shift_table, 1)
        body_layout.addWidget(shift_commands)
        self.body = body
        scroll = QScrollArea()
        scroll.setObjectName("eventPanel")
        scroll.setWidgetResizable(True)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.empty)
        holder_layout.addWidget(body, 1)
        scroll.setWidget(holder)
        return scroll

    # --- the month -----------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.event_id
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        self.month_label.setText(formatting.month_year(dt.date(year, month, 1)))
        start, end = _month_span(year, month)
        with self.ctx.reading() as session:
            found = event_service.events_between(session, start, end)
            rows = [event_service.row_of(e) for e in found]
        self.rows = [
            r
            for r in rows
            if (r.starts_local.year, r.starts_local.month) == (year, month)
            or (r.ends_local.year, r.ends_local.month) == (year, month)
        ]
        self._mark_days()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(self._row_text(row))
            item.setData(ID_ROLE, row.id)
            if row.cancelled:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.blockSignals(False)
        count = len(self.rows)
        self.count_label.setText(
            self.tr("{count} event this month").format(count=count)
            if count == 1
            else self.tr("{count} events this month").format(count=formatting.number(count))
        )
        if keep and self._select(keep):
            self.show_event(keep)
        elif self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.show_event(None)

    def _row_text(self, row: EventRow) -> str:
        when = (
            f"{formatting.day_month(row.starts_local.date())} {formatting.time(row.starts_local)}"
        )
        second = [when, row.place or row.county or row.state]
        if row.slots:
            second.append(
                self.tr("{filled}/{slots} shift slots").format(
                    filled=formatting.number(row.filled), slots=formatting.number(row.slots)
                )
            )
        name = self.tr("{name} (cancelled)").format(name=row.name) if row.cancelled else row.name
        return f"{name}\n{' · '.join(p for p in second if p)}"

    def _mark_days(self) -> None:
        plain = QTextCharFormat()
        for day in self._marked:
            self.calendar.setDateTextFormat(day, plain)
        self._marked = []
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setFontUnderline(True)
        for row in self.rows:
            on = row.starts_local.date()
            while on <= row.ends_local.date():
                qday = QDate(on.year, on.month, on.day)
                self.calendar.setDateTextFormat(qday, marked)
                self._marked.append(qday)
                on += dt.timedelta(days=1)

    def _select(self, event_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == event_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                return True
        return False

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.show_event(current.data(ID_ROLE) if current is not None else None)

    def _day_clicked(self, qday: QDate) -> None:
        day = dt.date(qday.year(), qday.month(), qday.day())
        for row in self.rows:
            if row.starts_local.date() <= day <= row.ends_local.date():
                self._select(row.id)
                self.show_event(row.id)
                return

    def open_record(self, event_id: str) -> None:
        """Show an event (after an undo, or found elsewhere): its month, then the event."""
        with self.ctx.reading() as session:
            try:
                start = event_service.get_event(session, event_id).starts_local
            except CoalitionError:
                return
        self.event_id = event_id
        self.calendar.blockSignals(True)
        self.calendar.setCurrentPage(start.year, start.month)
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.blockSignals(False)
        self.refresh()

    def show_today(self) -> None:
        today = clock.today()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.calendar.setCurrentPage(today.year, today.month)

    def _on_changed(self, tables: set[str]) -> None:
        if tables & EVENT_TABLES:
            self.refresh()

    # --- the event chosen ----------------------------------------------------------------------

    def _when(self, row: EventRow) -> str:
        start, end = row.starts_local, row.ends_local
        if start.date() == end.date():
            text = self.tr("{day}, {start} to {end}").format(
                day=formatting.long_date(start.date()),
                start=formatting.time(start),
                end=formatting.time(end),
            )
        else:
            text = self.tr("{start_day} {start} to {end_day} {end}").format(
                start_day=formatting.long_date(start.date()),
                start=formatting.time(start),
                end_day=formatting.long_date(end.date()),
                end=formatting.time(end),
            )
        laptop = system_zone()
        if row.time_zone != laptop:
            here = row.starts_at.astimezone(ZoneInfo(laptop)) if laptop else None
            text += " " + self.tr("({zone})").format(zone=row.time_zone)
            if here is not None:
                text += " · " + self.tr("{time} here").format(time=formatting.date_time(here))
        return text

    def show_event(self, event_id: str | None) -> None:
        self.event_id = event_id
        row: EventRow | None = None
        sheet: ShiftSheet | None = None
        sign_ups = 0
        edge = None
        if event_id is not None:
            with self.ctx.reading() as session:
                try:
                    event = event_service.get_event(session, event_id)
                except CoalitionError:
                    event = None
                if event is not None:
                    row = event_service.row_of(event)
                    edge = event_service.start_edge(event)
                    sheet = shift_service.shift_sheet(session, event_id)
                    sign_ups = event_service.sign_up_count(session, event_id)
        self.empty.setVisible(row is None)
        self.body.setVisible(row is not None)
        if row is None or sheet is None:
            self.event_id = None
            self._fill_shifts(None)
            self._enable()
            return
        name = self.tr("{name} (cancelled)").format(name=row.name) if row.cancelled else row.name
        self.title.setText(name)
        lines = [self.tr("When: {when}").format(when=self._when(row))]
        if edge is not None:
            lines.append(
                self.tr("The clocks change that night: the event starts at {time}.").format(
                    time=formatting.time(edge.local)
                )
            )
        where = ", ".join(p for p in (row.place, row.county, row.state) if p)
        if where:
            lines.append(self.tr("Where: {place}").format(place=where))
        if row.hosts:
            lines.append(self.tr("Hosts: {names}").format(names=", ".join(row.hosts)))
        if row.partners:
            lines.append(self.tr("Partners: {names}").format(names=", ".join(row.partners)))
        if row.campaign:
            lines.append(self.tr("Campaign: {name}").format(name=row.campaign))
        lines.append(self.tr("Sign-ups: {count}").format(count=formatting.number(sign_ups)))
        if row.notes:
            lines += ["", row.notes]
        self.details.setText("\n".join(lines))
        self.cancel_button.setText(
            self.tr("Restore event") if row.cancelled else self.tr("Cancel event…")
        )
        self._fill_shifts(sheet)
        self._enable()

    def _fill_shifts(self, sheet: ShiftSheet | None) -> None:
        table = self.shift_table
        table.setRowCount(0)
        if sheet is None:
            return
        for shift in sheet.shifts:
            times = f"{formatting.time(shift.starts_local)}–{formatting.time(shift.ends_local)}"
            if shift.starts_local.date() != sheet.starts_local.date():
                times = f"{formatting.day_month(shift.starts_local.date())} {times}"
            slots = f"{formatting.number(shift.taken)}/{formatting.number(shift.slots)}"
            people: list[SheetLine | None] = [line for line in shift.lines if line.assignment_id]
            if not people:
                people = [None]
            for line in people:
                cells = [
                    times,
                    shift.title,
                    slots,
                    line.name if line else self.tr("(nobody yet)"),
                    line.phone if line else "",
                    formatting.time(line.checked_in) if line and line.checked_in else "",
                    formatting.time(line.checked_out) if line and line.checked_out else "",
                ]
                at = table.rowCount()
                table.insertRow(at)
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, (shift.id, line.assignment_id if line else None))
                    table.setItem(at, column, item)

    def _current_shift_row(self) -> tuple[str | None, str | None]:
        items = self.shift_table.selectedItems()
        if not items:
            return None, None
        shift_id, assignment_id = items[0].data(ID_ROLE)
        return shift_id, assignment_id

    def _shift_row_chosen(self) -> None:
        self._enable()

    def _enable(self) -> None:
        chosen = self.event_id is not None
        for button in (
            self.edit_button,
            self.cancel_button,
            self.delete_button,
            self.print_button,
            self.kiosk_button,
            self.add_shift_button,
            self.assign_button,
        ):
            button.setEnabled(chosen)
        self.ics_button.setEnabled(bool(self.rows))
        shift, assignment = self._current_shift_row()
        for button in (self.edit_shift_button, self.delete_shift_button):
            button.setEnabled(chosen and shift is not None)
        for button in (self.check_in_button, self.check_out_button, self.unassign_button):
            button.setEnabled(chosen and assignment is not None)

    # --- commands ------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def new_event(self) -> QDialog:
        selected = self.calendar.selectedDate()
        day = dt.date(selected.year(), selected.month(), selected.day())
        dialog = EventDialog(self.ctx, None, self, day=max(day, clock.today()))
        dialog.saved.connect(self.open_record)
        return self._open(dialog)

    def edit_event(self) -> QDialog | None:
        if self.event_id is None:
            return None
        dialog = EventDialog(self.ctx, self.event_id, self)
        dialog.saved.connect(self.open_record)
        return self._open(dialog)

    def _run(self, fn: Callable[..., Any], *args: object, label: str | None = None) -> bool:
        try:
            self.ctx.run(fn, *args, label=label)
        except CoalitionError as exc:
            QMessageBox.warning(self, self.tr("Events"), shown(exc))
            return False
        return True

    def cancel_event(self) -> None:
        if self.event_id is None:
            return
        row = next((r for r in self.rows if r.id == self.event_id), None)
        if row is not None and row.cancelled:
            self._run(event_service.restore_event, self.event_id)
            return
        if ask_to_confirm(
            self,
            self.tr("Cancel “{name}”?").format(name=row.name if row else ""),
            self.tr("It stays listed, marked cancelled; calendars that hold it hear of it."),
            self.tr("Cancel event"),
        ):
            self._run(event_service.cancel_event, self.event_id)

    def delete_event(self) -> None:
        if self.event_id is None:
            return
        row = next((r for r in self.rows if r.id == self.event_id), None)
        if ask_to_confirm(
            self,
            self.tr("Delete “{name}”?").format(name=row.name if row else ""),
            self.tr("Its shifts go with it; its sign-ups stay, with the people. Ctrl+Z undoes."),
        ):
            self._run(event_service.delete_event, self.event_id)

    def add_shift(self) -> QDialog | None:
        if self.event_id is None:
            return None
        return self._open(ShiftDialog(self.ctx, self.event_id, None, self))

    def edit_shift(self) -> QDialog | None:
        shift_id, _assignment = self._current_shift_row()
        if self.event_id is None or shift_id is None:
            return None
        return self._open(ShiftDialog(self.ctx, self.event_id, shift_id, self))

    def delete_shift(self) -> None:
        shift_id, _assignment = self._current_shift_row()
        if shift_id is None:
            return
        if ask_to_confirm(
            self,
            self.tr("Delete this shift?"),
            self.tr("The people on it are taken off it. Ctrl+Z undoes."),
        ):
            self._run(shift_service.delete_shift, shift_id)

    def assign_person(self) -> QDialog | None:
        if self.event_id is None:
            return None
        shift_id, _assignment = self._current_shift_row()
        return self._open(AssignDialog(self.ctx, self.event_id, shift_id, self))

    def check_in(self) -> None:
        _shift, assignment = self._current_shift_row()
        if assignment is not None:
            self._run(shift_service.check_in, assignment)

    def check_out(self) -> None:
        _shift, assignment = self._current_shift_row()
        if assignment is not None:
            self._run(shift_service.check_out, assignment)

    def unassign(self) -> None:
        _shift, assignment = self._current_shift_row()
        if assignment is not None:
            self._run(shift_service.unassign, assignment)

    def print_sheet(self, path: str | None = None) -> str:
        """The shift sheet as a PDF (asking where, unless ``path``); the file written."""
        if self.event_id is None:
            return ""
        with self.ctx.reading() as session:
            sheet = shift_service.shift_sheet(session, self.event_id)
        if path is None:
            from coalition.calls.calendar_export import safe_stem

            path = filedialogs.save_file(
                self,
                self.ctx.settings,
                "shift-sheet",
                self.tr("Print the shift sheet"),
                f"{safe_stem(sheet.event_name, 'event')}-shifts.pdf",
                self.tr("PDF files (*.pdf)"),
            )
        if not path:
            return ""
        try:
            write_sheet(sheet, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Events"), str(exc))
            return ""
        self.ctx.message.emit(self.tr("Shift sheet written to {path}").format(path=path))
        return path

    def export_ics(self, path: str | None = None) -> str:
        """The month's events as an .ics (asking where, unless ``path``); the file written."""
        ids = [r.id for r in self.rows]
        if not ids:
            return ""
        if path is None:
            path = filedialogs.save_file(
                self,
                self.ctx.settings,
                "calendar",
                self.tr("Export the events to a calendar file"),
                "events.ics",
                self.tr("Calendar files (*.ics)"),
            )
        if not path:
            return ""
        with self.ctx.reading() as session:
            data = event_calendar.export_events(session, ids)
        try:
            from coalition.common.files import write_bytes

            write_bytes(path, data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Events"), str(exc))
            return ""
        self.ctx.message.emit(
            self.tr("{count} events written to {path}").format(count=len(ids), path=path)
        )
        return path

    def open_sign_up_table(self) -> None:
        if self.event_id is None:
            return
        # Imported when asked for: the kiosk is a window of its own, rarely opened.
        from coalition.ui.events.kiosk import open_kiosk

        open_kiosk(self, self.ctx, self.event_id)

    def review_matches(self) -> None:
        from coalition.ui.events.review import open_review

        open_review(self, self.ctx)

    def export_consented(self) -> None:
        from coalition.ui.events.consent_export import export_consented_interactively

        export_consented_interactively(self.ctx, self)

    # --- remembered layout ---------------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue("events/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        state = self.ctx.settings.value("events/splitter")
        if state is not None:
            self.splitter.restoreState(state)
