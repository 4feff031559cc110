"""Volunteer shifts at an event: their slots, who takes them, and when each came and went.

A shift's times are wall-clock times in its event's zone, inside the event's day(s).
Check-in and check-out are instants (UTC), kept as they happened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coalition.calls.series import read_wall_time
from coalition.common import clock, validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory.records import _Problems
from coalition.events.events import LOCAL_FORMAT, get_event, instant_of, read_local
from coalition.store.changes import writes
from coalition.store.models import Event, EventStatus, Person, Shift, ShiftAssignment

MAX_SLOTS = 1000


def _moment(value: dt.datetime | dt.time | str, day: dt.date, what: str) -> dt.datetime:
    """A shift's start or end: a whole date and time, or a time of day on ``day``."""
    if isinstance(value, dt.datetime):
        return read_local(value, what)
    if isinstance(value, dt.time):
        return dt.datetime.combine(day, value.replace(second=0, microsecond=0, tzinfo=None))
    text = value.strip()
    if not text:
        raise ValueError(
            QT_TRANSLATE_NOOP("Validation", "the {what} cannot be empty").format(what=what)
        )
    if len(text) > 8:  # a date comes with it
        return read_local(text, what)
    try:
        return dt.datetime.combine(day, read_wall_time(text))
    except ValueError:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Events",
                "'{text}' is not a time for the shift's {what} (like 10:00, or 2026-03-14 10:00)",
            ).format(text=text, what=what)
        ) from None


@dataclass
class ShiftInput:
    """What a shift's editor gives: times of day (on ``day``, by default the event's first
    day) or whole dates and times."""

    start: dt.datetime | dt.time | str
    end: dt.datetime | dt.time | str
    title: str = ""
    slots: int | str = 1
    notes: str = ""
    day: dt.date | str | None = None

    def validated(self, event: Event) -> ShiftInput:
        p = _Problems()
        first, last = event.starts_local.date(), event.ends_local.date()
        day = (
            p.check(
                "day",
                lambda: validation.date(self.day, QT_TRANSLATE_NOOP("Fields", "shift's day")),
                None,
            )
            or first
        )
        start = p.check(
            "start", lambda: _moment(self.start, day, QT_TRANSLATE_NOOP("Fields", "start")), None
        )
        end = p.check(
            "end", lambda: _moment(self.end, day, QT_TRANSLATE_NOOP("Fields", "end")), None
        )
        if start is not None and end is not None and end <= start:
            p.problems["end"] = QT_TRANSLATE_NOOP(
                "Events",
                "the shift must end after it starts (it starts at {start} and ends at {end})",
            ).format(end=f"{end:%H:%M}", start=f"{start:%H:%M}")
        off_day = {
            "start": QT_TRANSLATE_NOOP(
                "Events", "the shift's start ({moment}) is not on the event's day ({days})"
            ),
            "end": QT_TRANSLATE_NOOP(
                "Events", "the shift's end ({moment}) is not on the event's day ({days})"
            ),
        }
        for what, moment in (("start", start), ("end", end)):
            if moment is not None and what not in p.problems and not first <= moment.date() <= last:
                days = (
                    first.isoformat()
                    if first == last
                    else QT_TRANSLATE_NOOP("Events", "{first} to {last}").format(
                        first=first.isoformat(), last=last.isoformat()
                    )
                )
                p.problems[what] = off_day[what].format(
                    moment=f"{moment:{LOCAL_FORMAT}}", days=days
                )

        def slots() -> int:
            number = validation.positive_int(
                self.slots, QT_TRANSLATE_NOOP("Fields", "number of slots")
            )
            if number is None:
                raise ValueError(QT_TRANSLATE_NOOP("Events", "the number of slots cannot be empty"))
            if number > MAX_SLOTS:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Events", "a shift has at most {count} slots").format(
                        count=MAX_SLOTS
                    )
                )
            return number

        title = self.title.strip()
        if len(title) > 200:
            p.problems["title"] = QT_TRANSLATE_NOOP(
                "Events", "the shift's title cannot be longer than 200 characters"
            )
        result = ShiftInput(
            start=start or "",
            end=end or "",
            title=title,
            slots=p.check("slots", slots, 0),
            notes=self.notes.strip(),
            day=day,
        )
        p.raise_if_any()
        return result


