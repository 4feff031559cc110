"""This laptop's database as changes are written into it: a bundle's changes merged
(:class:`LocalTarget`), or the server's log entries applied by a pull
(:func:`apply_entries`)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from coalition.store import search_index
from coalition.store.base import Base
from coalition.store.changes import Identity, RowChange, audit
from coalition.store.models import ChangeLog, SyncOutbox
from coalition.store.outbox import APPLYING, LOCAL_TABLES, is_private, private_keys
from coalition.store.rowcodec import decode_row
from coalition.sync.bookkeeping import unsent
from coalition.sync.ops import HIDE, REFUSED, Op, When
from coalition.sync.target import BATCH, Entry, Target, find_same, history_when, unique_keys
from coalition.sync.withdraw import Withdrawals

# Plain table columns: the sync's queries need no ORM mapping set up first (in a
# fresh process that took half a second before a sync's first query).
_OUTBOX = SyncOutbox.__table__.c


class LocalTarget(Target):
    """This laptop's database, when changes from a bundle are merged into it: they are
    queued in its outbox (to travel on to a server) and written to its history."""

    def __init__(self, session: Session):
        super().__init__(session)
        self.session = session
        self.changes: list[tuple[Op, RowChange]] = []

    def known(self, op_ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(op_ids), BATCH):
            chunk = op_ids[start : start + BATCH]
            found.update(
                self.session.execute(
                    select(_OUTBOX.op_id).where(_OUTBOX.op_id.in_(chunk))
                ).scalars()
            )
        return found

    def last_change(self, table: str, row_id: str, field_name: str | None) -> When | None:
        rows = self.session.execute(
            select(
                ChangeLog.at, ChangeLog.actor, ChangeLog.device, ChangeLog.action, ChangeLog.after
            )
            .where(ChangeLog.table_name == table, ChangeLog.row_id == row_id)
            .order_by(ChangeLog.at.desc())
        ).all()
        entries = [Entry(r.at, r.actor, r.device, r.action, set(r.after or {})) for r in rows]
        return history_when(entries, field_name)

    def delete(self, table: str, row_id: str) -> None:
        self.flush_writes()
        search_index.note_core_delete(self.session, table, row_id)
        super().delete(table, row_id)

    def log(
        self,
        op: Op,
        action: str,
        fields: list[str],
        row: dict[str, Any] | None,
        encoded: dict[str, Any] | None = None,
        *,
        as_sent: bool = False,
    ) -> None:
        self.session.execute(
            insert(SyncOutbox.__table__),
            [
                {
                    **op.columns(),
                    "action": op.action,
                    "fields": op.fields,
                    "base": op.base,
                    "row": op.row,
                    "sent": False,
                }
            ],
        )


def apply_entries(
    session: Session,
    entries: list[Any],
    kept: Collection[tuple[str, str]] = frozenset(),
    *,
    index: bool = True,
) -> int:
    """Make this laptop's records what the server's log entries say they are.

    Records with changes still waiting here are left alone: their next push meets the
    server's value and the merge decides.  Private records are never touched.  A record
    the server says is no longer everyone's (a "hide" entry) goes, with its parts and
    its history, when this laptop's organizer may no longer read it
    (:mod:`coalition.sync.withdraw`).  Runs in
    the caller's transaction; returns how many records changed.

    ``kept``: records of this laptop's (table, id) that the server took as they came and
    holds still, so that no entry of this pull brings them (see :func:`_kept_here`).
    ``index``: False when the caller rebuilds the search index once the pull is done
    (a first sync: a person's document would be written again for each of its parts).
    """
    pending = {
        (r[0], r[1])
        for r in session.execute(select(_OUTBOX.table_name, _OUTBOX.row_id).where(unsent(session)))
    }
    private = private_keys(session)
    target = Target(session)
    withdrawals = Withdrawals(session, target)
    target.prefetch((e.table_name, e.row_id) for e in entries if e.table_name not in LOCAL_TABLES)
    session.info[APPLYING] = True
    try:
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
        by_origin: dict[tuple[str, str, str, str, dt.datetime], list[RowChange]] = defaultdict(list)
        changed = 0
        brought: list[tuple[str, str, dict[str, Any]]] = []
        for entry in entries:
            table, row_id = entry.table_name, entry.row_id
            if table in LOCAL_TABLES or table not in Base.metadata.tables:
                continue
            if entry.action == REFUSED:  # a change the server would not take: no record
                continue
            if entry.action == HIDE:
                changed += withdrawals.apply(entry)
                continue
            changed += withdrawals.flush()
            if (table, row_id) in pending:
                continue
            stored, encoded = _record_of(entry)
            wanted = decode_row(table, stored)
            if is_private(table, row_id, wanted, private):
                continue
            if withdrawals.gone:
                if wanted is not None and is_private(
                    table, "", wanted, (set(), withdrawals.gone_ids)
                ):
                    continue  # a part of a record taken away: it goes with it
                withdrawals.back(table, row_id)
            if table == "sharing_agreement":
                withdrawals.agreements_changed()
            now = target.current(table, row_id)
            if wanted is None:
                if now is None:
                    continue
                target.flush_writes()
                search_index.note_core_delete(session, table, row_id)
                target.delete(table, row_id)
            elif now is None:
                same = None
                if unique_keys(table):
                    target.flush_writes()
                    same = find_same(session, table, wanted)
                if same is not None:
                    if _kept_here(table, same, kept):
                        continue
                    _adopt(session, target, table, same, wanted)
                target.insert(table, wanted)
                brought.append((table, row_id, wanted))
            else:
                diff = {k: v for k, v in wanted.items() if now.get(k) != v}
                if not diff:
                    continue
                target.update(table, row_id, diff)
            changed += 1
            # (A record brought whole is as it came: no copy of it read back.)
            after = wanted if now is None else target.current(table, row_id)
            org = getattr(entry, "actor_org", "") or ""
            key = (entry.transaction_id, entry.actor, org, entry.device, entry.at)
            # A record brought whole: its history holds the server's JSON text as it came.
            by_origin[key].append(
                RowChange(table, row_id, now, after, encoded if now is None else None)
            )
        changed += withdrawals.flush()
        target.flush_writes()
        withdrawals.drop_orphans(brought)
        if withdrawals.gone:  # nothing of theirs stays in the history or the search
            gone = withdrawals.gone
            for changes in by_origin.values():
                changes[:] = [c for c in changes if (c.table, c.row_id) not in gone]
        all_changes = [c for changes in by_origin.values() for c in changes]
        if index:
            search_index.update(session, all_changes)
        for (transaction_id, actor, org, device, at), changes in by_origin.items():
            who = Identity(actor, device, org=org)
            whole = [c for c in changes if c.encoded is not None]
            edits = [c for c in changes if c.encoded is None] if len(whole) < len(changes) else []
            for part in (whole, edits):
                if part:
                    audit(session, part, transaction_id, at=at, identity=who)
        withdrawals.forget_history()
        return changed
    finally:
        session.info.pop(APPLYING, None)


def _record_of(entry: Any) -> tuple[dict[str, Any] | None, str | None]:
    """A log entry's record as stored, and its JSON text when the pull read it as text."""
    if not hasattr(entry, "row_text"):
        return entry.row, None
    stored = entry.row_text
    if stored is None:
        return None, None
    return json.loads(stored), stored


def _kept_here(table: str, mine: dict[str, Any], kept: Collection[tuple[str, str]]) -> bool:
    """Whether this laptop's record with the natural key of one the pull brings is the
    one the server holds under that key: then the one brought is gone there (its deletion
    follows), and never takes the place of this laptop's.

    So it goes when a tag is taken off and put back before a sync: the one put back is a
    new record with the old one's key.  The pull brings the old one's making and its
    deletion, but not the new one's making, which the server took as it came."""
    pk = next(iter(Base.metadata.tables[table].primary_key.columns)).name
    return (table, str(mine[pk])) in kept


def _adopt(
    session: Session, target: Target, table: str, mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    """A record this laptop made under its own id turns out to exist already (the same
    tag, made on two laptops): what pointed at ours now points at the shared one."""
    pk = next(iter(Base.metadata.tables[table].primary_key.columns)).name
    old, new = mine[pk], theirs[pk]
    target.flush_writes()
    for other in Base.metadata.sorted_tables:
        if other.name in LOCAL_TABLES:
            continue
        for column in other.columns:
            if any(fk.column.table.name == table for fk in column.foreign_keys):
                session.execute(update(other).where(column == old).values({column.name: new}))
                target.forget(
                    [(other.name, key) for (t, key) in list(target._rows) if t == other.name]
                )
    search_index.note_core_delete(session, table, str(old))
    target.delete(table, str(old))
    target.flush_writes()
