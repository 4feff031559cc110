"""The database key in a real Secret Service (gnome-keyring on a private D-Bus session):
kept there, replaced by a new one, and, when the keyring is locked or gone, asked for
instead, with nothing lost.

The commands run as real processes that find the service the way they would on a
desktop (keyring chooses its Secret Service backend from the session bus); what the
service holds is read with secretstorage directly.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coalition.store import open_database
from coalition.store.encryption import (
    KeyMaterial,
    WrongKeyError,
    file_state,
    key_from_typed,
    keyring_name,
    previous_keyring_name,
)
from secret_service import SecretService

ROOT = Path(__file__).parents[2]


def run(
    service: SecretService, db: Path, *args: str, passphrase: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = service.env()
    if passphrase is not None:
        env["COALITION_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "coalition", "--db", str(db), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def recovery_key_in(err: str) -> str:
    return next(line.strip() for line in err.splitlines() if line.strip().count("-") == 13)


def _made(service: SecretService, tmp_path: Path) -> tuple[Path, str]:
    db = (tmp_path / "coalition.db").resolve()
    done = run(service, db, "demo")
    assert done.returncode == 0, done.stderr
    return db, recovery_key_in(done.stderr)


def test_the_key_is_kept_in_the_secret_service_and_a_new_one_replaces_it(
    tmp_path: Path, secret_service: SecretService
) -> None:
    db, first = _made(secret_service, tmp_path)
    assert file_state(db) == "encrypted"
    assert secret_service.secrets() == {keyring_name(db): key_from_typed(first).to_keyring()}

    again = run(secret_service, db, "search", "California National")
    assert (again.returncode, again.stderr) == (0, "")
    assert "California National Party" in again.stdout

    renewed = run(secret_service, db, "recovery-key")
    assert renewed.returncode == 0, renewed.stderr
    second = recovery_key_in(renewed.stderr)
    # The new key alone, the previous one forgotten once every file opens with the new.
    assert secret_service.secrets() == {keyring_name(db): key_from_typed(second).to_keyring()}
    assert previous_keyring_name(db) not in secret_service.secrets()
    open_database(db, key=key_from_typed(second)).close()
    with pytest.raises(WrongKeyError):
        open_database(db, key=key_from_typed(first))


def test_a_locked_keyring_asks_for_the_recovery_key_and_loses_nothing(
    tmp_path: Path, secret_service: SecretService
) -> None:
    db, recovery = _made(secret_service, tmp_path)
    kept = secret_service.secrets()
    secret_service.lock()
    before = db.read_bytes()

    refused = run(secret_service, db, "search", "California National")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1
    assert "the keyring is locked" in refused.stderr and "COALITION_PASSPHRASE" in refused.stderr
    assert db.read_bytes() == before

    opened = run(secret_service, db, "search", "California National", passphrase=recovery)
    assert opened.returncode == 0, opened.stderr
    assert "California National Party" in opened.stdout
    assert secret_service.names() == set(kept)  # the key it keeps stays, to use once unlocked


def test_a_keyring_gone_at_the_next_start_asks_for_the_recovery_key_and_loses_nothing(
    tmp_path: Path, secret_service: SecretService
) -> None:
    db, recovery = _made(secret_service, tmp_path)
    secret_service.stop()

    refused = run(secret_service, db, "search", "California National")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "not in the keyring" in refused.stderr and "COALITION_PASSPHRASE" in refused.stderr

    opened = run(secret_service, db, "search", "California National", passphrase=recovery)
    assert opened.returncode == 0, opened.stderr
    assert "California National Party" in opened.stdout
    assert file_state(db) == "encrypted"
    open_database(db, key=KeyMaterial("raw", key_from_typed(recovery).secret)).close()
