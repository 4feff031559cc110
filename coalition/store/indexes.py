"""Indexes put off while a laptop writes many thousands of rows at once, and made again
after: an index made from all its rows at once is a sort, cheaper than as many look-ups
to find where each new row's entry goes.

Only the indexes that look rows up go (never one keeping a value unique, which the
writes must meet as they come).  The statements that make them again are kept in
``sync_state`` in the same transaction as they go, so that they come back whatever
happens: at the end of the writing, else when the database is next opened (before any
migration of its schema: :mod:`coalition.store.database`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, text

# The sync_state key holding the statements of the indexes put off (a JSON list).
PUT_OFF = "indexes_put_off"


def _sqlite(conn: Any) -> bool:
    """Whether ``conn`` (a session or a connection) is on SQLite."""
    dialect = conn.get_bind().dialect if hasattr(conn, "get_bind") else conn.dialect
    return dialect.name == "sqlite"  # type: ignore[no-any-return]


def _state(conn: Any) -> str | None:
    return conn.execute(  # type: ignore[no-any-return]
        text("SELECT value FROM sync_state WHERE key = :key"), {"key": PUT_OFF}
    ).scalar()


def put_off(conn: Any, tables: Iterable[str]) -> None:
    """Drop the look-up indexes of ``tables`` (SQLite only), in the caller's transaction."""
    if not _sqlite(conn) or _state(conn) is not None:
        return
    found = conn.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN :tables"
        ).bindparams(bindparam("tables", expanding=True)),
        {"tables": sorted(tables)},
    ).all()
    looks_up = [(name, sql) for name, sql in found if not sql.upper().startswith("CREATE UNIQUE")]
    if not looks_up:
        return
    conn.execute(
        text("INSERT INTO sync_state (key, value) VALUES (:key, :value)"),
        {"key": PUT_OFF, "value": json.dumps([sql for _name, sql in looks_up])},
    )
    for name, _sql in looks_up:
        conn.execute(text(f'DROP INDEX "{name}"'))


def restore(conn: Any) -> bool:
    """Make again the indexes put off, in the caller's transaction; whether there were."""
    if not _sqlite(conn):
        return False
    exists = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'")
    ).first()
    kept = _state(conn) if exists is not None else None
    if kept is None:
        return False
    for statement in json.loads(kept):
        # Made again as they were made; one made meanwhile stays as it is.
        conn.execute(text(statement.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)))
    conn.execute(text("DELETE FROM sync_state WHERE key = :key"), {"key": PUT_OFF})
    return True
