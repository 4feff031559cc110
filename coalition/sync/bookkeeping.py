"""This laptop's own sync bookkeeping: its replica id and the other ``sync_state``
values, and the outbox entries still to be sent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Text, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.store.base import Base, new_id
from coalition.store.database import plain_rows
from coalition.store.models import MODEL_BY_TABLE, SyncOutbox, SyncPrivate, SyncState
from coalition.store.outbox import LOCAL_TABLES, SEEDED, is_private, private_keys
from coalition.store.rowcodec import encode_row
from coalition.sync.ops import Op

# Plain table columns: the sync's queries need no ORM mapping set up first (in a
# fresh process that took half a second before a sync's first query).
_STATE = SyncState.__table__.c
_OUTBOX = SyncOutbox.__table__.c


def read_state(session: Session, key: str) -> str | None:
    return session.execute(select(_STATE.value).where(_STATE.key == key)).scalar()


def write_state(session: Session, key: str, value: str) -> None:
    if session.execute(select(_STATE.key).where(_STATE.key == key)).first() is None:
        session.execute(insert(SyncState.__table__), [{"key": key, "value": value}])
    else:
        session.execute(update(SyncState.__table__).where(_STATE.key == key).values(value=value))


def replica_id(session: Session) -> str:
    """This database's own id (made once): marks the changes that come from it."""
    value = read_state(session, "replica")
    if not value:
        value = new_id()
        write_state(session, "replica", value)
        session.commit()
    return value


# The outbox as :func:`pending_ops` reads it, its JSON values as the text they are
# stored as (decoded only if asked for).
_OUTBOX_READ = (
    "seq",
    "op_id",
    "origin",
    "transaction_id",
    "at",
    "actor",
    "device",
    "table_name",
    "row_id",
    "action",
    "fields",
    "base",
    "row",
    "actor_org",
)


def _outbox_columns() -> list[Any]:
    table = SyncOutbox.__table__
    return [
        type_coerce(table.c[name], Text).label(name)
        if name in ("at", "fields", "base", "row")
        else table.c[name]
        for name in _OUTBOX_READ
    ]


def pending_ops(
    session: Session, *, after: int = 0, limit: int | None = None
) -> tuple[list[Op], list[int]]:
    """The changes waiting to be sent (after outbox entry ``after``; about ``limit`` of
    them, never cutting a transaction in two), and the outbox entries of private
    records (never sent, and to be marked as dealt with)."""
    origin = replica_id(session)
    private = private_keys(session)
    ops: list[Op] = []
    withheld: list[int] = []
    waiting = select(*_outbox_columns()).where(unsent(session), _OUTBOX.seq > after)
    conn = session.connection()
    entries = plain_rows(conn, waiting.order_by(_OUTBOX.seq).limit(limit))
    if limit is not None and len(entries) == limit:
        last_seq, transaction_id = entries[-1][0], entries[-1][3]
        entries += plain_rows(
            conn,
            waiting.where(
                _OUTBOX.seq > last_seq, _OUTBOX.transaction_id == transaction_id
            ).order_by(_OUTBOX.seq),
        )
    for (
        seq,
        op_id,
        from_,
        transaction_id,
        at,
        actor,
        device,
        table,
        row_id,
        action,
        fields,
        base,
        row,
        actor_org,
    ) in entries:
        op = Op(
            op_id,
            from_ or origin,
            transaction_id,
            None,
            actor,
            device,
            table,
            row_id,
            action,
            seq=seq,
            fields_json=fields,
            base_json=base,
            row_json=row,
            at_text=at,
            actor_org=actor_org or "",
        )
        if from_ == UNSHARE:
            op.origin = origin
            ops.append(op)
        elif private[0] and is_private(table, row_id, op.row or op.base, private):
            withheld.append(seq)
        else:
            ops.append(op)
    return ops, withheld


def waiting_count(session: Session) -> int:
    """How many changes wait to be sent: one count, unless records are kept private
    (then the waiting changes are read, to leave theirs out)."""
    if session.scalar(select(func.count()).select_from(SyncPrivate)):
        ops, _ = pending_ops(session)
        return len(ops)
    return (
        session.scalar(
            select(func.count()).select_from(SyncOutbox.__table__).where(unsent(session))
        )
        or 0
    )


PUSHED = "pushed"  # the last outbox entry a push delivered


def unsent(session: Session) -> Any:
    """The outbox entries still to be sent: not set aside (a private record's are, as
    they are made) and after the last one a push delivered.  Entries are numbered in
    the order their transactions committed and never removed, so one bookmark marks a
    whole push as sent without rewriting its entries."""
    pushed = int(read_state(session, PUSHED) or 0)
    return _OUTBOX.sent.is_(False) & (_OUTBOX.seq > pushed)


def mark_pushed(session: Session, upto: int) -> None:
    if upto > int(read_state(session, PUSHED) or 0):
        write_state(session, PUSHED, str(upto))


def seed_outbox(session: Session) -> int:
    """Queue the records that no change in the outbox covers: a database written before
    Coalition kept an outbox sends its whole directory at its first sync.  Done once;
    returns how many records were queued."""
    if read_state(session, SEEDED):
        return 0
    from coalition.store.changes import IDENTITY

    now = clock.now()
    queued = 0
    for table in Base.metadata.sorted_tables:  # parents before the rows that point at them
        if table.name in LOCAL_TABLES or table.name not in MODEL_BY_TABLE:
            continue
        pk = next(iter(table.primary_key.columns))
        covered = select(_OUTBOX.row_id).where(_OUTBOX.table_name == table.name)
        rows = [dict(r._mapping) for r in session.execute(select(table).where(pk.not_in(covered)))]
        if not rows:
            continue
        session.execute(
            insert(SyncOutbox.__table__),
            [
                {
                    "op_id": new_id(),
                    "origin": "",
                    "transaction_id": new_id(),
                    "at": now,
                    "actor": IDENTITY.actor,
                    "actor_org": IDENTITY.org,
                    "device": IDENTITY.device,
                    "table_name": table.name,
                    "row_id": str(row[pk.name]),
                    "action": "insert",
                    "fields": sorted(row),
                    "base": None,
                    "row": encode_row(row),
                    "sent": False,
                }
                for row in rows
            ],
        )
        queued += len(rows)
    write_state(session, SEEDED, now.isoformat())
    session.commit()
    return queued


UNSHARE = "unshare"  # outbox origin of the deletions that take a record off the server
