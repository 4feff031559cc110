"""The journal of a key change, read at the next start (the kills themselves are in
tests/test_rekey_crash.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition.common.errors import DatabaseError
from coalition.security import keychange
from coalition.store import keychain, open_database
from coalition.store.encryption import (
    KeyMaterial,
    keyring_name,
    previous_keyring_name,
    remember_key,
    remember_previous_key,
    stored_keys,
)
from memory_keyring import MemoryKeyring


@pytest.fixture
def encrypted(tmp_path: Path) -> tuple[Path, KeyMaterial]:
    path = (tmp_path / "coalition.db").resolve()
    key = KeyMaterial.generate()
    open_database(path, key=key).close()
    return path, key


def test_a_journal_half_written_when_the_process_died_is_removed_and_nothing_changes(
    encrypted: tuple[Path, KeyMaterial], memory_keyring: MemoryKeyring
) -> None:
    path, key = encrypted
    partial = keychange.journal_path(path).with_name(keychange.journal_path(path).name + ".partial")
    partial.write_bytes(b'{"format": 1, "step": "ma')  # cut off mid-write
    found = keychange.unlock(path, [key])
    assert found == keychange.Unlocked(key)
    assert not partial.exists() and not keychange.pending(path)


def test_the_previous_key_opens_a_database_the_current_one_does_not(
    encrypted: tuple[Path, KeyMaterial], memory_keyring: MemoryKeyring
) -> None:
    """The keyring took the new key, and the change was undone where the keyring could
    not be written (locked then): the previous key is tried, and becomes current."""
    path, key = encrypted
    unused = KeyMaterial.generate()
    remember_key(path, unused)
    remember_previous_key(path, key)
    kept, problem = stored_keys(path)
    assert kept == [unused, key] and problem is None
    assert keychange.unlock(path, kept) == keychange.Unlocked(key)


def test_a_journal_that_is_not_ours_is_refused_with_a_sentence(
    encrypted: tuple[Path, KeyMaterial], memory_keyring: MemoryKeyring
) -> None:
    path, key = encrypted
    keychange.journal_path(path).write_text("not a journal")
    with pytest.raises(DatabaseError, match="record of a key change"):
        keychange.unlock(path, [key])


def test_a_change_refuses_to_start_over_one_left_unfinished(
    encrypted: tuple[Path, KeyMaterial], memory_keyring: MemoryKeyring
) -> None:
    path, key = encrypted
    new = KeyMaterial.generate()
    keychange.Journal(
        path, keychange.SHOWN, keychange._seal(key, new), keychange._seal(new, key)
    ).save()
    with pytest.raises(DatabaseError, match="not finished yet"):
        keychange.change_key(path, key, KeyMaterial.generate())
    # Opened with the old key, it is finished: the new key then opens it, and is kept.
    assert keychange.unlock(path, [key]) == keychange.Unlocked(new, keychange.FINISHED)
    assert memory_keyring.secrets == {(keychain.SERVICE, keyring_name(path)): new.to_keyring()}
    assert (keychain.SERVICE, previous_keyring_name(path)) not in memory_keyring.secrets
