"""The events' calendar file, read back by three readers that are not the library that
wrote it: recurring-ical-events, ical.js (Thunderbird) and libical (Evolution).  Each must
hold every event where the app does, with its UID, SEQUENCE and status."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import icalendar
import recurring_ical_events
from sqlalchemy.orm import Session

import icaljs_runner
import libical_runner
from coalition.events import calendar, events
from coalition.store.models import Event
from tests.events.conftest import Fair

UTC = dt.UTC
SPAN = (dt.datetime(2026, 1, 1, tzinfo=UTC), dt.datetime(2027, 7, 1, tzinfo=UTC))
Row = tuple[str, str, str, str, int]  # uid, start, end (UTC), status, sequence


def z(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def the_app(rows: list[Event]) -> list[Row]:
    return sorted(
        (
            e.uid,
            z(e.starts_at),
            z(events.ends_at(e)),
            "CANCELLED" if e.status == "cancelled" else "CONFIRMED",
            e.sequence,
        )
        for e in rows
    )


def read(result: dict[str, Any]) -> list[Row]:
    return sorted(
        (e["uid"], e["start"], e["end"], e["status"], e["sequence"]) for e in result["events"]
    )


def make_events(session: Session, fair: Fair) -> list[Event]:
    """The fair (cancelled, moved once), a convention across days in Chicago, and two
    events typed at times the clocks skip and repeat."""
    events.update_event(
        session,
        fair.event.id,
        events.EventInput(
            **{**events.event_input(fair.event).__dict__, "place": "Fresno Fairgrounds, Hall B"}
        ),
    )
    events.cancel_event(session, fair.event.id)
    made = [fair.event]
    for name, start, end, zone in (
        ("State convention", "2026-06-12 09:00", "2026-06-14 17:00", "America/Chicago"),
        ("Spring-forward canvass", "2026-03-08 02:30", "2026-03-08 05:00", "America/Los_Angeles"),
        ("Fall-back vigil", "2026-11-01 00:30", "2026-11-01 01:30", "America/Los_Angeles"),
        ("London solidarity stall", "2026-10-24 10:00", "2026-10-24 16:00", "Europe/London"),
    ):
        made.append(
            events.create_event(
                session,
                events.EventInput(
                    name=name, start=start, end=end, time_zone=zone, place="Main hall"
                ),
            )
        )
    return made


def test_three_readers_hold_every_event_where_the_app_does(
    session: Session, fair: Fair, tmp_path: Path
) -> None:
    made = make_events(session, fair)
    data = calendar.export_events(session, None)
    path = tmp_path / "events.ics"
    path.write_bytes(data)
    app = the_app(made)
    assert ("CANCELLED", 2) in {(r[3], r[4]) for r in app}

    found = recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(*SPAN)
    assert (
        sorted(
            (str(e["UID"]), z(e.start), z(e.end), str(e["STATUS"]), int(e["SEQUENCE"]))
            for e in found
        )
        == app
    )
    icaljs_runner.require_icaljs()
    assert read(icaljs_runner.expand(path, *SPAN)) == app
    libical_runner.require_libical()
    assert read(libical_runner.expand(path, *SPAN)) == app


def test_the_file_follows_the_calendar_rules(session: Session, fair: Fair) -> None:
    data = calendar.export_events(session, [fair.event.id])
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode()
    unfolded = text.replace("\r\n ", "")
    assert "BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles" in text
    assert "DTSTART;TZID=America/Los_Angeles:20261010T100000" in text
    assert "DTEND;TZID=America/Los_Angeles:20261010T180000" in text
    assert f"UID:{fair.event.uid}" in text
    assert "SEQUENCE:0" in text and "STATUS:CONFIRMED" in text
    assert "LOCATION:Fresno Fairgrounds\\, 1121 S Chance Ave\\, Fresno" in unfolded
    assert "Hosted by CVV" in unfolded and "With Fresno Youth Vote" in unfolded
    # The UID is the stored one: the same in every export.
    assert calendar.export_events(session, [fair.event.id]).count(fair.event.uid.encode()) == 1


def test_a_time_the_clocks_skip_is_written_in_utc(session: Session) -> None:
    event = events.create_event(
        session,
        events.EventInput(
            name="Spring-forward canvass",
            start="2026-03-08 02:30",
            end="2026-03-08 05:00",
            time_zone="America/Los_Angeles",
        ),
    )
    text = calendar.export_events(session, [event.id]).decode()
    assert "DTSTART:20260308T103000Z" in text
    assert "DTEND;TZID=America/Los_Angeles:20260308T050000" in text