def _apply(shift: Shift, event: Event, data: ShiftInput) -> None:
    data = data.validated(event)
    start, end = validation.checked(data.start), validation.checked(data.end)
    assert isinstance(start, dt.datetime) and isinstance(end, dt.datetime)
    slots = int(validation.checked(data.slots))
    if slots < len(shift.assignments):
        raise ValidationError(
            {
                "slots": QT_TRANSLATE_NOOP(
                    "Events",
                    "{count} people are on this shift; "
                    "take someone off before giving it fewer slots",
                ).format(count=len(shift.assignments))
            }
        )
    shift.starts_local, shift.ends_local = start, end
    shift.title = data.title
    shift.slots = slots
    shift.notes = data.notes


@writes(QT_TRANSLATE_NOOP("Changes", "Add shift"))
def add_shift(session: Session, event_id: str, data: ShiftInput) -> Shift:
    event = get_event(session, event_id)
    shift = Shift(event_id=event.id, title="", notes="")
    _apply(shift, event, data)
    event.shifts.append(shift)
    return shift


@writes(QT_TRANSLATE_NOOP("Changes", "Edit shift"))
def update_shift(session: Session, shift_id: str, data: ShiftInput) -> Shift:
    shift = get_shift(session, shift_id)
    _apply(shift, shift.event, data)
    return shift


@writes(QT_TRANSLATE_NOOP("Changes", "Delete shift"))
def delete_shift(session: Session, shift_id: str) -> None:
    session.delete(get_shift(session, shift_id))


def get_shift(session: Session, shift_id: str) -> Shift:
    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Events", "that shift no longer exists"))
    return shift


