"""Casting ballots: one voice per member organization.

Who may cast an organization's ballot:

- its delegate (a profile with the role ``delegate`` in that organization);
- the delegate of an organization holding its proxy (for this proposal, or for every
  proposal until revoked): the ballot is the holder's record, marked "by proxy";
- the chair (a coordinator), recording on its behalf what was said on a call, with no
  network: marked "recorded by the chair on behalf of …".

Anyone else is refused with a sentence, and so is a ballot after the close, a choice
the proposal does not offer, a block where the rule has none, and an objection or a
block without the reason the proposal asks for.  A changed vote is a new ballot: the
later one stands (:mod:`coalition.decisions.outcome`), the earlier stays in History.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.decisions.outcome import Cast, standing_ballots
from coalition.decisions.proposals import get_proposal, is_open
from coalition.decisions.proxies import active_proxy
from coalition.directory.access import COORDINATOR, org_name
from coalition.store.changes import IDENTITY, writes
from coalition.store.models import (
    BLOCK,
    OBJECT,
    Ballot,
    BallotCapacity,
    Organization,
    Proposal,
    ProposalRule,
)

DELEGATE = "delegate"


class BallotRefused(CoalitionError):
    """A ballot that may not be cast: the sentence says why; nothing was stored."""


def _when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _check_choice(proposal: Proposal, choice: str, reason: str) -> None:
    if choice == BLOCK and BLOCK not in proposal.choices:
        raise BallotRefused(
            QT_TRANSLATE_NOOP(
                "Decisions",
                "A block counts only under the consensus rule; “{title}” is decided "
                "by {label}: choose object instead.",
            ).format(title=proposal.title, label=proposal.rule.label.lower())
        )
    if choice not in proposal.choices:
        offered = ", ".join(proposal.choices)
        raise BallotRefused(
            QT_TRANSLATE_NOOP(
                "Decisions", "“{choice}” is not a choice on “{title}” ({offered})."
            ).format(choice=choice, title=proposal.title, offered=offered)
        )
    if proposal.reason_required and choice in (OBJECT, BLOCK) and not reason:
        raise BallotRefused(
            QT_TRANSLATE_NOOP(
                "Decisions", "An organization that chooses {choice} says why: give a reason."
            ).format(choice=choice)
        )


def capacity_for(
    session: Session, proposal: Proposal, organization_id: str, *, on_behalf: bool = False
) -> tuple[BallotCapacity, str | None]:
    """In what capacity the active organizer may cast ``organization_id``'s ballot, and
    the proxy it goes by; :class:`BallotRefused` when they may not."""
    name = org_name(session, organization_id)
    if on_behalf:
        if IDENTITY.role in (COORDINATOR, ""):
            return BallotCapacity.CHAIR, None
        raise BallotRefused(
            QT_TRANSLATE_NOOP(
                "Decisions",
                "Only the chair (a coordinator) records a ballot on an "
                "organization's behalf; {name}'s delegate can cast it.",
            ).format(name=name)
        )
    if IDENTITY.role == DELEGATE and IDENTITY.org_id is not None:
        if IDENTITY.org_id == organization_id:
            return BallotCapacity.DELEGATE, None
        proxy = active_proxy(session, organization_id, IDENTITY.org_id, proposal.id)
        if proxy is not None:
            return BallotCapacity.PROXY, proxy.id
    if IDENTITY.role in (COORDINATOR, ""):
        raise BallotRefused(
            QT_TRANSLATE_NOOP(
                "Decisions",
                "Only {name}'s delegate casts its ballot; as the chair you can "
                "record it on its behalf (Record ballots, or --on-behalf).",
            ).format(name=name)
        )
    raise BallotRefused(
        QT_TRANSLATE_NOOP(
            "Decisions",
            "Only {name}'s delegate (or the delegate of a group holding its "
            "proxy) casts its ballot; the chair can record it on its behalf.",
        ).format(name=name)
    )


@writes(QT_TRANSLATE_NOOP("Changes", "Vote"))
def cast_ballot(
    session: Session,
    proposal_id: str,
    organization_id: str,
    choice: str,
    *,
    reason: str = "",
    on_behalf: bool = False,
) -> Ballot:
    """Cast ``organization_id``'s ballot on a proposal, as its delegate, by proxy, or
    (``on_behalf``) as the chair recording it."""
    proposal = get_proposal(session, proposal_id)
    now = clock.now()
    if not is_open(proposal, now):
        closed = proposal.closed_at or proposal.closes_at
        raise BallotRefused(
            QT_TRANSLATE_NOOP(
                "Decisions", "Voting on “{title}” closed at {value}: the ballot was not recorded."
            ).format(title=proposal.title, value=_when(closed))
        )
    if organization_id not in proposal.voters:
        voters = sorted((org_name(session, org) for org in proposal.voters), key=str.casefold)
        raise BallotRefused(
            QT_TRANSLATE_NOOP(
                "Decisions", "{org_name} does not vote on “{title}” (its voters: {names})."
            ).format(
                org_name=org_name(session, organization_id),
                title=proposal.title,
                names=", ".join(voters),
            )
        )
    choice, reason = " ".join(choice.split()).lower(), reason.strip()
    choice = next((c for c in proposal.choices if c.lower() == choice), choice)
    _check_choice(proposal, choice, reason)
    capacity, proxy_id = capacity_for(session, proposal, organization_id, on_behalf=on_behalf)
    ballot = Ballot(
        proposal_id=proposal.id,
        organization_id=organization_id,
        choice=choice,
        reason=reason,
        capacity=capacity,
        cast_by=IDENTITY.actor,
        cast_by_email=IDENTITY.email,
        cast_by_org_id=IDENTITY.org_id,
        cast_at=now,
        proxy_id=proxy_id,
    )
    if capacity == BallotCapacity.PROXY:
        ballot.owner_org_id = IDENTITY.org_id  # the holder's record
    session.add(ballot)
    return ballot


def orgs_i_vote_for(session: Session, proposal: Proposal) -> list[tuple[str, BallotCapacity]]:
    """The organizations whose ballot the active organizer casts themselves (a delegate:
    its own, and those whose proxy its organization holds)."""
    if IDENTITY.role != DELEGATE or IDENTITY.org_id is None:
        return []
    found: list[tuple[str, BallotCapacity]] = []
    for org in proposal.voters:
        if org == IDENTITY.org_id:
            found.insert(0, (org, BallotCapacity.DELEGATE))
        elif active_proxy(session, org, IDENTITY.org_id, proposal.id) is not None:
            found.append((org, BallotCapacity.PROXY))
    return found


@dataclass
class BallotRow:
    id: str
    organization_id: str
    organization: str
    choice: str
    reason: str
    capacity: BallotCapacity
    cast_by: str
    cast_by_org: str
    cast_at: dt.datetime
    standing: bool
    late: bool

    @property
    def by(self) -> str:
        """Who cast it, as a sentence's end: 'Maria Lopez (delegate)'."""
        if self.capacity == BallotCapacity.CHAIR:
            return f"recorded by the chair, {self.cast_by}, on behalf of {self.organization}"
        if self.capacity == BallotCapacity.PROXY:
            return f"{self.cast_by}, by proxy held by {self.cast_by_org}"
        return f"{self.cast_by} (delegate)"


