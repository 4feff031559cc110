"""The decisions' walls as laptops meet them through the real sync: a ballot or a close
the server will not take stays on the laptop as a refused change, with the server's
sentence, and withdrawing it brings the server's outcome."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from coalition.decisions import ballots, proposals
from coalition.store import Database
from coalition.store.models import Ballot, Outcome, Proposal
from coalition.sync import walls
from coalition.sync.conflicts import choose_other, conflicts
from sync_helpers import Laptop, Server
from walls_helpers import Roles, add_group


def server_ballots(db: Database) -> list[tuple[str, str]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(Ballot.organization_id, Ballot.choice))]  # type: ignore[misc]


@pytest.fixture
def laptops(tmp_path: Path, migrated_template: Path) -> Iterator[dict[str, Laptop]]:
    made = {
        name: Laptop(tmp_path / f"{name}.db", migrated_template, name) for name in ("staff", "ana")
    }
    yield made
    for laptop in made.values():
        laptop.close()


@pytest.fixture
def decision(
    laptops: dict[str, Laptop], pg_url: str, server_db: Database, organizer: Any
) -> dict[str, Any]:
    """Alpha and Beta vote on “Ratify the charter”, put to them by the staff, who synced
    it as the server's owner."""
    staff = laptops["staff"]
    with staff.session() as s:
        alpha, beta = add_group(s, "Alpha Party"), add_group(s, "Beta Fund")
        charter = proposals.create_proposal(
            s,
            proposals.ProposalInput(
                title="Ratify the charter",
                text="The coalition ratifies its charter.",
                closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
                voters=(alpha, beta),
            ),
        ).id
    staff.sync(Server(pg_url))
    return {"alpha": alpha, "beta": beta, "charter": charter}


def acting_as(organizer: Any, role: str, org_id: str | None, org: str = "") -> None:
    organizer.role, organizer.org_id, organizer.org = role, org_id, org


def test_a_ballot_the_server_refuses_stays_on_the_laptop_with_the_servers_sentence(
    laptops: dict[str, Laptop],
    decision: dict[str, Any],
    server_db: Database,
    roles: Roles,
    organizer: Any,
) -> None:
    """Ana's profile says she is Alpha's delegate; the server's owner has not yet made
    her role one."""
    ana = laptops["ana"]
    alpha, charter = decision["alpha"], decision["charter"]
    role = roles.make(alpha, "member", "Ana of Alpha")
    ana_server = Server(role.url())
    ana.sync(ana_server)

    acting_as(organizer, "delegate", alpha, "Alpha Party")
    with ana.session() as s:
        ballots.cast_ballot(s, charter, alpha, "object", reason="Not yet")
    report = ana.sync(ana_server)

    assert report.conflicts == 1
    with ana.db.reading() as s:
        (conflict,) = conflicts(s)
        assert conflict.kind == "refused" and conflict.table_name == "ballot"
        assert conflict.detail.startswith("refused by the server, kept on this laptop: ")
        assert "only a delegate of Alpha Party casts its ballot on “Ratify the charter”" in (
            conflict.detail
        )
        assert "--kind delegate" in conflict.detail
        assert proposals.live_tally(s, charter).voted == 1  # still counted here
    assert server_ballots(server_db) == []

    # The owner makes Ana's role Alpha's delegate: her next ballot is taken.
    with server_db.engine.begin() as conn:
        walls.record_role(conn, role.name, alpha, "delegate", "Ana, delegate of Alpha")
    with ana.session() as s:
        ballots.cast_ballot(s, charter, alpha, "approve")
    assert ana.sync(ana_server).conflicts == 0
    assert server_ballots(server_db) == [(alpha, "approve")]


def test_a_ballot_cast_offline_after_the_chair_closed_is_refused_as_too_late(
    laptops: dict[str, Laptop],
    decision: dict[str, Any],
    server_db: Database,
    roles: Roles,
    organizer: Any,
) -> None:
    ana, chair = laptops["ana"], laptops["staff"]
    ana_server = Server(roles.make(decision["alpha"], "delegate", "Ana of Alpha").url())
    chair_server = Server(roles.make(None, "coordinator", "The chair").url())
    ana.sync(ana_server)
    chair.sync(chair_server)

    with chair.session() as s:  # the chair closes early, during the call
        proposals.close_proposal(s, decision["charter"])
    assert chair.sync(chair_server).conflicts == 0
    acting_as(organizer, "delegate", decision["alpha"], "Alpha Party")
    with ana.session() as s:  # Ana, offline, still sees it open
        ballots.cast_ballot(s, decision["charter"], decision["alpha"], "approve")

    assert ana.sync(ana_server).conflicts == 1
    with ana.db.reading() as s:
        (conflict,) = conflicts(s)
        assert conflict.kind == "refused" and conflict.table_name == "ballot"
        assert "voting on “Ratify the charter” closed at " in conflict.detail
        assert "too late to count" in conflict.detail
        # Her laptop now has the close, and the frozen count without her ballot.
        assert proposals.live_tally(s, decision["charter"]).voted == 0
    assert server_ballots(server_db) == []


def test_a_second_close_made_offline_is_refused_and_the_first_outcome_stands(
    laptops: dict[str, Laptop],
    decision: dict[str, Any],
    server_db: Database,
    roles: Roles,
    organizer: Any,
) -> None:
    first, second = laptops["staff"], laptops["ana"]  # two coordinators' laptops
    server = Server(roles.make(None, "coordinator", "The chair").url())
    second.sync(server)
    with first.session() as s:  # one records Alpha's approval and closes: adopted
        ballots.cast_ballot(s, decision["charter"], decision["alpha"], "approve", on_behalf=True)
        proposals.close_proposal(s, decision["charter"])
    with second.session() as s:  # the other, offline, Beta's objection, and closes: rejected
        ballots.cast_ballot(
            s, decision["charter"], decision["beta"], "object", reason="Too soon", on_behalf=True
        )
        proposals.close_proposal(s, decision["charter"])
    assert first.sync(server).conflicts == 0

    assert second.sync(server).conflicts >= 2
    with second.db.reading() as s:
        said = {c.table_name: c.detail for c in conflicts(s)}
    assert "too late to count" in said["ballot"]
    assert "the outcome of “Ratify the charter” was frozen at its close" in said["proposal"]
    with server_db.engine.connect() as conn:
        outcome = conn.execute(
            select(Proposal.outcome).where(Proposal.id == decision["charter"])
        ).scalar()
    assert outcome == Outcome.ADOPTED
    assert server_ballots(server_db) == [(decision["alpha"], "approve")]

    with second.db.session() as s:  # withdrawn: the second laptop has the server's outcome
        for conflict in conflicts(s):
            choose_other(s, conflict.id)
    second.sync(server)
    with second.db.reading() as s:
        assert s.get(Proposal, decision["charter"]).outcome == Outcome.ADOPTED  # type: ignore[union-attr]
