"""What the dashboard shows, as plain values: the goals' figures, the states covered,
this week's call, what is overdue and waiting.

The services compute them (:mod:`coalition.goals.records`, :mod:`~coalition.goals.report`,
:mod:`~coalition.goals.coverage`); nothing here reads the database or imports SQLAlchemy,
so that the dashboard can be painted from its last computed figures while the database
layer loads (:mod:`coalition.goals.snapshot`).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from coalition.common.i18n import QT_TRANSLATE_NOOP, Day, figure, shown, translate
from coalition.common.states import Coverage
from coalition.goals.progress import HAND, PACE_WEEKS, Origin, Pace, Point, Projection
from coalition.store.kinds import GoalMeasure

# The tables whose change can move each measure (the dashboard refreshes on them).
MEASURE_TABLES: dict[GoalMeasure, set[str]] = {
    GoalMeasure.STATES: {"membership", "organization", "social_page"},
    GoalMeasure.REPRESENTED_STATES: {"membership"},
    GoalMeasure.ALLIED_ORGANIZATIONS: {"organization", "membership"},
    GoalMeasure.ENDORSEMENTS: {"endorsement", "endorsement_event"},
    GoalMeasure.OPEN_ACTION_ITEMS: {"action_item"},
    GoalMeasure.PETITION_SIGNATURES: {"petition_batch"},
    GoalMeasure.REGISTRATIONS: {"registration_tally"},
    GoalMeasure.PLEDGES: {"registration_tally", "sign_up"},
    GoalMeasure.SIGNUPS: {"sign_up"},
    GoalMeasure.RECORDED: {"goal_observation"},
}
# The measures counted for one campaign, which a goal of theirs must name.
CAMPAIGN_MEASURES = {GoalMeasure.ENDORSEMENTS, GoalMeasure.PETITION_SIGNATURES}
GOAL_TABLES = {"goal", "goal_observation"}
# What a measure counts, in words ("12 of 20 states"), when the goal gives no unit.
MEASURE_UNITS = {
    GoalMeasure.STATES: QT_TRANSLATE_NOOP("Goals", "states"),
    GoalMeasure.REPRESENTED_STATES: QT_TRANSLATE_NOOP("Goals", "states"),
    GoalMeasure.ALLIED_ORGANIZATIONS: QT_TRANSLATE_NOOP("Goals", "organizations"),
    GoalMeasure.ENDORSEMENTS: QT_TRANSLATE_NOOP("Goals", "endorsements"),
    GoalMeasure.OPEN_ACTION_ITEMS: QT_TRANSLATE_NOOP("Goals", "open action items"),
    GoalMeasure.PETITION_SIGNATURES: QT_TRANSLATE_NOOP("Goals", "valid signatures"),
    GoalMeasure.REGISTRATIONS: QT_TRANSLATE_NOOP("Goals", "registrations"),
    GoalMeasure.PLEDGES: QT_TRANSLATE_NOOP("Goals", "pledges"),
    GoalMeasure.SIGNUPS: QT_TRANSLATE_NOOP("Goals", "people signed up"),
    GoalMeasure.RECORDED: "",
}


def is_computed(measure: GoalMeasure) -> bool:
    return measure != GoalMeasure.RECORDED


def lower_is_better(measure: GoalMeasure) -> bool:
    """Open action items are a goal to bring down ("no more than 5 open")."""
    return measure == GoalMeasure.OPEN_ACTION_ITEMS


# --- a goal, where it stands ------------------------------------------------------------


@dataclass(frozen=True)
class PetitionProgress:
    """A campaign's signatures: collected (raw), verified, and projected to be valid."""

    raw: int
    verified: int
    projected_valid: int
    validity_rate: float  # the rate applied to the unverified raw signatures
    source: str  # where that rate comes from, in words
    batches: int = 0
    verified_batches: int = 0
    observed: bool = False  # the rate was observed in verified batches (not the goal's)

    @property
    def origin(self) -> str:
        """Where the figures come from ("from 34 petition batches, 12 verified")."""
        verified = figure(self.verified_batches)
        if not self.batches:
            return translate("Goals", "no petition batches yet")
        if self.batches == 1:
            return translate("Goals", "from 1 petition batch, {verified} verified").format(
                verified=verified
            )
        return translate("Goals", "from {records} petition batches, {verified} verified").format(
            records=figure(self.batches), verified=verified
        )


