"""How a computed goal is counted, day by day, from the data's own dates.

Growth over time of a computed goal is derived from the data's own dates:

- a state has a representative from the membership's ``since`` date until its
  ``until`` date (a membership with no ``since`` counts from the day it was entered);
  it has a page from the day that social page was entered (pages carry no date of
  their own);
- an allied (active) organization counts from the earliest of the day it was entered
  and the day its first member joined (``since``): groups often join before anyone
  types them in;
- an endorsement counts from the day of the status change that made it "endorsed"
  (the endorsement's history), and stops counting if it was later withdrawn;
- an action item is open from the day it was entered until the day it was done
  (``done_on``), or, when dropped, until it was last changed;
- a campaign's petition signatures count from the day each batch was collected; the
  figure is the signatures projected to be valid (see :mod:`coalition.goals.batches`),
  and a batch counts as verified from its day verified;
- registrations and pledges count from the day of each report (a pledge given on a
  sign-up form from the day it was given); sign-ups count each person once, from their
  first sign-up.

Every count is computed in SQL, grouped so that even a directory of 5,000
organizations and 100,000 people comes back as a few hundred rows; the history is then
replayed in Python at weekly points.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.states import BY_CODE
from coalition.goals import batches as petition
from coalition.goals import tallies
from coalition.goals.batches import PetitionProgress
from coalition.goals.progress import DIRECTORY, Origin, Point, cumulative
from coalition.store.models import (
    ActionItem,
    ActionStatus,
    Endorsement,
    EndorsementEvent,
    EndorsementStatus,
    Goal,
    GoalMeasure,
    GoalObservation,
    Membership,
    Organization,
    OrgStatus,
    SocialPage,
    TallyKind,
)

HISTORY_WEEKS = 26  # how far back a computed goal's chart starts by default


def _day(value: object, today: dt.date) -> dt.date:
    """A day out of what SQL gave back (a date, or text for date(created_at)), never after today."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        day = dt.date.fromisoformat(str(value)[:10])
    return min(day, today)


def _state_intervals(
    session: Session, today: dt.date, with_pages: bool
) -> list[tuple[str, dt.date, dt.date | None]]:
    """(state, from, until) spans in which each state had someone (or a page)."""
    entered = func.date(Membership.created_at)
    rows = session.execute(
        select(Membership.represents_state, Membership.since, func.min(entered), Membership.until)
        .where(Membership.represents_state > "")  # by the index: "" is no state
        .group_by(Membership.represents_state, Membership.since, Membership.until)
    )
    spans = [
        (state, _day(since if since is not None else first, today), until)
        for state, since, first, until in rows
        if state in BY_CODE
    ]
    if with_pages:
        for state, first in session.execute(
            select(Organization.home_state, func.min(func.date(SocialPage.created_at)))
            .join(SocialPage, SocialPage.organization_id == Organization.id)
            .where(Organization.status == OrgStatus.ACTIVE)
            .group_by(Organization.home_state)
        ):
            if state in BY_CODE:
                spans.append((state, _day(first, today), None))
    return spans


def _count_states(spans: list[tuple[str, dt.date, dt.date | None]]) -> Callable[[dt.date], int]:
    def at(day: dt.date) -> int:
        return len(
            {s for s, start, until in spans if start <= day and (until is None or until >= day)}
        )

    return at


def _allied_organizations(session: Session, today: dt.date) -> Callable[[dt.date], int]:
    first_member = (
        select(Membership.organization_id, func.min(Membership.since).label("since"))
        .group_by(Membership.organization_id)
        .subquery()
    )
    entered = func.date(Organization.created_at)
    since = first_member.c.since
    joined = case((since.is_not(None) & (since < entered), since), else_=entered)
    days = sorted(
        (_day(day, today), int(n))
        for day, n in session.execute(
            select(joined.label("joined"), func.count())
            .select_from(Organization)
            .outerjoin(first_member, first_member.c.organization_id == Organization.id)
            .where(Organization.status == OrgStatus.ACTIVE)
            .group_by(joined)
        )
    )
    return cumulative(days)


def _endorsements(
    session: Session, campaign_id: str | None, today: dt.date
) -> Callable[[dt.date], int]:
    if campaign_id is None:
        return lambda _day: 0
    changes: dict[str, list[tuple[dt.date, bool]]] = defaultdict(list)
    for endorsement_id, on, status in session.execute(
        select(EndorsementEvent.endorsement_id, EndorsementEvent.on, EndorsementEvent.status)
        .join(Endorsement, Endorsement.id == EndorsementEvent.endorsement_id)
        .where(Endorsement.campaign_id == campaign_id)
        .order_by(EndorsementEvent.on, EndorsementEvent.created_at)
    ):
        changes[endorsement_id].append((min(on, today), status == EndorsementStatus.ENDORSED))
    # An endorsement without any history (older data) counts from its status day.
    for endorsement_id, status_on, created, status in session.execute(
        select(
            Endorsement.id,
            Endorsement.status_on,
            func.date(Endorsement.created_at),
            Endorsement.status,
        ).where(Endorsement.campaign_id == campaign_id)
    ):
        if endorsement_id not in changes:
            day = status_on if status_on is not None else _day(created, today)
            changes[endorsement_id].append((min(day, today), status == EndorsementStatus.ENDORSED))
        elif changes[endorsement_id][-1][1] != (status == EndorsementStatus.ENDORSED):
            # The current status is the truth today, whatever the history says.
            changes[endorsement_id].append((today, status == EndorsementStatus.ENDORSED))

    def at(day: dt.date) -> int:
        count = 0
        for steps in changes.values():
            state = False
            for on, endorsed in steps:
                if on > day:
                    break
                state = endorsed
            count += state
        return count

    return at


