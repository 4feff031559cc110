"""The server's walls as laptops meet them: two organizations' laptops sync through the
suite's real PostgreSQL server, each with its organization's role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from psycopg import sql
from sqlalchemy import select

from coalition.store import Database, open_database
from coalition.store.base import PRIVATE
from coalition.store.models import ChangeLog, Person, SyncConflict
from coalition.sync import walls
from coalition.sync.conflicts import choose_other, conflicts, other_choice
from coalition.sync.connection import SyncError
from sync_helpers import Laptop, Server
from walls_helpers import Roles, add_group, add_person, rename


def people(laptop: Laptop) -> dict[str, str]:
    with laptop.db.reading() as s:
        return {p.id: p.name for p in s.scalars(select(Person))}


@pytest.fixture
def laptops(tmp_path: Path, migrated_template: Path) -> Iterator[dict[str, Laptop]]:
    made = {
        name: Laptop(tmp_path / f"{name}.db", migrated_template, name)
        for name in ("staff", "ana", "ben")
    }
    yield made
    for laptop in made.values():
        laptop.close()


@pytest.fixture
def coalition(
    laptops: dict[str, Laptop], pg_url: str, server_db: Database, roles: Roles
) -> dict[str, Any]:
    """The coalition's staff record two groups and a shared contact of Alpha's, and sync
    as the server's owner; Alpha and Beta each get a role."""
    staff = laptops["staff"]
    with staff.session() as s:
        alpha, beta = add_group(s, "Alpha Party"), add_group(s, "Beta Fund")
        shared = add_person(s, "Sam Shared", alpha)
    staff.sync(Server(pg_url))
    alpha_role = roles.make(alpha, "member", "Ana of Alpha")
    beta_role = roles.make(beta, "member", "Ben of Beta")
    return {
        "alpha": alpha,
        "beta": beta,
        "shared": shared,
        "ana": Server(alpha_role.url()),
        "ben": Server(beta_role.url()),
        "beta_role": beta_role,
    }


def test_a_private_record_never_reaches_another_groups_laptop(
    laptops: dict[str, Laptop], coalition: dict[str, Any], organizer: Any
) -> None:
    ana, ben = laptops["ana"], laptops["ben"]
    ana.sync(coalition["ana"])
    with ana.session() as s:
        private = add_person(s, "Pat Private", coalition["alpha"], PRIVATE)
    assert ana.sync(coalition["ana"]).conflicts == 0

    ben.sync(coalition["ben"])
    assert set(people(ben)) == {coalition["shared"]}
    assert private not in people(ben)
    with ben.db.reading() as s:  # not even in its history
        assert s.scalars(select(ChangeLog).where(ChangeLog.row_id == private)).all() == []


def test_a_refused_edit_stays_on_the_laptop_as_a_conflict_with_the_servers_reason(
    laptops: dict[str, Laptop], coalition: dict[str, Any], server_db: Database
) -> None:
    ana, ben = laptops["ana"], laptops["ben"]
    ben.sync(coalition["ben"])
    with ben.session() as s:
        rename(s, coalition["shared"], "Sam Renamed by Beta")
    with ben.session() as s:
        own = add_person(s, "Bea of Beta", coalition["beta"])

    report = ben.sync(coalition["ben"])

    assert report.conflicts == 1
    assert people(ben)[coalition["shared"]] == "Sam Renamed by Beta"  # still here
    with ben.db.reading() as s:
        (conflict,) = conflicts(s)
        assert conflict.kind == "refused" and conflict.row_id == coalition["shared"]
        assert "Alpha Party" in conflict.detail and "kept on this laptop" in conflict.detail
    with server_db.engine.connect() as conn:
        names = dict(conn.execute(select(Person.id, Person.name)).all())
    assert names[coalition["shared"]] == "Sam Shared"
    assert names[own] == "Bea of Beta"  # the rest of the push went on

    again = ben.sync(coalition["ben"])  # refused once: not sent again
    assert (again.sent, again.conflicts) == (0, 0)
    with ben.db.reading() as s:
        assert len(s.scalars(select(SyncConflict)).all()) == 1

    with ben.db.session() as s:  # withdrawn: the laptop has the server's copy again
        assert other_choice(s, conflict) == "Withdraw my change"
        choose_other(s, conflict.id)
    assert people(ben)[coalition["shared"]] == "Sam Shared"
    assert ben.sync(coalition["ben"]).conflicts == 0

    ana.sync(coalition["ana"])
    assert people(ana)[coalition["shared"]] == "Sam Shared"
    with ana.db.reading() as s:
        made = s.scalars(
            select(ChangeLog).where(ChangeLog.row_id == own, ChangeLog.action == "insert")
        ).one()
    assert (made.actor, made.actor_org) == ("Ben of Beta", "Beta Fund")  # as the server says


def test_a_role_the_server_does_not_know_or_no_longer_lets_in_is_told_what_to_do(
    laptops: dict[str, Laptop], coalition: dict[str, Any], server_db: Database, pg_server: Any
) -> None:
    ben = laptops["ben"]
    with ben.session() as s:
        own = add_person(s, "Bea of Beta", coalition["beta"])
    role = coalition["beta_role"]
    with server_db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM coalition_role WHERE db_role = %s", (role.name,))
    with pytest.raises(SyncError, match="add-role"):
        ben.sync(coalition["ben"])

    with server_db.engine.begin() as conn:  # the organizer's access withdrawn
        conn.exec_driver_sql(f'DROP OWNED BY "{role.name}"')
    with pytest.raises(SyncError, match=r"does not let .* use the coalition's data"):
        ben.sync(coalition["ben"])

    with pg_server.connect() as conn:
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role.name)))
    with pytest.raises(SyncError, match="no longer lets"):
        ben.sync(coalition["ben"])
    assert own in people(ben)  # nothing lost here


def test_walls_put_up_on_a_server_in_use_hide_what_was_already_logged(
    laptops: dict[str, Laptop], pg_url: str, pg_server: Any
) -> None:
    staff, ben = laptops["staff"], laptops["ben"]
    with staff.session() as s:
        alpha, beta = add_group(s, "Alpha Party"), add_group(s, "Beta Fund")
        private = add_person(s, "Pat Private", alpha, PRIVATE)
        shared = add_person(s, "Sam Shared", alpha)
    staff.sync(Server(pg_url))  # before any walls

    db = open_database(pg_url)
    with db.engine.begin() as conn:
        walls.install(conn)
    made = Roles(pg_server, db)
    try:
        beta_role = made.make(beta, "member")
        ben.sync(Server(beta_role.url()))
        assert set(people(ben)) == {shared}
        assert private not in people(ben)
    finally:
        made.drop()
        db.close()
