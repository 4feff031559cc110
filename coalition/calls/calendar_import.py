"""A partner's iCalendar (RFC 5545) file read in as single calls.

The file is decoded and read line by line first (:mod:`coalition.calls.ics_text`: its
charset, what is repaired, what is left out, a file cut short or binary refused naming
the line), and its times placed by its own zones (:mod:`coalition.calls.ics_zones`).
Single events, nearly all of a busy calendar, are read straight from their lines; events
that recur (and their moved weeks) are read with icalendar and expanded with
recurring_ical_events into one-off calls.  Each call is keyed by UID (and the week's
RECURRENCE-ID) so that importing the same file again adds nothing.  Everything is read
and checked before anything is stored, and stored in one transaction: all or nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import icalendar
import recurring_ical_events
from icalendar.error import GloballyUniqueTZIDGuessed
from icalendar.prop import vDuration
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import ics_text
from coalition.calls.ics_text import Block, Outline
from coalition.calls.ics_zones import FileZones
from coalition.common import clock
from coalition.common.errors import CoalitionError, ImportFileError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.changes import insert_rows, new_row, writes
from coalition.store.models import CallOccurrence, CallSeries, CallStatus

UTC = dt.UTC
# (done, total): called as the file is read and the calls stored; raising from it (see
# :class:`ImportCancelled`) stops the import with nothing stored.
Progress = Callable[[int, int], None]
# The properties an event's timing hangs on: a file with one of them unreadable is refused.
_TIMING = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")
_ONCE = ("DTSTART", "DTEND", "DTSTAMP", "RECURRENCE-ID", "UID", "DURATION")
_RECURRING = frozenset({"RRULE", "RDATE", "RECURRENCE-ID", "EXRULE"})
_ZONED = ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE")
# Column widths of CallOccurrence (PostgreSQL enforces them; SQLite does not).
_TITLE_MAX, _LOCATION_MAX, _SOURCE_MAX, _UID_MAX = 200, 500, 200, 200
_STEP = 500  # events read, or calls stored, between two calls of ``progress``
# A series making more calls than this in the window is no coalition call (a rule of
# every hour, or every second, written by mistake or on purpose): refused, not expanded.
MAX_PER_SERIES = 5_000
_PROPERTY = re.compile(r'([A-Z0-9_-]+)((?:;(?:[^";:]|"[^"]*")*)*):(.*)', re.S)
_PARAMETER = re.compile(r';([^=;:"]+)=("[^"]*"|[^;:"]*)')
_STAMP = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?")
_ESCAPE = re.compile(r"\\([\\;,nN])")
# Marks an event whose floating start was read in the calendar's X-WR-TIMEZONE.
_FLOATING = "X-COALITION-FLOATING"


class ImportCancelled(CoalitionError):
    """The person stopped the import: nothing is stored."""

    def __init__(self) -> None:
        super().__init__("The import was stopped; nothing was imported.")


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
    floating_zone: str = ""  # the calendar's X-WR-TIMEZONE, where floating times went
    charset: str = ""
    notes: list[str] = field(default_factory=list)  # zones, repairs, what was left out
    updated: list[str] = field(default_factory=list)  # imported before, changed in the file
    dropped: list[str] = field(default_factory=list)  # imported before, gone from the file

    def lines(self) -> list[str]:
        result = [f"Imported {_count(len(self.imported), 'call')} from {self.source}"]
        if self.charset:
            result.append(f"Read the file as {self.charset}")
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
        if self.updated:
            result.append(
                f"Updated {_count(len(self.updated), 'call')} imported before that the file "
                "now gives another time, title or place: " + ", ".join(sorted(set(self.updated)))
            )
        if self.dropped:
            result.append(
                f"Cancelled {_count(len(self.dropped), 'call')} imported before that the file "
                "no longer holds: " + ", ".join(sorted(set(self.dropped)))
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
        if self.floating and self.floating_zone:
            result.append(
                f"Read {_count(self.floating, 'call')} with no time zone in "
                f"{self.floating_zone} (the calendar's X-WR-TIMEZONE)"
            )
        elif self.floating:
            result.append(f"Read {_count(self.floating, 'call')} with no time zone as UTC")
        return result + self.notes


def _count(number: int, noun: str, plural: str = "") -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


@dataclass(frozen=True)
class _Placed:
    """How a call's start was placed: the zone it keeps (None: a floating time with no
    calendar zone, kept in UTC), whether it had no zone at all, and the TZID whose own
    rules in the file differ from the database's there ("" when they do not)."""

    zone: str | None
    floating: bool = False
    differs: str = ""


