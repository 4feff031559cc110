"""The sample's goals, with the figures the texts give and invented progress toward them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.goals import records as goals
from coalition.sample import facts
from coalition.sample.records import PLEBISCITE
from coalition.store.models import Campaign, GoalMeasure

STATES_GOAL = facts.STATES_GOAL

# From the texts: representatives in 11 states, the goal is 20 states with pages; the
# plebiscite needs 546,651 valid signatures; the CNP needs 64,128 voters to switch their
# party preference to it to qualify; a South Carolina post gained 30,000 views and the Red
# Oregon article 50,000. The signatures and registrations are counted from the petition
# batches and registration reports of :mod:`coalition.sample.fieldwork`. Invented for the
# sample: the deadlines, the endorsement target, the views target and the weekly counts of
# views set by hand (relative to the day the sample is loaded); their sources say so.
VIEWS_GOAL_NAME = QT_TRANSLATE_NOOP("Sample", "Views of the coalition's articles and posts")
VIEWS_TOTALS = (  # every week, oldest first, the latest two days ago
    30_000,
    31_400,
    33_100,
    34_600,
    36_900,
    84_200,
    86_000,
    88_700,
    90_100,
    92_800,
)
VIEWS_SOURCE = QT_TRANSLATE_NOOP("Sample", "Page insights, added up (example: invented figures)")
VIEWS_TARGET = 250_000  # invented
VIEWS_DEADLINE = "2027-06-30"
EXPECTED_VALID_PERCENT = 76  # invented: until the county verifies batches
ENDORSEMENTS_TARGET = 8  # invented
STATES_DEADLINE = "2027-06-30"
REGISTRATIONS_DEADLINE = "2027-12-31"


def load_goals(session: Session, campaigns: dict[str, Campaign], today: dt.date) -> None:
    """The five goals: four counted from the data, one set by hand (the views)."""
    plebiscite = campaigns[PLEBISCITE]
    goals.create_goal(
        session,
        goals.GoalInput(
            name=shown(facts.STATES_GOAL_NAME),
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
            name=shown(QT_TRANSLATE_NOOP("Sample", "Allied groups endorsing the plebiscite")),
            measure=GoalMeasure.ENDORSEMENTS,
            campaign_id=plebiscite.id,
            target=ENDORSEMENTS_TARGET,
            deadline=plebiscite.signature_deadline,
            unit=shown(QT_TRANSLATE_NOOP("Sample", "endorsements")),
            notes=shown(
                QT_TRANSLATE_NOOP("Sample", "The target and the deadline are invented (example).")
            ),
        ),
    )
    _views_goal(session, today)


def _signatures_goal(session: Session, plebiscite: Campaign, today: dt.date) -> None:
    """The plebiscite's valid signatures, counted from its petition batches."""
    goals.create_goal(
        session,
        goals.GoalInput(
            name=shown(QT_TRANSLATE_NOOP("Sample", "Valid signatures for the plebiscite")),
            measure=GoalMeasure.PETITION_SIGNATURES,
            campaign_id=plebiscite.id,
            target=facts.PLEBISCITE_SIGNATURES,
            deadline=plebiscite.signature_deadline,
            validity_percent=EXPECTED_VALID_PERCENT,
            notes=(
                "The policy paper: the question may appear on the November 2028 ballot if its "
                "organizers gather 546,651 valid signatures. Counted from the petition batches; "
                "the deadline, the batches and the expected valid share are invented (example)."
            ),
        ),
    )


def _registrations_goal(session: Session, today: dt.date) -> None:
    """Voters registered with the CNP, counted from the registration reports."""
    goals.create_goal(
        session,
        goals.GoalInput(
            name=shown(QT_TRANSLATE_NOOP("Sample", "Voters registered with the CNP")),
            measure=GoalMeasure.REGISTRATIONS,
            target=facts.CNP_QUALIFYING_VOTERS,
            deadline=REGISTRATIONS_DEADLINE,
            notes=(
                "The CNP FAQ: qualifying with the Secretary of State requires 0.33% of registered "
                "California voters (64,128 people as of February 10, 2017) to switch their party "
                "preference to CNP. Counted from the registration reports; the deadline and the "
                "reports are invented (example)."
            ),
        ),
    )


def _views_goal(session: Session, today: dt.date) -> None:
    """Views of what the coalition publishes, added up by hand from the pages' insights."""
    views = goals.create_goal(
        session,
        goals.GoalInput(
            name=shown(VIEWS_GOAL_NAME),
            measure=GoalMeasure.RECORDED,
            target=VIEWS_TARGET,
            deadline=VIEWS_DEADLINE,
            unit=shown(QT_TRANSLATE_NOOP("Sample", "views")),
            notes=(
                "The article: a South Carolina post gained 30,000 views, the Red Oregon article "
                "50,000. Set by hand from the pages' insights; the target, the deadline and the "
                "weekly totals are invented (example)."
            ),
        ),
    )
    last = today - dt.timedelta(days=2)
    for weeks_ago, total in enumerate(reversed(VIEWS_TOTALS)):
        goals.record_observation(
            session,
            views.id,
            goals.ObservationInput(
                on=last - dt.timedelta(weeks=weeks_ago), value=total, source=shown(VIEWS_SOURCE)
            ),
        )
