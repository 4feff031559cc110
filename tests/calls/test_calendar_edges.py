"""The nights the clocks change, read by three calendar programs that no one here wrote.

Each zone gets a schedule from 2026 to mid-2028 (five changes of its clocks): a weekly
series at a time the spring change skips, one at a time the autumn change repeats, an
ordinary evening series with one week moved to the second of two repeated times, a series
whose end (UNTIL) is a change day, and one-off calls at a skipped time and at both repeated
times.  America/Los_Angeles and Europe/London change an hour in the northern spring,
Australia/Sydney an hour and Australia/Lord_Howe half an hour in the southern one,
America/Santiago at midnight.

The file must be read as the app holds the calls (:func:`calls_between`) by
recurring-ical-events (Python), ical.js (Thunderbird, under Node) and libical (Evolution,
through GObject introspection).  libical 3.0 (Debian 12's) has one fault of its own that
no file can avoid: see :func:`as_libical_reads`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from sqlalchemy.orm import Session

import icaljs_runner
import libical_runner
from coalition.calls import calendar_export as calendar_ics
from coalition.calls import meetings, wall_clock
from coalition.calls import series as calls
from coalition.common.errors import CoalitionError
from coalition.store.models import CallSeries, CallStatus, Person

UTC = dt.UTC
SPAN = (dt.datetime(2026, 1, 1, tzinfo=UTC), dt.datetime(2028, 7, 1, tzinfo=UTC))
Row = tuple[str, str, str]  # start, end (UTC), status


@dataclass(frozen=True)
class Zone:
    name: str
    spring: dt.date  # a day the clocks go forward
    skipped: str  # a time they skip that day
    autumn: dt.date  # a day the clocks go back
    repeated: str  # a time they repeat that day


ZONES = [
    Zone("America/Los_Angeles", dt.date(2026, 3, 8), "02:30", dt.date(2026, 11, 1), "01:30"),
    Zone("Europe/London", dt.date(2026, 3, 29), "01:30", dt.date(2026, 10, 25), "01:30"),
    # Half an hour: 02:00 becomes 02:30 in October, 02:00 becomes 01:30 in April.
    Zone("Australia/Lord_Howe", dt.date(2026, 10, 4), "02:15", dt.date(2026, 4, 5), "01:45"),
    Zone("Australia/Sydney", dt.date(2026, 10, 4), "02:30", dt.date(2026, 4, 5), "02:30"),
    # At midnight: Sunday 00:00 becomes 01:00; Sunday 00:00 becomes Saturday 23:00.
    Zone("America/Santiago", dt.date(2026, 9, 6), "00:30", dt.date(2026, 4, 4), "23:30"),
]


def z(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def hm(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def weekly(
    session: Session, title: str, zone: str, first: dt.date, at: str, until: dt.date | None = None
) -> CallSeries:
    return calls.create_series(
        session,
        calls.SeriesInput(
            title=title,
            start_date=first,
            start_time=at,
            time_zone=zone,
            recurrence=calls.Recurrence(weekdays=(first.weekday(),), until=until),
        ),
    )


def schedule(session: Session, zone: Zone) -> list[CallSeries]:
    """The zone's series and one-off calls (see the module's docstring)."""
    tz = ZoneInfo(zone.name)
    week = dt.timedelta(days=7)
    skipped = weekly(session, "Skipped", zone.name, zone.spring - 2 * week, zone.skipped)
    repeated = weekly(session, "Repeated", zone.name, zone.autumn - 2 * week, zone.repeated)
    evening = weekly(session, "Evening", zone.name, dt.date(2026, 1, 5), "17:30")
    next_autumn = zone.autumn.replace(year=2027)
    while next_autumn.weekday() != zone.autumn.weekday() or not wall_clock.is_edge(
        next_autumn, hm(zone.repeated), zone.name
    ):
        next_autumn += dt.timedelta(days=1)
    ending = weekly(
        session, "Ending", zone.name, next_autumn - 3 * week, zone.repeated, until=next_autumn
    )
    # The evening call of the autumn change's week, moved to the second repeated time.
    monday = zone.autumn - dt.timedelta(days=zone.autumn.weekday())
    second = dt.datetime.combine(zone.autumn, hm(zone.repeated), tzinfo=tz).replace(fold=1)
    assert second.utcoffset() != second.replace(fold=0).utcoffset()
    calls.move_call(session, evening.id, monday, second)
    typed = dt.datetime.combine(zone.spring, hm(zone.skipped), tzinfo=tz)
    calls.create_one_off(session, "One-off, skipped time", typed, 45, zone.name)
    first = second.replace(fold=0)
    calls.create_one_off(session, "One-off, first repeated time", first, 30, zone.name)
    calls.create_one_off(session, "One-off, second repeated time", second, 30, zone.name)
    return [skipped, repeated, evening, ending]


def the_app(session: Session) -> list[Row]:
    return sorted(
        (z(c.start), z(c.end), "CANCELLED" if c.status == CallStatus.CANCELLED else "CONFIRMED")
        for c in calls.calls_between(session, *SPAN)
    )


def by_recurring_ical_events(data: bytes) -> list[Row]:
    found = recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(*SPAN)
    return sorted((z(e.start), z(e.end), str(e["STATUS"])) for e in found)


def rows(result: dict[str, Any]) -> list[Row]:
    return sorted((e["start"], e["end"], e["status"]) for e in result["events"])


def as_libical_reads(session: Session, series: list[CallSeries]) -> tuple[list[Row], set[str]]:
    """What libical 3.0 reads in the file: the app's calls, but for one fault of its own.

    Its recurrence iterator moves a skipped time forward (as the app does) but keeps the
    moved clock time for the series' next call: the week after the spring change comes out
    later by the length of the skip.  It also reads the RECURRENCE-ID of that night's
    override as the skipped time moved backward, so the override attaches to nothing (the
    call stays where the rule put it, which is where the override says).  Returned: the
    calls, and the RECURRENCE-IDs (UTC) libical reports as matching no call.
    """
    expected = the_app(session)
    unattached: set[str] = set()
    for one in series:
        mine = calls.calls_between(session, *SPAN, series_id=one.id)
        for call, after in itertools.pairwise(mine):
            assert call.original_date is not None
            gap = wall_clock.wall_time(call.original_date, one.start_time, one.time_zone)
            if gap.edge != wall_clock.Edge.GAP:
                continue
            unattached.add(z(gap.start - gap.shift))
            later = tuple(z(moment + gap.shift) for moment in (after.start, after.end))
            expected.remove((z(after.start), z(after.end), "CONFIRMED"))
            expected.append((*later, "CONFIRMED"))
    return sorted(expected), unattached


@pytest.mark.parametrize("zone", ZONES, ids=[zone.name for zone in ZONES])
def test_three_readers_hold_every_call_where_the_app_does(
    session: Session, tmp_path: Path, zone: Zone
) -> None:
    series = schedule(session, zone)
    data = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2028, 6, 30))
    path = tmp_path / "edges.ics"
    path.write_bytes(data)
    app = the_app(session)

    assert by_recurring_ical_events(data) == app
    icaljs_runner.require_icaljs()
    assert rows(icaljs_runner.expand(path, *SPAN)) == app  # and without a warning
    libical_runner.require_libical()
    libical = libical_runner.expand(path, *SPAN, allow_warnings=True)
    expected, unattached = as_libical_reads(session, series)
    assert rows(libical) == expected
    reported = {w.split("RECURRENCE-ID ")[1].split()[0] for w in libical["warnings"]}
    assert {r for r in reported if r < z(SPAN[1])} == unattached

    # The rule, as the app holds it: a skipped time moves forward by the skip, a repeated
    # time is the first of the two; and the calls of the "Ending" series stop on its day.
    tz = ZoneInfo(zone.name)
    spring = wall_clock.wall_time(zone.spring, hm(zone.skipped), zone.name)
    assert spring.edge == wall_clock.Edge.GAP
    assert z(spring.start) in {start for start, _, _ in app}
    assert (
        spring.local.time()
        == (dt.datetime.combine(zone.spring, hm(zone.skipped)) + spring.shift).time()
    )
    first = dt.datetime.combine(zone.autumn, hm(zone.repeated), tzinfo=tz)
    assert z(first) in {start for start, _, _ in app}
    ending = calls.calls_between(session, *SPAN, series_id=series[3].id)
    assert len(ending) == 4
    assert wall_clock.wall_time(ending[-1].local_start().date(), hm(zone.repeated), zone.name).edge
    assert (
        ending[-1].start
        == wall_clock.wall_time(ending[-1].local_start().date(), hm(zone.repeated), zone.name).start
    )


def test_a_skipped_or_repeated_week_is_an_override_at_its_instant(session: Session) -> None:
    la = ZONES[0]
    skipped = weekly(session, "Skipped", la.name, la.spring, la.skipped, until=la.spring)
    repeated = weekly(session, "Repeated", la.name, la.autumn, la.repeated, until=la.autumn)
    data = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    events = {
        (str(e["SUMMARY"]), "RECURRENCE-ID" in e): e
        for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
    }

    gap = events["Skipped", True]
    assert gap["RECURRENCE-ID"].to_ical() == b"20260308T023000"  # the rule's digits
    assert gap["RECURRENCE-ID"].params["TZID"] == la.name
    assert gap["DTSTART"].to_ical() == b"20260308T103000Z"  # 03:30 PDT
    assert gap["DTEND"].to_ical() == b"20260308T113000Z"
    # The series' own DTSTART is the skipped time: its length is a DURATION, not an end
    # each reader would put at a different distance.
    assert events["Skipped", False]["DURATION"].to_ical() == b"PT1H"
    assert "DTEND" not in events["Skipped", False]
    overlap = events["Repeated", True]
    assert overlap["RECURRENCE-ID"].to_ical() == b"20261101T013000"
    assert overlap["DTSTART"].to_ical() == b"20261101T083000Z"  # 01:30 PDT, the first
    assert skipped.uid != repeated.uid


def test_an_rdate_is_written_in_utc_and_read_alike(session: Session, tmp_path: Path) -> None:
    """libical takes an RDATE's TZID for UTC: the week kept beyond the rule is written in
    UTC, and so is its override's RECURRENCE-ID."""
    series = weekly(session, "Weekly", "America/Santiago", dt.date(2026, 3, 3), "18:00")
    meetings.prepare_call(session, series.id, dt.date(2026, 4, 7))  # its agenda is started
    meetings.prepare_call(session, series.id, dt.date(2026, 9, 8))
    calls.update_series(
        session,
        series.id,
        calls.SeriesInput(
            title="Weekly",
            start_date=dt.date(2026, 3, 3),
            start_time="18:00",
            time_zone="America/Santiago",
            recurrence=calls.Recurrence(weekdays=(3,)),
        ),
    )
    calls.cancel_call(session, series.id, dt.date(2026, 9, 8))
    data = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    (master,) = [
        e for e in icalendar.Calendar.from_ical(data).walk("VEVENT") if "RECURRENCE-ID" not in e
    ]
    # 18:00 in Santiago: -04:00 in April, -03:00 again from 6 September.
    assert master["RDATE"].to_ical() == b"20260407T220000Z,20260908T210000Z"
    unfolded = data.replace(b"\r\n ", b"")
    assert b"RECURRENCE-ID:20260908T210000Z\r\n" in unfolded  # the cancelled one
    path = tmp_path / "rdate.ics"
    path.write_bytes(data)
    app = the_app(session)
    assert by_recurring_ical_events(data) == app
    icaljs_runner.require_icaljs()
    assert rows(icaljs_runner.expand(path, *SPAN)) == app
    libical_runner.require_libical()
    assert rows(libical_runner.expand(path, *SPAN)) == app
    assert ("2026-04-07T22:00:00Z", "2026-04-07T23:00:00Z", "CONFIRMED") in app


