"""The coalition's goals: a target by a deadline, where it stands, its pace and where that leads.

A goal is measured one of two ways.  A *computed* goal counts something in the data
(states with a representative or a page, allied organizations, endorsements of one
campaign, open action items); a *recorded* goal follows values someone enters from
outside (signatures counted, sign-ups, followers, post views), each with its day and
its source.  How a computed goal is counted, day by day, from the data's own dates is
:mod:`coalition.goals.measures`.

A recorded goal is *set by hand*: its figure is what someone typed, and every place
that shows it says so.  A computed goal's figure says what it was counted from
(:class:`Origin`: "from 34 petition batches, 12 verified").

Pace is the change per week over the last four weeks: up to today for a computed goal,
up to the latest observation for a recorded one (with a shorter span when the data is
younger than four weeks).  The projection extends that pace from the latest value to
the target, and is flagged when it lands after the deadline, or never gets there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coalition.common import clock, validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, figure
from coalition.directory.records import _enum, _Problems
from coalition.goals import batches as petition
from coalition.goals.figures import CAMPAIGN_MEASURES as CAMPAIGN_MEASURES
from coalition.goals.figures import GOAL_TABLES as GOAL_TABLES
from coalition.goals.figures import MEASURE_TABLES as MEASURE_TABLES
from coalition.goals.figures import MEASURE_UNITS as MEASURE_UNITS
from coalition.goals.figures import GoalStatus as GoalStatus
from coalition.goals.figures import is_computed as is_computed
from coalition.goals.figures import lower_is_better as lower_is_better
from coalition.goals.measures import HISTORY_WEEKS as HISTORY_WEEKS
from coalition.goals.measures import history as history
from coalition.goals.measures import measure_at as measure_at
from coalition.goals.measures import measured, weekly
from coalition.goals.progress import DIRECTORY as DIRECTORY
from coalition.goals.progress import HAND as HAND
from coalition.goals.progress import HORIZON_DAYS as HORIZON_DAYS
from coalition.goals.progress import PACE_WEEKS as PACE_WEEKS
from coalition.goals.progress import Origin as Origin
from coalition.goals.progress import Pace as Pace
from coalition.goals.progress import Point as Point
from coalition.goals.progress import Projection as Projection
from coalition.goals.progress import pace as pace
from coalition.goals.progress import project as project
from coalition.store.changes import writes
from coalition.store.models import (
    GOAL_MEASURE_LABELS,
    Campaign,
    Goal,
    GoalMeasure,
    GoalObservation,
)

MAX_TARGET = 1_000_000_000


# --- editing goals ------------------------------------------------------------------------


def _target(value: int | str | None) -> int:
    if value is None or str(value).strip() == "":
        raise ValueError(QT_TRANSLATE_NOOP("Goals", "the target cannot be empty"))
    number = validation.positive_int(value, QT_TRANSLATE_NOOP("Fields", "target"))
    assert number is not None
    if number > MAX_TARGET:
        raise ValueError(
            QT_TRANSLATE_NOOP("Goals", "the target cannot be more than {most}").format(
                most=figure(MAX_TARGET)
            )
        )
    return number


@dataclass
class GoalInput:
    """What a goal's editor changes."""

    name: str
    target: int | str
    measure: GoalMeasure | str = GoalMeasure.RECORDED
    deadline: dt.date | str | None = None
    unit: str = ""
    campaign_id: str | None = None
    notes: str = ""
    # Petition signatures: the share of raw signatures expected to be valid, in percent,
    # until verified batches give a rate of their own.
    validity_percent: int | str | None = None

    def validated(self) -> GoalInput:
        """Checked as a whole, so an editor can show every problem at once."""
        p = _Problems()
        measure = p.check(
            "measure",
            lambda: _enum(GoalMeasure, self.measure, QT_TRANSLATE_NOOP("Fields", "measure")),
            GoalMeasure.RECORDED,
        )
        target = p.check("target", lambda: _target(self.target), 0)
        if measure != GoalMeasure.OPEN_ACTION_ITEMS and "target" not in p.problems and target == 0:
            p.problems["target"] = QT_TRANSLATE_NOOP("Goals", "the target must be more than 0")
        result = GoalInput(
            name=p.check(
                "name",
                lambda: validation.required(self.name, QT_TRANSLATE_NOOP("Fields", "goal's name")),
                "",
            ),
            target=target,
            measure=measure,
            deadline=p.check(
                "deadline",
                lambda: validation.date(self.deadline, QT_TRANSLATE_NOOP("Fields", "deadline")),
                None,
            ),
            unit=self.unit.strip(),
            campaign_id=(self.campaign_id or None) if measure in CAMPAIGN_MEASURES else None,
            notes=self.notes.strip(),
            validity_percent=(
                p.check("validity_percent", lambda: _percent(self.validity_percent), None)
                if measure == GoalMeasure.PETITION_SIGNATURES
                else None
            ),
        )
        if measure == GoalMeasure.ENDORSEMENTS and not result.campaign_id:
            p.problems.setdefault(
                "campaign_id",
                QT_TRANSLATE_NOOP("Goals", "choose the campaign whose endorsements count"),
            )
        if measure == GoalMeasure.PETITION_SIGNATURES and not result.campaign_id:
            p.problems.setdefault(
                "campaign_id",
                QT_TRANSLATE_NOOP("Goals", "choose the campaign whose petition counts"),
            )
        p.raise_if_any()
        return result


