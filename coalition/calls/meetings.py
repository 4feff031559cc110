"""What happens on a call: its agenda, who came, the minutes, decisions and action items.

An agenda starts from the series' standing items and what the previous call left
unfinished (:func:`start_agenda`); the items carried are marked so on the call they
came from, so nothing open is lost between weeks.  Action items live on the call that
decided them and stay open until someone closes them: every later call of the series
reviews them (:func:`open_action_items_for`), and :func:`action_items` lists them all.

A series changed "from a date onward" is continued by a new series
(:func:`coalition.calls.series.update_series`); for carrying and reviewing, the old and the new
one are the same call, so everything here follows the whole chain (:func:`_lineage`).

The agenda and the minutes also come out as Markdown for an e-mail, and as plain text
(:func:`markdown_to_text`).  What people typed is escaped in the Markdown, so that a
``*`` in a note is not read as emphasis and the plain text gives it back exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, joinedload

from coalition.calls import series as calls
from coalition.common import validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.states import normalize_state
from coalition.directory.records import _enum, _Problems
from coalition.store.changes import writes
from coalition.store.models import (
    ActionItem,
    ActionStatus,
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


def _lineage(session: Session, series_id: str) -> set[str]:
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
            CallOccurrence.series_id.in_(_lineage(session, occurrence.series_id)),
            CallOccurrence.start < occurrence.start,
            CallOccurrence.status != CallStatus.CANCELLED,
            CallOccurrence.id != occurrence.id,
        )
        .order_by(CallOccurrence.start.desc())
        .limit(1)
    )


@writes("Prepare call")
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
    now = now or dt.datetime.now(UTC)
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


def _person_id(session: Session, person_id: str | None) -> str | None:
    """An owner or attendee picked from the directory; empty means nobody."""
    if not person_id:
        return None
    if session.get(Person, person_id) is None:
        raise ValueError("that person is no longer in the directory")
    return person_id


def _time_box(value: int | str | None) -> int | None:
    minutes = validation.positive_int(value, "time box")
    if minutes is None:
        return None
    if not 1 <= minutes <= MAX_TIME_BOX:
        raise ValueError("a time box is between 1 minute and 24 hours")
    return minutes


def _zone_of(occurrence: CallOccurrence) -> str:
    if occurrence.time_zone:
        return occurrence.time_zone
    return occurrence.series.time_zone if occurrence.series is not None else "UTC"


def _title_of(occurrence: CallOccurrence) -> str:
    if occurrence.title:
        return occurrence.title
    return occurrence.series.title if occurrence.series is not None else ""


def _local_day(occurrence: CallOccurrence) -> dt.date:
    """The call's date where it is held: the day memberships and due dates are read on."""
    return occurrence.start.astimezone(ZoneInfo(_zone_of(occurrence))).date()


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
        raise NotFoundError("that agenda item no longer exists")
    return row


@writes("Add agenda item")
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
        title=p.check("title", lambda: validation.required(title, "title"), ""),
        owner_id=p.check("owner_id", lambda: _person_id(session, owner_id), None),
        time_box_minutes=p.check("time_box_minutes", lambda: _time_box(time_box_minutes), None),
        notes=notes.strip(),
    )
    p.raise_if_any()
    row.position = max((item.position for item in occurrence.agenda), default=-1) + 1
    occurrence.agenda.append(row)
    return row


@writes("Edit agenda item")
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
    clean_title = p.check("title", lambda: validation.required(title, "title"), "")
    clean_owner = p.check("owner_id", lambda: _person_id(session, owner_id), None)
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


@writes("Delete agenda item")
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


@writes("Reorder agenda")
def reorder_agenda(session: Session, occurrence_id: str, ordered_ids: list[str]) -> None:
    """Put a call's items in the given order (positions 0..n-1), as a drag leaves them.

    Items of the call not listed keep their relative order after the listed ones, so a
    list that missed an item just added elsewhere loses nothing.
    """
    occurrence = calls.get_occurrence(session, occurrence_id)
    items = {item.id: item for item in occurrence.agenda}
    strangers = [i for i in ordered_ids if i not in items]
    if strangers:
        raise ValidationError({"ordered_ids": "some of these items are not on this call's agenda"})
    if len(set(ordered_ids)) != len(ordered_ids):
        raise ValidationError({"ordered_ids": "an item is listed twice"})
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
    return session.scalar(
        select(Membership.represents_state)
        .where(
            Membership.person_id == person_id,
            Membership.represents_state != "",
            or_(Membership.since.is_(None), Membership.since <= on),
            or_(Membership.until.is_(None), Membership.until >= on),
        )
        .order_by(Membership.represents_state)
        .limit(1)
    ) or ""


