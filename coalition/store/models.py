"""The coalition's data model: allies, their people, campaigns and endorsements.

Every table has a UUID text key (see :class:`~coalition.store.base.Entity`) so that rows
created on different laptops can later be merged without renumbering.  Enumerations are
stored as their text value.  Child rows (e-mail addresses, phone numbers, social pages,
memberships, status history) are deleted through ORM cascades rather than database
cascades, so that every deleted row passes through the change recorder (undo, audit).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from coalition.store.base import Base, Entity, UTCDateTime, new_id, sort_key, str_enum, utcnow


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
        return ORG_KIND_LABELS[self]


ORG_KIND_LABELS = {
    OrgKind.POLITICAL_PARTY: "Political party",
    OrgKind.NONPROFIT_C3: "501(c)(3) nonprofit",
    OrgKind.NONPROFIT_C4: "501(c)(4) nonprofit",
    OrgKind.GRASSROOTS: "Grassroots group",
    OrgKind.STATE_CHAPTER: "State chapter",
    OrgKind.CAMPAIGN_COMMITTEE: "Campaign committee",
    OrgKind.OTHER: "Other",
}


class OrgStatus(enum.StrEnum):
    PROSPECTIVE = "prospective"
    ACTIVE = "active"
    INACTIVE = "inactive"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class CampaignKind(enum.StrEnum):
    BALLOT_INITIATIVE = "ballot_initiative"
    CANDIDATE = "candidate"
    STATEMENT = "statement"
    POLICY_POSITION = "policy_position"

    @property
    def label(self) -> str:
        return {
            "ballot_initiative": "Ballot initiative",
            "candidate": "Candidate",
            "statement": "Statement",
            "policy_position": "Policy position",
        }[self.value]


class EndorsementStatus(enum.StrEnum):
    REQUESTED = "requested"
    PENDING = "pending"
    CONDITIONAL = "conditional"
    ENDORSED = "endorsed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Setting(Base):
    """A coalition-wide setting (its name, the number of states it aims for...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


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
    sort_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    short_name: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[OrgKind] = mapped_column(str_enum(OrgKind), default=OrgKind.GRASSROOTS)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    home_state: Mapped[str] = mapped_column(String(40), default="", index=True)
    founded_on: Mapped[dt.date | None] = mapped_column(Date)
    website: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[OrgStatus] = mapped_column(str_enum(OrgStatus), default=OrgStatus.ACTIVE)
    notes: Mapped[str] = mapped_column(Text, default="")

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
    __table_args__ = (Index("ix_person_sort_name", "sort_name", "id", "name"),)

    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    state: Mapped[str] = mapped_column(String(2), default="", index=True)
    language: Mapped[str] = mapped_column(String(35), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="")
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

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="phones")


class Membership(Entity):
    """A person in an organization, with a role; optionally the coalition's representative in a state."""

    __tablename__ = "membership"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    role: Mapped[str] = mapped_column(String(120), default="")
    since: Mapped[dt.date | None] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)
    represents_state: Mapped[str] = mapped_column(String(2), default="", index=True)

    person: Mapped[Person] = relationship(back_populates="memberships")
    organization: Mapped[Organization] = relationship(back_populates="memberships")


class Campaign(Entity):
    """Something that can be endorsed: a ballot initiative, a candidate, a statement or a position."""

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
        CheckConstraint(
            "(campaign_id IS NULL) <> (target_org_id IS NULL)", name="one_target"
        ),
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


