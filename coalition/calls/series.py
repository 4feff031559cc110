"""The weekly coalition call: series, their occurrences, moves and cancellations.

A series keeps its recurrence as an RFC 5545 rule and its time as wall-clock time in an
IANA zone; the dates come from dateutil's rule engine and each becomes an instant in
UTC through :mod:`zoneinfo`, so a Tuesday 17:30 Pacific call stays 17:30 Pacific across
daylight saving.  An occurrence is stored only once it has something of its own (an
agenda, minutes, a move, a cancellation); :func:`calls_between` merges the stored ones
with those the rule gives.

Agendas, attendance and minutes are in :mod:`coalition.calls.meetings`, action items in
:mod:`coalition.calls.actions`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo

from dateutil.rrule import FR, MO, MONTHLY, SA, SU, TH, TU, WE, WEEKLY, rrule, rrulestr
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from coalition.common import clock, validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate
from coalition.directory.records import _Problems, get_organization, get_person
from coalition.store.changes import writes
from coalition.store.models import (
    CallOccurrence,
    CallParticipant,
    CallSeries,
    CallStatus,
    Membership,
    Person,
    StandingItem,
)

UTC = dt.UTC
WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UID_DOMAIN = "coalition.example.org"


class Frequency(enum.StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"  # on the nth weekday of the month


@dataclass
class Recurrence:
    """How a series repeats, as people say it: every N weeks on these weekdays, or
    monthly on the nth weekday; optionally until a date."""

    frequency: Frequency = Frequency.WEEKLY
    interval: int = 1
    weekdays: tuple[int, ...] = (1,)  # 0 = Monday
    nth: int = 1  # monthly: 1..4, or -1 for the last
    until: dt.date | None = None

    def rule(self, start: dt.datetime) -> rrule:
        until = dt.datetime.combine(self.until, dt.time(23, 59, 59)) if self.until else None
        if self.frequency == Frequency.MONTHLY:
            day = WEEKDAYS[self.weekdays[0]](self.nth)
            return rrule(
                MONTHLY, interval=self.interval, byweekday=(day,), dtstart=start, until=until
            )
        days = tuple(WEEKDAYS[d] for d in sorted(set(self.weekdays)))
        return rrule(WEEKLY, interval=self.interval, byweekday=days, dtstart=start, until=until)

    def to_rrule(self, start: dt.datetime) -> str:
        """The RRULE value (no DTSTART): ``FREQ=WEEKLY;BYDAY=TU``."""
        text = str(self.rule(start))
        return next(line for line in text.splitlines() if line.startswith("RRULE:"))[6:]

    @classmethod
    def from_rrule(cls, value: str) -> Recurrence:
        parts = dict(p.split("=", 1) for p in value.split(";") if "=" in p)
        until = None
        if "UNTIL" in parts:
            until = dt.datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
        interval = int(parts.get("INTERVAL", "1"))
        days = [d for d in parts.get("BYDAY", "TU").split(",") if d]
        if parts.get("FREQ") == "MONTHLY":
            code = days[0]
            nth = int(code[:-2] or "1")
            return cls(Frequency.MONTHLY, interval, (WEEKDAY_CODES.index(code[-2:]),), nth, until)
        return cls(
            Frequency.WEEKLY, interval, tuple(WEEKDAY_CODES.index(d[-2:]) for d in days), 1, until
        )

    def describe(self) -> str:
        """'Every Tuesday', 'Every 2 weeks on Monday and Thursday', 'Monthly on the last
        Friday', in the reader's language."""
        if self.frequency == Frequency.MONTHLY:
            which = {
                1: translate("Recurrence", "first"),
                2: translate("Recurrence", "second"),
                3: translate("Recurrence", "third"),
                4: translate("Recurrence", "fourth"),
                -1: translate("Recurrence", "last"),
            }.get(self.nth, str(self.nth))
            weekday = _weekday(self.weekdays[0])
            if self.interval == 1:
                text = translate("Recurrence", "Monthly on the {which} {weekday}").format(
                    which=which, weekday=weekday
                )
            else:
                text = translate("Recurrence", "Every {n} months on the {which} {weekday}").format(
                    n=self.interval, which=which, weekday=weekday
                )
        else:
            names = [_weekday(d) for d in sorted(set(self.weekdays))]
            days = (
                names[0]
                if len(names) == 1
                else translate("Recurrence", "{first} and {last}").format(
                    first=", ".join(names[:-1]), last=names[-1]
                )
            )
            text = (
                translate("Recurrence", "Every {days}").format(days=days)
                if self.interval == 1
                else translate("Recurrence", "Every {n} weeks on {days}").format(
                    n=self.interval, days=days
                )
            )
        if self.until:
            text += translate("Recurrence", ", until {day}").format(day=self.until.isoformat())
        return text


def _weekday(number: int) -> str:
    """A weekday's name (0: Monday) in the reader's language."""
    return translate("Weekdays", WEEKDAY_NAMES[number])


_WEEKDAY_WORDS = (
    QT_TRANSLATE_NOOP("Weekdays", "Monday"),
    QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
    QT_TRANSLATE_NOOP("Weekdays", "Friday"),
    QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
    QT_TRANSLATE_NOOP("Weekdays", "Sunday"),
)  # for the catalogue: the names a series' rule is told with


@dataclass
class SeriesInput:
    title: str
    start_date: dt.date | str
    start_time: dt.time | str  # wall-clock time in time_zone, "17:30"
    time_zone: str
    recurrence: Recurrence = field(default_factory=Recurrence)
    duration_minutes: int | str = 60
    organizer_id: str | None = None
    owner_org_id: str | None = None
    description: str = ""
    join_url: str = ""
    dial_in: str = ""
    access_code: str = ""
    participant_person_ids: list[str] = field(default_factory=list)
    participant_org_ids: list[str] = field(default_factory=list)
    standing_items: list[tuple[str, int | None]] = field(default_factory=list)  # (title, minutes)

    def validated(self) -> SeriesInput:
        p = _Problems()
        start_date = p.check(
            "start_date",
            lambda: validation.date(self.start_date, QT_TRANSLATE_NOOP("Fields", "first call")),
            None,
        )
        if start_date is None and "start_date" not in p.problems:
            p.problems["start_date"] = QT_TRANSLATE_NOOP("Calls", "the first call needs a date")
        recurrence = self.recurrence
        if recurrence.interval < 1:
            p.problems["recurrence"] = QT_TRANSLATE_NOOP("Calls", "the interval is at least 1")
        if not recurrence.weekdays:
            p.problems["recurrence"] = QT_TRANSLATE_NOOP("Calls", "choose at least one weekday")
        if recurrence.frequency == Frequency.MONTHLY and recurrence.nth not in (1, 2, 3, 4, -1):
            p.problems["recurrence"] = QT_TRANSLATE_NOOP(
                "Calls", "monthly calls are on the first to fourth, or the last, weekday"
            )
        if (
            recurrence.until is not None
            and start_date is not None
            and recurrence.until < start_date
        ):
            p.problems["recurrence"] = QT_TRANSLATE_NOOP(
                "Calls", "the series ends before its first call"
            )
        result = replace(
            self,
            title=p.check(
                "title",
                lambda: validation.required(self.title, QT_TRANSLATE_NOOP("Fields", "title")),
                "",
            ),
            # None only with a problem said, which raises below.
            start_date=start_date or self.start_date,
            start_time=p.check("start_time", lambda: _wall_time(self.start_time), dt.time(0)),
            time_zone=p.check(
                "time_zone",
                lambda: validation.required(
                    validation.time_zone(self.time_zone), QT_TRANSLATE_NOOP("Fields", "time zone")
                ),
                "",
            ),
            duration_minutes=p.check(
                "duration_minutes", lambda: _duration(self.duration_minutes), 60
            ),
            description=self.description.strip(),
            join_url=p.check("join_url", lambda: validation.url(self.join_url), ""),
            dial_in=p.check(
                "dial_in",
                lambda: validation.phone(self.dial_in) if self.dial_in.strip() else "",
                "",
            ),
            access_code=self.access_code.strip(),
            standing_items=[(t.strip(), m) for t, m in self.standing_items if t.strip()],
        )
        p.raise_if_any()
        return result


def _wall_time(value: dt.time | str) -> dt.time:
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    text = value.strip()
    for fmt in ("%H:%M", "%H.%M", "%I:%M %p", "%I:%M%p", "%I %p"):
        try:
            return dt.datetime.strptime(text.upper(), fmt).time()
        except ValueError:
            continue
    raise ValueError(
        QT_TRANSLATE_NOOP("Calls", "'{text}' is not a time of day (like 17:30 or 5:30 PM)").format(
            text=text
        )
    )


def read_wall_time(value: dt.time | str) -> dt.time:
    """A time of day as typed ("17:30", "5:30 PM"); ValueError says what is wrong."""
    return _wall_time(value)


def _duration(value: int | str) -> int:
    minutes = validation.positive_int(value, QT_TRANSLATE_NOOP("Fields", "length of the call"))
    if not minutes or minutes > 24 * 60:
        raise ValueError(QT_TRANSLATE_NOOP("Calls", "a call lasts between 1 minute and 24 hours"))
    return minutes


# --- from wall-clock to instants ----------------------------------------------------------


def instant(day: dt.date, wall: dt.time, zone: str) -> dt.datetime:
    """The UTC instant of a wall-clock time in ``zone`` on ``day``.

    A time that does not exist (in the spring-forward gap) is read with the offset in
    force before the gap, as RFC 5545 says; a time that happens twice, the first time.
    """
    return dt.datetime.combine(day, wall, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def series_rule(series: CallSeries) -> rrule:
    start = dt.datetime.combine(series.start_date, series.start_time)
    rule = rrulestr(f"RRULE:{series.rrule}", dtstart=start)
    assert isinstance(rule, rrule)  # one RRULE line makes a rule, never a set
    return rule


def rule_dates(series: CallSeries, first: dt.date, last: dt.date) -> list[dt.date]:
    """The dates the series' rule gives from ``first`` to ``last`` (both included)."""
    rule = series_rule(series)
    start = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last, dt.time.max)
    return [d.date() for d in rule.between(start, end, inc=True)]


