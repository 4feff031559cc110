"""The sample's decisions, both put to the weekly call.

- The declaration the article tells: "The coalition of Red States and conservative
  parts of Blue states has decided to officially endorse the peaceful movement of state
  borders …", put to the call that discussed it and adopted two days later by two
  thirds of the member groups that answered: most ballots cast by each group's delegate,
  South Carolina's said aloud on the call and recorded by the chair, Red Pennsylvania's
  cast by Red New York's delegate under a proxy given the day before; Oklahoma objected,
  Indiana abstained, Wyoming did not vote.  Its close published the declaration as a
  locked draft.
- A proposal still open, on the next call: that every state page publish the
  coalition's word on non-violence (after the Oregon protest, as the article tells),
  with a few ballots already in.

Who voted how, their reasons and every time are invented (example); the texts tell only
that the coalition decided.  Everything is written through the decisions service, each
ballot as the person who cast it (their role and organization for the moment), then
dated as the story tells it, like the rest of the sample.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.decisions import ballots, proposals, proxies
from coalition.decisions.proposals import ProposalInput
from coalition.directory.access import COORDINATOR, DELEGATE
from coalition.sample import facts
from coalition.sample.records import (
    LIBERTY_BLOCK,
    RED_IL,
    RED_NY,
    RED_PA,
    chapter,
    flushed,
)
from coalition.sample.weekly_call import CALL_TITLE, DECLARATION
from coalition.sample.weekly_call import COORDINATOR as CHAIR
from coalition.store.changes import IDENTITY
from coalition.store.models import (
    AgendaItem,
    CallOccurrence,
    CallSeries,
    Draft,
    Organization,
    Person,
    Proposal,
)

# The member groups of the multi-state coalition that vote: The Liberty Block, the 'Red'
# groups and the state chapters with a representative on the call.
VOTERS = (
    LIBERTY_BLOCK,
    RED_NY,
    RED_IL,
    RED_PA,
    chapter("SC"),
    chapter("IN"),
    chapter("OK"),
    chapter("WY"),
)
BORDERS_TITLE = DECLARATION
BORDERS_TEXT = (
    f"{facts.BORDERS_DECLARATION}\n\n"
    "The coalition does not ask every divided state to split: only where the situation is "
    "egregiously undemocratic (Oregon, Illinois, New York, Pennsylvania and Colorado), where "
    "one urban area dictates terms to the overwhelming majority of a state's land."
)
NON_VIOLENCE_TITLE = QT_TRANSLATE_NOOP(
    "Sample", "Every state page publishes the coalition's word on non-violence"
)
NON_VIOLENCE_TEXT = (
    "After the protest in Oregon turned violent, every state page of the coalition "
    "publishes the same short statement: the coalition stands for non-violence, and for "
    "moving state borders only peacefully and lawfully."
)


@dataclass(frozen=True)
class _Vote:
    """One ballot of the story: whose, what, by whom, how long after the call began."""

    org: str
    choice: str
    by: str
    minutes: int
    reason: str = ""
    chair: bool = False  # said aloud on the call, recorded by the chair
    holder: str | None = None  # the group whose delegate holds this group's proxy


BORDERS_VOTES = (
    _Vote(LIBERTY_BLOCK, "approve", "Caleb Whitfield", 12),
    _Vote(chapter("SC"), "approve", CHAIR, 14, chair=True),
    _Vote(RED_NY, "approve", "Anthony Russo", 15),
    _Vote(RED_PA, "approve", "Anthony Russo", 16, holder=RED_NY),
    _Vote(
        chapter("OK"),
        "object",
        "Travis Harjo",
        40,
        "Our members want each state's own people to vote on a border before the coalition "
        "speaks for it (example).",
    ),
    _Vote(RED_IL, "approve", "Lukas Nowak", 60 * 20),
    _Vote(chapter("IN"), "abstain", "Raymond Oyelaran", 60 * 26),
)
NON_VIOLENCE_VOTES = (  # minutes before the sample is loaded
    _Vote(LIBERTY_BLOCK, "approve", "Caleb Whitfield", -60 * 20),
    _Vote(RED_IL, "approve", "Lukas Nowak", -60 * 6),
    _Vote(
        RED_NY,
        "object",
        "Anthony Russo",
        -60 * 3,
        "Red New York publishes it once its own wording is approved (example).",
    ),
)


@contextmanager
def _acting(person: Person, role: str, org: Organization | None) -> Iterator[None]:
    """Act as ``person`` (in ``role``, for ``org``) for the writes in the block: who may
    cast a ballot depends on it.  The audit trail still credits whoever loads the sample."""
    saved = dict(vars(IDENTITY))
    IDENTITY.actor, IDENTITY.role = person.name, role
    IDENTITY.email = person.emails[0].address if person.emails else ""
    IDENTITY.org, IDENTITY.org_id = (org.name, org.id) if org is not None else ("", None)
    try:
        yield
    finally:
        vars(IDENTITY).update(saved)


def _cast(
    session: Session,
    proposal: Proposal,
    vote: _Vote,
    orgs: dict[str, Organization],
    people: dict[str, Person],
    at: dt.datetime,
) -> None:
    voter = orgs[vote.org]
    if vote.chair:
        role, acting_for = COORDINATOR, None
    else:
        role, acting_for = DELEGATE, orgs[vote.holder or vote.org]
    with _acting(people[vote.by], role, acting_for):
        ballot = ballots.cast_ballot(
            session, proposal.id, voter.id, vote.choice, reason=vote.reason, on_behalf=vote.chair
        )
    ballot.cast_at = at


def _propose(
    session: Session,
    people: dict[str, Person],
    data: ProposalInput,
) -> Proposal:
    with _acting(people[CHAIR], COORDINATOR, None):
        return flushed(session, proposals.create_proposal(session, data))


def _declaration_call(session: Session) -> CallOccurrence:
    """The weekly call on which the declaration was discussed."""
    found = session.scalar(
        select(CallOccurrence)
        .join(AgendaItem, AgendaItem.occurrence_id == CallOccurrence.id)
        .where(AgendaItem.title == shown(DECLARATION))
    )
    assert found is not None, "the weekly call is loaded first"
    return found


def _next_call(session: Session, now: dt.datetime) -> CallOccurrence:
    found = session.scalar(
        select(CallOccurrence)
        .join(CallSeries, CallSeries.id == CallOccurrence.series_id)
        .where(CallSeries.title == shown(CALL_TITLE), CallOccurrence.start >= now)
        .order_by(CallOccurrence.start)
        .limit(1)
    )
    assert found is not None, "the next calls are prepared first"
    return found


def load_borders_decision(
    session: Session, orgs: dict[str, Organization], people: dict[str, Person], now: dt.datetime
) -> Proposal:
    """The declaration put to its call, voted, closed two days later, adopted."""
    call = _declaration_call(session)
    voters = [orgs[key].id for key in VOTERS]
    proposal = _propose(
        session,
        people,
        ProposalInput(
            title=shown(BORDERS_TITLE),
            text=BORDERS_TEXT,
            closes_at=now + dt.timedelta(days=1),  # open while it is voted; dated below
            voters=voters,
            quorum=5,
            rule="two-thirds",
            occurrence_id=call.id,
        ),
    )
    with _acting(people["Gregory Mueller"], DELEGATE, orgs[RED_PA]):
        proxy = proxies.give_proxy(
            session,
            orgs[RED_PA].id,
            orgs[RED_NY].id,
            proposal_id=proposal.id,
            note="Gregory is travelling on the day of the call (example).",
        )
    proxy.given_at = call.start - dt.timedelta(hours=20)
    for vote in BORDERS_VOTES:
        _cast(
            session, proposal, vote, orgs, people, call.start + dt.timedelta(minutes=vote.minutes)
        )
    proposal.opens_at = call.start
    proposal.closes_at = call.start + dt.timedelta(days=2)
    session.flush()
    with _acting(people[CHAIR], COORDINATOR, None):
        proposals.close_proposal(session, proposal.id)
    declared = session.get(Draft, proposal.declaration_id) if proposal.declaration_id else None
    if declared is not None:  # published at the close, as the story tells it
        for revision in declared.revisions:
            revision.at, revision.author = proposal.closes_at, CHAIR
        for change in declared.status_changes:
            change.at, change.actor = proposal.closes_at, CHAIR
    return proposal


def load_open_decision(
    session: Session, orgs: dict[str, Organization], people: dict[str, Person], now: dt.datetime
) -> Proposal:
    """The proposal put to the next call, open until it ends, a few ballots in."""
    call = _next_call(session, now)
    proposal = _propose(
        session,
        people,
        ProposalInput(
            title=shown(NON_VIOLENCE_TITLE),
            text=NON_VIOLENCE_TEXT,
            closes_at=call.start + dt.timedelta(minutes=call.duration_minutes),
            voters=[orgs[key].id for key in VOTERS],
            quorum=5,
            occurrence_id=call.id,
        ),
    )
    proposal.opens_at = now - dt.timedelta(days=1)
    for vote in NON_VIOLENCE_VOTES:
        _cast(session, proposal, vote, orgs, people, now + dt.timedelta(minutes=vote.minutes))
    return proposal


def load_decisions(
    session: Session, orgs: dict[str, Organization], people: dict[str, Person], now: dt.datetime
) -> None:
    load_borders_decision(session, orgs, people, now)
    load_open_decision(session, orgs, people, now)
