"""One proposal as the panel shows it, read in one session: its text or draft, who
votes, each organization's standing ballot and the ones it replaced, the tally, and
what the organizer at the keyboard may do."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from coalition.decisions import ballots, proposals
from coalition.decisions.ballots import BallotRow
from coalition.decisions.outcome import Tally
from coalition.directory import choices
from coalition.directory.access import COORDINATOR
from coalition.store import changes
from coalition.store.models import (
    BallotCapacity,
    CallOccurrence,
    Outcome,
    ProposalKind,
    ProposalRule,
    ResultsShown,
)
from coalition.ui.common import formatting
from coalition.ui.decisions.common import moment
from coalition.ui.decisions.proxies import ProxyLine, read_proxies


@dataclass
class VoterLine:
    """One voting organization: its standing ballot (None: it has not voted), the
    ballots a later one replaced, and those cast after the cutoff."""

    organization_id: str
    name: str
    standing: BallotRow | None = None
    superseded: list[BallotRow] = field(default_factory=list)
    late: list[BallotRow] = field(default_factory=list)


@dataclass
class ProposalView:
    """Everything the panel shows of one proposal."""

    id: str
    title: str
    text: str
    draft_id: str | None
    draft_title: str
    kind: ProposalKind
    choices: list[str]
    rule: ProposalRule
    quorum: int
    reason_required: bool
    results_shown: ResultsShown
    closes_at: dt.datetime
    proposed_by: str
    proposed_by_org: str
    closed_at: dt.datetime | None
    closed_by: str
    outcome: Outcome | None
    declaration_id: str | None
    occurrence_id: str | None
    call_title: str
    visible: bool  # the choices may be shown (results_shown)
    lines: list[VoterLine]
    tally: Tally
    mine: list[tuple[str, BallotCapacity]]  # the organizations the organizer votes for
    chair: bool  # a coordinator: may record ballots as the chair, and close
    names: dict[str, str]
    is_open: bool  # ballots are still taken (not closed, its time not passed)
    proxies: list[ProxyLine] = field(default_factory=list)  # in force, for its voters

    def name_of(self, organization_id: str) -> str:
        return self.names.get(organization_id, organization_id[:8])


def read_proposal(session: Session, proposal_id: str) -> ProposalView:
    proposal = proposals.get_proposal(session, proposal_id)
    names = dict(choices.organizations(session))
    rows = ballots.ballot_rows(session, proposal.id)
    for row in rows:
        names.setdefault(row.organization_id, row.organization)
    lines = {org: VoterLine(org, names.get(org, org[:8])) for org in proposal.voters}
    for row in rows:
        line = lines.get(row.organization_id)
        if line is None:
            continue
        if row.late:
            line.late.append(row)
        elif row.standing:
            line.standing = row
        else:
            line.superseded.append(row)
    draft = proposal.draft
    still_open = proposals.is_open(proposal)
    occurrence = proposal.occurrence
    by_name = formatting.name_key()
    return ProposalView(
        id=proposal.id,
        title=proposal.title,
        text=proposal.text,
        draft_id=proposal.draft_id,
        draft_title=draft.title if draft is not None else "",
        kind=ProposalKind(proposal.kind),
        choices=list(proposal.choices),
        rule=ProposalRule(proposal.rule),
        quorum=proposal.quorum,
        reason_required=proposal.reason_required,
        results_shown=ResultsShown(proposal.results_shown),
        closes_at=proposal.closes_at,
        proposed_by=proposal.proposed_by,
        proposed_by_org=proposal.proposed_by_org,
        closed_at=proposal.closed_at,
        closed_by=proposal.closed_by,
        outcome=Outcome(proposal.outcome) if proposal.outcome else None,
        declaration_id=proposal.declaration_id,
        occurrence_id=proposal.occurrence_id,
        call_title=_call_title(occurrence),
        visible=proposals.results_visible(session, proposal),
        lines=sorted(lines.values(), key=lambda line: by_name(line.name)),
        tally=proposals.live_tally(session, proposal.id),
        mine=list(ballots.orgs_i_vote_for(session, proposal)) if still_open else [],
        chair=changes.IDENTITY.role in (COORDINATOR, ""),
        names=names,
        is_open=still_open,
        proxies=[
            line
            for line in read_proxies(session, proposal.id)
            if line.revoked_at is None and line.from_org_id in lines
        ],
    )


def _call_title(occurrence: CallOccurrence | None) -> str:
    """The call a proposal was put to: "Weekly coalition call · 12/8/2026 5:30 PM PST"."""
    if occurrence is None:
        return ""
    series = occurrence.series
    title = occurrence.title or (series.title if series is not None else "")
    return f"{title} · {moment(occurrence.start)}" if title else moment(occurrence.start)
