"""The server's walls, proved with plain SQL: each organization's role connects with
psycopg alone (no Coalition code) to the suite's real PostgreSQL server."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from psycopg import errors

from coalition.store import Database
from coalition.sync import walls
from walls_helpers import Roles, seed


@pytest.fixture
def world(server_db: Database) -> dict[str, Any]:
    """Two groups, A and B; A has a private contact, a shared one, and a sign-off asked of it."""
    a = seed(server_db, "organization", name="Alpha Party", owner_org_id=None)
    b = seed(server_db, "organization", name="Beta Fund")
    for org in (a, b):
        seed_update(server_db, "organization", org["id"], owner_org_id=org["id"])
    private = seed(
        server_db, "person", name="Pat Private", owner_org_id=a["id"], visibility="private"
    )
    shared = seed(server_db, "person", name="Sam Shared", owner_org_id=a["id"])
    sign_off = seed(
        server_db,
        "sign_off",
        variant_id="v1",
        organization_id=a["id"],
        owner_org_id=a["id"],
    )
    return {"a": a["id"], "b": b["id"], "private": private, "shared": shared, "sign_off": sign_off}


_NEW_PERSON = (
    "INSERT INTO person (id, name, sort_name, visibility, owner_org_id, created_at, updated_at, "
    "state, language, time_zone, notes) "
)


def seed_update(db: Database, table: str, row_id: str, **values: Any) -> None:
    sets = ", ".join(f"{k} = %({k})s" for k in values)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            f"UPDATE {table} SET {sets} WHERE id = %(id)s", {**values, "id": row_id}
        )


def names(conn: psycopg.Connection[Any]) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM person").fetchall()}


def owner_sees(db: Database, query: str, *args: Any) -> Any:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(query, args).all()


def test_another_group_cannot_read_change_or_delete_a_private_record(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    alpha = roles.make(world["a"], "member", "Ana of Alpha")
    beta = roles.make(world["b"], "member", "Ben of Beta")
    private_id = world["private"]["id"]
    with alpha.connect() as conn:
        assert names(conn) == {"Pat Private", "Sam Shared"}
    with beta.connect() as conn:
        assert names(conn) == {"Sam Shared"}
        assert conn.execute("SELECT * FROM person WHERE id = %s", (private_id,)).fetchall() == []
        updated = conn.execute(
            "UPDATE person SET name = 'Taken' WHERE id = %s", (private_id,)
        ).rowcount
        deleted = conn.execute("DELETE FROM person WHERE id = %s", (private_id,)).rowcount
        assert (updated, deleted) == (0, 0)  # for Beta, no such record
    assert owner_sees(server_db, "SELECT name FROM person WHERE id = %s", private_id) == [
        ("Pat Private",)
    ]


def test_a_shared_record_of_another_group_is_read_but_not_changed(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    beta = roles.make(world["b"], "member")
    shared_id = world["shared"]["id"]
    with beta.connect() as conn:
        with pytest.raises(errors.InsufficientPrivilege) as refused:
            conn.execute("UPDATE person SET name = 'Renamed' WHERE id = %s", (shared_id,))
        assert "Alpha Party" in str(refused.value)
        assert "Alpha Party" in (refused.value.diag.message_hint or "")
        with pytest.raises(errors.InsufficientPrivilege, match="Alpha Party"):
            conn.execute("DELETE FROM person WHERE id = %s", (shared_id,))
        # Nor can it take a record over, or make one in another group's name.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                _NEW_PERSON
                + "VALUES ('p9', 'Fake', 'fake', 'shared', %s, now(), now(), '', '', '', '')",
                (world["a"],),
            )
    assert owner_sees(server_db, "SELECT name FROM person WHERE id = %s", shared_id) == [
        ("Sam Shared",)
    ]


def test_a_member_writes_its_own_records(roles: Roles, world: dict[str, Any]) -> None:
    alpha = roles.make(world["a"], "member")
    with alpha.connect() as conn:
        conn.execute(
            "UPDATE person SET name = 'Pat Renamed' WHERE id = %s", (world["private"]["id"],)
        )
        conn.execute(
            _NEW_PERSON
            + "VALUES ('p9', 'New', 'new', 'private', %s, now(), now(), '', '', '', '')",
            (world["a"],),
        )
        assert names(conn) == {"Pat Renamed", "Sam Shared", "New"}
        # Giving its record away to another group is refused too.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE person SET owner_org_id = %s WHERE id = 'p9'", (world["b"],))


def test_an_observer_reads_its_group_but_writes_nothing(
    roles: Roles, world: dict[str, Any]
) -> None:
    watcher = roles.make(world["a"], "observer")
    with watcher.connect() as conn:
        assert names(conn) == {"Pat Private", "Sam Shared"}
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE person SET name = 'x' WHERE id = %s", (world["private"]["id"],))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                _NEW_PERSON
                + "VALUES ('p9', 'New', 'new', 'shared', %s, now(), now(), '', '', '', '')",
                (world["a"],),
            )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM person WHERE id = %s", (world["shared"]["id"],))


def test_only_the_group_asked_answers_its_sign_off(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    alpha = roles.make(world["a"], "member")
    beta = roles.make(world["b"], "member")
    sign_off_id = world["sign_off"]["id"]
    answer = (
        "UPDATE sign_off SET answer = 'approved', answered_by = %s, answered_by_org_id = %s "
        "WHERE id = %s"
    )
    with beta.connect() as conn, pytest.raises(errors.InsufficientPrivilege, match="Alpha Party"):
        conn.execute(answer, ("Ben", world["b"], sign_off_id))
    with alpha.connect() as conn:
        assert conn.execute(answer, ("Ana", world["a"], sign_off_id)).rowcount == 1
    assert owner_sees(server_db, "SELECT answered_by FROM sign_off WHERE id = %s", sign_off_id) == [
        ("Ana",)
    ]


def test_a_coordinator_writes_everything_and_the_coalitions_own(
    roles: Roles, world: dict[str, Any]
) -> None:
    staff = roles.make(None, "coordinator", "Coalition staff")
    beta = roles.make(world["b"], "member")
    with staff.connect() as conn:
        assert names(conn) == {"Pat Private", "Sam Shared"}
        conn.execute("UPDATE person SET name = 'Pat P.' WHERE id = %s", (world["private"]["id"],))
        conn.execute("INSERT INTO setting (key, value) VALUES ('coalition_name', 'Yes')")
    with beta.connect() as conn:
        assert conn.execute("SELECT value FROM setting").fetchall() == [("Yes",)]
        with pytest.raises(errors.InsufficientPrivilege, match="coordinator"):
            conn.execute("UPDATE setting SET value = 'No'")


def test_a_sharing_agreement_opens_private_records_until_revoked(
    roles: Roles, world: dict[str, Any], server_db: Database
) -> None:
    beta = roles.make(world["b"], "member")
    agreement = seed(
        server_db,
        "sharing_agreement",
        from_org_id=world["a"],
        to_org_id=world["b"],
        owner_org_id=world["a"],
        visibility="private",
    )
    with beta.connect() as conn:
        assert names(conn) == {"Pat Private", "Sam Shared"}
        # Reading is all it gives.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE person SET name = 'x' WHERE id = %s", (world["private"]["id"],))
    seed_update(server_db, "sharing_agreement", agreement["id"], revoked_at="2026-12-07")
    with beta.connect() as conn:
        assert names(conn) == {"Sam Shared"}


def _log(
    conn: psycopg.Connection[Any],
    op_id: str,
    row: dict[str, Any],
    actor: str,
    actor_org: str,
    owner: str | None = None,
    visibility: str | None = None,
) -> None:
    """A log entry as a laptop would write it, saying who made it and whose record it is."""
    conn.execute(
        "INSERT INTO sync_log (op_id, origin, transaction_id, at, actor, actor_org, device, "
        "table_name, row_id, action, fields, row, verbatim, owner_org_id, visibility) "
        "VALUES (%s, 'o', 't', now(), %s, %s, 'laptop', 'person', %s, 'update', '[]', %s, "
        "false, %s, %s)",
        (
            op_id,
            actor,
            actor_org,
            row["id"],
            json.dumps(row),
            row["owner_org_id"] if owner is None else owner,
            row["visibility"] if visibility is None else visibility,
        ),
    )


def test_the_server_takes_each_change_only_as_made_by_the_role_that_sent_it(
    roles: Roles, world: dict[str, Any]
) -> None:
    alpha = roles.make(world["a"], "member", "Ana of Alpha")
    beta = roles.make(world["b"], "member", "")
    private = {"id": "p1", "owner_org_id": world["a"], "visibility": "private"}
    shared = {"id": "p2", "owner_org_id": world["a"], "visibility": "shared"}
    with alpha.connect() as conn:
        assert conn.execute("SELECT actor, actor_org FROM coalition_author()").fetchone() == (
            "Ana of Alpha",
            "Alpha Party",
        )
        _log(conn, "op1", private, "Ana of Alpha", "Alpha Party")
        _log(conn, "op2", shared, "Ana of Alpha", "Alpha Party")
        with pytest.raises(errors.InsufficientPrivilege):  # another author claimed
            _log(conn, "op3", shared, "Ben of Beta", "Alpha Party")
    with beta.connect() as conn:
        author = conn.execute("SELECT actor, actor_org FROM coalition_author()").fetchone()
        assert author == (beta.name, "Beta Fund")  # no display name: the role's own
        with pytest.raises(errors.InsufficientPrivilege):  # another group's name
            _log(conn, "op4", {**shared, "id": "p4"}, beta.name, "Alpha Party")
        _log(conn, "op6", {**shared, "id": "p6"}, beta.name, "Beta Fund")
        seen = conn.execute("SELECT op_id FROM sync_log ORDER BY seq").fetchall()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE sync_log SET actor = 'x'")
    assert seen == [("op2",), ("op6",)]  # not op1: Alpha's private record
    with alpha.connect() as conn:
        rows = conn.execute("SELECT op_id, actor, actor_org FROM sync_log ORDER BY seq").fetchall()
    assert rows == [
        ("op1", "Ana of Alpha", "Alpha Party"),
        ("op2", "Ana of Alpha", "Alpha Party"),
        ("op6", beta.name, "Beta Fund"),
    ]


def test_the_walls_go_up_again_after_a_migration(server_db: Database, roles: Roles) -> None:
    with server_db.engine.begin() as conn:
        walls.install(conn)  # twice: nothing to undo first
        me = walls.whoami(conn)
    assert me is not None and me.coordinator


def test_a_role_the_walls_do_not_know_reads_only_shared_records_and_writes_nothing(
    roles: Roles, world: dict[str, Any], pg_server: Any
) -> None:
    from psycopg import sql

    stranger = roles.make(world["b"], "member")
    with roles.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM coalition_role WHERE db_role = %s", (stranger.name,))
    with stranger.connect() as conn:
        assert names(conn) == {"Sam Shared"}
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE person SET name = 'x' WHERE id = %s", (world["shared"]["id"],))
    with pg_server.connect(roles.database) as conn:
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(stranger.name)))
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        stranger.connect()


def test_the_role_is_looked_up_once_a_statement_not_once_a_row(
    roles: Roles, world: dict[str, Any]
) -> None:
    beta = roles.make(world["b"], "member")
    with beta.connect() as conn:
        plan = "\n".join(row[0] for row in conn.execute("EXPLAIN SELECT * FROM person").fetchall())
    assert "InitPlan" in plan and "SubPlan" not in plan


def test_an_organizers_own_login_granted_the_organizations_role_acts_for_it(
    roles: Roles, world: dict[str, Any], pg_server: Any
) -> None:
    from psycopg import sql

    group = roles.make(world["a"], "member", "Alpha Party organizers")
    login = roles.make(world["a"], "member")  # a second role, made a bare login below
    with roles.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM coalition_role WHERE db_role = %s", (login.name,))
    with pg_server.connect(roles.database) as conn:
        conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(login.name)))
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(group.name), sql.Identifier(login.name))
        )
    with login.connect() as conn:
        assert names(conn) == {"Pat Private", "Sam Shared"}
        conn.execute("UPDATE person SET name = 'Pat P.' WHERE id = %s", (world["private"]["id"],))
        author = conn.execute("SELECT actor, actor_org FROM coalition_author()").fetchone()
    assert author == (login.name, "Alpha Party")


def test_a_role_cannot_stand_in_a_list_of_roles_of_its_own_making(
    roles: Roles, world: dict[str, Any]
) -> None:
    beta = roles.make(world["b"], "member")
    with beta.connect() as conn:
        conn.execute(
            "CREATE TEMP TABLE coalition_role (db_role name, organization_id text, kind text, "
            "display_name text)"
        )
        conn.execute(
            "INSERT INTO coalition_role VALUES (current_user, %s, 'coordinator', 'Me')",
            (world["a"],),
        )
        conn.execute(
            "CREATE TEMP TABLE pg_roles AS SELECT current_user AS rolname, "
            "true AS rolsuper, true AS rolbypassrls"
        )
        assert names(conn) == {"Sam Shared"}
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE person SET name = 'x' WHERE id = %s", (world["shared"]["id"],))