class ChangeLog(Base):
    """The audit trail: one row per inserted, updated or deleted record, with who, where, when.

    ``before`` and ``after`` hold the changed columns as JSON.  Written by the change
    recorder in the same transaction as the change itself, so it can never disagree
    with the data.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_row", "table_name", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    transaction_id: Mapped[str] = mapped_column(String(36), index=True)
    actor: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(120), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))
    summary: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)




# --- weekly calls ------------------------------------------------------------------------


class CallStatus(enum.StrEnum):
    """A series or a single occurrence: going ahead, or called off."""

    ACTIVE = "active"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ItemStatus(enum.StrEnum):
    """An agenda item's state at the end of its call; open items carry into the next."""

    OPEN = "open"
    DONE = "done"
    CARRIED = "carried"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return {"open": "Open", "done": "Done", "carried": "Carried over", "dropped": "Dropped"}[self.value]


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class CallSeries(Entity):
    """A recurring call: its rule, its wall-clock time in an IANA zone, and how to join.

    ``rrule`` holds an RFC 5545 recurrence rule without DTSTART (``FREQ=WEEKLY;BYDAY=TU``);
    the first occurrence is ``start_date`` at ``start_time`` in ``time_zone``, so that a
    17:30 Pacific call stays 17:30 Pacific across daylight saving.  ``sequence`` grows with
    every change that attendees' calendars must hear of; ``uid`` never changes.
    """

    __tablename__ = "call_series"

    title: Mapped[str] = mapped_column(String(200))
    organizer_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    owner_org_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    rrule: Mapped[str] = mapped_column(String(200), default="FREQ=WEEKLY")
    start_date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    time_zone: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    join_url: Mapped[str] = mapped_column(String(500), default="")
    dial_in: Mapped[str] = mapped_column(String(60), default="")
    access_code: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[CallStatus] = mapped_column(str_enum(CallStatus), default=CallStatus.ACTIVE)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    # A series changed "from this date onward" ends where its continuation begins.
    continued_from_id: Mapped[str | None] = mapped_column(ForeignKey("call_series.id"), index=True)

    organizer: Mapped[Person | None] = relationship()
    # Relationships for every foreign key, even unused ones: they tell the unit of work
    # which row to write or delete first (undo replays whole change sets at once).
    owner_org: Mapped[Organization | None] = relationship()
    continued_from: Mapped[CallSeries | None] = relationship(remote_side="CallSeries.id")
    participants: Mapped[list[CallParticipant]] = relationship(
        back_populates="series", cascade="all, delete-orphan"
    )
    standing_items: Mapped[list[StandingItem]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="StandingItem.position"
    )
    occurrences: Mapped[list[CallOccurrence]] = relationship(
        back_populates="series", cascade="all, delete-orphan"
    )


