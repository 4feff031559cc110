"""The kinds of goals and reports, as plain enums: the dashboard shows them before the
database layer (SQLAlchemy and the models) is imported; the models store them."""

from __future__ import annotations

import enum

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown


class GoalMeasure(enum.StrEnum):
    """How a goal is measured: counted from the data, or from observations someone records."""

    STATES = "states"  # states with a representative or a page
    REPRESENTED_STATES = "represented_states"  # states with a representative
    ALLIED_ORGANIZATIONS = "allied_organizations"
    ENDORSEMENTS = "endorsements"  # endorsements of one campaign
    OPEN_ACTION_ITEMS = "open_action_items"
    PETITION_SIGNATURES = "petition_signatures"  # a campaign's petition batches
    REGISTRATIONS = "registrations"  # voter registrations reported
    PLEDGES = "pledges"  # registration pledges: reported, and given at sign-up
    SIGNUPS = "signups"  # people signed up at events
    RECORDED = "recorded"

    @property
    def label(self) -> str:
        return shown(GOAL_MEASURE_LABELS[self])


GOAL_MEASURE_LABELS = {
    GoalMeasure.STATES: QT_TRANSLATE_NOOP("GoalMeasure", "States with a representative or a page"),
    GoalMeasure.REPRESENTED_STATES: QT_TRANSLATE_NOOP(
        "GoalMeasure", "States with a representative"
    ),
    GoalMeasure.ALLIED_ORGANIZATIONS: QT_TRANSLATE_NOOP("GoalMeasure", "Allied organizations"),
    GoalMeasure.ENDORSEMENTS: QT_TRANSLATE_NOOP("GoalMeasure", "Endorsements of a campaign"),
    GoalMeasure.OPEN_ACTION_ITEMS: QT_TRANSLATE_NOOP("GoalMeasure", "Open action items"),
    GoalMeasure.PETITION_SIGNATURES: QT_TRANSLATE_NOOP(
        "GoalMeasure", "Petition signatures of a campaign"
    ),
    GoalMeasure.REGISTRATIONS: QT_TRANSLATE_NOOP("GoalMeasure", "Voter registrations reported"),
    GoalMeasure.PLEDGES: QT_TRANSLATE_NOOP("GoalMeasure", "Registration pledges"),
    GoalMeasure.SIGNUPS: QT_TRANSLATE_NOOP("GoalMeasure", "Sign-ups at events"),
    GoalMeasure.RECORDED: QT_TRANSLATE_NOOP("GoalMeasure", "Recorded observations"),
}


class TallyKind(enum.StrEnum):
    PLEDGE = "pledge"  # a promise to register
    REGISTRATION = "registration"  # a registration completed
