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

from coalition.calls import calendar_export as calendar_ics
from coalition.calls import meetings
from coalition.calls import series as calls
from coalition.calls.series import Frequency, Recurrence, SeriesInput
from coalition.common.errors import ValidationError
from coalition.directory import records as directory
from coalition.store.models import CallOccurrence, CallParticipant, CallStatus, Organization, Person

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


def test_the_next_call_is_the_series_own_not_an_earlier_one_of_another(session: Session) -> None:
    ours = calls.create_series(
        session, weekly_call(recurrence=Recurrence(weekdays=(3,)))
    )  # Thursdays
    calls.create_series(session, weekly_call(title="Board call"))  # Tuesdays, earlier in the week

    upcoming = calls.next_call(session, ours.id, after=utc(2026, 1, 12))

    assert upcoming is not None
    assert (upcoming.series_id, upcoming.title, upcoming.original_date) == (
        ours.id,
        "Coalition call",
        D(2026, 1, 15),
    )


def test_without_a_moment_the_next_call_is_after_now(session: Session) -> None:
    today = dt.date.today()
    series = calls.create_series(
        session,
        weekly_call(
            start_date=today + dt.timedelta(days=7),
            recurrence=Recurrence(weekdays=(0, 1, 2, 3, 4, 5, 6)),
        ),
    )

    upcoming = calls.next_call(session, series.id)

    assert upcoming is not None and upcoming.original_date == today + dt.timedelta(days=7)


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
    held = meetings.prepare_call(session, series.id, D(2026, 1, 6))
    meetings.add_agenda_item(session, held.id, "Ballot-access tracker")
    calls.cancel_call(session, series.id, D(2026, 1, 13))

    following = meetings.prepare_call(session, series.id, D(2026, 1, 20))

    titles = [item.title for item in meetings.agenda(session, following.id)]
    assert titles == ["Roll call by state", "Ballot-access tracker"]


# --- 2. who is invited ----------------------------------------------------------------------------


