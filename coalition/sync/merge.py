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
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError

from coalition.store.base import Base, new_id, sort_key
from coalition.store.outbox import BOOKKEEPING
from coalition.store.rowcodec import columns, decode_row, encode, encode_row
from coalition.sync import people_merges
from coalition.sync.conflicts import ADDED, conflict_row, reason, walled
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


@functools.cache
def _names(table: str) -> frozenset[str]:
    return frozenset(columns(table))


def _merge_text(current: str, mine: str, base: str | None, op: Op) -> str:
    """Both organizers' words: appended after the common start when both only added,
    else the incoming text after the existing one, under a line saying whose it is."""
    current, mine = current or "", mine or ""
    if base is not None and current.startswith(base) and mine.startswith(base):
        return current + mine[len(base) :]
    stamp = op.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"{current}\n\n— {op.actor} ({op.device}), {stamp}:\n{mine}"


def _merge_op(target: Target, op: Op, out: list[dict[str, Any]]) -> None:
    """Merge one record's change into ``target``; conflicts found are added to ``out``."""
    followed = _followed(target, op, out)
    if followed is None:
        return
    op = followed
    if op.op_id in target.unchecked and _taken_unasked(target, op):
        return
    table = op.table
    current = target.current(table, op.row_id)
    incoming = people_merges.onto_survivors(
        target, table, target.rewrite(table, decode_row(table, op.row))
    )
    if (
        op.action == "insert"
        and current is None
        and incoming is not None
        and unique_keys(table)
        and _merge_namesake(target, op, incoming, out)
    ):
        return
    if op.action == "insert" or (op.action == "update" and current is None):
        assert incoming is not None
        if current is None:
            _merge_new(target, op, incoming, out)
        else:
            _merge_seen_again(target, op, current, incoming)
    elif op.action == "update":
        assert current is not None and incoming is not None
        _merge_update(target, op, current, incoming, out)
    else:
        _merge_delete(target, op, current, out)


def _followed(target: Target, op: Op, out: list[dict[str, Any]]) -> Op | None:
    """``op`` as it applies here: onto the survivor of people merged, onto the record
    already here under another id; None when nothing more is to be done."""
    if target.merged or op.table == "person_merge":
        followed = people_merges.follow(target, op, out)
        if followed is None:
            return None
        op = followed
    if op.row_id in target.aliases:
        op = op.replace(row_id=target.aliases[op.row_id])
    return op


def _taken_unasked(target: Target, op: Op) -> bool:
    """A change merged without first asking whether the target had it (see :func:`merge`):
    whether it is done with, written as it came or found known after all."""
    if target.accepts_raw(op) and target.may_be_new(op.table, op.row_id):
        assert isinstance(target, ServerTarget)
        target.insert_raw(op)  # a new record, taken as it came
        target.log_raw(op)
        return True
    if target.known([op.op_id]):  # not new after all: asked now, as the others were
        target.late_known += 1
        return True
    return False


def _merge_namesake(
    target: Target, op: Op, incoming: dict[str, Any], out: list[dict[str, Any]]
) -> bool:
    """A new record with the natural key of one already here (made here and there under
    two ids): one record, the values merged as edits.  Whether it was one."""
    table = op.table
    same = target.namesake(table, incoming)
    if same is None:
        return False
    pk = next(iter(Base.metadata.tables[table].primary_key.columns)).name
    target.aliases[op.row_id] = same
    target.prefetch([(table, same)])
    merged = op.replace(op_id=new_id(), action="update", row_id=same)
    merged.fields = [k for k in op.fields if k not in unique_keys_flat(table) and k != pk]
    merged.base = {}
    merged.row = encode_row({**incoming, pk: same})
    _merge_op(target, merged, out)
    target.log(op, "state", [], None)
    return True


def _merge_new(target: Target, op: Op, incoming: dict[str, Any], out: list[dict[str, Any]]) -> None:
    """A record not here: made, or (an edit) brought back unless deleted here later."""
    table = op.table
    gone = target.last_change(table, op.row_id, None) if op.action == "update" else None
    if gone is not None and not later(op, gone):
        out.append(
            conflict_row(
                op,
                "edit_delete",
                record=label(table, incoming),
                their=gone,
                kept="theirs",
                detail="changed here, but deleted there afterwards: stays deleted",
                rows=[{"table": op.table, "action": "insert", "row": op.row}],
            )
        )
        target.log(op, "state", [], None)
        return
    target.insert(table, incoming)
    if gone is not None:
        _bring_back_deleted_with(target, op, table)
        out.append(
            conflict_row(
                op,
                "edit_delete",
                record=label(table, incoming),
                their=gone,
                kept="mine",
                detail="deleted there, then changed here: brought back",
            )
        )
    encoded = op.row if not (target.aliases or target.merged) else None
    target.log(op, "insert", sorted(incoming), incoming, encoded=encoded)


