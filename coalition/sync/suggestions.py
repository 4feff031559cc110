"""Suggestions: a change an organizer may not make, sent to the coalition's coordinators.

Two ways in: a change the server's walls refused (a ``refused`` conflict,
:func:`suggest_from_conflict`, which also withdraws it from this laptop), or a
correction proposed to a record read-only here (:func:`suggest`).  A coordinator applies
one (:func:`apply`: the values written to the record as an ordinary recorded change,
synced like any) or declines it with a reason (:func:`decline`).

A suggestion is a record owned by the suggesting organizer's group and private to it:
that group and the coordinators read it, on the laptop and on the server, through the
walls every record has (:class:`~coalition.store.models.Suggestion`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import String, Text, inspect, select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import CoalitionError, NotFoundError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import PRIVATE, Base
from coalition.store.changes import IDENTITY, writes
from coalition.store.models import MODEL_BY_TABLE, Suggestion, SyncConflict
from coalition.store.models.suggestions import APPLIED, DECLINED, OPEN
from coalition.store.outbox import BOOKKEEPING, LOCAL_TABLES
from coalition.store.ownership import EXEMPT
from coalition.store.rowcodec import decode_row, encode, encode_row
from coalition.sync.conflicts import _choose_other
from coalition.sync.ops import label

# Fields a suggestion never proposes: the key and the instants the store keeps itself.
_KEPT = frozenset({"id"}) | BOOKKEEPING

COORDINATOR = "coordinator"


def _row(session: Session, table: str, row_id: str) -> dict[str, Any] | None:
    """The record as a row of column values (None: not on this laptop)."""
    model = MODEL_BY_TABLE[table]
    obj = session.get(model, row_id)
    if obj is None:
        return None
    mapper = inspect(model)
    return {
        column.name: getattr(obj, mapper.get_property_by_column(column).key)
        for column in Base.metadata.tables[table].columns
    }


def _check_table(table: str) -> None:
    if table not in MODEL_BY_TABLE or table in LOCAL_TABLES or table == "suggestion":
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Sync", "{replace} is not a record one can suggest changes to"
            ).format(replace=table.replace("_", " "))
        )


def _new(
    session: Session, table: str, row_id: str, record: str, proposed: dict[str, Any], note: str
) -> Suggestion:
    suggestion = Suggestion(
        table_name=table,
        row_id=row_id,
        record=record[:200],
        proposed=proposed,
        note=note.strip(),
        suggested_by=IDENTITY.actor,
        suggested_by_org=IDENTITY.org,
        status=OPEN,
        owner_org_id=IDENTITY.org_id,
        visibility=PRIVATE,
    )
    session.add(suggestion)
    session.flush()
    return suggestion


@writes(QT_TRANSLATE_NOOP("Changes", "Suggest a change"))
def suggest(session: Session, table: str, row_id: str, values: Mapping[str, Any], note: str) -> str:
    """Propose ``values`` (field -> value) for a record this organizer may not change;
    returns the suggestion's id."""
    _check_table(table)
    row = _row(session, table, row_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Sync", "that record is no longer on this laptop"))
    unknown = [k for k in values if k not in row or k in _KEPT]
    if unknown:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Sync", "{names}: not a field one can suggest").format(
                names=", ".join(sorted(unknown))
            )
        )
    proposed = {k: encode(v) for k, v in values.items() if encode(v) != encode(row[k])}
    if not proposed:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Sync", "the suggestion changes nothing: the record already says that"
            )
        )
    return _new(session, table, row_id, label(table, row), proposed, note).id


def _servers_copy(session: Session, conflict: SyncConflict) -> dict[str, Any] | None:
    """The record as the server has it, kept with the refused change (on the first
    conflict of the refused transaction)."""
    holders = [conflict.rows or []]
    if not conflict.rows:
        siblings = select(SyncConflict.rows).where(
            SyncConflict.origin == conflict.origin, SyncConflict.kind == "refused"
        )
        holders += [rows or [] for rows in session.execute(siblings).scalars()]
    pk = next(iter(Base.metadata.tables[conflict.table_name].primary_key.columns)).name
    for rows in holders:
        for item in rows:
            raw = item.get("row") or {}
            if (
                item.get("table") == conflict.table_name
                and item.get("action") == "insert"
                and str(raw.get(pk)) == conflict.row_id
            ):
                return dict(raw)
    return None


