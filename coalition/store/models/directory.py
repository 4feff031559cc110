"""Allies and their people: organizations, their tags and social pages, people, their
addresses and phones, memberships, and the record of two people merged into one.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.store.base import SORT_NAME, Entity, UTCDateTime, sort_key, str_enum


class OrgKind(enum.StrEnum):
    POLITICAL_PARTY = "political_party"
    NONPROFIT_C3 = "501c3"
    NONPROFIT_C4 = "501c4"
    GRASSROOTS = "grassroots"
    STATE_CHAPTER = "state_chapter"
    CAMPAIGN_COMMITTEE = "campaign_committee"
    OTHER = "other"

    @property
    def label(self) -> str:
        return shown(ORG_KIND_LABELS[self])


ORG_KIND_LABELS = {
    OrgKind.POLITICAL_PARTY: QT_TRANSLATE_NOOP("OrgKind", "Political party"),
    OrgKind.NONPROFIT_C3: QT_TRANSLATE_NOOP("OrgKind", "501(c)(3) nonprofit"),
    OrgKind.NONPROFIT_C4: QT_TRANSLATE_NOOP("OrgKind", "501(c)(4) nonprofit"),
    OrgKind.GRASSROOTS: QT_TRANSLATE_NOOP("OrgKind", "Grassroots group"),
    OrgKind.STATE_CHAPTER: QT_TRANSLATE_NOOP("OrgKind", "State chapter"),
    OrgKind.CAMPAIGN_COMMITTEE: QT_TRANSLATE_NOOP("OrgKind", "Campaign committee"),
    OrgKind.OTHER: QT_TRANSLATE_NOOP("OrgKind", "Other"),
}


class OrgStatus(enum.StrEnum):
    PROSPECTIVE = "prospective"
    ACTIVE = "active"
    INACTIVE = "inactive"

    @property
    def label(self) -> str:
        return shown(
            {
                "prospective": QT_TRANSLATE_NOOP("OrgStatus", "Prospective"),
                "active": QT_TRANSLATE_NOOP("OrgStatus", "Active"),
                "inactive": QT_TRANSLATE_NOOP("OrgStatus", "Inactive"),
            }[self.value]
        )


class LegalClass(enum.StrEnum):
    """What the law makes of a member organization: it decides what it may share."""

    POLITICAL_PARTY = "political_party"
    NONPROFIT_C3 = "501c3"
    NONPROFIT_C4 = "501c4"
    PAC = "pac"
    INDEPENDENT_ALLY = "independent_ally"

    @property
    def label(self) -> str:
        return shown(LEGAL_CLASS_LABELS[self])


LEGAL_CLASS_LABELS = {
    LegalClass.POLITICAL_PARTY: QT_TRANSLATE_NOOP("LegalClass", "Political party"),
    LegalClass.NONPROFIT_C3: QT_TRANSLATE_NOOP("LegalClass", "501(c)(3) charity"),
    LegalClass.NONPROFIT_C4: QT_TRANSLATE_NOOP("LegalClass", "501(c)(4) advocacy group"),
    LegalClass.PAC: QT_TRANSLATE_NOOP("LegalClass", "Political action committee"),
    LegalClass.INDEPENDENT_ALLY: QT_TRANSLATE_NOOP("LegalClass", "Independent ally"),
}


class Finance(enum.StrEnum):
    """For campaign finance purposes: does the group coordinate with the campaigns?"""

    COORDINATED = "coordinated"
    INDEPENDENT = "independent"

    @property
    def label(self) -> str:
        return shown(
            {
                "coordinated": QT_TRANSLATE_NOOP("Finance", "Coordinated"),
                "independent": QT_TRANSLATE_NOOP("Finance", "Independent"),
            }[self.value]
        )


class Tag(Entity):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(80), unique=True)


class OrganizationTag(Entity):
    __tablename__ = "organization_tag"
    __table_args__ = (UniqueConstraint("organization_id", "tag_id"),)

    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    tag_id: Mapped[str] = mapped_column(ForeignKey("tag.id"), index=True)

    tag: Mapped[Tag] = relationship(lazy="joined")


class Organization(Entity):
    """An allied group: a party, a nonprofit, a grassroots group or one of their chapters."""

    __tablename__ = "organization"
    __table_args__ = (Index("ix_organization_sort_name", "sort_name", "id"),)

    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(SORT_NAME, default="", server_default="")
    short_name: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[OrgKind] = mapped_column(str_enum(OrgKind), default=OrgKind.GRASSROOTS)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    home_state: Mapped[str] = mapped_column(String(40), default="", index=True)
    founded_on: Mapped[dt.date | None] = mapped_column(Date)
    website: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[OrgStatus] = mapped_column(str_enum(OrgStatus), default=OrgStatus.ACTIVE)
    notes: Mapped[str] = mapped_column(Text, default="")
    legal_class: Mapped[LegalClass] = mapped_column(
        str_enum(LegalClass),
        default=LegalClass.INDEPENDENT_ALLY,
        server_default=LegalClass.INDEPENDENT_ALLY.value,
    )
    finance: Mapped[Finance] = mapped_column(
        str_enum(Finance), default=Finance.INDEPENDENT, server_default=Finance.INDEPENDENT.value
    )

    parent: Mapped[Organization | None] = relationship(remote_side="Organization.id")
    social_pages: Mapped[list[SocialPage]] = relationship(
        back_populates="organization", cascade="all, delete-orphan", order_by="SocialPage.platform"
    )
    tag_links: Mapped[list[OrganizationTag]] = relationship(cascade="all, delete-orphan")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )

    @validates("name")
    def _keep_sort_name(self, _key: str, value: str) -> str:
        self.sort_name = sort_key(value)
        return value

    @property
    def tags(self) -> list[str]:
        return sorted(link.tag.name for link in self.tag_links)


class SocialPage(Entity):
    __tablename__ = "social_page"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    platform: Mapped[str] = mapped_column(String(40))
    url: Mapped[str] = mapped_column(String(500))
    followers: Mapped[int | None] = mapped_column(Integer)

    organization: Mapped[Organization] = relationship(back_populates="social_pages")


class Person(Entity):
    __tablename__ = "person"
    # With the name, so that the pickers' list of every person is read from the index alone.
    # On the server, room on each page for a record's next version (migration 0019).
    __table_args__ = (
        Index("ix_person_sort_name", "sort_name", "id", "name"),
        {"postgresql_with": {"fillfactor": 70}},
    )

    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(SORT_NAME, default="", server_default="")
    state: Mapped[str] = mapped_column(String(2), default="", index=True)
    language: Mapped[str] = mapped_column(String(35), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    county: Mapped[str] = mapped_column(String(80), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    emails: Mapped[list[PersonEmail]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonEmail.position"
    )
    phones: Mapped[list[PersonPhone]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonPhone.position"
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    @validates("name")
    def _keep_sort_name(self, _key: str, value: str) -> str:
        self.sort_name = sort_key(value)
        return value

    @property
    def primary_email(self) -> str:
        return self.emails[0].address if self.emails else ""


class PersonMerge(Entity):
    """Two records of one person made one: ``merged_id`` (deleted) lives on as ``survivor_id``.

    Kept, and synced, so that what another laptop does to the merged-away person
    before it hears of the merge (an edit, a new phone number, a membership) lands on
    the survivor, and so that the survivor's history includes the other one's.  Plain
    ids, not foreign keys: the merged-away person no longer exists.
    """

    __tablename__ = "person_merge"

    merged_id: Mapped[str] = mapped_column(String(36), index=True)
    survivor_id: Mapped[str] = mapped_column(String(36), index=True)
    merged_name: Mapped[str] = mapped_column(String(200), default="")


class PersonEmail(Entity):
    __tablename__ = "person_email"
    __table_args__ = (Index("ix_person_email_address_nocase", func.lower(text("address"))),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    address: Mapped[str] = mapped_column(String(320))
    label: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="emails")


class PersonPhone(Entity):
    __tablename__ = "person_phone"
    # A sign-up at the table looks its number up among hundreds of thousands.
    __table_args__ = (Index("ix_person_phone_number", "number"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="phones")


class Membership(Entity):
    """A person in an organization, with a role; optionally the coalition's representative
    in a state."""

    __tablename__ = "membership"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    role: Mapped[str] = mapped_column(String(120), default="")
    since: Mapped[dt.date | None] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)
    represents_state: Mapped[str] = mapped_column(String(2), default="", index=True)

    person: Mapped[Person] = relationship(back_populates="memberships")
    organization: Mapped[Organization] = relationship(back_populates="memberships")


class SharingAgreement(Entity):
    """One organization lets another read its private records: explicit, recorded, and
    revocable (``revoked_at``).  Who granted and revoked it is in the audit trail too."""

    __tablename__ = "sharing_agreement"

    from_org_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    to_org_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    granted_by: Mapped[str] = mapped_column(String(200), default="")
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    revoked_by: Mapped[str] = mapped_column(String(200), default="")

    from_org: Mapped[Organization] = relationship(foreign_keys=[from_org_id])
    to_org: Mapped[Organization] = relationship(foreign_keys=[to_org_id])