@pytest.fixture
def invited(session: Session, make_person: Callable[..., Person]) -> tuple[str, dict[str, Person]]:
    people = {
        name.split()[0].lower(): make_person(
            name, emails=[f"{name.split()[0].lower()}@example.org"]
        )
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
    assert sorted(calendar_ics.invitations(session, series_id)) == [
        "ana-silva.ics",
        "ben-cole.ics",
        "sam-okafor.ics",
    ]
    data = calls.series_input(calls.get_series(session, series_id))
    data.participant_person_ids = [people["ben"].id, people["sam"].id]

    calls.update_series(session, series_id, data)

    files = calendar_ics.invitations(session, series_id)
    assert sorted(files) == ["ben-cole.ics", "sam-okafor.ics"]
    assert attendees(files) == {"mailto:ben@example.org", "mailto:sam@example.org"}
    assert [p.name for p in calls.invitees(session, series_id)] == ["Ben Cole", "Sam Okafor"]
    session.expire_all()
    stored = session.scalars(
        select(CallParticipant.person_id).where(CallParticipant.series_id == series_id)
    )
    assert sorted(stored) == sorted([people["ben"].id, people["sam"].id])


def test_saving_the_same_participants_again_keeps_each_once(
    session: Session, invited: tuple[str, dict[str, Person]]
) -> None:
    series_id, _people = invited
    before = {p.id: p.person_id for p in calls.get_series(session, series_id).participants}

    calls.update_series(
        session, series_id, calls.series_input(calls.get_series(session, series_id))
    )

    session.expire_all()
    after = {p.id: p.person_id for p in calls.get_series(session, series_id).participants}
    assert after == before  # the same rows: nothing to sync, nothing in the history
    assert sorted(calendar_ics.invitations(session, series_id)) == [
        "ana-silva.ics",
        "ben-cole.ics",
        "sam-okafor.ics",
    ]


def test_adding_a_participant_invites_them_beside_the_others(
    session: Session, invited: tuple[str, dict[str, Person]], make_person: Callable[..., Person]
) -> None:
    series_id, _people = invited
    lee = make_person("Lee Park", emails=["lee@example.org"])
    data = calls.series_input(calls.get_series(session, series_id))
    data.participant_person_ids = [*data.participant_person_ids, lee.id]

    calls.update_series(session, series_id, data)

    assert sorted(calendar_ics.invitations(session, series_id)) == [
        "ana-silva.ics",
        "ben-cole.ics",
        "lee-park.ics",
        "sam-okafor.ics",
    ]


# --- 3. a longer call ----------------------------------------------------------------------------


def test_lengthening_the_call_lengthens_the_weeks_already_prepared(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    prepared = meetings.prepare_call(session, series.id, D(2026, 2, 3))
    calls.cancel_call(session, series.id, D(2026, 2, 10))

    calls.update_series(
        session, series.id, replace(calls.series_input(series), duration_minutes=90)
    )

    found = {
        c.original_date: c.duration_minutes
        for c in calls.calls_between(
            session, utc(2026, 1, 27), utc(2026, 2, 20), series_id=series.id
        )
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

    calls.update_series(
        session, series.id, replace(calls.series_input(series), duration_minutes=90)
    )

    (call,) = calls.calls_between(session, utc(2026, 2, 3), utc(2026, 2, 5), series_id=series.id)
    assert call.duration_minutes == 120


# --- 4. a prepared week the new schedule no longer gives ------------------------------------------


def test_a_prepared_week_the_new_schedule_drops_keeps_the_series_title(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    prepared = meetings.prepare_call(session, series.id, D(2026, 3, 17))
    monthly = Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=1)  # the first Friday
    data = replace(calls.series_input(series), recurrence=monthly)

    calls.update_series(session, series.id, data, from_date=D(2026, 3, 1))

    session.expire_all()
    row = session.get(CallOccurrence, prepared.id)
    assert row is not None and row.series_id is None  # a call of its own now
    assert row.title == "Coalition call"
    assert row.time_zone == LA
    listed = [
        c
        for c in calls.calls_between(session, utc(2026, 3, 16), utc(2026, 3, 20))
        if c.occurrence_id == prepared.id
    ]
    assert [c.title for c in listed] == ["Coalition call"]
    assert [item.title for item in meetings.agenda(session, prepared.id)] == ["Roll call by state"]


def test_a_dropped_week_keeps_its_own_title_when_it_had_one(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    prepared = meetings.prepare_call(session, series.id, D(2026, 3, 17))
    prepared.title = "Coalition call: budget special"
    session.commit()
    monthly = Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=1)

    calls.update_series(
        session,
        series.id,
        replace(calls.series_input(series), recurrence=monthly),
        from_date=D(2026, 3, 1),
    )

    session.expire_all()
    assert session.get(CallOccurrence, prepared.id).title == "Coalition call: budget special"  # type: ignore[union-attr]


# --- how a series repeats, said and read back -----------------------------------------------------


@pytest.mark.parametrize(
    ("recurrence", "words", "rule"),
    [
        (Recurrence(weekdays=(0, 3)), "Every Monday and Thursday", "FREQ=WEEKLY;BYDAY=MO,TH"),
        (
            Recurrence(weekdays=(4, 0, 2)),
            "Every Monday, Wednesday and Friday",
            "FREQ=WEEKLY;BYDAY=MO,WE,FR",
        ),
        (
            Recurrence(interval=2, weekdays=(1, 1)),
            "Every 2 weeks on Tuesday",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        ),
        (
            Recurrence(Frequency.MONTHLY, weekdays=(1,), nth=2),
            "Monthly on the second Tuesday",
            "FREQ=MONTHLY;BYDAY=+2TU",
        ),
        (
            Recurrence(Frequency.MONTHLY, interval=3, weekdays=(6,), nth=3),
            "Every 3 months on the third Sunday",
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=+3SU",
        ),
        (
            Recurrence(Frequency.MONTHLY, weekdays=(5,), nth=4),
            "Monthly on the fourth Saturday",
            "FREQ=MONTHLY;BYDAY=+4SA",
        ),
        (
            Recurrence(Frequency.MONTHLY, weekdays=(0,), nth=1),
            "Monthly on the first Monday",
            "FREQ=MONTHLY;BYDAY=+1MO",
        ),
        (
            Recurrence(until=D(2026, 6, 30)),
            "Every Tuesday, until 2026-06-30",
            "FREQ=WEEKLY;UNTIL=20260630T235959;BYDAY=TU",
        ),
    ],
)
def test_a_rule_is_said_in_words_stored_and_read_back(
    session: Session, recurrence: Recurrence, words: str, rule: str
) -> None:
    series = calls.create_series(
        session, weekly_call(start_date=D(2026, 1, 1), recurrence=recurrence)
    )
    assert series.rrule == rule
    read = Recurrence.from_rrule(series.rrule)
    assert read.describe() == words
    assert (read.frequency, read.interval, sorted(set(read.weekdays)), read.until) == (
        recurrence.frequency,
        recurrence.interval,
        sorted(set(recurrence.weekdays)),
        recurrence.until,
    )
    if recurrence.frequency == Frequency.MONTHLY:
        assert read.nth == recurrence.nth


def test_a_rule_without_weekdays_or_interval_reads_as_every_tuesday() -> None:
    read = Recurrence.from_rrule("FREQ=WEEKLY")
    assert (read.frequency, read.interval, read.weekdays, read.until) == (
        Frequency.WEEKLY,
        1,
        (1,),
        None,
    )
    assert Recurrence.from_rrule("FREQ=MONTHLY;BYDAY=FR").nth == 1


@pytest.mark.parametrize(
    ("typed", "wall"),
    [
        ("17:30", dt.time(17, 30)),
        ("17.30", dt.time(17, 30)),
        ("5:30 pm", dt.time(17, 30)),
        ("5:30PM", dt.time(17, 30)),
        ("5 PM", dt.time(17, 0)),
        (" 9:05 am ", dt.time(9, 5)),
        (dt.time(17, 30, 45, tzinfo=dt.UTC), dt.time(17, 30)),
    ],
)
def test_the_time_of_the_call_is_read_as_people_type_it(
    session: Session, typed: object, wall: dt.time
) -> None:
    series = calls.create_series(session, weekly_call(start_time=typed))
    assert series.start_time == wall


@pytest.mark.parametrize(
    ("minutes", "ok"), [(1, True), ("90", True), (24 * 60, True), (24 * 60 + 1, False), (0, False)]
)
def test_a_call_lasts_from_a_minute_to_a_day(session: Session, minutes: object, ok: bool) -> None:
    if ok:
        assert calls.create_series(
            session, weekly_call(duration_minutes=minutes)
        ).duration_minutes == int(minutes)  # type: ignore[call-overload]
    else:
        with pytest.raises(ValidationError) as caught:
            calls.create_series(session, weekly_call(duration_minutes=minutes))
        assert caught.value.problems == {
            "duration_minutes": "a call lasts between 1 minute and 24 hours"
        }


@pytest.mark.parametrize(
    ("recurrence", "words"),
    [
        (Recurrence(interval=0), "the interval is at least 1"),
        (Recurrence(weekdays=()), "choose at least one weekday"),
        (
            Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=5),
            "monthly calls are on the first to fourth, or the last, weekday",
        ),
        (
            Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=0),
            "monthly calls are on the first to fourth, or the last, weekday",
        ),
        (Recurrence(until=D(2026, 1, 5)), "the series ends before its first call"),
    ],
)
def test_a_rule_that_cannot_be_is_refused_in_words(
    session: Session, recurrence: Recurrence, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        calls.create_series(session, weekly_call(recurrence=recurrence))
    assert caught.value.problems == {"recurrence": words}


def test_a_series_ending_on_its_first_day_has_that_one_call(session: Session) -> None:
    series = calls.create_series(session, weekly_call(recurrence=Recurrence(until=D(2026, 1, 6))))
    assert calls.rule_dates(series, D(2026, 1, 1), D(2026, 12, 31)) == [D(2026, 1, 6)]


def test_a_series_needs_a_first_day_and_says_so(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        calls.create_series(session, weekly_call(start_date=""))
    assert caught.value.problems == {"start_date": "the first call needs a date"}


def test_the_fields_of_a_series_are_kept_trimmed(
    session: Session, make_person: Callable[..., Person]
) -> None:
    dana = make_person("Dana Reyes", emails=["dana@example.org"])
    series = calls.create_series(
        session,
        weekly_call(
            title="  Coalition call ",
            description=" Round of states \n",
            join_url="meet.example.org/c",
            dial_in=" ",
            access_code=" 482 913 ",
            organizer_id=dana.id,
            standing_items=[(" Roll call ", 5), ("  ", 3), ("Wins", None)],
        ),
    )
    assert (
        series.title,
        series.description,
        series.join_url,
        series.dial_in,
        series.access_code,
    ) == (
        "Coalition call",
        "Round of states",
        "https://meet.example.org/c",
        "",
        "482 913",
    )
    assert [(s.title, s.time_box_minutes, s.position) for s in series.standing_items] == [
        ("Roll call", 5, 0),
        ("Wins", None, 1),
    ]
    again = calls.series_input(series)
    assert (again.organizer_id, again.standing_items) == (
        dana.id,
        [("Roll call", 5), ("Wins", None)],
    )


# --- who is invited through a group ---------------------------------------------------------------


def test_a_group_invites_the_people_representing_a_state_for_it_on_the_day(
    session: Session, make_org: Callable[..., Organization], make_person: Callable[..., Person]
) -> None:
    group, other = make_org("Calexit Coalition"), make_org("Texit Now")
    for name, org, since, until in (
        ("Ana Silva", group, None, None),  # no dates: always
        ("Ben Cole", group, "2026-06-01", None),  # from the very day
        ("Cruz Diaz", group, "2026-06-02", None),  # the day after
        ("Dee Moss", group, None, "2026-06-01"),  # up to the very day
        ("Eli Ford", group, None, "2026-05-31"),  # the day before
        ("Fay Lund", other, None, None),  # another group's
    ):
        person = make_person(name)
        directory.add_membership(
            session,
            directory.MembershipInput(
                person.id, org.id, represents_state="CA", since=since, until=until
            ),
        )
    series = calls.create_series(session, weekly_call(participant_org_ids=[group.id]))

    names = [p.name for p in calls.invitees(session, series.id, on=D(2026, 6, 1))]

    assert names == ["Ana Silva", "Ben Cole", "Dee Moss"]


def test_every_series_is_listed_by_title_then_first_day(session: Session) -> None:
    later = calls.create_series(
        session, weekly_call(title="Coalition call", start_date=D(2026, 3, 3))
    )
    earlier = calls.create_series(
        session, weekly_call(title="Coalition call", start_date=D(2026, 1, 6))
    )
    board = calls.create_series(session, weekly_call(title="Board call"))

    assert [s.id for s in calls.all_series(session)] == [board.id, earlier.id, later.id]


def test_a_moved_week_is_listed_with_its_series_title_and_zone(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    calls.move_call(session, series.id, D(2026, 1, 13), utc(2026, 1, 16, 2, 0))

    (call,) = calls.calls_between(session, utc(2026, 1, 15), utc(2026, 1, 17))

    assert (call.series_id, call.title, call.time_zone, call.moved) == (
        series.id,
        "Coalition call",
        LA,
        True,
    )


def test_a_change_from_a_date_onward_is_one_more_revision_of_the_old_series(
    session: Session,
) -> None:
    series = calls.create_series(session, weekly_call())
    calls.update_series(session, series.id, replace(calls.series_input(series), start_time="18:00"))
    calls.update_series(session, series.id, replace(calls.series_input(series), start_time="18:30"))
    assert calls.get_series(session, series.id).sequence == 2

    calls.update_series(
        session,
        series.id,
        replace(calls.series_input(series), start_time="19:00"),
        from_date=D(2026, 3, 3),
    )

    assert calls.get_series(session, series.id).sequence == 3
