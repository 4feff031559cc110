"""The weekly calls written as iCalendar (RFC 5545) files: the schedule and invitations.

Every calendar client must read these files alike, not only the library that wrote them,
so they follow RFC 5545 and RFC 5546 to the letter:

- A series is one VEVENT: ``DTSTART;TZID=<zone>`` at its wall-clock time and an RRULE
  whose UNTIL is in UTC (RFC 5545 3.3.10, for a DTSTART with a TZID).  A moved or
  cancelled week, or one of another length, is a VEVENT of the same UID with a
  RECURRENCE-ID at the week's original wall-clock slot; a week kept in the database that
  the rule no longer gives (the rule changed after its agenda was made) is added to the
  recurrence set with an RDATE in UTC (a widely used reader takes an RDATE's TZID for
  UTC), so that every reader lists the calls
  :func:`coalition.calls.series.calls_between` lists.
- A week whose time the zone skips or repeats that night, or whose call spans the
  change, is an override whose DTSTART and DTEND are in UTC, at the instant of
  :mod:`coalition.calls.wall_clock`'s rule (a skipped time moves forward by the skip, a
  repeated time is the first): readers resolve such local times each their own way, and
  add a length to a start by the clock or by elapsed time.  Through the last year the
  file's VTIMEZONE spells out, for a series with no end.  Any other instant whose local
  time happens twice (a one-off call, a moved week) is written in UTC too.
- A published schedule (METHOD:PUBLISH) keeps a cancelled week as an override with
  STATUS:CANCELLED; an invitation (METHOD:REQUEST) takes it out of the set with an
  EXDATE, as RFC 5546 wants, and :func:`week_cancellation` is the METHOD:CANCEL of one
  week cancelled after the invitation went out.  Every event of a PUBLISH names its
  ORGANIZER (RFC 5546 3.2.1): the series' organizer, else whoever publishes.
- Every TZID used has a VTIMEZONE, made from the zoneinfo database (see
  :func:`coalition.calls.vtimezone.vtimezone` for why not with icalendar's
  ``Timezone.from_tzinfo``) from the first year the file has a time in that zone: a
  yearly daylight-saving rule as a yearly RRULE that runs on, as a series with no end
  does; other changes one by one, through :data:`ZONE_YEARS_AHEAD` years past the
  period for a series with no end.
- UIDs are the stored ones (never made per export); DTSTAMP is the time of writing;
  SEQUENCE is the series' (or the week's, if higher), which the call services raise on
  every change attendees must hear of.

A partner's file is read in by :mod:`coalition.calls.calendar_import`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coalition.calls import series as calls
from coalition.calls import wall_clock
from coalition.calls.vtimezone import vtimezone
from coalition.common import clock
from coalition.common.errors import CoalitionError, NotFoundError
from coalition.common.files import write_bytes
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store import changes
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


def _zone(name: str) -> dt.tzinfo:
    return UTC if name in _UTC_NAMES else ZoneInfo(name)


def _mailto(person: Person) -> icalendar.vCalAddress | None:
    if not person.primary_email:
        return None
    address = icalendar.vCalAddress(f"mailto:{person.primary_email}")
    address.params["CN"] = person.name
    return address


def _publisher() -> icalendar.vCalAddress | None:
    """The organizer publishing the calendar (this device's), if they gave an address."""
    identity = changes.IDENTITY
    if not identity.email:
        return None
    address = icalendar.vCalAddress(f"mailto:{identity.email}")
    if identity.actor:
        address.params["CN"] = identity.actor
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
    beside a DTSTART with a TZID (a date alone counts to the end of that day).

    A local UNTIL that happens twice (23:59:59 on a night the clocks go back at midnight,
    as in America/Santiago) is the later of the two: the series' last call that night is
    in the set whichever of the two times a reader gives it.
    """
    recur: icalendar.vRecur = icalendar.vRecur.from_ical(rule)
    if "UNTIL" in recur:
        until = recur["UNTIL"][0]
        if not isinstance(until, dt.datetime):
            until = dt.datetime.combine(until, dt.time(23, 59, 59))
        if until.tzinfo is None:
            until = until.replace(tzinfo=_zone(zone), fold=1)
        recur["UNTIL"] = [until.astimezone(UTC)]
    return recur


def _week(row: CallOccurrence) -> dt.date:
    """The date the series' rule gave a stored week (its RECURRENCE-ID)."""
    if row.original_date is None:
        raise ValueError(QT_TRANSLATE_NOOP("Calls", "a call of its own is no week of a series"))
    return row.original_date


def _differs(series: CallSeries, row: CallOccurrence) -> bool:
    """Whether a stored week says something the series' rule does not."""
    return (
        row.status == CallStatus.CANCELLED
        or row.start != calls.slot_start(series, _week(row))
        or row.duration_minutes != series.duration_minutes
    )


def _at_edge(series: CallSeries, day: dt.date) -> bool:
    """Whether the series' call of ``day`` starts or ends by the clock at a time the zone
    skips or repeats that night: readers place such a time each its own way."""
    if day not in wall_clock.change_days(series.time_zone, day.year):
        return False  # most days, answered without building a time
    return wall_clock.meets_edge(day, series.start_time, series.duration_minutes, series.time_zone)


@dataclass(frozen=True)
class _Week:
    """One week of a series written as an override of its own."""

    day: dt.date  # the date the rule (or an RDATE) gave it: its RECURRENCE-ID
    start: dt.datetime  # UTC
    duration_minutes: int
    status: CallStatus
    sequence: int
    extra: bool  # given by an RDATE, not by the rule
    edge: bool  # the series' time is skipped or repeated that night

    @classmethod
    def of(cls, series: CallSeries, row: CallOccurrence, extra: bool) -> _Week:
        day = _week(row)
        edge = _at_edge(series, day)
        return cls(day, row.start, row.duration_minutes, row.status, row.sequence, extra, edge)


class _Calendar:
    """One VCALENDAR being written: its events, and the zones and years they use."""

    def __init__(self, method: str, horizon: dt.date) -> None:
        self.method = method
        self.stamp = clock.now().replace(microsecond=0)
        self.horizon = horizon  # the last day the file is about
        self.events: list[icalendar.Event] = []
        self._years: dict[str, set[int]] = {}
        # RFC 5546 3.2.1: every event of a PUBLISH names its ORGANIZER; an event without
        # an organizer of its own is organized by whoever publishes the calendar.
        self.publisher = _publisher() if method == "PUBLISH" else None

    def _organize(self, event: icalendar.Event, organizer: Person | None = None) -> None:
        address = _mailto(organizer) if organizer is not None else None
        address = address or self.publisher
        if address is not None:
            event.add("organizer", address)

    def _note(self, zone: str, year: int) -> None:
        """Remember that the file has a time in ``zone`` in ``year`` (for its VTIMEZONE)."""
        if zone not in _UTC_NAMES:
            self._years.setdefault(zone, set()).add(year)

    def _at(self, moment: dt.datetime, zone: str) -> dt.datetime:
        """The instant ``moment`` as written: in ``zone`` (with its TZID), or in UTC when
        its time on the zone's clock happens twice that day (the digits would not say
        which of the two it is, and readers take different ones)."""
        if wall_clock.is_ambiguous(moment, zone):
            return moment.astimezone(UTC)
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
        self,
        series: CallSeries,
        attendee: Person | icalendar.vCalAddress | None = None,
        *,
        extra: Iterable[dt.date] = (),
        excluded: Iterable[dt.date] = (),
    ) -> icalendar.Event:
        """The series as one recurring VEVENT (no overrides: see :meth:`add_override`).

        ``extra`` are the weeks kept beyond the rule, written as RDATEs in UTC (one widely
        used reader takes an RDATE's TZID for UTC); ``excluded`` the weeks taken out of it
        (EXDATE), as an invitation says a cancelled week.
        """
        zone = series.time_zone
        event = self._event(series.uid, series.sequence, series.status == CallStatus.CANCELLED)
        event.add("dtstart", self._wall(series, series.start_date))
        if _at_edge(series, series.start_date):
            # Readers put a skipped or repeated DTSTART at different instants: an end
            # written as an instant would give each a different length for every call.
            event.add("duration", dt.timedelta(minutes=series.duration_minutes))
        else:
            start = calls.slot_start(series, series.start_date)
            end = start + dt.timedelta(minutes=series.duration_minutes)
            event.add("dtend", self._at(end, zone))
        recur = _until_in_utc(series.rrule, zone)
        event.add("rrule", recur)
        if "UNTIL" in recur:
            self._at(recur["UNTIL"][0], zone)
        else:
            self._note(zone, self.horizon.year + ZONE_YEARS_AHEAD)
        kept = sorted(extra)
        if kept:
            event.add("rdate", [calls.slot_start(series, day) for day in kept])
        removed = sorted(excluded)
        if removed:
            event.add("exdate", [self._wall(series, day) for day in removed])
        self._describe(event, series, attendee)
        return event

    def add_override(
        self,
        series: CallSeries,
        week: _Week,
        attendee: Person | icalendar.vCalAddress | None = None,
    ) -> icalendar.Event:
        """One week of the series as it really is: moved, cancelled, of its own length, or
        at a time the zone skips or repeats that night (its instant then said in UTC, so
        that every reader holds it where the app does)."""
        zone = series.time_zone
        cancelled = CallStatus.CANCELLED in (week.status, series.status)
        event = self._event(series.uid, max(series.sequence, week.sequence), cancelled)
        if week.extra:  # an RDATE in UTC: the same instant, the same way
            event.add("recurrence-id", calls.slot_start(series, week.day))
        else:
            event.add("recurrence-id", self._wall(series, week.day))
        end = week.start + dt.timedelta(minutes=week.duration_minutes)
        if week.edge:
            event.add("dtstart", week.start.astimezone(UTC))
            event.add("dtend", end.astimezone(UTC))
        else:
            event.add("dtstart", self._at(week.start, zone))
            event.add("dtend", self._at(end, zone))
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
        self._organize(event, series.organizer)
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
        self._organize(event)

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
        self._organize(event)

    def to_ical(self) -> bytes:
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", self.method)
        for zone in sorted(self._years):
            calendar.add_component(vtimezone(zone, min(self._years[zone]), max(self._years[zone])))
        for event in self.events:
            calendar.add_component(event)
        text: bytes = calendar.to_ical()
        return text


