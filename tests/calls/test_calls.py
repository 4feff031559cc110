"""Call series on a real database: recurrence at a wall-clock time in a zone, moved and
cancelled weeks, changes from a date onward, SEQUENCE, one-off calls and invitees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import meetings
from coalition.calls import series as calls
from coalition.calls.series import Frequency, Recurrence, SeriesInput
from coalition.common.errors import ValidationError
from coalition.directory import records as directory
from coalition.store.changes import last_changeset, revert
from coalition.store.models import CallOccurrence, CallSeries, CallStatus, Organization, Person

D = dt.date
UTC = dt.UTC
LA = "America/Los_Angeles"


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def weekly_call(**fields: object) -> SeriesInput:
    """The coalition's call: Tuesdays 17:30 Pacific, an hour."""
    values: dict[str, object] = {
        "title": "Coalition call",
        "start_date": D(2026, 1, 6),
        "start_time": "17:30",
        "time_zone": LA,
        "join_url": "https://meet.example.org/coalition-call",
        "dial_in": "+1 916-555-0199",
        "access_code": "730 1755",
        "standing_items": [("Roll call by state", 5), ("Wins of the week", 10)],
    }
    values.update(fields)
    return SeriesInput(**values)  # type: ignore[arg-type]  # the test's dict mixes the fields' types


def starts(
    session: Session, first: dt.datetime, last: dt.datetime, **kw: object
) -> list[dt.datetime]:
    return [c.start for c in calls.calls_between(session, first, last, **kw)]  # type: ignore[arg-type]  # the test passes calls_between's own keywords through


# --- recurrence ------------------------------------------------------------------------------


def test_tuesday_1730_pacific_keeps_its_wall_clock_time_across_daylight_saving(
    session: Session,
) -> None:
    series = calls.create_series(session, weekly_call())
    spring = starts(session, utc(2026, 3, 1), utc(2026, 3, 19), series_id=series.id)
    # Daylight saving starts on Sunday March 8, 2026: 01:30Z before, 00:30Z after.
    assert spring == [utc(2026, 3, 4, 1, 30), utc(2026, 3, 11, 0, 30), utc(2026, 3, 18, 0, 30)]
    autumn = starts(session, utc(2026, 10, 20), utc(2026, 11, 12), series_id=series.id)
    # ...and ends on Sunday November 1, 2026: back to 01:30Z.
    assert autumn == [
        utc(2026, 10, 21, 0, 30),
        utc(2026, 10, 28, 0, 30),
        utc(2026, 11, 4, 1, 30),
        utc(2026, 11, 11, 1, 30),
    ]
    for call in calls.calls_between(session, utc(2026, 1, 1), utc(2026, 12, 31)):
        local = call.local_start()
        assert (local.weekday(), local.hour, local.minute) == (1, 17, 30)
        assert call.local_start("America/New_York").hour == 20


def test_the_first_call_is_the_first_rule_date_on_or_after_the_chosen_day(
    session: Session,
) -> None:
    series = calls.create_series(session, weekly_call(start_date=D(2026, 1, 1)))  # a Thursday
    assert series.start_date == D(2026, 1, 6)
    first = calls.calls_between(session, utc(2025, 12, 1), utc(2026, 1, 31), series_id=series.id)
    assert first[0].original_date == D(2026, 1, 6)


def test_every_two_weeks(session: Session) -> None:
    series = calls.create_series(session, weekly_call(recurrence=Recurrence(interval=2)))
    dates = calls.rule_dates(series, D(2026, 1, 1), D(2026, 3, 1))
    assert dates == [D(2026, 1, 6), D(2026, 1, 20), D(2026, 2, 3), D(2026, 2, 17)]
    assert Recurrence.from_rrule(series.rrule).describe() == "Every 2 weeks on Tuesday"


def test_monthly_on_the_last_friday(session: Session) -> None:
    rule = Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=-1)
    series = calls.create_series(session, weekly_call(start_date=D(2026, 1, 1), recurrence=rule))
    assert series.rrule == "FREQ=MONTHLY;BYDAY=-1FR"
    dates = calls.rule_dates(series, D(2026, 1, 1), D(2026, 5, 31))
    assert dates == [D(2026, 1, 30), D(2026, 2, 27), D(2026, 3, 27), D(2026, 4, 24), D(2026, 5, 29)]
    assert Recurrence.from_rrule(series.rrule).describe() == "Monthly on the last Friday"


def test_an_until_date_ends_the_series(session: Session) -> None:
    series = calls.create_series(session, weekly_call(recurrence=Recurrence(until=D(2026, 1, 27))))
    assert calls.rule_dates(series, D(2026, 1, 1), D(2026, 12, 31))[-1] == D(2026, 1, 27)
    assert Recurrence.from_rrule(series.rrule).until == D(2026, 1, 27)


