"""The shared coalition server: the app's own opener and services on a real PostgreSQL.

Each test gets an empty database on the session's server (``pg_url``); the server is
started from the machine's PostgreSQL binaries by the ``pg_server`` fixture.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import warnings
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from coalition.common.errors import DatabaseError
from coalition.directory import records as directory
from coalition.store import migrations, open_database
from coalition.store.base import Base
from coalition.store.database import table_names
from coalition.store.models import ChangeLog, Organization


def _database_name(url: str) -> str:
    name = make_url(url).database
    assert name
    return name


def _raw(url: str, query: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows read with psycopg alone, past SQLAlchemy and the app."""
    u = make_url(url)
    with psycopg.connect(
        host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database
    ) as conn:
        return conn.execute(query, params).fetchall()


def _with_password(url: str, password: str | None) -> str:
    u = make_url(url)  # URL.set(password=None) would keep the old one
    return URL.create(
        u.drivername, u.username, password, u.host, u.port, u.database
    ).render_as_string(hide_password=False)


def test_server_listens_on_loopback_only(pg_server: Any) -> None:
    with pg_server.connect() as conn:
        assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
        assert conn.execute("SHOW unix_socket_directories").fetchone() == ("",)
        assert str(conn.execute("SELECT inet_server_addr()").fetchone()[0]) == "127.0.0.1"

    others = set()
    if sys.platform.startswith("linux"):
        others.add("127.0.0.2")  # the whole of 127/8 reaches this host on Linux
    with contextlib.suppress(OSError):
        others |= {
            a for a in socket.gethostbyname_ex(socket.gethostname())[2] if not a.startswith("127.")
        }
    for address in sorted(others):
        with pytest.raises(OSError):
            socket.create_connection((address, pg_server.port), timeout=5).close()


def test_server_asks_for_the_password(
    pg_server: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SCRAM like a real deployment: no password, no connection (nothing is trusted)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(
            host=pg_server.host, port=pg_server.port, user=pg_server.user, dbname="postgres"
        ).close()
    with pg_server.connect() as conn:
        (stored,) = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = current_user"
        ).fetchone()
    assert stored.startswith("SCRAM-SHA-256$")


def test_each_test_gets_an_empty_database(pg_url: str, pg_server: Any) -> None:
    assert pg_url == pg_server.url(_database_name(pg_url))
    assert make_url(pg_url).password == pg_server.password  # escaped in the URL, whole again here
    assert _raw(pg_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]


def test_open_builds_the_whole_schema_through_the_migrations(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert not db.is_sqlite
        assert set(Base.metadata.tables) <= set(table_names(db))
        with db.engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.HEAD
    finally:
        db.close()
    assert _raw(pg_url, "SELECT version_num FROM alembic_version") == [(migrations.HEAD,)]


def test_migrations_match_the_models_on_postgresql(pg_url: str) -> None:
    """Autogenerate finds nothing: types, keys and (unlike SQLite) expression indexes."""
    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # nothing may be skipped on PostgreSQL
                diffs = compare_metadata(context, Base.metadata)
    finally:
        db.close()
    assert diffs == []


def test_second_open_changes_nothing(pg_url: str) -> None:
    open_database(pg_url).close()
    # xmin is the transaction that last wrote the row: a re-stamp would change it.
    before = _raw(pg_url, "SELECT version_num, xmin::text FROM alembic_version")
    tables = _raw(pg_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")

    open_database(pg_url).close()
    open_database(pg_url, migrate=False).close()  # only accepted when already at HEAD

    assert _raw(pg_url, "SELECT version_num, xmin::text FROM alembic_version") == before
    assert _raw(pg_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == tables


def test_directory_write_commits_and_reads_back(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.session() as session:
            org = directory.create_organization(
                session,
                directory.OrganizationInput(
                    name="Café Coalition — Oregon", short_name="CCO", home_state="OR"
                ),
            )
            org_id = org.id
    finally:
        db.close()

    # Committed on the server: another engine, and psycopg alone, see it.
    again = open_database(pg_url)
    try:
        with again.reading() as session:
            stored = session.get(Organization, org_id)
            assert stored is not None
            assert (stored.name, stored.short_name, stored.home_state) == (
                "Café Coalition — Oregon",
                "CCO",
                "OR",
            )
            logged = session.scalars(select(ChangeLog).where(ChangeLog.row_id == org_id)).all()
            assert logged, "the write went through the change recorder (audit, undo)"
    finally:
        again.close()
    assert _raw(pg_url, "SELECT name FROM organization WHERE id = %s", org_id) == [
        ("Café Coalition — Oregon",)
    ]


def test_wrong_password_is_refused_with_a_sentence(pg_url: str) -> None:
    bad = _with_password(pg_url, "not-the-password")
    with pytest.raises(DatabaseError) as caught:
        open_database(bad)
    message = str(caught.value)
    assert "password authentication failed" in message
    assert "\n" not in message and "Traceback" not in message
    assert "not-the-password" not in message  # the URL is shown with its password masked


def test_password_from_pgpassword(
    pg_server: Any, pg_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A URL without a password: libpq takes it from PGPASSWORD, as psql does."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    bare = _with_password(pg_url, None)
    assert make_url(bare).password is None
    monkeypatch.setenv("PGPASSWORD", pg_server.password)
    open_database(bare).close()

    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    with pytest.raises(DatabaseError, match="password authentication failed"):
        open_database(bare)


def test_unknown_schema_revision_is_refused(pg_url: str) -> None:
    open_database(pg_url).close()
    with psycopg.connect(_psycopg_dsn(pg_url), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")

    with pytest.raises(DatabaseError, match="update Coalition") as caught:
        open_database(pg_url)
    assert "newer version of Coalition" in str(caught.value)
    # Refused before anything was touched.
    assert _raw(pg_url, "SELECT version_num FROM alembic_version") == [("9999",)]


def test_terminate_connections_ends_sessions_and_the_app_reconnects(
    pg_server: Any, pg_url: str
) -> None:
    """What the sync tests use to make the server go away under an open session."""
    db = open_database(pg_url)
    try:
        session = db.session()
        assert session.execute(text("SELECT 1")).scalar() == 1  # holds a connection

        assert pg_server.terminate_connections(_database_name(pg_url)) >= 1

        with pytest.raises(DBAPIError):
            session.execute(text("SELECT 1"))
        session.close()
        # The pool checks connections out with a ping, so the next session just works.
        with db.reading() as fresh:
            assert fresh.execute(text("SELECT count(*) FROM organization")).scalar() == 0
        assert inspect(db.engine).has_table("organization")
    finally:
        db.close()


def _psycopg_dsn(url: str) -> str:
    u = make_url(url)
    return psycopg.conninfo.make_conninfo(
        host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database
    )


def test_missing_server_programs_are_reported_before_anything_is_made(tmp_path: Path) -> None:
    """What makes the pg_server fixture skip (or fail in CI) on a machine without them."""
    import pgserver

    server = pgserver.PostgresServer(bindir=tmp_path)
    with pytest.raises(pgserver.PostgresUnavailable, match="initdb"):
        server.start()
    assert server.base_dir is None and not server.running
