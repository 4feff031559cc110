"""The one clock: what "now" and "today" are, for every service and screen.

Everything that asks the time asks here, so a test sets the time it runs at
(:func:`frozen_at`) instead of patching ``datetime`` or computing "today" when a module is
imported (a run that crossed midnight would then disagree with itself).  The time is the
computer's own; "today" is the date where the computer is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from coalition.common.i18n import QT_TRANSLATE_NOOP


class Clock:
    """The computer's clock."""

    def now(self) -> dt.datetime:
        """Now, in UTC (aware)."""
        return dt.datetime.now(dt.UTC)


class FixedClock(Clock):
    """A clock that stands at one instant (moved on by :meth:`advance`)."""

    def __init__(self, at: dt.datetime):
        if at.tzinfo is None:
            raise ValueError(
                QT_TRANSLATE_NOOP("Common", "a fixed clock needs an aware time (with its zone)")
            )
        self.at = at.astimezone(dt.UTC)

    def now(self) -> dt.datetime:
        return self.at

    def advance(self, by: dt.timedelta) -> None:
        self.at += by


_clock: Clock = Clock()


def now() -> dt.datetime:
    """Now, in UTC (aware)."""
    return _clock.now()


def local_now() -> dt.datetime:
    """Now, in the computer's zone (aware)."""
    return _clock.now().astimezone()


def today() -> dt.date:
    """The date where the computer is."""
    return local_now().date()


def use(clock: Clock) -> Clock:
    """Make ``clock`` the one every caller reads; returns the one it replaces."""
    global _clock
    previous, _clock = _clock, clock
    return previous


@contextmanager
def frozen_at(at: dt.datetime) -> Iterator[FixedClock]:
    """Within the block, the time stands at ``at`` (aware), unless the block moves it on."""
    fixed = FixedClock(at)
    previous = use(fixed)
    try:
        yield fixed
    finally:
        use(previous)