def _percent(value: int | str | None) -> int:
    """The expected share of valid signatures: 1 to 100, the usual share when not given."""
    number = validation.positive_int(value, QT_TRANSLATE_NOOP("Fields", "expected valid share"))
    if number is None:
        return petition.DEFAULT_VALIDITY_PERCENT
    if not 1 <= number <= 100:
        raise ValueError(
            QT_TRANSLATE_NOOP("Goals", "the expected valid share is a percentage from 1 to 100")
        )
    return number


def _apply(session: Session, goal: Goal, data: GoalInput) -> None:
    data = data.validated()
    if data.campaign_id is not None and session.get(Campaign, data.campaign_id) is None:
        raise ValidationError(
            {"campaign_id": QT_TRANSLATE_NOOP("Goals", "that campaign no longer exists")}
        )
    measure = GoalMeasure(data.measure)
    if (
        goal.measure == GoalMeasure.RECORDED
        and measure != GoalMeasure.RECORDED
        and goal.observations
    ):
        raise ValidationError(
            {
                "measure": QT_TRANSLATE_NOOP(
                    "Goals",
                    "this goal has {count} recorded values; "
                    "delete them before counting it from the data",
                ).format(count=len(goal.observations))
            }
        )
    goal.name = data.name
    goal.target = int(data.target)
    goal.measure = measure
    goal.deadline = validation.checked(data.deadline)
    goal.unit = data.unit
    goal.campaign_id = data.campaign_id
    goal.notes = data.notes
    goal.validity_percent = None if data.validity_percent is None else int(data.validity_percent)


@writes(QT_TRANSLATE_NOOP("Changes", "Add goal"))
def create_goal(session: Session, data: GoalInput) -> Goal:
    last = session.scalar(select(func.max(Goal.position))) or 0
    goal = Goal(name="", target=0, position=last + 1)
    _apply(session, goal, data)
    session.add(goal)
    return goal


@writes(QT_TRANSLATE_NOOP("Changes", "Edit goal"))
def update_goal(session: Session, goal_id: str, data: GoalInput) -> Goal:
    goal = get_goal(session, goal_id)
    _apply(session, goal, data)
    return goal


@writes(QT_TRANSLATE_NOOP("Changes", "Delete goal"))
def delete_goal(session: Session, goal_id: str) -> None:
    session.delete(get_goal(session, goal_id))


def get_goal(session: Session, goal_id: str) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Goals", "that goal no longer exists"))
    return goal


def goal_input(goal: Goal) -> GoalInput:
    return GoalInput(
        name=goal.name,
        target=goal.target,
        measure=goal.measure,
        deadline=goal.deadline,
        unit=goal.unit,
        campaign_id=goal.campaign_id,
        notes=goal.notes,
        validity_percent=goal.validity_percent,
    )


def all_goals(session: Session) -> list[Goal]:
    return list(session.scalars(select(Goal).order_by(Goal.position, Goal.name)))


# --- recorded observations ------------------------------------------------------------------


@dataclass
class ObservationInput:
    on: dt.date | str | None
    value: int | str | None
    source: str = ""

    def validated(self, today: dt.date | None = None) -> ObservationInput:
        today = today or clock.today()
        p = _Problems()
        on = p.check(
            "on",
            lambda: validation.date(self.on, QT_TRANSLATE_NOOP("Fields", "day observed")),
            None,
        )
        if on is None and "on" not in p.problems:
            p.problems["on"] = QT_TRANSLATE_NOOP("Goals", "the day observed cannot be empty")
        elif on is not None and on > today:
            p.problems["on"] = QT_TRANSLATE_NOOP(
                "Goals", "{day} is in the future; record values once they are counted"
            ).format(day=on.isoformat())

        def value() -> int:
            if self.value is None or str(self.value).strip() == "":
                raise ValueError(QT_TRANSLATE_NOOP("Goals", "the value cannot be empty"))
            number = validation.positive_int(self.value, QT_TRANSLATE_NOOP("Fields", "value"))
            assert number is not None
            if number > MAX_TARGET:
                raise ValueError(
                    QT_TRANSLATE_NOOP("Goals", "the value cannot be more than {most}").format(
                        most=figure(MAX_TARGET)
                    )
                )
            return number

        result = ObservationInput(
            on=on, value=p.check("value", value, 0), source=self.source.strip()
        )
        p.raise_if_any()
        return result


