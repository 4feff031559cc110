"""The weekly call as its organizer sees it after cancelling a week, changing who is
invited, lengthening the call and changing the schedule, on a real database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import icalendar
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition import calendar_ics, calls, meetings
from coalition.calls import Frequency, Recurrence, SeriesInput
from coalition.store.models import CallOccurrence, CallParticipant, CallStatus, Person

D = dt.date
UTC = dt.UTC
LA = "America/Los_Angeles"


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def weekly_call(**fields: object) -> SeriesInput:
    """Tuesdays 17:30 Pacific, an hour, from January 6, 2026."""
    values: dict[str, object] = {
        "title": "Coalition call",
        "start_date": D(2026, 1, 6),
        "start_time": "17:30",
        "time_zone": LA,
        "standing_items": [("Roll call by state", 5)],
    }
    values.update(fields)
    return SeriesInput(**values)  # type: ignore[arg-type]


# --- 1. a cancelled week is not the next call -------------------------------------------------


def test_the_next_call_skips_a_cancelled_week(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    calls.cancel_call(session, series.id, D(2026, 1, 13))

    upcoming = calls.next_call(session, series.id, after=utc(2026, 1, 8))

    assert upcoming is not None
    assert upcoming.original_date == D(2026, 1, 20)
    assert upcoming.status == CallStatus.ACTIVE
    assert upcoming.start == calls.instant(D(2026, 1, 20), dt.time(17, 30), LA)


def test_the_next_call_is_the_week_itself_once_it_is_restored(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    calls.cancel_call(session, series.id, D(2026, 1, 13))
    calls.restore_call(session, series.id, D(2026, 1, 13))

    upcoming = calls.next_call(session, series.id, after=utc(2026, 1, 8))

    assert upcoming is not None and upcoming.original_date == D(2026, 1, 13)


def test_a_cancelled_series_has_no_next_call(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    calls.cancel_series(session, series.id)

    assert calls.next_call(session, series.id, after=utc(2026, 1, 8)) is None


def test_a_call_starting_now_is_the_next_call(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    starts = calls.instant(D(2026, 1, 13), dt.time(17, 30), LA)

    upcoming = calls.next_call(session, series.id, after=starts)

    assert upcoming is not None and upcoming.original_date == D(2026, 1, 13)


def test_the_next_call_months_away_is_still_found(session: Session) -> None:
    """A series that meets twice a year: the next call is found however far it is."""
    series = calls.create_series(
        session, weekly_call(recurrence=Recurrence(interval=26), start_date=D(2026, 1, 6))
    )

    upcoming = calls.next_call(session, series.id, after=utc(2026, 1, 8))

    assert upcoming is not None and upcoming.original_date == D(2026, 7, 7)


def test_the_agenda_after_a_cancelled_week_carries_what_the_last_call_held_left_open(
    session: Session,
) -> None:
    series = calls.create_series(session, weekly_call())
    held = calls.prepare_call(session, series.id, D(2026, 1, 6))
    meetings.add_agenda_item(session, held.id, "Ballot-access tracker")
    calls.cancel_call(session, series.id, D(2026, 1, 13))

    following = calls.prepare_call(session, series.id, D(2026, 1, 20))

    titles = [item.title for item in meetings.agenda(session, following.id)]
    assert titles == ["Roll call by state", "Ballot-access tracker"]


# --- 2. who is invited -----------------------------------------------------------------------------


@pytest.fixture
def invited(session: Session, make_person: Callable[..., Person]) -> tuple[str, dict[str, Person]]:
    people = {
        name.split()[0].lower(): make_person(name, emails=[f"{name.split()[0].lower()}@example.org"])
        for name in ("Dana Reyes", "Ana Silva", "Ben Cole", "Sam Okafor")
    }
    series = calls.create_series(
        session,
        weekly_call(
            organizer_id=people["dana"].id,
            participant_person_ids=[people["ana"].id, people["ben"].id, people["sam"].id],
        ),
    )
    return series.id, people


def attendees(files: dict[str, bytes]) -> set[str]:
    found = set()
    for data in files.values():
        for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
            found.add(str(event["ATTENDEE"]))
    return found


def test_removing_a_participant_stops_their_invitation_and_keeps_the_others_once(
    session: Session, invited: tuple[str, dict[str, Person]]
) -> None:
    series_id, people = invited
    assert sorted(calendar_ics.invitations(session, series_id)) == ["ana-silva.ics", "ben-cole.ics", "sam-okafor.ics"]
    data = calls.series_input(calls.get_series(session, series_id))
    data.participant_person_ids = [people["ben"].id, people["sam"].id]

    calls.update_series(session, series_id, data)

    files = calendar_ics.invitations(session, series_id)
    assert sorted(files) == ["ben-cole.ics", "sam-okafor.ics"]
    assert attendees(files) == {"mailto:ben@example.org", "mailto:sam@example.org"}
    assert [p.name for p in calls.invitees(session, series_id)] == ["Ben Cole", "Sam Okafor"]
    session.expire_all()
    stored = session.scalars(select(CallParticipant.person_id).where(CallParticipant.series_id == series_id))
    assert sorted(stored) == sorted([people["ben"].id, people["sam"].id])


def test_saving_the_same_participants_again_keeps_each_once(
    session: Session, invited: tuple[str, dict[str, Person]]
) -> None:
    series_id, _people = invited
    before = {p.id: p.person_id for p in calls.get_series(session, series_id).participants}

    calls.update_series(session, series_id, calls.series_input(calls.get_series(session, series_id)))

    session.expire_all()
    after = {p.id: p.person_id for p in calls.get_series(session, series_id).participants}
    assert after == before  # the same rows: nothing to sync, nothing in the history
    assert sorted(calendar_ics.invitations(session, series_id)) == ["ana-silva.ics", "ben-cole.ics", "sam-okafor.ics"]


def test_adding_a_participant_invites_them_beside_the_others(
    session: Session, invited: tuple[str, dict[str, Person]], make_person: Callable[..., Person]
) -> None:
    series_id, _people = invited
    lee = make_person("Lee Park", emails=["lee@example.org"])
    data = calls.series_input(calls.get_series(session, series_id))
    data.participant_person_ids = [*data.participant_person_ids, lee.id]

    calls.update_series(session, series_id, data)

    assert sorted(calendar_ics.invitations(session, series_id)) == [
        "ana-silva.ics", "ben-cole.ics", "lee-park.ics", "sam-okafor.ics",
    ]


# --- 3. a longer call ----------------------------------------------------------------------------


def test_lengthening_the_call_lengthens_the_weeks_already_prepared(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    prepared = calls.prepare_call(session, series.id, D(2026, 2, 3))
    calls.cancel_call(session, series.id, D(2026, 2, 10))

    calls.update_series(session, series.id, replace(calls.series_input(series), duration_minutes=90))

    found = {
        c.original_date: c.duration_minutes
        for c in calls.calls_between(session, utc(2026, 1, 27), utc(2026, 2, 20), series_id=series.id)
    }
    assert found == {D(2026, 1, 27): 90, D(2026, 2, 3): 90, D(2026, 2, 10): 90, D(2026, 2, 17): 90}
    session.expire_all()
    row = session.get(CallOccurrence, prepared.id)
    assert row is not None and row.duration_minutes == 90
    assert row.start == calls.instant(D(2026, 2, 3), dt.time(17, 30), LA)


def test_a_week_lengthened_by_hand_keeps_its_own_length(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    week = D(2026, 2, 3)
    calls.move_call(session, series.id, week, calls.slot_start(series, week), duration_minutes=120)

    calls.update_series(session, series.id, replace(calls.series_input(series), duration_minutes=90))

    (call,) = calls.calls_between(session, utc(2026, 2, 3), utc(2026, 2, 5), series_id=series.id)
    assert call.duration_minutes == 120


# --- 4. a prepared week the new schedule no longer gives -------------------------------------------


def test_a_prepared_week_the_new_schedule_drops_keeps_the_series_title(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    prepared = calls.prepare_call(session, series.id, D(2026, 3, 17))
    monthly = Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=1)  # the first Friday
    data = replace(calls.series_input(series), recurrence=monthly)

    calls.update_series(session, series.id, data, from_date=D(2026, 3, 1))

    session.expire_all()
    row = session.get(CallOccurrence, prepared.id)
    assert row is not None and row.series_id is None  # a call of its own now
    assert row.title == "Coalition call"
    assert row.time_zone == LA
    listed = [
        c for c in calls.calls_between(session, utc(2026, 3, 16), utc(2026, 3, 20)) if c.occurrence_id == prepared.id
    ]
    assert [c.title for c in listed] == ["Coalition call"]
    assert [item.title for item in meetings.agenda(session, prepared.id)] == ["Roll call by state"]


def test_a_dropped_week_keeps_its_own_title_when_it_had_one(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    prepared = calls.prepare_call(session, series.id, D(2026, 3, 17))
    prepared.title = "Coalition call: budget special"
    session.commit()
    monthly = Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=1)

    calls.update_series(
        session, series.id, replace(calls.series_input(series), recurrence=monthly), from_date=D(2026, 3, 1)
    )

    session.expire_all()
    assert session.get(CallOccurrence, prepared.id).title == "Coalition call: budget special"  # type: ignore[union-attr]
