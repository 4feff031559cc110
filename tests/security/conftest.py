"""Fixtures shared by the security tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition import sample
from coalition.store import backups, open_database
from coalition.store.encryption import KeyMaterial


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, KeyMaterial]:
    """An encrypted database with the sample coalition and two backups, under one key.

    A test copies it (``test_rekey_crash._laptop``) rather than build its own: encrypting
    and loading the sample costs seconds.
    """
    folder = tmp_path_factory.mktemp("crash-template")
    db_path = folder / "data" / "coalition.db"
    key = KeyMaterial.generate()
    db = open_database(db_path, key=key)
    with db.session() as session:
        sample.load_sample(session)
    db.close()
    backups.backup_now(db_path, key, "daily")
    backups.backup_now(db_path, key, "manual")
    return folder / "data", key