def slot_start(series: CallSeries, day: dt.date) -> dt.datetime:
    return instant(day, series.start_time, series.time_zone)


def is_rule_date(series: CallSeries, day: dt.date) -> bool:
    return day in rule_dates(series, day, day)


# --- the calls in a period ------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One call as people see it: from the rule, from a stored occurrence, or both."""

    series_id: str | None
    occurrence_id: str | None
    original_date: dt.date | None
    start: dt.datetime  # UTC
    duration_minutes: int
    time_zone: str
    title: str
    status: CallStatus
    moved: bool

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.duration_minutes)

    def local_start(self, zone: str | None = None) -> dt.datetime:
        return self.start.astimezone(ZoneInfo(zone or self.time_zone))


def _from_row(row: CallOccurrence, series: CallSeries | None) -> Call:
    expected = slot_start(series, row.original_date) if series and row.original_date else row.start
    return Call(
        series_id=row.series_id,
        occurrence_id=row.id,
        original_date=row.original_date,
        start=row.start,
        duration_minutes=row.duration_minutes,
        time_zone=row.time_zone or (series.time_zone if series else "UTC"),
        title=row.title or (series.title if series else ""),
        status=CallStatus.CANCELLED
        if row.status == CallStatus.CANCELLED or (series and series.status == CallStatus.CANCELLED)
        else CallStatus.ACTIVE,
        moved=series is not None and row.start != expected,
    )


