"""Encryption at rest: what someone who finds the laptop (or the file) can and cannot read,
and what the owner needs to open it again."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from coalition import cli, sample
from coalition.cli import shared as cli_shared
from coalition.common.errors import DatabaseError
from coalition.directory import records as directory
from coalition.search import query as search
from coalition.security import keychange
from coalition.store import backups, keychain, open_database
from coalition.store.encryption import (
    KeyMaterial,
    LockedDatabaseError,
    WrongKeyError,
    file_state,
    key_from_typed,
    key_opens,
    keyring_name,
    parse_recovery_key,
    stored_key,
)
from memory_keyring import MemoryKeyring


def test_an_encrypted_file_shows_nothing_without_its_key(tmp_path: Path) -> None:
    path = tmp_path / "coalition.db"
    key = KeyMaterial.generate()
    db = open_database(path, key=key)
    with db.session() as session:
        sample.load_sample(session)
    db.close()

    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for secret in (b"California", b"example.org", b"Tuesday"):
        assert secret not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()

    with pytest.raises(LockedDatabaseError, match="key, passphrase or recovery key"):
        open_database(path)
    again = open_database(path, key=key)
    with again.reading() as session:
        assert search.search(session, "California National Party")
    again.close()


def test_a_wrong_key_or_passphrase_is_refused_and_the_file_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "coalition.db"
    open_database(path, key=KeyMaterial.passphrase("correct horse battery")).close()
    before = path.read_bytes()
    with pytest.raises(WrongKeyError, match=r"passphrase does not open .* not changed"):
        open_database(path, key=KeyMaterial.passphrase("wrong horse battery"))
    with pytest.raises(WrongKeyError, match="key does not open"):
        open_database(path, key=KeyMaterial.generate())
    assert path.read_bytes() == before
    open_database(path, key=KeyMaterial.passphrase("correct horse battery")).close()


def test_the_recovery_key_is_the_data_key_written_for_people(tmp_path: Path) -> None:
    key = KeyMaterial.generate()
    recovery = key.recovery_key()
    groups = recovery.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert key_from_typed(recovery) == key
    # Typed sloppily: lower case, spaces instead of dashes, a zero for an O.
    sloppy = recovery.lower().replace("-", " ").replace("o", "0")
    assert key_from_typed(sloppy) == key
    # One wrong character is caught as a typo, not taken for another key.
    wrong = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    with pytest.raises(WrongKeyError, match="typo"):
        parse_recovery_key(wrong)
    with pytest.raises(WrongKeyError, match="56 letters"):
        parse_recovery_key(recovery[:-5])

    path = tmp_path / "coalition.db"
    open_database(path, key=key).close()
    open_database(path, key=key_from_typed(recovery)).close()


def test_a_plain_database_is_converted_in_place_with_everything_still_found(tmp_path: Path) -> None:
    path = tmp_path / "coalition.db"
    plain = open_database(path)
    with plain.session() as session:
        sample.load_sample(session)
    with plain.reading() as session:
        found_before = [h.title for h in search.search(session, "calif", limit=50)]
    plain.close()
    key = KeyMaterial.generate()

    db = open_database(path, key=key)
    assert db.encrypted and file_state(path) == "encrypted"
    with db.reading() as session:
        assert [h.title for h in search.search(session, "calif", limit=50)] == found_before
    db.close()
    # Nothing readable is left beside it: no plain copy, no leftover journal.
    leftovers = [p for p in tmp_path.iterdir() if p.is_file() and file_state(p) == "plain"]
    assert leftovers == []
    assert not list(tmp_path.glob("*.rekeyed")) and not list(tmp_path.glob("*.rekeying"))


def test_a_conversion_cut_short_before_the_swap_leaves_the_plain_file_to_open(
    tmp_path: Path,
) -> None:
    """A crash after the old file went aside and before the new one came: the next open
    brings the old one back."""
    path = tmp_path / "coalition.db"
    open_database(path).close()
    os.replace(path, path.with_name(path.name + ".rekeying"))
    db = open_database(path)
    assert file_state(path) == "plain"
    db.close()


def test_the_copy_made_before_a_migration_is_encrypted_too(tmp_path: Path) -> None:
    from coalition.store import migrations
    from coalition.store.database import _make_engine, _to_url

    path = tmp_path / "old.db"
    key = KeyMaterial.generate()
    url, resolved = _to_url(path)
    engine = _make_engine(url, resolved, key)
    migrations.upgrade(engine, "0001")
    engine.dispose()
    db = open_database(path, key=key)
    assert db.backup_path is not None and file_state(db.backup_path) == "encrypted"
    db.close()
    with pytest.raises(LockedDatabaseError):
        open_database(db.backup_path)
    assert key_opens(db.backup_path, key)


def test_passphrase_mode_opens_with_the_passphrase_only(tmp_path: Path) -> None:
    path = tmp_path / "coalition.db"
    key = KeyMaterial.passphrase("a long enough passphrase")
    db = open_database(path, key=key)
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Yes California"))
    db.close()
    with pytest.raises(DatabaseError, match="no recovery key"):
        key.recovery_key()
    reopened = open_database(path, key=key_from_typed("a long enough passphrase"))
    with reopened.reading() as session:
        assert [h.title for h in search.search(session, "Yes", limit=5)] == ["Yes California"]
    reopened.close()


def test_rekey_changes_the_key_of_the_file_and_of_its_backups(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "coalition.db"
    old = KeyMaterial.generate()
    open_database(path, key=old).close()
    made = backups.backup_now(path, old, "daily")
    new = KeyMaterial.generate()

    redone = keychange.change_key(path, old, new)
    assert redone == [made]
    # The keyring holds the new key alone once every file opens with it.
    assert memory_keyring.secrets == {(keychain.SERVICE, keyring_name(path)): new.to_keyring()}
    for file in (path, made):
        with pytest.raises(WrongKeyError):
            open_database(file, key=old)
    open_database(path, key=new).close()


# --- the command line ---------------------------------------------------------------------


def test_the_default_database_is_created_encrypted_with_its_key_in_the_keyring(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    default = tmp_path / "data" / "coalition.db"
    monkeypatch.delenv("COALITION_DB", raising=False)
    monkeypatch.delenv("COALITION_PASSPHRASE", raising=False)
    monkeypatch.setattr(cli_shared, "default_database", lambda: str(default))

    assert cli.main(["demo"]) == 0
    err = capsys.readouterr().err
    assert "recovery key" in err and "shown this once" in err
    recovery = next(line.strip() for line in err.splitlines() if line.count("-") == 13)
    assert file_state(default) == "encrypted"
    stored = memory_keyring.secrets[(keychain.SERVICE, keyring_name(default))]
    assert stored.startswith("raw:")
    assert key_from_typed(recovery) == stored_key(default)

    # The next command opens it from the keyring, and says nothing about keys.
    assert cli.main(["search", "California"]) == 0
    out, err = capsys.readouterr()
    assert "California National Party" in out and err == ""


def test_an_old_unencrypted_default_database_is_converted(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    default = tmp_path / "coalition.db"
    db = open_database(default)
    with db.session() as session:
        sample.load_sample(session)
    db.close()
    monkeypatch.delenv("COALITION_DB", raising=False)
    monkeypatch.setattr(cli_shared, "default_database", lambda: str(default))
    assert cli.main(["search", "Cal Con Con"]) == 0
    assert "Cal Con Con" in capsys.readouterr().out
    assert file_state(default) == "encrypted"


def test_without_a_keyring_the_command_line_takes_a_passphrase_from_the_environment(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_keyring: None,
) -> None:
    path = tmp_path / "c.db"
    monkeypatch.setenv("COALITION_PASSPHRASE", "correct horse battery")
    assert cli.main(["--db", str(path), "demo"]) == 0  # a new file: encrypted
    assert file_state(path) == "encrypted"
    capsys.readouterr()

    monkeypatch.setenv("COALITION_PASSPHRASE", "wrong horse battery")
    keychain.forget_this_run()
    assert cli.main(["--db", str(path), "search", "California"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not open" in err and "not changed" in err

    monkeypatch.delenv("COALITION_PASSPHRASE")
    keychain.forget_this_run()
    assert cli.main(["--db", str(path), "search", "California"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "COALITION_PASSPHRASE" in err


def test_recovery_key_command_makes_a_new_one_and_the_old_one_stops_working(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    path = tmp_path / "c.db"
    assert cli.main(["--db", str(path), "--plain", "demo"]) == 0
    assert cli.main(["--db", str(path), "encrypt"]) == 0
    first = next(
        line.strip() for line in capsys.readouterr().err.splitlines() if line.count("-") == 13
    )
    assert cli.main(["--db", str(path), "recovery-key"]) == 0
    second = next(
        line.strip() for line in capsys.readouterr().err.splitlines() if line.count("-") == 13
    )
    assert first != second
    with pytest.raises(WrongKeyError):
        open_database(path, key=key_from_typed(first))
    open_database(path, key=key_from_typed(second)).close()
    # On another machine (no keyring entry), the recovery key alone opens it.
    memory_keyring.secrets.clear()
    keychain.forget_this_run()
    monkeypatch.setenv("COALITION_PASSPHRASE", second)
    assert (
        cli.main(["--db", str(path), "search", "anything"]) == cli.EXIT_ERROR
    )  # opens; finds nothing
    assert "does not open" not in capsys.readouterr().err


def test_encrypt_names_a_missing_or_foreign_file_and_makes_no_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    missing, notes = tmp_path / "mistyped.db", tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n")
    assert cli.main(["--db", str(missing), "encrypt"]) == cli.EXIT_ERROR
    assert capsys.readouterr().err == (
        f"coalition: there is no database at {missing}: nothing was encrypted\n"
    )
    assert cli.main(["--db", str(notes), "encrypt"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err == f"coalition: {notes} is not a Coalition database: nothing was encrypted\n"
    assert not missing.exists() and notes.read_text() == "my notes, not a database\n"
    assert memory_keyring.secrets == {}  # no key kept, no recovery key shown


def test_backup_and_restore_on_the_command_line_keep_the_encryption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "c.db"
    assert cli.main(["--db", str(path), "demo"]) == 0
    out_file = tmp_path / "elsewhere" / "copy.db"
    assert cli.main(["--db", str(path), "backup", "--out", str(out_file)]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert file_state(out_file) == "encrypted"
    with pytest.raises(LockedDatabaseError):
        open_database(out_file)

    db = open_database(path, key=stored_key(path))
    with db.session() as session:
        directory.create_organization(
            session, directory.OrganizationInput(name="Added after the backup")
        )
    db.close()
    assert cli.main(["--db", str(path), "restore", str(out_file)]) == 0
    out = capsys.readouterr().out
    assert "kept in" in out
    db = open_database(path, key=stored_key(path))
    with db.reading() as session:
        assert not search.search(session, "Added after the backup")
        assert search.search(session, "California National Party")
    db.close()
