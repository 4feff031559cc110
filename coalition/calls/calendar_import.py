"""A partner's iCalendar (RFC 5545) file read in as single calls.

The file is read with icalendar and checked before anything is stored (a file cut short,
an unreadable date, a zone it does not define are refused, naming the line or the event);
its recurring events are expanded with recurring_ical_events into one-off calls, keyed by
UID (and the week's RECURRENCE-ID) so that importing the same file again adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import icalendar
import recurring_ical_events
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common import clock, validation
from coalition.common.errors import CoalitionError, ImportFileError
from coalition.store.changes import writes
from coalition.store.models import CallOccurrence, CallSeries

UTC = dt.UTC
# The properties an event's timing hangs on: a file with one of them unreadable is refused.
_TIMING = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")
# Column widths of CallOccurrence (PostgreSQL enforces them; SQLite does not).
_TITLE_MAX, _LOCATION_MAX, _SOURCE_MAX, _UID_MAX = 200, 500, 200, 200


@dataclass
class ImportReport:
    """What an import did, as sentences for the command line and the window."""

    source: str
    window: tuple[dt.date, dt.date]  # where recurring events were expanded
    imported: list[str] = field(default_factory=list)
    already: int = 0  # imported before, or calls of Coalition's own series
    recurring: int = 0
    cancelled: int = 0
    all_day: list[str] = field(default_factory=list)
    too_long: list[str] = field(default_factory=list)
    floating: int = 0

    def lines(self) -> list[str]:
        result = [f"Imported {_count(len(self.imported), 'call')} from {self.source}"]
        if self.recurring:
            first, last = self.window
            result.append(
                f"Expanded {_count(self.recurring, 'recurring event')} into single calls "
                f"from {first.isoformat()} to {last.isoformat()}"
            )
        if self.already:
            result.append(
                f"Skipped {_count(self.already, 'call')} already in Coalition (imported before)"
            )
        if self.cancelled:
            result.append(f"Skipped {_count(self.cancelled, 'cancelled call')}")
        if self.all_day:
            result.append(
                f"Skipped {_count(len(self.all_day), 'all-day event')} (a call has a time of day): "
                + ", ".join(sorted(set(self.all_day)))
            )
        if self.too_long:
            result.append(
                f"Skipped {_count(len(self.too_long), 'event')} longer than a day: "
                + ", ".join(sorted(set(self.too_long)))
            )
        if self.floating:
            result.append(f"Read {_count(self.floating, 'call')} with no time zone as UTC")
        return result


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


@dataclass(frozen=True)
class _Found:
    """One event instance to import, read and checked before anything is written."""

    uid: str  # as stored: with the week, for an instance of a recurring event
    event_uid: str  # as in the file
    title: str
    start: dt.datetime
    minutes: int
    zone: str
    location: str
    notes: str


def _event_name(event: icalendar.cal.Component) -> str:
    summary = str(event.get("SUMMARY", "")).strip()
    return f"the event '{summary}'" if summary else f"the event {event.get('UID', '(without UID)')}"


def _check_nesting(path: Path, text: bytes) -> None:
    """Refuse a component that is never closed, or closed by the wrong END, naming its
    line: the parser itself only says it found no calendar."""
    open_components: list[tuple[str, int]] = []
    for number, line in enumerate(text.decode("utf-8", "replace").split("\n"), start=1):
        key, _, value = line.rstrip("\r").partition(":")
        name = value.strip().upper()
        if key.upper() == "BEGIN":
            open_components.append((name, number))
        elif key.upper() == "END":
            if (
                open_components
                and open_components[-1][0] != name
                and any(name == opened for opened, _ in open_components)
            ):
                inner, begun = open_components[-1]
                raise ImportFileError(f"{path}: BEGIN:{inner} on line {begun} has no END:{inner}")
            if not open_components or open_components[-1][0] != name:
                raise ImportFileError(f"{path}: END:{name} on line {number} closes nothing")
            open_components.pop()
    if open_components:
        name, number = open_components[-1]
        raise ImportFileError(f"{path}: BEGIN:{name} on line {number} has no END:{name}")


def _read_calendar(path: Path) -> icalendar.Calendar:
    """The file parsed, or :class:`ImportFileError` saying what is wrong with it."""
    data = _file_bytes(path)
    text = data.strip(b"\xef\xbb\xbf \t\r\n")
    _check_outline(path, text)
    _check_nesting(path, text)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise ImportFileError(f"{path} cannot be read as iCalendar: {exc}") from None
    events = calendar.walk("VEVENT")
    if not events:
        raise ImportFileError(f"{path} holds no events (no VEVENT)")
    for event in events:
        _check_event(path, event)
    return calendar


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, or :class:`ImportFileError` saying why they cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not an iCalendar file") from None
    except OSError as exc:
        raise ImportFileError(f"cannot read {path}: {exc.strerror}") from None


def _check_outline(path: Path, text: bytes) -> None:
    """Refuse an empty file, one that is not iCalendar, and one cut short."""
    if not text:
        raise ImportFileError(f"{path} is empty")
    if not text[:15].upper().startswith(b"BEGIN:VCALENDAR"):
        raise ImportFileError(
            f"{path} is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"
        )
    if not text[-13:].upper().endswith(b"END:VCALENDAR"):
        raise ImportFileError(f"{path} is cut short: it ends before END:VCALENDAR")


def _check_event(path: Path, event: icalendar.cal.Component) -> None:
    """Refuse an event whose timing cannot be trusted: an unreadable or missing start,
    a property RFC 5545 allows once given twice, a time zone the file does not define."""
    for name, problem in event.errors:
        if name in _TIMING:
            raise ImportFileError(
                f"{path}: {_event_name(event)} has an unreadable {name} ({problem})"
            )
    if "DTSTART" not in event:
        raise ImportFileError(f"{path}: {_event_name(event)} has no start (DTSTART)")
    for name in ("DTSTART", "DTEND", "DTSTAMP", "RECURRENCE-ID", "UID", "DURATION"):
        if isinstance(event.get(name), list):
            raise ImportFileError(
                f"{path}: {_event_name(event)} has more than one {name}, which RFC 5545 forbids"
            )
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        prop = event.get(name)
        if prop is not None and "TZID" in prop.params and getattr(prop.dt, "tzinfo", UTC) is None:
            raise ImportFileError(
                f"{path}: {_event_name(event)} uses the time zone '{prop.params['TZID']}', "
                "which the file does not define (no VTIMEZONE)"
            )


def _recurring_uids(calendar: icalendar.Calendar) -> set[str]:
    return {
        str(e.get("UID", ""))
        for e in calendar.walk("VEVENT")
        if {"RRULE", "RDATE", "RECURRENCE-ID"} & set(e)
    }


def _instances(
    path: Path, calendar: icalendar.Calendar, first: dt.date, last: dt.date
) -> Iterable[icalendar.Event]:
    """Every instance of the file's events: recurring ones expanded in [first, last],
    single ones whatever their date (they are not a rule that runs on for ever)."""
    recurring = _recurring_uids(calendar)
    try:
        expanded = recurring_ical_events.of(calendar).between(first, last + dt.timedelta(days=1))
        yield from (e for e in expanded if str(e.get("UID", "")) in recurring)
    # A malformed property the library only trips over while expanding (an empty
    # SEQUENCE compared with a number) is the file's fault, said as such.
    except (recurring_ical_events.InvalidCalendar, ValueError, TypeError) as exc:
        raise ImportFileError(f"{path}: the events cannot be expanded: {exc}") from None
    yield from (
        e
        for e in calendar.walk("VEVENT")
        if isinstance(e, icalendar.Event) and str(e.get("UID", "")) not in recurring
    )


def _stored_uid(uid: str, recurrence_id: dt.datetime | None) -> str:
    """The uid kept for an instance: the event's own, with the week it stands for (its
    RECURRENCE-ID, which a move leaves alone) when the event recurs; hashed when too long
    for the column."""
    if recurrence_id is not None:
        if recurrence_id.tzinfo is not None:
            stamp = recurrence_id.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        else:
            stamp = recurrence_id.strftime("%Y%m%dT%H%M%S")
        uid = f"{uid}#{stamp}"
    if len(uid) > _UID_MAX:
        uid = f"{hashlib.sha256(uid.encode()).hexdigest()}@import"
    return uid


def _found(
    path: Path, calendar: icalendar.Calendar, first: dt.date, last: dt.date, report: ImportReport
) -> list[_Found]:
    recurring = _recurring_uids(calendar)
    report.recurring = len(recurring)
    result: list[_Found] = []
    for event in _instances(path, calendar, first, last):
        title = str(event.get("SUMMARY", "")).strip() or f"Event from {path.name}"
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            report.cancelled += 1
            continue
        start, end = event.start, event.end
        if not isinstance(start, dt.datetime):
            report.all_day.append(title)
            continue
        minutes = round((end - start).total_seconds() / 60)
        if minutes > 24 * 60:
            report.too_long.append(title)
            continue
        zone = getattr(start.tzinfo, "key", None)
        if start.tzinfo is None:  # floating time: the same wall clock everywhere
            report.floating += 1
            start, zone = start.replace(tzinfo=UTC), "UTC"
        elif not _is_iana(zone):
            start, zone = start.astimezone(UTC), "UTC"
        uid = (
            str(event.get("UID", "")).strip()
            or hashlib.sha256(f"{title}|{start.isoformat()}".encode()).hexdigest()
        )
        rid = event.get("RECURRENCE-ID")
        result.append(
            _Found(
                uid=_stored_uid(uid, rid.dt if uid in recurring and rid is not None else None),
                event_uid=uid,
                title=title[:_TITLE_MAX],
                start=start,
                minutes=max(1, minutes),  # an event with no end is a moment: one minute
                zone=zone,
                location=str(event.get("LOCATION", "")).strip()[:_LOCATION_MAX],
                notes=str(event.get("DESCRIPTION", "")).strip(),
            )
        )
    return result


def _is_iana(zone: str | None) -> bool:
    """Whether the app can keep ``zone`` (a zone made from a file's own VTIMEZONE cannot)."""
    if not zone:
        return False
    try:
        return bool(validation.time_zone(zone))
    except ValueError:
        return False


@writes("Import calendar")
def _store(session: Session, found: list[_Found], source: str, report: ImportReport) -> None:
    known = set(session.scalars(select(CallOccurrence.uid).where(CallOccurrence.uid != "")))
    ours = set(session.scalars(select(CallSeries.uid)))  # a file Coalition itself wrote
    for item in found:
        if item.uid in known or item.event_uid in ours:
            report.already += 1
            continue
        known.add(item.uid)
        calls.create_one_off(
            session,
            item.title,
            item.start,
            item.minutes,
            item.zone,
            location=item.location,
            notes=item.notes,
            source=source[:_SOURCE_MAX],
            uid=item.uid,
        )
        report.imported.append(item.title)


def import_ics(
    session: Session,
    path: str | os.PathLike[str],
    *,
    expand_until: dt.date | None = None,
    expand_from: dt.date | None = None,
) -> ImportReport:
    """Import a partner's .ics as one-off calls, all or nothing (one transaction).

    Recurring events are expanded from ``expand_from`` (default: a year ago) to
    ``expand_until`` (default: a year from today), both included; single events are
    imported whatever their date.  Each call keeps the event's zone when it is an IANA
    zone, else its instant in UTC; a floating time (no zone at all) is read as UTC.
    All-day events are skipped, not imported at midnight: a call has a time of day, and
    a date has no zone to put that midnight in.  Cancelled instances and events longer than
    a day are skipped too.  Events already imported (same UID and week) or that are Coalition's
    own series are skipped, so importing a file twice adds nothing.

    Raises :class:`ImportFileError`, naming the file and what is wrong, when the file is
    not iCalendar, is cut short, holds no event or an unreadable date; nothing is stored.
    """
    source = Path(path)
    today = clock.today()
    first = expand_from or today - dt.timedelta(days=365)
    last = expand_until or today + dt.timedelta(days=365)
    if last < first:
        raise CoalitionError(
            f"the expansion ends ({last.isoformat()}) before it begins ({first.isoformat()})"
        )
    report = ImportReport(source=source.name, window=(first, last))
    calendar = _read_calendar(source)
    found = _found(source, calendar, first, last, report)
    _store(session, found, source.name, report)
    return report
