"""Every change is one service call in one transaction, recorded row by row.

The :func:`writes` decorator wraps a service function: it runs it in one transaction,
records each inserted, updated and deleted row (before and after), keeps the search
index in step, writes the audit trail, and commits, or rolls everything back.  The
recorded :class:`ChangeSet` is what undo and redo replay (:func:`revert`,
:func:`reapply`), and what the audit trail and sync read later.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import getpass
import socket
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, attributes, object_session

from coalition.store.base import Base, new_id
from coalition.store.models import MODEL_BY_TABLE, ChangeLog

P = ParamSpec("P")
R = TypeVar("R")

_RECORDER = "coalition.recorder"
_LAST = "coalition.last_changeset"
# The change set being committed, for hooks that need its id (the sync outbox).
CURRENT = "coalition.current_changeset"
# Set by code that writes its own audit rows (changes brought in by sync carry the
# name and device of whoever made them elsewhere).
NO_AUDIT = "coalition.no_audit"
# Bookkeeping columns: restoring them would hide that an undo is itself a change.
_UNRESTORED = {"updated_at"}
# Columns computed from others (a sort key from the name): restored with them, never
# reported as changes of their own.
_DERIVED = {"sort_name"}
# Audit rows written per executemany.
_AUDIT_BATCH = 5000


class PackedRow(Mapping[str, Any]):
    """A recorded row as its values alone, read like the dict of column -> value it stands for.

    An import records hundreds of thousands of new rows, all of one few tables: a dict
    per row, each holding its own copy of the column names, took most of its memory.
    These share one tuple of names per table.
    """

    __slots__ = ("_keys", "_values")

    def __init__(self, keys: tuple[str, ...], values: tuple[Any, ...]) -> None:
        self._keys = keys
        self._values = values

    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[self._keys.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def items(self) -> Any:
        return zip(self._keys, self._values)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row's change: ``before`` is None for an insert, ``after`` None for a delete.

    With slots: an import's change set holds one per row it wrote, hundreds of thousands.
    """

    table: str
    row_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

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


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class ChangeSet:
    """What one service call changed, in the order the rows were first touched.

    ``at`` is the one instant of the whole change: the audit trail and the sync outbox
    both take it, so that another laptop's History shows the time its author's does.
    """

    label: str
    transaction_id: str
    changes: list[RowChange] = field(default_factory=list)
    at: dt.datetime = field(default_factory=_now)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def tables(self) -> set[str]:
        return {c.table for c in self.changes}


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

    def __init__(self) -> None:
        self._order: list[tuple[str, str]] = []
        self._before: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._after: dict[tuple[str, str], dict[str, Any] | None] = {}

    def _touch(self, key: tuple[str, str], before: dict[str, Any] | None) -> None:
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

    def inserted_row(self, table: str, row: PackedRow) -> None:
        key = (table, str(row["id"]))
        self._touch(key, None)
        self._after[key] = row  # type: ignore[assignment]

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
    """Insert new rows of ``model`` in one executemany, recorded as if the ORM had.

    For writes of many thousands of rows (an import), where making an object per row
    costs more than everything else together.  Every column of every row is given (see
    :func:`new_row`), so that the rows recorded are what a redo brings back.
    """
    if not rows:
        return
    session.execute(insert(model.__table__), rows)
    recorder = session.info.get(_RECORDER)
    if recorder is not None:
        keys = tuple(rows[0])
        for values in rows:
            recorder.inserted_row(model.__tablename__, PackedRow(keys, tuple(values.values())))


def new_row(model: type[Base], at: dt.datetime, **values: Any) -> dict[str, Any]:
    """Every column of a new row of ``model``: ``values``, a new id, ``at`` as the time it
    was made and changed, the columns' plain defaults, and None for the rest."""
    row: dict[str, Any] = {}
    for attr in inspect(model).column_attrs:
        key = attr.key
        if key in values:
            row[key] = values[key]
        elif key == "id":
            row[key] = new_id()
        elif key in ("created_at", "updated_at"):
            row[key] = at
        else:
            default = attr.columns[0].default
            row[key] = default.arg if default is not None and default.is_scalar else None
    return row


# Called inside the transaction with every non-empty change set, before commit:
# the search index registers itself here (it belongs to the store, not to a service).
_HOOKS: list[Callable[[Session, list[RowChange]], None]] = []


def add_hook(hook: Callable[[Session, list[RowChange]], None]) -> None:
    if hook not in _HOOKS:
        _HOOKS.append(hook)


@dataclass
class Identity:
    """Who makes the changes on this device: written into the audit trail."""

    actor: str
    device: str