@dataclass(frozen=True)
class _Found:
    """One event instance to import, read and checked before anything is written."""

    uid: str  # as stored: with the week, for an instance of a recurring event
    event_uid: str  # as in the file
    title: str
    start: dt.datetime  # in UTC
    minutes: int
    zone: str
    location: str
    notes: str


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, or :class:`ImportFileError` saying why they cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Calls", "{path} does not exist").format(path=path)
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Calls", "{path} is a folder, not an iCalendar file").format(
                path=path
            )
        ) from None
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Calls", "cannot read {path}: {strerror}").format(
                path=path, strerror=exc.strerror
            )
        ) from None


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)


def _event_name(summary: str, uid: str) -> str:
    if summary:
        return QT_TRANSLATE_NOOP("Calls", "the event '{summary}'").format(summary=summary)
    if uid:
        return QT_TRANSLATE_NOOP("Calls", "the event {uid}").format(uid=uid)
    return QT_TRANSLATE_NOOP("Calls", "the event (without UID)")


class _Reader:
    """Reads one file's events into :class:`_Found` calls (see the module)."""

    def __init__(
        self,
        path: Path,
        outline: Outline,
        window: tuple[dt.date, dt.date],
        report: ImportReport,
        progress: Progress | None,
    ) -> None:
        self.path, self.outline, self.window, self.report = path, outline, window, report
        self.name = path.name
        self.zones = FileZones(str(path), outline)
        self.progress = progress
        self.found: list[_Found] = []
        self._uids: dict[str, str] = {}  # the calls' uids so far, and their titles
        self.total = 2 * len(outline.events)  # read, then stored (a guess until expanded)
        self.done = 0

    def tick(self, step: int = 1) -> None:
        self.done += step
        if self.progress is not None and (self.done % _STEP == 0 or step > 1):
            self.progress(self.done, self.total)

    def read(self) -> list[_Found]:
        recurring = {
            uid for event in self.outline.events if (uid := _recurring_uid(event)) is not None
        }
        self.report.recurring = len(recurring)
        slow: list[Block] = []
        for block in self.outline.events:
            properties = _properties(block)
            uid = properties.get("UID", [("", "")])[0][1].strip()
            if uid in recurring:
                slow.append(block)
            else:
                self._single(properties, uid)
            self.tick()
        if slow:
            self._recurring(slow)
        return self.found

    # --- single events, read from their lines -----------------------------------------------

    def _refuse(self, what: str, summary: str, uid: str) -> ImportFileError:
        return ImportFileError(
            QT_TRANSLATE_NOOP("Calls", "{path}: {event} {problem}").format(
                path=self.path, event=_event_name(summary, uid), problem=what
            )
        )

    def _single(self, properties: dict[str, list[tuple[str, str]]], uid: str) -> None:
        summary = _unescape(properties.get("SUMMARY", [("", "")])[0][1]).strip()
        for name in _ONCE:
            if len(properties.get(name, ())) > 1:
                raise self._refuse(
                    QT_TRANSLATE_NOOP(
                        "Calls", "has more than one {name}, which RFC 5545 forbids"
                    ).format(name=name),
                    summary,
                    uid,
                )
        if "DTSTART" not in properties:
            raise self._refuse(QT_TRANSLATE_NOOP("Calls", "has no start (DTSTART)"), summary, uid)
        title = summary or f"Event from {self.name}"
        start, placed = self._moment("DTSTART", properties, summary, uid)
        if "DTEND" in properties:
            end, _ = self._moment("DTEND", properties, summary, uid)
        elif "DURATION" in properties:
            try:
                length = vDuration.from_ical(properties["DURATION"][0][1].strip())  # type: ignore[no-untyped-call]
                end = start + length
            except (ValueError, TypeError) as exc:
                raise self._refuse(
                    QT_TRANSLATE_NOOP("Calls", "has an unreadable DURATION ({exc})").format(
                        exc=exc
                    ),
                    summary,
                    uid,
                ) from None
        else:
            end = start if isinstance(start, dt.datetime) else start + dt.timedelta(days=1)
        status = properties.get("STATUS", [("", "")])[0][1].strip().upper()
        if status == "CANCELLED":
            self.report.cancelled += 1
            return
        if not isinstance(start, dt.datetime):
            self.report.all_day.append(title)
            return
        if not isinstance(end, dt.datetime):
            raise self._refuse(
                QT_TRANSLATE_NOOP("Calls", "ends on a date but starts at a time"), summary, uid
            )
        self._add(
            title,
            uid,
            None,
            (start, end),
            placed,
            _unescape(properties.get("LOCATION", [("", "")])[0][1]),
            _unescape(properties.get("DESCRIPTION", [("", "")])[0][1]),
        )

    def _moment(
        self, name: str, properties: dict[str, list[tuple[str, str]]], summary: str, uid: str
    ) -> tuple[dt.date | dt.datetime, _Placed]:
        """A start or end: a date, or a time as an aware datetime (in UTC) with how it
        was placed (see :class:`_Placed`)."""
        params, value = properties[name][0]
        parameters = {k.upper(): v.strip('"') for k, v in _PARAMETER.findall(params)}
        match = _STAMP.fullmatch(value.strip())
        try:
            if match is None:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Calls", "'{value}' is not a date or a time").format(
                        value=value.strip()[:40]
                    )
                )
            year, month, day, hour, minute, second, z = match.groups()
            date = dt.date(int(year), int(month), int(day))
            if hour is None:
                return date, _Placed(None)
            if parameters.get("VALUE", "").upper() == "DATE":
                raise ValueError(QT_TRANSLATE_NOOP("Calls", "a time where the event says a date"))
            local = dt.datetime(
                int(year), int(month), int(day), int(hour), int(minute), min(int(second), 59)
            )
        except ValueError as exc:
            raise self._refuse(
                QT_TRANSLATE_NOOP("Calls", "has an unreadable {name} ({exc})").format(
                    name=name, exc=exc
                ),
                summary,
                uid,
            ) from None
        if z:
            return local.replace(tzinfo=UTC), _Placed(self.zones.calendar_zone_name or "UTC")
        tzid = parameters.get("TZID")
        if tzid:
            if self.zones.zone(tzid) is None:
                raise self._undefined(tzid, summary, uid)
            instant, zone, differs = self.zones.place(local, tzid)
            return instant, _Placed(zone, differs=tzid if differs else "")
        if (calendar_zone := self.zones.calendar_zone_name) is not None:
            instant, zone, _ = self.zones.place(local, calendar_zone)
            return instant, _Placed(zone, floating=True)
        return local.replace(tzinfo=UTC), _Placed(None, floating=True)

    def _undefined(self, tzid: str, summary: str, uid: str) -> ImportFileError:
        return self._refuse(
            QT_TRANSLATE_NOOP(
                "Calls",
                "uses the time zone '{tzid}', which the file does not define (no VTIMEZONE)",
            ).format(tzid=tzid),
            summary,
            uid,
        )

    def _add(
        self,
        title: str,
        uid: str,
        recurrence_id: dt.datetime | dt.date | None,
        times: tuple[dt.datetime, dt.datetime],
        placed: _Placed,
        location: str,
        notes: str,
    ) -> None:
        start, end = times
        minutes = round((end - start).total_seconds() / 60)
        if minutes < 0:  # kept, as a moment, and said: its end is the file's mistake
            self.report.notes.append(
                f"Repaired: “{title}” ends before it begins: kept as a call of one minute"
            )
        if minutes > 24 * 60:
            self.report.too_long.append(title)
            return
        self.report.floating += placed.floating
        if placed.differs:
            self.zones.differs(placed.differs)
        uid = uid or hashlib.sha256(f"{title}|{start.isoformat()}".encode()).hexdigest()
        stored = _stored_uid(uid, recurrence_id)
        if stored in self._uids:
            # Two events of one UID (RFC 5545 allows one): the second is a call too, kept
            # under its start; dropped as "imported before", it was lost.
            self.report.notes.append(
                f"Two events share the UID {uid} (“{self._uids[stored]}” and “{title}”): "
                "both were read, each as its own call"
            )
            stored = _stored_uid(uid, start)
        self._uids[stored] = title
        self.found.append(
            _Found(
                uid=stored,
                event_uid=uid,
                title=title[:_TITLE_MAX],
                start=start,
                minutes=max(1, minutes),  # an event with no end is a moment: one minute
                zone=placed.zone or "UTC",
                location=location.strip()[:_LOCATION_MAX],
                notes=notes.strip(),
            )
        )

    # --- recurring events, expanded -------------------------------------------------------

    def _recurring(self, blocks: list[Block]) -> None:
        text = "".join(
            [
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Coalition//import//EN\r\n",
                *(zone.text() for zone in self.outline.timezones),
                *(block.text() for block in blocks),
                "END:VCALENDAR\r\n",
            ]
        )
        try:
            # icalendar warns that it guessed what a /vendor/Area/City TZID means: the
            # zones are this file's own here (see _rezone), however icalendar read them.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
                calendar = icalendar.Calendar.from_ical(text)
        except ValueError as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Calls", "{path} cannot be read as iCalendar: {exc}").format(
                    path=self.path, exc=exc
                )
            ) from None
        for event in calendar.walk("VEVENT"):
            self._check_event(event)
            self._rezone(event)
        first, last = self.window
        try:
            instances = self._expanded(calendar, first, last)
        # A malformed property the library only trips over while expanding (an empty
        # SEQUENCE compared with a number) is the file's fault, said as such.
        except (recurring_ical_events.InvalidCalendar, ValueError, TypeError) as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Calls", "{path}: the events cannot be expanded: {exc}").format(
                    path=self.path, exc=exc
                )
            ) from None
        self.total += len(instances)
        for event in instances:
            self._instance(event)

    def _expanded(
        self, calendar: icalendar.Calendar, first: dt.date, last: dt.date
    ) -> list[icalendar.Event]:
        """The calls of the window, a month at a time: a rule of every hour makes 17,000
        calls a year (and one of every minute, every second, is refused before this), so
        a series that makes more than :data:`MAX_PER_SERIES` is refused as soon as it
        has, and the person can stop the import between two months."""
        query = recurring_ical_events.of(calendar)
        per_series: Counter[str] = Counter()
        seen: set[tuple[str, str]] = set()
        instances: list[icalendar.Event] = []
        start, end = first, last + dt.timedelta(days=1)
        while start < end:
            stop = min(start + dt.timedelta(days=31), end)
            for event in query.between(start, stop):
                uid = str(event.get("UID", ""))
                when = event.get("RECURRENCE-ID") or event.get("DTSTART")
                key = (uid, when.to_ical().decode() if when is not None else "")
                if key in seen:  # across the end of a month: met in both
                    continue
                seen.add(key)
                per_series[uid] += 1
                if per_series[uid] > MAX_PER_SERIES:
                    raise self._refuse(
                        QT_TRANSLATE_NOOP(
                            "Calls",
                            "repeats more than {count} times between {first} and {last} (its "
                            "rule: {rule}): no coalition call is held that often; nothing was "
                            "imported",
                        ).format(
                            count=f"{MAX_PER_SERIES:,}",
                            first=first.isoformat(),
                            last=last.isoformat(),
                            rule=_rule_of(calendar, uid),
                        ),
                        str(event.get("SUMMARY", "")).strip(),
                        uid,
                    )
                instances.append(event)
            if self.progress is not None:
                self.progress(self.done, self.total + len(instances))  # Stop is heard here
            start = stop
        return instances

    def _check_event(self, event: icalendar.cal.Component) -> None:
        """Refuse an event whose timing cannot be trusted: an unreadable or missing start,
        a property RFC 5545 allows once given twice, a time zone the file does not define."""
        summary = str(event.get("SUMMARY", "")).strip()
        uid = str(event.get("UID", ""))
        for name, problem in event.errors:
            if name in _TIMING:
                raise self._refuse(
                    QT_TRANSLATE_NOOP("Calls", "has an unreadable {name} ({problem})").format(
                        name=name, problem=problem
                    ),
                    summary,
                    uid,
                )
        if "DTSTART" not in event:
            raise self._refuse(QT_TRANSLATE_NOOP("Calls", "has no start (DTSTART)"), summary, uid)
        for name in _ONCE:
            if isinstance(event.get(name), list):
                raise self._refuse(
                    QT_TRANSLATE_NOOP(
                        "Calls", "has more than one {name}, which RFC 5545 forbids"
                    ).format(name=name),
                    summary,
                    uid,
                )
        rule = event.get("RRULE")
        frequency = str((rule.get("FREQ") or [""])[0]).upper() if rule is not None else ""
        if frequency in ("SECONDLY", "MINUTELY"):  # expanding it takes minutes and gigabytes
            raise self._refuse(
                (
                    QT_TRANSLATE_NOOP(
                        "Calls",
                        "repeats every second (its rule: {rule}): no coalition call is held "
                        "that often; nothing was imported",
                    )
                    if frequency == "SECONDLY"
                    else QT_TRANSLATE_NOOP(
                        "Calls",
                        "repeats every minute (its rule: {rule}): no coalition call is held "
                        "that often; nothing was imported",
                    )
                ).format(rule=rule.to_ical().decode()),
                summary,
                uid,
            )

    def _rezone(self, event: icalendar.cal.Component) -> None:
        """Put each time of the event in this file's own zones (see ics_zones), whatever
        zone icalendar's process-wide cache gave it."""
        summary = str(event.get("SUMMARY", "")).strip()
        uid = str(event.get("UID", ""))
        for name in _ZONED:
            values = event.get(name)
            for prop in values if isinstance(values, list) else [values]:
                if prop is None:
                    continue
                tzid = prop.params.get("TZID")
                for value in getattr(prop, "dts", [prop]):
                    moment = value.dt
                    if not isinstance(moment, dt.datetime):
                        continue
                    if tzid and tzid != "UTC":
                        zone = self.zones.zone(str(tzid))
                        if zone is None:
                            raise self._undefined(str(tzid), summary, uid)
                        value.dt = moment.replace(tzinfo=zone)
                    elif (calendar_zone := self.zones.calendar_zone) is not None:
                        if moment.tzinfo is None:
                            value.dt = moment.replace(tzinfo=calendar_zone)
                            if name == "DTSTART":
                                event[_FLOATING] = "1"
                        else:
                            value.dt = moment.astimezone(calendar_zone)

    def _instance(self, event: icalendar.Event) -> None:
        title = str(event.get("SUMMARY", "")).strip() or f"Event from {self.name}"
        self.tick()
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            self.report.cancelled += 1
            return
        start, end = event.start, event.end
        if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
            self.report.all_day.append(title)
            return
        rid = event.get("RECURRENCE-ID")
        self._add(
            title,
            str(event.get("UID", "")).strip(),
            rid.dt if rid is not None else None,
            *self._placed(start, end, floating=_FLOATING in event),
            str(event.get("LOCATION", "")),
            str(event.get("DESCRIPTION", "")),
        )

    def _placed(
        self, start: dt.datetime, end: dt.datetime, *, floating: bool
    ) -> tuple[tuple[dt.datetime, dt.datetime], _Placed]:
        """An expanded instance's start and end as instants, placed by the file's zones."""
        if start.tzinfo is None:  # floating, and no calendar zone to read it in
            return (start.replace(tzinfo=UTC), end.replace(tzinfo=UTC)), _Placed(None, True)
        tzid = self.zones.name_of(start.tzinfo) or getattr(start.tzinfo, "key", None)
        if not tzid or self.zones.zone(tzid) is None:
            return (start.astimezone(UTC), end.astimezone(UTC)), _Placed("UTC", floating)
        instant, zone, differs = self.zones.place(start.replace(tzinfo=None), tzid)
        if end.tzinfo is start.tzinfo:
            end = self.zones.place(end.replace(tzinfo=None), tzid)[0]
        return (instant, end.astimezone(UTC)), _Placed(zone, floating, tzid if differs else "")


