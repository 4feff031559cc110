"""The decisions' walls as a laptop meets them: a ballot the server will not take stays
on the laptop as a refused change, with the server's sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.store import Database
from coalition.store.changes import writes
from coalition.store.models import Ballot, Proposal
from coalition.sync import walls
from coalition.sync.conflicts import conflicts
from sync_helpers import Laptop, Server
from walls_helpers import Roles, add_group


@writes("Put a proposal")
def put_proposal(session: Session, title: str, voters: list[str]) -> str:
    proposal = Proposal(
        title=title,
        closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
        choices=["approve", "object", "abstain"],
        voters=voters,
    )
    session.add(proposal)
    session.flush()
    return proposal.id


@writes("Cast a ballot")
def vote(session: Session, proposal_id: str, org_id: str, choice: str) -> str:
    ballot = Ballot(proposal_id=proposal_id, organization_id=org_id, choice=choice)
    session.add(ballot)
    session.flush()
    return ballot.id


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


def test_a_ballot_the_server_refuses_stays_on_the_laptop_with_the_servers_sentence(
    laptops: dict[str, Laptop],
    pg_url: str,
    server_db: Database,
    roles: Roles,
    organizer: Any,
) -> None:
    staff, ana = laptops["staff"], laptops["ana"]
    with staff.session() as s:
        alpha, beta = add_group(s, "Alpha Party"), add_group(s, "Beta Fund")
        charter = put_proposal(s, "Ratify the charter", [alpha, beta])
    staff.sync(Server(pg_url))
    role = roles.make(alpha, "member", "Ana of Alpha")  # not (yet) its delegate
    ana_server = Server(role.url())
    ana.sync(ana_server)

    organizer.role, organizer.org_id, organizer.org = "member", alpha, "Alpha Party"
    with ana.session() as s:
        vote(s, charter, alpha, "object")
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
    assert server_ballots(server_db) == []

    # The owner makes Ana's role Alpha's delegate: her next ballot is taken.
    with server_db.engine.begin() as conn:
        walls.record_role(conn, role.name, alpha, "delegate", "Ana, delegate of Alpha")
    with ana.session() as s:
        vote(s, charter, alpha, "approve")
    assert ana.sync(ana_server).conflicts == 0
    assert server_ballots(server_db) == [(alpha, "approve")]
