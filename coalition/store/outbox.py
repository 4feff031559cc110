"""The sync outbox: every local change, written in the transaction that makes it.

Registered as a change hook (like the search index), so no service has to think of
sync.  Changes brought in from the server or a bundle are applied with
:data:`APPLYING` set in the session's info and are not queued again.

Values are stored as JSON: enums by value, dates and instants in ISO 8601;
:func:`decode_row` turns them back using each column's type.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Enum,
    Time,
    TypeDecorator,
    bindparam,
    delete,
    insert,
    select,
)
from sqlalchemy.orm import Session

from coalition.store.base import Base, new_id
from coalition.store.changes import CURRENT, IDENTITY, RowChange, add_hook
from coalition.store.models import MODEL_BY_TABLE, SyncOutbox, SyncPrivate

APPLYING = "coalition.sync_applying"

# Tables that describe this laptop or the sync itself: never sent.
LOCAL_TABLES = frozenset(
    {"change_log", "sync_outbox", "sync_log", "sync_conflict", "sync_private", "sync_state"}
)
# Columns that follow others and are never a change of their own.
BOOKKEEPING = frozenset({"created_at", "updated_at", "sort_name"})


# The sync_state key saying every record is covered by a queued change: a database made
# with an outbox is from its first record; one from before gets its records queued once.
SEEDED = "seeded"


def mark_seeded(engine: Any) -> None:
    """Note that a database just created queues all its records from the start."""
    from sqlalchemy import insert as insert_

    from coalition.store.models import SyncState

    with engine.begin() as conn:
        conn.execute(
            insert_(SyncState.__table__),
            [{"key": SEEDED, "value": dt.datetime.now(dt.UTC).isoformat()}],
        )


def synced_tables() -> list[str]:
    return [t for t in MODEL_BY_TABLE if t not in LOCAL_TABLES]


def columns(table: str) -> dict[str, Column[Any]]:
    return {c.name: c for c in Base.metadata.tables[table].columns}


def encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return value


def encode_row(row: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if row is None else {k: encode(v) for k, v in row.items()}


def parse_instant(value: str) -> dt.datetime:
    """An instant stored as ISO 8601 text; one without an offset is in UTC."""
    instant = dt.datetime.fromisoformat(value)
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=dt.UTC)


def _decoder(column: Column[Any]) -> Any:
    """How a stored value of ``column`` becomes a Python value again (None: as it is)."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class
    if isinstance(kind, DateTime):
        return parse_instant
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Time):
        return dt.time.fromisoformat
    return None


_DECODERS: dict[str, dict[str, Any]] = {}


def decode_row(table: str, row: dict[str, Any] | None) -> dict[str, Any] | None:
    """A stored row back in Python values; columns this version doesn't have are dropped."""
    if row is None:
        return None
    decoders = _DECODERS.get(table)
    if decoders is None:
        decoders = _DECODERS[table] = {name: _decoder(c) for name, c in columns(table).items()}
    out = {}
    for key, value in row.items():
        if key not in decoders:
            continue
        convert = decoders[key]
        out[key] = convert(value) if convert is not None and value is not None else value
    return out


def outbox_row(change: RowChange, transaction_id: str, at: dt.datetime) -> dict[str, Any] | None:
    """The outbox entry for one recorded row change (None: nothing to send)."""
    if change.action == "update":
        fields = sorted(k for k in change.changed_fields() if k not in BOOKKEEPING)
        if not fields:
            return None
        base = {f: encode((change.before or {}).get(f)) for f in fields}
        row = encode_row(change.after)
    elif change.action == "insert":
        fields = sorted(change.after or {})
        base = None
        row = encode_row(change.after)
    else:
        fields = []
        base = encode_row(change.before)
        row = None
    return {
        "op_id": new_id(),
        "origin": "",
        "transaction_id": transaction_id,
        "at": at,
        "actor": IDENTITY.actor,
        "device": IDENTITY.device,
        "table_name": change.table,
        "row_id": change.row_id,
        "action": change.action,
        "fields": fields,
        "base": base,
        "row": row,
        "sent": False,
    }


def private_keys(session: Session) -> tuple[set[tuple[str, str]], set[str]]:
    """The records kept on this laptop: as (table, id) pairs, and their ids alone."""
    rows = session.execute(select(SyncPrivate.table_name, SyncPrivate.row_id)).all()
    return {(r[0], r[1]) for r in rows}, {r[1] for r in rows}


def _refers_to(values: dict[str, Any] | None, table: str, ids: set[str]) -> bool:
    if not values or not ids:
        return False
    for column in Base.metadata.tables[table].columns:
        if column.foreign_keys and values.get(column.name) in ids:
            return True
    return False


def is_private(table: str, row_id: str, values: dict[str, Any] | None,
               private: tuple[set[tuple[str, str]], set[str]]) -> bool:
    """Whether a change to this row stays here: the row is private, or hangs on one."""
    keys, ids = private
    return (table, row_id) in keys or _refers_to(values, table, ids)


def _withhold_private(session: Session, rows: list[dict[str, Any]]) -> None:
    """Changes to private records are dealt with as they are made: never to be sent.
    A private record deleted takes its mark with it (its id will not come back)."""
    if session.execute(select(SyncPrivate.row_id).limit(1)).first() is None:
        return
    private = private_keys(session)
    gone = []
    for row in rows:
        if is_private(row["table_name"], row["row_id"], row["row"] or row["base"], private):
            row["sent"] = True
            if row["action"] == "delete" and (row["table_name"], row["row_id"]) in private[0]:
                gone.append({"t": row["table_name"], "r": row["row_id"]})
    if gone:
        session.execute(
            delete(SyncPrivate.__table__).where(
                SyncPrivate.table_name == bindparam("t"), SyncPrivate.row_id == bindparam("r")
            ),
            gone,
        )


_CHUNK = 5000


def _record(session: Session, changes: list[RowChange]) -> None:
    if session.info.get(APPLYING):
        return
    changeset = session.info.get(CURRENT)
    transaction_id = changeset.transaction_id if changeset is not None else new_id()
    at = dt.datetime.now(dt.UTC)
    local = LOCAL_TABLES
    # Written a few thousand rows at a time: an import's 800,000 rows built at once as
    # dicts would take more memory than the import itself.
    for start in range(0, len(changes), _CHUNK):
        rows = [
            entry
            for change in changes[start : start + _CHUNK]
            if change.table not in local
            if (entry := outbox_row(change, transaction_id, at)) is not None
        ]
        if rows:
            _withhold_private(session, rows)
            session.execute(insert(SyncOutbox.__table__), rows)


add_hook(_record)