def _rule_of(calendar: icalendar.Calendar, uid: str) -> str:
    for event in calendar.walk("VEVENT"):
        if str(event.get("UID", "")) == uid and event.get("RRULE") is not None:
            return str(event.get("RRULE").to_ical().decode())
    return "RDATE"


def _properties(block: Block) -> dict[str, list[tuple[str, str]]]:
    """The event's properties by name: each one's parameters (as written) and value."""
    result: dict[str, list[tuple[str, str]]] = {}
    for line in block.lines[1:-1]:
        match = _PROPERTY.match(line)
        if match is not None:
            result.setdefault(match[1], []).append((match[2], match[3]))
    return result


def _recurring_uid(block: Block) -> str | None:
    """The event's UID when it recurs or stands for one week of a series."""
    names = {ics_text.property_name(line) for line in block.lines}
    if not names & _RECURRING:
        return None
    for line in block.lines:
        if ics_text.property_name(line) == "UID":
            return line.partition(":")[2].strip()
    return ""


def _stored_uid(uid: str, recurrence_id: dt.datetime | dt.date | None) -> str:
    """The uid kept for an instance: the event's own, with the week it stands for (its
    RECURRENCE-ID, which a move leaves alone) when the event recurs; hashed when too long
    for the column."""
    if isinstance(recurrence_id, dt.datetime):
        if recurrence_id.tzinfo is not None:
            stamp = recurrence_id.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        else:
            stamp = recurrence_id.strftime("%Y%m%dT%H%M%S")
        uid = f"{uid}#{stamp}"
    elif isinstance(recurrence_id, dt.date):
        uid = f"{uid}#{recurrence_id.strftime('%Y%m%d')}"
    if len(uid) > _UID_MAX:
        uid = f"{hashlib.sha256(uid.encode()).hexdigest()}@import"
    return uid


