"""The one function that opens every database, and the handle it returns.

:func:`open_database` takes a path or a SQLAlchemy URL, applies the SQLite settings
(foreign keys, WAL journal, busy timeout), copies the file aside when migrations are
pending, brings the schema to the head revision, and hands back a :class:`Database`.
Encryption and the shared PostgreSQL server are added here and nowhere else.

A local file is opened plain, or encrypted with SQLCipher when a ``key`` is given
(:mod:`coalition.store.encryption`): a new file is then created encrypted, and a plain
one is converted in place first.  An encrypted file opened without its key, or with a
wrong one, is refused and left as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coalition.common import clock, files, private
from coalition.common.errors import DatabaseError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store import encryption, indexes, migrations, snapshot
from coalition.store.base import fold
from coalition.store.encryption import KeyMaterial, LockedDatabaseError

# isort: split
# Every session comes from a Database made here, so what keeps each write in step is
# imported with it, in this order.  The search index keeps itself in step with every
# write once imported (and with it the change record and the models).
from coalition.store import search_index as _search_index  # noqa: F401

# isort: split
# Every local change is queued for the coalition server once imported; its change hook
# runs after the search index's, as it always has.
from coalition.store import outbox as _outbox  # noqa: F401

# isort: split
# New records are stamped with their owner, and the rules the directory registers are
# kept by every write and query, once imported.
from coalition.store import ownership as _ownership  # noqa: F401

# isort: split
# A text too long for its column on the coalition server is refused as it is written.
from coalition.store import limits as _limits  # noqa: F401

BUSY_TIMEOUT_MS = 5000
# The page size of a new plain file (SQLite's own default, 4 KiB, is kept for files made
# before).  An eighth as many pages to split and write: a first sync of 60,000 people
# took about a fifth less time, and an import of 600,000 rows 15% less processor time; a
# kiosk sign-up's p95 grew by a millisecond.  32 KiB is also what Firefox gives its own
# SQLite files.  It is fixed when the file is first written, so the setting is a no-op
# on any file that already holds something.
PAGE_SIZE = 32768


@dataclass
class Database:
    """An open database: the engine, a session factory, and where it lives."""

    engine: Engine
    url: URL
    path: Path | None
    backup_path: Path | None = None
    key: KeyMaterial | None = field(default=None, repr=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    # Set by close(): what still holds this object (a timer of a window being replaced,
    # a worker) asks before it reads, instead of reconnecting to a file that may be
    # re-encrypted or restored meanwhile.
    closed: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def encrypted(self) -> bool:
        """Whether this is a local file encrypted with SQLCipher."""
        return self.key is not None

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
        self.closed = True
        self.engine.dispose()
        if self.path is not None:
            files.release_database(self.path)


def _to_url(target: str | Path) -> tuple[URL, Path | None]:
    text_target = str(target)
    if "://" in text_target:
        url = make_url(text_target)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return url, Path(url.database).expanduser().resolve()
        return url, None
    path = Path(text_target).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path)), path


def _new_file_pages(dbapi_connection: Any, _record: Any) -> None:
    """A new plain file's page size (before the WAL journal, whose header fixes it)."""
    dbapi_connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")


