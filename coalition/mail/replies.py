"""Answers to call invitations read back into who is coming.

A reply (an iTIP REPLY, RFC 5546, in a message or an .ics file; see
:mod:`coalition.mail.itip`) is matched to a call by its UID (a series' ``uid``, a
one-off call's) and to a person by its ATTENDEE address, among the e-mail addresses of
the directory, without regard to case.  With a RECURRENCE-ID it is about that week;
without, about the whole series.  The latest answer stands (by SEQUENCE, then DTSTAMP):
an older one arriving late changes nothing.  A COUNTER (another time proposed) is kept
beside the answer and shown, never applied.

What cannot be matched is never guessed: an address the directory does not know is
listed as "unknown sender"; a message that is broken, holds no calendar, answers no call
of ours, answers for someone other than its sender, or names an ORGANIZER that is not
ours is "ignored", with a note saying why.  Each message is read once (by its
Message-ID), and every answer recorded is one undoable change that syncs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.calls.meetings import lineage
from coalition.common import clock
from coalition.common.errors import CoalitionError, NotFoundError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.mail import itip
from coalition.store import changes
from coalition.store.changes import writes
from coalition.store.models import (
    CallOccurrence,
    CallSeries,
    IncomingMail,
    MailAccount,
    Partstat,
    Person,
    PersonEmail,
    Rsvp,
)

APPLIED = "applied"
COUNTER = "counter"
UNKNOWN = "unknown sender"
IGNORED = "ignored"
ALREADY_READ = "already read"  # never stored: the message's first reading stands


@dataclass(frozen=True)
class ReplyOutcome:
    """What one message or file did: ``outcome`` (applied, counter, unknown sender,
    ignored, already read), a sentence saying it, and the answer it recorded."""

    outcome: str
    note: str
    rsvp_id: str | None = None
    message_id: str = ""
    sender: str = ""
    subject: str = ""


@dataclass(frozen=True)
class AnswerRow:
    """One participant of a call and what they answered ("needs_action" if nothing)."""

    person_id: str
    name: str
    email: str
    partstat: Partstat
    comment: str = ""
    counter: str = ""
    answered_at: dt.datetime | None = None


# --- matching an answer to a call and a person ---------------------------------------------


class _Skip(Exception):
    """An answer that is not applied: ``outcome`` and the sentence why."""

    def __init__(self, outcome: str, note: str) -> None:
        super().__init__(note)
        self.outcome, self.note = outcome, note


@dataclass(frozen=True)
class _Target:
    """The call an answer is about: a series (a week of it, or all of it) or a one-off."""

    title: str
    series: CallSeries | None
    occurrence: CallOccurrence | None
    day: dt.date | None  # the week (its RECURRENCE-ID); None for the whole series

    @property
    def zone(self) -> str:
        if self.series is not None:
            return self.series.time_zone
        return (self.occurrence.time_zone if self.occurrence else "") or "UTC"

    def describe(self) -> str:
        if self.series is not None and self.day is None:
            return f"every call of '{self.title}'"
        when = self.day
        if when is None and self.occurrence is not None:
            when = self.occurrence.start.astimezone(ZoneInfo(self.zone)).date()
        return f"'{self.title}' of {when.isoformat()}" if when else f"'{self.title}'"


def _week_of(series: CallSeries, value: dt.date | dt.datetime) -> dt.date:
    """The date of the series' week a RECURRENCE-ID names, in the series' own zone."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # floating: the digits are the series' wall clock
            return value.date()
        return value.astimezone(ZoneInfo(series.time_zone)).date()
    return value


def _week_target(session: Session, series: CallSeries, day: dt.date) -> _Target:
    """The series (or the one continuing it, after a change "from a date onward") that
    holds a call on ``day``."""
    for series_id in [series.id, *sorted(lineage(session, series.id) - {series.id})]:
        candidate = session.get(CallSeries, series_id)
        if candidate is None:
            continue
        stored = session.scalar(
            select(CallOccurrence).where(
                CallOccurrence.series_id == candidate.id, CallOccurrence.original_date == day
            )
        )
        if stored is not None or calls.is_rule_date(candidate, day):
            return _Target(candidate.title, candidate, stored, day)
    raise _Skip(
        IGNORED,
        QT_TRANSLATE_NOOP("Mail", "'{title}' has no call on {day}").format(
            title=series.title, day=day.isoformat()
        ),
    )


