"""Events written as an iCalendar (RFC 5545) file, by the calls' rules
(:mod:`coalition.calls.calendar_export`):

- ``DTSTART;TZID=<zone>`` and ``DTEND`` at the event's wall-clock times, with a VTIMEZONE
  for every zone used, made from the zoneinfo database
  (:func:`coalition.calls.vtimezone.vtimezone`);
- a start or end the zone skips or repeats that night is written in UTC, at the instant
  of :mod:`coalition.calls.wall_clock`'s rule, as readers resolve such times each their
  own way;
- the stored UID, the event's SEQUENCE (raised whenever its time, place or status
  changes), STATUS:CANCELLED for a cancelled event, LOCATION, and a DESCRIPTION naming
  the hosts and partners; METHOD:PUBLISH, each event with the publisher as ORGANIZER
  when the profile has an address (RFC 5546 3.2.1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import wall_clock
from coalition.calls.vtimezone import vtimezone
from coalition.common import clock
from coalition.events.events import eager, instant_of, row_of
from coalition.store import changes
from coalition.store.models import Event, EventStatus

PRODID = "-//Coalition//Coalition events//EN"
UTC = dt.UTC


def _description(event: Event) -> str:
    row = row_of(event)
    parts: list[str] = []
    if row.hosts:
        parts.append("Hosted by " + ", ".join(row.hosts))
    if row.partners:
        parts.append("With " + ", ".join(row.partners))
    if row.campaign:
        parts.append(f"For the campaign {row.campaign}")
    if event.notes:
        parts.append(event.notes)
    return "\n\n".join(parts)


class _Zones:
    """The zones the file uses, and the years it has a time in each."""

    def __init__(self) -> None:
        self.years: dict[str, set[int]] = {}

    def at(self, local: dt.datetime, zone: str) -> dt.datetime:
        """The wall-clock time as written: with its TZID, or in UTC when the zone skips
        or repeats it that night."""
        if zone in ("", "UTC") or wall_clock.is_edge(local.date(), local.time(), zone):
            return instant_of(local, zone or "UTC")
        self.years.setdefault(zone, set()).add(local.year)
        return local.replace(tzinfo=ZoneInfo(zone))


def _publisher() -> icalendar.vCalAddress | None:
    identity = changes.IDENTITY
    if not identity.email:
        return None
    address = icalendar.vCalAddress(f"mailto:{identity.email}")
    if identity.actor:
        address.params["CN"] = identity.actor
    return address


def export_events(session: Session, event_ids: Sequence[str] | None = None) -> bytes:
    """The events (all of them when ``event_ids`` is None) as one METHOD:PUBLISH calendar."""
    query = select(Event).options(*eager()).order_by(Event.starts_at, Event.name)
    if event_ids is not None:
        query = query.where(Event.id.in_(list(event_ids)))
    stamp = clock.now().replace(microsecond=0)
    organizer = _publisher()
    zones = _Zones()
    events: list[icalendar.Event] = []
    for event in session.scalars(query):
        item = icalendar.Event()
        item.add("uid", event.uid or f"{event.id}@coalition.example.org")
        item.add("dtstamp", stamp)
        item.add("sequence", event.sequence)
        cancelled = event.status == EventStatus.CANCELLED
        item.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        item.add("dtstart", zones.at(event.starts_local, event.time_zone))
        item.add("dtend", zones.at(event.ends_local, event.time_zone))
        item.add("summary", event.name)
        if event.place:
            item.add("location", event.place)
        description = _description(event)
        if description:
            item.add("description", description)
        if organizer is not None:
            item.add("organizer", organizer)
        events.append(item)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for zone in sorted(zones.years):
        years = zones.years[zone]
        calendar.add_component(vtimezone(zone, min(years), max(years)))
    for item in events:
        calendar.add_component(item)
    text: bytes = calendar.to_ical()
    return text


__all__ = ["export_events"]
