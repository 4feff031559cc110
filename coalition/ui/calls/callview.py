"""One call as the panel shows it, read in one session: its series' ways to join, its
agenda, who was invited and came, and its action items."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from coalition.calls import actions, meetings
from coalition.calls import series as calls
from coalition.calls.series import Call
from coalition.decisions import proposals
from coalition.store.models import ActionStatus
from coalition.ui.calls.agenda import AgendaRow, agenda_row
from coalition.ui.common import formatting


@dataclass
class CallDecision:
    """A proposal put to the call, as its Decisions tab lists it."""

    id: str
    title: str
    outcome: str | None
    is_open: bool
    closes_at: dt.datetime
    voted: int
    voters: int


@dataclass
class CallView:
    """Everything the panel shows of one call, read in one session."""

    call: Call
    join_url: str = ""
    dial_in: str = ""
    access_code: str = ""
    organizer: str = ""
    location: str = ""
    usual_start: dt.datetime | None = None  # where the rule puts a moved call
    items: list[AgendaRow] | None = None  # None: no agenda prepared yet
    overrun: int = 0
    attendance: list[tuple[str, str, bool]] | None = None  # (person id, "name (state)", present)
    states: list[str] | None = None
    # (id, title, owner, due, status) and (id, title, owner, due, from call, overdue)
    own_actions: list[tuple[str, str, str, str, str]] | None = None
    earlier_actions: list[tuple[str, str, str, str, str, bool]] | None = None
    decisions: list[CallDecision] | None = None  # the proposals put to the call
    answers: list[Any] | None = None  # AnswerRows: who answered the invitation, and how
    minutes_final_at: dt.datetime | None = None  # when the minutes were marked final


def read_call(session: Session, call: Call) -> CallView:
    from coalition.ui.calls.answers import read_answers

    view = CallView(call)
    view.answers = read_answers(session, call)
    if call.series_id:
        series = calls.get_series(session, call.series_id)
        view.join_url, view.dial_in, view.access_code = (
            series.join_url,
            series.dial_in,
            series.access_code,
        )
        view.organizer = series.organizer.name if series.organizer else ""
        if call.moved and call.original_date:
            view.usual_start = calls.slot_start(series, call.original_date)
    if call.occurrence_id is None:
        return view
    occurrence = calls.get_occurrence(session, call.occurrence_id)
    view.location = occurrence.location
    view.minutes_final_at = occurrence.minutes_final_at
    view.items = [agenda_row(i) for i in meetings.agenda(session, occurrence.id)]
    view.overrun = meetings.time_box_overrun(session, occurrence.id)
    present = {a.person_id: a for a in meetings.attendance(session, occurrence.id)}
    people: dict[str, tuple[str, str, bool]] = {}
    # The invited first, then whoever else was recorded, each with the state they speak
    # for: as recorded, else the one they represent on the call's day (never their home
    # state, which may be another).
    day = occurrence.start.astimezone(ZoneInfo(occurrence.time_zone or "UTC")).date()
    invited = [(p.id, p.name) for p in meetings.suggested_attendees(session, occurrence.id)]
    others = [(a.person_id, a.person.name) for a in present.values()]
    for person_id, name in invited + others:
        record = present.get(person_id)
        if person_id not in people:
            state = (
                record.state
                if record and record.state
                else meetings.represented_state(session, person_id, day)
            )
            label = f"{name} ({state})" if state else name
            people[person_id] = (person_id, label, bool(record and record.present))
    view.attendance = list(people.values())
    view.states = meetings.states_represented(session, occurrence.id)
    view.own_actions = [
        (
            a.id,
            a.title,
            a.owner_name,
            a.due_on.isoformat() if a.due_on else "",
            ActionStatus(a.status).label,
        )
        for a in actions.action_items_of(session, occurrence.id)
    ]
    view.earlier_actions = [
        (
            a.id,
            a.title,
            a.owner_name,
            a.due_on.isoformat() if a.due_on else "",
            f"{a.call_title}, {formatting.date(a.call_date)}" if a.call_date else a.call_title,
            a.overdue,
        )
        for a in actions.open_action_items_for(session, occurrence.id)
    ]
    view.decisions = read_decisions(session, occurrence.id)
    return view


def read_decisions(session: Session, occurrence_id: str) -> list[CallDecision]:
    found = []
    for proposal in proposals.proposals_for_call(session, occurrence_id):
        tally = proposals.live_tally(session, proposal.id)
        found.append(
            CallDecision(
                id=proposal.id,
                title=proposal.title,
                outcome=proposal.outcome.value if proposal.outcome else None,
                is_open=proposals.is_open(proposal),
                closes_at=proposal.closes_at,
                voted=tally.voted,
                voters=len(proposal.voters),
            )
        )
    return found
