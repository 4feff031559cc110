"""The weekly calls written as iCalendar (RFC 5545) files: the schedule and invitations.

Every calendar client must read these files alike, not only the library that wrote them,
so they follow RFC 5545 and RFC 5546 to the letter:

- A series is one VEVENT: ``DTSTART;TZID=<zone>`` at its wall-clock time and an RRULE
  whose UNTIL is in UTC (RFC 5545 3.3.10, for a DTSTART with a TZID).  A moved or
  cancelled week, or one of another length, is a VEVENT of the same UID with a
  RECURRENCE-ID at the week's original wall-clock slot; a week kept in the database that
  the rule no longer gives (the rule changed after its agenda was made) is added to the
  recurrence set with an RDATE, so that every reader lists the calls
  :func:`coalition.calls.series.calls_between` lists.  A cancelled week stays an override with
  STATUS:CANCELLED rather than an EXDATE: that is what an iTIP update or cancellation of
  one week says, and ical.js reads it as such.
- Every TZID used has a VTIMEZONE, made from the zoneinfo database (see
  :func:`_vtimezone` for why not with icalendar's ``Timezone.from_tzinfo``) from the
  first year the file has a time in that zone: a yearly daylight-saving rule as a yearly
  RRULE that runs on, as a series with no end does; other changes one by one, through
  :data:`ZONE_YEARS_AHEAD` years past the period for a series with no end.
- UIDs are the stored ones (never made per export); DTSTAMP is the time of writing;
  SEQUENCE is the series' (or the week's, if higher), which the call services raise on
  every change attendees must hear of.

A partner's file is read in by :mod:`coalition.calls.calendar_import`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coalition.calls import series as calls
from coalition.common import clock
from coalition.common.errors import CoalitionError, NotFoundError
from coalition.common.files import write_bytes
from coalition.store.models import CallOccurrence, CallSeries, CallStatus, Campaign, Person

PRODID = "-//Coalition//Coalition//EN"
UTC = dt.UTC
# How many years past the period a file is about the VTIMEZONE of a series with no end
# lists the changes no yearly rule gives (a zone that follows Ramadan, a new law).
ZONE_YEARS_AHEAD = 5
# Zones written as UTC ("...Z") rather than with a TZID and a VTIMEZONE.
_UTC_NAMES = frozenset({"", "UTC", "Etc/UTC", "Etc/Zulu", "Zulu", "Universal", "Etc/Universal"})
# Campaign dates exported as all-day events: (column, UID suffix, what the day is).
_DEADLINES = (
    ("filing_date", "filing", "filing deadline"),
    ("signature_deadline", "signatures", "signature deadline"),
    ("vote_date", "vote", "vote"),
)


_State = tuple[dt.timedelta, bool, str]  # a zone's offset, whether it is daylight time, its name


@dataclass(frozen=True)
class _Onset:
    """One change of a zone's offset, as a VTIMEZONE observance states it."""

    local: dt.datetime  # naive: the wall-clock time of the change in the offset before it
    utc: dt.datetime
    offset_from: dt.timedelta
    to: _State


def _state(zone: ZoneInfo, seconds: int) -> _State:
    local = dt.datetime.fromtimestamp(seconds, UTC).astimezone(zone)
    return local.utcoffset() or dt.timedelta(), bool(local.dst()), local.tzname() or ""


def _onsets(zone: ZoneInfo, first: dt.datetime, last: dt.datetime) -> list[_Onset]:
    """Every change of ``zone`` from ``first`` to ``last``, to the second: day by day,
    then by halves (a zone changes at most once a day); the first is the state at
    ``first``, from and to its own offset."""
    moment, end = int(first.timestamp()), int(last.timestamp())
    state = _state(zone, moment)
    result = [_Onset(first.astimezone(zone).replace(tzinfo=None), first, state[0], state)]
    while moment < end:
        following = moment + 86400
        new = _state(zone, following)
        if new != state:
            low, high = moment, following
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (middle, high) if _state(zone, middle) == state else (low, middle)
            utc = dt.datetime.fromtimestamp(high, UTC)
            result.append(_Onset((utc + state[0]).replace(tzinfo=None), utc, state[0], new))
        moment, state = following, new
    return result


