"""What the mail screens share: the colour of good news, how an instant of the outbox
is written, and (from :mod:`coalition.ui.common.background`) the thread slow mail work
runs in."""

from __future__ import annotations

import datetime as dt

from coalition.common import clock
from coalition.ui.common import formatting
from coalition.ui.common.background import Task, scrub

__all__ = ["Task", "scrub", "short_when"]


def short_when(at: dt.datetime | None) -> str:
    """An instant in this computer's zone: the time today, else the day and the time."""
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    local = at.astimezone()
    if local.date() == clock.local_now().date():
        return formatting.time(local)
    return f"{formatting.day_month(local.date())} {formatting.time(local)}"
