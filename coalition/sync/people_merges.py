"""Sync of two people made one (:mod:`coalition.directory.merge`) on one laptop, while another
laptop still knows both.

A merge travels as ordinary changes: the survivor's new values, the rows moved to it,
the merged-away person deleted, and a ``person_merge`` row saying which became which.
That row is what the merge of changes (:func:`coalition.sync.merge.merge`) reads, so that:

- what another laptop does to the merged-away person after the merge reaches the server
  lands on the survivor: an edit becomes an edit of the survivor (a field both changed
  is a conflict like any other), a new number, membership or attendance is the
  survivor's;
- what another laptop did to the merged-away person before the merge reached the server
  is not lost when the merge's deletion arrives: rows added to it are moved to the
  survivor, and fields changed on it are listed as conflicts on the survivor (the
  merge's choice is kept; "Use the other value" takes the edit);
- a later deletion of the merged-away person (it is gone already) does nothing, and the
  merge undone (the person inserted again) ends the mapping.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from coalition.store.base import Base, new_id
from coalition.store.models import PersonMerge
from coalition.store.outbox import BOOKKEEPING, LOCAL_TABLES
from coalition.store.rowcodec import decode_row
from coalition.sync.conflicts import conflict_row
from coalition.sync.ops import Op, label
from coalition.sync.target import Target, find_same, unique_keys

PERSON = "person"
_MERGES = PersonMerge.__table__.c  # plain columns: no ORM mapping needs setting up


def load(target: Target) -> None:
    """Read every mapping the target holds (merges are few: read whole)."""
    target.folds = []
    target.merged = {
        str(m): str(s)
        for m, s in target.conn.execute(select(_MERGES.merged_id, _MERGES.survivor_id))
    }


def names_merged(target: Target, text: str | None) -> bool:
    """Whether a record's JSON text may name a merged-away person (then it is read, not
    copied as it came)."""
    return bool(target.merged) and text is not None and any(m in text for m in target.merged)


def _person_columns(table: str) -> list[str]:
    return [
        c.name
        for c in Base.metadata.tables[table].columns
        if any(fk.column.table.name == PERSON for fk in c.foreign_keys)
    ]


def onto_survivors(target: Target, table: str, row: dict[str, Any] | None) -> dict[str, Any] | None:
    """``row`` with every reference to a merged-away person turned to its survivor."""
    if row is None or not target.merged:
        return row
    out = dict(row)
    for name in _person_columns(table):
        if out.get(name) in target.merged:
            out[name] = target.merged[out[name]]
    return out


def follow(target: Target, op: Op, out: list[dict[str, Any]]) -> Op | None:
    """``op`` as it applies once merges are known: None when handled here."""
    if op.table == "person_merge":
        row = decode_row("person_merge", op.row if op.row is not None else op.base) or {}
        if op.action == "delete":
            target.merged.pop(str(row.get("merged_id")), None)
        elif row.get("merged_id") and row.get("survivor_id"):
            target.merged[str(row["merged_id"])] = str(row["survivor_id"])
        return op
    if op.table != PERSON or op.row_id not in target.merged:
        return op
    survivor = target.merged[op.row_id]
    if op.action == "insert":  # the merge undone: the person is back, on their own
        del target.merged[op.row_id]
        return op
    if op.action == "delete":
        # After the rest of its transaction: the merge's own moves come first, so that
        # what still names the person then is what was added elsewhere.
        target.folds.append((op, survivor))
        return None
    return op.replace(row_id=survivor)  # an edit of the merged-away person: the survivor's


def finish(target: Target, out: list[dict[str, Any]]) -> None:
    """Delete the merged-away people whose deletion came in the changes just merged."""
    folds, target.folds = target.folds, []
    for op, survivor in folds:
        _fold(target, op, survivor, out)


def _fold(target: Target, op: Op, survivor: str, out: list[dict[str, Any]]) -> None:
    """The merged-away person's deletion: what still names them goes to the survivor,
    and what was changed on them elsewhere is listed against the survivor."""
    current = target.current(PERSON, op.row_id)
    if current is None:
        target.log(op, "state", [], None)
        return
    target.flush_writes()
    for table in Base.metadata.sorted_tables:
        if table.name in LOCAL_TABLES:
            continue
        pk = next(iter(table.primary_key.columns)).name
        for name in _person_columns(table.name):
            for found in target.conn.execute(select(table).where(table.c[name] == op.row_id)).all():
                values = dict(found._mapping)
                row_id = str(values[pk])
                moved = {**values, name: survivor}
                child = op.replace(op_id=new_id(), table=table.name, row_id=row_id)
                if (
                    unique_keys(table.name)
                    and find_same(target.conn, table.name, moved) is not None
                ):
                    target.delete(table.name, row_id)  # the survivor has it already
                    target.log(child, "delete", [], None)
                else:
                    target.update(table.name, row_id, {name: survivor})
                    target.log(child, "update", [name], target.current(table.name, row_id))
                target.flush_writes()
    before = decode_row(PERSON, op.base) or {}
    kept = target.current(PERSON, survivor) or {}
    on_survivor = op.replace(row_id=survivor)
    for name, value in current.items():
        if name in BOOKKEEPING or name == "id" or name not in before or before[name] == value:
            continue
        if kept.get(name) == value:
            continue
        out.append(
            conflict_row(
                on_survivor,
                "field",
                record=label(PERSON, kept),
                field_name=name,
                mine=kept.get(name),
                theirs=value,
                kept="mine",
                their=target.last_change(PERSON, op.row_id, name),
                detail=f"changed on {label(PERSON, current)} there, before it was merged here",
            )
        )
    target.delete(PERSON, op.row_id)
    target.log(op, "delete", [], None)