def _batches(items: list[_Found], size: int) -> Iterator[list[_Found]]:
    for begin in range(0, len(items), size):
        yield items[begin : begin + size]


@writes(QT_TRANSLATE_NOOP("Changes", "Import calendar"))
def _store(
    session: Session,
    found: list[_Found],
    source: str,
    report: ImportReport,
    reader: _Reader,
) -> None:
    """Every call of the file, as plain rows a batch at a time (an import of 20,000 events
    would spend most of its time making objects), in the one transaction."""
    known = {
        row.uid: row
        for row in session.execute(
            select(
                CallOccurrence.id,
                CallOccurrence.uid,
                CallOccurrence.title,
                CallOccurrence.start,
                CallOccurrence.duration_minutes,
                CallOccurrence.time_zone,
                CallOccurrence.location,
                CallOccurrence.status,
            ).where(CallOccurrence.uid != "")
        )
    }
    ours = set(session.scalars(select(CallSeries.uid)))  # a file Coalition itself wrote
    now = clock.now()
    for batch in _batches(found, _STEP * 4):
        rows = []
        for item in batch:
            if item.event_uid in ours:
                report.already += 1
                continue
            if item.uid in known:
                if _changed(known[item.uid], item):
                    _update(session, known[item.uid].id, item)
                    report.updated.append(item.title)
                else:
                    report.already += 1
                continue
            known[item.uid] = None  # type: ignore[assignment]  # taken: a second is a repeat
            rows.append(
                new_row(
                    CallOccurrence,
                    now,
                    title=item.title,
                    start=item.start,
                    duration_minutes=item.minutes,
                    time_zone=item.zone,
                    location=item.location,
                    notes=item.notes,
                    source=source[:_SOURCE_MAX],
                    uid=item.uid,
                )
            )
            report.imported.append(item.title)
        insert_rows(session, CallOccurrence, rows)
        reader.tick(len(batch))
    _cancel_dropped(session, found, known, reader.window, report)


