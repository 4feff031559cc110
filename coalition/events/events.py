"""Events: a convention, a county fair, a campus table, a rally; when, where, who runs it.

An event keeps the wall-clock time it was given in its IANA zone ("Saturday 10:00 in
Fresno" stays 10:00 Pacific) and ``starts_at``, the same instant in UTC, kept in step on
every write.  A wall time the zone skips or repeats that night follows the calls' rule
(:mod:`coalition.calls.wall_clock`): a skipped time moves forward by the skip, a repeated
one is the first of the two; :func:`start_edge` says when that happened, for the screens.

``sequence`` is raised whenever a calendar that holds the event must hear of it: its
time, its zone, its place or its status changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coalition.calls import wall_clock
from coalition.calls.series import UID_DOMAIN
from coalition.common import validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.common.states import BY_CODE, normalize_state
from coalition.directory.records import _Problems
from coalition.store.changes import writes
from coalition.store.models import (
    Campaign,
    Consent,
    Event,
    EventHost,
    EventStatus,
    HostRole,
    Organization,
    PetitionBatch,
    RegistrationTally,
    Shift,
    ShiftAssignment,
    SignUp,
)

UTC = dt.UTC
DEFAULT_LENGTH = dt.timedelta(hours=2)
LONGEST = dt.timedelta(days=14)  # a convention runs a few days; more is a typing slip
LOCAL_FORMAT = "%Y-%m-%d %H:%M"
# The questions every new event asks on its sign-up form (the screens translate the labels
# of these keys; an event's own questions keep the words they were given).
DEFAULT_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("volunteer", "I would like to volunteer"),
    ("host", "I am interested in hosting an event"),
    ("pledge", "I pledge to register to vote"),
)


def default_questions() -> list[dict[str, Any]]:
    return [{"key": key, "label": label} for key, label in DEFAULT_QUESTIONS]


def read_local(value: dt.datetime | str, what: str) -> dt.datetime:
    """A wall-clock date and time as typed ("2026-03-14 10:00"), to the minute."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, second=0, microsecond=0)
    text = " ".join(value.replace("T", " ").split())
    if not text:
        raise ValueError(
            QT_TRANSLATE_NOOP("Validation", "the {what} cannot be empty").format(what=what)
        )
    try:
        parsed = dt.datetime.strptime(text, LOCAL_FORMAT)
    except ValueError:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Events",
                "'{value}' is not a date and time for the {what}; "
                "write it as YYYY-MM-DD HH:MM, like 2026-03-14 10:00",
            ).format(value=value.strip(), what=what)
        ) from None
    validation.date(parsed.date(), what)
    return parsed


def _questions(given: Sequence[dict[str, Any]] | None) -> list[dict[str, Any]]:
    if given is None:
        return default_questions()
    result: list[dict[str, Any]] = []
    keys: set[str] = set()
    for number, question in enumerate(given, start=1):
        key = str(question.get("key", "")).strip()
        label = str(question.get("label", "")).strip()
        if not key or not label:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Events", "question {number} needs both a key and the words to show"
                ).format(number=number)
            )
        if key in keys:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Events", "two questions have the key '{key}'; each needs its own"
                ).format(key=key)
            )
        keys.add(key)
        result.append({"key": key, "label": label})
    return result


