"""Opening a database file: the settings users rely on, and the files we refuse to touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from coalition.common.errors import DatabaseError
from coalition.store import Database, migrations, open_database
from coalition.store.database import BUSY_TIMEOUT_MS, PAGE_SIZE, integrity_ok, table_names


def _pragma(db: Database, name: str) -> object:
    with db.session() as s:
        return s.execute(text(f"PRAGMA {name}")).scalar()


def _revision_of(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _make_old_database(path: Path, revision: str = "0001") -> None:
    """A file as an older Coalition left it: the schema stopped at ``revision``."""
    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, revision)
    engine.dispose()


def test_opener_applies_sqlite_settings(db: Database) -> None:
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "busy_timeout") == BUSY_TIMEOUT_MS >= 1000


def test_foreign_keys_are_enforced(db: Database) -> None:
    """A membership pointing at nobody is refused by the database itself."""
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.session() as s, s.begin():
        s.execute(
            text(
                "INSERT INTO membership (id, person_id, organization_id, role, represents_state,"
                " created_at, updated_at) VALUES ('m', 'nobody', 'nothing', '', '',"
                " '2024-01-01', '2024-01-01')"
            )
        )


def test_new_database_is_at_head_and_sound(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db")
    try:
        assert db.path is not None and db.path.exists()
        assert _revision_of(db.path) == migrations.HEAD
        assert {"organization", "person", "change_log", "person_search"} <= set(table_names(db))
        assert integrity_ok(db)
        assert db.backup_path is None  # nothing to back up in a brand-new file
    finally:
        db.close()


def test_missing_folders_are_created(tmp_path: Path) -> None:
    target = tmp_path / "not" / "yet" / "there" / "coalition.db"
    db = open_database(target)
    try:
        assert target.is_file()
        assert db.path == target.resolve()
    finally:
        db.close()


def test_folder_given_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_database(tmp_path)


def test_non_database_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    target = tmp_path / "minutes.db"
    garbage = b"These are the minutes of the Tuesday call, not a database.\n" * 200
    target.write_bytes(garbage)

    with pytest.raises(DatabaseError) as caught:
        open_database(target)

    assert str(target) in str(caught.value)
    assert "not a database" in str(caught.value)
    assert target.read_bytes() == garbage
    # Nothing was created next to it either (no journal, no backup).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.db"]


def test_database_from_newer_version_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()

    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)

    message = str(caught.value)
    assert "newer version" in message
    assert "update Coalition" in message
    assert str(db_path) in message
    assert _revision_of(db_path) == "9999"  # not "migrated" backwards
    assert not list(db_path.parent.glob("*.bak"))


def test_old_database_is_copied_aside_before_migrating(tmp_path: Path) -> None:
    target = tmp_path / "coalition.db"
    _make_old_database(target, "0001")

    db = open_database(target)
    try:
        assert _revision_of(target) == migrations.HEAD
        assert db.backup_path is not None
        assert db.backup_path.is_file()
        assert db.backup_path.parent == target.parent
        # The copy is a sound SQLite file, still at the old revision, with the old schema.
        copy = sqlite3.connect(db.backup_path)
        try:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            tables = {
                r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            copy.close()
        assert _revision_of(db.backup_path) == "0001"
        assert "organization" in tables
        assert "change_log" not in tables
    finally:
        db.close()


def test_up_to_date_database_makes_no_backup(db_path: Path) -> None:
    open_database(db_path).close()
    again = open_database(db_path)
    try:
        assert again.backup_path is None
        assert not list(db_path.parent.glob("*.bak"))
    finally:
        again.close()


def test_old_database_without_migrate_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "coalition.db"
    _make_old_database(target, "0001")
    with pytest.raises(DatabaseError, match="upgrade"):
        open_database(target, migrate=False)
    assert _revision_of(target) == "0001"


def test_sqlite_url_works_too(tmp_path: Path) -> None:
    target = tmp_path / "via-url.db"
    db = open_database(f"sqlite:///{target}")
    try:
        assert db.is_sqlite
        assert db.path == target.resolve()
        assert target.is_file()
        assert _revision_of(target) == migrations.HEAD
        assert _pragma(db, "foreign_keys") == 1
        assert _pragma(db, "journal_mode") == "wal"
        assert db.describe() == str(target.resolve())
    finally:
        db.close()


def test_data_survives_reopening(db_path: Path) -> None:
    from coalition.directory import records as directory

    first = open_database(db_path)
    with first.session() as s:
        directory.create_organization(s, directory.OrganizationInput(name="Yes California"))
    first.close()

    second = open_database(db_path)
    try:
        with second.reading() as s:
            assert [name for _id, name in directory.organization_choices(s)] == ["Yes California"]
    finally:
        second.close()


def _page_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def test_a_new_file_is_written_in_larger_pages_and_an_older_file_keeps_its_own(
    tmp_path: Path,
) -> None:
    from coalition.directory import records as directory

    new = open_database(tmp_path / "new.db")
    new.close()
    assert _page_size(tmp_path / "new.db") == PAGE_SIZE > 4096

    # A file an earlier version made, in SQLite's default pages: opened, migrated and
    # written to as before, in the pages it has (a page size cannot change in place).
    old = tmp_path / "old.db"
    _make_old_database(old, "0001")
    assert _page_size(old) == 4096
    db = open_database(old)
    with db.session() as s:
        directory.create_organization(s, directory.OrganizationInput(name="Yes California"))
    db.close()
    assert _page_size(old) == 4096
    again = open_database(old)
    try:
        assert integrity_ok(again)
        with again.reading() as s:
            assert [name for _id, name in directory.organization_choices(s)] == ["Yes California"]
    finally:
        again.close()
