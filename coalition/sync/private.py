"""Records kept on this laptop only: never sent, and taken off the server (and the other
laptops) when made private after they were shared."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import NotFoundError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import Base, new_id
from coalition.store.changes import ChangeSet
from coalition.store.models import SyncOutbox, SyncPrivate
from coalition.store.outbox import LOCAL_TABLES, private_keys
from coalition.store.rowcodec import encode_row
from coalition.sync.bookkeeping import UNSHARE, read_state, unsent


def _children(session: Session, table: str, row_id: str) -> list[tuple[str, dict[str, Any]]]:
    """Rows of other tables that point at this record (its e-mails, memberships...)."""
    found: list[tuple[str, dict[str, Any]]] = []
    for other in Base.metadata.sorted_tables:
        if other.name in LOCAL_TABLES:
            continue
        for column in other.columns:
            if any(fk.column.table.name == table for fk in column.foreign_keys):
                for row in session.execute(select(other).where(column == row_id)):
                    found.append((other.name, dict(row._mapping)))
    return found


def _queue(
    session: Session,
    table: str,
    row_id: str,
    action: str,
    row: dict[str, Any],
    transaction_id: str,
    origin: str = "",
) -> None:
    from coalition.store.changes import IDENTITY

    session.execute(
        insert(SyncOutbox.__table__),
        [
            {
                "op_id": new_id(),
                "origin": origin,
                "transaction_id": transaction_id,
                "at": clock.now(),
                "actor": IDENTITY.actor,
                "actor_org": IDENTITY.org,
                "device": IDENTITY.device,
                "table_name": table,
                "row_id": row_id,
                "action": action,
                "fields": sorted(row) if action == "insert" else [],
                "base": encode_row(row) if action == "delete" else None,
                "row": encode_row(row) if action == "insert" else None,
                "sent": False,
            }
        ],
    )


def keep_private(session: Session, changeset: ChangeSet) -> None:
    """Keep the records one change made on this laptop for good (the sample coalition):
    marked private, and what it queued for the server withheld."""
    rows = {
        (c.table, c.row_id)
        for c in changeset.changes
        if c.table not in LOCAL_TABLES and c.after is not None
    }
    have = private_keys(session)[0]
    fresh = [{"table_name": t, "row_id": r} for t, r in sorted(rows - have)]
    if fresh:
        session.execute(insert(SyncPrivate.__table__), fresh)
    session.execute(
        update(SyncOutbox.__table__)
        .where(SyncOutbox.transaction_id == changeset.transaction_id)
        .values(sent=True)
    )
    session.commit()


def is_record_private(session: Session, table: str, row_id: str) -> bool:
    return session.get(SyncPrivate, (table, row_id)) is not None


def set_private(session: Session, table: str, row_id: str, private: bool) -> None:
    """Keep a record (and what hangs on it) on this laptop only, or share it again.

    Made private after it was sent, it is taken off the server at the next sync (the
    others' copies go too); shared again, it is sent whole.
    """
    pk = next(iter(Base.metadata.tables[table].primary_key.columns))
    row = session.execute(select(Base.metadata.tables[table]).where(pk == row_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Sync", "that record no longer exists"))
    values = dict(row._mapping)
    children = _children(session, table, row_id)
    if private == is_record_private(session, table, row_id):
        return
    transaction_id = new_id()
    if private:
        session.add(SyncPrivate(table_name=table, row_id=row_id))
        was_sent = (
            session.scalar(
                select(func.count())
                .select_from(SyncOutbox)
                .where(
                    SyncOutbox.table_name == table, SyncOutbox.row_id == row_id, ~unsent(session)
                )
            )
            or read_state(session, "last_sync") is not None
        )
        if was_sent:
            for child_table, child in children:
                _queue(
                    session, child_table, str(child["id"]), "delete", child, transaction_id, UNSHARE
                )
            _queue(session, table, row_id, "delete", values, transaction_id, UNSHARE)
    else:
        session.execute(
            delete(SyncPrivate.__table__).where(
                SyncPrivate.table_name == table, SyncPrivate.row_id == row_id
            )
        )
        _queue(session, table, row_id, "insert", values, transaction_id)
        for child_table, child in children:
            _queue(session, child_table, str(child["id"]), "insert", child, transaction_id)
    session.commit()
