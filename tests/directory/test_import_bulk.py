"""A long import, undone and redone: every row back exactly, and nothing lost on the way.

The rows of a long list are written in bulk and recorded a few thousand at a time (the
batch sizes are made small here so that a few hundred rows cross many of them): undo
and redo read them back from the audit trail.  What a person would notice is checked:
the rows themselves, search, History and what sync will send.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coalition.directory import importers
from coalition.directory import records as directory
from coalition.directory.csvread import read_table, suggest_mapping
from coalition.search.query import search
from coalition.store import audit, changes, search_index
from coalition.store.base import Base
from coalition.store.changes import ChangeSet, last_changeset, reapply, revert
from coalition.store.models import ChangeLog, Person, SyncOutbox

ROWS = 600
TABLES = ("person", "person_email", "person_phone", "membership", "organization")


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importers, "BATCH", 40)
    monkeypatch.setattr(changes, "_STREAM_BATCH", 250)


def _long_list(tmp_path: Path) -> Path:
    lines = ["Name,E-mail,Phone,State,Organization,Role"]
    for i in range(ROWS):
        org = "Sunrise Sacramento" if i % 3 == 0 else f"Group {i % 7}"
        lines.append(f"Person {i},person{i}@example.org,+1 916-555-{i:04d},CA,{org},Member")
    # an address already on an earlier line: merged into that person when asked to
    lines.append("Person 5 again,person5@example.org,+1 530-555-0005,,Group 1,")
    # and one of someone already in the directory
    lines.append("Dana Known,dana@example.org,+1 916-555-9999,,,")
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _rows(session: Session) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of the tables an import writes, as stored (the time of change aside)."""
    session.expire_all()
    result = {}
    for name in TABLES:
        table = Base.metadata.tables[name]
        columns = [c for c in table.columns if c.name != "updated_at"]
        result[name] = set(session.execute(select(*columns)).all())
    return result


def _import(session: Session, path: Path, *, merge: bool) -> ChangeSet:
    table = read_table(path, limit=importers.BATCH)
    importers.import_table(
        session, table, "people", suggest_mapping(table, "people"), skip_duplicates=not merge
    )
    return last_changeset(session)


@pytest.fixture
def known(session: Session) -> str:
    made = directory.create_person(
        session, directory.PersonInput(name="Dana Known", emails=["dana@example.org"])
    )
    directory.create_organization(session, directory.OrganizationInput(name="Sunrise Sacramento"))
    return made.id


@pytest.mark.parametrize("merge", [False, True])
def test_undo_and_redo_of_a_long_import_bring_back_exactly_what_was_there(
    session: Session, tmp_path: Path, known: str, merge: bool
) -> None:
    before = _rows(session)
    change = _import(session, _long_list(tmp_path), merge=merge)
    after = _rows(session)
    assert len(after["person"]) == len(before["person"]) + ROWS
    if merge:  # the repeated line and the known person got the new numbers
        numbers = {row.number for row in after["person_phone"]}
        assert {"+1 530-555-0005", "+1 916-555-9999"} <= numbers

    revert(session, change)
    assert _rows(session) == before

    reapply(session, change)
    assert _rows(session) == after

    revert(session, change)  # and once more, after the redo
    assert _rows(session) == before


def test_every_imported_row_is_queued_for_sync_and_undo_queues_its_removal(
    session: Session, tmp_path: Path, known: str
) -> None:
    change = _import(session, _long_list(tmp_path), merge=False)

    def queued(transaction_id: str) -> dict[tuple[str, str], int]:
        rows = session.execute(
            select(SyncOutbox.table_name, SyncOutbox.action, func.count())
            .where(SyncOutbox.transaction_id == transaction_id)
            .group_by(SyncOutbox.table_name, SyncOutbox.action)
        ).all()
        return {(table, action): count for table, action, count in rows}

    counts = queued(change.transaction_id)
    assert counts[("person", "insert")] == ROWS
    assert counts[("person_email", "insert")] == ROWS
    assert counts[("person_phone", "insert")] == ROWS
    assert counts[("membership", "insert")] == ROWS
    assert counts[("organization", "insert")] == 7  # Sunrise Sacramento was there
    # each entry whole, as sync sends it: every column of the person
    person = session.scalars(select(Person).where(Person.name == "Person 599")).one()
    entry = session.scalars(select(SyncOutbox).where(SyncOutbox.row_id == person.id)).one()
    assert entry.row is not None
    assert entry.row["name"] == "Person 599" and entry.row["state"] == "CA"
    assert entry.fields == sorted(entry.row)
    assert entry.base is None and not entry.sent

    revert(session, change)
    undone = queued(last_changeset(session).transaction_id)
    assert undone[("person", "delete")] == ROWS
    assert undone[("membership", "delete")] == ROWS
    assert undone[("organization", "delete")] == 7
    gone = session.scalars(
        select(SyncOutbox).where(SyncOutbox.row_id == person.id, SyncOutbox.action == "delete")
    ).one()
    assert gone.base is not None and gone.base["name"] == "Person 599"