def calls_between(
    session: Session,
    start: dt.datetime,
    end: dt.datetime,
    *,
    series_id: str | None = None,
    include_cancelled: bool = True,
) -> list[Call]:
    """Every call starting in [start, end), of every series (or one) and one-off calls,
    with moves and cancellations applied, in order of start."""
    # Fresh from the database: an occurrence stored through its series_id (a move, a
    # split) is not in a series' occurrences loaded earlier in the same session.
    query = (
        select(CallSeries)
        .options(selectinload(CallSeries.occurrences))
        .execution_options(populate_existing=True)
    )
    if series_id is not None:
        query = query.where(CallSeries.id == series_id)
    calls: list[Call] = []
    margin = dt.timedelta(days=2)  # zones differ from UTC by less than a day
    for series in session.scalars(query):
        rows = {o.original_date: o for o in series.occurrences}
        for day in rule_dates(series, (start - margin).date(), (end + margin).date()):
            row = rows.pop(day, None)
            call = (
                _from_row(row, series)
                if row is not None
                else Call(
                    series.id,
                    None,
                    day,
                    slot_start(series, day),
                    series.duration_minutes,
                    series.time_zone,
                    series.title,
                    series.status,
                    False,
                )
            )
            if start <= call.start < end:
                calls.append(call)
        # Stored calls whose date the rule no longer gives, or moved into the period.
        for row in rows.values():
            call = _from_row(row, series)
            if start <= call.start < end and call not in calls:
                calls.append(call)
    if series_id is None:
        for row in session.scalars(
            select(CallOccurrence).where(
                CallOccurrence.series_id.is_(None),
                CallOccurrence.start >= start,
                CallOccurrence.start < end,
            )
        ):
            calls.append(_from_row(row, None))
    if not include_cancelled:
        calls = [c for c in calls if c.status != CallStatus.CANCELLED]
    calls.sort(key=lambda c: (c.start, c.title))
    return calls