def series_chain(session: Session, series_id: str) -> set[str]:
    """The series and those it continues or that continue it ("from this date onward"):
    to the people on it, one call."""
    rows = {s.id: s for s in session.scalars(select(CallSeries))}
    if series_id not in rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("Calls", "that call series no longer exists"))
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


def _last_edge_day(series: CallSeries, horizon: dt.date) -> dt.date:
    """The last day whose skipped or repeated time gets an override of its own: the rule's
    end, or for a series with no end the last year the file's VTIMEZONE spells out."""
    recur = calls.Recurrence.from_rrule(series.rrule)
    last = dt.date(horizon.year + ZONE_YEARS_AHEAD, 12, 31)
    return min(recur.until, last) if recur.until else last


def _weeks(series: CallSeries, horizon: dt.date, *, cancelled: bool = True) -> list[_Week]:
    """The weeks written as overrides: each stored week that differs from the rule, and
    each week whose time the zone skips or repeats that night (stored or not), through
    :func:`_last_edge_day`; without the cancelled ones unless ``cancelled``."""
    extra = set(_extra_dates(series))
    stored = {o.original_date: o for o in series.occurrences if o.original_date}
    weeks = {
        day: _Week.of(series, row, day in extra)
        for day, row in stored.items()
        if _differs(series, row) or _at_edge(series, day)
    }
    if series.time_zone not in _UTC_NAMES:
        last = _last_edge_day(series, horizon)
        for day in calls.rule_dates(series, series.start_date, last):
            if day not in stored and _at_edge(series, day):
                weeks[day] = _Week(
                    day,
                    calls.slot_start(series, day),
                    series.duration_minutes,
                    CallStatus.ACTIVE,
                    series.sequence,
                    False,
                    True,
                )
    return sorted(
        (w for w in weeks.values() if cancelled or w.status != CallStatus.CANCELLED),
        key=lambda w: w.day,
    )


