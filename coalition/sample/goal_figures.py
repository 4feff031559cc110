"""The sample's goals, with the figures the texts give and invented progress toward them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coalition.goals import records as goals
from coalition.sample import facts
from coalition.sample.records import PLEBISCITE
from coalition.store.models import Campaign, GoalMeasure

STATES_GOAL = facts.STATES_GOAL

# From the texts: representatives in 11 states, the goal is 20 states with pages; the
# plebiscite needs 546,651 valid signatures; the CNP needs 64,128 voters to switch their
# party preference to it to qualify. Invented for the sample: the deadlines, the endorsement
# target and every weekly or fortnightly count (relative to the day the sample is loaded,
# so the charts always show the last few months); their sources say so.
SIGNATURE_TOTALS = (  # weekly petition tallies, oldest first, the latest three days ago
    8_420,
    19_950,
    33_100,
    47_800,
    61_200,
    76_900,
    90_400,
    103_300,
    118_600,
    131_200,
    144_900,
    157_300,
    171_800,
    184_100,
)
REGISTRATION_TOTALS = (  # every two weeks, oldest first, the latest five days ago
    36_310,
    37_020,
    37_940,
    38_650,
    39_480,
    40_160,
    41_050,
    41_770,
    42_610,
)
SIGNATURES_SOURCE = "Weekly tally (example: invented figures)"
REGISTRATIONS_SOURCES = (
    "Registration count (example: invented figures)",
    "Sign-up form count (example: invented figures)",
)
ENDORSEMENTS_TARGET = 8  # invented
STATES_DEADLINE = "2027-06-30"
REGISTRATIONS_DEADLINE = "2027-12-31"


def load_goals(session: Session, campaigns: dict[str, Campaign], today: dt.date) -> None:
    """The four goals, and the invented counts recorded toward two of them."""
    plebiscite = campaigns[PLEBISCITE]
    goals.create_goal(
        session,
        goals.GoalInput(
            name=facts.STATES_GOAL_NAME,
            measure=GoalMeasure.REPRESENTED_STATES,
            target=STATES_GOAL,
            deadline=STATES_DEADLINE,
            notes=(
                f'The article: "{facts.STATES_GOAL_WORDING}" and "The coalition now has '
                'representatives in 11 states". Counted here as the states with a representative, '
                "the figure the article gives. The deadline is invented (example)."
            ),
        ),
    )
    _signatures_goal(session, plebiscite, today)
    _registrations_goal(session, today)
    goals.create_goal(
        session,
        goals.GoalInput(
            name="Allied groups endorsing the plebiscite",
            measure=GoalMeasure.ENDORSEMENTS,
            campaign_id=plebiscite.id,
            target=ENDORSEMENTS_TARGET,
            deadline=plebiscite.signature_deadline,
            unit="endorsements",
            notes="The target and the deadline are invented (example).",
        ),
    )


def _signatures_goal(session: Session, plebiscite: Campaign, today: dt.date) -> None:
    """The plebiscite's valid signatures, and a tally recorded every week."""
    signatures = goals.create_goal(
        session,
        goals.GoalInput(
            name="Valid signatures for the plebiscite",
            measure=GoalMeasure.RECORDED,
            target=facts.PLEBISCITE_SIGNATURES,
            deadline=plebiscite.signature_deadline,
            unit="signatures",
            notes=(
                "The policy paper: the question may appear on the November 2028 ballot if its "
                "organizers gather 546,651 valid signatures. The deadline and the weekly tallies "
                "are invented (example)."
            ),
        ),
    )
    last = today - dt.timedelta(days=3)
    for weeks_ago, total in enumerate(reversed(SIGNATURE_TOTALS)):
        goals.record_observation(
            session,
            signatures.id,
            goals.ObservationInput(
                on=last - dt.timedelta(weeks=weeks_ago),
                value=total,
                source=SIGNATURES_SOURCE,
            ),
        )


def _registrations_goal(session: Session, today: dt.date) -> None:
    """Voters registered with the CNP, and a count recorded every other week."""
    registrations = goals.create_goal(
        session,
        goals.GoalInput(
            name="Voters registered with the CNP",
            measure=GoalMeasure.RECORDED,
            target=facts.CNP_QUALIFYING_VOTERS,
            deadline=REGISTRATIONS_DEADLINE,
            unit="registrations",
            notes=(
                "The CNP FAQ: qualifying with the Secretary of State requires 0.33% of registered "
                "California voters (64,128 people as of February 10, 2017) to switch their party "
                "preference to CNP. The deadline and the counts are invented (example)."
            ),
        ),
    )
    last = today - dt.timedelta(days=5)
    for fortnights_ago, total in enumerate(reversed(REGISTRATION_TOTALS)):
        goals.record_observation(
            session,
            registrations.id,
            goals.ObservationInput(
                on=last - dt.timedelta(weeks=2 * fortnights_ago),
                value=total,
                source=REGISTRATIONS_SOURCES[fortnights_ago % 2],
            ),
        )
