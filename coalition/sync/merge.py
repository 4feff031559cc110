"""Merging changes into a database: the coalition server's (:mod:`coalition.sync.server`),
or a laptop's when it reads a bundle (:mod:`coalition.sync.local`).

The rules (the same for both):

- Changes to different fields of one record both stay.
- The same field changed on both sides is a *conflict*: the later change is kept, the
  other is listed (:class:`~coalition.store.models.SyncConflict`) with both values, who
  and when, and written into the record's history.  Someone reviews it later and may
  choose the other value.
- An edit against a deletion is a conflict too; the later of the two wins (an edit made
  after the deletion brings the record back).
- Minutes and notes of an agenda item keep both texts; the texts of drafts follow their
  revisions, which are separate records and so are always both kept.
- A change the server cannot take (it names a record deleted there) is refused as a
  whole, listed as a conflict with the rows it held, and the laptop returns to what
  the server has.
- People merged into one on a laptop (:mod:`coalition.sync.people_merges`): what another
  laptop does to the merged-away person lands on the survivor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import IntegrityError

from coalition.store.base import Base, new_id, sort_key
from coalition.store.outbox import BOOKKEEPING, columns, decode_row, encode, encode_row
from coalition.sync import people_merges
from coalition.sync.conflicts import ADDED, conflict_row, reason
from coalition.sync.ops import Op, Progress, label, later
from coalition.sync.server import ServerTarget
from coalition.sync.target import Target, unique_keys, unique_keys_flat

# Texts where both organizers' words are kept, one after the other.
MERGED_TEXT = frozenset({("agenda_item", "minutes"), ("agenda_item", "notes")})
# Copies of a draft's newest revision: the revisions are records of their own (always
# both kept), so the later text simply wins here.
FOLLOWS_REVISIONS = frozenset({("draft", "core_text"), ("draft_variant", "text")})


@dataclass
class MergeResult:
    applied: int = 0
    skipped: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def _merge_text(current: str, mine: str, base: str | None, op: Op) -> str:
    """Both organizers' words: appended after the common start when both only added,
    else the incoming text after the existing one, under a line saying whose it is."""
    current, mine = current or "", mine or ""
    if base is not None and current.startswith(base) and mine.startswith(base):
        return current + mine[len(base):]
    stamp = op.at.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"{current}\n\n— {op.actor} ({op.device}), {stamp}:\n{mine}"


def _merge_op(target: Target, op: Op, out: list[dict[str, Any]]) -> None:
    if target.merged or op.table == "person_merge":
        followed = people_merges.follow(target, op, out)
        if followed is None:
            return
        op = followed
    table = op.table
    if op.row_id in target.aliases:
        op = op.replace(row_id=target.aliases[op.row_id])
    row_id = op.row_id
    if op.op_id in target.unchecked:
        if target.accepts_raw(op) and target.may_be_new(table, row_id):
            assert isinstance(target, ServerTarget)
            target.insert_raw(op)  # a new record, taken as it came
            target.log_raw(op)
            return
        if target.known([op.op_id]):  # not new after all: asked now, as the others were
            target.late_known += 1
            return
    current = target.current(table, row_id)
    incoming = people_merges.onto_survivors(target, table, target.rewrite(table, decode_row(table, op.row)))
    cols = columns(table)
    if op.action == "insert" and current is None and incoming is not None and unique_keys(table):
        same = target.namesake(table, incoming)
        if same is not None:
            # Made here and there under two ids: one record, the values merged as edits.
            pk = list(Base.metadata.tables[table].primary_key.columns)[0].name
            target.aliases[op.row_id] = same
            target.prefetch([(table, same)])
            merged = op.replace(op_id=new_id(), action="update", row_id=same)
            merged.fields = [k for k in op.fields if k not in unique_keys_flat(table) and k != pk]
            merged.base = {}
            merged.row = encode_row({**incoming, pk: same})
            _merge_op(target, merged, out)
            target.log(op, "state", [], None)
            return

    if op.action == "insert" or (op.action == "update" and current is None):
        assert incoming is not None
        if current is None:
            gone = target.last_change(table, row_id, None) if op.action == "update" else None
            if gone is not None and not later(op, gone):
                out.append(
                    conflict_row(
                        op, "edit_delete", record=label(table, incoming), their=gone, kept="theirs",
                        detail="changed here, but deleted there afterwards: stays deleted",
                        rows=[{"table": op.table, "action": "insert", "row": op.row}],
                    )
                )
                target.log(op, "state", [], None)
                return
            target.insert(table, incoming)
            if gone is not None:
                out.append(
                    conflict_row(
                        op, "edit_delete", record=label(table, incoming), their=gone, kept="mine",
                        detail="deleted there, then changed here: brought back",
                    )
                )
            target.log(op, "insert", sorted(incoming), incoming, encoded=op.row if not (target.aliases or target.merged) else None)
            return
        # An insert seen again (a record made private and then shared): take its values.
        changes = {k: v for k, v in incoming.items() if k in cols and current.get(k) != v}
        if changes:
            target.update(table, row_id, changes)
        target.log(op, "update" if changes else "state", sorted(changes), target.current(table, row_id))
        return

    if op.action == "update":
        assert current is not None and incoming is not None
        base = target.rewrite(table, decode_row(table, op.base)) or {}
        applied: dict[str, Any] = {}
        for name in op.fields:
            if name not in incoming or name not in cols or name in BOOKKEEPING:
                continue
            now, mine = current.get(name), incoming[name]
            if now == mine:
                continue
            if name in base and now == base[name]:
                applied[name] = mine
                continue
            if (table, name) in MERGED_TEXT:
                applied[name] = _merge_text(now, mine, base.get(name), op)
                continue
            theirs_when = target.last_change(table, row_id, name)
            mine_later = later(op, theirs_when)
            if (table, name) not in FOLLOWS_REVISIONS:
                out.append(
                    conflict_row(
                        op, "field", record=label(table, {**current, **applied}), field_name=name,
                        mine=mine, theirs=now, their=theirs_when, kept="mine" if mine_later else "theirs",
                    )
                )
            if mine_later:
                applied[name] = mine
        if applied:
            if "name" in applied and "sort_name" in cols:
                applied["sort_name"] = sort_key(applied["name"])
            if "updated_at" in cols and incoming.get("updated_at") is not None:
                applied["updated_at"] = incoming["updated_at"]
            target.update(table, row_id, applied)
        target.log(
            op,
            "update" if applied else "state",
            sorted(k for k in applied if k not in BOOKKEEPING),
            target.current(table, row_id),
        )
        return

    # delete
    if current is None:
        target.log(op, "state", [], None)
        return
    before = target.rewrite(table, decode_row(table, op.base)) or {}
    edited = [
        name for name, value in current.items()
        if name not in BOOKKEEPING and name in before and before[name] != value
    ]
    if not edited:
        went = _delete_dependents(target, op, table, row_id)
        target.delete(table, row_id)
        if went:  # added to it elsewhere, and gone with it: listed, to be brought back
            out.append(
                conflict_row(
                    op, "edit_delete", record=label(table, current), kept="mine",
                    theirs={ADDED: _what_went(went)},
                    their=target.last_change(went[0][0], str(went[0][1]["id"]), "id"),
                    detail=f"deleted here; {_what_went(went)} added to it there went with it",
                    rows=_rows_back(table, current, went),
                )
            )
        target.log(op, "delete", [], None)
        return
    whens = [w for name in edited if (w := target.last_change(table, row_id, name)) is not None]
    newest = max(whens, key=lambda w: (w.at, w.device)) if whens else None
    record = label(table, current)
    theirs = {name: encode(current[name]) for name in edited}
    if later(op, newest):
        went = _delete_dependents(target, op, table, row_id)
        if went:
            theirs[ADDED] = _what_went(went)
        target.delete(table, row_id)
        out.append(
            conflict_row(
                op, "edit_delete", record=record, theirs=theirs, their=newest, kept="mine",
                detail="changed there, then deleted here",
                rows=_rows_back(table, current, went),
            )
        )
        target.log(op, "delete", [], None)
    else:
        out.append(
            conflict_row(
                op, "edit_delete", record=record, theirs=theirs, their=newest, kept="theirs",
                detail="deleted here, then changed there: kept",
                rows=[{"table": table, "action": "delete", "row": encode_row(current)}],
            )
        )
        target.log(op, "state", [], current)


def _delete_dependents(target: Target, op: Op, table: str, row_id: str) -> list[tuple[str, dict[str, Any]]]:
    """A record deleted here goes with what hangs on it (its tags, memberships, a call's
    agenda), as it does on the laptop that deleted it; what was added to it elsewhere, and
    so is still there, goes too, each with its own log entry.  Returns what went.

    The laptop's own deletions of what hung on it come first in its push, so this looks
    only once the target has refused a deletion (a row still points at the record): a
    lookup for every record deleted would cost a round trip each."""
    if not target.careful_deletes:
        return []
    went = target.dependents(table, row_id)
    for child_table, child in went:
        child_id = str(child[target._pk(child_table).name])
        target.delete(child_table, child_id)
        target.log(op.replace(op_id=new_id(), table=child_table, row_id=child_id), "delete", [], None)
    return went


def _what_went(went: list[tuple[str, dict[str, Any]]]) -> str:
    kinds = sorted({table.replace("_", " ") for table, _ in went})
    return f"{len(went)} record{'s' if len(went) != 1 else ''} ({', '.join(kinds)})"


def _rows_back(table: str, current: dict[str, Any], went: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The rows the other choice puts back: the record first, then what hung on it."""
    return [{"table": table, "action": "insert", "row": encode_row(current)}] + [
        {"table": child_table, "action": "insert", "row": encode_row(child)} for child_table, child in reversed(went)
    ]


