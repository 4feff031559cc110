"""The files Coalition keeps are its user's alone, and a file named with --db is encrypted
like the default one (unless --plain asks otherwise, and is told so)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from coalition import APP_ID, cli
from coalition.directory import records as directory
from coalition.store import backups, instance, open_database
from coalition.store.encryption import file_state, key_from_typed, stored_key
from memory_keyring import MemoryKeyring

posix_only = pytest.mark.skipif(
    os.name != "posix", reason="file modes are POSIX's; Windows keeps the profile private"
)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def recovery_key_in(err: str) -> str:
    return next(line.strip() for line in err.splitlines() if line.strip().count("-") == 13)


def test_a_new_file_named_with_db_is_encrypted_and_its_recovery_key_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "named.db"
    assert cli.main(["--db", str(path), "demo"]) == 0
    err = capsys.readouterr().err
    assert file_state(path) == "encrypted"
    assert key_from_typed(recovery_key_in(err)) == stored_key(path)
    assert cli.main(["--db", str(path), "search", "California National"]) == 0
    assert capsys.readouterr().err == ""


def test_a_new_file_named_in_the_environment_is_encrypted_too(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    path = tmp_path / "from-env.db"
    monkeypatch.setenv("COALITION_DB", str(path))
    assert cli.main(["demo"]) == 0
    assert "recovery key" in capsys.readouterr().err
    assert file_state(path) == "encrypted"


def test_plain_makes_an_unencrypted_file_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "plain.db"
    assert cli.main(["--db", str(path), "--plain", "demo"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "created unencrypted (--plain)" in err and "encrypt" in err
    assert file_state(path) == "plain" and memory_keyring.secrets == {}
    # Opened as it is afterwards, without a word.
    assert cli.main(["--db", str(path), "search", "California National"]) == 0
    assert capsys.readouterr().err == ""


def test_plain_is_refused_for_the_database_in_the_data_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.delenv("COALITION_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert cli.main(["--plain", "demo"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "always encrypted" in err
    assert not (tmp_path / "share" / APP_ID / "coalition.db").exists()


@posix_only
def test_the_data_folder_database_journals_lock_and_backups_are_private(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.delenv("COALITION_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    usual = os.umask(0o022)  # the usual umask, under which the files used to come out 0644
    try:
        assert cli.main(["demo"]) == 0
    finally:
        os.umask(usual)
    capsys.readouterr()
    folder = tmp_path / "share" / APP_ID
    path = folder / "coalition.db"
    assert mode(folder) == 0o700
    assert mode(path) == 0o600
    assert mode(instance.lock_path(path)) == 0o600
    instance.release(path)

    db = open_database(path, key=stored_key(path))
    with db.session() as session:  # a write held in the write-ahead journal
        directory.create_organization(session, directory.OrganizationInput(name="Cal Con Con"))
        for suffix in ("-wal", "-shm"):
            assert mode(path.with_name(path.name + suffix)) == 0o600
        made = backups.backup_now(path, db.key, "daily")
    db.close()
    assert mode(made) == 0o600 and mode(made.parent) == 0o700


@posix_only
def test_files_an_older_coalition_left_readable_are_made_private(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.delenv("COALITION_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert cli.main(["demo"]) == 0
    folder = tmp_path / "share" / APP_ID
    path = folder / "coalition.db"
    instance.release(path)
    made = backups.backup_now(path, stored_key(path), "daily")
    for file in (path, made, instance.lock_path(path)):
        os.chmod(file, 0o644)
    os.chmod(folder, 0o755)
    os.chmod(made.parent, 0o755)

    assert cli.main(["search", "California National"]) == 0
    assert mode(folder) == 0o700 and mode(path) == 0o600
    instance.release(path)
    assert backups.daily_backup_if_due(path, stored_key(path)) is None  # one made today already
    assert mode(made) == 0o600 and mode(made.parent) == 0o700
    capsys.readouterr()


@posix_only
def test_a_plain_file_is_private_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "plain.db"
    assert cli.main(["--db", str(path), "--plain", "demo"]) == 0
    capsys.readouterr()
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert mode(instance.lock_path(path)) == 0o600
    instance.release(path)
