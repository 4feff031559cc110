"""A draft's status: draft → in review → approved → published → retired, and its history."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, sentence_of
from coalition.directory.records import _enum
from coalition.drafts.draft import _record_status
from coalition.drafts.lock import check_unlocked
from coalition.drafts.lookup import get_draft
from coalition.drafts.signoffs import VariantState, variant_state
from coalition.drafts.variants import variants
from coalition.store.changes import writes
from coalition.store.models import Draft, DraftStatus, DraftStatusChange

MOVES: dict[DraftStatus, tuple[DraftStatus, ...]] = {
    DraftStatus.DRAFT: (DraftStatus.IN_REVIEW,),
    DraftStatus.IN_REVIEW: (DraftStatus.APPROVED, DraftStatus.DRAFT),
    DraftStatus.APPROVED: (DraftStatus.PUBLISHED, DraftStatus.DRAFT),
    DraftStatus.PUBLISHED: (DraftStatus.RETIRED,),
    DraftStatus.RETIRED: (),
}
"""Where a draft may go from each status: forward one step, or back to draft for changes."""


@writes(QT_TRANSLATE_NOOP("Changes", "Change draft status"))
def set_status(session: Session, draft_id: str, status: DraftStatus | str, note: str = "") -> Draft:
    """Move a draft along draft → in review → approved → published → retired (or back
    to draft from review or approval), recording who moved it and when.

    A draft is approved only when every variant is: the pack sent out must hold no
    wording that a required group has not signed.  A declaration a decision adopted
    stays published (:mod:`coalition.drafts.lock`).
    """
    draft = get_draft(session, draft_id)
    try:
        target = _enum(DraftStatus, status, "draft status")
    except ValueError as exc:
        raise ValidationError({"status": sentence_of(exc)}) from None
    if draft.status == DraftStatus.PUBLISHED and target != draft.status:
        check_unlocked(session, draft)  # a declaration stays published
    allowed = MOVES[draft.status]
    if target not in allowed:
        if allowed:
            choices = " or ".join(s.label.lower() for s in allowed)
            message = (
                f"from {draft.status.label.lower()}, a draft can move only to {choices}, "
                f"not to {target.label.lower()}"
            )
        else:
            message = f"a {draft.status.label.lower()} draft cannot change status any more"
        raise ValidationError({"status": message})
    if target == DraftStatus.APPROVED:
        states = [(v.audience, variant_state(session, v.id)) for v in variants(session, draft_id)]
        waiting = [
            f"{audience} ({state.label.lower()})"
            for audience, state in states
            if state != VariantState.APPROVED
        ]
        if waiting:
            still = ", ".join(waiting)
            raise ValidationError(
                {
                    "status": QT_TRANSLATE_NOOP(
                        "Drafts", "every variant must be approved first: {still}"
                    ).format(still=still)
                }
            )
    _record_status(draft, target, note)
    return draft


def status_history(session: Session, draft_id: str) -> list[DraftStatusChange]:
    """Every status the draft had, oldest first, with who and when."""
    return list(
        session.scalars(
            select(DraftStatusChange)
            .where(DraftStatusChange.draft_id == draft_id)
            .order_by(DraftStatusChange.at, DraftStatusChange.created_at)
        )
    )
