"""What happens on a call: its agenda, who came, and what was said and decided on each item.

An agenda starts from the series' standing items and what the previous call left
unfinished (:func:`start_agenda`); the items carried are marked so on the call they
came from, so nothing open is lost between weeks.  Action items decided on a call are in
:mod:`coalition.calls.actions`; the agenda and the minutes as documents to send, in
:mod:`coalition.calls.documents`.

A series changed "from a date onward" is continued by a new series
(:func:`coalition.calls.series.update_series`); for carrying and reviewing, the old and the new
one are the same call, so everything here follows the whole chain (:func:`lineage`).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from coalition.calls import series as calls
from coalition.common import clock, validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.common.states import normalize_state
from coalition.directory.records import _enum, _Problems
from coalition.store.changes import writes
from coalition.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    CallOccurrence,
    CallSeries,
    CallStatus,
    ItemStatus,
    Membership,
    Person,
)

UTC = dt.UTC
MAX_TIME_BOX = 24 * 60


# --- the calls of a series, across changes from a date onward -----------------------------


def lineage(session: Session, series_id: str) -> set[str]:
    """The ids of a series and of every series it continues or is continued by."""
    found = {series_id}
    frontier = {series_id}
    while frontier:
        rows = session.execute(
            select(CallSeries.id, CallSeries.continued_from_id).where(
                or_(CallSeries.id.in_(frontier), CallSeries.continued_from_id.in_(frontier))
            )
        ).all()
        linked = {i for row in rows for i in row if i is not None}
        frontier = linked - found
        found |= linked
    return found


def previous_call(session: Session, occurrence: CallOccurrence) -> CallOccurrence | None:
    """The last stored call of the same series that was held before this one."""
    if occurrence.series_id is None:
        return None
    return session.scalar(
        select(CallOccurrence)
        .where(
            CallOccurrence.series_id.in_(lineage(session, occurrence.series_id)),
            CallOccurrence.start < occurrence.start,
            CallOccurrence.status != CallStatus.CANCELLED,
            CallOccurrence.id != occurrence.id,
        )
        .order_by(CallOccurrence.start.desc())
        .limit(1)
    )


@writes(QT_TRANSLATE_NOOP("Changes", "Prepare call"))
def prepare_call(session: Session, series_id: str, original_date: dt.date) -> CallOccurrence:
    """The stored occurrence for a call of a series (made, with its agenda started from
    the series' standing items and what the previous call left open, if new)."""
    series = calls.get_series(session, series_id)
    existing = session.scalar(
        select(CallOccurrence).where(
            CallOccurrence.series_id == series_id, CallOccurrence.original_date == original_date
        )
    )
    if existing is not None:
        # A week moved or cancelled before anyone prepared it has a row but no agenda yet.
        if not existing.agenda:
            start_agenda(session, existing)
        return existing
    row = calls.occurrence_row(session, series, original_date)
    session.flush()
    start_agenda(session, row)
    return row


def start_agenda(
    session: Session, occurrence: CallOccurrence, now: dt.datetime | None = None
) -> None:
    """Fill a new call's agenda: standing items first, then what the last call held
    (before ``now``) left open, each marked carried on the call it came from."""
    now = now or clock.now()
    series = session.get(CallSeries, occurrence.series_id) if occurrence.series_id else None
    position = len(occurrence.agenda)
    titles = {item.title for item in occurrence.agenda}
    if series is not None:
        for standing in series.standing_items:
            if standing.title in titles:
                continue
            occurrence.agenda.append(
                AgendaItem(
                    title=standing.title,
                    time_box_minutes=standing.time_box_minutes,
                    owner_id=standing.owner_id,
                    position=position,
                )
            )
            titles.add(standing.title)
            position += 1
    before = previous_call(session, occurrence)
    if before is None or before.start > now:
        return
    for item in before.agenda:
        if item.status not in (ItemStatus.OPEN, ItemStatus.CARRIED) or item.title in titles:
            continue
        occurrence.agenda.append(
            AgendaItem(
                title=item.title,
                owner_id=item.owner_id,
                time_box_minutes=item.time_box_minutes,
                notes=item.notes,
                position=position,
                carried_from_id=item.id,
            )
        )
        item.status = ItemStatus.CARRIED
        position += 1


# --- checks shared by the editors ---------------------------------------------------------


def checked_person_id(session: Session, person_id: str | None) -> str | None:
    """An owner or attendee picked from the directory; empty means nobody."""
    if not person_id:
        return None
    if session.get(Person, person_id) is None:
        raise ValueError(QT_TRANSLATE_NOOP("Calls", "that person is no longer in the directory"))
    return person_id


def _time_box(value: int | str | None) -> int | None:
    minutes = validation.positive_int(value, QT_TRANSLATE_NOOP("Fields", "time box"))
    if minutes is None:
        return None
    if not 1 <= minutes <= MAX_TIME_BOX:
        raise ValueError(QT_TRANSLATE_NOOP("Calls", "a time box is between 1 minute and 24 hours"))
    return minutes


def zone_of(occurrence: CallOccurrence) -> str:
    if occurrence.time_zone:
        return occurrence.time_zone
    return occurrence.series.time_zone if occurrence.series is not None else "UTC"


def title_of(occurrence: CallOccurrence) -> str:
    if occurrence.title:
        return occurrence.title
    return occurrence.series.title if occurrence.series is not None else ""


def local_day(occurrence: CallOccurrence) -> dt.date:
    """The call's date where it is held: the day memberships and due dates are read on."""
    return occurrence.start.astimezone(ZoneInfo(zone_of(occurrence))).date()


# --- the agenda ---------------------------------------------------------------------------


def agenda(session: Session, occurrence_id: str) -> list[AgendaItem]:
    """A call's agenda items in their order."""
    calls.get_occurrence(session, occurrence_id)
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.occurrence_id == occurrence_id)
            .options(joinedload(AgendaItem.owner))
            .order_by(AgendaItem.position, AgendaItem.created_at)
        )
    )


