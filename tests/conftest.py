"""Fixtures shared by the whole suite: real SQLite files, opened the way the app opens them.

Every test gets its own database file under ``tmp_path``: a copy of one file that
:func:`coalition.store.open_database` created and migrated, opened again by it, so that
the schema under test is the one Alembic builds (not ``create_all``) and the SQLite
settings are the ones users run with.
"""

from __future__ import annotations

import os
import shutil

# Widgets are created without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line speaks English in the tests whatever the machine's locale or the
# language chosen in its window (tests/app/test_translations_services.py asks for Spanish).
os.environ["COALITION_LANGUAGE"] = "en"

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.directory import records as directory
from coalition.endorsements import records as endorsements
from coalition.store import Database, open_database
from coalition.store.models import Campaign, ChangeLog, Organization, Person

# Fixtures kept in modules of their own, registered once for every area's tests (a test
# names them as parameters and never imports them): the widgets' (tests/ui_fixtures.py),
# the keyring in a dict (tests/memory_keyring.py), the real Secret Service
# (tests/secret_service.py) and a real CalDAV server (tests/radicale_server.py).
pytest_plugins = [
    "ui_fixtures",
    "memory_keyring",
    "secret_service",
    "radicale_server",
    "smtp_server",
    "imap_server",
]


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application, with English's plural forms installed as the app installs
    them at start ("1 day late", "3 days late"), so that the widgets count in English."""
    from coalition.ui.shell import language

    language.install_english_plurals()
    return qapp


@pytest.fixture
def tmp_path(tmp_path: Path) -> Iterator[Path]:
    """pytest's own folder of the test (removed when the test passes), but every window
    made on what it holds is gone first: after the fixtures built on the folder end, and
    before the folder does.

    A window whose close was refused (typed edits), or one nobody gave to pytest-qt, would
    otherwise keep its timers (the sync's, a duplicate check's) and fire them in a later
    test, on a database whose folder is gone (see ``tmp_path_retention_policy``).
    """
    yield tmp_path
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def organizer() -> Iterator[Any]:
    """Every test acts as an organizer whose profile is set (the service calls credit
    their changes to them); a test of life before any profile clears it itself."""
    from coalition.store.changes import IDENTITY

    saved = dict(vars(IDENTITY))
    IDENTITY.actor, IDENTITY.email = "Test Organizer", "organizer@example.org"
    IDENTITY.role = "coordinator"
    IDENTITY.org, IDENTITY.org_id = "", None
    try:
        yield IDENTITY
    finally:
        vars(IDENTITY).update(saved)


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
    """Create an organization through the directory service:
    ``make_org("Yes California", home_state="CA")``."""

    def make(name: str, **fields: Any) -> Organization:
        return directory.create_organization(
            session, directory.OrganizationInput(name=name, **fields)
        )

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
        return endorsements.create_campaign(
            session, endorsements.CampaignInput(name=name, **fields)
        )

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


# -- PostgreSQL: a real server for the code that talks to the shared coalition server ----


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """A :class:`pgserver.PostgresServer` on 127.0.0.1, started at the first test that asks.

    Stopped, and its folder removed, when the session ends (whatever the outcome).
    Without PostgreSQL binaries the tests that need it skip on a developer's machine and
    fail in CI (env ``CI`` set), where they must run: ``make test`` installs them.
    """
    import pgserver  # tests/ is on sys.path, as for icaljs_runner; imported only when needed

    server = pgserver.PostgresServer()
    try:
        server.start()
    except pgserver.PostgresUnavailable as exc:
        if _in_ci():
            pytest.fail(f"CI: {exc}", pytrace=False)
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: Any) -> Iterator[str]:
    """The URL of a fresh, empty database on :func:`pg_server`, dropped after the test.

    Sessions the test left open on it are ended first, so a forgotten engine cannot keep
    the database (or the next test) hanging.
    """
    import uuid

    name = f"coalition_test_{uuid.uuid4().hex[:12]}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)
