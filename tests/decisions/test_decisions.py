"""Proposals and ballots through the services on a real database: who may cast an
organization's ballot, what is refused (and that nothing is stored then), and what a
close freezes and publishes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import ValidationError
from coalition.decisions import ballots, declaration, proposals, proxies
from coalition.decisions.ballots import BallotRefused
from coalition.decisions.proposals import ClosesInPast, ProposalInput
from coalition.store.changes import IDENTITY
from coalition.store.models import Ballot, Draft, DraftStatus, Organization, Outcome, Proposal

NOW = dt.datetime(2026, 12, 8, 1, 0, tzinfo=dt.UTC)  # Monday 17:00 Pacific
NAMES = ("Yes California", "Red Oregon", "Texas Nationalist Movement", "Cascadia Now")


@pytest.fixture
def orgs(make_org: Callable[..., Organization], session: Session) -> dict[str, str]:
    found = {name: make_org(name).id for name in NAMES}
    session.commit()
    return found


@pytest.fixture
def frozen_now() -> Any:
    with clock.frozen_at(NOW) as fixed:
        yield fixed


def act(role: str, org_id: str | None = None, actor: str = "Someone", org: str = "") -> None:
    IDENTITY.role, IDENTITY.org_id, IDENTITY.actor, IDENTITY.org = role, org_id, actor, org


def propose(session: Session, **fields: Any) -> Proposal:
    data = ProposalInput(
        title=fields.pop("title", "Endorse the peaceful movement of state borders"),
        text=fields.pop("text", "The coalition endorses the peaceful movement of state borders."),
        closes_at=fields.pop("closes_at", NOW + dt.timedelta(days=7)),
        **fields,
    )
    proposal = proposals.create_proposal(session, data)
    session.commit()
    return proposal


def ballot_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Ballot)) or 0)


def test_every_active_member_organization_votes_by_default(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session)
    assert sorted(proposal.voters) == sorted(orgs.values())
    assert proposal.choices == ["approve", "object", "abstain"]


def test_consensus_offers_block(session: Session, orgs: dict[str, str], frozen_now: Any) -> None:
    assert "block" in propose(session, rule="consensus").choices


def test_a_closing_time_in_the_past_is_asked_about(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    data = ProposalInput(title="Late", text="t", closes_at=NOW - dt.timedelta(hours=1))
    with pytest.raises(ClosesInPast):
        proposals.create_proposal(session, data)
    assert session.scalar(select(func.count()).select_from(Proposal)) == 0
    assert proposals.create_proposal(session, data, past_ok=True).title == "Late"


def test_a_quorum_larger_than_the_voters_is_refused(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    with pytest.raises(ValidationError, match="cannot be reached"):
        propose(session, quorum=5)


def test_a_delegate_casts_their_organizations_ballot(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session)
    act("delegate", orgs["Red Oregon"], "Dana Reyes", "Red Oregon")
    ballot = ballots.cast_ballot(session, proposal.id, orgs["Red Oregon"], "Approve")
    session.commit()
    assert (ballot.choice, ballot.capacity.value, ballot.cast_by) == (
        "approve",
        "delegate",
        "Dana Reyes",
    )
    assert ballot.owner_org_id == orgs["Red Oregon"]


@pytest.mark.parametrize("role", ["member", "observer"])
def test_someone_not_the_delegate_is_refused_and_nothing_stored(
    session: Session, orgs: dict[str, str], frozen_now: Any, role: str
) -> None:
    proposal = propose(session)
    act(role, orgs["Red Oregon"], "Pat", "Red Oregon")
    with pytest.raises(BallotRefused, match="Red Oregon's delegate"):
        ballots.cast_ballot(session, proposal.id, orgs["Red Oregon"], "approve")
    session.rollback()
    assert ballot_count(session) == 0


def test_a_delegate_cannot_vote_for_another_organization(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session)
    act("delegate", orgs["Red Oregon"])
    with pytest.raises(BallotRefused, match="Cascadia Now's delegate"):
        ballots.cast_ballot(session, proposal.id, orgs["Cascadia Now"], "approve")


def test_the_chair_records_on_behalf_and_only_on_behalf(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session)
    with pytest.raises(BallotRefused, match="on its behalf"):
        ballots.cast_ballot(session, proposal.id, orgs["Cascadia Now"], "approve")
    ballot = ballots.cast_ballot(
        session, proposal.id, orgs["Cascadia Now"], "approve", on_behalf=True
    )
    session.commit()
    row = ballots.ballot_rows(session, proposal.id)[0]
    assert ballot.capacity.value == "chair"
    assert row.by == "recorded by the chair, Test Organizer, on behalf of Cascadia Now"


def test_only_a_coordinator_records_on_behalf(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session)
    act("delegate", orgs["Red Oregon"])
    with pytest.raises(BallotRefused, match="Only the chair"):
        ballots.cast_ballot(session, proposal.id, orgs["Red Oregon"], "approve", on_behalf=True)


def test_a_proxy_lets_another_delegate_vote_until_revoked(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session)
    proxy = proxies.give_proxy(session, orgs["Cascadia Now"], orgs["Red Oregon"])
    session.commit()
    assert proxy.given_by == "Test Organizer"
    act("delegate", orgs["Red Oregon"], "Dana Reyes", "Red Oregon")
    assert [c.value for _, c in ballots.orgs_i_vote_for(session, proposal)] == ["delegate", "proxy"]
    ballot = ballots.cast_ballot(session, proposal.id, orgs["Cascadia Now"], "abstain")
    session.commit()
    assert (ballot.capacity.value, ballot.owner_org_id, ballot.proxy_id) == (
        "proxy",
        orgs["Red Oregon"],
        proxy.id,
    )
    assert ballots.ballot_rows(session, proposal.id)[0].by == (
        "Dana Reyes, by proxy held by Red Oregon"
    )
    act("coordinator")
    proxies.revoke_proxy(session, proxy.id)
    session.commit()
    act("delegate", orgs["Red Oregon"])
    with pytest.raises(BallotRefused):
        ballots.cast_ballot(session, proposal.id, orgs["Cascadia Now"], "approve")


def test_a_choice_not_offered_and_a_block_without_consensus_are_refused(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session)
    org = orgs["Red Oregon"]
    with pytest.raises(BallotRefused, match="“maybe” is not a choice"):
        ballots.cast_ballot(session, proposal.id, org, "maybe", on_behalf=True)
    with pytest.raises(BallotRefused, match="only under the consensus rule"):
        ballots.cast_ballot(session, proposal.id, org, "block", reason="no", on_behalf=True)
    session.rollback()
    assert ballot_count(session) == 0


def test_an_objection_needs_its_reason(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session, rule="consensus")
    with pytest.raises(BallotRefused, match="give a reason"):
        ballots.cast_ballot(session, proposal.id, orgs["Red Oregon"], "block", on_behalf=True)
    ballot = ballots.cast_ballot(
        session,
        proposal.id,
        orgs["Red Oregon"],
        "block",
        reason="Not our members' view",
        on_behalf=True,
    )
    assert ballot.reason == "Not our members' view"


def test_a_vote_after_the_closing_time_is_refused(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session, closes_at=NOW + dt.timedelta(hours=1))
    with (
        clock.frozen_at(NOW + dt.timedelta(hours=2)),
        pytest.raises(BallotRefused, match="closed at"),
    ):
        ballots.cast_ballot(session, proposal.id, orgs["Red Oregon"], "approve", on_behalf=True)
    session.rollback()
    assert ballot_count(session) == 0


def test_an_organization_not_voting_is_refused(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session, voters=[orgs["Red Oregon"], orgs["Yes California"]])
    with pytest.raises(BallotRefused, match="does not vote"):
        ballots.cast_ballot(session, proposal.id, orgs["Cascadia Now"], "approve", on_behalf=True)


def test_two_ballots_for_one_organization_the_later_stands_both_kept(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session)
    org = orgs["Red Oregon"]
    ballots.cast_ballot(session, proposal.id, org, "object", reason="Too soon", on_behalf=True)
    session.commit()
    with clock.frozen_at(NOW + dt.timedelta(minutes=10)):
        act("delegate", org, "Dana Reyes", "Red Oregon")
        ballots.cast_ballot(session, proposal.id, org, "approve")
        session.commit()
    conflict = ballots.conflicts(session, proposal.id)[org]
    assert [(r.choice, r.standing) for r in conflict] == [("object", False), ("approve", True)]
    assert proposals.live_tally(session, proposal.id).counts["approve"] == 1


def test_close_freezes_the_outcome_and_publishes_a_locked_declaration(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session, quorum=3)
    for name, choice in (
        ("Yes California", "approve"),
        ("Red Oregon", "approve"),
        ("Cascadia Now", "abstain"),
    ):
        ballots.cast_ballot(session, proposal.id, orgs[name], choice, on_behalf=True)
    session.commit()
    closed = proposals.close_proposal(session, proposal.id)
    session.commit()
    assert closed.outcome == Outcome.ADOPTED and closed.closed_at == NOW
    assert [n["organization"] for n in closed.tally["non_voters"]] == ["Texas Nationalist Movement"]
    draft = session.get(Draft, closed.declaration_id)
    assert draft is not None and draft.status == DraftStatus.PUBLISHED
    assert draft.adopted_by_id == closed.id
    text = declaration.declaration_markdown(session, closed.id)
    assert "## Approved by\n\n- Red Oregon\n- Yes California" in text
    assert "## Abstained\n\n- Cascadia Now" in text
    # A ballot that reaches this laptop after the close changes nothing frozen.
    with pytest.raises(BallotRefused, match="closed at"):
        ballots.cast_ballot(
            session, proposal.id, orgs["Red Oregon"], "object", reason="x", on_behalf=True
        )


def test_close_without_quorum_publishes_nothing(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session, quorum=3)
    ballots.cast_ballot(session, proposal.id, orgs["Red Oregon"], "approve", on_behalf=True)
    closed = proposals.close_proposal(session, proposal.id)
    session.commit()
    assert closed.outcome == Outcome.NO_QUORUM and closed.declaration_id is None


def test_close_due_closes_what_has_passed(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    soon = propose(session, title="Soon", closes_at=NOW + dt.timedelta(hours=1))
    later = propose(session, title="Later")
    with clock.frozen_at(NOW + dt.timedelta(hours=2)):
        assert proposals.close_due(session) == [soon.id]
        session.commit()
        rows = proposals.list_proposals(session)
    assert [r.title for r in rows] == ["Later", "Soon"]
    assert later.closed_at is None and soon.closed_at == soon.closes_at


def test_hidden_results_until_voted(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    proposal = propose(session, results_shown="after-voting")
    act("delegate", orgs["Red Oregon"])
    assert not proposals.results_visible(session, proposal)
    ballots.cast_ballot(session, proposal.id, orgs["Red Oregon"], "approve")
    assert proposals.results_visible(session, proposal)
    act("delegate", orgs["Cascadia Now"])
    assert not proposals.results_visible(session, proposal)


def test_a_proposal_is_found_by_its_words_and_its_ballots_reasons(
    session: Session, orgs: dict[str, str], frozen_now: Any
) -> None:
    from coalition.search.query import search

    proposal = propose(session)
    ballots.cast_ballot(
        session,
        proposal.id,
        orgs["Red Oregon"],
        "object",
        reason="Members want a referendum",
        on_behalf=True,
    )
    session.commit()
    assert [(h.kind, h.id) for h in search(session, "peaceful movement")] == [
        ("proposal", proposal.id)
    ]
    assert [h.id for h in search(session, "referendum")] == [proposal.id]


def test_two_laptops_closing_alike_publish_one_declaration(
    session: Session, orgs: dict[str, str], frozen_now: Any, db: Any, tmp_path: Any
) -> None:
    """Two coordinators' laptops with the same ballots, both closing after the closing
    time: the declaration, its revision and its status move are the same records, which
    a sync meets as one, not two published declarations."""
    import sqlite3

    from coalition.store import open_database
    from coalition.store.models import DraftRevision, DraftStatusChange

    proposal = propose(session, closes_at=NOW + dt.timedelta(hours=1))
    ballots.cast_ballot(session, proposal.id, orgs["Red Oregon"], "approve", on_behalf=True)
    session.commit()
    copy = tmp_path / "other-laptop.db"
    with sqlite3.connect(db.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    source.close()
    target.close()

    def close_on(s: Session) -> tuple[str, set[str]]:
        with clock.frozen_at(NOW + dt.timedelta(hours=3)):
            assert proposals.close_due(s) == [proposal.id]
            s.commit()
        closed = s.get(Proposal, proposal.id)
        assert closed is not None and closed.declaration_id is not None
        rows = {r.id for r in s.scalars(select(DraftRevision))} | {
            r.id for r in s.scalars(select(DraftStatusChange))
        }
        return closed.declaration_id, rows

    here = close_on(session)
    other_db = open_database(copy)
    try:
        with other_db.session() as other:
            there = close_on(other)
    finally:
        other_db.close()
    assert here == there
