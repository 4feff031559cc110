"""A first sync to a new laptop writes whole batches of new records at once
(:mod:`coalition.sync.firstpull`): the laptop ends with what the ordinary path, record by
record, would have written, to the last value and search entry, and every record's
history reads the same (its audit lines say the same, without a copy of the record)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from coalition.directory.deletion import delete_organization, delete_person
from coalition.sample import loader
from coalition.search import query as search
from coalition.store import indexes, open_database
from coalition.store.audit import PARTS, history
from coalition.store.base import Base
from coalition.store.models import (
    ChangeLog,
    Organization,
    OrganizationTag,
    Person,
    PersonEmail,
    Tag,
)
from coalition.store.outbox import LOCAL_TABLES
from coalition.sync import firstpull, run
from coalition.sync.bookkeeping import read_state
from coalition.sync.connection import SyncError
from sync_helpers import Laptop, Server, add_org, edit_org, edit_person, snapshot

BATCH = 40  # small batches: the sample coalition is a first sync of many


@pytest.fixture
def bulk(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Small batches; the records each batch wrote in bulk (None: the ordinary path)."""
    monkeypatch.setattr(run, "PULL_BATCH", BATCH)
    written: list[int] = []
    apply_new = firstpull.apply_new

    def counted(session: Any, entries: list[Any]) -> int | None:
        result = apply_new(session, entries)
        written.append(result if result is not None else -1)
        return result

    monkeypatch.setattr(firstpull, "apply_new", counted)
    return written


