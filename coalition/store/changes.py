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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, attributes

from coalition.store.base import Base, new_id
from coalition.store.models import MODEL_BY_TABLE, ChangeLog

P = ParamSpec("P")
R = TypeVar("R")

_RECORDER = "coalition.recorder"
_LAST = "coalition.last_changeset"
# Bookkeeping columns: restoring them would hide that an undo is itself a change.
_UNRESTORED = {"updated_at"}


@dataclass(frozen=True)
class RowChange:
    """One row's change: ``before`` is None for an insert, ``after`` None for a delete."""

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
            if self.before.get(k) != v and k not in _UNRESTORED
        }


@dataclass
class ChangeSet:
    """What one service call changed, in the order the rows were first touched."""

    label: str
    transaction_id: str
    changes: list[RowChange] = field(default_factory=list)

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
    """Collects row changes across the flushes of one transaction."""

    def __init__(self) -> None:
        self._order: list[tuple[str, str]] = []
        self._before: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._after: dict[tuple[str, str], dict[str, Any] | None] = {}

    def _touch(self, key: tuple[str, str], before: dict[str, Any] | None) -> None:
        if key not in self._before:
            self._order.append(key)
            self._before[key] = before

    def after_flush(self, session: Session) -> None:
        for obj in session.new:
            if isinstance(obj, ChangeLog):
                continue
            key = (obj.__tablename__, _row_id(obj))
            self._touch(key, None)
            self._after[key] = _snapshot(obj)
        for obj in session.dirty:
            if isinstance(obj, ChangeLog) or not session.is_modified(obj):
                continue
            key = (obj.__tablename__, _row_id(obj))
            self._touch(key, _before(obj))
            self._after[key] = _snapshot(obj)
        for obj in session.deleted:
            if isinstance(obj, ChangeLog):
                continue
            key = (obj.__tablename__, _row_id(obj))
            self._touch(key, _before(obj))
            self._after[key] = None

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


@event.listens_for(Session, "after_flush")
def _record_flush(session: Session, _context: Any) -> None:
    recorder = session.info.get(_RECORDER)
    if recorder is not None:
        recorder.after_flush(session)


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
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _summary(change: RowChange) -> str:
    values = change.after or change.before or {}
    for key in ("name", "title", "address", "number", "role", "status", "key"):
        if values.get(key):
            return str(_jsonable(values[key]))[:200]
    return ""


def _audit(session: Session, changeset: ChangeSet) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    for change in changeset.changes:
        if change.action == "update":
            fields = change.changed_fields()
            before = {k: _jsonable(v[0]) for k, v in fields.items()}
            after = {k: _jsonable(v[1]) for k, v in fields.items()}
        else:
            before = {k: _jsonable(v) for k, v in (change.before or {}).items()} or None
            after = {k: _jsonable(v) for k, v in (change.after or {}).items()} or None
        session.add(
            ChangeLog(
                at=now,
                transaction_id=changeset.transaction_id,
                actor=IDENTITY.actor,
                device=IDENTITY.device,
                table_name=change.table,
                row_id=change.row_id,
                action=change.action,
                summary=_summary(change),
                before=before,
                after=after,
            )
        )


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
                    for hook in _HOOKS:
                        hook(session, changeset.changes)
                    _audit(session, changeset)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.info.pop(_RECORDER, None)
            session.info[_LAST] = changeset
            return result

        return wrapper

    return decorate


def last_changeset(session: Session) -> ChangeSet:
    """What the latest write on ``session`` changed (empty if nothing)."""
    return session.info.get(_LAST) or ChangeSet("", "")


def _apply(session: Session, changes: list[RowChange], use_after: bool) -> None:
    ordered = changes if use_after else list(reversed(changes))
    # One flush at the end lets the unit of work order the inserts and deletes by
    # their foreign keys (a deleted organization comes back before its memberships).
    with session.no_autoflush:
        _stage(session, ordered, use_after)
    session.flush()


def _stage(session: Session, ordered: list[RowChange], use_after: bool) -> None:
    for change in ordered:
        model = MODEL_BY_TABLE[change.table]
        target = change.after if use_after else change.before
        obj = session.get(model, change.row_id)
        if target is None:
            if obj is not None:
                session.delete(obj)
        elif obj is None:
            session.add(model(**{k: v for k, v in target.items() if k not in _UNRESTORED}))
        else:
            for key, value in target.items():
                if key not in _UNRESTORED:
                    setattr(obj, key, value)


@writes("Undo")
def revert(session: Session, changeset: ChangeSet) -> None:
    """Put back every row of ``changeset`` as it was before (undo)."""
    _apply(session, changeset.changes, use_after=False)


@writes("Redo")
def reapply(session: Session, changeset: ChangeSet) -> None:
    """Make every row of ``changeset`` as it was after (redo)."""
    _apply(session, changeset.changes, use_after=True)