def _unique(ids: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in ids:
        item = item.strip()
        if item and item not in seen:
            seen.append(item)
    return seen


@dataclass
class EventInput:
    """What an event's editor (or the command line) gives."""

    name: str
    start: dt.datetime | str
    end: dt.datetime | str | None = None  # default: two hours after the start
    time_zone: str = ""  # default: the state's own zone
    place: str = ""
    state: str = ""
    county: str = ""
    campaign_id: str | None = None
    hosts: list[str] = field(default_factory=list)  # organization ids
    partners: list[str] = field(default_factory=list)
    notes: str = ""
    questions: list[dict[str, Any]] | None = None  # None: the usual three

    def validated(self) -> EventInput:
        """Checked as a whole, so an editor can show every problem at once."""
        p = _Problems()
        name = p.check(
            "name",
            lambda: validation.required(self.name, QT_TRANSLATE_NOOP("Fields", "event's name")),
            "",
        )
        # One line: a tab or a line break pasted in would split the event's row in a
        # listing, a calendar's summary or a sheet.
        name = " ".join(name.split())
        if len(name) > 200:
            p.problems["name"] = QT_TRANSLATE_NOOP(
                "Events", "the event's name cannot be longer than 200 characters"
            )
        start = p.check(
            "start", lambda: read_local(self.start, QT_TRANSLATE_NOOP("Fields", "start")), None
        )
        end: dt.datetime | None = None
        if self.end is not None and (not isinstance(self.end, str) or self.end.strip()):
            end = p.check(
                "end", lambda: read_local(self.end or "", QT_TRANSLATE_NOOP("Fields", "end")), None
            )
        elif start is not None:
            end = start + DEFAULT_LENGTH
        if start is not None and end is not None and "end" not in p.problems:
            if end < start:
                p.problems["end"] = QT_TRANSLATE_NOOP(
                    "Events", "the end ({end}) comes before the start ({start})"
                ).format(end=f"{end:%Y-%m-%d %H:%M}", start=f"{start:%Y-%m-%d %H:%M}")
            elif end - start > LONGEST:
                p.problems["end"] = QT_TRANSLATE_NOOP(
                    "Events", "an event lasts at most 14 days; make each part its own"
                )
        state = p.check("state", lambda: normalize_state(self.state), "")
        zone = p.check("time_zone", lambda: validation.time_zone(self.time_zone), "")
        if not zone and "time_zone" not in p.problems:
            if state:
                zone = BY_CODE[state].time_zone
            else:
                p.problems["time_zone"] = QT_TRANSLATE_NOOP(
                    "Events",
                    "the time zone cannot be empty (like America/Los_Angeles); "
                    "or give the state, whose zone is used",
                )
        hosts = _unique(self.hosts)
        no_questions: list[dict[str, Any]] = []
        partners = [o for o in _unique(self.partners) if o not in hosts]
        result = EventInput(
            name=name,
            start=start or "",
            end=end,
            time_zone=zone,
            place=self.place.strip(),
            state=state,
            county=" ".join(self.county.split()),
            campaign_id=self.campaign_id or None,
            hosts=hosts,
            partners=partners,
            notes=self.notes.strip(),
            questions=p.check("questions", lambda: _questions(self.questions), no_questions),
        )
        if len(result.place) > 300:
            p.problems["place"] = QT_TRANSLATE_NOOP(
                "Events", "the place cannot be longer than 300 characters"
            )
        if len(result.county) > 80:
            p.problems["county"] = QT_TRANSLATE_NOOP(
                "Events", "the county cannot be longer than 80 characters"
            )
        p.raise_if_any()
        return result


def instant_of(local: dt.datetime, zone: str) -> dt.datetime:
    """The UTC instant of a wall-clock time in ``zone``, by the calls' rule."""
    return wall_clock.wall_time(local.date(), local.time(), zone).start


def start_edge(event: Event) -> wall_clock.WallTime | None:
    """The event's start when its zone skips or repeats that time that night, else None."""
    local = event.starts_local
    return wall_clock.one_call_edge(local.date(), local.time(), event.time_zone)


def ends_at(event: Event) -> dt.datetime:
    """The instant the event ends (UTC)."""
    return instant_of(event.ends_local, event.time_zone)


def _check_records(session: Session, data: EventInput) -> None:
    problems: dict[str, str] = {}
    if data.campaign_id is not None and session.get(Campaign, data.campaign_id) is None:
        problems["campaign_id"] = QT_TRANSLATE_NOOP("Events", "that campaign no longer exists")
    gone = {
        "hosts": (
            QT_TRANSLATE_NOOP("Events", "one of the hosts no longer exists"),
            QT_TRANSLATE_NOOP("Events", "{count} of the hosts no longer exist"),
        ),
        "partners": (
            QT_TRANSLATE_NOOP("Events", "one of the partners no longer exists"),
            QT_TRANSLATE_NOOP("Events", "{count} of the partners no longer exist"),
        ),
    }
    for what, ids in (("hosts", data.hosts), ("partners", data.partners)):
        missing = [o for o in ids if session.get(Organization, o) is None]
        if missing:
            one, many = gone[what]
            problems[what] = many.format(count=len(missing)) if len(missing) > 1 else one
    if problems:
        raise ValidationError(problems)


def _set_hosts(event: Event, hosts: list[str], partners: list[str]) -> None:
    wanted = {o: HostRole.HOST for o in hosts} | {o: HostRole.PARTNER for o in partners}
    for row in list(event.hosts):
        role = wanted.pop(row.organization_id, None)
        if role is None:
            event.hosts.remove(row)
        elif row.role != role:
            row.role = role
    for organization_id, role in wanted.items():
        event.hosts.append(EventHost(organization_id=organization_id, role=role))


def _apply(session: Session, event: Event, data: EventInput) -> bool:
    """Write ``data`` into ``event``; whether a calendar holding it must hear of it."""
    data = data.validated()
    _check_records(session, data)
    start = validation.checked(data.start)
    end = validation.checked(data.end)
    assert start is not None and end is not None
    news = (
        event.starts_local != start
        or event.ends_local != end
        or event.time_zone != data.time_zone
        or event.place != data.place
    )
    event.name = data.name
    event.starts_local = start
    event.ends_local = end
    event.time_zone = data.time_zone
    event.starts_at = instant_of(start, data.time_zone)
    event.place = data.place
    event.state = data.state
    event.county = data.county
    event.campaign_id = data.campaign_id
    event.notes = data.notes
    event.questions = list(data.questions or [])
    _set_hosts(event, data.hosts, data.partners)
    return news


@writes(QT_TRANSLATE_NOOP("Changes", "Add event"))
def create_event(session: Session, data: EventInput) -> Event:
    event = Event(name="", place="", notes="")
    event.uid = f"{event.id}@{UID_DOMAIN}"
    _apply(session, event, data)
    session.add(event)
    return event


def _shifts_outside(event: Event) -> list[Shift]:
    first, last = event.starts_local.date(), event.ends_local.date()
    return [s for s in event.shifts if s.starts_local.date() < first or s.ends_local.date() > last]


@writes(QT_TRANSLATE_NOOP("Changes", "Edit event"))
def update_event(session: Session, event_id: str, data: EventInput) -> Event:
    event = get_event(session, event_id)
    if _apply(session, event, data):
        event.sequence += 1
    outside = _shifts_outside(event)
    if outside:
        raise ValidationError(
            {
                "start": QT_TRANSLATE_NOOP(
                    "Events",
                    "1 shift would fall outside the event's days; move or delete it first",
                )
                if len(outside) == 1
                else QT_TRANSLATE_NOOP(
                    "Events",
                    "{count} shifts would fall outside the event's days; move or delete them first",
                ).format(count=len(outside))
            }
        )
    return event


@writes(QT_TRANSLATE_NOOP("Changes", "Cancel event"))
def cancel_event(session: Session, event_id: str) -> Event:
    event = get_event(session, event_id)
    if event.status != EventStatus.CANCELLED:
        event.status = EventStatus.CANCELLED
        event.sequence += 1
    return event


@writes(QT_TRANSLATE_NOOP("Changes", "Restore event"))
def restore_event(session: Session, event_id: str) -> Event:
    """A cancelled event on again."""
    event = get_event(session, event_id)
    if event.status != EventStatus.ACTIVE:
        event.status = EventStatus.ACTIVE
        event.sequence += 1
    return event


@writes(QT_TRANSLATE_NOOP("Changes", "Delete event"))
def delete_event(session: Session, event_id: str) -> None:
    """The event with its hosts and shifts; what was done there stays and no longer names
    it: the sign-ups and consents (the people signed up, and agreed), the petition batches
    and the registration tallies (the counts)."""
    event = get_event(session, event_id)
    for row in session.scalars(select(SignUp).where(SignUp.event_id == event_id)):
        row.event_id = None
    for consent in session.scalars(select(Consent).where(Consent.event_id == event_id)):
        consent.event_id = None
    for batch in session.scalars(select(PetitionBatch).where(PetitionBatch.event_id == event_id)):
        batch.event_id = None
    for tally in session.scalars(
        select(RegistrationTally).where(RegistrationTally.event_id == event_id)
    ):
        tally.event_id = None
    session.delete(event)


def get_event(session: Session, event_id: str) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Events", "that event no longer exists"))
    return event


def event_input(event: Event) -> EventInput:
    """What the editor starts from for an existing event."""
    return EventInput(
        name=event.name,
        start=event.starts_local,
        end=event.ends_local,
        time_zone=event.time_zone,
        place=event.place,
        state=event.state,
        county=event.county,
        campaign_id=event.campaign_id,
        hosts=[h.organization_id for h in event.hosts if h.role == HostRole.HOST],
        partners=[h.organization_id for h in event.hosts if h.role == HostRole.PARTNER],
        notes=event.notes,
        questions=[dict(q) for q in event.questions or []],
    )


def eager() -> Any:
    """Load options for an event with its hosts, shifts and campaign."""
    return (
        selectinload(Event.hosts).selectinload(EventHost.organization),
        selectinload(Event.shifts).selectinload(Shift.assignments),
        selectinload(Event.campaign),
    )


def events_between(session: Session, start_utc: dt.datetime, end_utc: dt.datetime) -> list[Event]:
    """The events under way at any time from ``start_utc`` to ``end_utc`` (not included),
    soonest first."""
    found = session.scalars(
        select(Event)
        .where(Event.starts_at < end_utc, Event.starts_at >= start_utc - LONGEST)
        .options(*eager())
        .order_by(Event.starts_at, Event.name)
    )
    return [e for e in found if ends_at(e) > start_utc or e.starts_at >= start_utc]


def upcoming(session: Session, now: dt.datetime, limit: int | None = 50) -> list[Event]:
    """The events not over yet at ``now`` (cancelled ones too, marked so), soonest first."""
    found = session.scalars(
        select(Event)
        .where(Event.starts_at >= now - LONGEST)
        .options(*eager())
        .order_by(Event.starts_at, Event.name)
    )
    result = [e for e in found if ends_at(e) > now or e.starts_at >= now]
    return result if limit is None else result[:limit]


def all_events(session: Session) -> list[Event]:
    return list(
        session.scalars(select(Event).options(*eager()).order_by(Event.starts_at, Event.name))
    )


def sign_up_count(session: Session, event_id: str) -> int:
    """How many sign-ups the event has had."""
    return int(
        session.scalar(select(func.count()).select_from(SignUp).where(SignUp.event_id == event_id))
        or 0
    )


@dataclass(frozen=True)
class EventRow:
    """An event as the lists show it."""

    id: str
    name: str
    starts_local: dt.datetime
    ends_local: dt.datetime
    time_zone: str
    starts_at: dt.datetime
    place: str
    state: str
    county: str
    cancelled: bool
    hosts: list[str]
    partners: list[str]
    campaign: str
    notes: str
    filled: int  # people on its shifts
    slots: int  # the shifts' slots


def row_of(event: Event) -> EventRow:
    hosts = sorted(
        (h for h in event.hosts if h.role == HostRole.HOST), key=lambda h: h.organization.name
    )
    partners = sorted(
        (h for h in event.hosts if h.role == HostRole.PARTNER), key=lambda h: h.organization.name
    )
    return EventRow(
        id=event.id,
        name=event.name,
        starts_local=event.starts_local,
        ends_local=event.ends_local,
        time_zone=event.time_zone,
        starts_at=event.starts_at,
        place=event.place,
        state=event.state,
        county=event.county,
        cancelled=event.status == EventStatus.CANCELLED,
        hosts=[h.organization.short_name or h.organization.name for h in hosts],
        partners=[h.organization.short_name or h.organization.name for h in partners],
        campaign=event.campaign.name if event.campaign is not None else "",
        notes=event.notes,
        filled=sum(len(s.assignments) for s in event.shifts),
        slots=sum(s.slots for s in event.shifts),
    )


def assignment_counts(session: Session, event_id: str) -> dict[str, int]:
    """People on each of the event's shifts (by shift id)."""
    rows = session.execute(
        select(ShiftAssignment.shift_id, func.count())
        .join(Shift, Shift.id == ShiftAssignment.shift_id)
        .where(Shift.event_id == event_id)
        .group_by(ShiftAssignment.shift_id)
    )
    return {shift_id: int(count) for shift_id, count in rows}


__all__ = [
    "DEFAULT_QUESTIONS",
    "EventInput",
    "EventRow",
    "all_events",
    "cancel_event",
    "create_event",
    "default_questions",
    "delete_event",
    "ends_at",
    "event_input",
    "events_between",
    "get_event",
    "read_local",
    "restore_event",
    "row_of",
    "sign_up_count",
    "start_edge",
    "upcoming",
    "update_event",
]