def stored(laptop: Laptop) -> dict[str, list[tuple[Any, ...]]]:
    """Every shared table and the audit trail as SQLite holds them (each value with its
    storage class); the audit lines without their own ids and the values they hold, in
    the order written."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with laptop.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in LOCAL_TABLES:
                continue
            names = [c.name for c in table.columns]
            values = ", ".join(f'"{n}", typeof("{n}")' for n in names)
            out[table.name] = [
                tuple(r) for r in conn.execute(text(f'SELECT {values} FROM "{table.name}"'))
            ]
            out[table.name].sort(key=repr)
        names = [
            c.name for c in ChangeLog.__table__.columns if c.name not in ("id", "before", "after")
        ]
        values = ", ".join(f'"{n}", typeof("{n}")' for n in names)
        out["change_log"] = [
            tuple(r) for r in conn.execute(text(f"SELECT {values} FROM change_log ORDER BY rowid"))
        ]
        for kind in ("organization", "person", "campaign", "draft", "event"):
            found = conn.execute(
                text("SELECT name FROM sqlite_master WHERE name = :n"), {"n": f"{kind}_search"}
            ).first()
            if found is not None:
                out[f"{kind}_search"] = sorted(
                    tuple(r) for r in conn.execute(text(f"SELECT rowid, * FROM {kind}_search"))
                )
    return out


def histories(laptop: Laptop) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """The History of every record that has one (its parts' lines with it), as shown:
    when, who, what, and each field's value before and after.  (Lines of the same instant
    come in the order of their ids, which differ from laptop to laptop.)"""
    out = {}
    with laptop.db.reading() as s:
        for table in PARTS:
            ids = s.scalars(
                select(ChangeLog.row_id).where(ChangeLog.table_name == table).distinct()
            )
            for row_id in ids:
                out[table, row_id] = sorted(
                    [
                        (
                            e.at,
                            e.actor,
                            e.actor_org,
                            e.device,
                            e.action,
                            e.table,
                            e.row_id,
                            e.summary,
                            e.part_of,
                            [(c.name, c.before, c.after) for c in e.changes],
                        )
                        for e in history(s, table, row_id)
                    ],
                    key=repr,
                )
    return out


def index_statements(laptop: Laptop) -> list[str]:
    with laptop.db.engine.connect() as conn:
        return sorted(
            conn.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            ).scalars()
        )


def test_a_new_laptop_gets_what_the_record_by_record_path_would_write(
    laptops: list[Laptop], server: Server, bulk: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, ben, cruz = laptops
    with ana.session() as s:  # every kind of record, shared (not kept as the sample is)
        loader._load(s)
    ana.sync(server)

    report = ben.sync(server)
    assert report.received > 10 * BATCH
    assert bulk and all(n > 0 for n in bulk)  # every batch written at once

    monkeypatch.setattr(firstpull, "apply_new", lambda session, entries: None)
    assert cruz.sync(server).received == report.received  # record by record

    assert stored(ben) == stored(cruz)
    assert histories(ben) == histories(cruz)
    assert index_statements(ben) == index_statements(cruz) == index_statements(ana)
    assert snapshot(ben.db) == snapshot(ana.db)
    with ben.db.reading() as s:
        person = s.scalars(select(Person).order_by(Person.sort_name)).first()
        assert person is not None
        (added,) = [e for e in history(s, "person", person.id, parts=False)]
        assert (added.action, added.actor, added.summary) == ("insert", "ana", person.name)
        assert person.id in {hit.id for hit in search.search(s, person.name)}
        assert read_state(s, run.SEARCH_PENDING) is None


def test_a_record_brought_at_first_sync_keeps_its_history_through_later_edits_and_deletion(
    laptops: list[Laptop], server: Server, bulk: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, ben, cruz = laptops
    with ana.session() as s:
        loader._load(s)
    ana.sync(server)
    ben.sync(server)  # in bulk
    assert bulk and all(n > 0 for n in bulk)
    monkeypatch.setattr(firstpull, "apply_new", lambda session, entries: None)
    cruz.sync(server)  # record by record
    with ana.db.reading() as s:
        first, second, third = s.scalars(select(Person).order_by(Person.sort_name).limit(3))
        email = s.scalars(select(PersonEmail).where(PersonEmail.person_id == first.id)).first()
        org_id = s.scalars(select(Organization.id).order_by(Organization.name)).first()
    assert email is not None and org_id is not None
    # Edited twice, a part of it changed, another deleted, on Ana's laptop and on Ben's.
    edit_person(ana, first.id, notes="Met at the county fair")
    edit_person(ana, first.id, name=f"{first.name} Jr.", notes="Met at the fair, again")
    with ana.session() as s:
        delete_person(s, second.id)
    edit_org(ana, org_id, notes="Renamed its chapter")
    ana.sync(server)
    edit_person(ben, third.id, notes="Called back on Tuesday")
    ben.sync(server)
    cruz.sync(server)

    seen = histories(ben)
    assert seen == histories(cruz)

    def own(record: tuple[str, str], action: str) -> list[list[tuple[str, str, str]]]:
        return [e[9] for e in seen[record] if e[4] == action and not e[8]]

    (received,) = own(("person", first.id), "insert")
    assert ("name", "", first.name) in received  # as it came, not as it is now
    assert {name for edit in own(("person", first.id), "update") for name, *_ in edit} >= {
        "name",
        "notes",
    }
    assert any(e[5] == "person_email" and e[8] for e in seen["person", first.id])  # its parts
    assert len(own(("person", second.id), "delete")) == 1
    (received,) = own(("person", second.id), "insert")
    assert ("name", "", second.name) in received
    (edit,) = own(("person", third.id), "update")
    assert [(n, a) for n, _b, a in edit] == [("notes", "Called back on Tuesday")]


def test_a_laptop_holding_a_record_of_the_same_name_merges_it_as_before(
    laptops: list[Laptop], server: Server, bulk: list[int]
) -> None:
    ana, ben, _ = laptops
    anas = [add_org(ana, f"Chapter {n}", tags=["ballot"]) for n in range(3 * BATCH)]
    mine = add_org(ben, "CNP", tags=["ballot"])  # Ben's own tag, never synced
    ana.sync(server)
    report = ben.sync(server)
    ana.sync(server)
    assert report.conflicts == 0
    assert -1 in bulk  # the batch bringing Ana's tag went record by record
    for laptop in (ana, ben):
        with laptop.db.reading() as s:
            (tag,) = s.scalars(select(Tag)).all()
            linked = set(
                s.scalars(
                    select(OrganizationTag.organization_id).where(OrganizationTag.tag_id == tag.id)
                )
            )
            assert linked == {*anas, mine}
    assert snapshot(ana.db) == snapshot(ben.db)
    assert index_statements(ben) == index_statements(ana)


def test_a_batch_with_a_record_twice_or_a_deletion_goes_record_by_record(
    laptops: list[Laptop], server: Server, bulk: list[int]
) -> None:
    ana, ben, _ = laptops
    ids = [add_org(ana, f"Chapter {n}") for n in range(3 * BATCH)]
    ana.sync(server)
    with ana.session() as s:
        delete_organization(s, ids[0])
    edit_org(ana, ids[1], name="Chapter one, renamed")
    ana.sync(server)
    ben.sync(server)
    assert -1 in bulk and any(n > 0 for n in bulk)
    assert snapshot(ben.db) == snapshot(ana.db)
    assert index_statements(ben) == index_statements(ana)
    with ben.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == len(ids) - 1
        assert s.get(Organization, ids[1]).name == "Chapter one, renamed"  # type: ignore[union-attr]


def test_a_first_sync_cut_off_gives_back_its_indexes_and_resumes(
    laptops: list[Laptop],
    server: Server,
    bulk: list[int],
    pg_server: Any,
    tmp_path: Path,
    migrated_template: Path,
) -> None:
    ana, ben, _ = laptops
    ids = [add_org(ana, f"Chapter {n}") for n in range(5 * BATCH)]
    ana.sync(server)
    whole = index_statements(ana)

    def cut(stage: str, done: int, total: int) -> None:
        if stage == "Receiving" and done >= 2 * BATCH:
            pg_server.terminate_connections(server.profile.database)

    with pytest.raises(SyncError):
        ben.sync(server, cut)
    assert index_statements(ben) == whole  # given back as the pull stopped
    with ben.db.reading() as s:
        held = s.scalar(select(func.count()).select_from(Organization))
        assert held is not None and 0 < held < len(ids)
        assert read_state(s, indexes.PUT_OFF) is None
    ben.sync(server)
    assert index_statements(ben) == whole
    with ben.db.reading() as s:
        assert set(s.scalars(select(Organization.id))) == set(ids)
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_indexes_put_off_by_a_process_that_died_come_back_when_the_file_is_opened(
    tmp_path: Path, migrated_template: Path
) -> None:
    laptop = Laptop(tmp_path / "dan.db", migrated_template, "dan")
    whole = index_statements(laptop)
    with laptop.db.session() as s:
        indexes.put_off(s, firstpull.written_tables())
        s.commit()
    assert len(index_statements(laptop)) < len(whole)
    laptop.close()
    laptop.db = open_database(tmp_path / "dan.db")
    try:
        assert index_statements(laptop) == whole
        with laptop.db.reading() as s:
            assert read_state(s, indexes.PUT_OFF) is None
    finally:
        laptop.close()


def test_a_pull_reads_the_next_batch_while_one_is_written_and_no_further() -> None:
    made: list[int] = []

    def batches() -> Iterator[int]:
        for n in range(5):
            made.append(n)
            yield n
        raise ConnectionError("the server went away")

    reader = run._ReadAhead(batches())
    got = []
    with pytest.raises(ConnectionError):  # raised where the batches are written
        for batch in reader:
            time.sleep(0.02)  # (written meanwhile)
            assert len(made) <= batch + 2  # this one, and at most the next
            got.append(batch)
    reader.close()
    assert got == list(range(5))

    made.clear()
    reader = run._ReadAhead(batches())
    assert next(iter(reader)) == 0
    reader.close()  # the pull stopped: the thread ends, having read one more at most
    assert made in ([0], [0, 1])


def test_a_first_sync_reads_its_next_two_batches_on_connections_of_their_own() -> None:
    opened: list[object] = []
    closed: list[object] = []
    asked: list[int] = []
    lock = threading.Lock()

    class Connection:
        def __init__(self) -> None:
            with lock:
                opened.append(self)

        def close(self) -> None:
            closed.append(self)

    def read(connection: Any, span: int) -> tuple[int, Any] | None:
        with lock:
            asked.append(span)
        if span == 7:
            raise ConnectionError("the server went away")
        return None if span == 3 else (span, connection)  # nothing for this laptop in 3

    reader = run._ReadInTurn(Connection, read, iter(range(10)), 2)  # type: ignore[arg-type]
    got = []
    with pytest.raises(ConnectionError):  # raised where the batches are written
        for span, connection in reader:
            time.sleep(0.02)  # (written meanwhile)
            with lock:
                assert max(asked) <= span + 2  # this one, and the next two at most
            assert connection in opened
            got.append(span)
    reader.close()
    assert got == [0, 1, 2, 4, 5, 6]  # in their order, the empty one passed over
    assert 1 <= len(opened) <= 2  # one a thread, kept from batch to batch
    assert sorted(map(id, closed)) == sorted(map(id, opened))

    asked.clear()
    reader = run._ReadInTurn(Connection, read, iter(range(10)), 2)  # type: ignore[arg-type]
    assert next(iter(reader))[0] == 0
    reader.close()  # the pull stopped: the threads end, having read two more at most
    assert sorted(asked) in ([0, 1], [0, 1, 2])
