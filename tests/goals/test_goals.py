"""Goals: computed from the data and recorded by hand, their pace and where it leads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import actions
from coalition.common.errors import NotFoundError, ValidationError
from coalition.directory import records as directory
from coalition.directory.records import MembershipInput
from coalition.endorsements import records as endorsements
from coalition.endorsements.records import CampaignInput, EndorsementInput
from coalition.goals import records as goals
from coalition.goals.records import GoalInput, ObservationInput, Pace, pace, project
from coalition.store.changes import last_changeset, revert
from coalition.store.models import (
    ActionItem,
    ActionStatus,
    EndorsementStatus,
    Goal,
    GoalMeasure,
    GoalObservation,
    Membership,
    Organization,
    OrgStatus,
    Person,
)

TODAY = dt.date(2026, 11, 23)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def recorded(
    session: Session, target: int = 1000, deadline: str | None = "2027-03-15", **kw: Any
) -> Goal:
    return goals.create_goal(
        session,
        GoalInput(name="Signatures", target=target, deadline=deadline, unit="signatures", **kw),
    )


def observe(
    session: Session, goal: Goal, on: str, value: int, source: str = "tally"
) -> GoalObservation:
    return goals.record_observation(
        session, goal.id, ObservationInput(on=on, value=value, source=source)
    )


# --- editing ---------------------------------------------------------------------------------


def test_a_goal_is_stored_and_every_problem_named_beside_its_field(session: Session) -> None:
    goal = recorded(session)
    assert (goal.name, goal.target, goal.deadline, goal.measure) == (
        "Signatures",
        1000,
        day("2027-03-15"),
        GoalMeasure.RECORDED,
    )
    with pytest.raises(ValidationError) as caught:
        goals.create_goal(session, GoalInput(name=" ", target="lots", deadline="2027-02-30"))
    problems = caught.value.problems
    assert set(problems) == {"name", "target", "deadline"}
    assert "whole number" in problems["target"]
    assert problems["deadline"] == "there is no day 2027-02-30 in the calendar"


@pytest.mark.parametrize(
    ("target", "deadline", "field", "words"),
    [
        ("-5", None, "target", "cannot be negative"),
        ("0", None, "target", "more than 0"),
        ("", None, "target", "cannot be empty"),
        ("5000000000", None, "target", "cannot be more than"),
        ("10", "1700-01-01", "deadline", "out of range"),
        ("10", "2300-01-01", "deadline", "out of range"),
    ],
)
def test_invalid_targets_and_deadlines_are_refused(
    session: Session, target: str, deadline: str | None, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        goals.create_goal(session, GoalInput(name="Goal", target=target, deadline=deadline))
    assert words in caught.value.problems[field]
    assert session.scalar(select(Goal.id)) is None


def test_an_endorsement_goal_needs_its_campaign(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        goals.create_goal(
            session, GoalInput(name="Endorsers", target=5, measure=GoalMeasure.ENDORSEMENTS)
        )
    assert "campaign" in caught.value.problems["campaign_id"]


def test_edits_and_deletion_are_one_undoable_change_each(session: Session) -> None:
    goal = recorded(session)
    observe(session, goal, "2026-11-01", 200)
    goals.update_goal(session, goal.id, GoalInput(name="Valid signatures", target="2,000"))
    assert (goal.name, goal.target, goal.deadline) == ("Valid signatures", 2000, None)
    revert(session, last_changeset(session))
    session.expire_all()
    assert (goals.get_goal(session, goal.id).name, goals.get_goal(session, goal.id).target) == (
        "Signatures",
        1000,
    )

    goals.delete_goal(session, goal.id)
    deleted = last_changeset(session)
    assert deleted.tables() == {"goal", "goal_observation"}
    with pytest.raises(NotFoundError):
        goals.get_goal(session, goal.id)
    revert(session, deleted)
    assert [o.value for o in goals.observations(session, goal.id)] == [200]


# --- recorded values ------------------------------------------------------------------------


def test_recorded_values_refuse_a_second_value_for_a_day_a_future_day_and_computed_goals(
    session: Session,
) -> None:
    goal = recorded(session)
    observe(session, goal, "2026-11-01", 200)
    with pytest.raises(ValidationError) as caught:
        observe(session, goal, "2026-11-01", 250)
    assert "already a value for 2026-11-01" in caught.value.problems["on"]
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as caught:
        observe(session, goal, tomorrow, 250)
    assert "in the future" in caught.value.problems["on"]
    with pytest.raises(ValidationError) as caught:
        goals.record_observation(session, goal.id, ObservationInput(on="2026-11-02", value="-3"))
    assert "negative" in caught.value.problems["value"]

    states = goals.create_goal(
        session, GoalInput(name="States", target=20, measure=GoalMeasure.STATES)
    )
    with pytest.raises(ValidationError) as caught:
        observe(session, states, "2026-11-01", 3)
    assert "counted from the data" in caught.value.problems[""]
    assert [o.value for o in goals.observations(session, goal.id)] == [200]


def test_a_value_is_changed_and_deleted(session: Session) -> None:
    goal = recorded(session)
    first = observe(session, goal, "2026-11-01", 200)
    observe(session, goal, "2026-11-08", 300)
    with pytest.raises(ValidationError):  # onto the other one's day
        goals.update_observation(session, first.id, ObservationInput(on="2026-11-08", value=1))
    goals.update_observation(
        session, first.id, ObservationInput(on="2026-10-31", value="1,250", source="county")
    )
    assert [(o.on, o.value, o.source) for o in goals.observations(session, goal.id)] == [
        (day("2026-10-31"), 1250, "county"),
        (day("2026-11-08"), 300, "tally"),
    ]
    goals.delete_observation(session, first.id)
    assert [o.value for o in goals.observations(session, goal.id)] == [300]


def test_a_goal_that_has_values_cannot_silently_become_computed(session: Session) -> None:
    goal = recorded(session)
    observe(session, goal, "2026-11-01", 200)
    with pytest.raises(ValidationError) as caught:
        goals.update_goal(
            session, goal.id, GoalInput(name="x", target=5, measure=GoalMeasure.STATES)
        )
    assert "1 recorded values" in caught.value.problems["measure"]


# --- pace and projection --------------------------------------------------------------------


def test_no_data_has_no_pace_and_no_projection(session: Session) -> None:
    status = goals.goal_status(session, recorded(session), today=TODAY)
    assert status.current is None
    assert status.pace is None
    assert status.projection.on is None
    assert not status.projection.misses_deadline
    assert status.fraction == 0
    assert status.progress_text() == "Nothing recorded yet · target 1,000"
    assert status.pace_text() == "No pace yet: record a first value"


def test_a_single_value_has_progress_but_no_pace(session: Session) -> None:
    goal = recorded(session)
    observe(session, goal, "2026-11-20", 250)
    status = goals.goal_status(session, goal, today=TODAY)
    assert status.current == 250
    assert status.fraction == 0.25
    assert status.pace is None
    assert status.projection.on is None
    assert status.pace_text() == "No pace yet: one value so far"
    assert status.progress_text() == "250 of 1,000 signatures"


def test_pace_is_per_week_over_the_last_four_weeks_and_projects_the_target_day(
    session: Session,
) -> None:
    goal = recorded(session, target=1000, deadline="2027-01-31")
    observe(session, goal, "2026-09-01", 0)  # older than the four weeks: not in the pace
    observe(session, goal, "2026-10-23", 100)  # the start of the four weeks
    observe(session, goal, "2026-11-06", 300)
    observe(session, goal, "2026-11-20", 500)
    status = goals.goal_status(session, goal, today=TODAY)
    assert status.pace == Pace(100.0, day("2026-10-23"), day("2026-11-20"))
    assert status.pace_text() == "+100 a week over the last four weeks"
    # 500 to go at 100 a week: 35 days after the latest value.
    assert status.projection.on == day("2026-12-25")
    assert not status.projection.misses_deadline
    assert "before the deadline" in status.projection_text()


def test_a_projection_after_the_deadline_is_flagged(session: Session) -> None:
    goal = recorded(session, target=1000, deadline="2026-12-01")
    observe(session, goal, "2026-10-23", 100)
    observe(session, goal, "2026-11-20", 500)
    status = goals.goal_status(session, goal, today=TODAY)
    assert status.projection.on == day("2026-12-25")
    assert status.projection.misses_deadline
    assert (
        status.projection_text()
        == "At this pace: 25 Dec 2026, 24 days after the deadline (1 Dec 2026)"
    )


def test_a_flat_or_falling_pace_never_gets_there_and_misses_a_deadline(session: Session) -> None:
    goal = recorded(session, target=1000)
    observe(session, goal, "2026-10-23", 500)
    observe(session, goal, "2026-11-20", 400)
    status = goals.goal_status(session, goal, today=TODAY)
    assert status.pace is not None and status.pace.per_week == -25
    assert status.projection.on is None
    assert status.projection.misses_deadline
    assert status.projection_text().startswith("Not reached at this pace")


def test_a_younger_goal_measures_its_pace_over_the_weeks_it_has() -> None:
    rate = pace([(day("2026-11-09"), 10), (day("2026-11-23"), 30)])
    assert rate == Pace(10.0, day("2026-11-09"), day("2026-11-23"))
    assert pace([(day("2026-11-09"), 10), (day("2026-11-09"), 30)]) is None
    assert pace([]) is None


def test_projection_arithmetic() -> None:
    rate = Pace(10.0, day("2026-11-01"), day("2026-11-15"))
    assert project(None, 100, rate, None, today=TODAY).on is None
    assert project(100, 100, rate, None, today=TODAY).reached
    assert project(80, 100, rate, day("2026-11-20"), today=TODAY).on == day("2026-11-29")
    assert project(80, 100, rate, day("2026-11-20"), today=TODAY).misses_deadline
    # Lower is better: 12 open, at most 2, falling by 10 a week.
    falling = Pace(-10.0, day("2026-11-01"), day("2026-11-15"))
    # 15 Nov + one week is already past: a projection is never earlier than tomorrow.
    assert project(12, 2, falling, None, lower_better=True, today=TODAY).on == TODAY + dt.timedelta(
        days=1
    )
    assert project(2, 2, falling, None, lower_better=True, today=TODAY).reached


def test_a_reached_goal_says_so(session: Session) -> None:
    goal = recorded(session, target=100)
    observe(session, goal, "2026-11-01", 60)
    observe(session, goal, "2026-11-20", 120)
    status = goals.goal_status(session, goal, today=TODAY)
    assert status.fraction == 1.0
    assert status.projection.reached
    assert status.projection_text() == "Goal reached"


# --- computed goals -------------------------------------------------------------------------


def _represent(
    session: Session,
    make_person: Callable[..., Person],
    org: Organization,
    state: str,
    since: str | None,
    until: str | None = None,
) -> None:
    person = make_person(f"Rep {state} {since}")
    directory.add_membership(
        session,
        MembershipInput(
            person_id=person.id,
            organization_id=org.id,
            role="Representative",
            since=since,
            until=until,
            represents_state=state,
        ),
    )


def test_states_with_a_representative_count_from_their_since_dates(
    session: Session, make_org: Callable[..., Organization], make_person: Callable[..., Person]
) -> None:
    org = make_org("Calexit Coalition")
    _represent(session, make_person, org, "OR", "2026-09-01")
    _represent(session, make_person, org, "NY", "2026-11-10")
    _represent(session, make_person, org, "IL", "2026-08-01", until="2026-10-01")  # left
    _represent(session, make_person, org, "OR", "2026-10-01")  # a second one: still one state
    goal = goals.create_goal(
        session,
        GoalInput(
            name="Representatives in 20 states",
            target=20,
            measure=GoalMeasure.REPRESENTED_STATES,
            deadline="2027-06-30",
        ),
    )
    status = goals.goal_status(session, goal, today=TODAY)
    assert status.current == 2
    assert status.progress_text() == "2 of 20 states"
    values = dict(status.points)
    assert values[TODAY - dt.timedelta(weeks=20)] == 0  # 6 July
    assert values[day("2026-09-14")] == 2  # Oregon and Illinois
    assert values[day("2026-10-26")] == 1  # Illinois left
    # Four weeks: 1 (26 Oct) to 2 (23 Nov): a quarter of a state a week.
    assert status.pace is not None and status.pace.per_week == 0.25
    assert status.projection.on == TODAY + dt.timedelta(weeks=72)
    assert status.projection.misses_deadline


def test_states_with_a_page_count_too_when_asked(
    session: Session, make_org: Callable[..., Organization], make_person: Callable[..., Person]
) -> None:
    org = make_org("Red Oregon", home_state="OR")
    _represent(session, make_person, org, "NY", "2026-01-01")
    directory.update_organization(
        session,
        org.id,
        directory.OrganizationInput(
            name="Red Oregon",
            home_state="OR",
            social_pages=[directory.SocialPageInput("Facebook", "https://fb.example.org/ro", 80)],
        ),
    )
    both = goals.create_goal(
        session, GoalInput(name="Reach", target=20, measure=GoalMeasure.STATES)
    )
    reps = goals.create_goal(
        session, GoalInput(name="Reps", target=20, measure=GoalMeasure.REPRESENTED_STATES)
    )
    assert goals.goal_status(session, both).current == 2
    assert goals.goal_status(session, reps).current == 1


def test_allied_organizations_count_from_their_first_member(
    session: Session, make_org: Callable[..., Organization], make_person: Callable[..., Person]
) -> None:
    early = make_org("Cal Con Con")
    make_org("Yes California")  # entered today, no members: counts from today
    make_org("Gone", status=OrgStatus.INACTIVE)
    person = make_person("Ana")
    directory.add_membership(
        session, MembershipInput(person_id=person.id, organization_id=early.id, since="2026-10-01")
    )
    goal = goals.create_goal(
        session, GoalInput(name="Allies", target=10, measure=GoalMeasure.ALLIED_ORGANIZATIONS)
    )
    today = dt.date.today()
    at = goals.measure_at(session, goal, today)
    assert at(day("2026-09-30")) == 0
    assert at(day("2026-10-01")) == 1
    assert at(today) == 2
    assert goals.goal_status(session, goal).current == 2


def test_endorsements_of_a_campaign_follow_their_history(
    session: Session, make_org: Callable[..., Organization]
) -> None:
    campaign = endorsements.create_campaign(session, CampaignInput(name="Plebiscite"))
    other = endorsements.create_campaign(session, CampaignInput(name="Other"))
    orgs = [make_org(name) for name in ("CNP", "CFC", "Cal Con Con")]
    first = endorsements.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=orgs[0].id,
            campaign_id=campaign.id,
            status=EndorsementStatus.ENDORSED,
            status_on="2026-10-01",
        ),
    )
    endorsements.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=orgs[1].id,
            campaign_id=campaign.id,
            status=EndorsementStatus.PENDING,
            status_on="2026-10-01",
        ),
    )
    second = endorsements.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=orgs[2].id,
            campaign_id=campaign.id,
            status=EndorsementStatus.ENDORSED,
            status_on="2026-10-15",
        ),
    )
    endorsements.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=orgs[1].id,
            campaign_id=other.id,
            status=EndorsementStatus.ENDORSED,
            status_on="2026-10-01",
        ),
    )
    endorsements.set_endorsement_status(
        session, second.id, EndorsementStatus.WITHDRAWN, on="2026-11-01"
    )
    goal = goals.create_goal(
        session,
        GoalInput(
            name="Endorsers",
            target=5,
            measure=GoalMeasure.ENDORSEMENTS,
            campaign_id=campaign.id,
        ),
    )
    at = goals.measure_at(session, goal, TODAY)
    assert [at(day(d)) for d in ("2026-09-30", "2026-10-01", "2026-10-20", "2026-11-02")] == [
        0,
        1,
        2,
        1,
    ]
    assert goals.goal_status(session, goal, today=TODAY).current == 1
    assert first.id


def test_open_action_items_is_a_goal_to_bring_down(session: Session) -> None:
    items = [actions.add_action_item(session, f"Item {n}", due_on="2026-12-01") for n in range(3)]
    actions.update_action_item(
        session,
        items[0].id,
        title="Item 0",
        owner_id=None,
        due_on="2026-12-01",
        status=ActionStatus.DONE,
        notes="",
        done_on=dt.date.today(),
    )
    goal = goals.create_goal(
        session,
        GoalInput(
            name="At most one open",
            target=1,
            measure=GoalMeasure.OPEN_ACTION_ITEMS,
        ),
    )
    status = goals.goal_status(session, goal)
    assert status.current == 2
    assert status.lower_is_better
    assert status.fraction == 0.5
    assert status.progress_text() == "2 open action items · at most 1"
    assert session.scalar(select(ActionItem.id).where(ActionItem.status == ActionStatus.DONE))


def test_a_membership_without_a_since_date_counts_from_the_day_it_was_entered(
    session: Session, make_org: Callable[..., Organization], make_person: Callable[..., Person]
) -> None:
    org = make_org("Calexit Coalition")
    _represent(session, make_person, org, "OK", None)
    goal = goals.create_goal(
        session, GoalInput(name="Reps", target=20, measure=GoalMeasure.REPRESENTED_STATES)
    )
    points = goals.goal_status(session, goal).points
    assert points[-1][1] == 1
    assert points[-2][1] == 0
    assert session.scalar(select(Membership.since)) is None


def test_the_sample_has_the_states_signature_and_registration_goals(session: Session) -> None:
    from coalition import sample
    from coalition.sample.goal_figures import VIEWS_GOAL_NAME, VIEWS_SOURCE

    sample.load_sample(session)
    statuses = {s.name: s for s in goals.statuses(session)}
    states = statuses["20 states with social media pages"]
    assert (states.current, states.target) == (11, 20)
    signatures = statuses["Valid signatures for the plebiscite"]
    assert (signatures.target, signatures.measure) == (546_651, GoalMeasure.PETITION_SIGNATURES)
    assert signatures.petition is not None and not signatures.hand_set
    p = signatures.petition
    assert p.verified < p.projected_valid < p.raw and signatures.current == p.projected_valid
    assert signatures.origin.records > signatures.origin.verified > 0
    # A history drawn from the batches' days: rising week by week.
    values = [v for _, v in signatures.points]
    assert values[0] == 0 and values == sorted(values) and len(set(values)) >= 12
    assert signatures.projection.misses_deadline
    registrations = statuses["Voters registered with the CNP"]
    assert (registrations.target, registrations.measure) == (64_128, GoalMeasure.REGISTRATIONS)
    assert registrations.projection.on is not None and not registrations.projection.misses_deadline
    views = statuses[VIEWS_GOAL_NAME]
    assert views.hand_set and views.origin_text().startswith("set by hand")
    assert {o.source for o in goals.observations(session, views.goal_id)} == {VIEWS_SOURCE}


def test_the_week_call_reads_the_calls_the_calls_service_lists(session: Session) -> None:
    """The dashboard's narrow read of the calls agrees with the calls service, week by week
    (moved, cancelled and one-off calls of the sample included)."""
    from coalition import sample
    from coalition.calls import series as calls
    from coalition.goals import report

    sample.load_sample(session)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(weeks=6)
    for week in range(12):
        a, b = start + dt.timedelta(weeks=week), start + dt.timedelta(weeks=week + 1)
        expected = calls.calls_between(session, a, b, include_cancelled=False)
        assert report.calls_in(session, a, b) == expected, week
