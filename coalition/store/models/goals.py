"""Goals with a deadline, computed from the data or followed through recorded observations."""

from __future__ import annotations

import datetime as dt

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
from coalition.store.kinds import GOAL_MEASURE_LABELS as GOAL_MEASURE_LABELS
from coalition.store.kinds import GoalMeasure as GoalMeasure
from coalition.store.kinds import TallyKind as TallyKind
from coalition.store.models.directory import Person
from coalition.store.models.endorsements import Campaign
from coalition.store.models.events import Event


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
    # For petition signatures: the share of raw signatures expected to be valid (percent),
    # used until verified batches give a rate of their own.
    validity_percent: Mapped[int | None] = mapped_column(Integer)

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


class PetitionBatch(Entity):
    """A count of raw signatures from a batch of petition sheets, never the signers.

    California's Elections Code §18650 forbids using a petition's signatures for anything
    but qualifying the measure: no signer's name or address is kept, only counts.  The
    verified count comes later, from the county or a check of the sheets.
    """

    __tablename__ = "petition_batch"
    __table_args__ = (
        CheckConstraint("raw_count >= 0", name="raw_not_negative"),
        CheckConstraint(
            "verified_count IS NULL OR (verified_count >= 0 AND verified_count <= raw_count)",
            name="verified_within_raw",
        ),
    )

    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"), index=True)
    collected_on: Mapped[dt.date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(2), default="")
    county: Mapped[str] = mapped_column(String(80), default="", index=True)
    collector: Mapped[str] = mapped_column(String(200), default="")  # as written on the batch
    collector_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), index=True)
    raw_count: Mapped[int] = mapped_column(Integer)
    verified_count: Mapped[int | None] = mapped_column(Integer)
    verified_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    campaign: Mapped[Campaign] = relationship()
    # Known to the unit of work, so that an undo brings the batch back after them.
    collector_person: Mapped[Person | None] = relationship(foreign_keys=[collector_id])
    event: Mapped[Event | None] = relationship()


class RegistrationTally(Entity):
    """Voter-registration pledges or registrations reported for a day, a county, an event."""

    __tablename__ = "registration_tally"
    __table_args__ = (CheckConstraint("count >= 0", name="count_not_negative"),)

    kind: Mapped[TallyKind] = mapped_column(str_enum(TallyKind))
    on: Mapped[dt.date] = mapped_column(Date, index=True)
    count: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(2), default="")
    county: Mapped[str] = mapped_column(String(80), default="")
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), index=True)
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"), index=True)
    reported_by: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    # Known to the unit of work, so that an undo brings the report back after them.
    campaign: Mapped[Campaign | None] = relationship()
    event: Mapped[Event | None] = relationship()
