"""The one function that opens every database, and the handle it returns.

:func:`open_database` takes a path or a SQLAlchemy URL, applies the SQLite settings
(foreign keys, WAL journal, busy timeout), copies the file aside when migrations are
pending, brings the schema to the head revision, and hands back a :class:`Database`.
Encryption and the shared PostgreSQL server are added here and nowhere else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coalition.errors import DatabaseError
from coalition.store import migrations

BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    """An open database: the engine, a session factory, and where it lives."""

    engine: Engine
    url: URL
    path: Path | None
    backup_path: Path | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def session(self) -> Session:
        """A new session; services commit it, one transaction per change."""
        return self._sessions()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A short-lived session for queries; closed (and rolled back) on exit."""
        with self._sessions() as session:
            yield session

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def _to_url(target: str | Path) -> tuple[URL, Path | None]:
    text_target = str(target)
    if "://" in text_target:
        url = make_url(text_target)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return url, Path(url.database).expanduser().resolve()
        return url, None
    path = Path(text_target).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path)), path


def _sqlite_settings(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (SQLite docs + SA docs).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def _make_engine(url: URL, path: Path | None) -> Engine:
    if url.get_backend_name() == "sqlite":
        if path is not None:
            if path.is_dir():
                raise DatabaseError(f"{path} is a folder, not a database file")
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_settings)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _copy_aside(path: Path, revision: str | None) -> Path:
    """Copy a SQLite file next to itself with SQLite's online backup API (WAL included)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision or 'empty'}-{stamp}.bak")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def open_database(target: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``target``: a file path or a URL.

    Raises :class:`DatabaseError` with a sentence fit to show when the file is not a
    database, is newer than this version of Coalition, or cannot be migrated.
    """
    url, path = _to_url(target)
    engine = _make_engine(url, path)
    backup_path: Path | None = None
    try:
        with engine.connect() as conn:
            current = migrations.current_revision(conn)
        if current not in (None, migrations.HEAD) and not migrations.is_known(current):
            raise DatabaseError(
                f"{path or url} was written by a newer version of Coalition (schema {current}); "
                "update Coalition to open it"
            )
        if current != migrations.HEAD:
            if not migrate:
                raise DatabaseError(f"{path or url} needs an upgrade of its schema")
            if path is not None and current is not None and path.exists():
                backup_path = _copy_aside(path, current)
            migrations.upgrade(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc)
        if url.get_backend_name() != "sqlite":
            # libpq: 'connection failed: connection to server at "h", port p failed: FATAL:
            # password authentication failed for user "u"', over lines; keep the why, in one.
            why = reason.rsplit(" failed: ", 1)[-1].replace("FATAL:", "").splitlines()
            reason = ". ".join(" ".join(ln.split()).rstrip(".") for ln in why if ln.strip()) or reason
        raise DatabaseError(f"cannot open {path or url}: {reason}") from exc
    return Database(engine=engine, url=url, path=path, backup_path=backup_path)


def table_names(db: Database) -> list[str]:
    return inspect(db.engine).get_table_names()


def integrity_ok(db: Database) -> bool:
    with db.engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