def _merge_seen_again(
    target: Target, op: Op, current: dict[str, Any], incoming: dict[str, Any]
) -> None:
    """An insert of a record already here (made private and then shared): its values."""
    table, row_id = op.table, op.row_id
    cols = columns(table)
    changes = {k: v for k, v in incoming.items() if k in cols and current.get(k) != v}
    if changes:
        target.update(table, row_id, changes)
    target.log(op, "update" if changes else "state", sorted(changes), target.current(table, row_id))


def _merge_update(
    target: Target,
    op: Op,
    current: dict[str, Any],
    incoming: dict[str, Any],
    out: list[dict[str, Any]],
) -> None:
    """An edit: each field it changed taken, merged, or decided against the other's."""
    table, row_id = op.table, op.row_id
    cols = _names(table)
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
        elif (table, name) in MERGED_TEXT:
            applied[name] = _merge_text(now, mine, base.get(name), op)  # type: ignore[arg-type]
        elif _mine_wins(target, op, name, now, mine, {**current, **applied}, out):
            applied[name] = mine
    if applied:
        if "name" in applied and "sort_name" in cols:
            applied["sort_name"] = sort_key(applied["name"])
        if "updated_at" in cols and incoming.get("updated_at") is not None:
            applied["updated_at"] = incoming["updated_at"]
        target.update(table, row_id, applied)
    shown = target.current(table, row_id)
    target.log(
        op,
        "update" if applied else "state",
        sorted(k for k in applied if k not in BOOKKEEPING),
        shown,
        # Its values alike the change's own (read from it as they are, nothing rewritten):
        # the record stands as its laptop holds it.
        as_sent=bool(applied)
        and not (target.aliases or target.merged)
        and shown == incoming
        and len(op.row or ()) == len(incoming),
    )


def _mine_wins(
    target: Target,
    op: Op,
    name: str,
    now: Any,
    mine: Any,
    shown: dict[str, Any],
    out: list[dict[str, Any]],
) -> bool:
    """A field changed here and there: whether the incoming value is the later one.  The
    conflict is listed, except for a draft's text (its revisions keep both)."""
    table = op.table
    theirs_when = target.last_change(table, op.row_id, name)
    mine_later = later(op, theirs_when)
    if (table, name) not in FOLLOWS_REVISIONS:
        out.append(
            conflict_row(
                op,
                "field",
                record=label(table, shown),
                field_name=name,
                mine=mine,
                theirs=now,
                their=theirs_when,
                kept="mine" if mine_later else "theirs",
            )
        )
    return mine_later


def _merge_delete(
    target: Target, op: Op, current: dict[str, Any] | None, out: list[dict[str, Any]]
) -> None:
    """A deletion: done, unless the record was changed here after it was made there."""
    table, row_id = op.table, op.row_id
    if current is None:
        target.log(op, "state", [], None)
        return
    if _hangs_on_kept(target, op.transaction_id, table, current):
        # Its record's deletion was refused (changed afterwards): it stays with it, and
        # goes back to the laptop that deleted them both.
        target.log(op, "state", [], current)
        _send_back(target, op, table, current)
        return
    before = target.rewrite(table, decode_row(table, op.base)) or {}
    edited = [
        name
        for name, value in current.items()
        if name not in BOOKKEEPING and name in before and before[name] != value
    ]
    if not edited:
        _delete_unedited(target, op, current, out)
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
                op,
                "edit_delete",
                record=record,
                theirs=theirs,
                their=newest,
                kept="mine",
                detail="changed there, then deleted here",
                rows=_rows_back(table, current, went),
            )
        )
        target.log(op, "delete", [], None)
    else:
        out.append(
            conflict_row(
                op,
                "edit_delete",
                record=record,
                theirs=theirs,
                their=newest,
                kept="theirs",
                detail="deleted here, then changed there: kept",
                rows=[{"table": table, "action": "delete", "row": encode_row(current)}],
            )
        )
        target.log(op, "state", [], current)
        target.kept.setdefault(op.transaction_id, set()).add((table, row_id))
        _bring_back_parts(target, op)


def _delete_unedited(
    target: Target, op: Op, current: dict[str, Any], out: list[dict[str, Any]]
) -> None:
    """A deletion of a record not changed here since: gone, with what hangs on it."""
    table, row_id = op.table, op.row_id
    went = _delete_dependents(target, op, table, row_id)
    target.delete(table, row_id)
    target.deleted.setdefault(op.transaction_id, []).append((table, row_id, current))
    if went:  # added to it elsewhere, and gone with it: listed, to be brought back
        out.append(
            conflict_row(
                op,
                "edit_delete",
                record=label(table, current),
                kept="mine",
                theirs={ADDED: _what_went(went)},
                their=target.last_change(went[0][0], str(went[0][1]["id"]), "id"),
                detail=f"deleted here; {_what_went(went)} added to it there went with it",
                rows=_rows_back(table, current, went),
            )
        )
    target.log(op, "delete", [], None)


