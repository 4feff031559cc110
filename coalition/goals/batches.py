"""Petition batches: how many signatures a batch of sheets holds, never who signed them.

A batch is a count of raw signatures from a set of petition sheets, with the county and
the day they were collected, who collected them (the name as written on the batch, and
the person when known) and the event they came from.  Later the county (or a check of
the sheets) gives the verified count, and with it the share of signatures found valid.

No signer's name or address is kept here, ever: California's Elections Code §18650
forbids using a petition's signatures for anything but qualifying the measure.  The
sheets themselves go to the county; Coalition keeps only the numbers.

A campaign's progress toward its signatures is three figures: the raw signatures
collected, the signatures verified, and the signatures projected to be valid, which is
the verified count plus the raw signatures still unverified times the validity rate
observed in the verified batches (or, before any batch is verified, the share the goal
expects).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from coalition.common import clock, validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, figure, translate
from coalition.common.states import normalize_state
from coalition.directory.records import _Problems
from coalition.goals.figures import PetitionProgress as PetitionProgress
from coalition.store import names
from coalition.store.changes import writes
from coalition.store.models import Campaign, Event, Person, PetitionBatch

PRIVACY_NOTE = QT_TRANSLATE_NOOP(
    "Goals",
    "Only counts are kept here, never a signer's name or address: California's Elections "
    "Code §18650 forbids using a petition's signatures for anything but qualifying the "
    "measure. The sheets go to the county; Coalition keeps the numbers.",
)
MAX_COUNT = 10_000_000  # more raw signatures than any one batch of sheets holds
BATCH_TABLES = {"petition_batch"}


def _count(value: int | str | None, what: str) -> int | None:
    number = validation.positive_int(value, what)
    if number is not None and number > MAX_COUNT:
        raise ValueError(
            QT_TRANSLATE_NOOP("Goals", "the {what} cannot be more than {most}").format(
                what=what, most=figure(MAX_COUNT)
            )
        )
    return number


def _past_day(value: dt.date | str | None, what: str, today: dt.date) -> dt.date | None:
    day = validation.date(value, what)
    if day is not None and day > today:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Goals", "{day} is in the future; the {what} is a day already past"
            ).format(day=day.isoformat(), what=what)
        )
    return day


def _state(text: str) -> str:
    text = (text or "").strip()
    return normalize_state(text) if text else ""


def too_many_verified(verified: int, raw: int) -> str:
    """Why a verified count above the raw count is refused, in one sentence."""
    return QT_TRANSLATE_NOOP(
        "Goals",
        "{verified} verified is more than the {raw} raw signatures of this batch; "
        "a batch cannot have more valid signatures than it holds",
    ).format(verified=figure(verified), raw=figure(raw))


@dataclass
class BatchInput:
    """What a batch's form holds (the text typed until :meth:`validated`)."""

    campaign_id: str | None
    collected_on: dt.date | str | None
    county: str = ""
    state: str = ""
    collector: str = ""  # the name as written on the batch
    collector_id: str | None = None  # the person, when the collector is in the directory
    event_id: str | None = None
    raw_count: int | str | None = None
    verified_count: int | str | None = None  # signatures found valid, once checked
    verified_on: dt.date | str | None = None  # the day checked (default: today)
    notes: str = ""

    def validated(self, today: dt.date | None = None) -> BatchInput:
        """Checked as a whole: every problem named beside its field, in one error."""
        today = today or clock.today()
        p = _Problems()
        if not self.campaign_id:
            p.problems["campaign_id"] = QT_TRANSLATE_NOOP(
                "Goals", "choose the campaign the petition is for"
            )
        day_collected = QT_TRANSLATE_NOOP("Fields", "day collected")
        collected = p.check(
            "collected_on", lambda: _past_day(self.collected_on, day_collected, today), None
        )
        if collected is None and "collected_on" not in p.problems:
            p.problems["collected_on"] = QT_TRANSLATE_NOOP(
                "Goals", "the day collected cannot be empty"
            )
        raw_signatures = QT_TRANSLATE_NOOP("Fields", "raw signatures")
        raw = p.check("raw_count", lambda: _count(self.raw_count, raw_signatures), None)
        if raw is None and "raw_count" not in p.problems:
            p.problems["raw_count"] = QT_TRANSLATE_NOOP(
                "Goals", "the number of raw signatures cannot be empty"
            )
        verified_signatures = QT_TRANSLATE_NOOP("Fields", "verified signatures")
        verified = p.check(
            "verified_count", lambda: _count(self.verified_count, verified_signatures), None
        )
        day_verified = QT_TRANSLATE_NOOP("Fields", "day verified")
        verified_on = p.check(
            "verified_on", lambda: _past_day(self.verified_on, day_verified, today), None
        )
        if raw is not None and verified is not None and verified > raw:
            p.problems["verified_count"] = too_many_verified(verified, raw)
        if verified is None and verified_on is not None and "verified_count" not in p.problems:
            p.problems["verified_count"] = QT_TRANSLATE_NOOP(
                "Goals", "give the verified count of the day verified"
            )
        if collected is not None and verified_on is not None and verified_on < collected:
            p.problems.setdefault(
                "verified_on",
                QT_TRANSLATE_NOOP(
                    "Goals",
                    "the batch was verified ({verified}) before it was collected ({collected})",
                ).format(verified=verified_on.isoformat(), collected=collected.isoformat()),
            )
        county = " ".join(self.county.split())
        if len(county) > 80:
            p.problems["county"] = QT_TRANSLATE_NOOP(
                "Goals", "the county's name cannot be longer than 80 characters"
            )
        collector = " ".join(self.collector.split())
        if len(collector) > 200:
            p.problems["collector"] = QT_TRANSLATE_NOOP(
                "Goals", "the collector's name cannot be longer than 200 characters"
            )
        result = BatchInput(
            campaign_id=self.campaign_id or None,
            collected_on=collected,
            county=county,
            raw_count=raw,
            verified_count=verified,
            # A verified count with no day given was verified today.
            verified_on=verified_on if verified is None or verified_on else today,
            state=p.check("state", lambda: _state(self.state), ""),
            collector=collector,
            collector_id=self.collector_id or None,
            event_id=self.event_id or None,
            notes=self.notes.strip(),
        )
        p.raise_if_any()
        return result


