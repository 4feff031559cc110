"""Action items: who owes what, by when.

An action item lives on the call that decided it (under one of its agenda items, or not)
and stays open until someone closes it: every later call of the series reviews it
(:func:`open_action_items_for`), and :func:`action_items` lists them all, each flagged when
overdue.  A series changed "from a date onward" counts as one with its continuation
(:func:`coalition.calls.meetings.lineage`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload

from coalition.calls import series as calls
from coalition.calls.meetings import (
    checked_person_id,
    get_agenda_item,
    lineage,
    local_day,
    title_of,
)
from coalition.common import clock, validation
from coalition.common.errors import NotFoundError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory.records import _enum, _Problems
from coalition.store.changes import writes
from coalition.store.models import ActionItem, ActionStatus, CallOccurrence


@dataclass(frozen=True)
class ActionRow:
    """One line of the list of action items across calls."""

    id: str
    title: str
    owner_name: str
    due_on: dt.date | None
    status: ActionStatus
    overdue: bool  # open and due before today
    call_title: str
    call_date: dt.date | None  # the call's date where it was held
    owner_id: str | None = None
    occurrence_id: str | None = None
    notes: str = ""


def _row(action: ActionItem, today: dt.date) -> ActionRow:
    occurrence = action.occurrence
    return ActionRow(
        id=action.id,
        title=action.title,
        owner_name=action.owner.name if action.owner is not None else "",
        due_on=action.due_on,
        status=action.status,
        overdue=action.status == ActionStatus.OPEN
        and action.due_on is not None
        and action.due_on < today,
        call_title=title_of(occurrence) if occurrence is not None else "",
        call_date=local_day(occurrence) if occurrence is not None else None,
        owner_id=action.owner_id,
        occurrence_id=action.occurrence_id,
        notes=action.notes,
    )


_STATUS_ORDER = {ActionStatus.OPEN: 0, ActionStatus.DONE: 1, ActionStatus.DROPPED: 2}


def _sort_key(row: ActionRow) -> tuple[object, ...]:
    """Open first, then by due date (undated last), then by the call they came from."""
    return (
        _STATUS_ORDER[row.status],
        row.due_on is None,
        row.due_on or dt.date.min,
        row.call_date or dt.date.min,
        row.title.casefold(),
    )


def _due(value: dt.date | str | None) -> dt.date | None:
    return validation.date(value, QT_TRANSLATE_NOOP("Fields", "due date"))


def get_action_item(session: Session, action_id: str) -> ActionItem:
    row = session.get(ActionItem, action_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Calls", "that action item no longer exists"))
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Add action item"))
def add_action_item(
    session: Session,
    title: str,
    *,
    occurrence_id: str | None = None,
    agenda_item_id: str | None = None,
    owner_id: str | None = None,
    due_on: dt.date | str | None = None,
    notes: str = "",
) -> ActionItem:
    """Record who owes what by when; decided on a call (under one of its items) or not."""
    p = _Problems()
    occurrence = calls.get_occurrence(session, occurrence_id) if occurrence_id else None
    if agenda_item_id:
        item = get_agenda_item(session, agenda_item_id)
        if occurrence is not None and occurrence.id != item.occurrence_id:
            p.problems["agenda_item_id"] = QT_TRANSLATE_NOOP(
                "Calls", "that agenda item belongs to another call"
            )
        occurrence = item.occurrence
    row = ActionItem(
        title=p.check(
            "title",
            lambda: validation.required(title, QT_TRANSLATE_NOOP("Fields", "action item")),
            "",
        ),
        agenda_item_id=agenda_item_id or None,
        owner_id=p.check("owner_id", lambda: checked_person_id(session, owner_id), None),
        due_on=p.check("due_on", lambda: _due(due_on), None),
        notes=notes.strip(),
    )
    p.raise_if_any()
    if occurrence is not None:
        occurrence.action_items.append(row)  # through the call, so its list stays right
    else:
        session.add(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Edit action item"))
def update_action_item(
    session: Session,
    action_id: str,
    *,
    title: str,
    owner_id: str | None,
    due_on: dt.date | str | None,
    status: ActionStatus | str,
    notes: str,
    done_on: dt.date | str | None = None,
) -> ActionItem:
    """Store an action item as its editor shows it.

    Done keeps the day it was done: ``done_on`` if given, else the day already recorded,
    else today; any other status clears it, so reopening an item does not leave a stale
    day behind.
    """
    row = get_action_item(session, action_id)
    p = _Problems()
    clean_title = p.check(
        "title", lambda: validation.required(title, QT_TRANSLATE_NOOP("Fields", "action item")), ""
    )
    clean_owner = p.check("owner_id", lambda: checked_person_id(session, owner_id), None)
    clean_due = p.check("due_on", lambda: _due(due_on), None)
    clean_status = p.check(
        "status", lambda: _enum(ActionStatus, status, "status"), ActionStatus.OPEN
    )
    clean_done = p.check(
        "done_on",
        lambda: validation.date(done_on, QT_TRANSLATE_NOOP("Fields", "day it was done")),
        None,
    )
    if clean_done is not None and clean_done > clock.today():
        p.problems["done_on"] = QT_TRANSLATE_NOOP(
            "Calls", "an item cannot be done on a day still to come"
        )
    p.raise_if_any()
    row.title = clean_title
    row.owner_id = clean_owner
    row.due_on = clean_due
    row.status = clean_status
    row.notes = notes.strip()
    if clean_status == ActionStatus.DONE:
        row.done_on = clean_done or row.done_on or clock.today()
    else:
        row.done_on = None
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Delete action item"))
def delete_action_item(session: Session, action_id: str) -> None:
    row = get_action_item(session, action_id)
    if row.occurrence is not None:
        row.occurrence.action_items.remove(row)  # the call's list stays right; deleted as orphan
    else:
        session.delete(row)


def _rows(session: Session, query: Select[ActionItem]) -> list[ActionRow]:
    today = clock.today()
    return sorted((_row(a, today) for a in session.scalars(query).unique()), key=_sort_key)


def _action_query() -> Select[ActionItem]:
    return select(ActionItem).options(
        joinedload(ActionItem.owner),
        joinedload(ActionItem.occurrence).joinedload(CallOccurrence.series),
    )


def action_items(
    session: Session,
    *,
    status: ActionStatus | None = None,
    owner_id: str | None = None,
    series_id: str | None = None,
) -> list[ActionRow]:
    """Every action item across calls (or those of one status, owner or series), open
    ones first by due date, each flagged when overdue."""
    query = _action_query()
    if status is not None:
        query = query.where(ActionItem.status == status)
    if owner_id is not None:
        query = query.where(ActionItem.owner_id == owner_id)
    if series_id is not None:
        query = query.join(CallOccurrence, CallOccurrence.id == ActionItem.occurrence_id).where(
            CallOccurrence.series_id.in_(lineage(session, series_id))
        )
    return _rows(session, query)


def action_items_of(session: Session, occurrence_id: str) -> list[ActionRow]:
    """The action items decided on one call, open first."""
    calls.get_occurrence(session, occurrence_id)
    return _rows(session, _action_query().where(ActionItem.occurrence_id == occurrence_id))


def open_action_items_for(session: Session, occurrence_id: str) -> list[ActionRow]:
    """The open action items decided on earlier calls of the same series: what this call
    must review (the ones it carries)."""
    occurrence = calls.get_occurrence(session, occurrence_id)
    if occurrence.series_id is None:
        return []
    query = (
        _action_query()
        .join(CallOccurrence, CallOccurrence.id == ActionItem.occurrence_id)
        .where(
            ActionItem.status == ActionStatus.OPEN,
            CallOccurrence.series_id.in_(lineage(session, occurrence.series_id)),
            CallOccurrence.start < occurrence.start,
        )
    )
    return _rows(session, query)


__all__ = [
    "ActionRow",
    "action_items",
    "action_items_of",
    "add_action_item",
    "delete_action_item",
    "get_action_item",
    "open_action_items_for",
    "update_action_item",
]