def _hangs_on_kept(target: Target, transaction_id: str, table: str, row: dict[str, Any]) -> bool:
    """Whether ``row`` points at a record whose deletion, in the same transaction, was
    refused here."""
    kept = target.kept.get(transaction_id)
    return kept is not None and _points_at(table, row, kept)


def _bring_back_parts(target: Target, op: Op) -> None:
    """A record kept though its deletion came (it was changed afterwards): what hung on it
    and was deleted with it, by the same transaction, comes back too (its e-mail
    addresses, phone numbers, memberships), here and, sent back, on the laptop that
    deleted them; else the record returned without them."""
    transaction_id = op.transaction_id
    restored = True
    while restored:  # a part of a part: once its own record is back
        restored = False
        for entry in list(target.deleted.get(transaction_id, [])):
            table, row_id, row = entry
            if not _hangs_on_kept(target, transaction_id, table, row):
                continue
            target.deleted[transaction_id].remove(entry)
            target.insert(table, row)
            target.kept[transaction_id].add((table, row_id))
            _send_back(target, op, table, row)
            restored = True


def _bring_back_deleted_with(target: Target, op: Op, table: str) -> None:
    """A record brought back by an edit made after its deletion: what that deletion took
    with it (its addresses, numbers, memberships) comes back too, and is logged, so the
    laptop that deleted them gets them back with the record."""
    kept = {(table, op.row_id)}
    parts = target.parts_deleted_with(table, op.row_id)
    restored = True
    while restored:  # a part of a part: once its own record is back
        restored = False
        for entry in list(parts):
            part_table, row = entry
            part_id = str(row[target._pk(part_table).name])
            if not _points_at(part_table, row, kept):
                continue
            parts.remove(entry)
            if target.current(part_table, part_id) is None:
                target.insert(part_table, row)
                _send_back(target, op, part_table, row)
            kept.add((part_table, part_id))
            restored = True


def _points_at(table: str, row: dict[str, Any], records: set[tuple[str, str]]) -> bool:
    for column in Base.metadata.tables[table].columns:
        for key in column.foreign_keys:
            if (key.column.table.name, row.get(column.name)) in records:
                return True
    return False


def _send_back(target: Target, op: Op, table: str, row: dict[str, Any]) -> None:
    """Log ``row`` as made anew: the laptop that deleted it gets it back with its record."""
    encoded = encode_row(row)
    assert encoded is not None
    back = op.replace(
        op_id=new_id(), table=table, row_id=str(row[target._pk(table).name]), action="insert"
    )
    back.fields, back.base, back.row = sorted(encoded), None, encoded
    target.log(back, "insert", sorted(row), row, encoded=encoded)


def _delete_dependents(
    target: Target, op: Op, table: str, row_id: str
) -> list[tuple[str, dict[str, Any]]]:
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
        target.log(
            op.replace(op_id=new_id(), table=child_table, row_id=child_id), "delete", [], None
        )
    return went


def _what_went(went: list[tuple[str, dict[str, Any]]]) -> str:
    kinds = sorted({table.replace("_", " ") for table, _ in went})
    return f"{len(went)} record{'s' if len(went) != 1 else ''} ({', '.join(kinds)})"


