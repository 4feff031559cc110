"""Saving texts: every save of the core text or of a variant is an immutable revision,
so "which wording was approved?" always has an answer; an old one can be restored.

The texts of a declaration a decision adopted are not saved or restored here
(:mod:`coalition.drafts.lock`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.drafts.draft import _add_revision
from coalition.drafts.lock import check_unlocked
from coalition.drafts.lookup import get_draft, get_revision, get_variant
from coalition.drafts.signoffs import _void_and_ask_again
from coalition.store.changes import writes
from coalition.store.models import DraftRevision, DraftVariant


@writes(QT_TRANSLATE_NOOP("Changes", "Save core text"))
def save_core_text(
    session: Session, draft_id: str, text: str, note: str = ""
) -> DraftRevision | None:
    """Save the core text as a new revision; None when it did not change (a history of
    empty revisions would hide the real ones)."""
    draft = get_draft(session, draft_id)
    if text == draft.core_text:
        return None
    check_unlocked(session, draft)
    return _add_revision(session, draft, None, text, note.strip())


def _new_variant_text(
    session: Session,
    variant: DraftVariant,
    text_: str,
    note: str,
    restored_from: DraftRevision | None = None,
) -> DraftRevision:
    revision = _add_revision(session, variant.draft, variant, text_, note, restored_from)
    _void_and_ask_again(session, variant, revision)
    return revision


@writes(QT_TRANSLATE_NOOP("Changes", "Save variant text"))
def save_variant_text(
    session: Session, variant_id: str, text: str, note: str = ""
) -> DraftRevision | None:
    """Save a variant's text as a new revision (None when unchanged).

    Every sign-off already answered is voided and asked again on the new revision: an
    edit after a sign-off visibly voids it, so nobody's approval covers words they have
    not read.
    """
    variant = get_variant(session, variant_id)
    if text == variant.text:
        return None
    check_unlocked(session, variant.draft)
    return _new_variant_text(session, variant, text, note.strip())


def revisions(
    session: Session, draft_id: str, variant_id: str | None = None
) -> list[DraftRevision]:
    """The revisions of the core text (``variant_id`` None) or of one variant, newest first."""
    target = (
        DraftRevision.variant_id.is_(None)
        if variant_id is None
        else DraftRevision.variant_id == variant_id
    )
    return list(
        session.scalars(
            select(DraftRevision)
            .where(DraftRevision.draft_id == draft_id, target)
            .order_by(DraftRevision.number.desc())
        )
    )


@writes(QT_TRANSLATE_NOOP("Changes", "Restore revision"))
def restore_revision(session: Session, revision_id: str) -> DraftRevision:
    """Bring back an old text as a new revision (the history is never rewritten).

    For a variant this is an edit like any other: answered sign-offs are voided and
    asked again.  Restoring the text already current is refused, as it would change
    nothing.
    """
    old = get_revision(session, revision_id)
    check_unlocked(session, old.draft)
    variant = old.variant
    current = old.draft.core_text if variant is None else variant.text
    if old.text == current:
        raise ValidationError(
            {
                "revision": QT_TRANSLATE_NOOP(
                    "Drafts", "the text is already that of revision {number}"
                ).format(number=old.number)
            }
        )
    note = f"Restored revision {old.number}"
    if variant is None:
        return _add_revision(session, old.draft, None, old.text, note, old)
    return _new_variant_text(session, variant, old.text, note, old)