def _target(session: Session, answer: itip.Answer) -> _Target:
    series = session.scalar(select(CallSeries).where(CallSeries.uid == answer.uid))
    if series is not None:
        if answer.recurrence_id is None:
            return _Target(series.title, series, None, None)
        return _week_target(session, series, _week_of(series, answer.recurrence_id))
    one_off = session.scalar(
        select(CallOccurrence).where(
            CallOccurrence.series_id.is_(None), CallOccurrence.uid == answer.uid
        )
    )
    if one_off is None and answer.uid.endswith(f"@{calls.UID_DOMAIN}"):
        # A one-off call written before it had a UID of its own: "<id>@<domain>".
        found = session.get(CallOccurrence, answer.uid.rsplit("@", 1)[0])
        one_off = found if found is not None and found.series_id is None else None
    if one_off is None:
        what = f" ('{answer.summary}')" if answer.summary else ""
        raise _Skip(
            IGNORED,
            QT_TRANSLATE_NOOP("Mail", "it answers an event{what} that is none of our calls").format(
                what=what
            ),
        )
    return _Target(one_off.title, None, one_off, None)


def _ours(session: Session, target: _Target) -> set[str]:
    """The addresses an invitation of ours names as its ORGANIZER."""
    found = {itip.address(changes.IDENTITY.email)}
    account = session.get(MailAccount, "default")
    if account is not None:
        found.add(itip.address(account.from_address))
    if target.series is not None and target.series.organizer is not None:
        found.update(itip.address(e.address) for e in target.series.organizer.emails)
    return found - {""}


def _person(session: Session, attendee: str) -> Person:
    people = list(
        session.scalars(
            select(Person)
            .join(PersonEmail, PersonEmail.person_id == Person.id)
            .where(func.lower(PersonEmail.address) == attendee)
            .distinct()
        )
    )
    if not people:
        raise _Skip(
            UNKNOWN,
            QT_TRANSLATE_NOOP("Mail", "{attendee} is not in the directory").format(
                attendee=attendee
            ),
        )
    if len(people) > 1:
        names = " and ".join(sorted(p.name for p in people))
        raise _Skip(
            UNKNOWN,
            QT_TRANSLATE_NOOP(
                "Mail", "{attendee} is the address of {names}: whose answer is unclear"
            ).format(attendee=attendee, names=names),
        )
    return people[0]


def _invited(session: Session, target: _Target, person: Person) -> None:
    if target.series is None:
        return  # a one-off call has no list of participants: any known person may answer
    invited = calls.invitees(session, target.series.id, on=target.day or clock.today())
    if all(p.id != person.id for p in invited) and person.id != target.series.organizer_id:
        raise _Skip(
            IGNORED,
            QT_TRANSLATE_NOOP("Mail", "{name} is not invited to '{title}'").format(
                name=person.name, title=target.title
            ),
        )


# --- recording --------------------------------------------------------------------------------


def _existing(session: Session, target: _Target, person: Person) -> Rsvp | None:
    query = select(Rsvp).where(Rsvp.person_id == person.id)
    if target.series is None:
        assert target.occurrence is not None
        query = query.where(Rsvp.series_id.is_(None), Rsvp.occurrence_id == target.occurrence.id)
    elif target.day is None:
        query = query.where(
            Rsvp.series_id == target.series.id,
            Rsvp.original_date.is_(None),
            Rsvp.occurrence_id.is_(None),
        )
    else:
        query = query.where(Rsvp.series_id == target.series.id, Rsvp.original_date == target.day)
    return session.scalars(query.order_by(Rsvp.answered_at.desc())).first()


def _new_rsvp(session: Session, target: _Target, person: Person, attendee: str) -> Rsvp:
    row = Rsvp(
        series_id=target.series.id if target.series is not None else None,
        occurrence_id=target.occurrence.id if target.occurrence is not None else None,
        original_date=target.day,
        person_id=person.id,
        attendee=attendee,
        partstat=Partstat.NEEDS_ACTION,
        answered_at=dt.datetime(1970, 1, 1, tzinfo=dt.UTC),
        sequence=0,
    )
    session.add(row)
    return row


def _counter_text(answer: itip.Answer, zone: str) -> str:
    """The time proposed, in the call's own zone, and what was written with it."""
    parts = []
    if answer.proposed is not None:
        start, end = answer.proposed
        if isinstance(start, dt.datetime):
            here = ZoneInfo(zone)
            start = start.astimezone(here) if start.tzinfo else start
            text = f"{start:%Y-%m-%d %H:%M}"
            if isinstance(end, dt.datetime):
                end = end.astimezone(here) if end.tzinfo else end
                text += f"–{end:%H:%M}" if end.date() == start.date() else f"–{end:%Y-%m-%d %H:%M}"
            parts.append(f"{text} ({zone})")
        else:
            parts.append(start.isoformat())
    if answer.comment:
        parts.append(answer.comment)
    return ": ".join(parts) or "another time (none given)"