@writes("Record attendance")
def set_attendance(
    session: Session, occurrence_id: str, person_id: str, present: bool, state: str = ""
) -> Attendance:
    """Record whether someone came, and for which state they spoke.

    Without a state, the one the person represents on the call's date is kept, so the
    record still says which states were there after the person steps down.
    """
    occurrence = calls.get_occurrence(session, occurrence_id)
    p = _Problems()
    who = p.check("person_id", lambda: _person_id(session, person_id), None)
    if who is None and "person_id" not in p.problems:
        p.problems["person_id"] = "choose who came"
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
    row.state = code or represented_state(session, who, _local_day(occurrence))
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
    return calls.invitees(session, occurrence.series_id, on=_local_day(occurrence))


# --- action items -------------------------------------------------------------------------


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
        call_title=_title_of(occurrence) if occurrence is not None else "",
        call_date=_local_day(occurrence) if occurrence is not None else None,
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
    return validation.date(value, "due date")


def get_action_item(session: Session, action_id: str) -> ActionItem:
    row = session.get(ActionItem, action_id)
    if row is None:
        raise NotFoundError("that action item no longer exists")
    return row


@writes("Add action item")
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
            p.problems["agenda_item_id"] = "that agenda item belongs to another call"
        occurrence = item.occurrence
    row = ActionItem(
        title=p.check("title", lambda: validation.required(title, "action item"), ""),
        agenda_item_id=agenda_item_id or None,
        owner_id=p.check("owner_id", lambda: _person_id(session, owner_id), None),
        due_on=p.check("due_on", lambda: _due(due_on), None),
        notes=notes.strip(),
    )
    p.raise_if_any()
    if occurrence is not None:
        occurrence.action_items.append(row)  # through the call, so its list stays right
    else:
        session.add(row)
    return row


@writes("Edit action item")
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
    clean_title = p.check("title", lambda: validation.required(title, "action item"), "")
    clean_owner = p.check("owner_id", lambda: _person_id(session, owner_id), None)
    clean_due = p.check("due_on", lambda: _due(due_on), None)
    clean_status = p.check(
        "status", lambda: _enum(ActionStatus, status, "status"), ActionStatus.OPEN
    )
    clean_done = p.check("done_on", lambda: validation.date(done_on, "day it was done"), None)
    if clean_done is not None and clean_done > dt.date.today():
        p.problems["done_on"] = "an item cannot be done on a day still to come"
    p.raise_if_any()
    row.title = clean_title
    row.owner_id = clean_owner
    row.due_on = clean_due
    row.status = clean_status
    row.notes = notes.strip()
    if clean_status == ActionStatus.DONE:
        row.done_on = clean_done or row.done_on or dt.date.today()
    else:
        row.done_on = None
    return row


@writes("Delete action item")
def delete_action_item(session: Session, action_id: str) -> None:
    row = get_action_item(session, action_id)
    if row.occurrence is not None:
        row.occurrence.action_items.remove(row)  # the call's list stays right; deleted as orphan
    else:
        session.delete(row)


def _rows(session: Session, query: Select[tuple[ActionItem]]) -> list[ActionRow]:
    today = dt.date.today()
    return sorted((_row(a, today) for a in session.scalars(query).unique()), key=_sort_key)


def _action_query() -> Select[tuple[ActionItem]]:
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
            CallOccurrence.series_id.in_(_lineage(session, series_id))
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
            CallOccurrence.series_id.in_(_lineage(session, occurrence.series_id)),
            CallOccurrence.start < occurrence.start,
        )
    )
    return _rows(session, query)


# --- Markdown and plain text --------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_LINE_START = re.compile(r"^([ \t]*)([#+=-])|^([ \t]*\d+)([.)])(?=\s|$)")


