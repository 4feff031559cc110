"""Goals that read the work at the table: a campaign's petition signatures (raw,
projected valid, verified), registrations, pledges and sign-ups, with their history by
date; a figure set by hand says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.goals import batches as petition
from coalition.goals import records as goals
from coalition.goals import tallies
from coalition.goals.batches import BatchInput
from coalition.goals.records import GoalInput, ObservationInput
from coalition.goals.tallies import TallyInput
from coalition.store.models import Campaign, GoalMeasure

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def campaign(make_campaign: Callable[..., Campaign]) -> Campaign:
    return make_campaign("Independence plebiscite", kind="ballot_initiative")


def batch(
    session: Session, campaign: Campaign, on: str, raw: int, verified: int | None = None
) -> None:
    petition.record_batch(
        session,
        BatchInput(
            campaign_id=campaign.id,
            collected_on=on,
            county="Yolo",
            raw_count=raw,
            verified_count=verified,
            verified_on=on if verified is not None else None,
        ),
    )


def petition_goal(session: Session, campaign: Campaign, percent: int | None = 80) -> str:
    return goals.create_goal(
        session,
        GoalInput(
            name="Valid signatures",
            measure=GoalMeasure.PETITION_SIGNATURES,
            campaign_id=campaign.id,
            target=10_000,
            deadline="2027-03-01",
            validity_percent=percent,
        ),
    ).id


def status(session: Session, goal_id: str) -> goals.GoalStatus:
    return goals.goal_status(session, goals.get_goal(session, goal_id), today=TODAY)


def test_a_petition_goal_shows_raw_projected_valid_and_verified(
    session: Session, campaign: Campaign
) -> None:
    goal_id = petition_goal(session, campaign)
    batch(session, campaign, "2026-10-12", 2000)
    batch(session, campaign, "2026-11-02", 3000)
    first = status(session, goal_id)
    assert first.current == 4000  # 5,000 raw at the expected 80%
    assert first.origin.text() == "from 2 petition batches, 0 verified"
    batch(session, campaign, "2026-11-16", 1000, 700)
    now = status(session, goal_id)
    assert now.petition is not None
    assert (now.petition.raw, now.petition.verified, now.petition.projected_valid) == (
        6000,
        700,
        4200,  # 700 verified + 5,000 unverified at the 70% observed
    )
    assert now.current == 4200 and now.percent == 42
    assert now.petition_text() == (
        "6,000 raw · 4,200 projected valid (70%) · 700 verified of 10,000"
    )
    assert now.origin_text() == "counted from data: from 3 petition batches, 1 verified"
    assert not now.hand_set
    # The history comes from the days the batches were collected and verified.
    by_day = dict(now.points)
    assert by_day[dt.date(2026, 10, 5)] == 0
    assert by_day[dt.date(2026, 10, 19)] == 1600
    assert by_day[dt.date(2026, 11, 9)] == 4000
    assert now.pace is not None and now.pace.per_week > 0


def test_a_petition_goal_needs_its_campaign_and_a_sensible_share(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        goals.create_goal(
            session,
            GoalInput(
                name="Signatures",
                measure=GoalMeasure.PETITION_SIGNATURES,
                target=100,
                validity_percent=140,
            ),
        )
    assert "campaign whose petition counts" in caught.value.problems["campaign_id"]
    assert "from 1 to 100" in caught.value.problems["validity_percent"]


def test_the_expected_share_defaults_to_the_usual_one(session: Session, campaign: Campaign) -> None:
    goal = goals.get_goal(session, petition_goal(session, campaign, None))
    assert goal.validity_percent == petition.DEFAULT_VALIDITY_PERCENT
    assert goals.goal_input(goal).validity_percent == petition.DEFAULT_VALIDITY_PERCENT


def test_registrations_and_pledges_count_the_reports_by_day(session: Session) -> None:
    for on, n in (("2026-10-01", 100), ("2026-11-01", 250)):
        tallies.record_tally(session, TallyInput(kind="registration", on=on, count=n))
    tallies.record_tally(session, TallyInput(kind="pledge", on="2026-11-20", count=40))
    registrations = goals.create_goal(
        session, GoalInput(name="Registrations", measure="registrations", target=1000)
    )
    pledges = goals.create_goal(
        session, GoalInput(name="Pledges", measure=GoalMeasure.PLEDGES, target=100)
    )
    signups = goals.create_goal(
        session, GoalInput(name="Sign-ups", measure=GoalMeasure.SIGNUPS, target=100)
    )
    reg = status(session, registrations.id)
    assert reg.current == 350 and reg.progress_text() == "350 of 1,000 registrations"
    assert reg.origin_text() == "counted from data: from 2 reports"
    assert dict(reg.points)[dt.date(2026, 10, 26)] == 100
    assert status(session, pledges.id).current == 40
    empty = status(session, signups.id)
    assert (empty.current, empty.origin.text()) == (0, "from 0 sign-ups at 0 events")
    assert goals.MEASURE_TABLES[GoalMeasure.PLEDGES] == {"registration_tally", "sign_up"}


def test_a_hand_set_figure_stays_possible_and_is_marked(session: Session) -> None:
    goal = goals.create_goal(session, GoalInput(name="Followers", target=5000, unit="followers"))
    goals.record_observation(session, goal.id, ObservationInput("2026-11-20", 1200, "insights"))
    shown = status(session, goal.id)
    assert shown.hand_set and shown.origin.hand_set
    assert shown.origin_text() == "set by hand, latest 2026-11-20"
    assert shown.petition is None and shown.percent == 24