def calls_beyond(
    session: Session, after: dt.datetime, series_ids: list[str], *, count: int = 4
) -> list[Call]:
    """The first ``count`` calls after ``after`` of each of ``series_ids``, and the next
    one-off calls: what a list of the coming weeks shows of the calls further off."""
    found: list[Call] = []
    for series_id in series_ids:
        found += calls_between(
            session, after, after + dt.timedelta(weeks=104), series_id=series_id
        )[:count]
    for row in session.scalars(
        select(CallOccurrence)
        .where(CallOccurrence.series_id.is_(None), CallOccurrence.start >= after)
        .order_by(CallOccurrence.start)
        .limit(count * 5)
    ):
        found.append(_from_row(row, None))
    found.sort(key=lambda c: (c.start, c.title))
    return found


def next_call(session: Session, series_id: str, after: dt.datetime | None = None) -> Call | None:
    after = after or clock.now()
    for weeks in (8, 60, 400):
        found = calls_between(
            session,
            after - dt.timedelta(minutes=1),
            after + dt.timedelta(weeks=weeks),
            series_id=series_id,
            include_cancelled=False,
        )
        upcoming = [c for c in found if c.end > after]
        if upcoming:
            return upcoming[0]
    return None


# --- series -------------------------------------------------------------------------------------


