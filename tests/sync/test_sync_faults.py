"""Faults in the middle of a sync: a push or a pull cut off, an answer lost, a server
newer than the app, a wrong password, no server at all. Nothing is lost or taken twice."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from coalition.store.models import (
    Organization,
    SyncConflict,
    SyncLog,
)
from coalition.sync import run
from coalition.sync.bookkeeping import pending_ops, read_state
from coalition.sync.conflicts import conflicts
from coalition.sync.connection import ServerProfile, SyncError
from coalition.sync.run import push, status, sync
from sync_helpers import (
    Laptop,
    Server,
    add_org,
    edit_org,
    notes_edited_on_both,
    snapshot,
)


def test_a_push_cut_off_halfway_leaves_the_server_as_it_was_and_resumes(
    laptops: list[Laptop], server: Server, pg_server: object
) -> None:
    ana, ben, _ = laptops
    ids = [add_org(ana, f"Group {n}") for n in range(30)]
    database = server.profile.database

    def cut(stage: str, done: int, total: int) -> None:
        if stage == "Sending" and done >= 10:
            pg_server.terminate_connections(database)  # type: ignore[attr-defined]

    with pytest.raises(SyncError, match=r"lost during the sync|cannot reach"):
        ana.sync(server, cut)
    with server.open().engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Organization.__table__)).scalar() == 0
    with ana.db.reading() as s:
        assert status(s).waiting == 30
    report = ana.sync(server)
    assert report.sent == 30
    ben.sync(server)
    with ben.db.reading() as s:
        assert set(s.scalars(select(Organization.id))) == set(ids)


def test_a_pull_cut_off_halfway_keeps_what_it_applied_and_resumes(
    laptops: list[Laptop], server: Server, pg_server: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, ben, _ = laptops
    ids = [add_org(ana, f"Chapter {n}") for n in range(55)]
    ana.sync(server)
    monkeypatch.setattr(run, "PULL_BATCH", 10)
    database = server.profile.database

    def cut(stage: str, done: int, total: int) -> None:
        if stage == "Receiving" and done >= 10:
            pg_server.terminate_connections(database)  # type: ignore[attr-defined]

    with pytest.raises(SyncError):
        ben.sync(server, cut)
    with ben.db.reading() as s:
        # Whole batches kept: the one applied when the connection went, and those read
        # already (a first sync reads the next two while one is written), no more.
        assert s.scalar(select(func.count()).select_from(Organization)) in (10, 20, 30)
        # A first sync builds the search index at its end: still owed, and marked so.
        assert read_state(s, run.SEARCH_PENDING) is not None
    ben.sync(server)
    with ben.db.reading() as s:
        assert set(s.scalars(select(Organization.id))) == set(ids)
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert read_state(s, run.SEARCH_PENDING) is None
        match = "SELECT count(*) FROM organization_search WHERE organization_search MATCH :q"
        found = s.execute(text(match), {"q": "Chapter"}).scalar()
        assert found == len(ids)


@pytest.mark.parametrize("count", [1, 80])  # a few statements, or COPY
def test_a_push_whose_answer_was_lost_is_not_applied_twice(
    laptops: list[Laptop], server: Server, count: int
) -> None:
    ana, ben, _ = laptops
    org_ids = [add_org(ana, f"Yes California {n}") for n in range(count)]
    with ana.session() as s:
        ops, _ = pending_ops(s)
    # The server took the push, but the laptop never heard back: it is sent again.
    remote = server.open()
    push(ana.db, remote)
    with ana.db.session() as s:
        s.execute(text("DELETE FROM sync_state WHERE key = 'pushed'"))
        s.commit()
    edit_org(ana, org_ids[0], notes="written after the lost answer")
    sent, conflicts, already = push(ana.db, remote)
    assert already == len(ops) and conflicts == 0 and sent == 1
    with remote.engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count()).select_from(SyncLog).where(SyncLog.row_id == org_ids[0])
            ).scalar()
            == 2
        )
        assert (
            conn.execute(select(func.count()).select_from(Organization.__table__)).scalar() == count
        )
    remote.close()
    ben.sync(server)
    held = snapshot(ben.db)
    assert held["organization"][org_ids[0]]["notes"] == "written after the lost answer"
    assert snapshot(ana.db) == held


def test_a_server_newer_than_the_app_is_refused_with_a_word_to_update(
    server: Server, laptops: list[Laptop]
) -> None:
    remote = server.open()
    with remote.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    remote.close()
    with pytest.raises(SyncError, match=r"newer version of Coalition.*update Coalition"):
        laptops[0].sync(server)


def test_a_wrong_password_says_so(server: Server, laptops: list[Laptop]) -> None:
    with pytest.raises(SyncError, match="refused the user name or password") as caught:
        sync(laptops[0].db, server.profile, "not-the-password")
    assert "not-the-password" not in str(caught.value)


def test_an_unreachable_server_says_so_and_loses_nothing(
    laptops: list[Laptop], server: Server
) -> None:
    ana = laptops[0]
    add_org(ana, "Offline group")
    nowhere = ServerProfile(host="127.0.0.1", port=1, database="x", user="u", sslmode="disable")
    with pytest.raises(SyncError, match=r"cannot reach the coalition server at 127\.0\.0\.1:1"):
        sync(ana.db, nowhere, "pw")
    with ana.db.reading() as s:
        assert status(s).waiting == 1


def test_conflicts_survive_a_connection_lost_right_after_the_push(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben, _ = laptops
    notes_edited_on_both(ana, ben, server, "ana's", "ben's")
    ana.sync(server)
    remote = server.open()
    push(ben.db, remote)  # the conflict is found here; ben never pulls it in this run
    remote.close()
    with ben.db.reading() as s:
        assert conflicts(s) == []
    ben.sync(server)
    with ben.db.reading() as s:
        assert [c.field for c in conflicts(s)] == ["notes"]
    with server.open().engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.delivered.is_(False))
            ).scalar()
            == 0
        )