def _groups(ops: list[Op]) -> Iterator[list[Op]]:
    group: list[Op] = []
    for op in ops:
        if group and op.transaction_id != group[0].transaction_id:
            yield group
            group = []
        group.append(op)
    if group:
        yield group


def merge(
    target: Target, ops: list[Op], progress: Progress | None = None, stage: str = "Merging"
) -> MergeResult:
    """Merge ``ops`` into ``target`` (each local transaction in its own savepoint)."""
    result = MergeResult()
    people_merges.load(target)
    # New records are written as they came without first asking whether the server has
    # them, or has had this very change (a push whose answer was lost): its keys refuse a
    # second copy, and then everything is merged again with every question asked.
    unasked = {op.op_id for op in ops if target.accepts_raw(op)}
    target.unchecked = unasked
    known = target.known([op.op_id for op in ops if op.op_id not in unasked])
    fresh = [op for op in ops if op.op_id not in known]
    target.prefetch((op.table, op.row_id) for op in fresh if op.op_id not in unasked)
    target.prefetch_namesakes(fresh)
    # Most pushes hold nothing the server refuses: all in one savepoint, few round trips.
    # If something is refused, start again with a savepoint for each transaction.
    try:
        found: list[dict[str, Any]] = []
        target.late_known = 0
        with target.savepoint():
            for number, op in enumerate(fresh, start=1):
                _merge_op(target, op, found)
                if progress is not None and (number % 200 == 0 or number == len(fresh)):
                    progress(stage, number, len(fresh))
            people_merges.finish(target, found)
        result.conflicts = found
        result.skipped = len(ops) - len(fresh) + target.late_known
        result.applied = len(fresh) - target.late_known
        return result
    except IntegrityError:
        target.reset()
        target.takes_raw = False
        target.unchecked = set()
        target.careful_deletes = True
        people_merges.load(target)
        known = target.known([op.op_id for op in ops])
        fresh = [op for op in ops if op.op_id not in known]
        target.prefetch((op.table, op.row_id) for op in fresh)
        target.prefetch_namesakes(fresh)
    result.skipped = len(ops) - len(fresh)
    done = 0
    for group in _groups(fresh):
        found: list[dict[str, Any]] = []
        try:
            with target.savepoint():
                for op in group:
                    _merge_op(target, op, found)
                people_merges.finish(target, found)
        except IntegrityError as exc:
            target.folds = []
            target.forget((op.table, op.row_id) for op in group)
            target.forget_namesakes()  # some were written by the group just undone
            if isinstance(target, ServerTarget):
                target._log = []
            why = reason(exc)
            found = []
            rows = [
                {"table": op.table, "action": "delete" if op.row is None else "insert",
                 "row": op.row if op.row is not None else op.base}
                for op in group
            ]
            for op in group:
                now = target.current(op.table, op.row_id)
                target.log(op, "state", [], now)
                found.append(
                    conflict_row(
                        op, "refused", record=label(op.table, op.row or op.base), kept="theirs",
                        detail=f"not taken: {why}", rows=rows if op is group[0] else None,
                        mine=op.action,
                    )
                )
            if isinstance(target, ServerTarget):
                target.flush()
        result.conflicts.extend(found)
        result.applied += len(group)
        done += len(group)
        if progress is not None:
            progress(stage, done, len(fresh))
    if isinstance(target, ServerTarget):
        target.flush()
    return result
