"""Backups: made with the online backup API, encrypted like the database, rotated, and
restored without ever leaving the database half replaced."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coalition import cli
from coalition.common.errors import DatabaseError
from coalition.directory import records as directory
from coalition.search import query as search
from coalition.security import keychange
from coalition.store import backups, encryption, instance, open_database
from coalition.store.encryption import KeyMaterial, LockedDatabaseError, WrongKeyError, file_state
from memory_keyring import MemoryKeyring


@pytest.fixture
def key() -> KeyMaterial:
    return KeyMaterial.generate()


@pytest.fixture
def encrypted(tmp_path: Path, key: KeyMaterial) -> Path:
    path = tmp_path / "coalition.db"
    db = open_database(path, key=key)
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Yes California"))
    db.close()
    return path


def _titles(path: Path, key: KeyMaterial | None, text: str) -> list[str]:
    db = open_database(path, key=key)
    try:
        with db.reading() as session:
            return [h.title for h in search.search(session, text, limit=20)]
    finally:
        db.close()


def test_a_backup_of_an_encrypted_database_opens_only_with_its_key(
    encrypted: Path, key: KeyMaterial
) -> None:
    made = backups.backup_now(encrypted, key)
    assert made.parent == encrypted.parent / "backups"
    assert file_state(made) == "encrypted" and b"Yes California" not in made.read_bytes()
    with pytest.raises(LockedDatabaseError):
        open_database(made)
    with pytest.raises(WrongKeyError):
        open_database(made, key=KeyMaterial.generate())
    assert _titles(made, key, "Yes") == ["Yes California"]


def test_a_backup_taken_while_the_app_writes_is_a_consistent_snapshot(
    encrypted: Path, key: KeyMaterial
) -> None:
    db = open_database(encrypted, key=key)
    with db.session() as session:  # in the write-ahead journal, not yet checkpointed
        directory.create_organization(
            session, directory.OrganizationInput(name="California National Party")
        )
        made = backups.backup_now(encrypted, key)
    db.close()
    assert sorted(_titles(made, key, "California")) == [
        "California National Party",
        "Yes California",
    ]


def test_daily_backups_are_made_once_a_day_and_the_newest_seven_kept(
    encrypted: Path, key: KeyMaterial
) -> None:
    start = dt.datetime(2026, 3, 1, 9, 0)
    assert backups.daily_backup_if_due(encrypted, key, now=start) is not None
    assert backups.daily_backup_if_due(encrypted, key, now=start + dt.timedelta(hours=5)) is None
    for day in range(1, 10):
        backups.daily_backup_if_due(encrypted, key, now=start + dt.timedelta(days=day))
    dailies = [b for b in backups.list_backups(encrypted) if b.kind == "daily"]
    assert len(dailies) == backups.KEEP_DAILY
    assert dailies[0].made_at == start + dt.timedelta(days=9)
    assert all(b.size > 0 for b in dailies)


def test_restore_puts_the_backup_back_and_keeps_the_current_file(
    encrypted: Path, key: KeyMaterial
) -> None:
    made = backups.backup_now(encrypted, key)
    db = open_database(encrypted, key=key)
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Cal Con Con"))
    db.close()

    kept = backups.restore(encrypted, made, key)
    assert _titles(encrypted, key, "Cal Con") == []
    assert _titles(kept, key, "Cal Con") == ["Cal Con Con"]
    assert any(
        b.path == kept and b.kind == "before-restore" for b in backups.list_backups(encrypted)
    )


def test_a_backup_that_is_damaged_or_under_another_key_is_refused_and_nothing_changes(
    encrypted: Path, key: KeyMaterial, tmp_path: Path
) -> None:
    before = encrypted.read_bytes()
    other = tmp_path / "other.db"
    open_database(other, key=KeyMaterial.generate()).close()
    with pytest.raises(WrongKeyError, match="another"):
        backups.restore(encrypted, other, key)
    broken = tmp_path / "broken.bak"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(DatabaseError):
        backups.restore(encrypted, broken, key)
    assert encrypted.read_bytes() == before
    assert not list(encrypted.parent.glob("*.restoring"))


def test_a_backup_from_a_newer_coalition_or_missing_tables_is_refused_before_anything_moves(
    tmp_path: Path,
) -> None:
    import sqlite3

    path = tmp_path / "coalition.db"
    db = open_database(path)
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Red Oregon"))
    db.close()
    newer, torn = tmp_path / "newer.bak", tmp_path / "torn.bak"
    for copy, change in (
        (newer, "UPDATE alembic_version SET version_num = 'ffff9999'"),
        (torn, "DROP TABLE person_email"),
    ):
        backups.backup_now(path, None, "manual").rename(copy)
        with sqlite3.connect(copy) as conn:
            conn.execute(change)
    before = path.read_bytes()

    with pytest.raises(DatabaseError, match=r"newer version of Coalition \(schema ffff9999\)"):
        backups.restore(path, newer, None)
    with pytest.raises(DatabaseError, match="its tables person_email are missing"):
        backups.restore(path, torn, None)

    assert path.read_bytes() == before  # not put aside: still the database, and it opens
    assert not list(path.parent.glob("backups/*before-restore*"))
    assert _titles(path, None, "Red Oregon") == ["Red Oregon"]


def test_a_plain_backup_restored_into_an_encrypted_database_is_encrypted(
    encrypted: Path, key: KeyMaterial, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.db"
    db = open_database(plain)
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Cal Con Con"))
    db.close()
    backups.restore(encrypted, plain, key)
    assert file_state(encrypted) == "encrypted"
    assert _titles(encrypted, key, "Cal Con") == ["Cal Con Con"]


def _under_another_key(path: Path, key: KeyMaterial, earlier: KeyMaterial) -> Path:
    """A backup left under an earlier key, as a key change cut short by an older
    Coalition left them (and restore then refused them)."""
    made = backups.backup_now(path, key, "daily")
    encryption.rekey_file(made, key, earlier)
    return made


def test_a_backup_under_an_earlier_key_is_listed_and_restored_with_that_key(
    encrypted: Path, key: KeyMaterial
) -> None:
    earlier = KeyMaterial.generate()
    made = _under_another_key(encrypted, key, earlier)
    assert [b.path for b in backups.list_backups(encrypted)] == [made]
    with pytest.raises(backups.OtherKeyError, match="another key"):
        backups.restore(encrypted, made, key)

    backups.restore(encrypted, made, key, backup_key=earlier)
    # Restored under the database's own key, with its records.
    assert _titles(encrypted, key, "Yes") == ["Yes California"]
    with pytest.raises(WrongKeyError):
        open_database(encrypted, key=earlier)


def test_the_next_key_change_brings_backups_under_the_previous_key_to_the_new_one(
    encrypted: Path, key: KeyMaterial, memory_keyring: MemoryKeyring
) -> None:
    earlier = KeyMaterial.generate()
    left = _under_another_key(encrypted, key, earlier)
    current = backups.backup_now(encrypted, key, "manual")
    new = KeyMaterial.generate()

    redone = keychange.change_key(encrypted, key, new, others=[earlier])
    assert sorted(redone) == sorted([left, current])
    for path in (encrypted, left, current):
        assert encryption.key_opens(path, new)
    assert _titles(left, new, "Yes") == ["Yes California"]


def test_restore_on_the_command_line_takes_the_earlier_key_from_the_environment(
    encrypted: Path,
    key: KeyMaterial,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    earlier = KeyMaterial.generate()
    made = _under_another_key(encrypted, key, earlier)
    encryption.remember_key(encrypted, key)
    assert cli.main(["--db", str(encrypted), "restore", str(made)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "COALITION_BACKUP_KEY" in err and "made under another" in err

    monkeypatch.setenv("COALITION_BACKUP_KEY", earlier.recovery_key())
    assert cli.main(["--db", str(encrypted), "restore", str(made)]) == 0
    assert "Restored" in capsys.readouterr().out
    instance.release(encrypted)
    assert _titles(encrypted, key, "Yes") == ["Yes California"]


def test_a_backup_restored_on_a_new_computer_keeps_its_own_key_and_makes_none(
    encrypted: Path,
    key: KeyMaterial,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    made = backups.backup_now(encrypted, key, "manual")
    fresh = tmp_path / "new computer" / "coalition.db"
    fresh.parent.mkdir()

    assert cli.main(["--db", str(fresh), "restore", str(made)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err == (
        f"coalition: {made} is encrypted: set COALITION_BACKUP_KEY to the passphrase or "
        "recovery key of the database it was made from (or run in a terminal to type it); "
        "nothing was changed\n"
    )  # and no recovery key was shown for a database that was never made
    assert not fresh.exists() and memory_keyring.secrets == {}

    monkeypatch.setenv("COALITION_BACKUP_KEY", key.recovery_key())
    assert cli.main(["--db", str(fresh), "restore", str(made)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"Restored {made} into {fresh}") and "recovery key" not in err
    instance.release(fresh)
    assert _titles(fresh, key, "Yes") == ["Yes California"]  # its own key, kept
    assert encryption.stored_keys(fresh)[0] == [key]
