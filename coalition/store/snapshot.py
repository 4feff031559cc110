"""A screen's last computed content, kept in its database for the next start.

The dashboard is what a start shows first; computing it takes the database layer
(SQLAlchemy, the models, the services: a second on a large file).  Each time it is
computed, its content is kept here (:func:`save`), and the next start reads it back
(:func:`read`) with a plain SQLite/SQLCipher connection, before that layer is imported.

What is kept is never shown as current once the data has changed:

- every write through this process's database layer, whatever makes it (an edit, an
  undo, an import, a sync, the command line in another process), deletes the kept
  content in the same transaction (:func:`forget_on_write`, installed on every local
  engine): a content kept is one computed since the last write;
- it is written in the transaction that read the data it was computed from, and only
  if no other write came in between (SQLite refuses the write then);
- it carries the schema's revision and the head of the change log, which must still be
  what the file holds when it is read back.

The rows live in ``sync_state``, this laptop's own key-value table: never synced, never
in a bundle.  Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coalition.store.encryption import KeyMaterial

PREFIX = "screen."
_FORGET = f"DELETE FROM sync_state WHERE key LIKE '{PREFIX}%'"
_SAVE = "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"
_LOAD = "SELECT value FROM sync_state WHERE key = ?"
_VERSION = (
    "SELECT (SELECT version_num FROM alembic_version), "
    "(SELECT max(rowid) FROM change_log), "
    "(SELECT id FROM change_log WHERE rowid = (SELECT max(rowid) FROM change_log))"
)
_FORGOTTEN = "coalition.screens_forgotten"
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
_ENDS = ("BEGIN", "COMMIT", "END", "ROLLBACK")
_DML = re.compile(r"\b(?:INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
_TARGET = re.compile(
    r"\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)


def data_version(cursor_owner: Any) -> list[Any]:
    """What the file's data is at: its schema's revision and the newest change logged."""
    row = cursor_owner.execute(_VERSION).fetchone()
    return [row[0], row[1], row[2]]


def save(session: Any, name: str, content: Any) -> bool:
    """Keep ``content`` (JSON-able) as screen ``name``'s, in ``session``'s transaction,
    which must be the one its figures were read in; commits.  False when it could not be
    kept (another write came in between, the file is busy or read-only): the next start
    then computes the screen as usual."""
    connection = session.connection()
    raw = connection.connection.driver_connection
    try:
        text = json.dumps(
            {"version": data_version(raw), "content": content},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        before = raw.execute("PRAGMA busy_timeout").fetchone()[0]
        raw.execute("PRAGMA busy_timeout = 0")  # never wait on another writer for this
        try:
            raw.execute(_SAVE, (PREFIX + name, text))
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(before)}")
        session.commit()
        return True
    except Exception:  # an optimisation: never in the way of the screen
        session.rollback()
        return False


def read(path: Path | str, key: KeyMaterial | None, name: str) -> Any | None:
    """Screen ``name``'s kept content if it is still the current data's, else None (none
    kept, the data changed since, a file that cannot be read, a foreign value)."""
    from coalition.store import encryption

    conn: Any = None
    try:
        if not Path(path).is_file() or Path(path).stat().st_size == 0:
            return None  # never a file made here by reading: the database layer makes it
        if key is not None:
            conn = encryption.connect(path, key)
        else:
            import sqlite3

            conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        conn.execute("BEGIN")  # one reading of the kept content and of the data's version
        row = conn.execute(_LOAD, (PREFIX + name,)).fetchone()
        if row is None:
            return None
        kept = json.loads(row[0])
        if not isinstance(kept, dict) or kept.get("version") != data_version(conn):
            return None
        return kept.get("content")
    except Exception:  # whatever is wrong, the screen is computed as usual
        return None
    finally:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()


def _is_write(statement: str) -> bool:
    """Whether ``statement`` changes rows (the screens' own table, and this laptop's other
    bookkeeping in it, aside).  A schema change comes with a new revision."""
    head = statement.lstrip()[:7].upper()
    if head.startswith(_WRITES):
        match = _TARGET.match(statement)
        return not (match is not None and match.group(1).lower() == "sync_state")
    return head.startswith("WITH") and _DML.search(statement) is not None


def forget_on_write(engine: Any) -> None:
    """Delete every screen's kept content in the transaction of any write made through
    ``engine`` (a local file's): see the module's docstring."""
    from sqlalchemy import event

    def before(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if conn.info.get(_FORGOTTEN):
            if statement.lstrip()[:8].upper().startswith(_ENDS):
                conn.info.pop(_FORGOTTEN, None)
            return
        if _is_write(statement):
            try:
                cursor.execute(_FORGET)
            except Exception as exc:  # a file still being created has no table yet
                if "no such table" not in str(exc):
                    raise
            conn.info[_FORGOTTEN] = True

    def ended(conn: Any, *_args: Any) -> None:
        conn.info.pop(_FORGOTTEN, None)

    event.listen(engine, "before_cursor_execute", before)
    for name in ("begin", "commit", "rollback", "rollback_savepoint"):
        event.listen(engine, name, ended)
