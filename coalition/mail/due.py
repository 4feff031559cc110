"""What has become due to send, queued once: each message is built whole and kept in
the outbox under a key that says what it is for, so that asking again queues nothing
new.

- Invitations: each participant with an address gets the whole series (METHOD:REQUEST)
  once per SEQUENCE; a raised SEQUENCE is an update; a new participant gets the whole
  series; one taken off it, and everyone once it is cancelled, a METHOD:CANCEL; a week
  moved or cancelled after the invitation went, a notice of that week.
- The agenda, from its lead time before the call (``SeriesMail``) until the call starts.
- The minutes, once the organizer marked them final.
- The weekly digest of each person's open action items (where the account sends it).
- The reminder of a volunteer shift starting within a day (:mod:`.shift_reminders`).

This laptop queues a series' mail only when its profile's address is the series
organizer's: two organizers' laptops never both send.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import actions, meetings
from coalition.calls import calendar_export as calendar_ics
from coalition.calls import series as calls
from coalition.calls.actions import ActionRow
from coalition.common.errors import CoalitionError
from coalition.events import shifts as shift_service
from coalition.mail import letters, shift_reminders
from coalition.mail.compose import Draft, build, message_id, raw_bytes
from coalition.store import changes
from coalition.store.models import (
    ActionStatus,
    CallOccurrence,
    CallSeries,
    CallStatus,
    MailAccount,
    MailKind,
    MailStatus,
    OutgoingMail,
    Person,
    SeriesMail,
)

# The kinds a series' invitation mail comes in (each previewed as "invitation").
CALENDAR_KINDS = (MailKind.INVITATION, MailKind.UPDATE, MailKind.CANCELLATION)
_INVITED = (MailKind.INVITATION, MailKind.UPDATE)
_LIVE = (MailStatus.QUEUED, MailStatus.SENT, MailStatus.FAILED)
_KEY_MAX = 400


def series_settings(session: Session, series_id: str) -> SeriesMail:
    """The series' mail settings, or the defaults (not stored) when it has none."""
    row = session.scalar(select(SeriesMail).where(SeriesMail.series_id == series_id))
    return row if row is not None else SeriesMail(series_id=series_id)


def _key(*parts: object) -> str:
    text = ":".join(str(p) for p in parts)
    if len(text) <= _KEY_MAX:
        return text
    return f"{parts[0]}:{hashlib.sha256(text.encode()).hexdigest()}"


@dataclass
class Queued:
    """What one queueing added, and what it could not."""

    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


class _Queue:
    """The outbox as it is, and the messages added to it in this run."""

    def __init__(self, session: Session, account: MailAccount, now: dt.datetime) -> None:
        self.session = session
        self.account = account
        self.now = now
        self.keys = set(session.scalars(select(OutgoingMail.dedupe_key)))
        self.result = Queued()
        self._skipped: set[str] = set()

    def has(self, key: str) -> bool:
        return key in self.keys

    def skip(self, sentence: str) -> None:
        if sentence not in self._skipped:
            self._skipped.add(sentence)
            self.result.skipped.append(sentence)

    def add(
        self,
        kind: MailKind,
        key: str,
        draft: Draft,
        *,
        series_id: str | None = None,
        occurrence_id: str | None = None,
        person_id: str | None = None,
    ) -> None:
        if key in self.keys:
            return
        msgid = message_id(key, self.account.from_address)
        try:
            message = build(self.account, draft, msgid)
        except ValueError:
            self.skip(f"{draft.to_name}: '{draft.to_address}' is not an e-mail address")
            return
        self.session.add(
            OutgoingMail(
                kind=kind,
                dedupe_key=key,
                message_id=msgid,
                recipient=draft.to_address.strip(),
                recipient_name=str(message["To"].addresses[0].display_name)[:200],
                subject=str(message["Subject"])[:500],
                raw=raw_bytes(message),
                series_id=series_id,
                occurrence_id=occurrence_id,
                person_id=person_id,
                status=MailStatus.QUEUED,
                created_at=self.now,
            )
        )
        self.keys.add(key)
        self.result.counts[kind.value] = self.result.counts.get(kind.value, 0) + 1