def _md(text: str) -> str:
    """Typed text made literal inside a line of Markdown: its marks escaped, so that it
    reads as typed."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_line(text: str) -> str:
    """Typed text that starts a line: also the mark that would make it a heading or a
    list item is escaped."""

    def mark(match: re.Match[str]) -> str:
        before, sign = (match.group(1), match.group(2)) if match.group(2) else match.group(3, 4)
        return f"{before}\\{sign}"

    return _LINE_START.sub(mark, _md(text))


def _indented(text: str, indent: str) -> str:
    """Text of several lines kept inside a list item (continuation lines indented)."""
    first, *rest = text.strip().splitlines()
    return "".join([_md(first), *(f"\n{indent}{_md_line(line)}" for line in rest)])


# Spelled out here, not by strftime: Qt sets the C locale from the environment, and the
# text around these dates is English.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _day(value: dt.date) -> str:
    """'Tuesday, November 24, 2026'."""
    weekday, month = calls.WEEKDAY_NAMES[value.weekday()], _MONTHS[value.month - 1]
    return f"{weekday}, {month} {value.day}, {value.year}"


def _short_day(value: dt.date) -> str:
    """'Nov 24, 2026'."""
    return f"{_MONTHS[value.month - 1][:3]} {value.day}, {value.year}"


def _when(start: dt.datetime, minutes: int, zone: str) -> str:
    """'Tuesday, November 24, 2026, 17:30–18:30 PST'."""
    local = start.astimezone(ZoneInfo(zone))
    end = local + dt.timedelta(minutes=minutes)
    return f"{_day(local.date())}, {local:%H:%M}–{end:%H:%M} {local.tzname()}"


def _header(occurrence: CallOccurrence, what: str, zone: str | None) -> list[str]:
    """Title and when (in the call's zone, and in ``zone`` if it differs); whether the
    call was moved or cancelled."""
    other = ""
    if zone:
        try:
            other = validation.time_zone(zone)
        except ValueError as exc:
            raise ValidationError({"zone": str(exc)}) from None
    call_zone = _zone_of(occurrence)
    length = occurrence.duration_minutes
    lines = [
        f"# {_md(_title_of(occurrence))}: {what}",
        "",
        f"- When: {_when(occurrence.start, length, call_zone)} ({call_zone})",
    ]
    if other and other != call_zone:
        lines.append(f"- In {other}: {_when(occurrence.start, length, other)}")
    series = occurrence.series
    if series is not None and occurrence.original_date is not None:
        planned = calls.slot_start(series, occurrence.original_date)
        if planned != occurrence.start:
            local = planned.astimezone(ZoneInfo(call_zone))
            lines.append(f"- Moved from {_day(local.date())}, {local:%H:%M}")
    if _cancelled(occurrence):
        lines.append("- **This call is cancelled.**")
    return lines


def _cancelled(occurrence: CallOccurrence) -> bool:
    series = occurrence.series
    return occurrence.status == CallStatus.CANCELLED or (
        series is not None and series.status == CallStatus.CANCELLED
    )


def _join_lines(occurrence: CallOccurrence) -> list[str]:
    series = occurrence.series
    if series is None:
        if occurrence.location.startswith(("http://", "https://")):
            return [f"- Join: {occurrence.location}"]
        return [f"- Where: {_md(occurrence.location)}"] if occurrence.location else []
    lines = [f"- Join: {series.join_url}"] if series.join_url else []
    if series.dial_in:
        code = f", access code {_md(series.access_code)}" if series.access_code else ""
        lines.append(f"- Dial-in: {_md(series.dial_in)}{code}")
    return lines


def _item_heading(number: int, item: AgendaItem) -> str:
    facts = []
    if item.owner is not None:
        facts.append(_md(item.owner.name))
    if item.time_box_minutes:
        facts.append(f"{item.time_box_minutes} min")
    if item.carried_from_id:
        facts.append("carried over")
    extra = f" ({', '.join(facts)})" if facts else ""
    return f"{number}. **{_md(item.title)}**{extra}"


def _action_line(row: ActionRow) -> str:
    facts = [_md(row.owner_name) if row.owner_name else "no owner yet"]
    if row.due_on is not None:
        facts.append(f"due {_short_day(row.due_on)}")
    if row.overdue:
        facts.append("**overdue**")
    if row.status == ActionStatus.DONE:
        facts.append("done")
    elif row.status == ActionStatus.DROPPED:
        facts.append("dropped")
    return f"- {_md(row.title)} ({', '.join(facts)})"


def _time_line(session: Session, occurrence: CallOccurrence) -> str:
    planned = sum(item.time_box_minutes or 0 for item in occurrence.agenda)
    over = time_box_overrun(session, occurrence.id)
    if over:
        return (f"Time boxes: {planned} minutes, **{over} more than the "
                f"{occurrence.duration_minutes}-minute call**.")
    return f"Time boxes: {planned} of {occurrence.duration_minutes} minutes."


def agenda_markdown(session: Session, occurrence_id: str, zone: str | None = None) -> str:
    """The agenda to send before a call: when (in the call's zone and ``zone``), how to
    join, the numbered items with owner, time box and notes, and the open action items
    from earlier calls that this one reviews."""
    occurrence = calls.get_occurrence(session, occurrence_id)
    lines = _header(occurrence, "agenda", zone) + _join_lines(occurrence)
    items = agenda(session, occurrence_id)
    lines += ["", "## Agenda", ""]
    if not items:
        lines.append("No items yet.")
    for number, item in enumerate(items, 1):
        lines.append(_item_heading(number, item))
        if item.notes:
            lines.append(f"   - Notes: {_indented(item.notes, '     ')}")
    if items:
        lines += ["", _time_line(session, occurrence)]
    carried = open_action_items_for(session, occurrence_id)
    if carried:
        lines += ["", "## Open action items to review", ""]
        lines += [_action_line(row) for row in carried]
    return "\n".join(lines) + "\n"


def minutes_markdown(session: Session, occurrence_id: str, zone: str | None = None) -> str:
    """The minutes to send after a call: who came and which states they spoke for, each
    item with its notes, minutes and decision, the action items decided, and those from
    earlier calls still open."""
    occurrence = calls.get_occurrence(session, occurrence_id)
    lines = _header(occurrence, "minutes", zone)
    if _cancelled(occurrence):
        return "\n".join(lines) + "\n"
    records = attendance(session, occurrence_id)
    present = [a for a in records if a.present]
    absent = [a for a in records if not a.present]
    lines += ["", "## Attendance", ""]
    if present:
        names = ", ".join(
            _md(a.person.name) + (f" ({a.state})" if a.state else "") for a in present
        )
        lines.append(f"- Present: {names}")
        states = states_represented(session, occurrence_id)
        lines.append(f"- States represented: {', '.join(states) if states else 'none'}")
    else:
        lines.append("- Nobody recorded as present.")
    if absent:
        lines.append(f"- Absent: {', '.join(_md(a.person.name) for a in absent)}")
    lines += ["", "## Items", ""]
    items = agenda(session, occurrence_id)
    if not items:
        lines.append("No items.")
    for number, item in enumerate(items, 1):
        lines.append(_item_heading(number, item))
        said = (("Notes", item.notes), ("Minutes", item.minutes), ("Decision", item.decision))
        for label, text in said:
            if text:
                lines.append(f"   - {label}: {_indented(text, '     ')}")
        if item.status != ItemStatus.DONE:
            lines.append(f"   - Status: {item.status.label}")
    decided = action_items_of(session, occurrence_id)
    lines += ["", "## Action items", ""]
    lines += [_action_line(row) for row in decided] or ["None."]
    carried = open_action_items_for(session, occurrence_id)
    if carried:
        lines += ["", "## Still open from earlier calls", ""]
        lines += [_action_line(row) for row in carried]
    return "\n".join(lines) + "\n"


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_PLACEHOLDER = "\ue000{}\ue001"
_RESTORE = re.compile("\ue000(\\d+)\ue001")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
def _link(match: re.Match[str]) -> str:
    text, address = match.groups()
    return address if text in ("", address) else f"{text} ({address})"


_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"!?\[([^\]]*)\]\(([^)\s]+)\)"), _link),
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
)


def markdown_to_text(md: str) -> str:
    """Plain text for an e-mail from Markdown, by a few fixed rules.

    Headings lose their ``#`` (the first two levels are underlined with ``=`` and
    ``-``), emphasis and code marks go, a link becomes "text (address)", a quote loses
    its ``>``, and an escaped character becomes itself; list marks and indentation stay,
    since they read well as they are.
    """
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group(1))
        return _PLACEHOLDER.format(len(kept) - 1)

    out: list[str] = []
    for raw in _ESCAPED.sub(hold, md).splitlines():
        line = re.sub(r"^\s{0,3}>\s?", "", raw).rstrip()
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(2)
        for pattern, replacement in _RULES:
            line = pattern.sub(replacement, line)
        line = _RESTORE.sub(lambda m: kept[int(m.group(1))], line)
        out.append(line)
        if heading and len(heading.group(1)) <= 2:
            out.append(("=" if len(heading.group(1)) == 1 else "-") * len(line))
    return "\n".join(out) + ("\n" if md.endswith("\n") else "")


__all__ = [
    "ActionRow", "action_items", "action_items_of", "add_action_item", "add_agenda_item",
    "agenda", "agenda_markdown", "attendance", "delete_action_item", "delete_agenda_item",
    "get_action_item", "get_agenda_item", "markdown_to_text", "minutes_markdown",
    "open_action_items_for", "prepare_call", "previous_call", "reorder_agenda", "set_attendance",
    "start_agenda", "states_represented", "suggested_attendees", "time_box_overrun",
    "update_action_item", "update_agenda_item",
]
