"""Goals with a deadline, computed from the data or followed through recorded observations."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coalition.store.base import Entity, str_enum
from coalition.store.models.endorsements import Campaign


class GoalMeasure(enum.StrEnum):
    """How a goal is measured: counted from the data, or from observations someone records."""

    STATES = "states"  # states with a representative or a page
    REPRESENTED_STATES = "represented_states"  # states with a representative
    ALLIED_ORGANIZATIONS = "allied_organizations"
    ENDORSEMENTS = "endorsements"  # endorsements of one campaign
    OPEN_ACTION_ITEMS = "open_action_items"
    RECORDED = "recorded"

    @property
    def label(self) -> str:
        return GOAL_MEASURE_LABELS[self]


GOAL_MEASURE_LABELS = {
    GoalMeasure.STATES: "States with a representative or a page",
    GoalMeasure.REPRESENTED_STATES: "States with a representative",
    GoalMeasure.ALLIED_ORGANIZATIONS: "Allied organizations",
    GoalMeasure.ENDORSEMENTS: "Endorsements of a campaign",
    GoalMeasure.OPEN_ACTION_ITEMS: "Open action items",
    GoalMeasure.RECORDED: "Recorded observations",
}


class Goal(Entity):
    """A target with a deadline ("representatives in 20 states by June").

    A computed goal counts its ``measure`` in the data; a recorded one follows the
    :class:`GoalObservation` rows someone enters (signatures, sign-ups, followers).
    """

    __tablename__ = "goal"
    __table_args__ = (CheckConstraint("target >= 0", name="target_not_negative"),)

    name: Mapped[str] = mapped_column(String(200))
    measure: Mapped[GoalMeasure] = mapped_column(
        str_enum(GoalMeasure), default=GoalMeasure.RECORDED
    )
    target: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    unit: Mapped[str] = mapped_column(String(60), default="")
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    campaign: Mapped[Campaign | None] = relationship()
    observations: Mapped[list[GoalObservation]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="GoalObservation.on"
    )


class GoalObservation(Entity):
    """A value of a recorded goal on a day, and where it came from."""

    __tablename__ = "goal_observation"
    __table_args__ = (UniqueConstraint("goal_id", "on"),)

    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id"), index=True)
    on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(200), default="")

    goal: Mapped[Goal] = relationship(back_populates="observations")
