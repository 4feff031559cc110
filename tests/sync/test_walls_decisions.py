"""The server's walls around the decisions, proved with plain SQL: each organization's
role connects with psycopg alone (no Coalition code) to the suite's real PostgreSQL
server and casts ballots as a laptop's sync would write them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy.engine import make_url

from coalition.cli import main
from coalition.store import Database
from coalition.sync import walls
from walls_helpers import Role, Roles, seed


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)  # as the server keeps instants


@pytest.fixture
def world(server_db: Database) -> dict[str, Any]:
    """Alpha and Beta vote on “Ratify the charter” (open for a day), Gamma does not;
    “Old business” closed an hour ago; Beta gave Alpha its proxy for the charter."""
    orgs = {}
    for key, name in (("a", "Alpha Party"), ("b", "Beta Fund"), ("c", "Gamma Union")):
        org_id = str(uuid.uuid4())
        seed(server_db, "organization", id=org_id, name=name, owner_org_id=org_id)
        orgs[key] = org_id
    now = dt.datetime.now(dt.UTC)
    ratify = seed(
        server_db,
        "proposal",
        title="Ratify the charter",
        closes_at=now + dt.timedelta(days=1),
        choices=["approve", "object", "abstain"],
        voters=[orgs["a"], orgs["b"]],
        owner_org_id=None,
    )
    old = seed(
        server_db,
        "proposal",
        title="Old business",
        closes_at=now + dt.timedelta(days=1),
        closed_at=now - dt.timedelta(hours=1),
        outcome="adopted",
        tally={"counts": {"approve": 2}},
        choices=["approve", "object", "abstain"],
        voters=[orgs["a"], orgs["b"]],
        owner_org_id=None,
    )
    proxy = seed(
        server_db,
        "proxy",
        from_org_id=orgs["b"],
        to_org_id=orgs["a"],
        proposal_id=ratify["id"],
        owner_org_id=orgs["b"],
    )
    return {**orgs, "ratify": ratify["id"], "old": old["id"], "proxy": proxy["id"]}


def cast(
    role: Role,
    proposal: str,
    org: str,
    *,
    capacity: str = "delegate",
    owner: str | None = None,
    cast_at: dt.datetime | None = None,
    choice: str = "approve",
) -> str:
    """A ballot, written as a laptop's sync writes it; its id."""
    ballot_id = str(uuid.uuid4())
    now = utc_now()
    with role.connect() as conn:
        conn.execute(
            "INSERT INTO ballot (id, proposal_id, organization_id, choice, reason, capacity, "
            "cast_by, cast_by_email, cast_at, created_at, updated_at, owner_org_id, visibility) "
            "VALUES (%s, %s, %s, %s, '', %s, 'Someone', '', %s, %s, %s, %s, 'shared')",
            (
                ballot_id,
                proposal,
                org,
                choice,
                capacity,
                cast_at or now,
                now,
                now,
                owner if owner is not None else org,
            ),
        )
    return ballot_id


def refused(role: Role, *args: Any, **kwargs: Any) -> psycopg.Error:
    with pytest.raises(errors.InsufficientPrivilege) as caught:
        cast(role, *args, **kwargs)
    return caught.value


def said(error: psycopg.Error) -> str:
    return f"{error.diag.message_primary} / {error.diag.message_hint}"