def _check_links(session: Session, data: BatchInput) -> None:
    problems: dict[str, str] = {}
    if data.campaign_id and session.get(Campaign, data.campaign_id) is None:
        problems["campaign_id"] = QT_TRANSLATE_NOOP("Goals", "that campaign no longer exists")
    if data.collector_id and session.get(Person, data.collector_id) is None:
        problems["collector_id"] = QT_TRANSLATE_NOOP(
            "Goals", "that collector is no longer in the directory"
        )
    event = session.get(Event, data.event_id) if data.event_id else None
    if data.event_id and event is None:
        problems["event_id"] = QT_TRANSLATE_NOOP("Goals", "that event no longer exists")
    collected = data.collected_on
    if event is not None and isinstance(collected, dt.date):
        began = event.starts_local.date()
        if collected < began:
            problems["collected_on"] = QT_TRANSLATE_NOOP(
                "Goals", "the batch was collected ({collected}) before its event began ({began})"
            ).format(collected=collected.isoformat(), began=began.isoformat())
    if problems:
        raise ValidationError(problems)


def _apply(session: Session, row: PetitionBatch, data: BatchInput) -> None:
    data = data.validated()
    _check_links(session, data)
    assert data.campaign_id is not None
    row.campaign_id = data.campaign_id
    collected, raw, verified = data.collected_on, data.raw_count, data.verified_count
    assert isinstance(collected, dt.date) and isinstance(raw, int)
    row.collected_on = collected
    row.county = data.county
    row.state = data.state
    row.raw_count = raw
    row.verified_count = None if verified is None else int(verified)
    row.verified_on = data.verified_on if isinstance(data.verified_on, dt.date) else None
    row.collector = data.collector
    row.collector_id = data.collector_id
    row.event_id = data.event_id
    row.notes = data.notes