def _apply_series(session: Session, row: CallSeries, data: SeriesInput) -> None:
    if data.organizer_id:
        get_person(session, data.organizer_id)
    if data.owner_org_id:
        get_organization(session, data.owner_org_id)
    start_time = validation.checked(data.start_time)
    start = dt.datetime.combine(validation.checked(data.start_date), start_time)
    # The first call is the rule's first date on or after the chosen day: RFC 5545 would
    # count a DTSTART the rule does not give as one call more.
    first = data.recurrence.rule(start).after(start, inc=True)
    if first is None:
        raise ValidationError(
            {"recurrence": QT_TRANSLATE_NOOP("Calls", "this rule gives no call at all")}
        )
    start = first
    row.title = data.title
    row.start_date = start.date()
    row.start_time = start_time
    row.time_zone = data.time_zone
    row.rrule = data.recurrence.to_rrule(start)
    row.duration_minutes = int(data.duration_minutes)
    row.organizer_id = data.organizer_id or None
    row.owner_org_id = data.owner_org_id or None
    row.description = data.description
    row.join_url = data.join_url
    row.dial_in = data.dial_in
    row.access_code = data.access_code
    wanted = {("p", i) for i in data.participant_person_ids} | {
        ("o", i) for i in data.participant_org_ids
    }
    keep = []
    for part in row.participants:
        key = ("p", part.person_id) if part.person_id else ("o", part.organization_id)
        if key in wanted:
            keep.append(part)
            wanted.discard(key)
    for kind, ident in sorted(wanted):
        keep.append(
            CallParticipant(person_id=ident)
            if kind == "p"
            else CallParticipant(organization_id=ident)
        )
    row.participants = keep
    items = []
    existing = {s.title: s for s in row.standing_items}
    for position, (title, minutes) in enumerate(data.standing_items):
        item = existing.pop(title, None) or StandingItem(title=title)
        item.position, item.time_box_minutes = position, minutes
        items.append(item)
    row.standing_items = items


@writes(QT_TRANSLATE_NOOP("Changes", "Add call series"))
def create_series(session: Session, data: SeriesInput) -> CallSeries:
    clean = data.validated()
    row = CallSeries()
    row.uid = f"{row.id}@{UID_DOMAIN}"
    _apply_series(session, row, clean)
    session.add(row)
    return row


_SCHEDULE_FIELDS = (
    "title",
    "start_date",
    "start_time",
    "time_zone",
    "rrule",
    "duration_minutes",
    "join_url",
    "dial_in",
    "access_code",
    "description",
    "organizer_id",
)


def _schedule(row: CallSeries) -> tuple[object, ...]:
    return tuple(getattr(row, f) for f in _SCHEDULE_FIELDS)


@writes(QT_TRANSLATE_NOOP("Changes", "Edit call series"))
def update_series(
    session: Session, series_id: str, data: SeriesInput, *, from_date: dt.date | None = None
) -> CallSeries:
    """Change a series; from ``from_date`` onward only, if given (earlier calls keep the
    old schedule: the series is ended the day before and continued by a new one)."""
    clean = data.validated()
    row = get_series(session, series_id)
    if from_date is not None and from_date > row.start_date:
        return _split(session, row, clean, from_date)
    before = _schedule(row)
    # Weeks stored for their agenda but still where the rule put them follow the new
    # schedule; weeks moved by hand stay where they were moved.
    untouched = [
        (o, day)
        for o in row.occurrences
        if (day := o.original_date) is not None
        and (o.start, o.duration_minutes) == (slot_start(row, day), row.duration_minutes)
    ]
    _apply_series(session, row, clean)
    for occurrence, day in untouched:
        if is_rule_date(row, day):
            occurrence.start = slot_start(row, day)
            occurrence.duration_minutes = row.duration_minutes
    if _schedule(row) != before:
        row.sequence += 1
    return row


