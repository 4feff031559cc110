"""Voter-registration pledges and registrations, reported as counts per day, county and event.

A tally is what a table or a team reports: "38 registrations at the county fair on
Saturday", "12 pledges to register on campus".  Pledges are also given at the sign-up
form: a sign-up whose "pledge" question was answered yes counts as one pledge, on the
day it was given, in the county and at the event of the sign-up.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from coalition.common import clock, validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, figure, sentence_of
from coalition.common.states import normalize_state
from coalition.directory.records import _Problems
from coalition.goals.progress import cumulative
from coalition.store.changes import writes
from coalition.store.models import Campaign, Event, RegistrationTally, SignUp, TallyKind

PLEDGE_QUESTION = "pledge"  # the key of the sign-up form's "pledges to register?" question
MAX_COUNT = 10_000_000
TALLY_TABLES = {"registration_tally"}
KIND_LABELS = {
    TallyKind.PLEDGE: QT_TRANSLATE_NOOP("Goals", "pledge"),
    TallyKind.REGISTRATION: QT_TRANSLATE_NOOP("Goals", "registration"),
}


def _kind(value: TallyKind | str) -> TallyKind:
    if isinstance(value, TallyKind):
        return value
    text = str(value).strip().lower()
    for kind in TallyKind:
        if text in (kind.value, kind.value + "s", kind.name.lower()):
            return kind
    raise ValueError(
        QT_TRANSLATE_NOOP(
            "Goals", "'{value}' is not a kind of tally (pledge or registration)"
        ).format(value=value)
    )


@dataclass
class TallyInput:
    """What a tally's form holds (the text typed until :meth:`validated`)."""

    kind: TallyKind | str
    on: dt.date | str | None
    count: int | str | None
    county: str = ""
    state: str = ""
    event_id: str | None = None
    campaign_id: str | None = None
    reported_by: str = ""
    notes: str = ""

    def validated(self, today: dt.date | None = None) -> TallyInput:
        today = today or clock.today()
        p = _Problems()
        kind = p.check("kind", lambda: _kind(self.kind), TallyKind.REGISTRATION)
        day = QT_TRANSLATE_NOOP("Fields", "day")
        on = p.check("on", lambda: validation.date(self.on, day), None)
        if on is None and "on" not in p.problems:
            p.problems["on"] = QT_TRANSLATE_NOOP("Goals", "the day cannot be empty")
        elif on is not None and on > today:
            p.problems["on"] = QT_TRANSLATE_NOOP(
                "Goals", "{day} is in the future; report a count once it is made"
            ).format(day=on.isoformat())

        def count() -> int:
            number = validation.positive_int(self.count, QT_TRANSLATE_NOOP("Fields", "count"))
            if number is None:
                raise ValueError(QT_TRANSLATE_NOOP("Goals", "the count cannot be empty"))
            if number > MAX_COUNT:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Goals", "the count cannot be more than {most}").format(
                        most=figure(MAX_COUNT)
                    )
                )
            return number

        county = " ".join(self.county.split())
        if len(county) > 80:
            p.problems["county"] = QT_TRANSLATE_NOOP(
                "Goals", "the county's name cannot be longer than 80 characters"
            )
        reported_by = " ".join(self.reported_by.split())
        if len(reported_by) > 200:
            p.problems["reported_by"] = QT_TRANSLATE_NOOP(
                "Goals", "the reporter's name cannot be longer than 200 characters"
            )
        result = TallyInput(
            kind=kind,
            on=on,
            count=p.check("count", count, 0),
            county=county,
            state=p.check("state", lambda: normalize_state(self.state or ""), ""),
            event_id=self.event_id or None,
            campaign_id=self.campaign_id or None,
            reported_by=reported_by,
            notes=self.notes.strip(),
        )
        p.raise_if_any()
        return result


