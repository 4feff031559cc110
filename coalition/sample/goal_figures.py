"""The sample's goals, with the figures the texts give and invented progress toward them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coalition import goals
from coalition.sample.records import PLEBISCITE
from coalition.store.models import Campaign, GoalMeasure

STATES_GOAL = 20

# From the texts: representatives in 11 states, the goal is 20; the plebiscite needs
# 546,651 valid signatures; the CNP needs 64,128 registered voters to qualify as a party.
# Invented for the sample: the deadlines and every weekly or monthly count (relative to
# the day the sample is loaded, so the charts always show the last few months).
SIGNATURE_TOTALS = (  # weekly petition tallies, oldest first, the latest three days ago
    8_420, 19_950, 33_100, 47_800, 61_200, 76_900, 90_400, 103_300, 118_600, 131_200,
    144_900, 157_300, 171_800, 184_100,
)
REGISTRATION_TOTALS = (  # every two weeks, oldest first, the latest five days ago
    36_310, 37_020, 37_940, 38_650, 39_480, 40_160, 41_050, 41_770, 42_610,
)
STATES_DEADLINE = "2027-06-30"
REGISTRATIONS_DEADLINE = "2027-12-31"


def load_goals(session: Session, campaigns: dict[str, Campaign], today: dt.date) -> None:
    plebiscite = campaigns[PLEBISCITE]
    goals.create_goal(session, goals.GoalInput(
        name="Representatives in 20 states",
        measure=GoalMeasure.REPRESENTED_STATES,
        target=STATES_GOAL,
        deadline=STATES_DEADLINE,
        notes="Pages in 20 states: each with someone who speaks for the coalition there.",
    ))
    signatures = goals.create_goal(session, goals.GoalInput(
        name="Valid signatures for the plebiscite",
        measure=GoalMeasure.RECORDED,
        target=plebiscite.signature_goal or 546_651,
        deadline=plebiscite.signature_deadline,
        unit="signatures",
        notes="546,651 valid signatures put the question on the November 2028 ballot.",
    ))
    last = today - dt.timedelta(days=3)
    for weeks_ago, total in enumerate(reversed(SIGNATURE_TOTALS)):
        goals.record_observation(session, signatures.id, goals.ObservationInput(
            on=last - dt.timedelta(weeks=weeks_ago),
            value=total,
            source="Circulators' weekly tally (CFC)",
        ))
    registrations = goals.create_goal(session, goals.GoalInput(
        name="Voters registered with the CNP",
        measure=GoalMeasure.RECORDED,
        target=64_128,
        deadline=REGISTRATIONS_DEADLINE,
        unit="registrations",
        notes="0.33% of registered California voters qualifies the party for the ballot.",
    ))
    last = today - dt.timedelta(days=5)
    for fortnights_ago, total in enumerate(reversed(REGISTRATION_TOTALS)):
        goals.record_observation(session, registrations.id, goals.ObservationInput(
            on=last - dt.timedelta(weeks=2 * fortnights_ago),
            value=total,
            source="Secretary of State report of registration" if fortnights_ago % 2 == 0
            else "CNP sign-up form",
        ))
    goals.create_goal(session, goals.GoalInput(
        name="Allied groups endorsing the plebiscite",
        measure=GoalMeasure.ENDORSEMENTS,
        campaign_id=plebiscite.id,
        target=8,
        deadline=plebiscite.signature_deadline,
        unit="endorsements",
    ))