def suggest_from_conflict(session: Session, conflict_id: str, note: str) -> str:
    """Send a change the server refused to the coordinators as a suggestion, and
    withdraw it here (this laptop gets the server's copy again, as "Withdraw my change"
    does); returns the suggestion's id."""
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Sync", "that conflict is no longer listed"))
    if conflict.kind != "refused" or conflict.kept != "mine":
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Sync", "only a change the server refused can be sent as a suggestion"
            )
        )
    _check_table(conflict.table_name)
    mine = _row(session, conflict.table_name, conflict.row_id)
    theirs = _servers_copy(session, conflict)
    if mine is None or theirs is None:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "only an edit of a record the server has can be sent as a "
                "suggestion; withdraw this change instead",
            )
        )
    ours = encode_row(mine) or {}
    proposed = {k: v for k, v in ours.items() if k not in _KEPT and k in theirs and v != theirs[k]}
    if not proposed:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Sync", "the refused change no longer changes anything; withdraw it instead"
            )
        )
    record = conflict.record or label(conflict.table_name, mine)
    # Putting the server's copy back: the laptop's walls have nothing to refuse in that.
    session.info[EXEMPT] = True
    try:
        return _suggest_and_withdraw(session, conflict, record, proposed, note)
    finally:
        session.info.pop(EXEMPT, None)


@writes(QT_TRANSLATE_NOOP("Changes", "Send a change to a coordinator"))
def _suggest_and_withdraw(
    session: Session, conflict: SyncConflict, record: str, proposed: dict[str, Any], note: str
) -> str:
    suggestion = _new(session, conflict.table_name, conflict.row_id, record, proposed, note)
    _choose_other(session, conflict)
    return suggestion.id


def suggestions(session: Session, *, open_only: bool = False) -> list[Suggestion]:
    """The suggestions this laptop's organizer may read (a coordinator: every group's;
    a member: its group's), open ones first, newest first."""
    query = select(Suggestion).order_by(
        (Suggestion.status != OPEN), Suggestion.created_at.desc(), Suggestion.id
    )
    if open_only:
        query = query.where(Suggestion.status == OPEN)
    return list(session.execute(query).scalars())


def open_suggestions(session: Session) -> list[Suggestion]:
    return suggestions(session, open_only=True)


def current_values(session: Session, suggestion: Suggestion) -> dict[str, Any] | None:
    """What the record now says in the fields the suggestion changes, encoded as the
    suggestion's values are (None: the record is no longer on this laptop)."""
    if suggestion.table_name not in MODEL_BY_TABLE:
        return None
    row = _row(session, suggestion.table_name, suggestion.row_id)
    if row is None:
        return None
    return {k: encode(row.get(k)) for k in suggestion.proposed or {}}


def may_suggest() -> bool:
    """Whether this laptop's organizer may send suggestions (an observer writes nothing,
    not even a suggestion)."""
    return IDENTITY.role != "observer"


def suggestable(session: Session, table: str, row_id: str) -> list[tuple[str, str]]:
    """The record's fields a correction can be typed into, with what they say now: its
    text fields, not its key, references, owner or visibility."""
    _check_table(table)
    row = _row(session, table, row_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Sync", "that record is no longer on this laptop"))
    skip = _KEPT | {"owner_org_id", "visibility"}
    return [
        (column.name, row[column.name] or "")
        for column in Base.metadata.tables[table].columns
        if column.name not in skip
        and not column.foreign_keys
        and isinstance(column.type, (String, Text))
        and not column.name.endswith("_id")
        and (row[column.name] is None or isinstance(row[column.name], str))
    ]


def may_decide() -> bool:
    """Whether this laptop's organizer decides suggestions (a coordinator)."""
    return IDENTITY.role == COORDINATOR


def _open(session: Session, suggestion_id: str) -> Suggestion:
    if not may_decide():
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Sync", "only a coordinator applies or declines a suggestion")
        )
    suggestion = session.get(Suggestion, suggestion_id)
    if suggestion is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Sync", "that suggestion is no longer listed"))
    if suggestion.status != OPEN:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Sync", "that suggestion was {status} already").format(
                status=suggestion.status
            )
        )
    return suggestion


def _decided(suggestion: Suggestion, status: str, answer: str = "") -> None:
    suggestion.status = status
    suggestion.decided_by = IDENTITY.actor
    suggestion.decided_at = clock.now()
    suggestion.answer = answer.strip()


@writes(QT_TRANSLATE_NOOP("Changes", "Apply a suggestion"))
def apply(session: Session, suggestion_id: str) -> None:
    """Write the suggested values to the record (a change like any: undo, history,
    sync) and mark the suggestion applied."""
    suggestion = _open(session, suggestion_id)
    model = MODEL_BY_TABLE.get(suggestion.table_name)
    obj = session.get(model, suggestion.row_id) if model is not None else None
    if model is None or obj is None:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Sync", "{value} has since been deleted").format(
                value=suggestion.record or "the record"
            )
        )
    mapper = inspect(model)
    columns = Base.metadata.tables[suggestion.table_name].columns
    for name, value in (decode_row(suggestion.table_name, suggestion.proposed) or {}).items():
        if name not in _KEPT:
            setattr(obj, mapper.get_property_by_column(columns[name]).key, value)
    _decided(suggestion, APPLIED)


@writes(QT_TRANSLATE_NOOP("Changes", "Decline a suggestion"))
def decline(session: Session, suggestion_id: str, reason: str) -> None:
    """Leave the record as it is; the suggestion says why, to the group that sent it."""
    _decided(_open(session, suggestion_id), DECLINED, reason)
