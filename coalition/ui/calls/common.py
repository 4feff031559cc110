"""What every part of the Calls screen shares: the tables it watches, its colours, times
shown in the call's zone and the organizer's own, and running a service from a button."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTimeZone

from coalition.calls.series import Call
from coalition.calls.wall_clock import Edge, WallTime
from coalition.common import validation
from coalition.store.models import CallStatus, ItemStatus
from coalition.ui.common import formatting

#: A change to one of these can change a series, a week, an agenda or the people on it.
CALL_TABLES = {
    "call_series",
    "call_occurrence",
    "call_participant",
    "standing_item",
    "agenda_item",
    "attendance",
    "action_item",
    "person",
    "organization",
    "membership",
    "proposal",  # the call's Decisions tab
    "ballot",
    "rsvp",  # the call's Answers
}
LOOK_BACK = dt.timedelta(weeks=12)
LOOK_AHEAD = dt.timedelta(weeks=12)
CANCELLED_COLORS = ("#ffffff", "#c62828")
MOVED_COLORS = ("#1a1a1a", "#f6c343")
#: Agenda item states, in the colours of the endorsement statuses with the same sense.
ITEM_COLORS = {
    ItemStatus.OPEN: "#a9bcd0",
    ItemStatus.DONE: "#2e7d32",
    ItemStatus.CARRIED: "#f6c343",
    ItemStatus.DROPPED: "#4a4a4a",
}
WEEKDAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NTH_CHOICES = (("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("last", -1))
#: A week of a series as (series id, ISO original date); a one-off call as ("", its id).
CallKey = tuple[str, str]
PdfKind = str  # "agenda" or "minutes"


# --- times ---------------------------------------------------------------------------------


def system_zone() -> str:
    """The IANA zone of this computer ("UTC" when it names none we know)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return validation.time_zone(name) or "UTC"
    except ValueError:
        return "UTC"


def when(moment: dt.datetime, zone: str, fmt: str = "%a %Y-%m-%d %H:%M %Z") -> str:
    return formatting.shaped(moment.astimezone(ZoneInfo(zone)), fmt)


def span(start: dt.datetime, end: dt.datetime, zone: str) -> str:
    """'Tuesday 2026-11-24, 17:30–18:30 PST (America/Los_Angeles)'."""
    return f"{when(start, zone, '%A %Y-%m-%d, %H:%M')}–{when(end, zone, '%H:%M %Z')} ({zone})"


def differs(moment: dt.datetime, zone: str, other: str) -> bool:
    """Whether the clocks of two zones show a different time at ``moment``."""
    return (
        moment.astimezone(ZoneInfo(zone)).utcoffset()
        != moment.astimezone(ZoneInfo(other)).utcoffset()
    )


def edge_note(found: WallTime | None, skipped: str, repeated: str) -> str:
    """The line under a typed time the clocks skip or repeat, from the dialog's own
    translated sentences: in both, %1 is the time typed, %2 the day, %3 the zone and %4
    the time the call will be at (in ``repeated``, with the zone's name for it)."""
    if found is None:
        return ""
    locale = QLocale()
    local = found.local
    typed = locale.toString(QTime(found.wall.hour, found.wall.minute), "HH:mm")
    day = locale.toString(QDate(found.day.year, found.day.month, found.day.day), "d MMMM yyyy")
    at = locale.toString(QTime(local.hour, local.minute), "HH:mm")
    if found.edge == Edge.GAP:
        template = skipped
    else:
        template, at = repeated, f"{at} {local.tzname()}"
    for number, value in enumerate((typed, day, found.zone, at), start=1):
        template = template.replace(f"%{number}", value)
    return template


def call_key(call: Call) -> CallKey:
    if call.series_id and call.original_date:
        return (call.series_id, call.original_date.isoformat())
    return ("", call.occurrence_id or "")


def yours(moment: dt.datetime, zone: str, your_zone: str) -> str:
    """The time in the organizer's own zone, with the weekday only when it is another day
    there: '20:30 EST', 'Wed 02:30 CET'."""
    theirs, mine = moment.astimezone(ZoneInfo(zone)), moment.astimezone(ZoneInfo(your_zone))
    return formatting.shaped(mine, "%H:%M %Z" if mine.date() == theirs.date() else "%a %H:%M %Z")


def call_line(call: Call, your_zone: str, *, with_title: bool = False) -> str:
    """'Tue 2026-11-24 17:30 PST (20:30 EST) · moved': one week in the list, with the
    organizer's own time in brackets where their clock shows another."""
    text = when(call.start, call.time_zone)
    if differs(call.start, call.time_zone, your_zone):
        text += f" ({yours(call.start, call.time_zone, your_zone)})"
    if with_title:
        text += f"\n{call.title}"
    if call.moved:
        text += QCoreApplication.translate("CallLine", " · moved")
    if call.status == CallStatus.CANCELLED:
        text += QCoreApplication.translate("CallLine", " · cancelled")
    return text