@dataclass(frozen=True)
class GoalStatus:
    """One goal as the dashboard and the report show it."""

    goal_id: str
    name: str
    measure: GoalMeasure
    target: int
    deadline: dt.date | None
    unit: str
    campaign_id: str | None
    current: int | None  # None: a recorded goal with nothing recorded yet
    as_of: dt.date | None
    pace: Pace | None
    projection: Projection
    points: tuple[Point, ...]
    origin: Origin = HAND
    # Petition signatures: raw, verified and projected valid today (the figure is the last).
    petition: PetitionProgress | None = None
    validity_percent: int | None = None  # petition signatures: the share the goal expects

    @property
    def hand_set(self) -> bool:
        """The figure was typed in by someone, not counted from the data."""
        return self.measure == GoalMeasure.RECORDED

    @property
    def lower_is_better(self) -> bool:
        return lower_is_better(self.measure)

    @property
    def fraction(self) -> float:
        """How far along, from 0 to 1."""
        if self.current is None:
            return 0.0
        if self.lower_is_better:
            if self.current <= self.target:
                return 1.0
            return self.target / self.current if self.current else 1.0
        if self.target <= 0:
            return 1.0
        return max(0.0, min(1.0, self.current / self.target))

    @property
    def what(self) -> str:
        """What is counted: the unit given, else the measure's own words (in the reader's
        language)."""
        if self.unit:
            return self.unit
        return shown(MEASURE_UNITS[self.measure])

    def petition_text(self) -> str:
        """Raw, projected valid and verified signatures, each against the target."""
        p = self.petition
        if p is None:
            return ""
        return translate(
            "Goals",
            "{raw} raw · {projected} projected valid ({rate}) · {verified} verified of {target}",
        ).format(
            raw=figure(p.raw),
            projected=figure(p.projected_valid),
            rate=f"{p.validity_rate:.0%}",
            verified=figure(p.verified),
            target=figure(self.target),
        )

    def origin_text(self) -> str:
        """Where the figure came from: "counted from data: …" or "set by hand"."""
        if self.hand_set:
            if self.as_of:
                return translate("Goals", "set by hand, latest {day}").format(
                    day=self.as_of.isoformat()
                )
            return translate("Goals", "set by hand")
        if self.origin.kind == "directory":
            return translate("Goals", "counted from data in the directory")
        return translate("Goals", "counted from data: {origin}").format(origin=self.origin.text())

    @property
    def percent(self) -> int:
        """Progress in whole percent (a goal to bring down: 100 once at or under)."""
        return math.floor(self.fraction * 100)

    def progress_text(self) -> str:
        target = figure(self.target)
        if self.current is None:
            return translate("Goals", "Nothing recorded yet · target {target}").format(
                target=target
            )
        if self.lower_is_better:
            return (
                translate("Goals", "{current} {what} · at most {target}")
                .format(current=figure(self.current), what=self.what, target=target)
                .replace("  ", " ")
            )
        return (
            translate("Goals", "{current} of {target} {what}")
            .format(current=figure(self.current), target=target, what=self.what)
            .rstrip()
        )

    def pace_text(self) -> str:
        if self.pace is None:
            if self.current is None:
                return translate("Goals", "No pace yet: record a first value")
            return (
                translate("Goals", "No pace yet: one value so far")
                if self.measure == GoalMeasure.RECORDED
                else translate("Goals", "No change to measure yet")
            )
        weeks = (self.pace.until - self.pace.since).days / 7
        span = (
            translate("Goals", "the last four weeks")
            if weeks >= PACE_WEEKS - 0.01
            else translate("Goals", "the last {weeks} weeks").format(weeks=f"{weeks:.1f}")
        )
        if self.pace.per_week == 0:
            return translate("Goals", "No change over {span}").format(span=span)
        sign = "+" if self.pace.per_week > 0 else "−"
        amount = abs(self.pace.per_week)
        figure_ = figure(amount, 0 if amount >= 10 else 1)
        return translate("Goals", "{amount} a week over {span}").format(
            amount=sign + str(figure_), span=span
        )

    def projection_text(self) -> str:
        p = self.projection
        deadline = _long(self.deadline)
        if p.reached:
            return translate("Goals", "Goal reached")
        if self.current is None or self.pace is None:
            if self.deadline:
                return translate("Goals", "Deadline {day}").format(day=deadline)
            return translate("Goals", "No deadline")
        if p.on is None:
            if self.deadline:
                return translate(
                    "Goals", "Not reached at this pace; the deadline is {deadline}"
                ).format(deadline=deadline)
            return translate("Goals", "Not reached at this pace")
        on = _long(p.on)
        if self.deadline is None:
            return translate("Goals", "At this pace: {day}").format(day=on)
        if p.misses_deadline:
            late = (p.on - self.deadline).days
            return translate(
                "Goals", "At this pace: {day}, {late} days after the deadline ({deadline})"
            ).format(day=on, late=figure(late), deadline=deadline)
        return translate("Goals", "At this pace: {day}, before the deadline ({deadline})").format(
            day=on, deadline=deadline
        )


