"""How fast a goal moves and where that leads, and where its figure comes from.

Pace is the change per week over the last four weeks (a shorter span when the data is
younger); the projection extends it from the latest value to the target, and says
whether that lands after the deadline.  An :class:`Origin` says whether a figure was
set by hand or counted from the data, and from which records.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from coalition.common import clock
from coalition.common.i18n import figure, translate

PACE_WEEKS = 4
# A projection further than this is no projection: "not at this pace".
HORIZON_DAYS = 365 * 50

Point = tuple[dt.date, int]


@dataclass(frozen=True)
class Origin:
    """Where a goal's figure comes from: typed by hand, or counted from which records."""

    kind: str  # "hand", "directory", "batches", "reports", "sign_ups"
    records: int = 0  # petition batches, registration reports, or sign-ups
    verified: int = 0  # petition batches verified
    sign_ups: int = 0  # pledges: the sign-ups that pledged
    events: int = 0  # sign-ups: the events they were made at

    @property
    def hand_set(self) -> bool:
        return self.kind == "hand"

    def text(self) -> str:
        """In words, in the reader's language: "set by hand", "from 34 petition batches,
        12 verified"…"""
        records, verified = figure(self.records), figure(self.verified)
        if self.kind == "hand":
            return translate("Goals", "set by hand")
        if self.kind == "batches":
            if self.records == 1:
                return translate("Goals", "from 1 petition batch, {verified} verified").format(
                    verified=verified
                )
            return translate(
                "Goals", "from {records} petition batches, {verified} verified"
            ).format(records=records, verified=verified)
        if self.kind == "reports":
            if self.records == 1:
                text = translate("Goals", "from 1 report")
            else:
                text = translate("Goals", "from {records} reports").format(records=records)
            if self.sign_ups == 1:
                text += translate("Goals", " and 1 sign-up that pledged")
            elif self.sign_ups:
                text += translate("Goals", " and {count} sign-ups that pledged").format(
                    count=figure(self.sign_ups)
                )
            return text
        if self.kind == "sign_ups":
            noun = (
                translate("Goals", "1 sign-up")
                if self.records == 1
                else translate("Goals", "{count} sign-ups").format(count=records)
            )
            where = (
                translate("Goals", "1 event")
                if self.events == 1
                else translate("Goals", "{count} events").format(count=figure(self.events))
            )
            return translate("Goals", "from {sign_ups} at {events}").format(
                sign_ups=noun, events=where
            )
        return translate("Goals", "counted from the directory")


HAND = Origin("hand")
DIRECTORY = Origin("directory")


@dataclass(frozen=True)
class Pace:
    per_week: float
    since: dt.date  # the start of the span it was measured over
    until: dt.date


def pace(
    points: list[Point], *, end: dt.date | None = None, weeks: int = PACE_WEEKS
) -> Pace | None:
    """Change per week over the ``weeks`` weeks up to ``end`` (default: the latest point).

    The start value is the latest point on or before ``end - weeks``; when the data is
    younger than that, its first point (a shorter span).  None with fewer than two
    points, or when they fall on one day: a single value has no pace.
    """
    if not points:
        return None
    points = sorted(points)
    end = end or points[-1][0]
    usable = [p for p in points if p[0] <= end]
    if len(usable) < 2:
        return None
    last_day, last_value = usable[-1]
    window_start = end - dt.timedelta(weeks=weeks)
    earlier = [p for p in usable if p[0] <= window_start]
    first_day, first_value = earlier[-1] if earlier else usable[0]
    span_days = (last_day - first_day).days
    if span_days <= 0:
        return None
    return Pace((last_value - first_value) * 7 / span_days, first_day, last_day)


@dataclass(frozen=True)
class Projection:
    """Where a goal gets at its pace: ``on`` is None when it never does (or is there)."""

    on: dt.date | None
    reached: bool
    misses_deadline: bool


def project(
    current: int | None,
    target: int,
    rate: Pace | None,
    deadline: dt.date | None,
    *,
    lower_better: bool = False,
    today: dt.date | None = None,
) -> Projection:
    today = today or clock.today()
    if current is None:
        return Projection(None, False, False)
    remaining = (current - target) if lower_better else (target - current)
    if remaining <= 0:
        return Projection(None, True, False)
    if rate is None:
        return Projection(None, False, False)  # no pace yet: nothing to say about the deadline
    speed = -rate.per_week if lower_better else rate.per_week
    if speed <= 0:
        return Projection(None, False, deadline is not None)
    days = math.ceil(remaining / speed * 7)
    if days > HORIZON_DAYS:
        return Projection(None, False, deadline is not None)
    # From the day of the latest value; an old one projects no earlier than tomorrow.
    on = max(rate.until + dt.timedelta(days=days), today + dt.timedelta(days=1))
    return Projection(on, False, deadline is not None and on > deadline)


def cumulative(days: list[tuple[dt.date, int]]) -> Callable[[dt.date], int]:
    """The running total of ``days`` ((day, count) pairs, in any order) as a function of
    the day: what had been counted by the end of that day."""
    days = sorted(days)
    keys = [d for d, _ in days]
    totals: list[int] = []
    running = 0
    for _, n in days:
        running += n
        totals.append(running)

    def at(day: dt.date) -> int:
        i = bisect.bisect_right(keys, day)
        return totals[i - 1] if i else 0

    return at