def _mine(series: CallSeries) -> bool:
    """Whether this laptop sends the series' mail: its profile is the organizer's."""
    mine = (changes.IDENTITY.email or "").strip().casefold()
    organizer = series.organizer
    return bool(mine) and organizer is not None and organizer.primary_email.casefold() == mine


# Notes on invitations taken back before they went (status cancelled).
WITHDRAWN = "taken back before it went: the participant is no longer on the series"
SUPERSEDED = "taken back before it went: a newer invitation replaces it"
CALLED_OFF = "taken back before it went: the series is cancelled"
_ROUND = re.compile(r":r(\d+)$")


def _round(key: str) -> int:
    found = _ROUND.search(key)
    return int(found.group(1)) if found else 0


@dataclass
class _Invited:
    """Where one address stands with a series, as its latest calendar mail says: on it
    (``live``) or taken off, in which round (a person taken off and added again is
    invited afresh: round 1, 2...), whether an invitation of this round went, and those
    still waiting to go."""

    person_id: str | None
    invited_at: dt.datetime
    round: int = 0
    live: bool = True
    sent: bool = False
    waiting: list[OutgoingMail] = field(default_factory=list)


def _standing(session: Session, series_id: str) -> dict[str, _Invited]:
    """Each address's standing, from the series' calendar mail oldest first (pruning
    keeps each address's latest, which is what counts)."""
    rows = session.scalars(
        select(OutgoingMail)
        .where(OutgoingMail.series_id == series_id, OutgoingMail.occurrence_id.is_(None))
        .order_by(OutgoingMail.created_at)
    )
    found: dict[str, _Invited] = {}
    for row in rows:
        address = row.recipient.casefold()
        withdrawn = row.status == MailStatus.CANCELLED and row.last_error == WITHDRAWN
        if row.dedupe_key.startswith("removed:") or withdrawn:
            found[address] = _Invited(row.person_id, row.created_at, _round(row.dedupe_key) + 1)
            found[address].live = False
        elif row.kind in _INVITED and row.status in _LIVE:
            previous = found.get(address)
            state = previous if previous is not None and previous.live else None
            if state is None:
                state = found[address] = _Invited(row.person_id, row.created_at)
            state.person_id, state.invited_at = row.person_id, row.created_at
            state.round = _round(row.dedupe_key)
            state.sent = state.sent or row.status == MailStatus.SENT
            if row.status != MailStatus.SENT:
                state.waiting.append(row)
    return found


def _take_back(rows: list[OutgoingMail], why: str) -> None:
    """Invitations not sent yet that no longer say what is so: they never go."""
    for row in rows:
        if row.status in (MailStatus.QUEUED, MailStatus.FAILED):
            row.status = MailStatus.CANCELLED
            row.next_attempt_at = None
            row.last_error = why


def _people(session: Session, series: CallSeries, queue: _Queue, what: str) -> list[Person]:
    """The series' participants to write to (its organizer left out), each without an
    address said once."""
    people = [p for p in calls.invitees(session, series.id) if p.id != series.organizer_id]
    for person in people:
        if not person.primary_email:
            queue.skip(f"{person.name} has no e-mail address: no {what} for '{series.title}'")
    return [p for p in people if p.primary_email]


def _ended(series: CallSeries, today: dt.date) -> bool:
    until = calls.Recurrence.from_rrule(series.rrule).until
    return until is not None and until < today