# --- invitations: RFC 5546 ----------------------------------------------------------------------


@pytest.fixture
def invited(session: Session, make_person: Callable[..., Person]) -> CallSeries:
    dana = make_person("Dana Reyes", emails=["dana.reyes@example.org"])
    sam = make_person("Sam Okafor", emails=["sam.okafor@example.org"])
    return calls.create_series(
        session,
        calls.SeriesInput(
            title="Weekly",
            start_date=dt.date(2026, 3, 1),
            start_time="02:30",
            time_zone="America/Los_Angeles",
            recurrence=calls.Recurrence(weekdays=(6,), until=dt.date(2026, 3, 29)),
            organizer_id=dana.id,
            participant_person_ids=[sam.id],
        ),
    )


def test_a_request_takes_a_cancelled_week_out_with_an_exdate(
    session: Session, invited: CallSeries, tmp_path: Path
) -> None:
    calls.cancel_call(session, invited.id, dt.date(2026, 3, 22))
    calls.cancel_call(session, invited.id, dt.date(2026, 3, 8))  # the skipped night
    data = calendar_ics.invitations(session, invited.id)["sam-okafor.ics"]
    calendar = icalendar.Calendar.from_ical(data)

    assert calendar["METHOD"] == "REQUEST"
    assert [str(e["STATUS"]) for e in calendar.walk("VEVENT")] == ["CONFIRMED"]
    (master,) = calendar.walk("VEVENT")
    assert master["EXDATE"].to_ical() == b"20260308T023000,20260322T023000"
    assert master["EXDATE"].params["TZID"] == "America/Los_Angeles"
    path = tmp_path / "request.ics"
    path.write_bytes(data)
    icaljs_runner.require_icaljs()
    starts = [e["start"] for e in icaljs_runner.expand(path, *SPAN)["events"]]
    assert starts == ["2026-03-01T10:30:00Z", "2026-03-15T09:30:00Z", "2026-03-29T09:30:00Z"]
    found = recurring_ical_events.of(calendar).between(*SPAN)
    assert sorted(z(e.start) for e in found) == starts


