"""One row of a draft by its id, or the error a person reads when it is gone.

Shared by every module of the drafts service, so each can find what it changes
without importing the others.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common.errors import NotFoundError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.models import Draft, DraftRevision, DraftVariant, SignOff


def get_draft(session: Session, draft_id: str) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Drafts", "that draft no longer exists"))
    return draft


def get_revision(session: Session, revision_id: str) -> DraftRevision:
    revision = session.get(DraftRevision, revision_id)
    if revision is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Drafts", "that revision no longer exists"))
    return revision


def get_variant(session: Session, variant_id: str) -> DraftVariant:
    variant = session.get(DraftVariant, variant_id)
    if variant is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Drafts", "that variant no longer exists"))
    return variant


def current_revision(session: Session, variant_id: str) -> DraftRevision:
    """The variant's latest revision: the wording a sign-off is asked for."""
    revision = session.scalar(
        select(DraftRevision)
        .where(DraftRevision.variant_id == variant_id)
        .order_by(DraftRevision.number.desc())
        .limit(1)
    )
    if revision is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Drafts", "that variant no longer exists"))
    return revision


def get_sign_off(session: Session, sign_off_id: str) -> SignOff:
    sign_off = session.get(SignOff, sign_off_id)
    if sign_off is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Drafts", "that sign-off no longer exists"))
    return sign_off