def _changed(stored: Any, item: _Found) -> bool:
    """Whether the file says something else of a call imported before: its time, length,
    zone, title or place (the organizer's notes and agenda are theirs, never touched)."""
    if stored is None:
        return False
    return (stored.start, stored.duration_minutes, stored.time_zone, stored.title,
            stored.location) != (item.start, item.minutes, item.zone, item.title,
                                 item.location)  # fmt: skip


def _update(session: Session, occurrence_id: str, item: _Found) -> None:
    call = session.get_one(CallOccurrence, occurrence_id)
    if (call.start, call.duration_minutes) != (item.start, item.minutes):
        call.sequence += 1  # calendars that had it take the new time
    call.start, call.duration_minutes, call.time_zone = item.start, item.minutes, item.zone
    call.title, call.location = item.title, item.location
    call.status = CallStatus.ACTIVE


def _cancel_dropped(
    session: Session,
    found: list[_Found],
    known: dict[str, Any],
    window: tuple[dt.date, dt.date],
    report: ImportReport,
) -> None:
    """The weeks of a recurring event imported before that the file no longer holds (an
    EXDATE added, a week cancelled): cancelled here too, inside the window read."""
    series = {item.event_uid for item in found if item.uid != item.event_uid}
    if not series:
        return
    present = {item.uid for item in found}
    first = dt.datetime.combine(window[0], dt.time(), tzinfo=UTC)
    last = dt.datetime.combine(window[1] + dt.timedelta(days=1), dt.time(), tzinfo=UTC)
    for uid, stored in known.items():
        if stored is None or uid in present or stored.status != CallStatus.ACTIVE:
            continue
        if uid.split("#", 1)[0] in series and first <= stored.start < last:
            call = session.get_one(CallOccurrence, stored.id)
            call.status = CallStatus.CANCELLED
            call.sequence += 1
            report.dropped.append(call.title)