def get_agenda_item(session: Session, item_id: str) -> AgendaItem:
    row = session.get(AgendaItem, item_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Calls", "that agenda item no longer exists"))
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Add agenda item"))
def add_agenda_item(
    session: Session,
    occurrence_id: str,
    title: str,
    *,
    owner_id: str | None = None,
    time_box_minutes: int | str | None = None,
    notes: str = "",
) -> AgendaItem:
    """Append an item at the end of a call's agenda."""
    occurrence = calls.get_occurrence(session, occurrence_id)
    p = _Problems()
    row = AgendaItem(
        title=p.check(
            "title", lambda: validation.required(title, QT_TRANSLATE_NOOP("Fields", "title")), ""
        ),
        owner_id=p.check("owner_id", lambda: checked_person_id(session, owner_id), None),
        time_box_minutes=p.check("time_box_minutes", lambda: _time_box(time_box_minutes), None),
        notes=notes.strip(),
    )
    p.raise_if_any()
    row.position = max((item.position for item in occurrence.agenda), default=-1) + 1
    occurrence.agenda.append(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Edit agenda item"))
def update_agenda_item(
    session: Session,
    item_id: str,
    *,
    title: str,
    owner_id: str | None,
    time_box_minutes: int | str | None,
    notes: str,
    minutes: str,
    decision: str,
    status: ItemStatus | str,
) -> AgendaItem:
    """Store an item as its editor shows it: every field is given, so nothing is left
    half-changed by an editor that forgot one."""
    row = get_agenda_item(session, item_id)
    p = _Problems()
    clean_title = p.check(
        "title", lambda: validation.required(title, QT_TRANSLATE_NOOP("Fields", "title")), ""
    )
    clean_owner = p.check("owner_id", lambda: checked_person_id(session, owner_id), None)
    clean_box = p.check("time_box_minutes", lambda: _time_box(time_box_minutes), None)
    clean_status = p.check("status", lambda: _enum(ItemStatus, status, "status"), ItemStatus.OPEN)
    p.raise_if_any()
    row.title = clean_title
    row.owner_id = clean_owner
    row.time_box_minutes = clean_box
    row.notes = notes.strip()
    row.minutes = minutes.strip()
    row.decision = decision.strip()
    row.status = clean_status
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Delete agenda item"))
def delete_agenda_item(session: Session, item_id: str) -> None:
    """Remove an item; the action items decided under it stay with the call, and the
    items carried from it stay on their calls (they simply no longer point back)."""
    row = get_agenda_item(session, item_id)
    for action in session.scalars(select(ActionItem).where(ActionItem.agenda_item_id == item_id)):
        action.agenda_item_id = None
    for carried in session.scalars(select(AgendaItem).where(AgendaItem.carried_from_id == item_id)):
        carried.carried_from_id = None
    occurrence = row.occurrence
    occurrence.agenda.remove(row)
    # By position: the loaded list keeps the order it was read in, not later reorders.
    for position, item in enumerate(sorted(occurrence.agenda, key=lambda i: i.position)):
        item.position = position


@writes(QT_TRANSLATE_NOOP("Changes", "Reorder agenda"))
def reorder_agenda(session: Session, occurrence_id: str, ordered_ids: list[str]) -> None:
    """Put a call's items in the given order (positions 0..n-1), as a drag leaves them.

    Items of the call not listed keep their relative order after the listed ones, so a
    list that missed an item just added elsewhere loses nothing.
    """
    occurrence = calls.get_occurrence(session, occurrence_id)
    items = {item.id: item for item in occurrence.agenda}
    strangers = [i for i in ordered_ids if i not in items]
    if strangers:
        raise ValidationError(
            {
                "ordered_ids": QT_TRANSLATE_NOOP(
                    "Calls", "some of these items are not on this call's agenda"
                )
            }
        )
    if len(set(ordered_ids)) != len(ordered_ids):
        raise ValidationError(
            {"ordered_ids": QT_TRANSLATE_NOOP("Calls", "an item is listed twice")}
        )
    listed = set(ordered_ids)
    rest = sorted((i for i in occurrence.agenda if i.id not in listed), key=lambda i: i.position)
    for position, item in enumerate([items[i] for i in ordered_ids] + rest):
        item.position = position


def time_box_overrun(session: Session, occurrence_id: str) -> int:
    """By how many minutes the items' time boxes exceed the call's length (0 if they fit)."""
    occurrence = calls.get_occurrence(session, occurrence_id)
    planned = sum(item.time_box_minutes or 0 for item in occurrence.agenda)
    return max(0, planned - occurrence.duration_minutes)


# --- attendance ---------------------------------------------------------------------------


def represented_state(session: Session, person_id: str, on: dt.date) -> str:
    """The state a person speaks for on a day, through a membership in force then."""
    return (
        session.scalar(
            select(Membership.represents_state)
            .where(
                Membership.person_id == person_id,
                Membership.represents_state != "",
                or_(Membership.since.is_(None), Membership.since <= on),
                or_(Membership.until.is_(None), Membership.until >= on),
            )
            .order_by(Membership.represents_state)
            .limit(1)
        )
        or ""
    )


@writes(QT_TRANSLATE_NOOP("Changes", "Record attendance"))
def set_attendance(
    session: Session, occurrence_id: str, person_id: str, present: bool, state: str = ""
) -> Attendance:
    """Record whether someone came, and for which state they spoke.

    Without a state, the one the person represents on the call's date is kept, so the
    record still says which states were there after the person steps down.
    """
    occurrence = calls.get_occurrence(session, occurrence_id)
    p = _Problems()
    who = p.check("person_id", lambda: checked_person_id(session, person_id), None)
    if who is None and "person_id" not in p.problems:
        p.problems["person_id"] = QT_TRANSLATE_NOOP("Calls", "choose who came")
    code = p.check("state", lambda: normalize_state(state), "")
    p.raise_if_any()
    assert who is not None
    row = session.scalar(
        select(Attendance).where(
            Attendance.occurrence_id == occurrence_id, Attendance.person_id == who
        )
    )
    if row is None:
        row = Attendance(person_id=who)
        occurrence.attendance.append(row)
    row.present = present
    row.state = code or represented_state(session, who, local_day(occurrence))
    return row


def attendance(session: Session, occurrence_id: str) -> list[Attendance]:
    """Everyone recorded for a call (present or not), by name."""
    calls.get_occurrence(session, occurrence_id)
    return list(
        session.scalars(
            select(Attendance)
            .join(Person, Person.id == Attendance.person_id)
            .where(Attendance.occurrence_id == occurrence_id)
            .options(joinedload(Attendance.person))
            .order_by(Person.sort_name, Person.id)
        )
    )


def states_represented(session: Session, occurrence_id: str) -> list[str]:
    """The codes of the states whose people were on the call, sorted."""
    return sorted({a.state for a in attendance(session, occurrence_id) if a.present and a.state})


def suggested_attendees(session: Session, occurrence_id: str) -> list[Person]:
    """Whom to tick off in the roll call: the series' invitees on the call's date."""
    occurrence = calls.get_occurrence(session, occurrence_id)
    if occurrence.series_id is None:
        return []
    return calls.invitees(session, occurrence.series_id, on=local_day(occurrence))


__all__ = [
    "add_agenda_item",
    "agenda",
    "attendance",
    "checked_person_id",
    "delete_agenda_item",
    "get_agenda_item",
    "lineage",
    "local_day",
    "prepare_call",
    "previous_call",
    "reorder_agenda",
    "represented_state",
    "set_attendance",
    "start_agenda",
    "states_represented",
    "suggested_attendees",
    "time_box_overrun",
    "title_of",
    "update_agenda_item",
    "zone_of",
]