def get_assignment(session: Session, assignment_id: str) -> ShiftAssignment:
    row = session.get(ShiftAssignment, assignment_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Events", "that person is no longer on the shift"))
    return row


def shift_label(shift: Shift) -> str:
    """'Table, 10:00–12:00'."""
    times = f"{shift.starts_local:%H:%M}–{shift.ends_local:%H:%M}"
    return f"{shift.title}, {times}" if shift.title else times


@writes(QT_TRANSLATE_NOOP("Changes", "Assign to shift"))
def assign(session: Session, shift_id: str, person_id: str) -> ShiftAssignment:
    """``person_id`` on the shift; refused when the shift is full or they are on it."""
    shift = get_shift(session, shift_id)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Events", "that person is no longer in the directory")
        )
    if any(a.person_id == person_id for a in shift.assignments):
        raise ValidationError(
            {
                "person": QT_TRANSLATE_NOOP(
                    "Events", "{name} is already on the shift {shift}"
                ).format(name=person.name, shift=shift_label(shift))
            }
        )
    if len(shift.assignments) >= shift.slots:
        raise ValidationError(
            {
                "person": QT_TRANSLATE_NOOP(
                    "Events",
                    "the shift {shift} is full ({taken} of {slots} slots taken); "
                    "give it another slot first",
                ).format(shift=shift_label(shift), taken=len(shift.assignments), slots=shift.slots)
            }
        )
    row = ShiftAssignment(person_id=person_id, notes="")
    shift.assignments.append(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Take off shift"))
def unassign(session: Session, assignment_id: str) -> None:
    session.delete(get_assignment(session, assignment_id))


def _at(at: dt.datetime | None) -> dt.datetime:
    moment = at if at is not None else clock.now()
    if moment.tzinfo is None:
        raise ValueError(QT_TRANSLATE_NOOP("Events", "a check-in time needs its zone"))
    return moment.astimezone(dt.UTC).replace(microsecond=0)


@writes(QT_TRANSLATE_NOOP("Changes", "Check in"))
def check_in(
    session: Session, assignment_id: str, at: dt.datetime | None = None
) -> ShiftAssignment:
    row = get_assignment(session, assignment_id)
    if row.checked_in_at is not None:
        raise ValidationError(
            {
                "checked_in_at": QT_TRANSLATE_NOOP(
                    "Events", "{name} has checked in already for this shift"
                ).format(name=row.person.name)
            }
        )
    row.checked_in_at = _at(at)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Check out"))
def check_out(
    session: Session, assignment_id: str, at: dt.datetime | None = None
) -> ShiftAssignment:
    row = get_assignment(session, assignment_id)
    if row.checked_in_at is None:
        raise ValidationError(
            {
                "checked_out_at": QT_TRANSLATE_NOOP(
                    "Events", "{name} has not checked in yet: check in first"
                ).format(name=row.person.name)
            }
        )
    moment = _at(at)
    if moment < row.checked_in_at:
        zone = ZoneInfo(row.shift.event.time_zone)
        raise ValidationError(
            {
                "checked_out_at": QT_TRANSLATE_NOOP(
                    "Events", "a check-out cannot come before the check-in ({time})"
                ).format(time=f"{row.checked_in_at.astimezone(zone):%H:%M}")
            }
        )
    row.checked_out_at = moment
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Note shift reminders"))
def mark_reminded(session: Session, assignment_ids: list[str], at: dt.datetime) -> None:
    """Note that these people were reminded of their shift (the reminder is never sent
    twice)."""
    for assignment_id in assignment_ids:
        row = session.get(ShiftAssignment, assignment_id)
        if row is not None:
            row.reminded_at = at


def shifts_starting(session: Session, start: dt.datetime, end: dt.datetime) -> list[Shift]:
    """The shifts (of active events) that start from ``start`` to ``end`` (UTC)."""
    margin = dt.timedelta(days=15)
    found = session.scalars(
        select(Shift)
        .join(Event, Event.id == Shift.event_id)
        .where(
            Event.status == EventStatus.ACTIVE,
            Event.starts_at < end + dt.timedelta(days=1),
            Event.starts_at > start - margin,
        )
        .options(selectinload(Shift.assignments).selectinload(ShiftAssignment.person))
    )
    return [s for s in found if start <= instant_of(s.starts_local, s.event.time_zone) < end]


def shift_start(shift: Shift) -> dt.datetime:
    """The instant the shift starts (UTC)."""
    return instant_of(shift.starts_local, shift.event.time_zone)


# --- the printable sheet --------------------------------------------------------------------


@dataclass(frozen=True)
class SheetLine:
    """One line of a shift on the sheet: a person on it, or an open slot (name "")."""

    assignment_id: str | None
    name: str
    phone: str
    checked_in: dt.datetime | None  # wall clock in the event's zone
    checked_out: dt.datetime | None


@dataclass(frozen=True)
class SheetShift:
    id: str
    title: str
    starts_local: dt.datetime
    ends_local: dt.datetime
    slots: int
    lines: list[SheetLine]  # the people on it, then a blank line per open slot

    @property
    def taken(self) -> int:
        return sum(1 for line in self.lines if line.assignment_id is not None)


@dataclass(frozen=True)
class ShiftSheet:
    event_id: str
    event_name: str
    starts_local: dt.datetime
    ends_local: dt.datetime
    time_zone: str
    place: str
    shifts: list[SheetShift]


def _phone(person: Person) -> str:
    return person.phones[0].number if person.phones else ""


def shift_sheet(session: Session, event_id: str) -> ShiftSheet:
    """The event's shifts as a sheet to print: each shift's time, title and slots, the
    people on it with a phone, a blank line for each open slot, and when each checked in
    and out (on the event's clock)."""
    event = get_event(session, event_id)
    zone = ZoneInfo(event.time_zone)

    def local(moment: dt.datetime | None) -> dt.datetime | None:
        return moment.astimezone(zone).replace(tzinfo=None) if moment is not None else None

    shifts: list[SheetShift] = []
    for shift in event.shifts:
        people = sorted(shift.assignments, key=lambda a: a.person.sort_name or a.person.name)
        lines = [
            SheetLine(
                a.id,
                a.person.name,
                _phone(a.person),
                local(a.checked_in_at),
                local(a.checked_out_at),
            )
            for a in people
        ]
        lines += [SheetLine(None, "", "", None, None)] * max(0, shift.slots - len(lines))
        shifts.append(
            SheetShift(
                shift.id, shift.title, shift.starts_local, shift.ends_local, shift.slots, lines
            )
        )
    return ShiftSheet(
        event.id,
        event.name,
        event.starts_local,
        event.ends_local,
        event.time_zone,
        event.place,
        shifts,
    )


__all__ = [
    "ShiftInput",
    "ShiftSheet",
    "add_shift",
    "assign",
    "check_in",
    "check_out",
    "delete_shift",
    "get_shift",
    "mark_reminded",
    "shift_sheet",
    "shifts_starting",
    "unassign",
    "update_shift",
]