@writes(QT_TRANSLATE_NOOP("Changes", "Record a petition batch"))
def record_batch(session: Session, data: BatchInput) -> PetitionBatch:
    row = PetitionBatch(campaign_id="", collected_on=clock.today(), raw_count=0)
    _apply(session, row, data)
    session.add(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Edit a petition batch"))
def update_batch(session: Session, batch_id: str, data: BatchInput) -> PetitionBatch:
    row = get_batch(session, batch_id)
    _apply(session, row, data)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Verify a petition batch"))
def verify_batch(
    session: Session, batch_id: str, verified: int | str | None, on: dt.date | str | None = None
) -> PetitionBatch:
    """Give a batch its verified count (None or empty: not verified after all)."""
    row = get_batch(session, batch_id)
    data = replace(batch_input(row), verified_count=verified, verified_on=on)
    if verified is None or str(verified).strip() == "":
        data.verified_on = None
    _apply(session, row, data)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Delete a petition batch"))
def delete_batch(session: Session, batch_id: str) -> None:
    session.delete(get_batch(session, batch_id))


def get_batch(session: Session, batch_id: str) -> PetitionBatch:
    row = session.get(PetitionBatch, batch_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Goals", "that petition batch no longer exists"))
    return row


def batch_input(row: PetitionBatch) -> BatchInput:
    return BatchInput(
        campaign_id=row.campaign_id,
        collected_on=row.collected_on,
        county=row.county,
        raw_count=row.raw_count,
        verified_count=row.verified_count,
        verified_on=row.verified_on,
        state=row.state,
        collector=row.collector,
        collector_id=row.collector_id,
        event_id=row.event_id,
        notes=row.notes,
    )


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchRow:
    """One batch as a list shows it."""

    id: str
    collected_on: dt.date
    county: str
    state: str
    collector: str
    event: str
    raw: int
    verified: int | None
    verified_on: dt.date | None
    notes: str

    @property
    def validity_rate(self) -> float | None:
        if self.verified is None:
            return None
        return self.verified / self.raw if self.raw else None


def batches(
    session: Session,
    campaign_id: str,
    *,
    county: str | None = None,
    collector: str | None = None,
    verified: bool | None = None,
    limit: int | None = None,
) -> list[BatchRow]:
    """A campaign's batches, newest first, narrowed to a county, a collector, or to the
    verified (True) or unverified (False) ones."""
    query = (
        select(
            PetitionBatch.id,
            PetitionBatch.collected_on,
            PetitionBatch.county,
            PetitionBatch.state,
            PetitionBatch.collector,
            Event.name,
            PetitionBatch.raw_count,
            PetitionBatch.verified_count,
            PetitionBatch.verified_on,
            PetitionBatch.notes,
        )
        .outerjoin(Event, Event.id == PetitionBatch.event_id)
        .where(PetitionBatch.campaign_id == campaign_id)
        .order_by(PetitionBatch.collected_on.desc(), PetitionBatch.created_at.desc())
    )
    if county is not None:
        query = query.where(PetitionBatch.county == county)
    if collector is not None:
        query = query.where(PetitionBatch.collector == collector)
    if verified is True:
        query = query.where(PetitionBatch.verified_count.is_not(None))
    elif verified is False:
        query = query.where(PetitionBatch.verified_count.is_(None))
    if limit is not None:
        query = query.limit(limit)
    return [
        BatchRow(
            id=i,
            collected_on=on,
            county=county_,
            state=state,
            collector=collector_,
            event=event or "",
            raw=raw,
            verified=ver,
            verified_on=ver_on,
            notes=notes,
        )
        for i, on, county_, state, collector_, event, raw, ver, ver_on, notes in session.execute(
            query
        )
    ]


@dataclass(frozen=True)
class Totals:
    """A county's or a collector's batches added up."""

    name: str  # the county or the collector ("" when the batches give none)
    batches: int
    raw: int
    verified: int  # signatures verified valid
    verified_raw: int  # the raw signatures of the verified batches
    verified_batches: int

    @property
    def validity_rate(self) -> float | None:
        """The share of the verified batches' signatures found valid (None: none verified)."""
        return self.verified / self.verified_raw if self.verified_raw else None


def _totals(session: Session, campaign_id: str, column: InstrumentedAttribute[str]) -> list[Totals]:
    is_verified = PetitionBatch.verified_count.is_not(None)
    rows = session.execute(
        select(
            column,
            func.count(),
            func.coalesce(func.sum(PetitionBatch.raw_count), 0),
            func.coalesce(func.sum(PetitionBatch.verified_count), 0),
            func.coalesce(func.sum(case((is_verified, PetitionBatch.raw_count), else_=0)), 0),
            func.count(PetitionBatch.verified_count),
        )
        .where(PetitionBatch.campaign_id == campaign_id)
        .group_by(column)
    )
    totals = [
        Totals(str(name or ""), int(n), int(r), int(v), int(vr), int(vn))
        for name, n, r, v, vr, vn in rows
    ]
    return sorted(totals, key=lambda t: (-t.raw, t.name.lower()))


def totals_by_county(session: Session, campaign_id: str) -> list[Totals]:
    """Raw, verified and the validity rate per county, the most signatures first."""
    return _totals(session, campaign_id, PetitionBatch.county)


def totals_by_collector(session: Session, campaign_id: str) -> list[Totals]:
    """Raw, verified and the validity rate per collector, the most signatures first."""
    return _totals(session, campaign_id, PetitionBatch.collector)


# --- progress ------------------------------------------------------------------------------


def _progress(
    raw: int,
    verified: int,
    verified_raw: int,
    batches: int,
    verified_batches: int,
    validity_percent: int | None,
) -> PetitionProgress:
    if verified_raw:
        rate = verified / verified_raw
        found = (
            translate("Goals", "the {rate} found valid in 1 verified batch")
            if verified_batches == 1
            else translate("Goals", "the {rate} found valid in {count} verified batches")
        )
        source = found.format(rate=f"{rate:.1%}", count=figure(verified_batches))
        observed = True
    else:
        percent = DEFAULT_VALIDITY_PERCENT if validity_percent is None else validity_percent
        rate = percent / 100
        source = translate(
            "Goals", "the {percent}% the goal expects (no batch verified yet)"
        ).format(percent=percent)
        observed = False
    projected = verified + round((raw - verified_raw) * rate)
    return PetitionProgress(
        raw=raw,
        verified=verified,
        projected_valid=projected,
        validity_rate=rate,
        source=source,
        batches=batches,
        verified_batches=verified_batches,
        observed=observed,
    )


DEFAULT_VALIDITY_PERCENT = 75  # a common share of valid signatures on California petitions


def petition_progress(
    session: Session, campaign_id: str | None, validity_percent: int | None = None
) -> PetitionProgress:
    """Where a campaign's signatures stand today."""
    return petition_history(session, campaign_id, validity_percent)(dt.date.max)


def petition_history(
    session: Session,
    campaign_id: str | None,
    validity_percent: int | None = None,
) -> Callable[[dt.date], PetitionProgress]:
    """A campaign's signatures as a function of the day: the batches collected by then,
    verified as of their day verified (a batch verified with no day counts as verified
    from the day it was collected).  One grouped query, replayed in Python."""
    if campaign_id is None:
        return lambda _day: _progress(0, 0, 0, 0, 0, validity_percent)
    rows = [
        (collected, verified_on, int(n), int(raw), None if ver is None else int(ver))
        for collected, verified_on, n, raw, ver in session.execute(
            select(
                PetitionBatch.collected_on,
                PetitionBatch.verified_on,
                func.count(),
                func.sum(PetitionBatch.raw_count),
                func.sum(PetitionBatch.verified_count),
            )
            .where(PetitionBatch.campaign_id == campaign_id)
            .group_by(
                PetitionBatch.collected_on,
                PetitionBatch.verified_on,
                PetitionBatch.verified_count.is_(None),
            )
        )
    ]

    def at(day: dt.date) -> PetitionProgress:
        raw = verified = verified_raw = counted = counted_verified = 0
        for collected, verified_on, n, raw_sum, ver_sum in rows:
            if collected > day:
                continue
            raw += raw_sum
            counted += n
            if ver_sum is not None and (verified_on is None or verified_on <= day):
                verified += ver_sum
                verified_raw += raw_sum
                counted_verified += n
        return _progress(raw, verified, verified_raw, counted, counted_verified, validity_percent)

    return at


def collectors(session: Session, campaign_id: str | None = None) -> list[str]:
    """The collectors' names already written on batches, for a form to offer."""
    query = select(PetitionBatch.collector).distinct().where(PetitionBatch.collector != "")
    if campaign_id is not None:
        query = query.where(PetitionBatch.campaign_id == campaign_id)
    return sorted(session.scalars(query), key=str.lower)


def counties(session: Session) -> list[str]:
    """The counties already written on batches, for a form to offer."""
    query = select(PetitionBatch.county).distinct().where(PetitionBatch.county != "")
    return sorted(session.scalars(query), key=str.lower)


def event_choices(session: Session) -> list[tuple[str, str, dt.date]]:
    """Events a batch can come from: (id, name, day), the latest first."""
    return [
        (i, name, starts.date())
        for i, name, starts in session.execute(
            select(Event.id, Event.name, Event.starts_local).order_by(Event.starts_local.desc())
        )
    ]


def find_campaign(session: Session, text: str) -> Campaign:
    """The campaign named ``text`` (its name or id, any case or accents, or the one name
    it starts); a NotFoundError naming the nearest names otherwise."""
    key = text.strip()
    if key:
        found = session.get(Campaign, key)
        if found is not None:
            return found
        exact = names.ids_named(session, key, Campaign.id, Campaign.name)
        if len(exact) == 1:
            return session.get_one(Campaign, exact[0])
        wanted = names.name_key(key)
        starting = [
            c
            for c in session.scalars(select(Campaign))
            if names.name_key(c.name).startswith(wanted)
        ]
        if len(starting) == 1 and not exact:
            return starting[0]
        if len(exact) + len(starting) > 1:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Goals", "several campaigns are called “{key}”: give the campaign's id"
                ).format(key=key)
            )
    known = list(session.scalars(select(Campaign.name)))
    near = difflib.get_close_matches(key, known, n=3, cutoff=0.5)
    if near:
        quoted = [f"“{n}”" for n in near]
        choices: str = quoted[0]
        if len(quoted) > 1:
            choices = QT_TRANSLATE_NOOP("Goals", "{names} or {last}").format(
                names=", ".join(quoted[:-1]), last=quoted[-1]
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Goals", "no campaign called “{key}”; did you mean {names}?").format(
                key=key, names=choices
            )
        )
    raise NotFoundError(QT_TRANSLATE_NOOP("Goals", "no campaign called “{key}”").format(key=key))


def find_event(session: Session, text: str) -> Event:
    """The event named ``text`` (its id or the end of it as listings show it, or its name
    when one event has it)."""
    key = text.strip()
    found = session.get(Event, key) if key else None
    if found is not None:
        return found
    named = names.ids_referred(session, key, Event.id) or names.ids_named(
        session, key, Event.id, Event.name
    )
    if len(named) == 1:
        return session.get_one(Event, named[0])
    if named:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Goals", "{count} events are called “{key}”: give the event's id"
            ).format(count=len(named), key=key)
        )
    raise NotFoundError(QT_TRANSLATE_NOOP("Goals", "no event called “{key}”").format(key=key))
