"""The data folder is named by the application's id; an older Coalition's folder, named
"Coalition", moves there whole the first time the default database is looked for, with
the keys the keyring keeps for its files, so that it opens as before, nothing asked."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pytest

from coalition import APP_ID, cli
from coalition.cli.shared import target_of
from coalition.common import paths
from coalition.store import datafolder, instance, keychain
from coalition.store.encryption import keyring_name
from memory_keyring import MemoryKeyring

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="XDG_DATA_HOME places the folder on Linux"
)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    return home


def test_a_new_install_keeps_its_data_under_the_application_id(data_home: Path) -> None:
    database = Path(datafolder.default_database())
    assert database == data_home / APP_ID / "coalition.db"
    assert database.parent.is_dir()
    assert not (data_home / "Coalition").exists()


def test_the_old_folder_moves_to_the_new_name_with_everything_in_it(data_home: Path) -> None:
    old = data_home / "Coalition"
    (old / "backups").mkdir(parents=True)
    (old / "coalition.db").write_bytes(b"the coalition's data")
    (old / "backups" / "coalition-2026-12-01.db").write_bytes(b"a day's backup")
    old.chmod(0o755)  # as an older Coalition made it

    database = Path(datafolder.default_database())

    new = data_home / APP_ID
    assert database == new / "coalition.db"
    assert database.read_bytes() == b"the coalition's data"
    assert (new / "backups" / "coalition-2026-12-01.db").read_bytes() == b"a day's backup"
    assert not old.exists()
    if os.name == "posix":
        assert new.stat().st_mode & 0o777 == 0o700
    # The next start finds it where it is now.
    assert Path(datafolder.default_database()) == database


def test_a_folder_already_under_the_new_name_wins_and_the_old_one_is_left_alone(
    data_home: Path,
) -> None:
    old = data_home / "Coalition"
    old.mkdir(parents=True)
    (old / "coalition.db").write_bytes(b"older")
    new = data_home / APP_ID
    new.mkdir()
    (new / "coalition.db").write_bytes(b"newer")

    assert Path(datafolder.default_database()).read_bytes() == b"newer"
    assert (old / "coalition.db").read_bytes() == b"older"


def test_the_database_named_by_the_environment_moves_nothing(
    data_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (data_home / "Coalition").mkdir(parents=True)
    monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "elsewhere.db"))
    assert target_of(argparse.Namespace(db=None)) == (str(tmp_path / "elsewhere.db"), True)
    assert (data_home / "Coalition").is_dir()
    assert not (data_home / APP_ID).exists()


def test_an_encrypted_database_opens_after_the_move_with_the_key_the_keyring_kept(
    data_home: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = data_home / "Coalition" / "coalition.db"
    old.parent.mkdir(parents=True)
    assert cli.main(["--db", str(old), "demo"]) == 0  # encrypted, its key in the keyring
    instance.release(old)
    capsys.readouterr()
    monkeypatch.setattr("builtins.input", lambda *_: pytest.fail("the key was asked for"))

    assert cli.main(["search", "California National"]) == 0

    assert "California National" in capsys.readouterr().out
    new = data_home / APP_ID / "coalition.db"
    instance.release(new)
    assert new.is_file() and not old.parent.exists()
    assert keychain.get(keyring_name(new)) is not None
    assert keychain.get(keyring_name(old)) is None, "no key is kept for a file that is gone"


def test_a_locked_keyring_leaves_the_old_folder_in_use_until_it_can_move(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = data_home / "Coalition"
    old.mkdir(parents=True)
    (old / "coalition.db").write_bytes(b"the coalition's data")

    def locked(_name: str) -> str:
        raise keychain.KeyringUnavailable("the keyring is locked")

    monkeypatch.setattr(keychain, "get", locked)
    assert Path(datafolder.default_database()) == old / "coalition.db"
    assert not (data_home / APP_ID).exists()

    monkeypatch.undo()
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    assert Path(datafolder.default_database()) == data_home / APP_ID / "coalition.db"