def _split(session: Session, row: CallSeries, data: SeriesInput, from_date: dt.date) -> CallSeries:
    old = Recurrence.from_rrule(row.rrule)
    old.until = from_date - dt.timedelta(days=1)
    row.rrule = old.to_rrule(dt.datetime.combine(row.start_date, row.start_time))
    row.sequence += 1
    new = CallSeries(continued_from_id=row.id)
    new.uid = f"{new.id}@{UID_DOMAIN}"
    first = max(validation.checked(data.start_date), from_date)
    _apply_series(session, new, replace(data, start_date=first))
    session.add(new)
    session.flush()
    # The calls already prepared from that date on follow the new schedule.
    new_dates = rule_dates(new, from_date, from_date + dt.timedelta(days=3660))
    prepared = [
        (o, day)
        for o in row.occurrences
        if (day := o.original_date) is not None and day >= from_date
    ]
    for occurrence, day in prepared:
        match = min(new_dates, key=lambda d: abs((d - day).days), default=None)
        was_moved = occurrence.start != slot_start(row, day)
        if match is not None and abs((match - day).days) <= 3:
            occurrence.series_id = new.id
            occurrence.original_date = match
            if not was_moved:
                occurrence.start = slot_start(new, match)
                occurrence.duration_minutes = new.duration_minutes
        else:  # no call of the new schedule near it: it stays, on its own
            occurrence.series_id = None
            occurrence.original_date = None
            occurrence.title = occurrence.title or row.title
            occurrence.time_zone = occurrence.time_zone or row.time_zone
            occurrence.uid = f"{occurrence.id}@{UID_DOMAIN}"
    return new


@writes(QT_TRANSLATE_NOOP("Changes", "Cancel call series"))
def cancel_series(session: Session, series_id: str) -> None:
    row = get_series(session, series_id)
    if row.status != CallStatus.CANCELLED:
        row.status = CallStatus.CANCELLED
        row.sequence += 1


@writes(QT_TRANSLATE_NOOP("Changes", "Delete call series"))
def delete_series(session: Session, series_id: str) -> None:
    session.delete(get_series(session, series_id))


def get_series(session: Session, series_id: str) -> CallSeries:
    row = session.get(CallSeries, series_id, options=[selectinload(CallSeries.participants)])
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Calls", "that call series no longer exists"))
    return row


def series_input(row: CallSeries) -> SeriesInput:
    return SeriesInput(
        title=row.title,
        start_date=row.start_date,
        start_time=row.start_time,
        time_zone=row.time_zone,
        recurrence=Recurrence.from_rrule(row.rrule),
        duration_minutes=row.duration_minutes,
        organizer_id=row.organizer_id,
        owner_org_id=row.owner_org_id,
        description=row.description,
        join_url=row.join_url,
        dial_in=row.dial_in,
        access_code=row.access_code,
        participant_person_ids=sorted(p.person_id for p in row.participants if p.person_id),
        participant_org_ids=sorted(
            p.organization_id for p in row.participants if p.organization_id
        ),
        standing_items=[(s.title, s.time_box_minutes) for s in row.standing_items],
    )


def all_series(session: Session) -> list[CallSeries]:
    return list(
        session.scalars(select(CallSeries).order_by(CallSeries.title, CallSeries.start_date))
    )


def invitees(session: Session, series_id: str, on: dt.date | None = None) -> list[Person]:
    """Who is invited to the series' calls: its participants, and the current
    representatives of its participating organizations; each once, by name."""
    on = on or clock.today()
    series = get_series(session, series_id)
    people: dict[str, Person] = {}
    for part in series.participants:
        if part.person_id:
            person = session.get(Person, part.person_id)
            if person is not None:
                people[person.id] = person
    org_ids = [p.organization_id for p in series.participants if p.organization_id]
    if org_ids:
        reps = session.scalars(
            select(Person)
            .join(Membership, Membership.person_id == Person.id)
            .where(
                Membership.organization_id.in_(org_ids),
                Membership.represents_state != "",
                or_(Membership.until.is_(None), Membership.until >= on),
                or_(Membership.since.is_(None), Membership.since <= on),
            )
        )
        for person in reps:
            people[person.id] = person
    return sorted(people.values(), key=lambda p: p.sort_name)


# --- single calls ---------------------------------------------------------------------------------