def test_a_week_cancelled_after_the_invitation_is_a_method_cancel(
    session: Session, invited: CallSeries, tmp_path: Path
) -> None:
    with pytest.raises(CoalitionError, match="not cancelled"):
        calendar_ics.week_cancellation(session, invited.id, dt.date(2026, 3, 15))
    calls.cancel_call(session, invited.id, dt.date(2026, 3, 15))
    files = calendar_ics.week_cancellation(session, invited.id, dt.date(2026, 3, 15))
    assert files.method == "CANCEL"
    notice = calendar_ics.occurrence_notice(session, invited.id, dt.date(2026, 3, 15))
    stamp = re.compile(rb"DTSTAMP:\d{8}T\d{6}Z")  # the second it was written
    assert notice.method == "CANCEL"
    assert {n: stamp.sub(b"", d) for n, d in notice.items()} == {
        n: stamp.sub(b"", d) for n, d in files.items()
    }

    calendar = icalendar.Calendar.from_ical(files["sam-okafor.ics"])
    assert calendar["METHOD"] == "CANCEL"
    (event,) = calendar.walk("VEVENT")
    assert (str(event["UID"]), str(event["STATUS"]), int(event["SEQUENCE"])) == (
        invited.uid,
        "CANCELLED",
        1,
    )
    assert event["RECURRENCE-ID"].to_ical() == b"20260315T023000"
    assert event["ORGANIZER"] == "mailto:dana.reyes@example.org"
    assert event["ATTENDEE"] == "mailto:sam.okafor@example.org"
    assert "RSVP" not in event["ATTENDEE"].params
    path = tmp_path / "cancel.ics"
    path.write_bytes(files["sam-okafor.ics"])
    icaljs_runner.require_icaljs()
    (read,) = icaljs_runner.expand(path, *SPAN)["events"]
    assert (read["status"], read["recurrence_id"]) == ("CANCELLED", "2026-03-15T09:30:00Z")