def _recorded_goal(session: Session, goal_id: str) -> Goal:
    goal = get_goal(session, goal_id)
    if goal.measure != GoalMeasure.RECORDED:
        raise ValidationError(
            {
                "": QT_TRANSLATE_NOOP(
                    "Goals",
                    "“{name}” is counted from the data ({measure}); it takes no recorded values",
                ).format(name=goal.name, measure=GOAL_MEASURE_LABELS[goal.measure])
            }
        )
    return goal


def _check_day_free(
    session: Session, goal_id: str, on: dt.date, observation_id: str | None
) -> None:
    other = session.scalar(
        select(GoalObservation.id).where(
            GoalObservation.goal_id == goal_id,
            GoalObservation.on == on,
            GoalObservation.id != (observation_id or ""),
        )
    )
    if other is not None:
        raise ValidationError(
            {
                "on": QT_TRANSLATE_NOOP(
                    "Goals", "there is already a value for {day}; change that one instead"
                ).format(day=on.isoformat())
            }
        )


@writes(QT_TRANSLATE_NOOP("Changes", "Record a goal's value"))
def record_observation(session: Session, goal_id: str, data: ObservationInput) -> GoalObservation:
    goal = _recorded_goal(session, goal_id)
    data = data.validated()
    assert isinstance(data.on, dt.date)
    _check_day_free(session, goal.id, data.on, None)
    row = GoalObservation(
        goal_id=goal.id, on=data.on, value=int(data.value or 0), source=data.source
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:  # another device got there first
        raise ValidationError(
            {
                "on": QT_TRANSLATE_NOOP("Goals", "there is already a value for {day}").format(
                    day=data.on.isoformat()
                )
            }
        ) from None
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Edit a goal's value"))
def update_observation(
    session: Session, observation_id: str, data: ObservationInput
) -> GoalObservation:
    row = get_observation(session, observation_id)
    data = data.validated()
    assert isinstance(data.on, dt.date)
    _check_day_free(session, row.goal_id, data.on, row.id)
    row.on = data.on
    row.value = int(data.value or 0)
    row.source = data.source
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Delete a goal's value"))
def delete_observation(session: Session, observation_id: str) -> None:
    session.delete(get_observation(session, observation_id))


def get_observation(session: Session, observation_id: str) -> GoalObservation:
    row = session.get(GoalObservation, observation_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Goals", "that recorded value no longer exists"))
    return row


def observations(session: Session, goal_id: str) -> list[GoalObservation]:
    get_goal(session, goal_id)
    return list(
        session.scalars(
            select(GoalObservation)
            .where(GoalObservation.goal_id == goal_id)
            .order_by(GoalObservation.on)
        )
    )


def goal_status(session: Session, goal: Goal, *, today: dt.date | None = None) -> GoalStatus:
    today = today or clock.today()
    origin, progress = HAND, None
    if goal.measure == GoalMeasure.RECORDED:
        points = history(session, goal, today=today)
        current = points[-1][1] if points else None
        as_of = points[-1][0] if points else None
        rate = pace(points)
    else:
        counted = measured(session, goal, today)
        points = weekly(counted.at, today, HISTORY_WEEKS)
        origin = counted.origin
        progress = counted.petition(today) if counted.petition else None
        current = points[-1][1]
        as_of = today
        rate = pace(points, end=today)
    projection = project(
        current,
        goal.target,
        rate,
        goal.deadline,
        lower_better=lower_is_better(goal.measure),
        today=today,
    )
    return GoalStatus(
        goal_id=goal.id,
        name=goal.name,
        measure=goal.measure,
        target=goal.target,
        deadline=goal.deadline,
        unit=goal.unit,
        campaign_id=goal.campaign_id,
        current=current,
        as_of=as_of,
        pace=rate,
        projection=projection,
        points=tuple(points),
        origin=origin,
        petition=progress,
        validity_percent=goal.validity_percent,
    )


def statuses(session: Session, *, today: dt.date | None = None) -> list[GoalStatus]:
    """Every goal, in the order the dashboard shows them."""
    return [goal_status(session, goal, today=today) for goal in all_goals(session)]