def occurrence_row(session: Session, series: CallSeries, original_date: dt.date) -> CallOccurrence:
    """The stored row for one call of a series, made if it does not exist yet."""
    row = session.scalar(
        select(CallOccurrence).where(
            CallOccurrence.series_id == series.id, CallOccurrence.original_date == original_date
        )
    )
    if row is not None:
        return row
    if not is_rule_date(series, original_date):
        raise ValidationError(
            {
                "original_date": QT_TRANSLATE_NOOP(
                    "Calls", "the series has no call on {original_date}"
                ).format(original_date=original_date.isoformat())
            }
        )
    row = CallOccurrence(
        series_id=series.id,
        original_date=original_date,
        start=slot_start(series, original_date),
        duration_minutes=series.duration_minutes,
        time_zone=series.time_zone,
    )
    session.add(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Add call"))
def create_one_off(
    session: Session,
    title: str,
    start: dt.datetime,
    duration_minutes: int,
    time_zone: str,
    *,
    location: str = "",
    notes: str = "",
    source: str = "",
    uid: str | None = None,
) -> CallOccurrence:
    """A call (or event) of its own, outside any series."""
    p = _Problems()
    clean_title = p.check(
        "title", lambda: validation.required(title, QT_TRANSLATE_NOOP("Fields", "title")), ""
    )
    zone = p.check("time_zone", lambda: validation.time_zone(time_zone) or "UTC", "UTC")
    minutes = p.check("duration_minutes", lambda: _duration(duration_minutes), 60)
    if start.tzinfo is None:
        p.problems["start"] = QT_TRANSLATE_NOOP("Calls", "the start needs a time zone")
    p.raise_if_any()
    row = CallOccurrence(
        title=clean_title,
        start=start.astimezone(UTC),
        duration_minutes=minutes,
        time_zone=zone,
        location=location.strip(),
        notes=notes.strip(),
        source=source,
    )
    row.uid = uid or f"{row.id}@{UID_DOMAIN}"
    session.add(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Move call"))
def move_call(
    session: Session,
    series_id: str,
    original_date: dt.date,
    new_start: dt.datetime,
    duration_minutes: int | None = None,
) -> CallOccurrence:
    """Move one call of a series without touching the others."""
    if new_start.tzinfo is None:
        raise ValidationError(
            {"start": QT_TRANSLATE_NOOP("Calls", "the new time needs a time zone")}
        )
    series = get_series(session, series_id)
    row = occurrence_row(session, series, original_date)
    row.start = new_start.astimezone(UTC)
    if duration_minutes is not None:
        row.duration_minutes = _duration(duration_minutes)
    row.sequence = max(row.sequence, series.sequence) + 1
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Cancel call"))
def cancel_call(session: Session, series_id: str, original_date: dt.date) -> CallOccurrence:
    series = get_series(session, series_id)
    row = occurrence_row(session, series, original_date)
    if row.status != CallStatus.CANCELLED:
        row.status = CallStatus.CANCELLED
        row.sequence = max(row.sequence, series.sequence) + 1
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Restore call"))
def restore_call(session: Session, series_id: str, original_date: dt.date) -> CallOccurrence:
    series = get_series(session, series_id)
    row = occurrence_row(session, series, original_date)
    if row.status == CallStatus.CANCELLED:
        row.status = CallStatus.ACTIVE
        row.sequence = max(row.sequence, series.sequence) + 1
    return row


def get_occurrence(session: Session, occurrence_id: str) -> CallOccurrence:
    row = session.get(CallOccurrence, occurrence_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Calls", "that call no longer exists"))
    return row


__all__ = [
    "Call",
    "Frequency",
    "Recurrence",
    "SeriesInput",
    "all_series",
    "calls_between",
    "cancel_call",
    "cancel_series",
    "create_one_off",
    "create_series",
    "delete_series",
    "get_occurrence",
    "get_series",
    "instant",
    "invitees",
    "is_rule_date",
    "move_call",
    "next_call",
    "read_wall_time",
    "restore_call",
    "rule_dates",
    "series_input",
    "slot_start",
    "update_series",
]