def _apply(
    session: Session, answer: itip.Answer, letter: itip.Letter, target: _Target, person: Person
) -> tuple[str, str, Rsvp]:
    when = answer.stamp or letter.date or clock.now()
    row = _existing(session, target, person)
    if answer.method == "COUNTER":
        if row is None:
            row = _new_rsvp(session, target, person, answer.attendee)
        row.counter = _counter_text(answer, target.zone)
        row.reply_message_id = letter.message_id
        return COUNTER, f"{person.name} proposes {row.counter} for {target.describe()}", row
    if answer.partstat is None:
        raise _Skip(
            IGNORED,
            QT_TRANSLATE_NOOP(
                "Mail", "{name}'s answer says neither accepted, declined nor tentative"
            ).format(name=person.name),
        )
    if row is not None and (answer.sequence, when) <= (row.sequence, row.answered_at):
        raise _Skip(
            IGNORED,
            QT_TRANSLATE_NOOP(
                "Mail",
                "{name}'s answer of {when:%Y-%m-%d %H:%M} UTC is not later than the "
                "one already recorded ({label}, {answered_at:%Y-%m-%d %H:%M} UTC)",
            ).format(
                name=person.name,
                when=when,
                label=row.partstat.label.lower(),
                answered_at=row.answered_at,
            ),
        )
    if row is None:
        row = _new_rsvp(session, target, person, answer.attendee)
    row.attendee = answer.attendee
    row.partstat = answer.partstat
    row.comment = answer.comment
    row.counter = ""  # an answer to the time as it is settles a proposal made before
    row.answered_at = when
    row.sequence = answer.sequence
    row.reply_message_id = letter.message_id
    return APPLIED, f"{person.name}: {answer.partstat.label.lower()}, {target.describe()}", row


def _one(session: Session, answer: itip.Answer, letter: itip.Letter) -> tuple[str, str, Rsvp]:
    if letter.sender and answer.attendee != letter.sender:
        raise _Skip(
            IGNORED,
            QT_TRANSLATE_NOOP("Mail", "it answers for {attendee} but was sent by {sender}").format(
                attendee=answer.attendee, sender=letter.sender
            ),
        )
    target = _target(session, answer)
    if answer.organizer and answer.organizer not in _ours(session, target):
        raise _Skip(
            IGNORED,
            QT_TRANSLATE_NOOP(
                "Mail", "its ORGANIZER {organizer} is not the organizer of ours"
            ).format(organizer=answer.organizer),
        )
    person = _person(session, answer.attendee)
    _invited(session, target, person)
    return _apply(session, answer, letter, target, person)


def _letter_outcome(session: Session, letter: itip.Letter) -> tuple[str, str, str | None]:
    """Apply every answer the message holds; the outcome is the first applied one's (or,
    none applied, the first reason)."""
    if letter.problem:
        return IGNORED, f"{letter.problem}", None
    if not letter.calendars:
        return IGNORED, "it holds no calendar (no answer to an invitation)", None
    done: list[tuple[str, str, str | None]] = []
    skipped: list[tuple[str, str, str | None]] = []
    seen: set[itip.Answer] = set()
    for data in letter.calendars:
        try:
            answers = itip.read_answers(data, letter.sender)
        except itip.NotAnAnswer as exc:
            skipped.append((IGNORED, str(exc), None))
            continue
        for answer in answers:
            if answer in seen:  # the same calendar inline and attached, written apart
                continue
            seen.add(answer)
            try:
                outcome, note, row = _one(session, answer, letter)
            except _Skip as skip:
                skipped.append((skip.outcome, skip.note, None))
                continue
            session.flush()
            done.append((outcome, note, row.id))
    if done:
        notes = "; ".join(dict.fromkeys(n for _, n, _ in done + skipped))
        return done[0][0], notes, done[0][2]
    unknown = [s for s in skipped if s[0] == UNKNOWN]
    first = unknown[0] if unknown else skipped[0]
    return first[0], "; ".join(dict.fromkeys(n for _, n, _ in [first, *skipped])), None


@writes(QT_TRANSLATE_NOOP("Changes", "Read reply"))
def _record(session: Session, letter: itip.Letter, source: str) -> ReplyOutcome:
    outcome, note, rsvp_id = _letter_outcome(session, letter)
    session.add(
        IncomingMail(
            message_id=letter.message_id[:255],
            sender=letter.sender[:320],
            subject=letter.subject[:500],
            received_at=clock.now(),
            source=source,
            outcome=outcome,
            note=note,
            rsvp_id=rsvp_id,
        )
    )
    return ReplyOutcome(outcome, note, rsvp_id, letter.message_id, letter.sender, letter.subject)


def _read_before(session: Session, message_id: str) -> IncomingMail | None:
    return session.scalar(select(IncomingMail).where(IncomingMail.message_id == message_id[:255]))


def _read_letter(session: Session, letter: itip.Letter, source: str) -> ReplyOutcome:
    earlier = _read_before(session, letter.message_id)
    if earlier is not None:
        return ReplyOutcome(
            ALREADY_READ,
            f"read before, on {earlier.received_at:%Y-%m-%d %H:%M} UTC ({earlier.outcome})",
            earlier.rsvp_id,
            letter.message_id,
            letter.sender,
            letter.subject,
        )
    return _record(session, letter, source)