def test_history_and_search_follow_a_long_import_through_undo_and_redo(
    session: Session, tmp_path: Path, known: str
) -> None:
    change = _import(session, _long_list(tmp_path), merge=False)
    person = session.scalars(select(Person).where(Person.name == "Person 598")).one()
    person_id = person.id

    entries = audit.history(session, "person", person_id)
    assert {(e.table, e.action) for e in entries} == {
        ("person", "insert"), ("person_email", "insert"), ("person_phone", "insert"),
        ("membership", "insert"),
    }  # fmt: skip
    assert len({e.at for e in entries}) == 1  # one change, at one time
    assert [hit.title for hit in search(session, "person598")] == ["Person 598"]

    revert(session, change)
    assert search(session, "person598") == []
    assert ("person", "delete") in {
        (e.table, e.action) for e in audit.history(session, "person", person_id)
    }

    reapply(session, change)
    assert [hit.title for hit in search(session, "person598")] == ["Person 598"]
    assert session.get(Person, person_id) is not None


def test_the_change_of_a_long_import_holds_its_rows_in_the_audit_trail_not_in_memory(
    session: Session, tmp_path: Path, known: str
) -> None:
    change = _import(session, _long_list(tmp_path), merge=False)
    assert change.row_count() == 4 * ROWS + 7
    assert len(change.changes) == 7  # the organizations it made
    logged = session.scalar(
        select(func.count()).where(ChangeLog.transaction_id == change.transaction_id)
    )
    assert logged == change.row_count()


def test_a_cancelled_long_import_leaves_no_history_and_nothing_to_send(
    session: Session, tmp_path: Path, known: str
) -> None:
    logged = session.scalar(select(func.count()).select_from(ChangeLog))
    queued = session.scalar(select(func.count()).select_from(SyncOutbox))

    def stop_late(done: int, _total: int) -> None:
        if done >= ROWS - 40:  # after several batches were recorded
            raise importers.ImportCancelled()

    table = read_table(_long_list(tmp_path), limit=importers.BATCH)
    with pytest.raises(importers.ImportCancelled):
        importers.import_table(
            session, table, "people", suggest_mapping(table, "people"), progress=stop_late
        )
    assert session.scalar(select(func.count()).select_from(ChangeLog)) == logged
    assert session.scalar(select(func.count()).select_from(SyncOutbox)) == queued
    assert search(session, "person10") == []
    assert gc.isenabled()  # the collector as it was (see below)


def test_a_long_import_collects_cycles_a_batch_at_a_time_and_leaves_the_collector_on(
    session: Session, tmp_path: Path, known: str
) -> None:
    class Cycle:
        me: Any = None

    made: list[weakref.ref[Cycle]] = []
    collector_on: list[bool] = []

    def progress(_done: int, _total: int) -> None:
        collector_on.append(gc.isenabled())
        cycle = Cycle()
        cycle.me = cycle
        made.append(weakref.ref(cycle))

    table = read_table(_long_list(tmp_path), limit=importers.BATCH)
    importers.import_table(
        session, table, "people", suggest_mapping(table, "people"), progress=progress
    )
    assert len(made) > 10 and not any(collector_on)  # not by count while it runs
    assert all(ref() is None for ref in made[:-1])  # but after each batch
    assert gc.isenabled()


def _documents(session: Session) -> list[tuple[Any, ...]]:
    return list(
        session.execute(text("SELECT rowid, title, body FROM person_search ORDER BY rowid")).all()
    )


@pytest.mark.parametrize("merge", [False, True])
def test_a_long_import_indexes_every_person_as_a_rebuild_would(
    session: Session, tmp_path: Path, known: str, merge: bool
) -> None:
    """The documents of the people an import adds are written at its end, with their
    addresses and organizations (and, merging, what a later line added to them)."""
    _import(session, _long_list(tmp_path), merge=merge)
    written = _documents(session)
    assert len(written) == ROWS + 1  # and Dana, who was there
    search_index.rebuild(session)
    assert written == _documents(session)
    assert [hit.title for hit in search(session, "person598")] == ["Person 598"]
    body = {title: body for _, title, body in written}
    assert "Sunrise Sacramento" in body["Person 3"]
    # merging, the organization of the line repeating Person 5 is in Person 5's document
    assert ("Group 1" in body["Person 5"]) == merge
    assert "Sunrise Sacramento" in next(body for _, title, body in written if title == "Person 3")


def test_people_whose_rows_take_scattered_rowids_are_indexed_too(
    session: Session, tmp_path: Path, known: str
) -> None:
    """Once a table holds the largest rowid there is, SQLite gives new rows random ones:
    the people imported then are indexed by their ids instead."""
    session.execute(
        text(
            "INSERT INTO person (rowid, id, name, sort_name, state, language, time_zone, notes,"
            " created_at, updated_at) VALUES (9223372036854775807, 'last', 'Zed Last', 'zed last',"
            " '', '', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    )
    session.commit()
    change = _import(session, _long_list(tmp_path), merge=False)
    assert [hit.title for hit in search(session, "person598")] == ["Person 598"]
    assert len(_documents(session)) == ROWS + 1  # Zed was never indexed: added behind its back
    revert(session, change)
    assert search(session, "person598") == []
    reapply(session, change)
    assert [hit.title for hit in search(session, "person598")] == ["Person 598"]


def test_a_write_after_a_cancelled_import_indexes_none_of_its_people(
    session: Session, tmp_path: Path, known: str
) -> None:
    def stop_late(done: int, _total: int) -> None:
        if done >= ROWS - 40:
            raise importers.ImportCancelled()

    table = read_table(_long_list(tmp_path), limit=importers.BATCH)
    with pytest.raises(importers.ImportCancelled):
        importers.import_table(
            session, table, "people", suggest_mapping(table, "people"), progress=stop_late
        )
    directory.create_person(session, directory.PersonInput(name="After Cancel"))
    assert [title for _, title, _ in _documents(session)] == ["Dana Known", "After Cancel"]
