"""Wall-clock times that a zone skips or repeats, and the one rule the calls follow.

On the night clocks go forward some local times do not exist (02:30 on 8 March 2026 in
America/Los_Angeles); on the night they go back some exist twice (01:30 on 1 November
2026).  Calendar programs resolve such a time each in its own way, so a call typed at one
of them is held, and written in every calendar file, by this rule:

- a time that does not exist moves forward by the length of the skip (02:30 becomes
  03:30; in Australia/Lord_Howe, whose clocks skip half an hour, 02:15 becomes 02:45), as
  RFC 5545 3.3.5 reads it;
- a time that happens twice is the first of the two (01:30 daylight time, before the
  clocks go back).

:func:`wall_time` says what a typed time becomes on a day, :func:`first_edge` where a
series first meets such a night; the screens show it in a line under the time.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from coalition.calls.series import Recurrence, read_wall_time
from coalition.common import validation
from coalition.common.i18n import QT_TRANSLATE_NOOP

UTC = dt.UTC


class Edge(enum.StrEnum):
    GAP = "gap"  # the time does not exist that day: the clocks skip it
    OVERLAP = "overlap"  # the time happens twice that day: the clocks go back over it


@dataclass(frozen=True)
class WallTime:
    """A wall-clock time on a day in a zone, and the instant the calls give it."""

    day: dt.date
    wall: dt.time
    zone: str
    edge: Edge | None
    start: dt.datetime  # UTC
    shift: dt.timedelta  # how far the clocks jump that night (0 for an ordinary time)

    @property
    def local(self) -> dt.datetime:
        """The instant on the zone's clock: for a skipped time, the later time it becomes."""
        return self.start.astimezone(ZoneInfo(self.zone))

    @property
    def second(self) -> dt.datetime:
        """For a time that happens twice, the second of the two (the one not taken)."""
        return self.start + self.shift


def wall_time(day: dt.date, wall: dt.time, zone: str) -> WallTime:
    """``wall`` on ``day`` in ``zone``, by the rule of this module.

    ``zoneinfo`` with ``fold=0`` reads a skipped time with the offset in force before the
    skip, which moves it forward by the skip, and a repeated time as the first: the rule.
    """
    tz = ZoneInfo(zone)
    naive = dt.datetime.combine(day, wall.replace(tzinfo=None))
    first = naive.replace(tzinfo=tz)
    later = naive.replace(tzinfo=tz, fold=1)
    start = first.astimezone(UTC)
    offsets = (first.utcoffset() or dt.timedelta(), later.utcoffset() or dt.timedelta())
    if offsets[0] == offsets[1]:
        return WallTime(day, wall, zone, None, start, dt.timedelta())
    shift = abs(offsets[0] - offsets[1])
    exists = start.astimezone(tz).replace(tzinfo=None) == naive
    return WallTime(day, wall, zone, Edge.OVERLAP if exists else Edge.GAP, start, shift)


def is_edge(day: dt.date, wall: dt.time, zone: str) -> bool:
    """Whether ``wall`` is skipped or repeated on ``day`` in ``zone``."""
    if zone in ("", "UTC"):
        return False
    return wall_time(day, wall, zone).edge is not None


def meets_edge(day: dt.date, wall: dt.time, minutes: int, zone: str) -> bool:
    """Whether a call at ``wall`` on ``day`` lasting ``minutes`` meets the night's change:
    it starts at a time skipped or repeated, or its end counted on the clock (its start's
    digits plus its length, as some readers count it) is such a time or is not its end
    counted in elapsed time (the call spans the change)."""
    if zone in ("", "UTC"):
        return False
    start = wall_time(day, wall, zone)
    if start.edge is not None:
        return True
    naive = dt.datetime.combine(day, wall.replace(tzinfo=None)) + dt.timedelta(minutes=minutes)
    end = wall_time(naive.date(), naive.time(), zone)
    return end.edge is not None or end.start - start.start != dt.timedelta(minutes=minutes)


@lru_cache(maxsize=512)
def change_days(zone: str, year: int) -> frozenset[dt.date]:
    """The days of ``year`` near which ``zone`` changes its clocks: each day whose UTC span
    holds a change, with the day before and after (a call may start the evening before
    and run into it): the only days :func:`meets_edge` can be true on."""
    if zone in ("", "UTC"):
        return frozenset()
    tz = ZoneInfo(zone)
    days: set[dt.date] = set()
    moment = dt.datetime(year, 1, 1, tzinfo=UTC)
    offset = moment.astimezone(tz).utcoffset()
    while moment.year == year:
        following = moment + dt.timedelta(days=1)
        next_offset = following.astimezone(tz).utcoffset()
        if next_offset != offset:
            day = moment.date()
            days.update(day + dt.timedelta(days=n) for n in (-1, 0, 1))
        moment, offset = following, next_offset
    return frozenset(days)


def is_ambiguous(moment: dt.datetime, zone: str) -> bool:
    """Whether the instant's time on the zone's clock happens twice that day (so the
    digits alone do not say which one)."""
    if zone in ("", "UTC"):
        return False
    local = moment.astimezone(ZoneInfo(zone))
    return local.utcoffset() != local.replace(fold=1 - local.fold).utcoffset()


def first_edge(days: Iterable[dt.date], wall: dt.time, zone: str) -> WallTime | None:
    """The first of ``days`` (in order) on which ``wall`` is skipped or repeated in
    ``zone``; None when there is none."""
    if zone in ("", "UTC"):
        return None
    for day in days:
        found = wall_time(day, wall, zone)
        if found.edge is not None:
            return found
    return None


def series_edge(
    first_day: dt.date | str,
    wall: dt.time | str,
    zone: str,
    recurrence: Recurrence,
    *,
    years: int = 2,
) -> WallTime | None:
    """The first call of a series as typed (from ``first_day``, within ``years``) whose
    time the zone skips or repeats; None when there is none, or when what is typed cannot
    be read yet (the form says so when it is saved)."""
    try:
        day = (
            validation.date(first_day, QT_TRANSLATE_NOOP("Fields", "first call"))
            if isinstance(first_day, str)
            else first_day
        )
        time = read_wall_time(wall)
        validation.time_zone(zone)
    except ValueError:
        return None
    if day is None or not zone or zone == "UTC" or not recurrence.weekdays:
        return None
    start = dt.datetime.combine(day, time)
    moments = recurrence.rule(start).between(
        start, start + dt.timedelta(days=366 * years), inc=True
    )
    return first_edge((m.date() for m in moments), time, zone)


def one_call_edge(day: dt.date, wall: dt.time, zone: str) -> WallTime | None:
    """``wall`` on ``day`` in ``zone`` when the zone skips or repeats it, else None."""
    if zone in ("", "UTC"):
        return None
    found = wall_time(day, wall, zone)
    return found if found.edge is not None else None


__all__ = [
    "Edge",
    "WallTime",
    "change_days",
    "first_edge",
    "is_ambiguous",
    "is_edge",
    "meets_edge",
    "one_call_edge",
    "series_edge",
    "wall_time",
]
