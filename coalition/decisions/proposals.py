"""Proposals: made, listed, counted while open, closed with a frozen outcome.

Who votes is fixed when the proposal is made (the member organizations then active, or
those chosen), so that a group joining later changes neither the quorum's meaning nor a
count already made.  A proposal closes at its closing time, or earlier by
:func:`close_proposal` (its rule and quorum still apply); the close writes the outcome
and the tally into the proposal, and nothing counts them again: a ballot that reaches
a laptop afterwards is kept but never changes a closed decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import CoalitionError, NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.decisions import declaration
from coalition.decisions.outcome import Cast, Tally, count, frozen, thawed
from coalition.directory import access, profiles
from coalition.store import names
from coalition.store.changes import IDENTITY, writes
from coalition.store.models import (
    ABSTAIN,
    BLOCK,
    CONSENT_CHOICES,
    Ballot,
    CallOccurrence,
    CallStatus,
    Draft,
    Organization,
    OrgStatus,
    Proposal,
    ProposalKind,
    ProposalRule,
    ResultsShown,
)

OPEN = "open"
CLOSED = "closed"

# The spellings the command line and a pasted value may use.
_RULES = {
    "majority": ProposalRule.MAJORITY,
    "simple majority": ProposalRule.MAJORITY,
    "two-thirds": ProposalRule.TWO_THIRDS,
    "two_thirds": ProposalRule.TWO_THIRDS,
    "two thirds": ProposalRule.TWO_THIRDS,
    "2/3": ProposalRule.TWO_THIRDS,
    "consensus": ProposalRule.CONSENSUS,
}
_SHOWN = {
    "always": ResultsShown.ALWAYS,
    "after-voting": ResultsShown.AFTER_VOTING,
    "after_voting": ResultsShown.AFTER_VOTING,
    "after-close": ResultsShown.AFTER_CLOSE,
    "after_close": ResultsShown.AFTER_CLOSE,
}


class ClosesInPast(ValidationError):
    """The closing time given has passed: asked about, then made with ``past_ok``."""

    def __init__(self, closes_at: dt.datetime):
        self.closes_at = closes_at
        super().__init__(
            {"closes_at": "the closing time has already passed: the vote would close at once"}
        )


@dataclass
class ProposalInput:
    """What a proposal is made of; checked as a whole by :meth:`validated`."""

    title: str
    closes_at: dt.datetime
    text: str = ""
    draft_id: str | None = None
    kind: str = ProposalKind.CONSENT.value
    options: Sequence[str] = ()
    voters: Sequence[str] = ()
    quorum: int = 0
    rule: str = ProposalRule.MAJORITY.value
    reason_required: bool = True
    results_shown: str = ResultsShown.ALWAYS.value
    list_abstentions: bool = True
    occurrence_id: str | None = None
    choices: list[str] = field(default_factory=list)  # filled by validated()

    def validated(self, session: Session) -> ProposalInput:
        problems: dict[str, str] = {}
        title = " ".join(self.title.split())  # a tab or line break would split its listings
        if not title:
            problems["title"] = QT_TRANSLATE_NOOP("Decisions", "a proposal needs a title")
        elif len(title) > 200:
            problems["title"] = QT_TRANSLATE_NOOP(
                "Decisions", "the title is longer than 200 characters"
            )
        text = self.text.strip()
        if not text and not self.draft_id:
            problems["text"] = QT_TRANSLATE_NOOP(
                "Decisions", "say what is proposed: a text, or the shared draft it is about"
            )
        if self.draft_id and session.get(Draft, self.draft_id) is None:
            problems["draft_id"] = QT_TRANSLATE_NOOP(
                "Decisions", "the draft it is about no longer exists"
            )
        call = session.get(CallOccurrence, self.occurrence_id) if self.occurrence_id else None
        if self.occurrence_id and call is None:
            problems["occurrence_id"] = QT_TRANSLATE_NOOP(
                "Decisions", "the call it was put to no longer exists"
            )
        elif call is not None and call.status == CallStatus.CANCELLED:
            problems["occurrence_id"] = QT_TRANSLATE_NOOP(
                "Decisions", "that call is cancelled: put the proposal to another one"
            )
        if self.closes_at.tzinfo is None:
            problems["closes_at"] = QT_TRANSLATE_NOOP(
                "Decisions", "the closing time needs its time zone"
            )
        rule = _RULES.get(str(self.rule).strip().lower())
        if rule is None:
            problems["rule"] = QT_TRANSLATE_NOOP(
                "Decisions", "'{rule}' is not a rule (one of: majority, two-thirds, consensus)"
            ).format(rule=self.rule)
        shown = _SHOWN.get(str(self.results_shown).strip().lower())
        if shown is None:
            problems["results_shown"] = QT_TRANSLATE_NOOP(
                "Decisions", "'{results_shown}' is not a choice (always, after-voting, after-close)"
            ).format(results_shown=self.results_shown)
        try:
            kind = ProposalKind(str(self.kind).strip().lower())
        except ValueError:
            problems["kind"] = QT_TRANSLATE_NOOP(
                "Decisions", "'{kind}' is not a kind of decision (consent or options)"
            ).format(kind=self.kind)
            kind = ProposalKind.CONSENT
        choices = _choices(kind, rule, self.options, problems)
        voters = _voters(session, self.voters, problems)
        if self.quorum < 0:
            problems["quorum"] = QT_TRANSLATE_NOOP(
                "Decisions", "the quorum is a number of organizations, 0 or more"
            )
        elif voters and self.quorum > len(voters):
            problems["quorum"] = (
                QT_TRANSLATE_NOOP(
                    "Decisions", "a quorum of {quorum} cannot be reached: only 1 organization votes"
                )
                if len(voters) == 1
                else QT_TRANSLATE_NOOP(
                    "Decisions",
                    "a quorum of {quorum} cannot be reached: only {count} organizations vote",
                )
            ).format(quorum=self.quorum, count=len(voters))
        if problems:
            raise ValidationError(problems)
        assert rule is not None and shown is not None
        return ProposalInput(
            title=title,
            closes_at=self.closes_at.astimezone(dt.UTC),
            text=text,
            draft_id=self.draft_id or None,
            kind=kind.value,
            options=tuple(self.options),
            voters=tuple(voters),
            quorum=self.quorum,
            rule=rule.value,
            reason_required=self.reason_required,
            results_shown=shown.value,
            list_abstentions=self.list_abstentions,
            occurrence_id=self.occurrence_id or None,
            choices=choices,
        )


def _choices(
    kind: ProposalKind,
    rule: ProposalRule | None,
    options: Sequence[str],
    problems: dict[str, str],
) -> list[str]:
    if kind == ProposalKind.CONSENT:
        if options:
            problems["options"] = QT_TRANSLATE_NOOP(
                "Decisions", "named options are for a choice among options, not consent"
            )
        offered = list(CONSENT_CHOICES)
        if rule != ProposalRule.CONSENSUS:
            offered.remove(BLOCK)
        return offered
    if rule == ProposalRule.CONSENSUS:
        problems["rule"] = QT_TRANSLATE_NOOP(
            "Decisions", "consensus decides approve / object / block, not among named options"
        )
    named: list[str] = []
    for option in options:
        key = " ".join(option.split())
        if not key:
            continue
        if key.casefold() in (n.casefold() for n in named):
            problems["options"] = QT_TRANSLATE_NOOP(
                "Decisions", "the option '{key}' is given twice"
            ).format(key=key)
        elif key.casefold() == ABSTAIN:
            problems["options"] = QT_TRANSLATE_NOOP(
                "Decisions", "'abstain' is always offered: it is not an option to name"
            )
        elif len(key) > 64:
            problems["options"] = QT_TRANSLATE_NOOP(
                "Decisions", "the option '{key}…' is longer than 64 characters"
            ).format(key=key[:20])
        named.append(key)
    if len(named) < 2:
        problems.setdefault("options", "a choice among options needs two options at least")
    return [*named, ABSTAIN]


def _voters(session: Session, given: Sequence[str], problems: dict[str, str]) -> list[str]:
    table = Organization.__table__
    if not given:
        rows = session.execute(
            select(table.c.id)
            .where(table.c.status == OrgStatus.ACTIVE.value, table.c.parent_id.is_(None))
            .order_by(table.c.sort_name)
        ).scalars()
        found = list(rows)
        if not found:
            problems["voters"] = QT_TRANSLATE_NOOP(
                "Decisions", "no active member organization to vote"
            )
        return found
    named = session.execute(
        select(table.c.id, table.c.name, table.c.status).where(table.c.id.in_(list(given)))
    ).all()
    known = {row.id for row in named}
    missing = [org for org in given if org not in known]
    if missing:
        problems["voters"] = QT_TRANSLATE_NOOP(
            "Decisions", "an organization chosen to vote no longer exists"
        )
    # A proposal is put to the member organizations: a prospective or an inactive group
    # has no ballot until it is an active member again.
    not_members = sorted(row.name for row in named if row.status != OrgStatus.ACTIVE.value)
    if not_members:
        problems.setdefault(
            "voters",
            (
                QT_TRANSLATE_NOOP(
                    "Decisions",
                    "only active member organizations vote: {names} is not one (set it "
                    "active in the directory first)",
                )
                if len(not_members) == 1
                else QT_TRANSLATE_NOOP(
                    "Decisions",
                    "only active member organizations vote: {names} are not (set them "
                    "active in the directory first)",
                )
            ).format(names=", ".join(not_members)),
        )
    return list(dict.fromkeys(org for org in given if org in known))


def _apply(proposal: Proposal, clean: ProposalInput) -> None:
    proposal.title = clean.title
    proposal.text = clean.text
    proposal.draft_id = clean.draft_id
    proposal.occurrence_id = clean.occurrence_id
    proposal.kind = ProposalKind(clean.kind)
    proposal.choices = list(clean.choices)
    proposal.voters = list(clean.voters)
    proposal.rule = ProposalRule(clean.rule)
    proposal.quorum = clean.quorum
    proposal.reason_required = clean.reason_required
    proposal.results_shown = ResultsShown(clean.results_shown)
    proposal.list_abstentions = clean.list_abstentions
    proposal.closes_at = clean.closes_at


@writes(QT_TRANSLATE_NOOP("Changes", "Propose a decision"))
def create_proposal(session: Session, data: ProposalInput, *, past_ok: bool = False) -> Proposal:
    """A new proposal, open from now until its closing time.

    A closing time already past raises :class:`ClosesInPast` unless ``past_ok``: the
    screen and the command line ask first (a typo in the year should not close a vote
    the moment it opens).
    """
    clean = data.validated(session)
    if clean.closes_at <= clock.now() and not past_ok:
        raise ClosesInPast(clean.closes_at)
    proposal = Proposal(
        opens_at=clock.now(), proposed_by=IDENTITY.actor, proposed_by_org=IDENTITY.org
    )
    _apply(proposal, clean)
    session.add(proposal)
    return proposal


@writes(QT_TRANSLATE_NOOP("Changes", "Edit proposal"))
def update_proposal(session: Session, proposal_id: str, data: ProposalInput) -> Proposal:
    """Change a proposal not yet closed.  Once a ballot is in, only its closing time
    may move: what an organization voted on must stay what it voted on."""
    proposal = get_proposal(session, proposal_id)
    if proposal.closed_at is not None:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Decisions", "“{title}” is closed: its outcome is frozen.").format(
                title=proposal.title
            )
        )
    clean = data.validated(session)
    if _ballot_count(session, proposal.id):
        before = (
            proposal.title,
            proposal.text,
            proposal.draft_id,
            list(proposal.choices),
            list(proposal.voters),
            proposal.rule.value,
            proposal.quorum,
        )
        after = (
            clean.title,
            clean.text,
            clean.draft_id,
            list(clean.choices),
            list(clean.voters),
            clean.rule,
            clean.quorum,
        )
        if before != after:
            raise CoalitionError(
                QT_TRANSLATE_NOOP(
                    "Decisions",
                    "Ballots are in on “{title}”: only its closing time can change now. "
                    "Close it and make a new proposal to change what is decided.",
                ).format(title=proposal.title)
            )
    _apply(proposal, clean)
    return proposal


def _ballot_count(session: Session, proposal_id: str) -> int:
    return int(session.scalar(select(func.count()).where(Ballot.proposal_id == proposal_id)) or 0)


def short_id(record_id: str) -> str:
    """The part of an id people read and type: its last eight characters, the random
    ones (the first are the time it was made, alike for records made together)."""
    return names.short_id(record_id)


def get_proposal(session: Session, ref: str) -> Proposal:
    """A proposal by id, by the end of its id as :func:`short_id` shows it (or its
    start; eight characters at least), or by its exact title."""
    ref = ref.strip()
    found = session.get(Proposal, ref) if ref else None
    if found is not None:
        return found
    matches: list[Proposal] = []
    if len(ref) >= 8:
        matches = list(
            session.scalars(
                select(Proposal).where(
                    or_(Proposal.id.endswith(ref.lower()), Proposal.id.startswith(ref.lower()))
                )
            )
        )
    if not matches and ref:
        matches = [
            session.get_one(Proposal, found)
            for found in names.ids_named(session, ref, Proposal.id, Proposal.title)
        ]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Decisions", "“{ref}” names {count} proposals: give the id of one ({which})."
            ).format(
                ref=ref,
                count=len(matches),
                which="; ".join(f"{names.short_id(p.id)} “{p.title}”" for p in matches),
            )
        )
    raise NotFoundError(QT_TRANSLATE_NOOP("Decisions", "No proposal “{ref}”.").format(ref=ref))


def is_open(proposal: Proposal, now: dt.datetime | None = None) -> bool:
    """Whether ballots are still taken: not closed, and its closing time not passed."""
    return proposal.closed_at is None and (now or clock.now()) <= proposal.closes_at


def casts(session: Session, proposal_id: str) -> list[Cast]:
    rows = session.execute(
        select(
            Ballot.id,
            Ballot.organization_id,
            Ballot.choice,
            Ballot.cast_at,
            Ballot.capacity,
            Ballot.cast_by,
            Ballot.reason,
        ).where(Ballot.proposal_id == proposal_id)
    )
    return [
        Cast(
            ballot_id=r[0],
            organization_id=r[1],
            choice=r[2],
            cast_at=r[3],
            capacity=r[4].value,
            cast_by=r[5],
            reason=r[6],
        )
        for r in rows
    ]


def _count(session: Session, proposal: Proposal, cutoff: dt.datetime | None) -> Tally:
    return count(
        proposal.kind,
        proposal.rule,
        proposal.choices,
        proposal.voters,
        proposal.quorum,
        casts(session, proposal.id),
        cutoff,
    )


def live_tally(session: Session, proposal_id: str) -> Tally:
    """The count as it stands: for a closed proposal the frozen one, never recounted."""
    proposal = get_proposal(session, proposal_id)
    if proposal.closed_at is not None and proposal.tally:
        return thawed(proposal.tally)
    return _count(session, proposal, proposal.closes_at)


def results_visible(session: Session, proposal: Proposal) -> bool:
    """Whether the active organizer may see the running choices (never hidden once
    closed; "after voting" shows them to an organization that has voted)."""
    if proposal.closed_at is not None or proposal.results_shown == ResultsShown.ALWAYS:
        return True
    if proposal.results_shown == ResultsShown.AFTER_CLOSE:
        return False
    org = IDENTITY.org_id
    if org is None:
        return False
    voted = session.scalar(
        select(func.count()).where(Ballot.proposal_id == proposal.id, Ballot.organization_id == org)
    )
    return bool(voted)


@dataclass
class ProposalRow:
    id: str
    title: str
    rule: ProposalRule
    closes_at: dt.datetime
    closed_at: dt.datetime | None
    outcome: str | None
    voters: int
    voted: int
    counts: dict[str, int]
    occurrence_id: str | None
    results_visible: bool
    is_open: bool


def list_proposals(session: Session, state: str | None = None) -> list[ProposalRow]:
    """Proposals, open ones first (soonest to close), then closed (latest first)."""
    now = clock.now()
    query = select(Proposal)
    if state == OPEN:
        query = query.where(Proposal.closed_at.is_(None), Proposal.closes_at >= now)
    elif state == CLOSED:
        query = query.where(or_(Proposal.closed_at.is_not(None), Proposal.closes_at < now))
    rows: list[ProposalRow] = []
    for proposal in session.scalars(query):
        tally = live_tally(session, proposal.id)
        rows.append(
            ProposalRow(
                id=proposal.id,
                title=proposal.title,
                rule=proposal.rule,
                closes_at=proposal.closes_at,
                closed_at=proposal.closed_at,
                outcome=proposal.outcome.value if proposal.outcome else None,
                voters=len(proposal.voters),
                voted=tally.voted,
                counts=dict(tally.counts),
                occurrence_id=proposal.occurrence_id,
                results_visible=results_visible(session, proposal),
                is_open=is_open(proposal, now),
            )
        )
    still = sorted((r for r in rows if r.is_open), key=lambda r: (r.closes_at, r.title))
    ended = sorted(
        (r for r in rows if not r.is_open),
        key=lambda r: (r.closed_at or r.closes_at, r.title),
        reverse=True,
    )
    return still + ended


def proposals_for_call(session: Session, occurrence_id: str) -> list[Proposal]:
    return list(
        session.scalars(
            select(Proposal)
            .where(Proposal.occurrence_id == occurrence_id)
            .order_by(Proposal.opens_at, Proposal.id)
        )
    )


def _org_names(session: Session, ids: Sequence[str]) -> dict[str, str]:
    table = Organization.__table__
    rows = session.execute(select(table.c.id, table.c.name).where(table.c.id.in_(list(ids))))
    return {str(r[0]): str(r[1]) for r in rows}


@writes(QT_TRANSLATE_NOOP("Changes", "Close the vote"))
def close_proposal(session: Session, proposal_id: str) -> Proposal:
    """Close a proposal now (or at its closing time, once passed): count, freeze the
    outcome and the tally, and, adopted, publish its declaration."""
    proposal = get_proposal(session, proposal_id)
    if proposal.closed_at is not None:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Decisions", "“{title}” is already closed.").format(
                title=proposal.title
            )
        )
    now = clock.now()
    cutoff = min(now, proposal.closes_at)
    everyone = {*proposal.voters, *(c.organization_id for c in casts(session, proposal.id))}
    tally = _count(session, proposal, cutoff)
    proposal.tally = frozen(tally, _org_names(session, sorted(everyone)), cutoff)
    proposal.outcome = tally.outcome
    proposal.closed_at = cutoff
    proposal.closed_by = profiles.credit()
    if proposal.outcome.value == "adopted":
        declaration.adopt(session, proposal, tally)
    return proposal


@writes(QT_TRANSLATE_NOOP("Changes", "Close the votes due"))
def close_due(session: Session) -> list[str]:
    """Close every proposal whose closing time has passed and that the active organizer
    may close; the ids closed."""
    now = clock.now()
    due = session.scalars(
        select(Proposal).where(Proposal.closed_at.is_(None), Proposal.closes_at < now)
    )
    closed: list[str] = []
    for proposal in list(due):
        if access.can_edit(session, proposal):
            close_proposal(session, proposal.id)
            closed.append(proposal.id)
    return closed
