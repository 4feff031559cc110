"""A long import reaches another laptop whole, its undo takes it away there too, and a
cancelled one sends nothing (through the suite's real PostgreSQL server)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coalition.directory import importers
from coalition.directory.csvread import read_table, suggest_mapping
from coalition.search import query as search
from coalition.store import audit, changes
from coalition.store.base import Base
from coalition.store.changes import last_changeset, revert
from coalition.store.models import Person
from coalition.sync import run
from coalition.sync.connection import SyncError
from coalition.sync.run import status
from sync_helpers import Laptop, Server

ROWS = 3000
TABLES = ("person", "person_email", "person_phone", "membership", "organization")


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches far smaller than the file: many of them, rows indexed across them, and
    the import's change pulled in several batches (its members queued before the
    groups they belong to, made by the import: checked together all the same)."""
    monkeypatch.setattr(importers, "BATCH", 250)
    monkeypatch.setattr(changes, "_STREAM_BATCH", 1000)
    monkeypatch.setattr(run, "PULL_BATCH", 1000)


def _list(tmp_path: Path) -> Path:
    lines = ["Name,E-mail,Phone,State,Organization,Role"]
    for i in range(ROWS):
        lines.append(f"Pérson {i},person{i}@example.org,+1 916-555-{i:04d},CA,Group {i % 9},Member")
    path = tmp_path / "people.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import(session: Session, path: Path, **options: Any) -> importers.ImportReport:
    table = read_table(path, limit=importers.BATCH)
    return importers.import_table(
        session, table, "people", suggest_mapping(table, "people"), **options
    )


def _rows(session: Session) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of the tables an import writes, as stored (the time of change aside)."""
    result = {}
    for name in TABLES:
        table = Base.metadata.tables[name]
        columns = [c for c in table.columns if c.name not in ("updated_at", "created_at")]
        result[name] = set(session.execute(select(*columns)).all())
    return result


def test_an_imported_list_reaches_another_laptop_and_its_undo_too(
    laptops: list[Laptop], server: Server, tmp_path: Path
) -> None:
    ana, ben = laptops[:2]
    with ana.session() as s:
        report = _import(s, _list(tmp_path))
        change = last_changeset(s)
        assert report.imported == ROWS
    ana.sync(server)
    ben.sync(server)
    with ana.db.reading() as a, ben.db.reading() as b:
        assert status(a).waiting == 0
        assert _rows(b) == _rows(a)
        assert len(_rows(b)["person"]) == ROWS
        hits = search.search(b, "person2999", kinds=("person",))
        assert [hit.title for hit in hits] == ["Pérson 2999"]
        assert [hit.title for hit in search.search(b, "Group 4", kinds=("person",), limit=5)]
        someone = b.scalars(select(Person.id).where(Person.name == "Pérson 1234")).one()
        history = audit.history(b, "person", someone)
        assert {(e.table, e.action, e.actor) for e in history} == {
            ("person", "insert", "ana"), ("person_email", "insert", "ana"),
            ("person_phone", "insert", "ana"), ("membership", "insert", "ana"),
        }  # fmt: skip

    with ana.session() as s:
        revert(s, change)
    ana.sync(server)
    ben.sync(server)
    with ben.db.reading() as b:
        assert b.scalar(select(func.count()).select_from(Person)) == 0
        assert search.search(b, "person2999") == []


def test_a_cancelled_import_sends_nothing(
    laptops: list[Laptop], server: Server, tmp_path: Path
) -> None:
    ana, ben = laptops[:2]

    def stop_midway(done: int, total: int) -> None:
        if done >= total // 2:
            raise importers.ImportCancelled()

    with ana.session() as s, pytest.raises(importers.ImportCancelled):
        _import(s, _list(tmp_path), progress=stop_midway)
    with ana.db.reading() as a:
        assert status(a).waiting == 0
        assert a.scalar(select(func.count()).select_from(Person)) == 0
        assert search.search(a, "person10") == []
    ana.sync(server)
    ben.sync(server)
    with ben.db.reading() as b:
        assert b.scalar(select(func.count()).select_from(Person)) == 0


def test_a_pull_cut_off_in_the_middle_of_an_import_keeps_none_of_it_and_resumes(
    laptops: list[Laptop], server: Server, pg_server: object, tmp_path: Path
) -> None:
    ana, ben = laptops[:2]
    with ana.session() as s:
        _import(s, _list(tmp_path))
    ana.sync(server)
    database = server.profile.database

    def cut(stage: str, done: int, _total: int) -> None:
        if stage == "Receiving" and done >= 2 * run.PULL_BATCH:
            pg_server.terminate_connections(database)  # type: ignore[attr-defined]

    with pytest.raises(SyncError):
        ben.sync(server, cut)
    with ben.db.reading() as b:
        assert b.scalar(select(func.count()).select_from(Person)) == 0
    ben.sync(server)
    with ana.db.reading() as a, ben.db.reading() as b:
        assert _rows(b) == _rows(a)
        assert b.execute(text("PRAGMA foreign_key_check")).all() == []
