"""Property: four organizations decide on three laptops that sync through one walled
server, in any order.  Each laptop is the chair (a coordinator, recording ballots on the
organizations' behalf) or a delegate of one organization (casting its ballot, and those
of the organizations whose proxy it holds); ballots are cast offline, changed, and synced
whenever.  Once everyone has synced, every laptop counts the same; then one closes the
vote, everyone syncs again, and every laptop and the server hold the same frozen
outcome and tally.  On the way, the server refuses no ballot a laptop's service let
through: the two keep the same rules.

``DECISIONS_EXAMPLES`` sets how many plans are tried (each a database and roles of its
own on the suite's PostgreSQL server).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from coalition.decisions import ballots, proposals, proxies
from coalition.decisions.ballots import BallotRefused
from coalition.decisions.outcome import Tally
from coalition.directory import records as directory
from coalition.store import Database, open_database
from coalition.store.changes import IDENTITY
from coalition.store.models import Proposal
from coalition.sync import walls
from sync_helpers import Laptop, Server
from walls_helpers import Roles

ORGANIZATIONS = ("Alpha Party", "Beta Fund", "Gamma Union", "Delta League")
CHAIR = -1  # a laptop's part: the chair, or the index of the organization it is a delegate of


class VotingLaptop(Laptop):
    """A laptop whose organizer is the chair or one organization's delegate."""

    def __init__(self, path: Path, template: Path, name: str, part: int) -> None:
        super().__init__(path, template, name)
        self.part = part
        self.org_id: str | None = None
        self.org_name = ""
        self.server: Server | None = None

    @property
    def chair(self) -> bool:
        return self.part == CHAIR

    @contextlib.contextmanager
    def acting(self) -> Iterator[None]:
        saved = dict(vars(IDENTITY))
        IDENTITY.actor, IDENTITY.device = self.name, f"{self.name}-laptop"
        IDENTITY.role = "coordinator" if self.chair else "delegate"
        IDENTITY.org_id, IDENTITY.org = self.org_id, self.org_name
        try:
            yield
        finally:
            vars(IDENTITY).update(saved)

    def sync_all(self) -> None:
        """A sync the server takes whole: it refuses none of this laptop's ballots."""
        assert self.server is not None
        report = self.sync(self.server)
        assert report.conflicts == 0, f"the server refused a change of {self.name}'s"


def summary(tally: Tally) -> tuple[Any, ...]:
    """What a count says, comparable from one laptop to the next."""
    return (
        tally.outcome,
        dict(tally.counts),
        {org: cast.ballot_id for org, cast in tally.standing.items()},
        sorted(cast.ballot_id for cast in tally.superseded),
        sorted(cast.ballot_id for cast in tally.late),
        sorted(tally.non_voters),
        tally.winner,
        tally.quorum_met,
    )


def closed_state(db: Database, proposal_id: str) -> tuple[Any, Any, Any]:
    """(outcome, tally, closed_at) of the proposal, as the database holds it."""
    with db.engine.connect() as conn:
        row = conn.execute(
            select(Proposal.outcome, Proposal.tally, Proposal.closed_at).where(
                Proposal.id == proposal_id
            )
        ).one()
    return row[0], row[1], row[2]


laptop_index = st.integers(min_value=0, max_value=2)
org_index = st.integers(min_value=0, max_value=len(ORGANIZATIONS) - 1)
parts = st.lists(st.one_of(st.just(CHAIR), org_index), min_size=3, max_size=3)
given_proxies = st.lists(
    st.tuples(org_index, org_index).filter(lambda pair: pair[0] != pair[1]),
    max_size=3,
    unique=True,
)
kinds = st.one_of(
    st.tuples(st.just("consent"), st.sampled_from(["majority", "two_thirds", "consensus"])),
    st.tuples(st.just("options"), st.sampled_from(["majority", "two_thirds"])),
)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("vote"), laptop_index, org_index, st.integers(0, 9)),
        st.tuples(st.just("sync"), laptop_index),
    ),
    min_size=3,
    max_size=16,
)


