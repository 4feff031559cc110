"""Shared messaging drafts: the core text, its variants per audience, their revisions,
sign-offs and comments, and each move of a draft's status.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.store.base import Entity, UTCDateTime, str_enum, utcnow
from coalition.store.models.directory import Organization


class DraftStatus(enum.StrEnum):
    """A draft's way from first words to retirement; each move is kept with who and when."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return shown(
            {
                "draft": QT_TRANSLATE_NOOP("DraftStatus", "Draft"),
                "in_review": QT_TRANSLATE_NOOP("DraftStatus", "In review"),
                "approved": QT_TRANSLATE_NOOP("DraftStatus", "Approved"),
                "published": QT_TRANSLATE_NOOP("DraftStatus", "Published"),
                "retired": QT_TRANSLATE_NOOP("DraftStatus", "Retired"),
            }[self.value]
        )


class SignOffAnswer(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return shown(
            {
                "pending": QT_TRANSLATE_NOOP("SignOffAnswer", "Pending"),
                "approved": QT_TRANSLATE_NOOP("SignOffAnswer", "Approved"),
                "changes_requested": QT_TRANSLATE_NOOP("SignOffAnswer", "Changes requested"),
                "declined": QT_TRANSLATE_NOOP("SignOffAnswer", "Declined"),
            }[self.value]
        )


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
    # The decision that adopted this text as the coalition's declaration: while set, the
    # core text changes only by another decision.
    adopted_by_id: Mapped[str | None] = mapped_column(String(36))

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
    answer: Mapped[SignOffAnswer] = mapped_column(
        str_enum(SignOffAnswer), default=SignOffAnswer.PENDING
    )
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(120), default="")
    # The member organization the person who answered acted for.
    answered_by_org_id: Mapped[str | None] = mapped_column(String(36))
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