def queue_invitations(session: Session, series: CallSeries, queue: _Queue) -> None:
    """The series' calendar mail: invitations and updates, cancellations, week notices."""
    standing = _standing(session, series.id)
    live = {a: s for a, s in standing.items() if s.live}
    uid, seq = series.uid, series.sequence
    if series.status == CallStatus.CANCELLED:
        for state in live.values():
            _take_back(state.waiting, CALLED_OFF)
        gone = [
            p
            for s in live.values()
            if s.sent and s.person_id and (p := session.get(Person, s.person_id))
        ]
        files = calendar_ics.series_cancellation(session, series.id, gone)
        for name, data in files.items():
            person = files.invitee[name]
            address = person.primary_email.casefold()
            draft = letters.series_cancelled(series, person, data, removed=False)
            key = _key("cancel", uid, address, seq)
            queue.add(MailKind.CANCELLATION, key, draft, series_id=series.id, person_id=person.id)
        return
    if not standing and _ended(series, queue.now.date()):
        return
    people = _people(session, series, queue, "invitation")
    current = {p.primary_email.casefold() for p in people}
    files = calendar_ics.invitations(session, series.id)
    for name, data in files.items():
        person = files.invitee[name]
        address = person.primary_email.casefold()
        known = standing.get(address)
        turn = known.round if known else 0
        key = _key("invitation", uid, address, seq, *([f"r{turn}"] if turn else []))
        if queue.has(key):
            continue
        update = known is not None and known.live and known.sent
        if known is not None and known.live:
            _take_back(known.waiting, SUPERSEDED)
        draft = letters.invitation(series, person, data, update=update)
        kind = MailKind.UPDATE if update else MailKind.INVITATION
        queue.add(kind, key, draft, series_id=series.id, person_id=person.id)
    removed = {a: s for a, s in live.items() if a not in current and s.person_id}
    for address, known in removed.items():
        _take_back(known.waiting, WITHDRAWN)
        dropped = session.get(Person, known.person_id)
        if not known.sent or dropped is None or dropped.primary_email.casefold() != address:
            continue  # nothing went: nothing to take out of their calendar
        key = _key("removed", uid, address, seq, f"r{known.round}")
        out = calendar_ics.series_cancellation(session, series.id, [dropped])
        for data in out.values():
            draft = letters.series_cancelled(series, dropped, data, removed=True)
            queue.add(MailKind.CANCELLATION, key, draft, series_id=series.id, person_id=dropped.id)
    _queue_week_notices(session, series, queue, {a: s for a, s in live.items() if a in current})


def _queue_week_notices(
    session: Session, series: CallSeries, queue: _Queue, invited: dict[str, _Invited]
) -> None:
    """A week moved or cancelled after a person's invitation went: that week's notice."""
    today = queue.now.date()
    for row in series.occurrences:
        day = row.original_date
        if day is None or day < today:
            continue
        cancelled = row.status == CallStatus.CANCELLED
        moved = (row.start, row.duration_minutes) != (
            calls.slot_start(series, day),
            series.duration_minutes,
        )
        if not (cancelled or moved):
            continue
        waiting = [a for a, s in invited.items() if s.invited_at < row.updated_at]
        if not waiting:
            continue
        try:
            files = calendar_ics.occurrence_notice(session, series.id, day)
        except CoalitionError:
            continue
        for name, data in files.items():
            person = files.invitee[name]
            address = person.primary_email.casefold()
            if address not in waiting:
                continue
            key = _key("week", series.uid, day.isoformat(), address, row.sequence)
            draft = letters.week_notice(series, row, person, data, cancelled=cancelled)
            kind = MailKind.CANCELLATION if cancelled else MailKind.UPDATE
            queue.add(
                kind, key, draft, series_id=series.id, occurrence_id=row.id, person_id=person.id
            )


def agenda_due_at(series: CallSeries, settings: SeriesMail, call_start: dt.datetime) -> dt.datetime:
    """When the agenda of the call starting at ``call_start`` goes: its lead time (days
    before, at a wall-clock time) in the series' zone."""
    zone = ZoneInfo(series.time_zone)
    day = call_start.astimezone(zone).date() - dt.timedelta(days=settings.agenda_days_before or 0)
    at = calls.read_wall_time(settings.agenda_at or "10:00")
    return dt.datetime.combine(day, at, tzinfo=zone).astimezone(dt.UTC)