@settings(
    max_examples=int(os.environ.get("DECISIONS_EXAMPLES", "4")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    laptop_parts=parts,
    proxy_pairs=given_proxies,
    kind_rule=kinds,
    quorum=st.integers(0, len(ORGANIZATIONS)),
    plan=steps,
    closer=laptop_index,
)
def test_every_laptop_and_the_server_hold_the_same_outcome(
    pg_server: Any,
    migrated_template: Path,
    laptop_parts: list[int],
    proxy_pairs: list[tuple[int, int]],
    kind_rule: tuple[str, str],
    quorum: int,
    plan: list[tuple[Any, ...]],
    closer: int,
) -> None:
    name = f"decisions_{uuid.uuid4().hex[:10]}"
    url = pg_server.create_database(name)
    server_db = open_database(url)
    roles = Roles(pg_server, server_db)
    with tempfile.TemporaryDirectory() as folder:
        staff = Laptop(Path(folder) / "staff.db", migrated_template, "staff")
        laptops = [
            VotingLaptop(Path(folder) / f"laptop{i}.db", migrated_template, f"laptop{i}", part)
            for i, part in enumerate(laptop_parts)
        ]
        try:
            with server_db.engine.begin() as conn:
                walls.install(conn)
            # The coalition's staff record the organizations, put the question to all
            # four, and record the proxies they gave one another.
            kind, rule = kind_rule
            with staff.session() as s:
                orgs = [
                    directory.create_organization(s, directory.OrganizationInput(name=n))
                    for n in ORGANIZATIONS
                ]
                org_ids = [org.id for org in orgs]
                proposal = proposals.create_proposal(
                    s,
                    proposals.ProposalInput(
                        title="Endorse the peaceful movement of state borders",
                        text="The coalition endorses the peaceful movement of state borders.",
                        closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
                        kind=kind,
                        options=("North", "South", "Both") if kind == "options" else (),
                        rule=rule,
                        quorum=quorum,
                    ),
                )
                proposal_id = proposal.id
                for giver, holder in proxy_pairs:
                    proxies.give_proxy(s, org_ids[giver], org_ids[holder])
            staff.sync(Server(url))
            for laptop in laptops:
                if laptop.chair:
                    role = roles.make(None, "coordinator", f"{laptop.name}, the chair")
                else:
                    laptop.org_id, laptop.org_name = (
                        org_ids[laptop.part],
                        ORGANIZATIONS[laptop.part],
                    )
                    role = roles.make(laptop.org_id, "delegate", f"{laptop.name}, delegate")
                laptop.server = Server(role.url())
                laptop.sync_all()

            cast = 0
            for step in plan:
                laptop = laptops[step[1]]
                if step[0] == "sync":
                    laptop.sync_all()
                    continue
                with laptop.session() as s:
                    choices = s.get(Proposal, proposal_id).choices  # type: ignore[union-attr]
                    try:
                        ballots.cast_ballot(
                            s,
                            proposal_id,
                            org_ids[step[2]],
                            choices[step[3] % len(choices)],
                            reason="As our members decided.",
                            on_behalf=laptop.chair,
                        )
                        cast += 1
                    except BallotRefused:
                        pass  # not this delegate's organization, nor one it holds a proxy of

            # Everyone syncs, until each has everyone's ballots: all count the same.
            for laptop in laptops + laptops:
                laptop.sync_all()
            counted = []
            for laptop in laptops:
                with laptop.db.reading() as s, laptop.acting():
                    counted.append(summary(proposals.live_tally(s, proposal_id)))
            assert all(c == counted[0] for c in counted), "the laptops count differently"
            assert len(counted[0][2]) + len(counted[0][3]) <= cast
            event(f"{len(counted[0][2])} organizations voted, {len(counted[0][3])} superseded")
            event(f"outcome: {counted[0][0]}")

            # One closes the vote (the chair, or the staff when no laptop is the chair).
            chairs = [laptop for laptop in laptops if laptop.chair]
            closing: Laptop = chairs[closer % len(chairs)] if chairs else staff
            if closing is staff:
                staff.sync(Server(url))
            with closing.session() as s:
                proposals.close_proposal(s, proposal_id)
            if isinstance(closing, VotingLaptop):
                closing.sync_all()
            else:
                assert staff.sync(Server(url)).conflicts == 0
            for laptop in laptops:
                laptop.sync_all()

            on_server = closed_state(server_db, proposal_id)
            assert on_server[0] is not None and on_server[1], "the server has no frozen outcome"
            assert on_server[0] == counted[0][0]  # what everyone counted before the close
            for laptop in laptops:
                assert closed_state(laptop.db, proposal_id) == on_server, (
                    f"{laptop.name} holds another outcome than the server"
                )
                with laptop.db.reading() as s, laptop.acting():
                    frozen = summary(proposals.live_tally(s, proposal_id))
                assert frozen[:3] == counted[0][:3], f"{laptop.name} reads another tally"
        finally:
            staff.close()
            for laptop in laptops:
                laptop.close()
            server_db.close()
            roles.drop()
            pg_server.drop_database(name)