def _byday(run: list[_Onset]) -> str | None:
    """The yearly rule's BYDAY ("2SU", "-1SU") that gives every onset of ``run``, if any:
    the same weekday and time of the same month in consecutive years, always the nth or
    always the last of the month."""
    head = run[0].local
    for previous, onset in itertools.pairwise(run):
        if onset.local.year != previous.local.year + 1:
            return None
    if any(
        (o.local.month, o.local.weekday(), o.local.time())
        != (head.month, head.weekday(), head.time())
        for o in run
    ):
        return None
    code = calls.WEEKDAY_CODES[head.weekday()]
    nths = {(o.local.day - 1) // 7 + 1 for o in run}
    if len(nths) == 1:
        return f"{nths.pop()}{code}"
    if all((o.local + dt.timedelta(days=7)).month != o.local.month for o in run):
        return f"-1{code}"
    return None


@lru_cache(maxsize=64)
def _vtimezone(zone: str, first_year: int, last_year: int) -> icalendar.Timezone:
    """The VTIMEZONE of ``zone``, from the zoneinfo database, for times from
    ``first_year`` to ``last_year``.

    icalendar's ``Timezone.from_tzinfo`` lists the changes as one RDATE with many values
    and puts the spring change an hour late (its DTSTART is the time after the change,
    RFC 5545 3.6.5 wants the time before it); ical.js then reads only the first RDATE
    value and ignores DTSTART, so every 2026 summer call came out an hour off.  Here the
    changes are found to the second and written as RFC 5545's own example writes them:
    the changes that recur every year on the same nth (or last) weekday as one yearly
    RRULE, left open when it still runs past ``last_year`` (the rule goes on for a series
    with no end), and any other change as an observance of its own.
    """
    tz = ZoneInfo(zone)
    # Two years more than needed, to tell a rule that goes on from one that stops.
    initial, *onsets = _onsets(
        tz, dt.datetime(first_year, 1, 1, tzinfo=tz), dt.datetime(last_year + 3, 1, 1, tzinfo=UTC)
    )
    runs: list[list[_Onset]] = [[initial]]
    open_runs: dict[tuple[dt.timedelta, _State], list[_Onset]] = {}
    for onset in onsets:
        run = open_runs.get((onset.offset_from, onset.to))
        if run is not None and _byday([*run, onset]) is not None:
            run.append(onset)
        else:
            open_runs[(onset.offset_from, onset.to)] = [onset]
            runs.append(open_runs[(onset.offset_from, onset.to)])
    result = icalendar.Timezone()
    result.add("tzid", zone)
    for run in runs:
        if run[0].local.year > last_year:
            continue
        offset_to, daylight, name = run[0].to
        part = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
        part.add("dtstart", run[0].local)
        if len(run) > 1:
            rule: dict[str, Any] = {
                "FREQ": "YEARLY",
                "BYMONTH": run[0].local.month,
                "BYDAY": _byday(run),
            }
            if run[-1].local.year < last_year + 2:
                rule["UNTIL"] = run[-1].utc
            part.add("rrule", rule)
        part.add("tzname", name)
        part.add("tzoffsetfrom", run[0].offset_from)
        part.add("tzoffsetto", offset_to)
        result.add_component(part)
    return result


def _zone(name: str) -> dt.tzinfo:
    return UTC if name in _UTC_NAMES else ZoneInfo(name)


def _mailto(person: Person) -> icalendar.vCalAddress | None:
    if not person.primary_email:
        return None
    address = icalendar.vCalAddress(f"mailto:{person.primary_email}")
    address.params["CN"] = person.name
    return address


# An invitation is the same file for every invitee but for the ATTENDEE: it is written
# once with this address in every event (a line no other line can equal, folded or not),
# which each invitee's own ATTENDEE line then replaces.  Serializing the zones, the rule
# and every differing week again for each of 200 invitees cost most of an export.
_EVERY_INVITEE = icalendar.vCalAddress("X")
_INVITEE_SLOT = b"\r\nATTENDEE:X\r\n"


def _attendee(person: Person, *, rsvp: bool) -> icalendar.vCalAddress:
    """The invitee as an ATTENDEE; asked to answer (RSVP) only in a REQUEST."""
    address = _mailto(person)
    assert address is not None, "invitees without an e-mail are left out before this"
    address.params["CUTYPE"] = "INDIVIDUAL"
    address.params["ROLE"] = "REQ-PARTICIPANT"
    if rsvp:
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["RSVP"] = "TRUE"
    return address


def _attendee_line(person: Person, *, rsvp: bool) -> bytes:
    """The invitee's ATTENDEE content line as icalendar writes it in an event (folded,
    with its CRLF)."""
    event = icalendar.Event()
    event.add("attendee", _attendee(person, rsvp=rsvp))
    text: bytes = event.to_ical()
    return text[text.index(b"\r\n") + 2 : text.rindex(b"END:VEVENT")]


def _for_each_invitee(
    shared: bytes, people: list[Person], *, rsvp: bool
) -> Iterable[tuple[Person, bytes]]:
    """Each invitee's file: ``shared`` (written with :data:`_EVERY_INVITEE`) with their
    own ATTENDEE line in every event."""
    for person in people:
        yield person, shared.replace(_INVITEE_SLOT, b"\r\n" + _attendee_line(person, rsvp=rsvp))


def _description(series: CallSeries) -> str:
    """What to read before the call and how to join it, for clients that show no URL."""
    parts = [series.description] if series.description else []
    if series.join_url:
        parts.append(f"Join: {series.join_url}")
    if series.dial_in:
        code = f" (access code {series.access_code})" if series.access_code else ""
        parts.append(f"Dial-in: {series.dial_in}{code}")
    elif series.access_code:
        parts.append(f"Access code: {series.access_code}")
    return "\n\n".join(parts)


def _until_in_utc(rule: str, zone: str) -> icalendar.vRecur:
    """The stored rule with its floating local UNTIL made the UTC instant RFC 5545 wants
    beside a DTSTART with a TZID (a date alone counts to the end of that day)."""
    recur: icalendar.vRecur = icalendar.vRecur.from_ical(rule)
    if "UNTIL" in recur:
        until = recur["UNTIL"][0]
        if not isinstance(until, dt.datetime):
            until = dt.datetime.combine(until, dt.time(23, 59, 59))
        if until.tzinfo is None:
            until = until.replace(tzinfo=_zone(zone))
        recur["UNTIL"] = [until.astimezone(UTC)]
    return recur


def _week(row: CallOccurrence) -> dt.date:
    """The date the series' rule gave a stored week (its RECURRENCE-ID)."""
    if row.original_date is None:
        raise ValueError("a call of its own is no week of a series")
    return row.original_date


def _differs(series: CallSeries, row: CallOccurrence) -> bool:
    """Whether a stored week says something the series' rule does not."""
    return (
        row.status == CallStatus.CANCELLED
        or row.start != calls.slot_start(series, _week(row))
        or row.duration_minutes != series.duration_minutes
    )


class _Calendar:
    """One VCALENDAR being written: its events, and the zones and years they use."""

    def __init__(self, method: str, horizon: dt.date) -> None:
        self.method = method
        self.stamp = clock.now().replace(microsecond=0)
        self.horizon = horizon  # the last day the file is about
        self.events: list[icalendar.Event] = []
        self._years: dict[str, set[int]] = {}

    def _note(self, zone: str, year: int) -> None:
        """Remember that the file has a time in ``zone`` in ``year`` (for its VTIMEZONE)."""
        if zone not in _UTC_NAMES:
            self._years.setdefault(zone, set()).add(year)

    def _at(self, moment: dt.datetime, zone: str) -> dt.datetime:
        """The instant ``moment`` as written: in ``zone`` (with its TZID), or in UTC."""
        local = moment.astimezone(_zone(zone))
        self._note(zone, local.year)
        return local

    def _wall(self, series: CallSeries, day: dt.date) -> dt.datetime:
        """The series' wall-clock time on ``day``, digits as they are: the slot the rule
        gives, even on the night a time is skipped (RFC 5545 then says how to read it)."""
        self._note(series.time_zone, day.year)
        return dt.datetime.combine(day, series.start_time, tzinfo=_zone(series.time_zone))

    def _event(self, uid: str, sequence: int, cancelled: bool) -> icalendar.Event:
        event = icalendar.Event()
        event.add("uid", uid)
        event.add("dtstamp", self.stamp)
        event.add("sequence", sequence)
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        self.events.append(event)
        return event

    def add_series(
        self, series: CallSeries, attendee: Person | icalendar.vCalAddress | None = None
    ) -> icalendar.Event:
        """The series as one recurring VEVENT (no overrides: see :meth:`add_override`)."""
        zone = series.time_zone
        event = self._event(series.uid, series.sequence, series.status == CallStatus.CANCELLED)
        event.add("dtstart", self._wall(series, series.start_date))
        start = calls.slot_start(series, series.start_date)
        event.add("dtend", self._at(start + dt.timedelta(minutes=series.duration_minutes), zone))
        recur = _until_in_utc(series.rrule, zone)
        event.add("rrule", recur)
        if "UNTIL" in recur:
            self._at(recur["UNTIL"][0], zone)
        else:
            self._note(zone, self.horizon.year + ZONE_YEARS_AHEAD)
        extra = _extra_dates(series)
        if extra:
            event.add("rdate", [self._wall(series, day) for day in extra])
        self._describe(event, series, attendee)
        return event

    def add_override(
        self,
        series: CallSeries,
        row: CallOccurrence,
        attendee: Person | icalendar.vCalAddress | None = None,
    ) -> icalendar.Event:
        """One week of the series as it really is: moved, cancelled or of its own length."""
        zone = series.time_zone
        cancelled = CallStatus.CANCELLED in (row.status, series.status)
        event = self._event(series.uid, max(series.sequence, row.sequence), cancelled)
        event.add("recurrence-id", self._wall(series, _week(row)))
        event.add("dtstart", self._at(row.start, zone))
        event.add("dtend", self._at(row.start + dt.timedelta(minutes=row.duration_minutes), zone))
        self._describe(event, series, attendee)
        return event

    def _describe(
        self,
        event: icalendar.Event,
        series: CallSeries,
        attendee: Person | icalendar.vCalAddress | None,
    ) -> None:
        event.add("summary", series.title)
        description = _description(series)
        if description:
            event.add("description", description)
        if series.join_url:
            event.add("location", series.join_url)
            event.add("url", series.join_url)
        organizer = _mailto(series.organizer) if series.organizer else None
        if organizer is not None:
            event.add("organizer", organizer)
        if isinstance(attendee, Person):
            attendee = _attendee(attendee, rsvp=self.method == "REQUEST")
        if attendee is not None:
            event.add("attendee", attendee)

    def add_one_off(self, row: CallOccurrence) -> None:
        zone = row.time_zone or "UTC"
        event = self._event(
            row.uid or f"{row.id}@{calls.UID_DOMAIN}",
            row.sequence,
            row.status == CallStatus.CANCELLED,
        )
        event.add("dtstart", self._at(row.start, zone))
        event.add("dtend", self._at(row.start + dt.timedelta(minutes=row.duration_minutes), zone))
        event.add("summary", row.title)
        if row.notes:
            event.add("description", row.notes)
        if row.location:
            event.add("location", row.location)

    def add_deadline(self, campaign: Campaign, suffix: str, what: str, day: dt.date) -> None:
        """An all-day event for a campaign's date; TRANSPARENT, as a deadline is not a
        meeting that makes anyone busy."""
        event = self._event(f"{campaign.id}-{suffix}@{calls.UID_DOMAIN}", 0, False)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", f"{campaign.name}: {what}")
        event.add("transp", "TRANSPARENT")
        if campaign.description:
            event.add("description", campaign.description)

    def to_ical(self) -> bytes:
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", self.method)
        for zone in sorted(self._years):
            calendar.add_component(_vtimezone(zone, min(self._years[zone]), max(self._years[zone])))
        for event in self.events:
            calendar.add_component(event)
        text: bytes = calendar.to_ical()
        return text


def series_chain(session: Session, series_id: str) -> set[str]:
    """The series and those it continues or that continue it ("from this date onward"):
    to the people on it, one call."""
    rows = {s.id: s for s in session.scalars(select(CallSeries))}
    if series_id not in rows:
        raise NotFoundError("that call series no longer exists")
    root = rows[series_id]
    while root.continued_from_id in rows:
        root = rows[root.continued_from_id]
    chain, todo = set(), [root.id]
    while todo:
        current = todo.pop()
        chain.add(current)
        todo.extend(s.id for s in rows.values() if s.continued_from_id == current)
    return chain


def _extra_dates(series: CallSeries) -> list[dt.date]:
    """Stored weeks the rule no longer gives (kept through an RDATE).

    The rule is expanded once over the stored weeks' span: asking it date by date
    expands it from the first call each time, which grows with the square of the weeks.
    """
    stored = sorted(o.original_date for o in series.occurrences if o.original_date)
    if not stored:
        return []
    given = set(calls.rule_dates(series, stored[0], stored[-1]))
    return [day for day in stored if day not in given]


def _overrides(series: CallSeries) -> list[CallOccurrence]:
    return sorted(
        (o for o in series.occurrences if o.original_date and _differs(series, o)),
        key=_week,
    )


def export_schedule(
    session: Session,
    start: dt.date,
    end: dt.date,
    *,
    series_id: str | None = None,
    include_deadlines: bool = True,
) -> bytes:
    """The schedule from ``start`` to ``end`` (both included) as one METHOD:PUBLISH calendar.

    It holds every series with a call in the period (each whole: its rule and all its
    differing weeks, so a client that keeps the file knows the series, not a slice of
    it), the one-off calls and, with ``include_deadlines``, the campaigns' filing,
    signature and vote dates as all-day events.  A call belongs to the day it has in its
    own zone.  With ``series_id``, that series alone (with the series continuing it, or
    that it continues), without one-off calls or deadlines.
    """
    margin = dt.timedelta(days=2)
    found = [
        c
        for c in calls.calls_between(
            session,
            dt.datetime.combine(start - margin, dt.time.min, UTC),
            dt.datetime.combine(end + margin, dt.time.min, UTC),
        )
        if start <= c.local_start().date() <= end
    ]
    chain = series_chain(session, series_id) if series_id is not None else None
    wanted = {c.series_id for c in found if c.series_id and (chain is None or c.series_id in chain)}
    cal = _Calendar("PUBLISH", end)
    ordered = session.scalars(
        select(CallSeries)
        .where(CallSeries.id.in_(wanted))
        .options(selectinload(CallSeries.occurrences), selectinload(CallSeries.organizer))
        .order_by(CallSeries.title, CallSeries.start_date)
    )
    for series in ordered:
        cal.add_series(series)
        for row in _overrides(series):
            cal.add_override(series, row)
    if chain is None:
        for call in found:
            if call.series_id is None and call.occurrence_id:
                cal.add_one_off(calls.get_occurrence(session, call.occurrence_id))
        if include_deadlines:
            for campaign in session.scalars(select(Campaign).order_by(Campaign.name)):
                for column, suffix, what in _DEADLINES:
                    day = getattr(campaign, column)
                    if day is not None and start <= day <= end:
                        cal.add_deadline(campaign, suffix, what, day)
    return cal.to_ical()


def safe_stem(name: str, fallback: str = "person") -> str:
    """A file or folder name any system accepts, from a name ("José Díaz" → jose-diaz)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60] or fallback


def _file_name(name: str, taken: set[str]) -> str:
    """``jane-doe.ics``, or ``jane-doe-2.ics`` for the second Jane Doe."""
    stem = safe_stem(name)
    candidate, number = f"{stem}.ics", 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}.ics"
    taken.add(candidate)
    return candidate


class Invitations(dict[str, bytes]):
    """One .ics per invitee, keyed by a file name (``jane-doe.ics``).

    ``method`` is REQUEST or CANCEL; ``skipped`` names the invitees left out for want of
    an e-mail address, which a calendar needs to send the answer to.
    """

    def __init__(self, method: str, skipped: list[str]) -> None:
        super().__init__()
        self.method = method
        self.skipped = skipped


def _addressed(
    session: Session, series: CallSeries, method: str
) -> tuple[list[Person], Invitations]:
    if series.organizer is None or not series.organizer.primary_email:
        raise CoalitionError(
            f"the series '{series.title}' has no organizer with an e-mail address; "
            "invitations need one for the answers to go to"
        )
    # The organizer's calendar holds the event already: an invitation to oneself would
    # show as a request to answer.
    people = [p for p in calls.invitees(session, series.id) if p.id != series.organizer_id]
    reachable = [p for p in people if p.primary_email]
    return reachable, Invitations(method, [p.name for p in people if not p.primary_email])


def invitations(session: Session, series_id: str) -> Invitations:
    """An iTIP invitation (RFC 5546) per invitee: METHOD:REQUEST with the series, its
    differing weeks, ORGANIZER and that one ATTENDEE (RSVP), so that a mail client
    offers accept and decline; METHOD:CANCEL with the series alone once it is cancelled.

    Each invitee gets a file of their own, as a mail client answers for the ATTENDEE it
    finds its user in.  Raises :class:`CoalitionError` when the series has no organizer
    with an e-mail address.
    """
    series = calls.get_series(session, series_id)
    cancelled = series.status == CallStatus.CANCELLED
    people, result = _addressed(session, series, "CANCEL" if cancelled else "REQUEST")
    taken: set[str] = set()
    cal = _Calendar(result.method, clock.today())
    cal.add_series(series, _EVERY_INVITEE)
    if not cancelled:
        for row in _overrides(series):
            cal.add_override(series, row, _EVERY_INVITEE)
    for person, data in _for_each_invitee(cal.to_ical(), people, rsvp=result.method == "REQUEST"):
        result[_file_name(person.name, taken)] = data
    return result


def occurrence_notice(session: Session, series_id: str, original_date: dt.date) -> Invitations:
    """An iTIP message per invitee about one week: METHOD:REQUEST with its RECURRENCE-ID
    for a moved (or restored) week, METHOD:CANCEL for a cancelled one.

    Raises :class:`CoalitionError` when that week has nothing of its own to announce.
    """
    series = calls.get_series(session, series_id)
    row = next((o for o in series.occurrences if o.original_date == original_date), None)
    if row is None:
        raise CoalitionError(
            f"the call of {original_date.isoformat()} is as the series has it: "
            "there is no change to announce"
        )
    cancelled = CallStatus.CANCELLED in (row.status, series.status)
    people, result = _addressed(session, series, "CANCEL" if cancelled else "REQUEST")
    taken: set[str] = set()
    cal = _Calendar(result.method, original_date)
    cal.add_override(series, row, _EVERY_INVITEE)
    for person, data in _for_each_invitee(cal.to_ical(), people, rsvp=result.method == "REQUEST"):
        result[_file_name(person.name, taken)] = data
    return result


def save(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :mod:`coalition.common.files`)."""
    write_bytes(path, data)
