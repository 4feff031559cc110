"""A sync's server connection kept for the next sync of the same process (the window's):
reused while it is sound, asked again whether the schema and the role still hold, made
again when the server dropped it, and closed once idle."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from psycopg import sql
from sqlalchemy import select, text

from coalition.directory import records as directory
from coalition.store import Database
from coalition.store.models import Organization
from coalition.sync import connection
from coalition.sync.connection import SyncError
from coalition.sync.run import status
from sync_helpers import Laptop, Server, add_org, shared_org
from walls_helpers import Roles, add_group


@pytest.fixture
def laptops(tmp_path: Path, migrated_template: Path) -> Iterator[list[Laptop]]:
    made = [Laptop(tmp_path / f"{name}.db", migrated_template, name) for name in ("ana", "ben")]
    yield made
    connection.close_kept()
    for laptop in made:
        laptop.close()


def kept(server: Server) -> Database | None:
    return connection._kept.get(connection._kept_key(server.profile, server.password))


def sessions(pg_server: Any, database: str) -> int:
    with pg_server.connect() as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        ).fetchone()
    return int(row[0])


def test_the_next_sync_takes_the_connection_the_last_one_kept(
    pg_url: str, laptops: list[Laptop]
) -> None:
    ana, ben = laptops
    server = Server(pg_url)
    add_org(ana, "Yes California")
    ana.sync(server)
    first = kept(server)
    assert first is not None and not first.closed
    org_id = add_org(ana, "No on 12")
    assert ana.sync(server).sent == 1
    assert kept(server) is first
    ben.sync(server)
    with ben.db.reading() as s:
        assert s.get(Organization, org_id) is not None


def test_a_connection_the_server_dropped_is_made_again_without_a_word(
    pg_url: str, pg_server: Any, laptops: list[Laptop]
) -> None:
    ana, _ = laptops
    server = Server(pg_url)
    ana.sync(server)
    pg_server.terminate_connections(server.profile.database)
    add_org(ana, "After the restart")
    assert ana.sync(server).sent == 1


def test_a_kept_connection_is_closed_once_idle_and_made_again_for_the_next_sync(
    pg_url: str, pg_server: Any, laptops: list[Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, _ = laptops
    server = Server(pg_url)
    monkeypatch.setattr(connection, "KEEP_S", 0.2)
    ana.sync(server)
    assert sessions(pg_server, server.profile.database) == 1
    deadline = time.monotonic() + 10
    while sessions(pg_server, server.profile.database) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert sessions(pg_server, server.profile.database) == 0
    add_org(ana, "After a pause")
    assert ana.sync(server).sent == 1


def test_a_server_upgraded_by_a_newer_app_meanwhile_is_refused(
    pg_url: str, laptops: list[Laptop]
) -> None:
    ana, _ = laptops
    server = Server(pg_url)
    ana.sync(server)
    remote = server.open()
    with remote.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    remote.close()
    with pytest.raises(SyncError, match=r"newer version of Coalition.*update Coalition"):
        ana.sync(server)
    assert kept(server) is None


def test_a_role_withdrawn_meanwhile_is_refused_as_at_a_new_connection(
    pg_url: str, pg_server: Any, server_db: Database, roles: Roles, laptops: list[Laptop]
) -> None:
    staff, ana = laptops
    with staff.session() as s:
        alpha = add_group(s, "Alpha Party")
    staff.sync(Server(pg_url))
    role = roles.make(alpha, "member", "Ana of Alpha")
    server = Server(role.url())
    ana.sync(server)
    assert kept(server) is not None
    with pg_server.connect() as conn:
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role.name)))
    add_org(ana, "Sent after the withdrawal")
    with pytest.raises(SyncError, match="no longer lets"):
        ana.sync(server)
    with ana.db.reading() as s:
        assert status(s).waiting == 1  # nothing lost: it waits for a role that may send it


@pytest.mark.parametrize("count", [1, 80])  # a few statements, or COPY
def test_edits_whose_answer_was_lost_are_not_merged_twice(
    pg_url: str, laptops: list[Laptop], count: int
) -> None:
    """The server is not asked first whether it had the edits: the log refuses them."""
    from coalition.sync.run import push

    ana, ben = laptops
    server = Server(pg_url)
    org_ids = [add_org(ana, f"Group {n}") for n in range(count)]
    ana.sync(server)
    ben.sync(server)
    for n, org_id in enumerate(org_ids):
        with ana.session() as s:
            data = directory.organization_input(directory.get_organization(s, org_id))
            data.notes = f"first edit {n}"
            directory.update_organization(s, org_id, data)
    remote = server.open()
    push(ana.db, remote)
    with ana.db.session() as s:  # the server took the push, the laptop never heard back
        s.execute(text("DELETE FROM sync_state WHERE key = 'pushed'"))
        s.commit()
    with ben.session() as s:  # meanwhile another laptop changes one of them again
        data = directory.organization_input(directory.get_organization(s, org_ids[0]))
        data.notes = "ben's later edit"
        directory.update_organization(s, org_ids[0], data)
    ben.sync(server)
    sent, conflicts, already = push(ana.db, remote)
    assert (sent, conflicts, already) == (0, 0, 2 * count)  # the records, then the edits
    with remote.engine.connect() as conn:
        notes = conn.execute(
            select(Organization.__table__.c.notes).where(Organization.__table__.c.id == org_ids[0])
        ).scalar()
        entries = conn.execute(
            text("SELECT count(*) FROM sync_log WHERE row_id = :id"), {"id": org_ids[0]}
        ).scalar()
    remote.close()
    assert notes == "ben's later edit"  # the first edit was not merged again over it
    assert entries == 3  # made, ana's edit, ben's edit: once each


def test_an_edit_taken_as_sent_is_logged_in_its_own_text_and_reaches_the_others(
    pg_url: str, laptops: list[Laptop]
) -> None:
    from coalition.sync.bookkeeping import pending_ops

    ana, ben = laptops
    server = Server(pg_url)
    org_id = shared_org(ana, ben, server)
    with ana.session() as s:
        data = directory.organization_input(directory.get_organization(s, org_id))
        data.notes = "Canvassed twice"
        directory.update_organization(s, org_id, data)
    with ana.session() as s:
        (edit,), _ = pending_ops(s)
    ana.sync(server)
    remote = server.open()
    with remote.engine.connect() as conn:
        row_text, verbatim = conn.execute(
            text("SELECT row::text, verbatim FROM sync_log WHERE op_id = :id"), {"id": edit.op_id}
        ).one()
    remote.close()
    assert verbatim and row_text == edit.row_json
    assert ben.sync(server).received == 1
    with ben.db.reading() as s:
        assert s.get(Organization, org_id).notes == "Canvassed twice"  # type: ignore[union-attr]