def _rows_back(
    table: str, current: dict[str, Any], went: list[tuple[str, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """The rows the other choice puts back: the record first, then what hung on it."""
    return [{"table": table, "action": "insert", "row": encode_row(current)}] + [
        {"table": child_table, "action": "insert", "row": encode_row(child)}
        for child_table, child in reversed(went)
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
    # New records are written as they came without first asking whether the server has
    # them, or has had this very change (a push whose answer was lost): its keys refuse a
    # second copy, and then everything is merged again with every question asked.
    fresh = _prepare(target, ops, ask_all=False)
    # Most pushes hold nothing the server refuses: all in one savepoint, few round trips.
    # If something is refused, start again with a savepoint for each transaction.
    try:
        return _merge_at_once(target, ops, fresh, progress, stage)
    except DBAPIError as exc:
        if not refusable(exc):
            raise
        target.reset()
        target.takes_raw = False
        target.careful_deletes = True
    fresh = _prepare(target, ops, ask_all=True)
    return _merge_each_transaction(target, ops, fresh, progress, stage)


def _prepare(target: Target, ops: list[Op], *, ask_all: bool) -> list[Op]:
    """The changes ``target`` has not had yet (those it is not asked about included),
    their records and natural keys read ahead."""
    people_merges.load(target)
    unasked = set() if ask_all else {op.op_id for op in ops if target.accepts_raw(op)}
    target.unchecked = unasked
    # Where the log refuses a second entry for a change (the server's), the others are
    # not asked about either: one merged there already makes the savepoint fail, and all
    # is merged again, asked (a question of thousands of ids, for a case seldom met).
    asked = ask_all or not target.takes_raw
    known = target.known([op.op_id for op in ops if op.op_id not in unasked]) if asked else set()
    fresh = [op for op in ops if op.op_id not in known]
    target.prefetch((op.table, op.row_id) for op in fresh if op.op_id not in unasked)
    target.prefetch_namesakes(fresh)
    return fresh


def _merge_at_once(
    target: Target, ops: list[Op], fresh: list[Op], progress: Progress | None, stage: str
) -> MergeResult:
    """All of ``fresh`` in one savepoint; raises IntegrityError if the target refuses any."""
    found: list[dict[str, Any]] = []
    target.late_known = 0
    with target.savepoint():
        for number, op in enumerate(fresh, start=1):
            _merge_op(target, op, found)
            if progress is not None and (number % 200 == 0 or number == len(fresh)):
                progress(stage, number, len(fresh))
        people_merges.finish(target, found)
    return MergeResult(
        applied=len(fresh) - target.late_known,
        skipped=len(ops) - len(fresh) + target.late_known,
        conflicts=found,
    )


def _merge_each_transaction(
    target: Target, ops: list[Op], fresh: list[Op], progress: Progress | None, stage: str
) -> MergeResult:
    """Each local transaction of ``fresh`` in a savepoint of its own: one the target
    refuses is left out whole, and listed."""
    result = MergeResult(skipped=len(ops) - len(fresh))
    done = 0
    for group in _groups(fresh):
        found: list[dict[str, Any]] = []
        try:
            with target.savepoint():
                for op in group:
                    _merge_op(target, op, found)
                people_merges.finish(target, found)
        except DBAPIError as exc:
            if not refusable(exc):
                raise
            found = _refuse(target, group, exc)
        result.conflicts.extend(found)
        result.applied += len(group)
        done += len(group)
        if progress is not None:
            progress(stage, done, len(fresh))
    if isinstance(target, ServerTarget):
        target.flush()
    return result


def _as_the_server_has_it(target: Target, op: Op) -> dict[str, Any]:
    """The row that puts a laptop's record back as the server has it (a deletion, for a
    record the server does not have)."""
    now = target.current(op.table, op.row_id)
    if now is None:
        return {"table": op.table, "action": "delete", "row": op.row or op.base}
    return {"table": op.table, "action": "insert", "row": encode_row(now)}


def refusable(exc: DBAPIError) -> bool:
    """Whether the target refused a change of its own accord (a key it holds, a record
    gone, a wall of the server), rather than the connection failing."""
    return isinstance(exc, IntegrityError) or walled(exc)


def _refuse(target: Target, group: list[Op], exc: DBAPIError) -> list[dict[str, Any]]:
    """A transaction the target refused: each change logged as the target has the record,
    and listed as a conflict (the first with the rows that were not taken).

    One the server's walls refused (the organizer may not write the record) stays on
    the laptop as it is: its log entry holds no record to bring back, and the conflict
    says why, so that it can be withdrawn or sent to someone who may make it."""
    target.folds = []
    target.forget((op.table, op.row_id) for op in group)
    target.forget_namesakes()  # some were written by the group just undone
    if isinstance(target, ServerTarget):
        target._log = []
    why = reason(exc)
    found: list[dict[str, Any]] = []
    rows = [
        {
            "table": op.table,
            "action": "delete" if op.row is None else "insert",
            "row": op.row if op.row is not None else op.base,
        }
        for op in group
    ]
    wall = walled(exc) and isinstance(target, ServerTarget)
    if wall:  # what withdrawing the changes puts back: the records as the server has them
        back = [_as_the_server_has_it(target, op) for op in group]
        rows = [r for r in back if r["action"] == "insert"]
        rows += reversed([r for r in back if r["action"] == "delete"])  # parts first
    for op in group:
        if wall:
            assert isinstance(target, ServerTarget)
            target.log_refused(op)
        else:
            target.log(op, "state", [], target.current(op.table, op.row_id))
        found.append(
            conflict_row(
                op,
                "refused",
                record=label(op.table, op.row or op.base),
                kept="mine" if wall else "theirs",
                detail=f"refused by the server, kept on this laptop: {why}"
                if wall
                else f"not taken: {why}",
                rows=rows if op is group[0] else None,
                mine=op.action,
            )
        )
    if isinstance(target, ServerTarget):
        target.flush()
    return found
