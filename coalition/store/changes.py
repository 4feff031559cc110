"""Every change is one service call in one transaction, recorded row by row.

The :func:`writes` decorator wraps a service function: it runs it in one transaction,
records each inserted, updated and deleted row (before and after), keeps the search
index in step, writes the audit trail, and commits, or rolls everything back.  The
recorded :class:`ChangeSet` is what undo and redo replay (:func:`revert`,
:func:`reapply`), and what the audit trail and sync read later.

Rows written in bulk (:func:`insert_rows`, :func:`delete_rows`: an import of a long
list, and its undo) are not kept in memory: they are audited, queued for sync and
indexed a few thousand at a time as they are written, and the change set only says
which tables they are in (:class:`BulkRows`).  Undo and redo read them back from the
audit trail of that transaction, which holds every column of each.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import functools
import json
import socket
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import delete, event, inspect, literal_column, select
from sqlalchemy.orm import Session, attributes, object_session

from coalition.common import clock
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import Base, new_id, new_ids
from coalition.store.fastinsert import FastInsert, LargerCache
from coalition.store.models import MODEL_BY_TABLE, ChangeLog
from coalition.store.newrows import new_row as new_row  # where bulk writers take it from
from coalition.store.rowcodec import PackedRow, decode_row, json_text_encoder

P = ParamSpec("P")
R = TypeVar("R")

_RECORDER = "coalition.recorder"
_LAST = "coalition.last_changeset"
# The change set being committed, for hooks that need its id (the sync outbox).
CURRENT = "coalition.current_changeset"
# Set by code that writes its own audit rows (changes brought in by sync carry the
# name and device of whoever made them elsewhere).
NO_AUDIT = "coalition.no_audit"
# Set while undo or redo puts rows back as they were recorded (see store.ownership).
RESTORING = "coalition.restoring"
# Bookkeeping columns: restoring them would hide that an undo is itself a change.
_UNRESTORED = {"updated_at"}
# Columns computed from others (a sort key from the name): restored with them, never
# reported as changes of their own.
_DERIVED = {"sort_name"}
# Audit rows written per executemany.
_AUDIT_BATCH = 5000
# Rows written in bulk are audited, queued and indexed this many at a time, then
# forgotten (they are in the audit trail); ids are looked up this many at a time.
_STREAM_BATCH = 20_000
_ID_CHUNK = 500


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row's change: ``before`` is None for an insert, ``after`` None for a delete.

    With slots: an import's change set holds one per row it wrote, hundreds of thousands.
    """

    table: str
    row_id: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    # For a row written in bulk: its values (after an insert, before a delete) as the
    # JSON text the audit trail and the sync outbox both store, encoded once for both.
    encoded: str | None = field(default=None, compare=False, repr=False)

    @property
    def action(self) -> str:
        if self.before is None:
            return "insert"
        if self.after is None:
            return "delete"
        return "update"

    def changed_fields(self) -> dict[str, tuple[Any, Any]]:
        if self.before is None or self.after is None:
            return {}
        return {
            k: (self.before.get(k), v)
            for k, v in self.after.items()
            if self.before.get(k) != v and k not in _UNRESTORED and k not in _DERIVED
        }


@dataclass(frozen=True)
class BulkRows:
    """Rows of one table that a change inserted or deleted in bulk (see the module's
    docstring): how many, their values being in the audit trail of its transaction."""

    action: str  # "insert" or "delete"
    table: str
    count: int


def _now() -> dt.datetime:
    return clock.now()


@dataclass
class ChangeSet:
    """What one service call changed, in the order the rows were first touched.

    ``bulk`` lists the rows written in bulk, by table, in the order the tables were
    first written: replayed after the rows ``changes`` adds and before those it updates.

    ``at`` is the one instant of the whole change: the audit trail and the sync outbox
    both take it, so that another laptop's History shows the time its author's does.
    """

    label: str
    transaction_id: str
    changes: list[RowChange] = field(default_factory=list)
    bulk: list[BulkRows] = field(default_factory=list)
    at: dt.datetime = field(default_factory=_now)

    def __bool__(self) -> bool:
        return bool(self.changes) or bool(self.bulk)

    def tables(self) -> set[str]:
        return {c.table for c in self.changes} | {b.table for b in self.bulk}

    def row_count(self) -> int:
        """How many rows it changed, those written in bulk included."""
        return len(self.changes) + sum(b.count for b in self.bulk)