def _apply(session: Session, row: RegistrationTally, data: TallyInput) -> None:
    data = data.validated()
    problems: dict[str, str] = {}
    event = session.get(Event, data.event_id) if data.event_id else None
    if data.event_id and event is None:
        problems["event_id"] = QT_TRANSLATE_NOOP("Goals", "that event no longer exists")
    if event is not None and isinstance(data.on, dt.date):
        began = event.starts_local.date()
        if data.on < began:
            problems["on"] = QT_TRANSLATE_NOOP(
                "Goals", "the count is dated {day}, before its event began ({began})"
            ).format(day=data.on.isoformat(), began=began.isoformat())
    if data.campaign_id and session.get(Campaign, data.campaign_id) is None:
        problems["campaign_id"] = QT_TRANSLATE_NOOP("Goals", "that campaign no longer exists")
    if problems:
        raise ValidationError(problems)
    row.kind = TallyKind(data.kind)
    on, count = data.on, data.count
    assert isinstance(on, dt.date) and isinstance(count, int)
    row.on = on
    row.count = count
    row.county = data.county
    row.state = data.state
    row.event_id = data.event_id
    row.campaign_id = data.campaign_id
    row.reported_by = data.reported_by
    row.notes = data.notes


@writes(QT_TRANSLATE_NOOP("Changes", "Report registrations"))
def record_tally(session: Session, data: TallyInput) -> RegistrationTally:
    row = RegistrationTally(kind=TallyKind.REGISTRATION, on=clock.today(), count=0)
    _apply(session, row, data)
    session.add(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Edit a registration report"))
def update_tally(session: Session, tally_id: str, data: TallyInput) -> RegistrationTally:
    row = get_tally(session, tally_id)
    _apply(session, row, data)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Delete a registration report"))
def delete_tally(session: Session, tally_id: str) -> None:
    session.delete(get_tally(session, tally_id))


def get_tally(session: Session, tally_id: str) -> RegistrationTally:
    row = session.get(RegistrationTally, tally_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Goals", "that registration report no longer exists"))
    return row


def tally_input(row: RegistrationTally) -> TallyInput:
    return TallyInput(
        kind=row.kind,
        on=row.on,
        count=row.count,
        county=row.county,
        state=row.state,
        event_id=row.event_id,
        campaign_id=row.campaign_id,
        reported_by=row.reported_by,
        notes=row.notes,
    )


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TallyRow:
    id: str
    kind: TallyKind
    on: dt.date
    count: int
    county: str
    state: str
    event: str
    reported_by: str
    notes: str


def tallies(
    session: Session, kind: TallyKind | None = None, *, limit: int | None = None
) -> list[TallyRow]:
    """The reports, newest first (of one kind when given)."""
    query = (
        select(
            RegistrationTally.id,
            RegistrationTally.kind,
            RegistrationTally.on,
            RegistrationTally.count,
            RegistrationTally.county,
            RegistrationTally.state,
            Event.name,
            RegistrationTally.reported_by,
            RegistrationTally.notes,
        )
        .outerjoin(Event, Event.id == RegistrationTally.event_id)
        .order_by(RegistrationTally.on.desc(), RegistrationTally.created_at.desc())
    )
    if kind is not None:
        query = query.where(RegistrationTally.kind == kind)
    if limit is not None:
        query = query.limit(limit)
    return [
        TallyRow(i, TallyKind(k), on, n, county, state, event or "", by, notes)
        for i, k, on, n, county, state, event, by, notes in session.execute(query)
    ]


def _pledged() -> object:
    """The sign-ups whose pledge question was answered yes (JSON, in SQL)."""
    return SignUp.answers[PLEDGE_QUESTION].as_boolean() == true()


@dataclass(frozen=True)
class TallyTotal:
    name: str  # the county or the event ("" when none was given)
    reported: int  # from the tallies
    signed_up: int = 0  # pledges given on a sign-up form

    @property
    def total(self) -> int:
        return self.reported + self.signed_up


def _merge(
    reported: Sequence[tuple[object, int]], signed: Sequence[tuple[object, int]]
) -> list[TallyTotal]:
    both: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, n in reported:
        both[str(name or "")][0] += int(n)
    for name, n in signed:
        both[str(name or "")][1] += int(n)
    totals = [TallyTotal(name, r, s) for name, (r, s) in both.items()]
    return sorted(totals, key=lambda t: (-t.total, t.name.lower()))


def totals_by_county(session: Session, kind: TallyKind) -> list[TallyTotal]:
    """Each county's count of ``kind``, the largest first; pledges include the sign-ups'."""
    reported = [
        (county, n or 0)
        for county, n in session.execute(
            select(RegistrationTally.county, func.sum(RegistrationTally.count))
            .where(RegistrationTally.kind == kind)
            .group_by(RegistrationTally.county)
        )
    ]
    signed: list[tuple[object, int]] = []
    if kind == TallyKind.PLEDGE:
        signed = [
            (county, n)
            for county, n in session.execute(
                select(SignUp.county, func.count())
                .where(_pledged())  # type: ignore[arg-type]
                .group_by(SignUp.county)
            )
        ]
    return _merge(reported, signed)


def totals_by_event(session: Session, kind: TallyKind) -> list[TallyTotal]:
    """Each event's count of ``kind`` ("" for reports of no event); pledges include the
    sign-ups'."""
    reported = [
        (name, n or 0)
        for name, n in session.execute(
            select(Event.name, func.sum(RegistrationTally.count))
            .select_from(RegistrationTally)
            .outerjoin(Event, Event.id == RegistrationTally.event_id)
            .where(RegistrationTally.kind == kind)
            .group_by(Event.id, Event.name)
        )
    ]
    signed: list[tuple[object, int]] = []
    if kind == TallyKind.PLEDGE:
        signed = [
            (name, n)
            for name, n in session.execute(
                select(Event.name, func.count())
                .select_from(SignUp)
                .outerjoin(Event, Event.id == SignUp.event_id)
                .where(_pledged())  # type: ignore[arg-type]
                .group_by(Event.id, Event.name)
            )
        ]
    return _merge(reported, signed)


# --- as goals count them -------------------------------------------------------------------


def _day(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class Counted:
    """A count as a function of the day, and the rows it is drawn from."""

    at: Callable[[dt.date], int]
    reports: int  # tallies
    sign_ups: int = 0  # sign-ups counted
    events: int = 0  # events of those sign-ups


def reported(session: Session, kind: TallyKind) -> Counted:
    """The tallies of ``kind`` by day (pledges with the sign-ups that pledged)."""
    days = [
        (_day(on), int(n or 0))
        for on, n in session.execute(
            select(RegistrationTally.on, func.sum(RegistrationTally.count))
            .where(RegistrationTally.kind == kind)
            .group_by(RegistrationTally.on)
        )
    ]
    reports = session.scalar(select(func.count()).where(RegistrationTally.kind == kind)) or 0
    signed = 0
    if kind == TallyKind.PLEDGE:
        signed_day = func.date(SignUp.signed_at)
        for on, n in session.execute(
            select(signed_day, func.count()).where(_pledged()).group_by(signed_day)  # type: ignore[arg-type]
        ):
            days.append((_day(on), int(n)))
            signed += int(n)
    return Counted(cumulative(days), int(reports), signed)


def signed_up(session: Session) -> Counted:
    """The people signed up at events, each counted once from their first sign-up."""
    # Grouped by ``person_id || ''``: the same groups, but SQLite then reads the table in
    # order and sorts, instead of following the person index to every row (3× faster at
    # 100,000 sign-ups).
    person = SignUp.person_id.concat("")
    first = (
        select(person.label("person"), func.min(SignUp.signed_at).label("first"))
        .group_by(person)
        .subquery()
    )
    first_day = func.date(first.c.first)
    days = [
        (_day(on), int(n))
        for on, n in session.execute(select(first_day, func.count()).group_by(first_day))
    ]
    rows, events = session.execute(
        select(func.count(), func.count(func.distinct(SignUp.event_id)))
    ).one()
    return Counted(cumulative(days), 0, int(rows or 0), int(events or 0))


def kind_of(text: str) -> TallyKind:
    """A kind named on the command line ("pledge", "registrations")."""
    try:
        return _kind(text)
    except ValueError as exc:
        raise ValidationError({"kind": sentence_of(exc)}) from None