def import_ics(
    session: Session,
    path: str | os.PathLike[str],
    *,
    expand_until: dt.date | None = None,
    expand_from: dt.date | None = None,
    charset: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a partner's .ics as one-off calls, all or nothing (one transaction).

    Recurring events are expanded from ``expand_from`` (default: a year ago) to
    ``expand_until`` (default: a year from today), both included; single events are
    imported whatever their date.  Each call keeps the event's zone when it is an IANA
    zone (or a Windows name for one), else its instant in UTC; a floating time (no zone
    at all) is read in the calendar's X-WR-TIMEZONE, else as UTC.  All-day events are
    skipped, not imported at midnight: a call has a time of day, and a date has no zone to
    put that midnight in.  Cancelled instances and events longer than a day are skipped
    too, and so are to-dos, journal entries, free/busy blocks and attachments.  Events
    already imported (same UID and week) or that are Coalition's own series are skipped,
    so importing a file twice adds nothing.

    ``charset`` is the one the file came with (a Content-Type's), when known; else the
    bytes say it (see :func:`coalition.calls.ics_text.decode`).  ``progress`` is called
    as events are read and calls stored; raising :class:`ImportCancelled` (or anything)
    from it stops the import with nothing stored.

    Raises :class:`ImportFileError`, naming the file and what is wrong (and the line where
    it broke), when the file is not iCalendar, is cut short or binary, holds no event or
    an unreadable date; nothing is stored.
    """
    source = Path(path)
    today = clock.today()
    first = expand_from or today - dt.timedelta(days=365)
    last = expand_until or today + dt.timedelta(days=365)
    if last < first:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Calls", "the expansion ends ({last}) before it begins ({first})"
            ).format(last=last.isoformat(), first=first.isoformat())
        )
    text, said = ics_text.decode(_file_bytes(source), charset)
    outline = ics_text.read_outline(str(source), text, said)
    if not outline.events:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Calls", "{source} holds no events (no VEVENT)").format(source=source)
        )
    report = ImportReport(source=source.name, window=(first, last), charset=said)
    reader = _Reader(source, outline, (first, last), report, progress)
    found = reader.read()
    reader.total = reader.done + len(found)
    if reader.zones.calendar_zone_name is not None:
        report.floating_zone = reader.zones.calendar_zone_name
    report.notes += reader.zones.lines() + _left_out(outline) + ics_text.repair_lines(outline)
    _store(session, found, source.name, report, reader)
    return report


def _left_out(outline: Outline) -> list[str]:
    result = []
    things = [
        _count(outline.skipped[name], noun, "journal entries" if name == "VJOURNAL" else "")
        for name, noun in ics_text.SKIPPED.items()
        if outline.skipped[name]
    ]
    if things:
        result.append(f"Skipped {', '.join(things)} (a call is an event)")
    if outline.attachments:
        result.append(
            f"Left out {_count(outline.attachments, 'attachment')} (a call keeps no files)"
        )
    return result