def _cancelled_weeks(series: CallSeries) -> list[dt.date]:
    return sorted(
        o.original_date
        for o in series.occurrences
        if o.original_date and o.status == CallStatus.CANCELLED
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
        cal.add_series(series, extra=_extra_dates(series))
        for week in _weeks(series, end):
            cal.add_override(series, week)
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
    an e-mail address, which a calendar needs to send the answer to; ``invitee`` gives
    the person each file is for (by file name), for mail sent to them.
    """

    def __init__(self, method: str, skipped: list[str]) -> None:
        super().__init__()
        self.method = method
        self.skipped = skipped
        self.invitee: dict[str, Person] = {}

    def add(self, person: Person, data: bytes, taken: set[str]) -> None:
        name = _file_name(person.name, taken)
        self[name] = data
        self.invitee[name] = person


def _addressed(
    session: Session, series: CallSeries, method: str
) -> tuple[list[Person], Invitations]:
    if series.organizer is None or not series.organizer.primary_email:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "the series '{title}' has no organizer with an e-mail address; "
                "invitations need one for the answers to go to",
            ).format(title=series.title)
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
    if cancelled:
        cal.add_series(series, _EVERY_INVITEE)
    else:
        # RFC 5546: a REQUEST takes a cancelled week out of the set (EXDATE, or no RDATE);
        # an override with STATUS:CANCELLED is for a PUBLISH, or a CANCEL of that week.
        gone = set(_cancelled_weeks(series))
        extra = _extra_dates(series)
        cal.add_series(
            series,
            _EVERY_INVITEE,
            extra=[day for day in extra if day not in gone],
            excluded=sorted(gone - set(extra)),
        )
        for week in _weeks(series, cal.horizon, cancelled=False):
            cal.add_override(series, week, _EVERY_INVITEE)
    for person, data in _for_each_invitee(cal.to_ical(), people, rsvp=result.method == "REQUEST"):
        result.add(person, data, taken)
    return result


def _week_notice(
    session: Session, series: CallSeries, row: CallOccurrence, method: str
) -> Invitations:
    people, result = _addressed(session, series, method)
    taken: set[str] = set()
    cal = _Calendar(result.method, _week(row))
    cal.add_override(
        series, _Week.of(series, row, _week(row) in _extra_dates(series)), _EVERY_INVITEE
    )
    for person, data in _for_each_invitee(cal.to_ical(), people, rsvp=result.method == "REQUEST"):
        result.add(person, data, taken)
    return result


def _stored_week(
    session: Session, series: CallSeries, original_date: dt.date
) -> CallOccurrence | None:
    """The stored week, from the database (a week stored since the series was loaded is
    not in its list yet)."""
    return session.scalar(
        select(CallOccurrence).where(
            CallOccurrence.series_id == series.id, CallOccurrence.original_date == original_date
        )
    )


def week_cancellation(session: Session, series_id: str, original_date: dt.date) -> Invitations:
    """The iTIP METHOD:CANCEL (RFC 5546 3.2.5) per invitee for one cancelled week of a
    series already sent: that week's RECURRENCE-ID, STATUS:CANCELLED and a SEQUENCE
    above the invitation's, so that a mail client takes the week out of the series it
    accepted (a fresh invitation leaves it out with an EXDATE).

    Raises :class:`CoalitionError` when that week is not cancelled.
    """
    series = calls.get_series(session, series_id)
    row = _stored_week(session, series, original_date)
    if row is None or CallStatus.CANCELLED not in (row.status, series.status):
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "the call of {original_date} is not cancelled: there is no cancellation to send",
            ).format(original_date=original_date.isoformat())
        )
    return _week_notice(session, series, row, "CANCEL")


def occurrence_notice(session: Session, series_id: str, original_date: dt.date) -> Invitations:
    """An iTIP message per invitee about one week: METHOD:REQUEST with its RECURRENCE-ID
    for a moved (or restored) week, METHOD:CANCEL (:func:`week_cancellation`) for a
    cancelled one.

    Raises :class:`CoalitionError` when that week has nothing of its own to announce.
    """
    series = calls.get_series(session, series_id)
    row = _stored_week(session, series, original_date)
    if row is None:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "the call of {original_date} is as the series has it: there is no "
                "change to announce",
            ).format(original_date=original_date.isoformat())
        )
    if CallStatus.CANCELLED in (row.status, series.status):
        return week_cancellation(session, series_id, original_date)
    return _week_notice(session, series, row, "REQUEST")


def series_cancellation(session: Session, series_id: str, people: list[Person]) -> Invitations:
    """The iTIP METHOD:CANCEL (RFC 5546 3.2.5) of the whole series for ``people`` alone:
    what a participant taken off the series receives (the series goes on for the others),
    its SEQUENCE the series', so that their calendar takes it out.

    Raises :class:`CoalitionError` when the series has no organizer with an e-mail address.
    """
    series = calls.get_series(session, series_id)
    _, result = _addressed(session, series, "CANCEL")
    reachable = [p for p in people if p.primary_email]
    result.skipped = [p.name for p in people if not p.primary_email]
    cal = _Calendar("CANCEL", clock.today())
    event = cal.add_series(series, _EVERY_INVITEE)
    event["status"] = icalendar.vText("CANCELLED")
    taken: set[str] = set()
    for person, data in _for_each_invitee(cal.to_ical(), reachable, rsvp=False):
        result.add(person, data, taken)
    return result


def save(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :mod:`coalition.common.files`)."""
    write_bytes(path, data)