def _snapshot(obj: Base) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _before(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        hist = attributes.get_history(obj, attr.key)
        if hist.deleted:
            values[attr.key] = hist.deleted[0]
        elif hist.unchanged:
            values[attr.key] = hist.unchanged[0]
        else:
            values[attr.key] = getattr(obj, attr.key)
    return values


def _row_id(obj: Base) -> str:
    identity = inspect(obj).mapper.primary_key_from_instance(obj)
    return str(identity[0])


class _Recorder:
    """Collects row changes across the flushes of one transaction.

    Fed by mapper events, which fire for every row the flush writes, including
    children removed from a collection (delete-orphan) that never pass through
    ``session.deleted``.
    """

    def __init__(self, transaction_id: str) -> None:
        self.transaction_id = transaction_id
        self.at = clock.now()
        self._order: list[tuple[str, str]] = []
        self._before: dict[tuple[str, str], Mapping[str, Any] | None] = {}
        self._after: dict[tuple[str, str], Mapping[str, Any] | None] = {}
        self._bulk: dict[tuple[str, str], int] = {}  # (action, table) -> rows, in first order
        self._pending: list[RowChange] = []  # written in bulk, not audited yet
        self.cache = LargerCache()  # for a transaction that writes in bulk

    def _touch(self, key: tuple[str, str], before: Mapping[str, Any] | None) -> None:
        if key not in self._before:
            self._order.append(key)
            self._before[key] = before

    def inserted(self, obj: Base) -> None:
        key = (obj.__tablename__, _row_id(obj))
        self._touch(key, None)
        self._after[key] = _snapshot(obj)

    def updated(self, obj: Base) -> None:
        key = (obj.__tablename__, _row_id(obj))
        self._touch(key, _before(obj))
        self._after[key] = _snapshot(obj)

    def deleted(self, obj: Base) -> None:
        key = (obj.__tablename__, _row_id(obj))
        self._touch(key, _before(obj))
        self._after[key] = None

    def written_in_bulk(self, session: Session, action: str, changes: list[RowChange]) -> None:
        """Rows inserted or deleted in bulk: streamed to the audit trail, the outbox and
        the search index a batch at a time, unless this transaction writes no audit
        trail (then they are kept like any other change, for undo)."""
        if session.info.get(NO_AUDIT):
            for change in changes:
                key = (change.table, change.row_id)
                self._touch(key, change.before)
                self._after[key] = change.after
            return
        self.cache.enter(session)
        key = (action, changes[0].table)
        self._bulk[key] = self._bulk.get(key, 0) + len(changes)
        self._pending += changes
        if len(self._pending) >= _STREAM_BATCH:
            self.drain(session)

    def drain(self, session: Session) -> None:
        """Audit, queue and index the rows written in bulk so far, and forget them."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        for hook in _HOOKS:
            hook(session, pending)
        audit(session, pending, self.transaction_id, at=self.at)

    def bulk(self) -> list[BulkRows]:
        return [BulkRows(action, table, count) for (action, table), count in self._bulk.items()]

    def changes(self) -> list[RowChange]:
        result = []
        for key in self._order:
            before, after = self._before[key], self._after.get(key)
            if before is None and after is None:
                continue  # made and removed in the same transaction
            if before is not None and after is not None and before == after:
                continue
            result.append(RowChange(key[0], key[1], before, after))
        return result


def _recorder_of(obj: Base) -> _Recorder | None:
    if isinstance(obj, ChangeLog):
        return None
    session = object_session(obj)
    return session.info.get(_RECORDER) if session is not None else None


@event.listens_for(Base, "after_insert", propagate=True)
def _on_insert(_mapper: Any, _conn: Any, obj: Base) -> None:
    if (recorder := _recorder_of(obj)) is not None:
        recorder.inserted(obj)


@event.listens_for(Base, "after_update", propagate=True)
def _on_update(_mapper: Any, _conn: Any, obj: Base) -> None:
    if (recorder := _recorder_of(obj)) is not None:
        recorder.updated(obj)


@event.listens_for(Base, "after_delete", propagate=True)
def _on_delete(_mapper: Any, _conn: Any, obj: Base) -> None:
    if (recorder := _recorder_of(obj)) is not None:
        recorder.deleted(obj)


def insert_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert new rows of ``model`` in one executemany, recorded in bulk (see the module).

    For writes of many thousands of rows (an import), where making an object per row
    costs more than everything else together.  Every column of every row is given (see
    :func:`new_row`), so that the rows recorded are what a redo brings back.
    """
    if not rows:
        return
    for hook in _BULK:
        hook(session, model, rows, "insert")
    recorder = session.info.get(_RECORDER)
    table = model.__tablename__
    changes = []
    if recorder is not None:  # taken before the writer converts the values in place
        keys = tuple(rows[0])
        encode = _dict_encoder(session)  # every row has these keys, in this order
        for values in rows:
            packed = PackedRow(keys, tuple(values.values()))
            changes.append(RowChange(table, str(values["id"]), None, packed, encode(values)))
    FastInsert(session, model.__table__).write(rows)
    if recorder is not None:
        for after in _INSERTED:
            after(session, table, rows)
        if changes:
            recorder.written_in_bulk(session, "insert", changes)


# Called with (session, model, rows, "insert" or "delete") before rows are written in
# bulk: new rows are stamped with their owner, and writes the rules refuse are refused
# (:mod:`coalition.store.ownership`).
_BULK: list[Callable[[Session, type[Base], list[dict[str, Any]], str], None]] = []


def add_bulk_hook(hook: Callable[[Session, type[Base], list[dict[str, Any]], str], None]) -> None:
    if hook not in _BULK:
        _BULK.append(hook)


# Called with (session, table, rows) right after rows are inserted in bulk inside a
# recorded write: the search index notes which rowids they took, to write their
# documents once at the end (see :func:`add_finish_hook`).
_INSERTED: list[Callable[[Session, str, list[dict[str, Any]]], None]] = []


def add_inserted_hook(hook: Callable[[Session, str, list[dict[str, Any]]], None]) -> None:
    if hook not in _INSERTED:
        _INSERTED.append(hook)


# Called with the session once a recorded write has done all its work and its changes
# have gone through the hooks, just before it commits.
_FINISH: list[Callable[[Session], None]] = []


def add_finish_hook(hook: Callable[[Session], None]) -> None:
    if hook not in _FINISH:
        _FINISH.append(hook)


# Called with (session, table, ids) before rows are deleted in bulk: the search index
# notes their rowids, which nothing can tell once they are gone.
_BEFORE_DELETE: list[Callable[[Session, str, list[str]], None]] = []


def add_before_delete_hook(hook: Callable[[Session, str, list[str]], None]) -> None:
    if hook not in _BEFORE_DELETE:
        _BEFORE_DELETE.append(hook)


def delete_rows(session: Session, model: type[Base], ids: Iterable[str]) -> None:
    """Delete the rows of ``model`` with these ids (those still there), recorded in bulk:
    what undoing an import does, for every row it wrote."""
    table: Any = model.__table__
    recorder = session.info.get(_RECORDER)
    for chunk in _chunks(list(ids), _ID_CHUNK):
        rows = session.execute(select(table).where(table.c.id.in_(chunk))).all()
        if not rows:
            continue
        present = [str(row.id) for row in rows]
        if _BULK:
            mapped = [dict(row._mapping) for row in rows]
            for bulk_hook in _BULK:
                bulk_hook(session, model, mapped, "delete")
        for hook in _BEFORE_DELETE:
            hook(session, table.name, present)
        session.execute(delete(table).where(table.c.id.in_(present)))
        if recorder is None:
            continue
        keys = tuple(rows[0]._fields)
        encode = _row_encoder(session, keys)
        changes = []
        for row in rows:
            packed = PackedRow(keys, tuple(row))
            changes.append(RowChange(table.name, str(row.id), packed, None, encode(packed)))
        recorder.written_in_bulk(session, "delete", changes)


def _row_encoder(session: Session, keys: tuple[str, ...]) -> Callable[[PackedRow], str]:
    """How a row of these columns becomes the JSON text the audit trail and the outbox
    store (see :func:`jsonable`)."""
    if getattr(session.get_bind().dialect, "_json_serializer", None) is None:
        encode = json_text_encoder()
        return lambda row: encode(dict(zip(keys, row._values, strict=True)))
    serialize = _json_encoder(session)
    return lambda row: serialize({k: _jsonable(v) for k, v in row.items()})


def _dict_encoder(session: Session) -> Callable[[dict[str, Any]], str]:
    """:func:`_row_encoder` for a row given as a dict."""
    if getattr(session.get_bind().dialect, "_json_serializer", None) is None:
        return json_text_encoder()
    serialize = _json_encoder(session)
    return lambda row: serialize({k: _jsonable(v) for k, v in row.items()})


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _json_encoder(session: Session) -> Callable[[Any], str]:
    """How the audit trail's JSON columns turn a value into text, on this database."""
    dialect = session.get_bind().dialect
    processor = ChangeLog.__table__.c.after.type._cached_bind_processor(dialect)
    return processor if processor is not None else json.dumps


# Called inside the transaction with every non-empty change set, before commit:
# the search index registers itself here (it belongs to the store, not to a service).
_HOOKS: list[Callable[[Session, list[RowChange]], None]] = []


def add_hook(hook: Callable[[Session, list[RowChange]], None]) -> None:
    if hook not in _HOOKS:
        _HOOKS.append(hook)


@dataclass
class Identity:
    """Who makes the changes on this device: written into the audit trail.

    ``actor`` is the organizer's name as their profile gives it (never the operating
    system's login: an event laptop's "user" is nobody), ``org`` the name of the member
    organization they act for and ``org_id`` its id (None: no profile yet, or the
    coalition's own), ``role`` their role in it.  Set from the active profile when a
    database is opened (:mod:`coalition.directory.profiles`).
    """

    actor: str
    device: str
    org: str = ""
    org_id: str | None = None
    role: str = ""
    email: str = ""


def _default_identity() -> Identity:
    return Identity(actor="", device=socket.gethostname())


IDENTITY = _default_identity()


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


_SUMMARY_KEYS = ("name", "title", "address", "number", "role", "status", "key")


def _summary(change: RowChange) -> str:
    values = change.after or change.before or {}
    if isinstance(values, PackedRow):  # written in bulk: by position, found once a table
        row = values._values
        for index in _summary_positions(values._keys):
            if row[index]:
                return str(_jsonable(row[index]))[:200]
        return ""
    for key in _SUMMARY_KEYS:
        if values.get(key):
            return str(_jsonable(values[key]))[:200]
    return ""


@functools.cache
def _summary_positions(keys: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(keys.index(key) for key in _SUMMARY_KEYS if key in keys)


def jsonable(value: Any) -> Any:
    return _jsonable(value)


def audit(
    session: Session,
    changes: list[RowChange],
    transaction_id: str,
    *,
    at: dt.datetime | None = None,
    identity: Identity | None = None,
) -> None:
    """Write the audit trail of ``changes``: by default as made here and now; sync passes
    the time, name and device of the organizer who made them on another laptop."""
    now = at or clock.now()
    who = identity or IDENTITY
    # Plain rows written a few thousand at a time (one executemany each), not ORM
    # objects: an import of 200,000 people makes 800,000 audit rows, and as objects they
    # would all be held in the session until the commit.
    writer = FastInsert(session, ChangeLog.__table__, encoded=("before", "after"))
    if writer.fast and changes and changes[0].encoded is not None:
        _audit_bulk(writer, changes, transaction_id, now, who)
        return
    rows: list[dict[str, Any]] = []
    # On SQLite the values go as the JSON text the column would store, encoded at once
    # (a pull of 600,000 records audits them all): no dict of converted values first.
    text = json_text_encoder() if writer.fast else None
    for change in changes:
        action = change.action
        before: Any
        after: Any
        if action == "update":
            fields = change.changed_fields()
            if text is not None:
                before = text({k: v[0] for k, v in fields.items()})
                after = text({k: v[1] for k, v in fields.items()})
            else:
                before = {k: _jsonable(v[0]) for k, v in fields.items()}
                after = {k: _jsonable(v[1]) for k, v in fields.items()}
        elif text is not None:
            before = text(change.before) if change.before else None
            after = text(change.after) if change.after else None
        else:
            before = {k: _jsonable(v) for k, v in (change.before or {}).items()} or None
            after = {k: _jsonable(v) for k, v in (change.after or {}).items()} or None
        rows.append(
            {
                "id": new_id(),
                "at": now,
                "transaction_id": transaction_id,
                "actor": who.actor,
                "actor_org": who.org,
                "device": who.device,
                "table_name": change.table,
                "row_id": change.row_id,
                "action": action,
                "summary": _summary(change),
                "before": before,
                "after": after,
            }
        )
        if len(rows) >= _AUDIT_BATCH:
            writer.write(rows)
            rows = []
    if rows:
        writer.write(rows)


_AUDIT_COLUMNS = (
    "id", "at", "transaction_id", "actor", "actor_org", "device", "table_name", "row_id",
    "action", "summary", "before", "after",
)  # fmt: skip


def _audit_bulk(
    writer: FastInsert, changes: list[RowChange], transaction_id: str, at: dt.datetime,
    who: Identity,
) -> None:  # fmt: skip
    """The audit trail of rows written in bulk (each with its values encoded), as
    tuples: hundreds of thousands of them."""
    when = writer.converted("at", at)
    null = writer.converted("before", None)
    rows = []
    ids = new_ids(len(changes))
    keys: tuple[str, ...] = ()
    positions: tuple[int, ...] = ()
    for key, change in zip(ids, changes, strict=True):
        encoded = change.encoded or null
        inserted = change.before is None
        values = change.after if inserted else change.before
        if isinstance(values, PackedRow):  # as :func:`_summary`, the columns found once a table
            if values._keys is not keys:
                keys, positions = values._keys, _summary_positions(values._keys)
            row = values._values
            summary = ""
            for i in positions:
                if row[i]:
                    summary = str(_jsonable(row[i]))[:200]
                    break
        else:
            summary = _summary(change)
        rows.append(
            (
                key,
                when,
                transaction_id,
                who.actor,
                who.org,
                who.device,
                change.table,
                change.row_id,
                "insert" if inserted else "delete",
                summary,
                null if inserted else encoded,
                encoded if inserted else null,
            )
        )
        if len(rows) >= _AUDIT_BATCH:
            writer.write_tuples(_AUDIT_COLUMNS, rows)
            rows = []
    writer.write_tuples(_AUDIT_COLUMNS, rows)


def _audit(session: Session, changeset: ChangeSet) -> None:
    audit(session, changeset.changes, changeset.transaction_id, at=changeset.at)


def writes(label: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make a service function one transaction whose changes are recorded.

    The first argument of the function must be the :class:`Session`.  A write called
    from inside another write joins the outer transaction.  After it returns,
    :func:`last_changeset` gives what it changed.

    ``label`` names the change in Edit → Undo and Redo: marked with ``QT_TRANSLATE_NOOP``
    (context "Changes"), it stays English in the change set and is shown in the reader's
    language where the window shows it (``shown(changeset.label)``).
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            session = args[0]
            assert isinstance(session, Session), "a service's first argument is its Session"
            if session.info.get(_RECORDER) is not None:
                return fn(*args, **kwargs)
            recorder = _Recorder(new_id())
            session.info[_RECORDER] = recorder
            session.info[CURRENT] = ChangeSet(label, recorder.transaction_id, at=recorder.at)
            try:
                result = fn(*args, **kwargs)
                session.flush()
                recorder.drain(session)
                changeset = ChangeSet(
                    label, recorder.transaction_id, recorder.changes(), recorder.bulk(), recorder.at
                )
                if changeset.changes:
                    session.info[CURRENT] = changeset
                    for hook in _HOOKS:
                        hook(session, changeset.changes)
                    if not session.info.get(NO_AUDIT):
                        _audit(session, changeset)
                for finish in _FINISH:
                    finish(session)
                recorder.cache.leave(session)
                session.commit()
            except BaseException:
                with contextlib.suppress(Exception):  # the rollback matters, not the cache
                    recorder.cache.leave(session)
                session.rollback()
                raise
            finally:
                session.info.pop(_RECORDER, None)
                session.info.pop(CURRENT, None)
                session.info.pop(REPLAYING, None)
            session.info[_LAST] = changeset
            return result

        return wrapper

    return decorate


def last_changeset(session: Session) -> ChangeSet:
    """What the latest write on ``session`` changed (empty if nothing)."""
    return session.info.get(_LAST) or ChangeSet("", "")


def _fields_to_put_back(change: RowChange, target: Mapping[str, Any]) -> list[str]:
    """The fields an undo or redo sets on a row that is there: for an edit, only the fields
    that edit changed, so that what someone else changed on the same record since (another
    field, arrived by sync) stays as they left it; for a row brought back, all of them."""
    if change.before is None or change.after is None:
        keys = list(target)
    else:
        keys = [k for k in target if change.before.get(k) != change.after.get(k)]
    return [k for k in keys if k not in _UNRESTORED]


def _apply(session: Session, changeset: ChangeSet, use_after: bool) -> None:
    """Bring each row to its recorded state, in three flushes: rows to bring back first,
    then rows to change (which may point at the rows brought back), then rows to remove
    (after nothing points at them any more).  The rows written in bulk come back (redo)
    after the first, and go (undo) after the second."""
    changes = changeset.changes
    ordered = changes if use_after else list(reversed(changes))
    targets = [(c, c.after if use_after else c.before) for c in ordered]
    session.info[RESTORING] = True  # rows come back as recorded, owners and all
    try:
        _put_back(session, changeset, targets, use_after)
    finally:
        session.info.pop(RESTORING, None)


def _put_back(
    session: Session,
    changeset: ChangeSet,
    targets: list[tuple[RowChange, Mapping[str, Any] | None]],
    use_after: bool,
) -> None:
    if changeset.bulk and session.get_bind().dialect.name == "sqlite":
        # Rows kept in memory and rows written in bulk may point at each other (an
        # address merged into a person the import made, members of an organization it
        # made): checked at the commit, once both are back.
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    with session.no_autoflush:
        for change, target in targets:
            if (
                target is not None
                and session.get(MODEL_BY_TABLE[change.table], change.row_id) is None
            ):
                model = MODEL_BY_TABLE[change.table]
                session.add(model(**{k: v for k, v in target.items() if k not in _UNRESTORED}))
    session.flush()
    if use_after:
        _apply_bulk(session, changeset, use_after)
    with session.no_autoflush:
        for change, target in targets:
            obj = session.get(MODEL_BY_TABLE[change.table], change.row_id)
            if target is not None and obj is not None:
                for key in _fields_to_put_back(change, target):
                    if getattr(obj, key) != target[key]:
                        setattr(obj, key, target[key])
    session.flush()
    if not use_after:
        _apply_bulk(session, changeset, use_after)
    with session.no_autoflush:
        for change, target in targets:
            obj = session.get(MODEL_BY_TABLE[change.table], change.row_id)
            if target is None and obj is not None:
                session.delete(obj)
    session.flush()


def _apply_bulk(session: Session, changeset: ChangeSet, use_after: bool) -> None:
    """Bring back or remove the rows ``changeset`` wrote in bulk, read from its audit
    trail: tables in the order they were written for a redo, the other way for an undo
    (a person's addresses go before the person)."""
    entries = changeset.bulk if use_after else list(reversed(changeset.bulk))
    if entries:
        session.expunge_all()  # all flushed: objects read before may be gone now
    for entry in entries:
        model = MODEL_BY_TABLE[entry.table]
        if (entry.action == "insert") == use_after:
            column = "after" if use_after else "before"
            for rows in _logged_rows(session, changeset.transaction_id, entry, column):
                _restore_rows(session, model, rows)
        else:
            for ids in _logged_ids(session, changeset.transaction_id, entry):
                delete_rows(session, model, ids)


def _logged(
    session: Session, transaction_id: str, entry: BulkRows, *columns: Any
) -> Iterator[list[Any]]:
    """The change log's rows for ``entry``, a few thousand at a time, each after its key.

    Read a page at a time rather than through one open cursor: the replay writes to
    the log meanwhile (rows of another transaction).  On SQLite the key is the rowid,
    which the index on ``transaction_id`` holds: each page starts where the last ended.
    """
    table = ChangeLog.__table__
    sqlite = session.get_bind().dialect.name == "sqlite"
    key = literal_column("change_log.rowid") if sqlite else table.c.id
    last: Any = 0 if sqlite else ""
    while True:
        rows = session.execute(
            select(key, *columns)
            .where(
                table.c.transaction_id == transaction_id,
                table.c.table_name == entry.table,
                table.c.action == entry.action,
                key > last,
            )
            .order_by(key)
            .limit(_STREAM_BATCH // 4)
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        yield list(rows)


def _logged_ids(session: Session, transaction_id: str, entry: BulkRows) -> Iterator[list[str]]:
    for rows in _logged(session, transaction_id, entry, ChangeLog.__table__.c.row_id):
        yield [row[1] for row in rows]


def _logged_rows(
    session: Session, transaction_id: str, entry: BulkRows, column: str
) -> Iterator[list[dict[str, Any]]]:
    for rows in _logged(session, transaction_id, entry, ChangeLog.__table__.c[column]):
        yield [decode_row(entry.table, row[1]) or {} for row in rows]


def _restore_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` again as they were logged, but for those already there (brought
    back by the rows of the change kept in memory) and with a fresh ``updated_at``."""
    table = model.__table__
    now = clock.now()
    for chunk in _chunks(rows, _ID_CHUNK):
        ids = [row["id"] for row in chunk]
        there = set(session.scalars(select(table.c.id).where(table.c.id.in_(ids))))
        missing = [row for row in chunk if row["id"] not in there]
        for row in missing:
            if "updated_at" in row:
                row["updated_at"] = now
        insert_rows(session, model, missing)


# Set in a session's info while an undo or a redo writes: the rows it makes again are
# the records they were (a private record comes back private: see store.outbox).
REPLAYING = "coalition.replaying"


@writes(QT_TRANSLATE_NOOP("Changes", "Undo"))
def revert(session: Session, changeset: ChangeSet) -> None:
    """Put back every row of ``changeset`` as it was before (undo)."""
    session.info[REPLAYING] = True  # until the write's hooks have run (see writes)
    _apply(session, changeset, use_after=False)


@writes(QT_TRANSLATE_NOOP("Changes", "Redo"))
def reapply(session: Session, changeset: ChangeSet) -> None:
    """Make every row of ``changeset`` as it was after (redo)."""
    session.info[REPLAYING] = True
    _apply(session, changeset, use_after=True)
