"""Fixtures shared by the whole suite: real SQLite files, opened the way the app opens them.

Every test gets its own database file under ``tmp_path``: a copy of one file that
:func:`coalition.store.open_database` created and migrated, opened again by it, so that
the schema under test is the one Alembic builds (not ``create_all``) and the SQLite
settings are the ones users run with.
"""

from __future__ import annotations

import os
import shutil

# Widgets in tests/ui are created without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition import directory, endorsements
from coalition.store import Database, open_database
from coalition.store.models import ChangeLog, Campaign, Organization, Person


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coalition.db"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database built by the migrations, copied for each test (migrating costs ~0.2 s).

    Creating and migrating a file is tested as such in test_store and test_migrations.
    """
    path = tmp_path_factory.mktemp("template") / "coalition.db"
    open_database(path).close()  # the last connection to close checkpoints the WAL
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the template must be whole in one file"
    return path


@pytest.fixture
def db(db_path: Path, migrated_template: Path) -> Iterator[Database]:
    shutil.copyfile(migrated_template, db_path)
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    with db.session() as s:
        yield s


@pytest.fixture
def make_org(session: Session) -> Callable[..., Organization]:
    """Create an organization through the directory service: ``make_org("Yes California", home_state="CA")``."""

    def make(name: str, **fields: Any) -> Organization:
        return directory.create_organization(session, directory.OrganizationInput(name=name, **fields))

    return make


@pytest.fixture
def make_person(session: Session) -> Callable[..., Person]:
    """Create a person through the directory service: ``make_person("Jane Doe", emails=[...])``."""

    def make(name: str, **fields: Any) -> Person:
        return directory.create_person(session, directory.PersonInput(name=name, **fields))

    return make


@pytest.fixture
def make_campaign(session: Session) -> Callable[..., Campaign]:
    def make(name: str, **fields: Any) -> Campaign:
        return endorsements.create_campaign(session, endorsements.CampaignInput(name=name, **fields))

    return make


@pytest.fixture
def count_rows(session: Session) -> Callable[[type], int]:
    """How many rows a table holds right now (read fresh from the database)."""

    def count(model: type) -> int:
        session.expire_all()
        return session.scalar(select(func.count()).select_from(model)) or 0

    return count


@pytest.fixture
def change_log_count(count_rows: Callable[[type], int]) -> Callable[[], int]:
    return lambda: count_rows(ChangeLog)