def due_agendas(session: Session, series: CallSeries, now: dt.datetime) -> list[calls.Call]:
    """The series' calls whose agenda is due now (from the lead time to the start)."""
    settings = series_settings(session, series.id)
    if not settings.agenda or series.status == CallStatus.CANCELLED:
        return []
    ahead = dt.timedelta(days=max(settings.agenda_days_before or 0, 0) + 2)
    found = calls.calls_between(
        session, now, now + ahead, series_id=series.id, include_cancelled=False
    )
    return [c for c in found if agenda_due_at(series, settings, c.start) <= now < c.start]


def prepare_agendas(session: Session, series: CallSeries, now: dt.datetime) -> None:
    """The calls whose agenda is due are stored (their agenda started from the standing
    items) before any message is built: a write of its own."""
    for call in due_agendas(session, series, now):
        if call.occurrence_id is None and call.original_date is not None:
            meetings.prepare_call(session, series.id, call.original_date)


def queue_agendas(session: Session, series: CallSeries, queue: _Queue) -> None:
    for call in due_agendas(session, series, queue.now):
        if call.occurrence_id is None:
            continue  # not prepared (prepare_agendas runs first)
        row = calls.get_occurrence(session, call.occurrence_id)
        for person in _people(session, series, queue, "agenda"):
            key = _key("agenda", row.id, person.primary_email.casefold())
            if not queue.has(key):
                draft = letters.agenda(session, row, person)
                queue.add(
                    MailKind.AGENDA,
                    key,
                    draft,
                    series_id=series.id,
                    occurrence_id=row.id,
                    person_id=person.id,
                )


def queue_minutes(session: Session, series: CallSeries, queue: _Queue) -> None:
    settings = series_settings(session, series.id)
    if not settings.minutes:
        return
    since = queue.now - dt.timedelta(days=queue.account.keep_days or 90)
    rows = session.scalars(
        select(CallOccurrence).where(
            CallOccurrence.series_id == series.id,
            CallOccurrence.minutes_final_at.is_not(None),
            CallOccurrence.minutes_final_at >= since,
            CallOccurrence.status != CallStatus.CANCELLED,
        )
    )
    for row in rows:
        for person in _people(session, series, queue, "minutes"):
            key = _key("minutes", row.id, person.primary_email.casefold())
            if not queue.has(key):
                draft = letters.minutes(session, row, person)
                queue.add(
                    MailKind.MINUTES,
                    key,
                    draft,
                    series_id=series.id,
                    occurrence_id=row.id,
                    person_id=person.id,
                )


def week_label(now: dt.datetime) -> str:
    year, week, _ = now.astimezone().isocalendar()
    return f"{year}-W{week:02d}"


def queue_digests(session: Session, queue: _Queue) -> None:
    """Each person's own open action items, once a week."""
    week = week_label(queue.now)
    mine: dict[str, list[ActionRow]] = defaultdict(list)
    for row in actions.action_items(session, status=ActionStatus.OPEN):
        if row.owner_id:
            mine[row.owner_id].append(row)
    for person_id, rows in mine.items():
        person = session.get(Person, person_id)
        if person is None:
            continue
        if not person.primary_email:
            queue.skip(f"{person.name} has no e-mail address: no digest of their action items")
            continue
        key = _key("digest", person.id, week)
        if not queue.has(key):
            draft = letters.digest(person, rows, week)
            queue.add(MailKind.DIGEST, key, draft, person_id=person.id)


def queue_all(session: Session, account: MailAccount, now: dt.datetime) -> Queued:
    """Queue what has become due and commit it; returns what was added."""
    ours = [s for s in calls.all_series(session) if _mine(s)]
    if account.automatic:
        for series in ours:
            prepare_agendas(session, series, now)
    queue = _Queue(session, account, now)
    try:
        for series in ours:
            if series_settings(session, series.id).invitations:
                queue_invitations(session, series, queue)
            if account.automatic:
                queue_agendas(session, series, queue)
                queue_minutes(session, series, queue)
        if account.automatic and account.send_digest:
            queue_digests(session, queue)
        reminded = (
            shift_reminders.queue_shift_reminders(session, queue) if account.automatic else []
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    if reminded:
        shift_service.mark_reminded(session, reminded, now)
    return queue.result