def _default_identity() -> Identity:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (some containers): still record something
        user = "unknown"
    return Identity(actor=user, device=socket.gethostname())


IDENTITY = _default_identity()


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


def _summary(change: RowChange) -> str:
    values = change.after or change.before or {}
    for key in ("name", "title", "address", "number", "role", "status", "key"):
        if values.get(key):
            return str(_jsonable(values[key]))[:200]
    return ""


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
    now = at or dt.datetime.now(dt.timezone.utc)
    who = identity or IDENTITY
    # Plain rows written a few thousand at a time (one executemany each), not ORM
    # objects: an import of 200,000 people makes 800,000 audit rows, and as objects they
    # would all be held in the session until the commit.
    rows: list[dict[str, Any]] = []
    for change in changes:
        if change.action == "update":
            fields = change.changed_fields()
            before = {k: _jsonable(v[0]) for k, v in fields.items()}
            after = {k: _jsonable(v[1]) for k, v in fields.items()}
        else:
            before = {k: _jsonable(v) for k, v in (change.before or {}).items()} or None
            after = {k: _jsonable(v) for k, v in (change.after or {}).items()} or None
        rows.append(
            {
                "id": new_id(),
                "at": now,
                "transaction_id": transaction_id,
                "actor": who.actor,
                "device": who.device,
                "table_name": change.table,
                "row_id": change.row_id,
                "action": change.action,
                "summary": _summary(change),
                "before": before,
                "after": after,
            }
        )
        if len(rows) >= _AUDIT_BATCH:
            session.execute(insert(ChangeLog.__table__), rows)
            rows = []
    if rows:
        session.execute(insert(ChangeLog.__table__), rows)


def _audit(session: Session, changeset: ChangeSet) -> None:
    audit(session, changeset.changes, changeset.transaction_id, at=changeset.at)


def writes(label: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make a service function one transaction whose changes are recorded.

    The first argument of the function must be the :class:`Session`.  A write called
    from inside another write joins the outer transaction.  After it returns,
    :func:`last_changeset` gives what it changed.
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            session = args[0]
            assert isinstance(session, Session), "a service's first argument is its Session"
            if session.info.get(_RECORDER) is not None:
                return fn(*args, **kwargs)
            recorder = _Recorder()
            session.info[_RECORDER] = recorder
            try:
                result = fn(*args, **kwargs)
                session.flush()
                changeset = ChangeSet(label, new_id(), recorder.changes())
                if changeset:
                    session.info[CURRENT] = changeset
                    for hook in _HOOKS:
                        hook(session, changeset.changes)
                    if not session.info.get(NO_AUDIT):
                        _audit(session, changeset)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.info.pop(_RECORDER, None)
                session.info.pop(CURRENT, None)
            session.info[_LAST] = changeset
            return result

        return wrapper

    return decorate


def last_changeset(session: Session) -> ChangeSet:
    """What the latest write on ``session`` changed (empty if nothing)."""
    return session.info.get(_LAST) or ChangeSet("", "")


def _apply(session: Session, changes: list[RowChange], use_after: bool) -> None:
    """Bring each row to its recorded state, in three flushes: rows to bring back first,
    then rows to change (which may point at the rows brought back), then rows to remove
    (after nothing points at them any more)."""
    ordered = changes if use_after else list(reversed(changes))
    targets = [(c, c.after if use_after else c.before) for c in ordered]
    with session.no_autoflush:
        for change, target in targets:
            if target is not None and session.get(MODEL_BY_TABLE[change.table], change.row_id) is None:
                model = MODEL_BY_TABLE[change.table]
                session.add(model(**{k: v for k, v in target.items() if k not in _UNRESTORED}))
    session.flush()
    with session.no_autoflush:
        for change, target in targets:
            obj = session.get(MODEL_BY_TABLE[change.table], change.row_id)
            if target is not None and obj is not None:
                for key, value in target.items():
                    if key not in _UNRESTORED and getattr(obj, key) != value:
                        setattr(obj, key, value)
    session.flush()
    with session.no_autoflush:
        for change, target in targets:
            obj = session.get(MODEL_BY_TABLE[change.table], change.row_id)
            if target is None and obj is not None:
                session.delete(obj)
    session.flush()


@writes("Undo")
def revert(session: Session, changeset: ChangeSet) -> None:
    """Put back every row of ``changeset`` as it was before (undo)."""
    _apply(session, changeset.changes, use_after=False)


@writes("Redo")
def reapply(session: Session, changeset: ChangeSet) -> None:
    """Make every row of ``changeset`` as it was after (redo)."""
    _apply(session, changeset.changes, use_after=True)