def _sqlite_settings(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (SQLite docs + SA docs).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    # fold(text): accents and case folded as names are searched (store.base.fold), for the
    # LIKE searches that have no full-text index: "nunez" finds "Núñez" there too.
    dbapi_connection.create_function("fold", 1, _fold_sql, deterministic=True)


def _fold_sql(text: object) -> str | None:
    return None if text is None else fold(str(text))


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def _make_engine(url: URL, path: Path | None, key: KeyMaterial | None = None) -> Engine:
    if url.get_backend_name() == "sqlite":
        if path is not None:
            if path.is_dir():
                raise DatabaseError(
                    QT_TRANSLATE_NOOP("Records", "{path} is a folder, not a database file").format(
                        path=path
                    )
                )
            # A folder made for the database is 0700, and the file (which SQLite would
            # create 0644, and its journals after it) is made 0600 before SQLite opens it.
            private.folder(path.parent)
            private.create_empty(path)
            private.narrow_database(path)
        if key is not None and path is not None:
            # The key goes in as the connection is made, before SQLAlchemy's first query.
            def keyed() -> Any:
                return encryption.connect(
                    path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
                )

            engine = create_engine(url, creator=keyed, module=encryption.dbapi())
        else:
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _new_file_pages)  # (SQLCipher keeps its own)
        event.listen(engine, "connect", _sqlite_settings)
        event.listen(engine, "begin", _sqlite_begin)
        snapshot.forget_on_write(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _copy_aside(path: Path, revision: str | None, key: KeyMaterial | None = None) -> Path:
    """Copy a SQLite file next to itself with SQLite's online backup API (WAL included);
    the copy of an encrypted file is encrypted with the same key."""
    stamp = clock.local_now().replace(tzinfo=None).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision or 'empty'}-{stamp}.bak")
    if key is not None:
        from coalition.store.backups import copy_database

        copy_database(path, target, key)
        return target
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(private.create_empty(target)))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def prepare_file(path: Path, key: KeyMaterial | None) -> KeyMaterial | None:
    """Check the key against the file before anything is written; convert a plain file
    when a key is given.  Returns the key the engine must use (None: plain).

    :func:`open_database` does this first; the desktop app calls it beforehand, off its
    UI thread, when the conversion of a large plain file would freeze the window."""
    # Copies a key change left half made are the key change's to remove, under its lock.
    encryption.finish_interrupted(path, copies=False)
    state = encryption.file_state(path)
    if key is None:
        if state == "encrypted":
            raise LockedDatabaseError(
                QT_TRANSLATE_NOOP(
                    "Records",
                    "{path} is encrypted (or is not a database): it opens with its key, "
                    "passphrase or recovery key",
                ).format(path=path)
            )
        return None
    if state == "encrypted":
        encryption.check_key(path, key)
    elif state == "plain":
        encryption.encrypt_in_place(path, key)
        from coalition.store.backups import encrypt_plain_backups

        encrypt_plain_backups(path, key)
    return key


def open_database(
    target: str | Path, *, migrate: bool = True, key: KeyMaterial | None = None
) -> Database:
    """Open (creating if needed) the database at ``target``: a file path or a URL.

    ``key`` encrypts a local file (a server's database is not the local file: it is
    ignored there): a new file is created encrypted, a plain one converted in place, an
    encrypted one opened if the key fits.  Without it, an encrypted file is refused with
    :class:`~coalition.store.encryption.LockedDatabaseError`.

    Raises :class:`DatabaseError` with a sentence fit to show when the file is not a
    database, is newer than this version of Coalition, cannot be migrated, or the key
    does not open it (:class:`~coalition.store.encryption.WrongKeyError`).
    """
    url, path = _to_url(target)
    if path is None or url.get_backend_name() != "sqlite":
        key = None
    else:
        if path.is_dir():
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Records", "{path} is a folder, not a database file").format(
                    path=path
                )
            )
        key = prepare_file(path, key)
    engine = _make_engine(url, path, key)
    backup_path: Path | None = None
    try:
        with engine.connect() as conn:
            current = migrations.current_revision(conn)
        if current not in (None, migrations.HEAD) and not migrations.is_known(current):
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Records",
                    "{value} was written by a newer version of Coalition (schema "
                    "{current}); update Coalition to open it",
                ).format(value=path or url, current=current)
            )
        if current is not None and path is not None:
            with engine.begin() as conn:  # put off by a write cut short (store.indexes)
                indexes.restore(conn)
        if current != migrations.HEAD:
            if not migrate:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP("Records", "{value} needs an upgrade of its schema").format(
                        value=path or url
                    )
                )
            if path is not None and current is not None and path.exists():
                backup_path = _copy_aside(path, current, key)
            migrations.upgrade(engine)
            if current is None and path is not None:
                from coalition.store.outbox import mark_seeded

                mark_seeded(engine)
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
            reason = (
                ". ".join(" ".join(ln.split()).rstrip(".") for ln in why if ln.strip()) or reason
            )
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Records", "cannot open {value}: {reason}").format(
                value=path or url, reason=reason
            )
        ) from exc
    if path is not None:
        files.guard_database(path)
    return Database(engine=engine, url=url, path=path, backup_path=backup_path, key=key)


def plain_rows(conn: Connection, statement: Any, *, binary: bool = False) -> list[tuple[Any, ...]]:
    """The rows of a query of plain values (text, numbers) as the driver gives them:
    tens of thousands of rows without SQLAlchemy's work on each (its types convert
    nothing for such columns).  ``binary``: PostgreSQL sends them in its binary form,
    which the driver reads without parsing text (a list of texts, a number, an instant)."""
    # (Lists bound with "IN" are written out, as the driver takes them.)
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args = (
        tuple(params[name] for name in compiled.positiontup or ())
        if compiled.positional
        else params
    )
    cursor = conn.connection.cursor(binary=True) if binary else conn.connection.cursor()
    try:
        cursor.execute(str(compiled), args)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def table_names(db: Database) -> list[str]:
    return inspect(db.engine).get_table_names()


def integrity_ok(db: Database) -> bool:
    with db.engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
