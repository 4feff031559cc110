"""Reads an iCalendar file the way Evolution does (libical, through GObject introspection)
and prints, as JSON, every occurrence that starts in [FROM, TO): a third opinion on
Coalition's .ics exports, from the C library of the GNOME calendar.

    /usr/bin/python3 tests/libical_expand.py FILE.ics FROM_ISO TO_ISO

It runs with the system's Python, not the project's venv: PyGObject (python3-gi) and the
ICalGLib typelib (gir1.2-ical-3.0) are Debian packages, installed by ``make test``.

FROM and TO must carry a zone.  The output has the shape of tests/icaljs/expand.mjs's:
``{"calendar": {"method"}, "events": [{"uid", "summary", "sequence", "status",
"recurrence_id", "start", "end", "organizer", "attendees", "overridden"}], "warnings": []}``,
instants in UTC (``...Z``), all-day values as dates.

The series are expanded by libical's own ``icalcomponent_foreach_recurrence`` (RRULE,
RDATE and EXDATE, each local time made an instant by libical from the file's VTIMEZONE);
an override (a VEVENT with a RECURRENCE-ID) replaces the occurrence whose start is the
instant libical reads in its RECURRENCE-ID, as Evolution matches them.  "warnings" lists
what libical reads silently but differently from the file's intent: a TZID no VTIMEZONE of
the file defines, an override that replaces no occurrence.

Exit status: 0 read; 2 the file cannot be read; 64 wrong arguments.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402

UTC_ZONE = ICalGLib.Timezone.get_utc_timezone()
MARGIN = dt.timedelta(days=400)  # an override may be moved far from the week it stands for


def fail(status: int, message: str) -> None:
    sys.stderr.write(" ".join(message.split()) + "\n")
    sys.exit(status)


def parse_instant(text: str, label: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        fail(64, f"{label} is not an ISO date-time: {text}")
        raise
    if value.tzinfo is None:
        fail(64, f"{label} must be an ISO instant with a zone (Z or +HH:MM): {text}")
    return value.astimezone(dt.UTC)


def iso_seconds(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_seconds(time: Any) -> int:
    """The instant of a libical time: in its own zone, UTC when it has none."""
    return int(time.as_timet_with_zone(time.get_timezone() or UTC_ZONE))


def recurrence_id(calendar: Any, event: Any) -> Any:
    """The event's RECURRENCE-ID in the zone its TZID names: libical's
    ``icalcomponent_get_recurrenceid`` leaves it floating, so the zone is looked up as
    Evolution looks it up (the file's VTIMEZONE, else libical's own zone of that name)."""
    prop = event.get_first_property(ICalGLib.PropertyKind.RECURRENCEID_PROPERTY)
    time = prop.get_recurrenceid()
    tzid = prop.get_parameter_as_string("TZID")
    if tzid and not time.is_utc():
        zone = calendar.get_timezone(tzid) or ICalGLib.Timezone.get_builtin_timezone(tzid)
        time.set_timezone(zone)
    return time


def as_ical_time(moment: dt.datetime) -> Any:
    return ICalGLib.Time.new_from_timet_with_zone(int(moment.timestamp()), 0, UTC_ZONE)


def children(component: Any, kind: Any) -> list[Any]:
    found, child = [], component.get_first_component(kind)
    while child is not None:
        found.append(child)
        child = component.get_next_component(kind)
    return found


def properties(component: Any, kind: Any) -> list[Any]:
    found, prop = [], component.get_first_property(kind)
    while prop is not None:
        found.append(prop)
        prop = component.get_next_property(kind)
    return found


def text(component: Any, kind: Any) -> str | None:
    prop = component.get_first_property(kind)
    return None if prop is None else prop.get_value_as_string()


def address(prop: Any) -> str:
    value = prop.get_value_as_string()
    return value


def check_zones(component: Any, defined: set[str], label: str, warnings: list[str]) -> None:
    prop = component.get_first_property(ICalGLib.PropertyKind.ANY_PROPERTY)
    props = []
    while prop is not None:
        props.append(prop)
        prop = component.get_next_property(ICalGLib.PropertyKind.ANY_PROPERTY)
    for prop in props:
        tzid = prop.get_parameter_as_string("TZID")
        if tzid and tzid not in defined:
            warnings.append(
                f"{prop.get_property_name()};TZID={tzid} in {label}: no VTIMEZONE in the "
                "file defines it (libical then uses its own zone of that name, if any)"
            )


class Reader:
    def __init__(self, calendar: Any, start: dt.datetime, end: dt.datetime) -> None:
        self.calendar = calendar
        self.start, self.end = int(start.timestamp()), int(end.timestamp())
        self.events: list[dict[str, Any]] = []
        self.warnings: list[str] = []

    def entry(
        self, event: Any, recurrence_id: str | None, start: str, end: str, overridden: bool
    ) -> dict[str, Any]:
        sequence = event.get_first_property(ICalGLib.PropertyKind.SEQUENCE_PROPERTY)
        return {
            "uid": event.get_uid(),
            "summary": text(event, ICalGLib.PropertyKind.SUMMARY_PROPERTY),
            "sequence": 0 if sequence is None else sequence.get_sequence(),
            "status": text(event, ICalGLib.PropertyKind.STATUS_PROPERTY),
            "recurrence_id": recurrence_id,
            "start": start,
            "end": end,
            "organizer": text(event, ICalGLib.PropertyKind.ORGANIZER_PROPERTY),
            "attendees": [
                address(p) for p in properties(event, ICalGLib.PropertyKind.ATTENDEE_PROPERTY)
            ],
            "overridden": overridden,
        }

    def bounds(self, event: Any) -> tuple[str, str, int]:
        """The event's own start and end as written (dates stay dates), and its start in
        seconds."""
        start, end = event.get_dtstart(), event.get_dtend()
        if start.is_date():
            day = f"{start.get_year():04d}-{start.get_month():02d}-{start.get_day():02d}"
            last = f"{end.get_year():04d}-{end.get_month():02d}-{end.get_day():02d}"
            return day, last, utc_seconds(start)
        return iso_seconds(utc_seconds(start)), iso_seconds(utc_seconds(end)), utc_seconds(start)

    def single(self, event: Any, overridden: bool) -> None:
        start, end, seconds = self.bounds(event)
        if self.start <= seconds < self.end:
            rid = None
            if overridden:
                rid = iso_seconds(utc_seconds(recurrence_id(self.calendar, event)))
            self.events.append(self.entry(event, rid, start, end, overridden))

    def series(self, master: Any, overrides: list[Any]) -> None:
        label = f"UID {master.get_uid()}"
        by_id: dict[int, Any] = {}
        for override in overrides:
            key = utc_seconds(recurrence_id(self.calendar, override))
            if key in by_id:
                self.warnings.append(f"{label}: two overrides for RECURRENCE-ID {iso_seconds(key)}")
            by_id[key] = override
        instants: list[tuple[int, int]] = []

        def found(_component: Any, span: Any, _data: Any) -> None:
            instants.append((int(span.get_start()), int(span.get_end())))

        window = (
            as_ical_time(dt.datetime.fromtimestamp(self.start, dt.UTC) - MARGIN),
            as_ical_time(dt.datetime.fromtimestamp(self.end, dt.UTC) + MARGIN),
        )
        master.foreach_recurrence(*window, found, None)
        used = set()
        for start, end in sorted(set(instants)):
            override = by_id.get(start)
            if override is not None:
                used.add(start)
                first, last, seconds = self.bounds(override)
                if self.start <= seconds < self.end:
                    self.events.append(self.entry(override, iso_seconds(start), first, last, True))
            elif self.start <= start < self.end:
                self.events.append(
                    self.entry(
                        master, iso_seconds(start), iso_seconds(start), iso_seconds(end), False
                    )
                )
        low, high = (int(t.as_timet_with_zone(UTC_ZONE)) for t in window)
        for key in sorted(k for k in set(by_id) - used if low <= k < high):
            self.warnings.append(
                f"{label}: override RECURRENCE-ID {iso_seconds(key)} matches no occurrence of "
                "the series (libical ignores it)"
            )

    def read(self) -> dict[str, Any]:
        zones = children(self.calendar, ICalGLib.ComponentKind.VTIMEZONE_COMPONENT)
        defined = {text(z, ICalGLib.PropertyKind.TZID_PROPERTY) or "" for z in zones}
        vevents = children(self.calendar, ICalGLib.ComponentKind.VEVENT_COMPONENT)
        for event in vevents:
            check_zones(event, defined, f"UID {event.get_uid()}", self.warnings)

        def has(event: Any, kind: Any) -> bool:
            return event.get_first_property(kind) is not None

        rid = ICalGLib.PropertyKind.RECURRENCEID_PROPERTY
        masters = [e for e in vevents if not has(e, rid)]
        master_uids = {m.get_uid() for m in masters}
        for master in masters:
            overrides = [e for e in vevents if has(e, rid) and e.get_uid() == master.get_uid()]
            recurring = has(master, ICalGLib.PropertyKind.RRULE_PROPERTY) or has(
                master, ICalGLib.PropertyKind.RDATE_PROPERTY
            )
            if recurring:
                self.series(master, overrides)
            else:
                if overrides:
                    self.warnings.append(
                        f"UID {master.get_uid()}: overrides for an event without RRULE or "
                        "RDATE are ignored"
                    )
                self.single(master, False)
        for event in vevents:  # overrides sent without their series stand alone
            if has(event, rid) and event.get_uid() not in master_uids:
                self.single(event, True)
        self.events.sort(key=lambda e: (e["start"], e["uid"] or ""))
        method = text(self.calendar, ICalGLib.PropertyKind.METHOD_PROPERTY)
        return {"calendar": {"method": method}, "events": self.events, "warnings": self.warnings}


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        fail(64, "usage: libical_expand.py FILE.ics FROM_ISO TO_ISO")
    path, from_text, to_text = argv
    start, end = parse_instant(from_text, "FROM"), parse_instant(to_text, "TO")
    try:
        with open(path, encoding="utf-8") as handle:
            data = handle.read()
    except OSError as error:
        fail(2, f"cannot read {path}: {error}")
        raise
    try:
        calendar = ICalGLib.Component.new_from_string(data)
    except TypeError:  # the parser gave nothing back
        calendar = None
    if calendar is None or calendar.isa() != ICalGLib.ComponentKind.VCALENDAR_COMPONENT:
        fail(2, f"{path}: libical finds no VCALENDAR in it")
    errors = []
    for event in children(calendar, ICalGLib.ComponentKind.VEVENT_COMPONENT):
        for prop in properties(event, ICalGLib.PropertyKind.XLICERROR_PROPERTY):
            errors.append(prop.get_value_as_string())
    if errors:
        fail(2, f"{path}: libical could not read it: {'; '.join(errors)}")
    result = Reader(calendar, start, end).read()
    sys.stdout.write(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