def ballots(db: Database) -> list[tuple[str, str, str]]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT organization_id, capacity, choice FROM ballot ORDER BY cast_at"
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_delegate_casts_its_organizations_ballot_and_a_member_may_not(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    delegate = roles.make(world["a"], "delegate", "Ana, delegate of Alpha")
    member = roles.make(world["a"], "member", "Cruz of Alpha")

    cast(delegate, world["ratify"], world["a"], choice="object")

    error = refused(member, world["ratify"], world["a"])
    assert said(error).startswith("only a delegate of Alpha Party casts its ballot on “Ratify")
    assert "--kind delegate" in (error.diag.message_hint or "")
    # Nor does Alpha's delegate cast Beta's ballot as its own.
    error = refused(delegate, world["ratify"], world["b"])
    assert "only a delegate of Beta Fund" in said(error)
    assert ballots(server_db) == [(world["a"], "delegate", "object")]


def test_the_chair_records_any_organizations_ballot_and_no_one_else_does(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    chair = roles.make(None, "coordinator", "The chair")
    delegate = roles.make(world["a"], "delegate")

    cast(chair, world["ratify"], world["b"], capacity="chair", choice="abstain")

    error = refused(delegate, world["ratify"], world["a"], capacity="chair")
    assert "only a coordinator records a ballot on behalf of Alpha Party" in said(error)
    assert ballots(server_db) == [(world["b"], "chair", "abstain")]


def test_a_coordinator_or_the_owner_writes_any_ballot_as_it_writes_any_record(
    roles: Roles, world: dict[str, Any], server_db: Database, pg_url: str
) -> None:
    """A coalition whose laptops all sync as the server's owner (no roles made yet) still
    takes its delegates' ballots; the dates and the voters hold for everyone."""
    chair = roles.make(None, "coordinator")
    cast(chair, world["ratify"], world["a"], capacity="delegate")
    url = make_url(pg_url)
    owner = Role(
        str(url.username),
        str(url.password),
        str(url.database),
        str(url.host),
        int(url.port or 5432),
    )
    cast(owner, world["ratify"], world["b"], capacity="proxy", owner=world["a"])
    error = refused(owner, world["old"], world["a"])
    assert "too late to count" in said(error)
    error = refused(owner, world["ratify"], world["c"])
    assert "does not vote on" in said(error)
    assert ballots(server_db) == [
        (world["a"], "delegate", "approve"),
        (world["b"], "proxy", "approve"),
    ]


def test_a_proxy_ballot_counts_only_while_the_proxy_stands(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    alpha = roles.make(world["a"], "delegate", "Ana, delegate of Alpha")
    gamma = roles.make(world["c"], "delegate")
    beta_member = roles.make(world["b"], "member")

    cast(alpha, world["ratify"], world["b"], capacity="proxy", owner=world["a"])
    # Gamma holds no proxy of Beta's; and a proxy for the charter is none for old business.
    error = refused(gamma, world["ratify"], world["b"], capacity="proxy", owner=world["c"])
    assert said(error).startswith("Gamma Union holds no proxy from Beta Fund for “Ratify")
    # A proxy ballot cast in the name of a holder one is no delegate of.
    error = refused(beta_member, world["ratify"], world["b"], capacity="proxy", owner=world["a"])
    assert "only a delegate of Alpha Party casts the ballot of Beta Fund" in said(error)

    with server_db.engine.begin() as conn:  # Beta takes its proxy back
        conn.exec_driver_sql(
            "UPDATE proxy SET revoked_at = now() AT TIME ZONE 'UTC' WHERE id = %s",
            (world["proxy"],),
        )
    error = refused(alpha, world["ratify"], world["b"], capacity="proxy", owner=world["a"])
    assert "Alpha Party holds no proxy from Beta Fund" in said(error)
    assert "revoked" in said(error)

    seed(  # a proxy for every proposal, until revoked
        server_db, "proxy", from_org_id=world["b"], to_org_id=world["a"], owner_org_id=world["b"]
    )
    cast(alpha, world["ratify"], world["b"], capacity="proxy", owner=world["a"], choice="object")
    assert ballots(server_db) == [
        (world["b"], "proxy", "approve"),
        (world["b"], "proxy", "object"),
    ]


def test_no_ballot_after_the_close_or_dated_after_it(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    delegate = roles.make(world["a"], "delegate")
    chair = roles.make(None, "coordinator")

    for who, capacity in ((delegate, "delegate"), (chair, "chair")):
        error = refused(who, world["old"], world["a"], capacity=capacity)
        assert said(error).startswith("voting on “Old business” closed at ")
        assert "too late to count" in said(error)

    with server_db.engine.begin() as conn:  # closing in the past, not yet closed
        conn.exec_driver_sql(
            "UPDATE proposal SET closes_at = %s WHERE id = %s",
            (utc_now() - dt.timedelta(minutes=30), world["ratify"]),
        )
    error = refused(delegate, world["ratify"], world["a"])
    assert said(error).startswith("voting on “Ratify the charter” closed at ")
    assert "this ballot was cast at " in said(error) and ", after it" in said(error)
    # Cast before closing time, synced after it: it counts.
    cast(delegate, world["ratify"], world["a"], cast_at=utc_now() - dt.timedelta(hours=1))
    assert len(ballots(server_db)) == 1


def test_a_ballot_dated_ahead_of_the_servers_clock_is_refused(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    delegate = roles.make(world["a"], "delegate")

    error = refused(
        delegate, world["ratify"], world["a"], cast_at=utc_now() + dt.timedelta(minutes=20)
    )
    assert "ahead of the server's clock" in said(error)
    assert "Set the clock" in said(error)
    # A laptop's clock a few minutes fast is no fault.
    cast(delegate, world["ratify"], world["a"], cast_at=utc_now() + dt.timedelta(minutes=5))
    assert len(ballots(server_db)) == 1


def test_only_the_organizations_a_proposal_was_put_to_vote(
    roles: Roles, world: dict[str, Any]
) -> None:
    gamma = roles.make(world["c"], "delegate")
    chair = roles.make(None, "coordinator")
    for who, capacity in ((gamma, "delegate"), (chair, "chair")):
        error = refused(who, world["ratify"], world["c"], capacity=capacity)
        assert said(error).startswith(
            "Gamma Union does not vote on “Ratify the charter”: the proposal was not put to it"
        )


def test_a_ballot_is_never_changed_but_may_be_sent_again(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    delegate = roles.make(world["a"], "delegate")
    ballot = cast(delegate, world["ratify"], world["a"], choice="object")
    with delegate.connect() as conn:
        conn.execute(  # the same ballot again, as a sync whose answer was lost sends it
            "UPDATE ballot SET choice = 'object', updated_at = now() WHERE id = %s", (ballot,)
        )
        for change in (
            "choice = 'approve'",
            "capacity = 'chair'",
            "cast_at = cast_at + interval '1 minute'",
        ):
            with pytest.raises(errors.InsufficientPrivilege) as caught:
                conn.execute(f"UPDATE ballot SET {change} WHERE id = %s", (ballot,))
            assert said(caught.value).startswith("a ballot is never changed once cast")
            assert "Cast a new ballot instead" in said(caught.value)
    chair = roles.make(None, "coordinator")  # not even a coordinator changes one
    with chair.connect() as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE ballot SET choice = 'approve' WHERE id = %s", (ballot,))
    assert ballots(server_db) == [(world["a"], "delegate", "object")]


def test_a_closed_proposals_outcome_is_frozen(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    chair = roles.make(None, "coordinator")
    with chair.connect() as conn:
        for change in (
            "outcome = 'rejected'",
            'tally = \'{"counts": {"approve": 3}}\'',
            "closed_at = closed_at + interval '1 minute'",
            "closed_at = NULL",
            "rule = 'two_thirds'",
            "quorum = 5",
            "choices = '[\"approve\"]'",
            "voters = '[]'",
            "closes_at = closes_at + interval '1 day'",
            "text = 'Another text'",
        ):
            with pytest.raises(errors.InsufficientPrivilege) as caught:
                conn.execute(f"UPDATE proposal SET {change} WHERE id = %s", (world["old"],))
            assert said(caught.value).startswith("the outcome of “Old business” was frozen at")
        # The same values again (a sync sent twice) and its title pass.
        conn.execute(
            'UPDATE proposal SET tally = \'{"counts":  {"approve": 2}}\', '
            "title = 'Old business, 2026', updated_at = now() WHERE id = %s",
            (world["old"],),
        )
        # An open proposal closes, once.
        conn.execute(
            "UPDATE proposal SET closed_at = now() AT TIME ZONE 'UTC', outcome = 'adopted' "
            "WHERE id = %s",
            (world["ratify"],),
        )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE proposal SET outcome = 'rejected' WHERE id = %s", (world["ratify"],)
            )
    with server_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT outcome FROM proposal ORDER BY title").all() == [
            ("adopted",),
            ("adopted",),
        ]


def test_delegate_orgs_names_the_organizations_a_role_casts_for(
    roles: Roles, world: dict[str, Any]
) -> None:
    delegate = roles.make(world["a"], "delegate")
    member = roles.make(world["b"], "member")
    with delegate.connect() as conn:
        assert conn.execute("SELECT coalition_delegate_orgs()").fetchone() == ([world["a"]],)
        # It writes its organization's records as a member does.
        conn.execute("UPDATE organization SET notes = 'ours' WHERE id = %s", (world["a"],))
    with member.connect() as conn:
        assert conn.execute("SELECT coalition_delegate_orgs()").fetchone() == ([],)


def test_a_server_walled_before_delegates_existed_takes_them(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    with server_db.engine.begin() as conn:  # as an earlier version set coalition_role up
        conn.exec_driver_sql("ALTER TABLE coalition_role DROP CONSTRAINT coalition_role_kind_check")
        conn.exec_driver_sql(
            "ALTER TABLE coalition_role ADD CONSTRAINT coalition_role_kind_check "
            "CHECK (kind IN ('coordinator', 'member', 'observer'))"
        )
    with server_db.engine.begin() as conn:
        walls.install(conn)
        walls.install(conn)  # again: nothing changes
    delegate = roles.make(world["a"], "delegate")
    cast(delegate, world["ratify"], world["a"])


def test_the_owner_adds_a_delegate_from_the_command_line(
    roles: Roles,
    world: dict[str, Any],
    server_db: Database,
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = make_url(pg_url)
    bare = f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}"
    monkeypatch.setenv("PGPASSWORD", str(url.password))
    name = roles.make(world["b"], "member").name  # made by the suite, then made a delegate

    code = main(
        ["server", "add-role", "--server", bare, "--role", name, "--org", "Beta Fund",
         "--kind", "delegate", "--name", "Ben, delegate of Beta"]
    )  # fmt: skip

    assert code == 0, capsys.readouterr().err
    assert f"{name} acts as a delegate for Beta Fund" in capsys.readouterr().out
    with server_db.engine.connect() as conn:
        listed = {row.db_role: row for row in walls.roles(conn)}
    assert (listed[name].kind, listed[name].organization) == ("delegate", "Beta Fund")
