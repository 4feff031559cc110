"""Events and shifts as an organizer keeps them: the rules a typing slip meets, the
wall-clock time kept in the event's zone, and the shift sheet."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import ValidationError
from coalition.events import events, shifts
from coalition.store import changes
from coalition.store.models import (
    Campaign,
    Consent,
    Event,
    EventStatus,
    HostRole,
    PetitionBatch,
    SignUp,
)
from tests.events.conftest import Fair

UTC = dt.UTC


def test_an_event_keeps_its_wall_clock_and_the_same_instant_in_utc(fair: Fair) -> None:
    event = fair.event
    assert event.starts_local == dt.datetime(2026, 10, 10, 10, 0)
    assert event.starts_at == dt.datetime(2026, 10, 10, 17, 0, tzinfo=UTC)  # PDT
    assert event.state == "CA"
    assert event.uid.endswith("@coalition.example.org")
    assert {(h.organization_id, h.role) for h in event.hosts} == {
        (fair.host.id, HostRole.HOST),
        (fair.partner.id, HostRole.PARTNER),
    }
    assert [q["key"] for q in event.questions] == ["volunteer", "host", "pledge"]


def test_the_end_defaults_to_two_hours_and_the_zone_to_the_states(session: Session) -> None:
    event = events.create_event(
        session, events.EventInput(name="Campus table", start="2026-02-03 11:00", state="NY")
    )
    assert event.ends_local == dt.datetime(2026, 2, 3, 13, 0)
    assert event.time_zone == "America/New_York"
    assert event.starts_at == dt.datetime(2026, 2, 3, 16, 0, tzinfo=UTC)


def test_every_bad_field_is_a_sentence_naming_it(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        events.create_event(
            session,
            events.EventInput(
                name=" ",
                start="2026-02-30 10:00",
                end="tomorrow",
                time_zone="Pacific/Nowhere",
                state="Calfornia",
            ),
        )
    problems = caught.value.problems
    assert problems["name"] == "the event's name cannot be empty"
    assert "'2026-02-30 10:00' is not a date and time for the start" in problems["start"]
    assert "YYYY-MM-DD HH:MM" in problems["end"]
    assert (
        problems["time_zone"]
        == "'Pacific/Nowhere' is not a time zone name (like America/Los_Angeles)"
    )
    assert problems["state"] == "'Calfornia' is not a US state or DC"
    assert session.query(Event).count() == 0


def test_an_end_before_the_start_is_refused(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        events.create_event(
            session,
            events.EventInput(
                name="Rally", start="2026-05-01 12:00", end="2026-05-01 11:00", state="CA"
            ),
        )
    assert caught.value.problems["end"] == (
        "the end (2026-05-01 11:00) comes before the start (2026-05-01 12:00)"
    )


def test_a_start_the_clocks_skip_moves_forward_as_calls_do(session: Session) -> None:
    event = events.create_event(
        session,
        events.EventInput(
            name="Night canvass debrief",
            start="2026-03-08 02:30",
            end="2026-03-08 04:00",
            time_zone="America/Los_Angeles",
        ),
    )
    # 02:30 does not exist that night: it is 03:30 PDT, 10:30 UTC.
    assert event.starts_at == dt.datetime(2026, 3, 8, 10, 30, tzinfo=UTC)
    edge = events.start_edge(event)
    assert edge is not None and edge.local.hour == 3 and edge.local.minute == 30


def test_a_start_the_clocks_repeat_is_the_first_of_the_two(session: Session) -> None:
    event = events.create_event(
        session,
        events.EventInput(
            name="Late shift handover",
            start="2026-11-01 01:30",
            time_zone="America/Los_Angeles",
        ),
    )
    assert event.starts_at == dt.datetime(2026, 11, 1, 8, 30, tzinfo=UTC)  # still PDT
    assert events.ends_at(event) == dt.datetime(2026, 11, 1, 11, 30, tzinfo=UTC)


def test_a_change_calendars_must_hear_of_raises_the_sequence(session: Session, fair: Fair) -> None:
    data = events.event_input(fair.event)
    events.update_event(session, fair.event.id, dataclasses.replace(data, notes="Bring water."))
    assert fair.event.sequence == 0  # the notes are not news to a calendar
    events.update_event(session, fair.event.id, dataclasses.replace(data, place="Hall B"))
    assert fair.event.sequence == 1
    events.update_event(
        session, fair.event.id, dataclasses.replace(data, place="Hall B", start="2026-10-10 11:00")
    )
    assert fair.event.sequence == 2
    assert fair.event.starts_at == dt.datetime(2026, 10, 10, 18, 0, tzinfo=UTC)
    events.cancel_event(session, fair.event.id)
    assert fair.event.status == EventStatus.CANCELLED and fair.event.sequence == 3
    events.restore_event(session, fair.event.id)
    assert fair.event.status == EventStatus.ACTIVE and fair.event.sequence == 4


def test_each_write_is_one_change_that_can_be_undone(session: Session, fair: Fair) -> None:
    events.cancel_event(session, fair.event.id)
    changeset = changes.last_changeset(session)
    assert changeset is not None and changeset.label == "Cancel event"


def test_events_between_and_upcoming(session: Session, fair: Fair) -> None:
    later = events.create_event(
        session, events.EventInput(name="Convention", start="2026-11-20 09:00", state="CA")
    )
    october = events.events_between(
        session, dt.datetime(2026, 10, 1, tzinfo=UTC), dt.datetime(2026, 11, 1, tzinfo=UTC)
    )
    assert [e.name for e in october] == ["Big Fresno Fair table"]
    # During the fair it is still upcoming (under way); after it, only the convention is.
    during = dt.datetime(2026, 10, 10, 20, 0, tzinfo=UTC)
    assert [e.id for e in events.upcoming(session, during, 10)] == [fair.event.id, later.id]
    after = dt.datetime(2026, 10, 11, 2, 0, tzinfo=UTC)
    assert [e.id for e in events.upcoming(session, after, 10)] == [later.id]
    assert events.upcoming(session, after, 0) == []


def test_deleting_an_event_keeps_its_sign_ups_consents_and_counts(
    session: Session, fair: Fair, make_campaign: Callable[..., Campaign]
) -> None:
    campaign = make_campaign("Plebiscite")
    session.add_all(
        [
            SignUp(
                event_id=fair.event.id, person_id=fair.ana.id, signed_at=clock.now(), name="Ana"
            ),
            Consent(
                event_id=fair.event.id,
                person_id=fair.ana.id,
                organization_id=fair.host.id,
                given_at=clock.now(),
                wording="Central Valley Voters may contact me.",
            ),
            PetitionBatch(
                event_id=fair.event.id,
                campaign_id=campaign.id,
                collected_on=dt.date(2026, 10, 10),
                raw_count=120,
            ),
        ]
    )
    session.commit()
    assert events.sign_up_count(session, fair.event.id) == 1
    shifts.add_shift(session, fair.event.id, shifts.ShiftInput("10:00", "12:00", "Table", 2))
    events.delete_event(session, fair.event.id)
    assert session.get(Event, fair.event.id) is None
    assert session.query(SignUp).one().event_id is None
    assert session.query(Consent).one().event_id is None
    assert session.query(PetitionBatch).one().event_id is None


# --- shifts ---------------------------------------------------------------------------------


def test_a_shift_lies_inside_the_events_day_and_ends_after_it_starts(
    session: Session, fair: Fair
) -> None:
    shift = shifts.add_shift(
        session, fair.event.id, shifts.ShiftInput("10:00", "13:00", "Table", 2)
    )
    assert shift.starts_local == dt.datetime(2026, 10, 10, 10, 0)
    with pytest.raises(ValidationError) as caught:
        shifts.add_shift(
            session, fair.event.id, shifts.ShiftInput("14:00", "13:00", "Set-up", "-1")
        )
    assert (
        "the shift must end after it starts (it starts at 14:00 and ends at 13:00)"
        in caught.value.problems["end"]
    )
    assert caught.value.problems["slots"] == "the number of slots cannot be negative"
    with pytest.raises(ValidationError) as caught:
        shifts.add_shift(
            session, fair.event.id, shifts.ShiftInput("2026-10-11 10:00", "2026-10-11 11:00")
        )
    assert caught.value.problems["start"] == (
        "the shift's start (2026-10-11 10:00) is not on the event's day (2026-10-10)"
    )


def test_a_full_shift_and_the_same_person_twice_are_refused(session: Session, fair: Fair) -> None:
    shift = shifts.add_shift(
        session, fair.event.id, shifts.ShiftInput("10:00", "12:00", "Table", 1)
    )
    shifts.assign(session, shift.id, fair.ana.id)
    with pytest.raises(ValidationError) as caught:
        shifts.assign(session, shift.id, fair.ana.id)
    assert caught.value.problems["person"] == "Ana Ruiz is already on the shift Table, 10:00–12:00"
    with pytest.raises(ValidationError) as caught:
        shifts.assign(session, shift.id, fair.ben.id)
    assert caught.value.problems["person"].startswith(
        "the shift Table, 10:00–12:00 is full (1 of 1 slots taken)"
    )
    with pytest.raises(ValidationError) as caught:
        shifts.update_shift(session, shift.id, shifts.ShiftInput("10:00", "12:00", "Table", 0))
    assert "take someone off" in caught.value.problems["slots"]


def test_check_in_and_out(session: Session, fair: Fair) -> None:
    shift = shifts.add_shift(
        session, fair.event.id, shifts.ShiftInput("10:00", "12:00", "Table", 2)
    )
    row = shifts.assign(session, shift.id, fair.ana.id)
    with pytest.raises(ValidationError, match="has not checked in yet"):
        shifts.check_out(session, row.id)
    arrived = dt.datetime(2026, 10, 10, 16, 55, tzinfo=UTC)
    shifts.check_in(session, row.id, arrived)
    with pytest.raises(ValidationError) as caught:
        shifts.check_out(session, row.id, arrived - dt.timedelta(minutes=5))
    assert caught.value.problems["checked_out_at"] == (
        "a check-out cannot come before the check-in (09:55)"
    )
    shifts.check_out(session, row.id, arrived + dt.timedelta(hours=2))
    assert row.checked_out_at == dt.datetime(2026, 10, 10, 18, 55, tzinfo=UTC)


def test_the_shift_sheet_lists_people_with_phones_and_a_line_per_open_slot(
    session: Session, fair: Fair
) -> None:
    table = shifts.add_shift(
        session, fair.event.id, shifts.ShiftInput("10:00", "14:00", "Table", 3)
    )
    shifts.add_shift(session, fair.event.id, shifts.ShiftInput("14:00", "18:00", "Table", 2))
    row = shifts.assign(session, table.id, fair.ben.id)
    shifts.assign(session, table.id, fair.ana.id)
    shifts.check_in(session, row.id, dt.datetime(2026, 10, 10, 16, 58, tzinfo=UTC))
    sheet = shifts.shift_sheet(session, fair.event.id)
    assert sheet.event_name == "Big Fresno Fair table"
    first, second = sheet.shifts
    assert [(line.name, line.phone) for line in first.lines] == [
        ("Ana Ruiz", "+1 559-555-0101"),
        ("Ben Okafor", "+1 559-555-0102"),
        ("", ""),
    ]
    assert first.lines[1].checked_in == dt.datetime(2026, 10, 10, 9, 58)
    assert first.taken == 2
    assert [line.name for line in second.lines] == ["", ""]