def _long(day: dt.date | None) -> str:
    return str(Day(day)) if day else ""


# --- the states ---------------------------------------------------------------------------


@dataclass
class StateCoverage:
    coverage: dict[str, Coverage]  # every state and DC
    representatives: dict[str, list[str]]  # state -> names of its representatives
    pages: dict[str, list[str]]  # state -> names of organizations with a page there
    goal: int

    @property
    def represented(self) -> int:
        return sum(1 for c in self.coverage.values() if c == Coverage.REPRESENTATIVE)

    @property
    def pages_only(self) -> int:
        return sum(1 for c in self.coverage.values() if c == Coverage.PAGE)

    def detail(self, code: str) -> str:
        parts = []
        if self.representatives.get(code):
            parts.append(
                translate("Goals", "Representatives: {names}").format(
                    names=", ".join(self.representatives[code])
                )
            )
        if self.pages.get(code):
            parts.append(
                translate("Goals", "Pages: {names}").format(names=", ".join(self.pages[code]))
            )
        return "\n".join(parts)


# --- the call, overdue items, sign-offs --------------------------------------------------


@dataclass(frozen=True)
class WeekCall:
    """The next call that has not ended, and whether it falls in this week (else the
    dashboard calls it the next call)."""

    series_id: str | None
    occurrence_id: str | None
    title: str
    start: dt.datetime  # in the call's own zone
    this_week: bool
    agenda_items: int
    agenda_done: int
    agenda_owned: int
    minutes_over: int  # time boxes beyond the call's length
    standing_items: int

    @property
    def record_id(self) -> str:
        return self.occurrence_id or self.series_id or ""

    def agenda_text(self) -> str:
        """How far the call's agenda is, in the reader's language."""
        if not self.agenda_items:
            if self.standing_items:
                return translate(
                    "Goals", "Agenda not started yet ({count} standing items to begin with)"
                ).format(count=self.standing_items)
            return translate("Goals", "No agenda yet")
        # One and several told apart here: English and Spanish agree on where the plural
        # starts, and the services' catalogue has no plural forms of its own.
        parts = [
            translate("Goals", "1 agenda item")
            if self.agenda_items == 1
            else translate("Goals", "{count} agenda items").format(count=self.agenda_items)
        ]
        if self.agenda_done:
            parts.append(
                translate("Goals", "1 done")
                if self.agenda_done == 1
                else translate("Goals", "{count} done").format(count=self.agenda_done)
            )
        missing = self.agenda_items - self.agenda_owned
        parts.append(
            translate("Goals", "every item has an owner")
            if not missing
            else translate("Goals", "1 without an owner")
            if missing == 1
            else translate("Goals", "{count} without an owner").format(count=missing)
        )
        if self.minutes_over > 0:
            parts.append(
                translate("Goals", "time boxes {minutes} min over the call").format(
                    minutes=self.minutes_over
                )
            )
        return ", ".join(parts)


@dataclass(frozen=True)
class Overdue:
    id: str
    title: str
    owner: str
    due_on: dt.date
    occurrence_id: str | None

    def days_late(self, today: dt.date) -> int:
        return (today - self.due_on).days


@dataclass(frozen=True)
class Waiting:
    draft_id: str
    draft_title: str
    audience: str
    organization: str
    requested_at: dt.datetime


@dataclass
class Overview:
    """The dashboard's content apart from the goals and the graph, for the report."""

    coalition_name: str
    today: dt.date
    call: WeekCall | None
    overdue: list[Overdue]
    overdue_total: int
    waiting: list[Waiting]
    waiting_total: int
    my_group_name: str  # "" when no group was chosen
