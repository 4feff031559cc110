"""The calls as iCalendar files, on real SQLite databases, read back by two parsers.

The weekly call of the sample coalition (Tuesdays 17:30 America/Los_Angeles) runs across
both 2026 daylight-saving changes (March 8 and November 1) with one week moved, one
cancelled and one longer.  Every file is read back with icalendar and
recurring_ical_events, and with Mozilla's ical.js under Node (tests/icaljs_runner.py):
each must list the same calls, at the same instants, as
:func:`coalition.calls.series.calls_between`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from sqlalchemy.orm import Session

from coalition.calls import calendar_export as calendar_ics
from coalition.calls import calendar_import, meetings
from coalition.calls import series as calls
from coalition.common.errors import CoalitionError, ImportFileError
from coalition.store.models import CallOccurrence, CallSeries, CallStatus, Campaign, Person
from icaljs_runner import expand, require_icaljs

UTC = dt.UTC
LA = ZoneInfo("America/Los_Angeles")
NEW_YORK = ZoneInfo("America/New_York")
YEAR = (dt.datetime(2026, 1, 1, tzinfo=UTC), dt.datetime(2027, 1, 1, tzinfo=UTC))
ICS = Path(__file__).resolve().parents[1] / "data" / "ics"
MOVED = dt.date(2026, 2, 10)  # to Thursday 2026-02-12 18:00 Pacific
CANCELLED = dt.date(2026, 3, 10)  # the first Tuesday of daylight time
LONGER = dt.date(2026, 11, 3)  # the first Tuesday after it: 90 minutes


@dataclass
class Weekly:
    series: CallSeries
    organizer: Person
    attendee: Person  # in America/New_York
    no_email: Person


@pytest.fixture
def weekly(session: Session, make_person: Callable[..., Person]) -> Weekly:
    dana = make_person(
        "Dana Reyes", emails=["dana.reyes@example.org"], time_zone="America/Los_Angeles"
    )
    sam = make_person("Sam Okafor", emails=["sam.okafor@example.org"], time_zone="America/New_York")
    lee = make_person("Lee Park")
    series = calls.create_series(
        session,
        calls.SeriesInput(
            title="Coalition weekly call",
            start_date=dt.date(2026, 1, 6),
            start_time="17:30",
            time_zone="America/Los_Angeles",
            organizer_id=dana.id,
            description="Round of states; the ballot-access tracker, then the week's asks.",
            join_url="https://meet.example.org/coalition-weekly",
            dial_in="+1 415 555 0100",
            access_code="482 913",
            participant_person_ids=[sam.id, lee.id],
        ),
    )
    calls.move_call(session, series.id, MOVED, dt.datetime(2026, 2, 12, 18, 0, tzinfo=LA))
    calls.cancel_call(session, series.id, CANCELLED)
    calls.move_call(
        session, series.id, LONGER, calls.slot_start(series, LONGER), duration_minutes=90
    )
    return Weekly(series, dana, sam, lee)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def z(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ours(session: Session, series_id: str | None = None) -> list[tuple[str, str, str]]:
    """(start, end, status) of every call of the year as the app itself computes them."""
    return [
        (z(c.start), z(c.end), "CANCELLED" if c.status == CallStatus.CANCELLED else "CONFIRMED")
        for c in calls.calls_between(session, *YEAR, series_id=series_id)
    ]


def held(session: Session) -> list[tuple[str, str, str]]:
    """The calls of the year an invitation lists: a cancelled week is out of its set."""
    return [c for c in ours(session) if c[2] != "CANCELLED"]


def icaljs(path: Path) -> dict[str, Any]:
    require_icaljs()
    return expand(path, *YEAR)


def by_icaljs(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(e["start"], e["end"], e["status"]) for e in result["events"]]


def by_icalendar(data: bytes) -> list[tuple[str, str, str]]:
    calendar = icalendar.Calendar.from_ical(data)
    found = recurring_ical_events.of(calendar).between(*YEAR)
    return sorted((z(e.start), z(e.end), str(e["STATUS"])) for e in found)


def vevents(data: bytes) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


# --- the schedule -------------------------------------------------------------------------------


def test_weekly_call_stays_1730_pacific_across_both_changes(
    session: Session, weekly: Weekly
) -> None:
    data = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    starts = {s for s, _, _ in by_icalendar(data)}

    assert "2026-03-04T01:30:00Z" in starts  # Tuesday 03-03, 17:30 PST
    assert "2026-03-18T00:30:00Z" in starts  # Tuesday 03-17, 17:30 PDT
    assert "2026-10-28T00:30:00Z" in starts  # Tuesday 10-27, 17:30 PDT
    assert "2026-11-11T01:30:00Z" in starts  # Tuesday 11-10, 17:30 PST again
    assert by_icalendar(data) == ours(session)


def test_icaljs_reads_every_call_at_the_instant_the_app_computes(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "schedule.ics",
        calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    )
    result = icaljs(
        path
    )  # fails on any warning: a TZID without VTIMEZONE, an override matching nothing...

    assert result["calendar"] == {"method": "PUBLISH"}
    assert by_icaljs(result) == ours(session)
    assert len(result["events"]) == 52
    events = {e["recurrence_id"]: e for e in result["events"]}
    moved = events["2026-02-11T01:30:00Z"]
    assert (moved["start"], moved["end"], moved["overridden"]) == (
        "2026-02-13T02:00:00Z",
        "2026-02-13T03:00:00Z",
        True,
    )
    assert moved["sequence"] == 1
    cancelled = events["2026-03-11T00:30:00Z"]
    assert (cancelled["status"], cancelled["start"]) == ("CANCELLED", "2026-03-11T00:30:00Z")
    longer = events["2026-11-04T01:30:00Z"]
    assert longer["end"] == "2026-11-04T03:00:00Z"
    assert {e["organizer"] for e in result["events"]} == {"mailto:dana.reyes@example.org"}
    assert all(e["attendees"] == [] for e in result["events"])  # a published schedule names no one


def test_an_attendee_in_new_york_gets_the_same_instants_at_their_own_wall_clock(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    files = calendar_ics.invitations(session, weekly.series.id)
    result = icaljs(write(tmp_path, "sam.ics", files["sam-okafor.ics"]))

    assert by_icaljs(result) == held(session)
    assert {tuple(e["attendees"]) for e in result["events"]} == {("mailto:sam.okafor@example.org",)}
    walls = {
        dt.datetime.fromisoformat(e["start"]).astimezone(NEW_YORK).strftime("%H:%M")
        for e in result["events"]
        if not e["overridden"]
    }
    assert walls == {"20:30"}  # 17:30 Pacific, both zones changing on the same nights
    london = {
        e["recurrence_id"]: dt.datetime.fromisoformat(e["start"])
        .astimezone(ZoneInfo("Europe/London"))
        .strftime("%H:%M")
        for e in result["events"]
    }
    # Between the American change (03-08) and the British one (03-29) the call moves for London.
    assert (
        london["2026-03-04T01:30:00Z"],
        london["2026-03-18T00:30:00Z"],
        london["2026-04-01T00:30:00Z"],
    ) == (
        "01:30",
        "00:30",
        "01:30",
    )


def test_files_are_rfc5545_to_the_octet(
    session: Session, weekly: Weekly, make_campaign: Callable[..., Campaign]
) -> None:
    calls.create_one_off(
        session,
        "Ballot-access strategy with the New York chapter — état des lieux",
        dt.datetime(2026, 4, 2, 12, tzinfo=NEW_YORK),
        90,
        "America/New_York",
        notes="Deuxième point : « les signatures », " + "É" * 40 + "; then, a comma",
    )
    make_campaign("California independence initiative", vote_date="2026-11-03")
    data = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    invitation = calendar_ics.invitations(session, weekly.series.id)["sam-okafor.ics"]

    for raw in (data, invitation):
        assert raw.endswith(b"END:VCALENDAR\r\n")
        assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
        lines = raw.split(b"\r\n")[:-1]
        assert max(len(line) for line in lines) <= 75
        for line in lines:
            line.decode("utf-8")  # folding never splits a character
        unfolded = raw.replace(b"\r\n ", b"").decode()
        assert unfolded.count("BEGIN:VEVENT") == unfolded.count("END:VEVENT")
        assert re.search(r"^PRODID:-//Coalition//Coalition//EN\r$", unfolded, re.MULTILINE)
        assert re.search(r"^VERSION:2\.0\r$", unfolded, re.MULTILINE)
        assert re.search(r"^CALSCALE:GREGORIAN\r$", unfolded, re.MULTILINE)
        tzids = set(re.findall(r";TZID=([^:;]+)[:;]", unfolded))
        defined = set(re.findall(r"^TZID:(.+)\r$", unfolded, re.MULTILINE))
        assert tzids and tzids == defined
        for block in re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", unfolded, re.DOTALL):
            assert re.search(r"^DTSTAMP:\d{8}T\d{6}Z\r$", block, re.MULTILINE)
            assert re.search(r"^UID:\S+@\S+\r$", block, re.MULTILINE)
    assert b"\r\n " in data  # the long lines were folded, not cut
    assert {"America/Los_Angeles", "America/New_York"} == set(
        re.findall(r"^TZID:(.+)\r$", data.decode(), re.MULTILINE)
    )
    escaped = data.replace(b"\r\n ", b"").decode()
    assert "DESCRIPTION:Round of states\\; the ballot-access tracker" in escaped
    assert "Dial-in: +1 415-555-0100 (access code 482 913)" in escaped
    assert "METHOD:PUBLISH" in escaped


ZONES = (
    "America/Los_Angeles",
    "America/New_York",
    "America/St_Johns",
    "Europe/Berlin",
    "Australia/Sydney",
    "Pacific/Chatham",
    "America/Sao_Paulo",
    "Africa/Casablanca",
    "Asia/Kolkata",
)


def test_every_zones_vtimezone_reads_alike_over_the_years(session: Session, tmp_path: Path) -> None:
    """Yearly rules (north and south), half-hour and 45-minute offsets, a zone that gave up
    daylight saving (Sao Paulo, 2019) and one that changes with Ramadan (Casablanca)."""
    for zone in ZONES:
        calls.create_series(
            session,
            calls.SeriesInput(
                title=zone, start_date=dt.date(2018, 1, 2), start_time="17:30", time_zone=zone
            ),
        )
    data = calendar_ics.export_schedule(session, dt.date(2018, 1, 1), dt.date(2027, 12, 31))
    require_icaljs()
    span = (dt.datetime(2018, 1, 1, tzinfo=UTC), dt.datetime(2028, 1, 1, tzinfo=UTC))
    result = expand(write(tmp_path, "zones.ics", data), *span)

    expected = sorted((z(c.start), c.title) for c in calls.calls_between(session, *span))
    assert sorted((e["start"], e["summary"]) for e in result["events"]) == expected
    assert len(expected) == 9 * 522
    assert re.findall(rb"TZID:([^\r]+)\r\n", data) == sorted(z.encode() for z in ZONES)


def test_a_series_with_no_end_keeps_its_time_after_the_exported_years(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    data = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert b"RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n" in data  # the rule, not a list of dates
    require_icaljs()
    later = (dt.datetime(2030, 1, 1, tzinfo=UTC), dt.datetime(2031, 1, 1, tzinfo=UTC))
    result = expand(write(tmp_path, "later.ics", data), *later)
    assert [e["start"] for e in result["events"]] == [
        z(c.start) for c in calls.calls_between(session, *later)
    ]
    assert "2030-07-03T00:30:00Z" in {e["start"] for e in result["events"]}  # 17:30 PDT


def test_until_is_utc_and_a_continued_series_has_its_own_uid(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    data = calls.series_input(weekly.series)
    continued = calls.update_series(
        session, weekly.series.id, replace(data, start_time="18:00"), from_date=dt.date(2026, 7, 1)
    )
    exported = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    masters = [e for e in vevents(exported) if "RECURRENCE-ID" not in e]

    assert [str(e["UID"]) for e in masters] == [weekly.series.uid, continued.uid]  # by first call
    rules = {str(e["UID"]): e["RRULE"].to_ical().decode() for e in masters}
    # Tuesday 2026-06-30 ends the old series: 23:59:59 Pacific is 06:59:59 the next day in UTC.
    assert rules[weekly.series.uid] == "FREQ=WEEKLY;UNTIL=20260701T065959Z;BYDAY=TU"
    assert "UNTIL" not in rules[continued.uid]
    result = icaljs(write(tmp_path, "split.ics", exported))
    assert by_icaljs(result) == ours(session)
    assert "2026-07-08T01:00:00Z" in {e["start"] for e in result["events"]}  # 18:00 PDT
    assert "2026-06-24T00:30:00Z" in {e["start"] for e in result["events"]}  # 17:30 PDT, before


def test_uids_stay_the_same_from_one_export_to_the_next(session: Session, weekly: Weekly) -> None:
    def export() -> bytes:
        return calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))

    first, second = export(), export()
    keys = [
        (str(e["UID"]), e.get("RECURRENCE-ID") and e["RECURRENCE-ID"].to_ical())
        for e in vevents(first)
    ]
    assert keys == [
        (str(e["UID"]), e.get("RECURRENCE-ID") and e["RECURRENCE-ID"].to_ical())
        for e in vevents(second)
    ]
    assert {uid for uid, _ in keys} == {weekly.series.uid}

    def without_stamp(data: bytes) -> bytes:
        return re.sub(rb"DTSTAMP:\d{8}T\d{6}Z", b"", data)

    assert without_stamp(first) == without_stamp(second)


def test_sequence_grows_when_the_series_changes(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    def master_sequence() -> int:
        data = calendar_ics.invitations(session, weekly.series.id)["sam-okafor.ics"]
        return next(int(e["SEQUENCE"]) for e in vevents(data) if "RECURRENCE-ID" not in e)

    assert master_sequence() == 0
    calls.update_series(
        session, weekly.series.id, replace(calls.series_input(weekly.series), start_time="17:00")
    )
    assert master_sequence() == 1
    data = calendar_ics.invitations(session, weekly.series.id)["sam-okafor.ics"]
    result = icaljs(write(tmp_path, "update.ics", data))
    assert result["calendar"] == {"method": "REQUEST"}
    sequences = {e["recurrence_id"]: e["sequence"] for e in result["events"]}
    assert sequences["2026-01-07T01:00:00Z"] == 1
    assert sequences["2026-11-04T01:00:00Z"] == 1  # max(series, week): both changed once
    assert "2026-03-11T00:00:00Z" not in sequences  # the cancelled week: an EXDATE
    assert by_icaljs(result) == held(session)


def test_invitation_per_invitee_with_organizer_and_that_attendee(
    session: Session, weekly: Weekly
) -> None:
    files = calendar_ics.invitations(session, weekly.series.id)

    assert sorted(files) == ["sam-okafor.ics"]
    assert files.skipped == ["Lee Park"]
    assert files.method == "REQUEST"
    calendar = icalendar.Calendar.from_ical(files["sam-okafor.ics"])
    assert calendar["METHOD"] == "REQUEST"
    events = calendar.walk("VEVENT")
    # The series, the moved and the longer weeks; the cancelled week is out of the set.
    assert len(events) == 3
    assert all(str(e["STATUS"]) == "CONFIRMED" for e in events)
    assert events[0]["EXDATE"].to_ical() == b"20260310T173000"
    assert events[0]["EXDATE"].params["TZID"] == "America/Los_Angeles"
    for event in events:
        assert event["ORGANIZER"] == "mailto:dana.reyes@example.org"
        assert event["ORGANIZER"].params["CN"] == "Dana Reyes"
        attendee = event["ATTENDEE"]
        assert attendee == "mailto:sam.okafor@example.org"
        assert dict(attendee.params) == {
            "CN": "Sam Okafor",
            "CUTYPE": "INDIVIDUAL",
            "ROLE": "REQ-PARTICIPANT",
            "PARTSTAT": "NEEDS-ACTION",
            "RSVP": "TRUE",
        }
        assert str(event["UID"]) == weekly.series.uid
        assert str(event["URL"]) == "https://meet.example.org/coalition-weekly"


def test_the_organizer_gets_no_invitation_to_their_own_call(
    session: Session, weekly: Weekly
) -> None:
    data = calls.series_input(weekly.series)
    data.participant_person_ids = [*data.participant_person_ids, weekly.organizer.id]
    calls.update_series(session, weekly.series.id, data)

    assert [p.name for p in calls.invitees(session, weekly.series.id)] == [
        "Dana Reyes",
        "Lee Park",
        "Sam Okafor",
    ]
    assert sorted(calendar_ics.invitations(session, weekly.series.id)) == ["sam-okafor.ics"]


def test_an_invitation_without_an_organizer_address_is_refused(
    session: Session, weekly: Weekly
) -> None:
    calls.update_series(
        session, weekly.series.id, replace(calls.series_input(weekly.series), organizer_id=None)
    )
    with pytest.raises(CoalitionError, match="no organizer with an e-mail address"):
        calendar_ics.invitations(session, weekly.series.id)


def test_a_cancelled_series_goes_out_as_method_cancel(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    calls.cancel_series(session, weekly.series.id)
    files = calendar_ics.invitations(session, weekly.series.id)

    assert files.method == "CANCEL"
    calendar = icalendar.Calendar.from_ical(files["sam-okafor.ics"])
    assert calendar["METHOD"] == "CANCEL"
    (event,) = calendar.walk("VEVENT")
    assert (str(event["STATUS"]), int(event["SEQUENCE"]), str(event["UID"])) == (
        "CANCELLED",
        1,
        weekly.series.uid,
    )
    assert "RSVP" not in event["ATTENDEE"].params
    result = icaljs(write(tmp_path, "cancel.ics", files["sam-okafor.ics"]))
    assert result["calendar"] == {"method": "CANCEL"}
    assert {(e["status"], e["sequence"]) for e in result["events"]} == {("CANCELLED", 1)}
    assert len(result["events"]) == 52 and not any(e["overridden"] for e in result["events"])
    published = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert {str(e["STATUS"]) for e in vevents(published)} == {"CANCELLED"}


def test_one_week_moved_or_cancelled_is_a_recurrence_id_notice(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    moved = calendar_ics.occurrence_notice(session, weekly.series.id, MOVED)
    assert moved.method == "REQUEST"
    result = icaljs(write(tmp_path, "moved.ics", moved["sam-okafor.ics"]))
    assert result["calendar"] == {"method": "REQUEST"}
    (event,) = result["events"]
    assert (event["uid"], event["recurrence_id"], event["start"], event["sequence"]) == (
        weekly.series.uid,
        "2026-02-11T01:30:00Z",
        "2026-02-13T02:00:00Z",
        1,
    )
    assert event["attendees"] == ["mailto:sam.okafor@example.org"]
    (raw,) = vevents(moved["sam-okafor.ics"])
    assert raw["RECURRENCE-ID"].to_ical() == b"20260210T173000"
    assert raw["RECURRENCE-ID"].params["TZID"] == "America/Los_Angeles"

    cancelled = calendar_ics.occurrence_notice(session, weekly.series.id, CANCELLED)
    assert cancelled.method == "CANCEL"
    result = icaljs(write(tmp_path, "cancelled.ics", cancelled["sam-okafor.ics"]))
    assert result["calendar"] == {"method": "CANCEL"}
    (event,) = result["events"]
    assert (event["recurrence_id"], event["status"], event["sequence"]) == (
        "2026-03-11T00:30:00Z",
        "CANCELLED",
        1,
    )

    with pytest.raises(CoalitionError, match="no change to announce"):
        calendar_ics.occurrence_notice(session, weekly.series.id, dt.date(2026, 2, 17))


def test_a_week_the_rule_no_longer_gives_stays_through_an_rdate(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    meetings.prepare_call(session, weekly.series.id, dt.date(2026, 5, 5))  # its agenda is started
    wednesdays = replace(
        calls.series_input(weekly.series), recurrence=calls.Recurrence(weekdays=(2,))
    )
    calls.update_series(session, weekly.series.id, wednesdays)

    exported = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    (master,) = [e for e in vevents(exported) if "RECURRENCE-ID" not in e]
    assert "RDATE" in master
    result = icaljs(write(tmp_path, "rdate.ics", exported))
    assert by_icaljs(result) == ours(session)
    assert "2026-05-06T00:30:00Z" in {e["start"] for e in result["events"]}  # Tuesday 05-05, kept
    assert by_icalendar(exported) == ours(session)


def test_one_series_alone_and_one_off_calls(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    other = calls.create_series(
        session,
        calls.SeriesInput(
            title="New York chapter",
            start_date=dt.date(2026, 1, 8),
            start_time="09:00",
            time_zone="America/New_York",
        ),
    )
    one_off = calls.create_one_off(
        session, "Press call", dt.datetime(2026, 5, 20, 15, 30, tzinfo=UTC), 30, "UTC"
    )

    alone = calendar_ics.export_schedule(
        session, dt.date(2026, 1, 1), dt.date(2026, 12, 31), series_id=other.id
    )
    assert {str(e["UID"]) for e in vevents(alone)} == {other.uid}
    assert b"TZID:America/Los_Angeles" not in alone

    everything = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert {str(e["UID"]) for e in vevents(everything)} == {
        weekly.series.uid,
        other.uid,
        one_off.uid,
    }
    assert b"DTSTART:20260520T153000Z" in everything  # a UTC call needs no VTIMEZONE
    result = icaljs(write(tmp_path, "all.ics", everything))
    assert by_icaljs(result) == ours(session)

    later = calendar_ics.export_schedule(session, dt.date(2026, 6, 1), dt.date(2026, 12, 31))
    assert one_off.uid not in {str(e["UID"]) for e in vevents(later)}


def test_campaign_deadlines_are_all_day_events(
    session: Session, make_campaign: Callable[..., Campaign], tmp_path: Path
) -> None:
    campaign = make_campaign(
        "California independence initiative",
        filing_date="2025-12-01",
        signature_deadline="2026-06-29",
        vote_date="2026-11-03",
    )
    data = calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))

    assert b"DTSTART;VALUE=DATE:20261103\r\n" in data
    events = {str(e["UID"]): e for e in vevents(data)}
    assert sorted(events) == [
        f"{campaign.id}-signatures@coalition.example.org",
        f"{campaign.id}-vote@coalition.example.org",
    ]  # the filing date is before the period
    assert str(events[f"{campaign.id}-vote@coalition.example.org"]["SUMMARY"]) == (
        "California independence initiative: vote"
    )
    result = icaljs(write(tmp_path, "deadlines.ics", data))
    assert [(e["start"], e["end"]) for e in result["events"]] == [
        ("2026-06-29", "2026-06-30"),
        ("2026-11-03", "2026-11-04"),
    ]
    bare = calendar_ics.export_schedule(
        session, dt.date(2026, 1, 1), dt.date(2026, 12, 31), include_deadlines=False
    )
    assert vevents(bare) == []


# --- importing a partner's file -----------------------------------------------------------------


def import_partner(
    session: Session, name: str = "partner_schedule.ics"
) -> calendar_import.ImportReport:
    return calendar_import.import_ics(
        session, ICS / name, expand_from=dt.date(2026, 1, 1), expand_until=dt.date(2026, 12, 31)
    )


def imported(session: Session) -> list[tuple[str, str, int, str, str]]:
    session.expire_all()
    rows = session.query(CallOccurrence).filter(CallOccurrence.source == "partner_schedule.ics")
    return sorted((z(r.start), r.title, r.duration_minutes, r.time_zone, r.uid) for r in rows)


def test_import_expands_a_partners_recurring_event(session: Session) -> None:
    report = import_partner(session)

    weekly = "partner-weekly-7a1c@allies.example.net"
    assert imported(session) == [
        (
            "2026-03-02T17:00:00Z",
            "Allies Network check-in",
            60,
            "America/New_York",
            f"{weekly}#20260302T170000Z",
        ),
        (
            "2026-03-09T16:00:00Z",
            "Allies Network check-in",
            60,
            "America/New_York",
            f"{weekly}#20260309T160000Z",
        ),
        # Moved to Tuesday 15:00: keyed by the week it stands for.
        (
            "2026-03-17T19:00:00Z",
            "Allies Network check-in (moved to Tuesday)",
            60,
            "America/New_York",
            f"{weekly}#20260316T160000Z",
        ),
        (
            "2026-04-06T16:00:00Z",
            "Allies Network check-in",
            60,
            "America/New_York",
            f"{weekly}#20260406T160000Z",
        ),
        (
            "2026-04-15T16:00:00Z",
            "Rally at the Capitol",
            120,
            "UTC",
            "partner-rally-19b2@allies.example.net",
        ),
    ]  # 03-23 is an EXDATE, 03-30 cancelled, 05-01 all day
    rally = (
        session.query(CallOccurrence).filter_by(uid="partner-rally-19b2@allies.example.net").one()
    )
    assert (rally.location, rally.notes) == (
        "State Capitol, Sacramento",
        "Bring signs.\nMeet at the west steps.",
    )
    assert report.lines() == [
        "Imported 5 calls from partner_schedule.ics",
        "Read the file as UTF-8",
        "Expanded 1 recurring event into single calls from 2026-01-01 to 2026-12-31",
        "Skipped 1 cancelled call",
        "Skipped 1 all-day event (a call has a time of day): Filing day",
    ]
    assert [c.title for c in calls.calls_between(session, *YEAR)][:1] == ["Allies Network check-in"]


def test_import_of_odd_events_says_how_each_was_read(session: Session) -> None:
    report = calendar_import.import_ics(
        session,
        ICS / "partner_odd_events.ics",
        expand_from=dt.date(2026, 1, 1),
        expand_until=dt.date(2026, 12, 31),
    )

    session.expire_all()
    rows = session.query(CallOccurrence).filter(CallOccurrence.source == "partner_odd_events.ics")
    assert sorted((z(r.start), r.title, r.duration_minutes, r.time_zone) for r in rows) == [
        ("2026-06-01T09:00:00Z", "Same wall clock everywhere", 30, "UTC"),  # floating: as UTC
        # A zone the file defines under a name of its own: kept as its instant, in UTC.
        ("2026-06-02T13:00:00Z", "Call with the Delhi office", 45, "UTC"),
        # A single event is imported whatever its date; a nameless one after its file.
        ("2031-01-05T17:00:00Z", "Event from partner_odd_events.ics", 60, "UTC"),
    ]
    assert report.lines() == [
        "Imported 3 calls from partner_odd_events.ics",
        "Read the file as UTF-8",
        "Skipped 1 event longer than a day: Three-day convention",
        "Read 1 call with no time zone as UTC",
    ]


def test_importing_the_same_file_again_adds_nothing(
    session: Session, count_rows: Callable[[type], int]
) -> None:
    import_partner(session)
    before = imported(session)

    report = import_partner(session)

    assert report.imported == [] and report.already == 5
    assert "Skipped 5 calls already in Coalition (imported before)" in report.lines()
    assert imported(session) == before and count_rows(CallOccurrence) == 5


def test_importing_our_own_export_does_not_copy_our_series(
    session: Session, weekly: Weekly, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "ours.ics",
        calendar_ics.export_schedule(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    )
    report = calendar_import.import_ics(
        session, path, expand_from=dt.date(2026, 1, 1), expand_until=dt.date(2026, 12, 31)
    )
    assert report.imported == [] and report.already == 51  # the cancelled week is skipped as such
    assert report.cancelled == 1


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "partner_not_calendar.ics",
            (
                r"partner_not_calendar\.ics is not an iCalendar file "
                r"\(it does not begin with BEGIN:VCALENDAR\)"
            ),
        ),
        (
            "partner_truncated.ics",
            r"partner_truncated\.ics is cut short: it ends before END:VCALENDAR",
        ),
        (
            "partner_bad_date.ics",
            r"partner_bad_date\.ics: the event 'Planning session' has an unreadable DTSTART",
        ),
        ("partner_no_events.ics", r"partner_no_events\.ics holds no events \(no VEVENT\)"),
        (
            "partner_unknown_zone.ics",
            (
                r"partner_unknown_zone\.ics: the event 'Call from nowhere' uses the time zone "
                r"'Coalition/Nowhere', which the file does not define"
            ),
        ),
        (
            "broken_unterminated.ics",
            r"broken_unterminated\.ics: BEGIN:VEVENT on line 6 has no END:VEVENT",
        ),
        (
            "broken_two_starts.ics",
            r"broken_two_starts\.ics: the event 'Planning' has more than one DTSTART",
        ),
    ],
)
def test_a_broken_file_is_refused_and_nothing_is_written(
    session: Session,
    name: str,
    message: str,
    count_rows: Callable[[type], int],
    change_log_count: Callable[[], int],
) -> None:
    log = change_log_count()
    with pytest.raises(ImportFileError, match=message):
        import_partner(session, name)
    assert count_rows(CallOccurrence) == 0
    assert change_log_count() == log


def test_a_recurring_event_with_an_empty_sequence_is_refused_with_a_sentence(
    session: Session, tmp_path: Path, count_rows: Callable[[type], int]
) -> None:
    """An empty SEQUENCE (found by the importer's fuzz test) stopped the expansion with an
    internal error; it is the file's fault, and said so."""
    broken = tmp_path / "empty_sequence.ics"
    broken.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:weekly@partner.example.net\r\nDTSTAMP:20251215T180000Z\r\n"
        b"SEQUENCE:\r\nSUMMARY:Weekly call\r\nDTSTART:20260106T173000Z\r\n"
        b"DTEND:20260106T183000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(
        ImportFileError, match=r"empty_sequence\.ics: the events cannot be expanded"
    ):
        calendar_import.import_ics(
            session, broken, expand_from=dt.date(2026, 1, 1), expand_until=dt.date(2026, 12, 31)
        )
    assert count_rows(CallOccurrence) == 0


def test_an_import_is_all_or_nothing(
    session: Session, monkeypatch: pytest.MonkeyPatch, count_rows: Callable[[type], int]
) -> None:
    real = calendar_import.insert_rows

    def failing(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)  # the rows are written, then the disk fills
        raise OSError("disk full")

    monkeypatch.setattr(calendar_import, "insert_rows", failing)
    with pytest.raises(OSError):
        import_partner(session)
    assert count_rows(CallOccurrence) == 0
