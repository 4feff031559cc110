"""A zone's VTIMEZONE (RFC 5545 3.6.5), written from the zoneinfo database so that
readers with no zone database of their own (ical.js) or one of another age hold every
time where the app does."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

from coalition.calls import series as calls

UTC = dt.UTC

_State = tuple[dt.timedelta, bool, str]  # a zone's offset, whether it is daylight time, its name


@dataclass(frozen=True)
class _Onset:
    """One change of a zone's offset, as a VTIMEZONE observance states it."""

    local: dt.datetime  # naive: the wall-clock time of the change in the offset before it
    utc: dt.datetime
    offset_from: dt.timedelta
    to: _State


def _state(zone: ZoneInfo, seconds: int) -> _State:
    local = dt.datetime.fromtimestamp(seconds, UTC).astimezone(zone)
    return local.utcoffset() or dt.timedelta(), bool(local.dst()), local.tzname() or ""


def _onsets(zone: ZoneInfo, first: dt.datetime, last: dt.datetime) -> list[_Onset]:
    """Every change of ``zone`` from ``first`` to ``last``, to the second: day by day,
    then by halves (a zone changes at most once a day); the first is the state at
    ``first``, from and to its own offset."""
    moment, end = int(first.timestamp()), int(last.timestamp())
    state = _state(zone, moment)
    result = [_Onset(first.astimezone(zone).replace(tzinfo=None), first, state[0], state)]
    while moment < end:
        following = moment + 86400
        new = _state(zone, following)
        if new != state:
            low, high = moment, following
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (middle, high) if _state(zone, middle) == state else (low, middle)
            utc = dt.datetime.fromtimestamp(high, UTC)
            result.append(_Onset((utc + state[0]).replace(tzinfo=None), utc, state[0], new))
        moment, state = following, new
    return result


def _byday(run: list[_Onset]) -> str | None:
    """The yearly rule's BYDAY ("2SU", "-1SU") that gives every onset of ``run``, if any:
    the same weekday and time of the same month in consecutive years, always the nth or
    always the last of the month."""
    head = run[0].local
    for previous, onset in itertools.pairwise(run):
        if onset.local.year != previous.local.year + 1:
            return None
    if any(
        (o.local.month, o.local.weekday(), o.local.time())
        != (head.month, head.weekday(), head.time())
        for o in run
    ):
        return None
    code = calls.WEEKDAY_CODES[head.weekday()]
    nths = {(o.local.day - 1) // 7 + 1 for o in run}
    if len(nths) == 1:
        return f"{nths.pop()}{code}"
    if all((o.local + dt.timedelta(days=7)).month != o.local.month for o in run):
        return f"-1{code}"
    return None


@lru_cache(maxsize=64)
def vtimezone(zone: str, first_year: int, last_year: int) -> icalendar.Timezone:
    """The VTIMEZONE of ``zone``, from the zoneinfo database, for times from
    ``first_year`` to ``last_year``.

    icalendar's ``Timezone.from_tzinfo`` lists the changes as one RDATE with many values
    and puts the spring change an hour late (its DTSTART is the time after the change,
    RFC 5545 3.6.5 wants the time before it); ical.js then reads only the first RDATE
    value and ignores DTSTART, so every 2026 summer call came out an hour off.  Here the
    changes are found to the second and written as RFC 5545's own example writes them:
    the changes that recur every year on the same nth (or last) weekday as one yearly
    RRULE, left open when it still runs past ``last_year`` (the rule goes on for a series
    with no end), and any other change as an observance of its own.
    """
    tz = ZoneInfo(zone)
    # Two years more than needed, to tell a rule that goes on from one that stops.
    initial, *onsets = _onsets(
        tz, dt.datetime(first_year, 1, 1, tzinfo=tz), dt.datetime(last_year + 3, 1, 1, tzinfo=UTC)
    )
    runs: list[list[_Onset]] = [[initial]]
    open_runs: dict[tuple[dt.timedelta, _State], list[_Onset]] = {}
    for onset in onsets:
        run = open_runs.get((onset.offset_from, onset.to))
        if run is not None and _byday([*run, onset]) is not None:
            run.append(onset)
        else:
            open_runs[(onset.offset_from, onset.to)] = [onset]
            runs.append(open_runs[(onset.offset_from, onset.to)])
    result = icalendar.Timezone()
    result.add("tzid", zone)
    for run in runs:
        if run[0].local.year > last_year:
            continue
        offset_to, daylight, name = run[0].to
        part = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
        part.add("dtstart", run[0].local)
        if len(run) > 1:
            rule: dict[str, Any] = {
                "FREQ": "YEARLY",
                "BYMONTH": run[0].local.month,
                "BYDAY": _byday(run),
            }
            if run[-1].local.year < last_year + 2:
                rule["UNTIL"] = run[-1].utc
            part.add("rrule", rule)
        part.add("tzname", name)
        part.add("tzoffsetfrom", run[0].offset_from)
        part.add("tzoffsetto", offset_to)
        result.add_component(part)
    return result
