"""The sync outbox: every local change, written in the transaction that makes it.

Registered as a change hook (like the search index), so no service has to think of
sync.  Changes brought in from the server or a bundle are applied with
:data:`APPLYING` set in the session's info and are not queued again.

Values are stored as JSON: enums by value, dates and instants in ISO 8601;
:func:`decode_row` turns them back using each column's type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    bindparam,
    delete,
    select,
)
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.store.base import Base, new_id, new_ids
from coalition.store.changes import CURRENT, IDENTITY, REPLAYING, RowChange, add_hook
from coalition.store.fastinsert import FastInsert
from coalition.store.models import MODEL_BY_TABLE, SyncOutbox, SyncPrivate
from coalition.store.rowcodec import (
    PackedRow,
    encode,
    encode_row,
)

_PRIVATE = SyncPrivate.__table__.c  # plain columns: no ORM mapping needs setting up

APPLYING = "coalition.sync_applying"

# Tables that describe this laptop or the sync itself: never sent.
LOCAL_TABLES = frozenset(
    {
        "change_log",
        "sync_outbox",
        "sync_log",
        "sync_conflict",
        "sync_private",
        "sync_state",
        "profile",
        "mail_account",
        "outgoing_mail",
        "incoming_mail",
        "calendar_outlet",
        "published_event",
    }
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
            [{"key": SEEDED, "value": clock.now().isoformat()}],
        )


def synced_tables() -> list[str]:
    return [t for t in MODEL_BY_TABLE if t not in LOCAL_TABLES]


_KEYS: dict[tuple[str, ...], list[str]] = {}


def _sorted_keys(row: Mapping[str, Any]) -> list[str]:
    """The columns of ``row``, sorted: one list shared by the rows of the same columns."""
    keys = tuple(row)
    if keys not in _KEYS:
        _KEYS[keys] = sorted(keys)
    return _KEYS[keys]


def outbox_row(change: RowChange, transaction_id: str, at: dt.datetime) -> dict[str, Any] | None:
    """The outbox entry for one recorded row change (None: nothing to send)."""
    base: Mapping[str, Any] | None
    row: Mapping[str, Any] | None
    if change.action == "update":
        fields = sorted(k for k in change.changed_fields() if k not in BOOKKEEPING)
        if not fields:
            return None
        base = {f: encode((change.before or {}).get(f)) for f in fields}
        row = encode_row(change.after)
    elif change.action == "insert":
        fields = _sorted_keys(change.after or {})
        base = None
        # A row written in bulk comes encoded already (as the audit trail stores it):
        # its values are kept as they are, for the check of private records.
        row = change.after if change.encoded is not None else encode_row(change.after)
    else:
        fields = []
        base = change.before if change.encoded is not None else encode_row(change.before)
        row = None
    return {
        "op_id": new_id(),
        "origin": "",
        "transaction_id": transaction_id,
        "at": at,
        "actor": IDENTITY.actor,
        "actor_org": IDENTITY.org,
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
    rows = session.execute(select(_PRIVATE.table_name, _PRIVATE.row_id)).all()
    return {(r[0], r[1]) for r in rows}, {r[1] for r in rows}


def _refers_to(values: dict[str, Any] | None, table: str, ids: set[str]) -> bool:
    if not values or not ids:
        return False
    for column in Base.metadata.tables[table].columns:
        if column.foreign_keys and values.get(column.name) in ids:
            return True
    return False


def is_private(
    table: str,
    row_id: str,
    values: dict[str, Any] | None,
    private: tuple[set[tuple[str, str]], set[str]],
) -> bool:
    """Whether a change to this row stays here: the row is private, or hangs on one."""
    keys, ids = private
    return (table, row_id) in keys or _refers_to(values, table, ids)


def _withhold_private(session: Session, rows: list[dict[str, Any]]) -> None:
    """Changes to private records are dealt with as they are made: never to be sent.

    A private record deleted keeps its mark: an undo (or a redo) brings it back, and it
    comes back private (its mark gone, the next sync sent a group's private contact to
    the coalition server).  A new record made under the id of one deleted (a setting's
    key) is no longer the private one: its mark goes."""
    if session.execute(select(_PRIVATE.row_id).limit(1)).first() is None:
        return
    keys, ids = private_keys(session)
    if not session.info.get(REPLAYING):
        stale = [
            (row["table_name"], row["row_id"])
            for row in rows
            if row["action"] == "insert" and (row["table_name"], row["row_id"]) in keys
        ]
        if stale:
            session.execute(
                delete(SyncPrivate.__table__).where(
                    _PRIVATE.table_name == bindparam("t"), _PRIVATE.row_id == bindparam("r")
                ),
                [{"t": table, "r": row_id} for table, row_id in stale],
            )
            keys -= set(stale)
            ids -= {row_id for _table, row_id in stale}
    for row in rows:
        if is_private(row["table_name"], row["row_id"], row["row"] or row["base"], (keys, ids)):
            row["sent"] = True


_CHUNK = 5000
# What an outbox entry is written with (its sequence number is the database's).
_OUTBOX_COLUMNS = (
    "op_id", "origin", "transaction_id", "at", "actor", "device", "table_name", "row_id",
    "action", "fields", "base", "row", "sent", "actor_org",
)  # fmt: skip


def _record(session: Session, changes: list[RowChange]) -> None:
    if session.info.get(APPLYING):
        return
    changeset = session.info.get(CURRENT)
    transaction_id = changeset.transaction_id if changeset is not None else new_id()
    # The change set's own instant, the one its audit rows carry (see ChangeSet.at).
    at = changeset.at if changeset is not None else clock.now()
    local = LOCAL_TABLES
    writer = FastInsert(session, SyncOutbox.__table__, _OUTBOX_COLUMNS, encoded=("base", "row"))
    if writer.fast and changes and changes[0].encoded is not None and not _any_private(session):
        _record_bulk(writer, [c for c in changes if c.table not in local], transaction_id, at)
        return
    # Written a few thousand rows at a time: an import's 800,000 rows built at once as
    # dicts would take more memory than the import itself.
    for start in range(0, len(changes), _CHUNK):
        chunk = [change for change in changes[start : start + _CHUNK] if change.table not in local]
        rows = []
        for change in chunk:
            entry = outbox_row(change, transaction_id, at)
            if entry is not None:
                rows.append(entry)
        if rows:
            _withhold_private(session, rows)
            _write(writer, rows, chunk)


def _any_private(session: Session) -> bool:
    return session.execute(select(_PRIVATE.row_id).limit(1)).first() is not None


def _record_bulk(
    writer: FastInsert, changes: list[RowChange], transaction_id: str, at: dt.datetime
) -> None:
    """The outbox entries of rows written in bulk, each with its values encoded already,
    as tuples (hundreds of thousands of them), when nothing is kept private."""
    when = writer.converted("at", at)
    null = writer.converted("base", None)
    unsent = writer.converted("sent", False)
    no_fields = writer.converted("fields", [])
    fields: dict[tuple[str, ...], str] = {}
    columns: Any = None  # the columns of the row before, and their list as stored
    listed_columns = no_fields
    rows = []
    for key, change in zip(new_ids(len(changes)), changes, strict=True):
        if change.before is None:
            assert change.after is not None
            # rows written in bulk share one tuple of column names a table
            same = isinstance(change.after, PackedRow) and change.after._keys is columns
            if not same:
                keys = tuple(change.after)
                if keys not in fields:
                    fields[keys] = writer.converted("fields", sorted(keys))
                listed_columns = fields[keys]
                columns = change.after._keys if isinstance(change.after, PackedRow) else None
            action, listed, base, row = "insert", listed_columns, null, change.encoded
        else:
            action, listed, base, row = "delete", no_fields, change.encoded, null
        rows.append(
            (
                key,
                "",
                transaction_id,
                when,
                IDENTITY.actor,
                IDENTITY.device,
                change.table,
                change.row_id,
                action,
                listed,
                base,
                row,
                unsent,
                IDENTITY.org,
            )
        )
        if len(rows) >= _CHUNK:
            writer.write_tuples(_OUTBOX_COLUMNS, rows)
            rows = []
    writer.write_tuples(_OUTBOX_COLUMNS, rows)


def _write(writer: Any, rows: list[dict[str, Any]], changes: list[RowChange]) -> None:
    """Write outbox rows, those of rows written in bulk with the JSON text they came with."""
    by_id = {change.row_id: change for change in changes if change.encoded is not None}
    if by_id:
        for row in rows:
            change = by_id.get(row["row_id"])
            if change is None:
                continue
            encoded = change.encoded if writer.fast else encode_row(change.after or change.before)
            row["row" if row["action"] == "insert" else "base"] = encoded
    writer.write(rows)


add_hook(_record)
