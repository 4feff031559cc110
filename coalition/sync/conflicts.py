"""Conflicts: the row a merge writes when two organizers changed the same thing (or the
server could not take a change), the entry it leaves in the record's history, the list
the conflict view shows, and deciding one again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import CoalitionError, NotFoundError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import Base, new_id
from coalition.store.changes import writes
from coalition.store.models import MODEL_BY_TABLE, ChangeLog, SyncConflict
from coalition.store.outbox import BOOKKEEPING
from coalition.store.ownership import EXEMPT
from coalition.store.rowcodec import decode_row, encode
from coalition.sync.ops import Op, When


def conflict_row(
    op: Op,
    kind: str,
    *,
    record: str,
    field_name: str = "",
    mine: Any = None,
    theirs: Any = None,
    their: When | None = None,
    kept: str,
    detail: str = "",
    rows: list[Any] | None = None,
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "origin": op.origin,
        "delivered": False,
        "found_at": clock.now(),
        "kind": kind,
        "table_name": op.table,
        "row_id": op.row_id,
        "record": record[:200],
        "field": field_name,
        "mine": encode(mine),
        "theirs": encode(theirs),
        "my_at": op.at,
        "my_actor": op.actor,
        "my_device": op.device,
        "their_at": their.at if their else None,
        "their_actor": their.actor if their else "",
        "their_device": their.device if their else "",
        "kept": kept,
        "detail": detail,
        "rows": rows,
        "resolved_at": None,
        "resolution": "",
    }


ADDED = "added"  # in a conflict's other side: what was added to a record deleted here


def walled(exc: BaseException) -> bool:
    """Whether the server refused a change by its walls (the organizer's role may not
    write that record: see coalition.sync.walls), not for want of a privilege at all."""
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None) == "42501" and not str(orig).startswith(
        "permission denied"
    )


def reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    if walled(exc):
        diag = getattr(orig, "diag", None)
        said = getattr(diag, "message_primary", None) or str(orig).splitlines()[0]
        if "row-level security" in said:
            said = "the organization this organizer acts for may not write that record"
        hint = getattr(diag, "message_hint", None)
        return f"{said}. {hint}" if hint else said
    text_ = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if "foreign key" in text_.lower():
        return "it refers to a record that was deleted on the other side"
    if "unique" in text_.lower() or "duplicate key" in text_.lower():
        return "another organizer already recorded the same thing"
    return text_


def record_conflicts_in_history(session: Session, conflicts: list[dict[str, Any]]) -> None:
    """Each conflict goes into the record's history: the value that was not kept stays
    readable there."""
    for c in conflicts:
        kept_mine = c["kept"] == "mine"
        winner = (
            (c["my_actor"], c["my_device"]) if kept_mine else (c["their_actor"], c["their_device"])
        )
        loser_value = c["theirs"] if kept_mine else c["mine"]
        kept_value = c["mine"] if kept_mine else c["theirs"]
        session.add(
            ChangeLog(
                at=c["found_at"],
                transaction_id=c["id"],
                actor=winner[0],
                device=winner[1],
                table_name=c["table_name"],
                row_id=c["row_id"],
                action="conflict",
                summary=(c["record"] or "")[:200],
                before={c["field"] or "record": loser_value},
                after={c["field"] or "record": kept_value},
            )
        )


def conflicts(session: Session, *, include_resolved: bool = False) -> list[SyncConflict]:
    query = select(SyncConflict).order_by(SyncConflict.found_at.desc(), SyncConflict.id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    return list(session.execute(query).scalars())


def _set_resolved(session: Session, conflict_id: str, resolution: str) -> None:
    session.execute(
        update(SyncConflict.__table__)
        .where(SyncConflict.id == conflict_id)
        .values(resolved_at=clock.now(), resolution=resolution)
    )


def accept(session: Session, conflict_id: str) -> None:
    """Leave the conflict as the default decided it."""
    _set_resolved(session, conflict_id, "kept")
    session.commit()


def other_choice(session: Session, conflict: SyncConflict) -> str:
    """What choosing the other side does, in words for a button."""
    if conflict.kind == "field":
        return "Use the other value"
    if conflict.kind == "refused":
        # Refused by the server's walls, the change stays here until withdrawn.
        return "Withdraw my change" if conflict.kept == "mine" else "Try it again"
    exists = session.get(MODEL_BY_TABLE[conflict.table_name], conflict.row_id) is not None
    return "Delete it" if exists else "Bring it back"


def choose_other(session: Session, conflict_id: str) -> None:
    """Undo the default decision: the other value, the record brought back, or deleted.

    One local change, recorded like any edit (undo, history) and sent at the next sync.
    """
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Sync", "that conflict is no longer listed"))
    # Withdrawing a change the server refused puts the server's copy back: the laptop's
    # walls (which may disagree with the server's) have nothing to refuse in that.
    withdrawing = conflict.kind == "refused"
    if withdrawing:
        session.info[EXEMPT] = True
    try:
        _choose_other(session, conflict)
    except IntegrityError as exc:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Sync", "{value} cannot be brought back: {reason}").format(
                value=conflict.record or "the record", reason=reason(exc)
            )
        ) from exc
    finally:
        if withdrawing:
            session.info.pop(EXEMPT, None)


@writes(QT_TRANSLATE_NOOP("Changes", "Decide a sync conflict"))
def _choose_other(session: Session, conflict: SyncConflict) -> None:
    model = MODEL_BY_TABLE[conflict.table_name]
    obj = session.get(model, conflict.row_id)
    if conflict.kind == "field":
        if obj is None:
            raise CoalitionError(
                QT_TRANSLATE_NOOP("Sync", "{value} has since been deleted").format(
                    value=conflict.record or "the record"
                )
            )
        value = conflict.theirs if conflict.kept == "mine" else conflict.mine
        decoded = decode_row(conflict.table_name, {conflict.field: value}) or {}
        setattr(obj, conflict.field, decoded.get(conflict.field))
    elif conflict.kind == "edit_delete" and obj is not None:
        session.delete(obj)
    else:
        items = conflict.rows or []
        if conflict.kind == "edit_delete":
            items = [{**item, "action": "insert"} for item in items]
        for item in items:
            table, raw = item.get("table"), item.get("row")
            if table not in MODEL_BY_TABLE or not raw:
                continue
            row_model = MODEL_BY_TABLE[table]
            row = decode_row(table, raw) or {}
            pk = next(iter(Base.metadata.tables[table].primary_key.columns)).name
            existing = session.get(row_model, row.get(pk))
            if item.get("action") == "delete":
                if existing is not None:
                    session.delete(existing)
            elif existing is None:
                session.add(row_model(**{k: v for k, v in row.items() if k != "updated_at"}))
            else:
                for key, value in row.items():
                    if key not in BOOKKEEPING and getattr(existing, key) != value:
                        setattr(existing, key, value)
            session.flush()
    # Through the ORM, so that undoing this choice puts the conflict back on the list.
    conflict.resolved_at = clock.now()
    conflict.resolution = "other"
