"""A call's agenda and minutes as Markdown for an e-mail (and, through
:func:`coalition.common.markdown.markdown_to_text`, as plain text).

What people typed is escaped in the Markdown, so that a ``*`` in a note is not read as
emphasis and the plain text gives it back exactly.

The minutes list the decisions put to the call (proposals whose ``occurrence_id`` is
it): a closed one with its frozen outcome and tally, an open one with its closing time.
They are read from the store's records as the close froze them: this service does not
count ballots.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.calls.actions import ActionRow, action_items_of, open_action_items_for
from coalition.calls.meetings import (
    agenda,
    attendance,
    states_represented,
    time_box_overrun,
    title_of,
    zone_of,
)
from coalition.common import validation
from coalition.common.errors import ValidationError
from coalition.common.i18n import sentence_of
from coalition.common.markdown import MONTHS, escape, indented
from coalition.store.models import (
    ActionStatus,
    AgendaItem,
    Ballot,
    CallOccurrence,
    CallStatus,
    ItemStatus,
    Proposal,
    ProposalKind,
)


def _day(value: dt.date) -> str:
    """'Tuesday, November 24, 2026'."""
    weekday, month = calls.WEEKDAY_NAMES[value.weekday()], MONTHS[value.month - 1]
    return f"{weekday}, {month} {value.day}, {value.year}"


def _short_day(value: dt.date) -> str:
    """'Nov 24, 2026'."""
    return f"{MONTHS[value.month - 1][:3]} {value.day}, {value.year}"


def _when(start: dt.datetime, minutes: int, zone: str) -> str:
    """'Tuesday, November 24, 2026, 17:30–18:30 PST'."""
    local = start.astimezone(ZoneInfo(zone))
    end = local + dt.timedelta(minutes=minutes)
    return f"{_day(local.date())}, {local:%H:%M}–{end:%H:%M} {local.tzname()}"


def _header(occurrence: CallOccurrence, what: str, zone: str | None) -> list[str]:
    """Title and when (in the call's zone, and in ``zone`` if it differs); whether the
    call was moved or cancelled."""
    other = ""
    if zone:
        try:
            other = validation.time_zone(zone)
        except ValueError as exc:
            raise ValidationError({"zone": sentence_of(exc)}) from None
    call_zone = zone_of(occurrence)
    length = occurrence.duration_minutes
    lines = [
        f"# {escape(title_of(occurrence))}: {what}",
        "",
        f"- When: {_when(occurrence.start, length, call_zone)} ({call_zone})",
    ]
    if other and other != call_zone:
        lines.append(f"- In {other}: {_when(occurrence.start, length, other)}")
    series = occurrence.series
    if series is not None and occurrence.original_date is not None:
        planned = calls.slot_start(series, occurrence.original_date)
        if planned != occurrence.start:
            local = planned.astimezone(ZoneInfo(call_zone))
            lines.append(f"- Moved from {_day(local.date())}, {local:%H:%M}")
    if _cancelled(occurrence):
        lines.append("- **This call is cancelled.**")
    return lines


def _cancelled(occurrence: CallOccurrence) -> bool:
    series = occurrence.series
    return occurrence.status == CallStatus.CANCELLED or (
        series is not None and series.status == CallStatus.CANCELLED
    )


def _join_lines(occurrence: CallOccurrence) -> list[str]:
    series = occurrence.series
    if series is None:
        if occurrence.location.startswith(("http://", "https://")):
            return [f"- Join: {occurrence.location}"]
        return [f"- Where: {escape(occurrence.location)}"] if occurrence.location else []
    lines = [f"- Join: {series.join_url}"] if series.join_url else []
    if series.dial_in:
        code = f", access code {escape(series.access_code)}" if series.access_code else ""
        lines.append(f"- Dial-in: {escape(series.dial_in)}{code}")
    return lines


def _item_heading(number: int, item: AgendaItem) -> str:
    facts = []
    if item.owner is not None:
        facts.append(escape(item.owner.name))
    if item.time_box_minutes:
        facts.append(f"{item.time_box_minutes} min")
    if item.carried_from_id:
        facts.append("carried over")
    extra = f" ({', '.join(facts)})" if facts else ""
    return f"{number}. **{escape(item.title)}**{extra}"


def _action_line(row: ActionRow) -> str:
    facts = [escape(row.owner_name) if row.owner_name else "no owner yet"]
    if row.due_on is not None:
        facts.append(f"due {_short_day(row.due_on)}")
    if row.overdue:
        facts.append("**overdue**")
    if row.status == ActionStatus.DONE:
        facts.append("done")
    elif row.status == ActionStatus.DROPPED:
        facts.append("dropped")
    return f"- {escape(row.title)} ({', '.join(facts)})"


def _time_line(session: Session, occurrence: CallOccurrence) -> str:
    planned = sum(item.time_box_minutes or 0 for item in occurrence.agenda)
    over = time_box_overrun(session, occurrence.id)
    if over:
        return (
            f"Time boxes: {planned} minutes, **{over} more than the "
            f"{occurrence.duration_minutes}-minute call**."
        )
    return f"Time boxes: {planned} of {occurrence.duration_minutes} minutes."


def _counts(proposal: Proposal) -> str:
    """'approve 5, object 1, abstain 1; did not vote: Red Texas', from the frozen tally."""
    tally = proposal.tally or {}
    counts = {str(k): int(v) for k, v in (tally.get("counts") or {}).items()}
    order = [*proposal.choices, *(c for c in counts if c not in proposal.choices)]
    text = ", ".join(f"{escape(choice)} {counts.get(choice, 0)}" for choice in order)
    absent = [
        escape(str(entry.get("organization") or "an organization no longer listed"))
        for entry in tally.get("non_voters") or ()
    ]
    if absent:
        text += f"; did not vote: {', '.join(absent)}"
    return text


def _decision_line(session: Session, proposal: Proposal, zone: str) -> str:
    title = f"- **{escape(proposal.title)}**"
    if proposal.closed_at is not None and proposal.outcome is not None:
        outcome = proposal.outcome.label
        winner = (proposal.tally or {}).get("winner")
        if proposal.kind == ProposalKind.OPTIONS and winner:
            outcome += f": {escape(str(winner))}"
        return f"{title}: {outcome} ({_counts(proposal)})"
    closes = proposal.closes_at.astimezone(ZoneInfo(zone))
    voted = session.scalar(
        select(func.count(func.distinct(Ballot.organization_id))).where(
            Ballot.proposal_id == proposal.id
        )
    )
    return (
        f"{title}: open until {_day(closes.date())}, {closes:%H:%M} {closes.tzname()} "
        f"({voted or 0} of {len(proposal.voters)} organizations have voted)"
    )


def _decisions(session: Session, occurrence: CallOccurrence) -> list[str]:
    """The '## Decisions' section: the proposals put to this call, oldest first (none:
    no section)."""
    proposals = session.scalars(
        select(Proposal)
        .where(Proposal.occurrence_id == occurrence.id)
        .order_by(Proposal.opens_at, Proposal.created_at)
    ).all()
    if not proposals:
        return []
    zone = zone_of(occurrence)
    return ["", "## Decisions", "", *(_decision_line(session, p, zone) for p in proposals)]


def agenda_markdown(session: Session, occurrence_id: str, zone: str | None = None) -> str:
    """The agenda to send before a call: when (in the call's zone and ``zone``), how to
    join, the numbered items with owner, time box and notes, and the open action items
    from earlier calls that this one reviews."""
    occurrence = calls.get_occurrence(session, occurrence_id)
    lines = _header(occurrence, "agenda", zone) + _join_lines(occurrence)
    items = agenda(session, occurrence_id)
    lines += ["", "## Agenda", ""]
    if not items:
        lines.append("No items yet.")
    for number, item in enumerate(items, 1):
        lines.append(_item_heading(number, item))
        if item.notes:
            lines.append(f"   - Notes: {indented(item.notes, '     ')}")
    if items:
        lines += ["", _time_line(session, occurrence)]
    carried = open_action_items_for(session, occurrence_id)
    if carried:
        lines += ["", "## Open action items to review", ""]
        lines += [_action_line(row) for row in carried]
    return "\n".join(lines) + "\n"


def minutes_markdown(session: Session, occurrence_id: str, zone: str | None = None) -> str:
    """The minutes to send after a call: who came and which states they spoke for, each
    item with its notes, minutes and decision, the decisions put to the call (outcome and
    tally, or until when they are open), the action items decided, and those from
    earlier calls still open."""
    occurrence = calls.get_occurrence(session, occurrence_id)
    lines = _header(occurrence, "minutes", zone)
    if _cancelled(occurrence):
        return "\n".join(lines) + "\n"
    records = attendance(session, occurrence_id)
    present = [a for a in records if a.present]
    absent = [a for a in records if not a.present]
    lines += ["", "## Attendance", ""]
    if present:
        names = ", ".join(
            escape(a.person.name) + (f" ({a.state})" if a.state else "") for a in present
        )
        lines.append(f"- Present: {names}")
        states = states_represented(session, occurrence_id)
        lines.append(f"- States represented: {', '.join(states) if states else 'none'}")
    else:
        lines.append("- Nobody recorded as present.")
    if absent:
        lines.append(f"- Absent: {', '.join(escape(a.person.name) for a in absent)}")
    lines += ["", "## Items", ""]
    items = agenda(session, occurrence_id)
    if not items:
        lines.append("No items.")
    for number, item in enumerate(items, 1):
        lines.append(_item_heading(number, item))
        said = (("Notes", item.notes), ("Minutes", item.minutes), ("Decision", item.decision))
        for label, text in said:
            if text:
                lines.append(f"   - {label}: {indented(text, '     ')}")
        if item.status != ItemStatus.DONE:
            lines.append(f"   - Status: {item.status.label}")
    lines += _decisions(session, occurrence)
    decided = action_items_of(session, occurrence_id)
    lines += ["", "## Action items", ""]
    lines += [_action_line(row) for row in decided] or ["None."]
    carried = open_action_items_for(session, occurrence_id)
    if carried:
        lines += ["", "## Still open from earlier calls", ""]
        lines += [_action_line(row) for row in carried]
    return "\n".join(lines) + "\n"


__all__ = [
    "agenda_markdown",
    "minutes_markdown",
]
