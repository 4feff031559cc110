"""Campaigns, and who endorses them (or an organization), with every change of status."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.store.base import Entity, str_enum
from coalition.store.models.directory import Organization, Person


class CampaignKind(enum.StrEnum):
    BALLOT_INITIATIVE = "ballot_initiative"
    CANDIDATE = "candidate"
    STATEMENT = "statement"
    POLICY_POSITION = "policy_position"

    @property
    def label(self) -> str:
        return shown(
            {
                "ballot_initiative": QT_TRANSLATE_NOOP("CampaignKind", "Ballot initiative"),
                "candidate": QT_TRANSLATE_NOOP("CampaignKind", "Candidate"),
                "statement": QT_TRANSLATE_NOOP("CampaignKind", "Statement"),
                "policy_position": QT_TRANSLATE_NOOP("CampaignKind", "Policy position"),
            }[self.value]
        )


class EndorsementStatus(enum.StrEnum):
    REQUESTED = "requested"
    PENDING = "pending"
    CONDITIONAL = "conditional"
    ENDORSED = "endorsed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return shown(
            {
                "requested": QT_TRANSLATE_NOOP("EndorsementStatus", "Requested"),
                "pending": QT_TRANSLATE_NOOP("EndorsementStatus", "Pending"),
                "conditional": QT_TRANSLATE_NOOP("EndorsementStatus", "Conditional"),
                "endorsed": QT_TRANSLATE_NOOP("EndorsementStatus", "Endorsed"),
                "declined": QT_TRANSLATE_NOOP("EndorsementStatus", "Declined"),
                "withdrawn": QT_TRANSLATE_NOOP("EndorsementStatus", "Withdrawn"),
            }[self.value]
        )


class Campaign(Entity):
    """Something that can be endorsed: a ballot initiative, a candidate, a statement or a
    position."""

    __tablename__ = "campaign"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CampaignKind] = mapped_column(
        str_enum(CampaignKind), default=CampaignKind.BALLOT_INITIATIVE
    )
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    filing_date: Mapped[dt.date | None] = mapped_column(Date)
    signature_deadline: Mapped[dt.date | None] = mapped_column(Date)
    vote_date: Mapped[dt.date | None] = mapped_column(Date)
    signature_goal: Mapped[int | None] = mapped_column(Integer)

    owner: Mapped[Organization | None] = relationship()


class Endorsement(Entity):
    """An organization or a person endorsing a campaign or an organization.

    Exactly one endorser column and exactly one target column are set.  The current
    status is kept here; every change of status is kept in :class:`EndorsementEvent`.
    """

    __tablename__ = "endorsement"
    __table_args__ = (
        CheckConstraint(
            "(endorser_org_id IS NULL) <> (endorser_person_id IS NULL)", name="one_endorser"
        ),
        CheckConstraint("(campaign_id IS NULL) <> (target_org_id IS NULL)", name="one_target"),
    )

    endorser_org_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    endorser_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"), index=True)
    target_org_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    status: Mapped[EndorsementStatus] = mapped_column(
        str_enum(EndorsementStatus), default=EndorsementStatus.REQUESTED
    )
    condition: Mapped[str] = mapped_column(Text, default="")
    status_on: Mapped[dt.date | None] = mapped_column(Date)
    source_url: Mapped[str] = mapped_column(String(500), default="")
    is_public: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    endorser_org: Mapped[Organization | None] = relationship(foreign_keys=[endorser_org_id])
    endorser_person: Mapped[Person | None] = relationship(foreign_keys=[endorser_person_id])
    campaign: Mapped[Campaign | None] = relationship()
    target_org: Mapped[Organization | None] = relationship(foreign_keys=[target_org_id])
    events: Mapped[list[EndorsementEvent]] = relationship(
        back_populates="endorsement",
        cascade="all, delete-orphan",
        order_by="(EndorsementEvent.on, EndorsementEvent.created_at)",
    )

    @property
    def endorser_name(self) -> str:
        who = self.endorser_org or self.endorser_person
        return who.name if who is not None else ""

    @property
    def target_name(self) -> str:
        what = self.campaign or self.target_org
        return what.name if what is not None else ""


class EndorsementEvent(Entity):
    """One change of an endorsement's status, with the day it happened and a note."""

    __tablename__ = "endorsement_event"

    endorsement_id: Mapped[str] = mapped_column(ForeignKey("endorsement.id"), index=True)
    status: Mapped[EndorsementStatus] = mapped_column(str_enum(EndorsementStatus))
    condition: Mapped[str] = mapped_column(Text, default="")
    on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    endorsement: Mapped[Endorsement] = relationship(back_populates="events")