def ballot_rows(session: Session, proposal_id: str) -> list[BallotRow]:
    """Every ballot cast on a proposal, oldest first, each marked standing (the one that
    counts for its organization) or not, and late (cast after the close)."""
    proposal = get_proposal(session, proposal_id)
    ballots = list(
        session.scalars(
            select(Ballot).where(Ballot.proposal_id == proposal.id).order_by(Ballot.cast_at)
        )
    )
    cutoff = proposal.closed_at or proposal.closes_at
    on_time = [
        Cast(b.id, b.organization_id, b.choice, b.cast_at, b.capacity.value)
        for b in ballots
        if b.cast_at <= cutoff
    ]
    standing, _ = standing_ballots(on_time)
    standing_ids = {cast.ballot_id for cast in standing.values()}
    if proposal.closed_at is not None and proposal.tally:
        standing_ids = {str(b["ballot_id"]) for b in proposal.tally.get("ballots", [])}
    names = _names(
        session,
        {b.organization_id for b in ballots}
        | {b.cast_by_org_id for b in ballots if b.cast_by_org_id},
    )
    return [
        BallotRow(
            id=b.id,
            organization_id=b.organization_id,
            organization=names.get(b.organization_id, ""),
            choice=b.choice,
            reason=b.reason,
            capacity=b.capacity,
            cast_by=b.cast_by,
            cast_by_org=names.get(b.cast_by_org_id or "", ""),
            cast_at=b.cast_at,
            standing=b.id in standing_ids,
            late=b.cast_at > cutoff,
        )
        for b in ballots
    ]


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    table = Organization.__table__
    rows = session.execute(select(table.c.id, table.c.name).where(table.c.id.in_(sorted(ids))))
    return {str(r[0]): str(r[1]) for r in rows}


def conflicts(session: Session, proposal_id: str) -> dict[str, list[BallotRow]]:
    """The organizations with more than one ballot on a proposal, and their ballots:
    the later stands, the others are kept and shown."""
    by_org: dict[str, list[BallotRow]] = {}
    for row in ballot_rows(session, proposal_id):
        by_org.setdefault(row.organization_id, []).append(row)
    return {org: rows for org, rows in by_org.items() if len(rows) > 1}


def rule_allows_block(proposal: Proposal) -> bool:
    return proposal.rule == ProposalRule.CONSENSUS