def read_message(session: Session, raw: bytes, *, source: str = "file") -> ReplyOutcome:
    """Read one message (its whole bytes) for answers, once: a message read before
    changes nothing and says so."""
    return _read_letter(session, itip.read_letter(raw), source)


def _calendar_letter(data: bytes, name: str) -> itip.Letter:
    """An .ics file as a letter: no sender (it was dropped on the window by its reader),
    read once by its content."""
    return itip.Letter(f"<{itip.fingerprint(data)}@ics-file>", "", name, None, [data])


def read_file(session: Session, path: str | Path) -> list[ReplyOutcome]:
    """Read an .eml message or an .ics calendar dropped on the window or named on the
    command line.  Raises :class:`CoalitionError` when the file cannot be opened."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Mail", "cannot read {name}: {value}").format(
                name=file.name, value=exc.strerror or exc
            )
        ) from None
    if file.suffix.lower() == ".ics" or data.lstrip().upper().startswith(b"BEGIN:VCALENDAR"):
        return [_read_letter(session, _calendar_letter(data, file.name), "file")]
    return [read_message(session, data, source="file")]


def read_mailbox(
    session: Session, password: str, *, progress: Callable[[int, int], None] | None = None
) -> list[ReplyOutcome]:
    """Read the answers that arrived in the account's INBOX since the last reading
    (IMAP).  Raises :class:`coalition.mail.errors.MailError` with a sentence when the
    mailbox cannot be reached or read."""
    from coalition.mail import inbox

    return inbox.read_new(session, password, progress=progress, read=read_message)


# --- who is coming ---------------------------------------------------------------------------


def _participants(session: Session, series: CallSeries, day: dt.date | None) -> list[Person]:
    people = calls.invitees(session, series.id, on=day or clock.today())
    return [p for p in people if p.id != series.organizer_id]


def _stands(week: Rsvp | None, whole: Rsvp | None) -> Rsvp | None:
    """The answer that stands for a week: its own, unless the one for the whole series
    came later."""
    if week is None or whole is None:
        return week or whole
    return whole if whole.answered_at > week.answered_at else week


def _row(person: Person, answer: Rsvp | None) -> AnswerRow:
    if answer is None:
        return AnswerRow(person.id, person.name, person.primary_email, Partstat.NEEDS_ACTION)
    return AnswerRow(
        person.id,
        person.name,
        answer.attendee or person.primary_email,
        answer.partstat,
        answer.comment,
        answer.counter,
        answer.answered_at if answer.partstat != Partstat.NEEDS_ACTION else None,
    )


def answers(
    session: Session,
    occurrence_id: str | None = None,
    *,
    series_id: str | None = None,
    day: dt.date | None = None,
) -> list[AnswerRow]:
    """Every participant of a call, by name, with what they answered: a stored call
    (``occurrence_id``), or a week of a series not prepared yet (``series_id`` and
    ``day``); ``series_id`` alone gives the answers for the whole series."""
    if occurrence_id is not None:
        occurrence = calls.get_occurrence(session, occurrence_id)
        if occurrence.series_id is None:
            own = session.scalars(
                select(Rsvp).where(Rsvp.occurrence_id == occurrence.id, Rsvp.person_id.is_not(None))
            )
            found = [(r.person, r) for r in own if r.person is not None]
            return sorted((_row(p, r) for p, r in found), key=lambda a: a.name.lower())
        series_id, day = occurrence.series_id, occurrence.original_date
    if series_id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Mail", "say which call: a call, or a series and a date")
        )
    series = calls.get_series(session, series_id)
    rows = list(session.scalars(select(Rsvp).where(Rsvp.series_id == series.id)))
    whole = {r.person_id: r for r in rows if r.original_date is None and r.occurrence_id is None}
    week = {r.person_id: r for r in rows if day is not None and r.original_date == day}
    return [
        _row(p, _stands(week.get(p.id), whole.get(p.id)))
        for p in _participants(session, series, day)
    ]


def unmatched(session: Session) -> list[IncomingMail]:
    """The replies read but not applied (unknown senders, proposals of another time,
    messages ignored), newest first, each with its note."""
    return list(
        session.scalars(
            select(IncomingMail)
            .where(IncomingMail.outcome != APPLIED)
            .order_by(IncomingMail.received_at.desc(), IncomingMail.message_id)
        )
    )


__all__ = [
    "ALREADY_READ",
    "APPLIED",
    "COUNTER",
    "IGNORED",
    "UNKNOWN",
    "AnswerRow",
    "ReplyOutcome",
    "answers",
    "read_file",
    "read_mailbox",
    "read_message",
    "unmatched",
]