# --- single weeks ----------------------------------------------------------------------------


def test_a_moved_and_a_cancelled_week_leave_the_others_alone(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    period = (utc(2026, 1, 1), utc(2026, 2, 1))
    before = calls.calls_between(session, *period, series_id=series.id)
    thursday = calls.instant(D(2026, 1, 15), dt.time(17, 30), LA)
    calls.move_call(session, series.id, D(2026, 1, 13), thursday)
    calls.cancel_call(session, series.id, D(2026, 1, 20))

    after = calls.calls_between(session, *period, series_id=series.id)
    assert [c.original_date for c in after] == [c.original_date for c in before]
    by_date = {c.original_date: c for c in after}
    moved = by_date[D(2026, 1, 13)]
    assert moved.moved and moved.start == utc(2026, 1, 16, 1, 30)
    assert moved.local_start().weekday() == 3
    assert by_date[D(2026, 1, 20)].status == CallStatus.CANCELLED
    assert not by_date[D(2026, 1, 6)].moved and by_date[D(2026, 1, 6)].occurrence_id is None
    held = calls.calls_between(session, *period, series_id=series.id, include_cancelled=False)
    assert D(2026, 1, 20) not in [c.original_date for c in held]

    calls.restore_call(session, series.id, D(2026, 1, 20))
    again = calls.calls_between(session, *period, series_id=series.id, include_cancelled=False)
    assert len(again) == len(before)


def test_a_call_moved_into_the_next_period_is_listed_there(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    calls.move_call(
        session, series.id, D(2026, 1, 27), calls.instant(D(2026, 2, 2), dt.time(9), LA)
    )
    january = calls.calls_between(session, utc(2026, 1, 1), utc(2026, 2, 1), series_id=series.id)
    february = calls.calls_between(session, utc(2026, 2, 1), utc(2026, 3, 1), series_id=series.id)
    assert D(2026, 1, 27) not in [c.original_date for c in january]
    assert february[0].original_date == D(2026, 1, 27) and february[0].moved


def test_a_call_the_rule_does_not_give_cannot_be_moved_or_cancelled(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    with pytest.raises(ValidationError) as caught:
        calls.cancel_call(session, series.id, D(2026, 1, 7))  # a Wednesday
    assert "original_date" in caught.value.problems
    with pytest.raises(ValidationError):
        calls.move_call(session, series.id, D(2026, 1, 13), dt.datetime(2026, 1, 14, 17, 30))
    assert session.scalars(select(CallOccurrence)).all() == []


# --- changing a series -------------------------------------------------------------------------


def test_a_change_from_a_date_onward_keeps_the_earlier_calls(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    early = meetings.prepare_call(session, series.id, D(2026, 1, 13))
    late = meetings.prepare_call(session, series.id, D(2026, 3, 3))
    data = replace(calls.series_input(series), start_time="18:00")

    new = calls.update_series(session, series.id, data, from_date=D(2026, 2, 17))

    assert new.id != series.id and new.continued_from_id == series.id
    assert new.start_date == D(2026, 2, 17)
    assert Recurrence.from_rrule(series.rrule).until == D(2026, 2, 16)
    every = calls.calls_between(session, utc(2026, 1, 1), utc(2026, 4, 2))
    assert len({c.original_date for c in every}) == len(every) == 13  # no week twice
    for call in every:
        wanted = (17, 30) if call.original_date < D(2026, 2, 17) else (18, 0)
        assert (call.local_start().hour, call.local_start().minute) == wanted, call
    # The call prepared before the change stays where it was; the later one follows it.
    session.expire_all()
    assert session.get(CallOccurrence, early.id).series_id == series.id
    moved = session.get(CallOccurrence, late.id)
    assert moved.series_id == new.id and moved.start == utc(2026, 3, 4, 2, 0)
    assert [i.title for i in moved.agenda] == [i.title for i in early.agenda]


def test_a_change_to_another_weekday_from_a_date_takes_the_prepared_calls_along(
    session: Session,
) -> None:
    series = calls.create_series(session, weekly_call())
    late = meetings.prepare_call(session, series.id, D(2026, 3, 3))
    data = replace(calls.series_input(series), recurrence=Recurrence(weekdays=(2,)))  # Wednesdays
    new = calls.update_series(session, series.id, data, from_date=D(2026, 2, 17))
    session.expire_all()
    row = session.get(CallOccurrence, late.id)
    assert (row.series_id, row.original_date) == (new.id, D(2026, 3, 4))


def test_sequence_grows_with_schedule_changes_and_not_with_no_op_saves(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    assert series.sequence == 0
    calls.update_series(session, series.id, calls.series_input(series))
    assert calls.get_series(session, series.id).sequence == 0
    calls.update_series(session, series.id, replace(calls.series_input(series), start_time="18:00"))
    assert calls.get_series(session, series.id).sequence == 1
    data = replace(calls.series_input(series), join_url="https://meet.example.org/new-room")
    calls.update_series(session, series.id, data)
    assert calls.get_series(session, series.id).sequence == 2
    # One week's own changes count on that week, above the series' own number.
    moved = calls.move_call(session, series.id, D(2026, 1, 13), utc(2026, 1, 15, 2))
    assert moved.sequence == 3
    assert calls.cancel_call(session, series.id, D(2026, 1, 13)).sequence == 4
    assert calls.cancel_call(session, series.id, D(2026, 1, 13)).sequence == 4
    calls.cancel_series(session, series.id)
    assert calls.get_series(session, series.id).sequence == 3


def test_a_series_whose_calls_carried_items_can_be_deleted_and_restored(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    days = calls.rule_dates(series, D(2026, 1, 1), D(2026, 2, 28))
    for day in days:  # each week leaves four items open: dozens of carried items
        call = meetings.prepare_call(session, series.id, day)
        for n in range(4):
            meetings.add_agenda_item(session, call.id, f"{day} item {n}")
    calls.delete_series(session, series.id)
    assert session.scalars(select(CallOccurrence)).all() == []
    revert(session, last_changeset(session))
    assert len(session.scalars(select(CallOccurrence)).all()) == len(days)


# --- one-off calls ----------------------------------------------------------------------------


def test_a_one_off_call_is_listed_with_the_series_but_not_in_one_series(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    start = calls.instant(D(2026, 1, 15), dt.time(18), LA)
    one = calls.create_one_off(session, " Coordination call with Oregon groups ", start, 45, LA)
    assert one.title == "Coordination call with Oregon groups"
    assert one.uid.endswith("@coalition.example.org")
    everything = calls.calls_between(session, utc(2026, 1, 14), utc(2026, 1, 17))
    assert [c.title for c in everything] == [
        "Coalition call",
        "Coordination call with Oregon groups",
    ]
    assert everything[1].series_id is None and everything[1].end == start + dt.timedelta(minutes=45)
    only = calls.calls_between(session, utc(2026, 1, 14), utc(2026, 1, 17), series_id=series.id)
    assert [c.title for c in only] == ["Coalition call"]


def test_a_one_off_call_needs_a_title_a_zone_and_an_instant(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        calls.create_one_off(session, " ", dt.datetime(2026, 1, 15, 18), 0, "Mars/Olympus")
    assert set(caught.value.problems) == {"title", "time_zone", "duration_minutes", "start"}
    assert session.scalars(select(CallOccurrence)).all() == []


# --- invitees -----------------------------------------------------------------------------------


def test_invitees_are_the_people_and_the_current_representatives_of_the_groups(
    session: Session,
    make_org: Callable[..., Organization],
    make_person: Callable[..., Person],
) -> None:
    group = make_org("Calexit Coalition")
    coordinator = make_person("Aaliyah Brooks", state="CA")
    rep = make_person("Colton Hayes", state="OR")
    former = make_person("Dale Eriksen", state="WY")
    member = make_person("Naomi Bergstrom", state="ND")
    for person, state, until in (
        (rep, "OR", None),
        (former, "WY", "2026-03-31"),
        (member, "", None),
        (coordinator, "", None),
    ):
        directory.add_membership(
            session,
            directory.MembershipInput(
                person_id=person.id,
                organization_id=group.id,
                represents_state=state,
                until=until,
                since="2025-01-01",
            ),
        )
    series = calls.create_series(
        session,
        weekly_call(
            participant_person_ids=[coordinator.id],
            participant_org_ids=[group.id],
            organizer_id=coordinator.id,
        ),
    )
    names = [p.name for p in calls.invitees(session, series.id, on=D(2026, 6, 1))]
    assert names == ["Aaliyah Brooks", "Colton Hayes"]
    earlier = [p.name for p in calls.invitees(session, series.id, on=D(2026, 3, 1))]
    assert earlier == ["Aaliyah Brooks", "Colton Hayes", "Dale Eriksen"]


# --- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"start_time": "25:00"}, "start_time", "'25:00' is not a time of day"),
        ({"time_zone": "Pacific/Atlantis"}, "time_zone", "'Pacific/Atlantis' is not a time zone"),
        (
            {"recurrence": Recurrence(until=D(2025, 12, 1))},
            "recurrence",
            "ends before its first call",
        ),
        ({"title": "  "}, "title", "cannot be empty"),
        ({"duration_minutes": "0"}, "duration_minutes", "between 1 minute and 24 hours"),
        ({"dial_in": "555-0199"}, "dial_in", "no area code"),
        ({"join_url": "not a link"}, "join_url", "not a web address"),
    ],
)
def test_a_bad_series_is_refused_field_by_field_and_nothing_is_stored(
    session: Session, fields: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        calls.create_series(session, weekly_call(**fields))
    assert words in caught.value.problems[field]
    assert session.scalars(select(CallSeries)).all() == []


def test_every_problem_is_reported_at_once(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        calls.create_series(session, weekly_call(start_time="25:00", time_zone="Nowhere/Else"))
    assert set(caught.value.problems) == {"start_time", "time_zone"}


def test_a_bad_change_leaves_the_series_as_it_was(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    with pytest.raises(ValidationError):
        calls.update_series(
            session, series.id, weekly_call(start_time="25:00"), from_date=D(2026, 3, 3)
        )
    session.expire_all()
    assert session.scalars(select(CallSeries)).all() == [series]
    assert series.rrule == "FREQ=WEEKLY;BYDAY=TU" and series.sequence == 0


def test_a_prepared_week_follows_the_series_to_its_new_time(session: Session) -> None:
    """A week stored for its agenda is not a week moved by hand."""
    series = calls.create_series(session, weekly_call())
    meetings.prepare_call(session, series.id, D(2026, 2, 3))
    calls.move_call(
        session, series.id, D(2026, 2, 10), dt.datetime(2026, 2, 12, 18, 0, tzinfo=ZoneInfo(LA))
    )

    calls.update_series(session, series.id, weekly_call(start_time="17:00"))

    found = {
        c.original_date: (c.local_start().strftime("%a %H:%M"), c.moved)
        for c in calls.calls_between(
            session, dt.datetime(2026, 2, 1, tzinfo=UTC), dt.datetime(2026, 2, 20, tzinfo=UTC)
        )
    }
    assert found[D(2026, 2, 3)] == ("Tue 17:00", False)
    assert found[D(2026, 2, 10)] == ("Thu 18:00", True)
    assert found[D(2026, 2, 17)] == ("Tue 17:00", False)


def test_a_week_moved_before_it_was_prepared_still_gets_its_agenda(session: Session) -> None:
    series = calls.create_series(session, weekly_call())
    calls.move_call(
        session, series.id, D(2026, 2, 10), dt.datetime(2026, 2, 12, 18, 0, tzinfo=ZoneInfo(LA))
    )

    call = meetings.prepare_call(session, series.id, D(2026, 2, 10))

    assert [item.title for item in meetings.agenda(session, call.id)] == [
        "Roll call by state",
        "Wins of the week",
    ]


# --- this week's call (the dashboard's) ---------------------------------------------------------


def at_la(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=ZoneInfo(LA))


def test_this_weeks_call_on_a_sunday_is_the_next_one_not_the_one_already_held(
    session: Session,
) -> None:
    from coalition.goals import report

    calls.create_series(session, weekly_call())
    sunday = at_la(2026, 11, 29, 10, 0)  # after Tuesday the 24th's call
    call = report.week_call(session, sunday)
    assert call is not None
    assert call.start == at_la(2026, 12, 1, 17, 30)
    assert not call.this_week  # weeks start on Monday unless told otherwise: the next call
    # Where weeks start on Sunday, Tuesday the 1st is this week's call.
    on_sunday_weeks = report.week_call(session, sunday, first_weekday=6)
    assert on_sunday_weeks is not None and on_sunday_weeks.this_week
    assert on_sunday_weeks.start == at_la(2026, 12, 1, 17, 30)


def test_a_call_under_way_is_this_weeks_until_it_ends(session: Session) -> None:
    from coalition.goals import report

    calls.create_series(session, weekly_call())
    during = report.week_call(session, at_la(2026, 11, 24, 18, 15))
    assert during is not None and during.this_week
    assert during.start == at_la(2026, 11, 24, 17, 30)
    after = report.week_call(session, at_la(2026, 11, 24, 18, 31))
    assert after is not None and not after.this_week
    assert after.start == at_la(2026, 12, 1, 17, 30)


def test_the_week_is_the_one_of_the_clock_given(session: Session) -> None:
    """Monday 00:30 in Los Angeles is Monday there (and 08:30 in UTC): "today" and the
    week are those of the clock the caller gives, the person's own."""
    from coalition.goals import report

    calls.create_series(session, weekly_call())
    monday = report.week_call(session, at_la(2026, 11, 30, 0, 30))
    assert monday is not None and monday.this_week
    assert report.overview(session, at_la(2026, 11, 30, 0, 30)).today == D(2026, 11, 30)
    assert report.week_start(D(2026, 11, 29), 0) == D(2026, 11, 23)
    assert report.week_start(D(2026, 11, 29), 6) == D(2026, 11, 29)
