"""Merge fields ({state}, {group}, {next_call}): their values for a variant, and the
text as it is sent once they are filled."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common.markdown import MONTHS as _MONTHS
from coalition.common.states import BY_CODE
from coalition.drafts.channels import CHANNELS, Channel, Count, count
from coalition.drafts.lookup import get_variant
from coalition.store.models import CallStatus, Draft, Organization

MERGE_FIELDS = ("state", "group", "next_call")
# {name}, or a doubled brace standing for itself.  Anything else with braces is text, as
# a person typing a post may well write a stray one (string.Formatter would refuse the
# whole text for it).
_MERGE = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Rendered:
    """A text with its merge fields filled; ``missing`` names those left as {name}."""

    text: str
    missing: list[str]


def fill_fields(text: str, values: dict[str, str]) -> Rendered:
    """``text`` with each {name} replaced by its value; a field without a value (or an
    empty one) stays as written and is listed in ``missing``.  ``{{`` and ``}}`` stand
    for a literal brace, as in Python's format strings."""
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = match.group(1)
        value = values.get(name, "")
        if value:
            return value
        if name not in missing:
            missing.append(name)
        return token

    return Rendered(_MERGE.sub(replace, text), missing)


def fields_in(text: str) -> list[str]:
    """The merge fields a text uses, once each, in reading order (for the editor)."""
    names: list[str] = []
    for match in _MERGE.finditer(text):
        name = match.group(1)
        if name and name not in names:
            names.append(name)
    return names


def spoken_time(instant: dt.datetime, zone: str) -> str:
    """'Tuesday, December 1 at 8:30 PM EST': how a post says when the call is.

    Spelled out rather than by strftime, whose names follow the locale Qt sets, while
    the messages are English.
    """
    local = instant.astimezone(ZoneInfo(zone))
    hour = local.hour % 12 or 12
    half = "AM" if local.hour < 12 else "PM"
    return (
        f"{calls.WEEKDAY_NAMES[local.weekday()]}, {_MONTHS[local.month - 1]} {local.day} "
        f"at {hour}:{local.minute:02d} {half} {local.tzname()}"
    )


def _next_coalition_call(
    session: Session, draft: Draft, now: dt.datetime | None
) -> calls.Call | None:
    """The soonest upcoming call of the active series; the series of the draft's owner
    come first, as the call a message invites to is its own coalition's call."""
    active = [s for s in calls.all_series(session) if s.status == CallStatus.ACTIVE]
    owned = [s for s in active if draft.owner_org_id and s.owner_org_id == draft.owner_org_id]
    upcoming = [
        call for s in owned or active if (call := calls.next_call(session, s.id, now)) is not None
    ]
    return min(upcoming, key=lambda c: c.start) if upcoming else None


def merge_values(
    session: Session, variant_id: str, *, now: dt.datetime | None = None
) -> dict[str, str]:
    """The values of a variant's merge fields: {state} the state's name, {group} the
    group's name (else the draft owner's), {next_call} the next coalition call in the
    state's time zone (else the call's own), then the variant's own fields, which win."""
    variant = get_variant(session, variant_id)
    draft = variant.draft
    values = {name: "" for name in MERGE_FIELDS}
    if variant.state:
        values["state"] = BY_CODE[variant.state].name
    # By key: an undo puts keys back, not the objects a session loaded before.
    group_id = variant.organization_id or draft.owner_org_id
    group = session.get(Organization, group_id) if group_id else None
    if group is not None:
        values["group"] = group.name
    call = _next_coalition_call(session, draft, now)
    if call is not None:
        zone = BY_CODE[variant.state].time_zone if variant.state else call.time_zone
        values["next_call"] = spoken_time(call.start, zone)
    values.update({k: v for k, v in variant.fields.items() if v})
    return values


def render(session: Session, variant_id: str, *, now: dt.datetime | None = None) -> Rendered:
    """The variant's text as it is sent: its merge fields filled."""
    variant = get_variant(session, variant_id)
    return fill_fields(variant.text, merge_values(session, variant_id, now=now))


def over_limits(
    session: Session, variant_id: str, *, now: dt.datetime | None = None
) -> list[tuple[Channel, Count]]:
    """The draft's channels whose limit the variant's text, as sent, is over (with its
    count): what a group approving it should know, because the post would be cut."""
    variant = get_variant(session, variant_id)
    text_ = render(session, variant_id, now=now).text
    over = []
    for key in variant.draft.channels or ():
        if key in CHANNELS:
            counted = count(key, text_)
            if counted.over:
                over.append((CHANNELS[key], counted))
    return over