def test_every_published_event_names_its_organizer(
    session: Session, invited: CallSeries, make_campaign: Callable[..., Any]
) -> None:
    """RFC 5546 3.2.1: a PUBLISH names the ORGANIZER of each event; a call or a deadline
    without one of its own is organized by whoever publishes the calendar."""
    calls.create_one_off(
        session, "Press call", dt.datetime(2026, 3, 10, 9, tzinfo=UTC), 30, "Europe/London"
    )
    make_campaign("Initiative", vote_date="2026-03-20")
    data = calendar_ics.export_schedule(session, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    calendar = icalendar.Calendar.from_ical(data)

    assert calendar["METHOD"] == "PUBLISH"
    organizers = {str(e["SUMMARY"]): e["ORGANIZER"] for e in calendar.walk("VEVENT")}
    assert organizers["Weekly"] == "mailto:dana.reyes@example.org"
    assert organizers["Press call"] == "mailto:organizer@example.org"
    assert organizers["Press call"].params["CN"] == "Test Organizer"
    assert organizers["Initiative: vote"] == "mailto:organizer@example.org"
    assert all("ATTENDEE" not in e for e in calendar.walk("VEVENT"))


def test_without_an_address_the_publisher_is_named_nowhere(
    session: Session, organizer: Any
) -> None:
    organizer.email = ""
    calls.create_one_off(
        session, "Press call", dt.datetime(2026, 3, 10, 9, tzinfo=UTC), 30, "Europe/London"
    )
    data = calendar_ics.export_schedule(session, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert "ORGANIZER" not in event  # no address to write; RFC 5546 wants one to answer to
    organizer.email, organizer.actor = "press@example.org", ""
    data = calendar_ics.export_schedule(session, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert event["ORGANIZER"] == "mailto:press@example.org"
    assert "CN" not in event["ORGANIZER"].params


def test_a_one_off_call_at_a_repeated_time_is_written_in_utc(session: Session) -> None:
    tz = ZoneInfo("America/Los_Angeles")
    second = dt.datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=tz)
    calls.create_one_off(session, "Late call", second, 30, "America/Los_Angeles")
    calls.create_one_off(
        session, "Evening call", dt.datetime(2026, 11, 1, 17, tzinfo=tz), 30, "America/Los_Angeles"
    )
    data = calendar_ics.export_schedule(session, dt.date(2026, 11, 1), dt.date(2026, 11, 1))
    events = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}

    assert events["Late call"]["DTSTART"].to_ical() == b"20261101T093000Z"  # 01:30 PST
    assert events["Late call"]["DTEND"].to_ical() == b"20261101T020000"  # happens once
    assert events["Evening call"]["DTSTART"].params["TZID"] == "America/Los_Angeles"