def _open_action_items(session: Session, today: dt.date) -> Callable[[dt.date], int]:
    spans: list[tuple[dt.date, dt.date | None, int]] = []
    for entered, status, done_on, changed, n in session.execute(
        select(
            func.date(ActionItem.created_at),
            ActionItem.status,
            ActionItem.done_on,
            func.date(ActionItem.updated_at),
            func.count(),
        ).group_by(
            func.date(ActionItem.created_at),
            ActionItem.status,
            ActionItem.done_on,
            func.date(ActionItem.updated_at),
        )
    ):
        start = _day(entered, today)
        if status == ActionStatus.OPEN:
            end = None
        elif status == ActionStatus.DONE and done_on is not None:
            end = done_on
        else:
            end = _day(changed, today)
        spans.append((start, end, int(n)))

    def at(day: dt.date) -> int:
        return sum(n for start, end, n in spans if start <= day and (end is None or end > day))

    return at


def _open_now(session: Session) -> int:
    return session.scalar(select(func.count()).where(ActionItem.status == ActionStatus.OPEN)) or 0


@dataclass(frozen=True)
class Measured:
    at: Callable[[dt.date], int]
    origin: Origin
    petition: Callable[[dt.date], PetitionProgress] | None = None


def measured(session: Session, goal: Goal, today: dt.date) -> Measured:
    """A computed goal's measure by day, with what it is counted from."""
    if goal.measure == GoalMeasure.PETITION_SIGNATURES:
        progress = petition.petition_history(session, goal.campaign_id, goal.validity_percent)
        now = progress(today)
        return Measured(
            lambda day: progress(day).projected_valid,
            Origin("batches", now.batches, now.verified_batches),
            progress,
        )
    if goal.measure in (GoalMeasure.REGISTRATIONS, GoalMeasure.PLEDGES):
        kind = TallyKind.PLEDGE if goal.measure == GoalMeasure.PLEDGES else TallyKind.REGISTRATION
        counted = tallies.reported(session, kind)
        return Measured(counted.at, Origin("reports", counted.reports, 0, counted.sign_ups))
    if goal.measure == GoalMeasure.SIGNUPS:
        counted = tallies.signed_up(session)
        return Measured(counted.at, Origin("sign_ups", counted.sign_ups, events=counted.events))
    return Measured(measure_at(session, goal, today), DIRECTORY)


def measure_at(
    session: Session, goal: Goal, today: dt.date | None = None
) -> Callable[[dt.date], int]:
    """The goal's measure as a function of the day, for a computed goal."""
    today = today or clock.today()
    if goal.measure in (
        GoalMeasure.PETITION_SIGNATURES,
        GoalMeasure.REGISTRATIONS,
        GoalMeasure.PLEDGES,
        GoalMeasure.SIGNUPS,
    ):
        return measured(session, goal, today).at
    if goal.measure == GoalMeasure.STATES:
        return _count_states(_state_intervals(session, today, with_pages=True))
    if goal.measure == GoalMeasure.REPRESENTED_STATES:
        return _count_states(_state_intervals(session, today, with_pages=False))
    if goal.measure == GoalMeasure.ALLIED_ORGANIZATIONS:
        return _allied_organizations(session, today)
    if goal.measure == GoalMeasure.ENDORSEMENTS:
        return _endorsements(session, goal.campaign_id, today)
    if goal.measure == GoalMeasure.OPEN_ACTION_ITEMS:
        counted = _open_action_items(session, today)
        now = _open_now(session)
        return lambda day: now if day >= today else counted(day)
    raise ValueError(f"{goal.measure} is not computed")


def history(
    session: Session, goal: Goal, *, today: dt.date | None = None, weeks: int = HISTORY_WEEKS
) -> list[Point]:
    """The goal's values over time, oldest first: every observation of a recorded goal;
    a computed goal at weekly points over ``weeks`` weeks up to today."""
    today = today or clock.today()
    if goal.measure == GoalMeasure.RECORDED:
        return [
            (on, value)
            for on, value in session.execute(
                select(GoalObservation.on, GoalObservation.value)
                .where(GoalObservation.goal_id == goal.id)
                .order_by(GoalObservation.on)
            )
        ]
    return weekly(measure_at(session, goal, today), today, weeks)


def weekly(at: Callable[[dt.date], int], today: dt.date, weeks: int) -> list[Point]:
    return [(day, at(day)) for day in (today - dt.timedelta(weeks=w) for w in range(weeks, -1, -1))]