class CallParticipant(Entity):
    """Invited by default to every call of a series: a person, or an organization's
    current representatives (resolved when invitations are made)."""

    __tablename__ = "call_participant"
    __table_args__ = (
        CheckConstraint("(person_id IS NULL) <> (organization_id IS NULL)", name="one_participant"),
    )

    series_id: Mapped[str] = mapped_column(ForeignKey("call_series.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)

    series: Mapped[CallSeries] = relationship(back_populates="participants")
    person: Mapped[Person | None] = relationship()
    organization: Mapped[Organization | None] = relationship()


class StandingItem(Entity):
    """An agenda item every call of the series starts with (the template)."""

    __tablename__ = "standing_item"

    series_id: Mapped[str] = mapped_column(ForeignKey("call_series.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    time_box_minutes: Mapped[int | None] = mapped_column(Integer)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))

    series: Mapped[CallSeries] = relationship(back_populates="standing_items")
    owner: Mapped[Person | None] = relationship()


class CallOccurrence(Entity):
    """One call, of a series or on its own.

    For a series, a row exists only once the call has something of its own (an agenda,
    minutes, a move, a cancellation); the other dates come from the rule.
    ``original_date`` is the date the rule gave it (the iCalendar RECURRENCE-ID); ``start``
    is when it really begins (UTC).  A one-off call has no series and its own title and
    time zone.
    """

    __tablename__ = "call_occurrence"
    __table_args__ = (UniqueConstraint("series_id", "original_date"),)

    series_id: Mapped[str | None] = mapped_column(ForeignKey("call_series.id"), index=True)
    original_date: Mapped[dt.date | None] = mapped_column(Date)
    start: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[CallStatus] = mapped_column(str_enum(CallStatus), default=CallStatus.ACTIVE)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    uid: Mapped[str] = mapped_column(String(200), default="")  # one-off calls only
    location: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")  # e.g. an imported file

    series: Mapped[CallSeries | None] = relationship(back_populates="occurrences")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="occurrence", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="occurrence", cascade="all, delete-orphan"
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="occurrence", cascade="all, delete-orphan"
    )


class AgendaItem(Entity):
    """An item of one call's agenda, with what was said and decided about it."""

    __tablename__ = "agenda_item"

    occurrence_id: Mapped[str] = mapped_column(ForeignKey("call_occurrence.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    time_box_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ItemStatus] = mapped_column(str_enum(ItemStatus), default=ItemStatus.OPEN)
    carried_from_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))

    occurrence: Mapped[CallOccurrence] = relationship(back_populates="agenda")
    owner: Mapped[Person | None] = relationship()
    carried_from: Mapped[AgendaItem | None] = relationship(remote_side="AgendaItem.id")


class Attendance(Entity):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("occurrence_id", "person_id"),)

    occurrence_id: Mapped[str] = mapped_column(ForeignKey("call_occurrence.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    # The state the person spoke for on that call (a representative's state, kept as it was).
    state: Mapped[str] = mapped_column(String(2), default="")

    occurrence: Mapped[CallOccurrence] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()


class ActionItem(Entity):
    """Who owes what, by when: decided on a call, followed until done."""

    __tablename__ = "action_item"

    occurrence_id: Mapped[str | None] = mapped_column(ForeignKey("call_occurrence.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))
    title: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(str_enum(ActionStatus), default=ActionStatus.OPEN)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    occurrence: Mapped[CallOccurrence | None] = relationship(back_populates="action_items")
    owner: Mapped[Person | None] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()


# --- shared messaging drafts ---------------------------------------------------------------


class DraftStatus(enum.StrEnum):
    """A draft's way from first words to retirement; each move is kept with who and when."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return {"in_review": "In review"}.get(self.value, self.value.capitalize())


class SignOffAnswer(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return {"changes_requested": "Changes requested"}.get(self.value, self.value.capitalize())


class Draft(Entity):
    """A shared message: the core text every audience starts from, and its variants.

    ``core_text`` is the latest core revision's text, kept here for lists and search;
    the revisions themselves are never changed.  ``channels`` and ``tags`` are lists of
    keys (``x``, ``sms``…) and words.
    """

    __tablename__ = "draft"

    title: Mapped[str] = mapped_column(String(200))
    core_text: Mapped[str] = mapped_column(Text, default="")
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    owner_org_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    status: Mapped[DraftStatus] = mapped_column(str_enum(DraftStatus), default=DraftStatus.DRAFT)

    owner_org: Mapped[Organization | None] = relationship()
    variants: Mapped[list[DraftVariant]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", order_by="DraftVariant.audience"
    )
    status_changes: Mapped[list[DraftStatusChange]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", order_by="DraftStatusChange.at"
    )
    revisions: Mapped[list[DraftRevision]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", order_by="DraftRevision.number"
    )
    comments: Mapped[list[DraftComment]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", order_by="DraftComment.created_at"
    )


class DraftStatusChange(Entity):
    __tablename__ = "draft_status_change"

    draft_id: Mapped[str] = mapped_column(ForeignKey("draft.id"), index=True)
    status: Mapped[DraftStatus] = mapped_column(str_enum(DraftStatus))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    draft: Mapped[Draft] = relationship(back_populates="status_changes")


class DraftVariant(Entity):
    """The message for one audience: a state or an allied group.

    ``audience`` is the label people see ("South Carolina", "Red Oregon"); the state
    code or the organization tells what fills {state} and {group}.  ``text`` is the latest
    revision's text, with merge fields unfilled.
    """

    __tablename__ = "draft_variant"
    __table_args__ = (UniqueConstraint("draft_id", "audience"),)

    draft_id: Mapped[str] = mapped_column(ForeignKey("draft.id"), index=True)
    audience: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(2), default="")
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # extra merge values

    draft: Mapped[Draft] = relationship(back_populates="variants")
    organization: Mapped[Organization | None] = relationship()
    revisions: Mapped[list[DraftRevision]] = relationship(
        back_populates="variant", cascade="all", order_by="DraftRevision.number"
    )
    comments: Mapped[list[DraftComment]] = relationship(
        back_populates="variant", cascade="all", order_by="DraftComment.created_at"
    )
    sign_offs: Mapped[list[SignOff]] = relationship(
        back_populates="variant", cascade="all, delete-orphan", order_by="SignOff.requested_at"
    )


class DraftRevision(Entity):
    """One saved text of the core message (no variant) or of a variant. Never changed:
    an edit adds a revision; restoring an old one adds a copy of it."""

    __tablename__ = "draft_revision"
    __table_args__ = (Index("ix_draft_revision_target", "draft_id", "variant_id", "number"),)

    draft_id: Mapped[str] = mapped_column(ForeignKey("draft.id"), index=True)
    variant_id: Mapped[str | None] = mapped_column(ForeignKey("draft_variant.id"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(120), default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    restored_from_id: Mapped[str | None] = mapped_column(ForeignKey("draft_revision.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    draft: Mapped[Draft] = relationship(back_populates="revisions")
    variant: Mapped[DraftVariant | None] = relationship(back_populates="revisions")
    restored_from: Mapped[DraftRevision | None] = relationship(remote_side="DraftRevision.id")


class SignOff(Entity):
    """An allied group asked to approve a variant as it stood at one revision.

    An edit after the answer voids it (``voided_at``) and the group is asked again: a
    variant is approved only when every required sign-off on its current text is in.
    """

    __tablename__ = "sign_off"

    variant_id: Mapped[str] = mapped_column(ForeignKey("draft_variant.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    revision_id: Mapped[str | None] = mapped_column(ForeignKey("draft_revision.id"))
    answer: Mapped[SignOffAnswer] = mapped_column(str_enum(SignOffAnswer), default=SignOffAnswer.PENDING)
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(120), default="")
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("sign_off.id"))

    variant: Mapped[DraftVariant] = relationship(back_populates="sign_offs")
    organization: Mapped[Organization] = relationship()
    revision: Mapped[DraftRevision | None] = relationship()
    replaces: Mapped[SignOff | None] = relationship(remote_side="SignOff.id")


class DraftComment(Entity):
    """A comment on a draft's core text or on one variant, threaded by ``parent_id``."""

    __tablename__ = "draft_comment"

    draft_id: Mapped[str] = mapped_column(ForeignKey("draft.id"), index=True)
    variant_id: Mapped[str | None] = mapped_column(ForeignKey("draft_variant.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("draft_comment.id"))
    author: Mapped[str] = mapped_column(String(120), default="")
    body: Mapped[str] = mapped_column(Text)

    draft: Mapped[Draft] = relationship(back_populates="comments")
    variant: Mapped[DraftVariant | None] = relationship(back_populates="comments")
    parent: Mapped[DraftComment | None] = relationship(remote_side="DraftComment.id")


# --- goals ------------------------------------------------------------------------------


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
    measure: Mapped[GoalMeasure] = mapped_column(str_enum(GoalMeasure), default=GoalMeasure.RECORDED)
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


# --- sync ------------------------------------------------------------------------------
# Bookkeeping of the coalition server: never itself sent anywhere.


class _ChangeColumns:
    """Who changed which record, when, on which laptop: the outbox and the log alike."""

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    origin: Mapped[str] = mapped_column(String(36), default="")
    transaction_id: Mapped[str] = mapped_column(String(36), default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(120), default="")
    device: Mapped[str] = mapped_column(String(120), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    row: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncOutbox(_ChangeColumns, Base):
    """A change made on this laptop (or brought by a bundle), waiting to be sent.

    One row per changed record, written in the same transaction as the change: ``fields``
    are the columns it changed, ``base`` their values before (the whole row for a
    delete), ``row`` the whole record after (None for a delete).  Kept after sending
    (``sent``) so that a bundle can carry the changes since a date.
    """

    __tablename__ = "sync_outbox"

    base: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    sent: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class SyncLog(_ChangeColumns, Base):
    """On the server: every change as merged, in the order laptops should apply it.

    ``row`` is the record as the server holds it after the change (None: deleted), so a
    laptop that applies the entries in ``seq`` order ends with what the server has.
    """

    __tablename__ = "sync_log"
    __table_args__ = (Index("ix_sync_log_row", "table_name", "row_id"),)

    # A new record taken exactly as its laptop sent it: that laptop need not read it back.
    verbatim: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncConflict(Base):
    """Two organizers changed the same thing: what each did, who won, and whether someone
    has looked at it.  ``kind``: ``field`` (same field), ``edit_delete`` (one edited,
    the other deleted), ``refused`` (the server could not take a change at all)."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin: Mapped[str] = mapped_column(String(36), default="", index=True)
    delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    found_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    record: Mapped[str] = mapped_column(String(200), default="")
    field: Mapped[str] = mapped_column(String(64), default="")
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    my_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    my_actor: Mapped[str] = mapped_column(String(120), default="")
    my_device: Mapped[str] = mapped_column(String(120), default="")
    their_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    their_actor: Mapped[str] = mapped_column(String(120), default="")
    their_device: Mapped[str] = mapped_column(String(120), default="")
    kept: Mapped[str] = mapped_column(String(8))
    detail: Mapped[str] = mapped_column(Text, default="")
    rows: Mapped[list[Any] | None] = mapped_column(JSON)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str] = mapped_column(String(16), default="")


class SyncPrivate(Base):
    """A record kept on this laptop only: never sent to the server or in a bundle."""

    __tablename__ = "sync_private"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class SyncState(Base):
    """This laptop's sync bookkeeping (its replica id, how far it has read the server)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


MODEL_BY_TABLE: dict[str, type[Base]] = {}


def _index_models() -> None:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        MODEL_BY_TABLE[cls.__tablename__] = cls


_index_models()
