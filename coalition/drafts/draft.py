"""A draft itself: its title, channels, owner and tags, made, edited and deleted.

Also the two records every change of a draft leaves: a numbered revision of a text
and an entry in its status history.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common import validation
from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory import profiles
from coalition.directory.records import _Problems
from coalition.drafts.channels import _channel_key
from coalition.drafts.lock import (
    DraftLockedError,
    check_unlocked,
    is_adopting,
    undeletable_reason,
)
from coalition.drafts.lookup import get_draft
from coalition.store.changes import writes
from coalition.store.models import (
    Draft,
    DraftRevision,
    DraftStatus,
    DraftStatusChange,
    DraftVariant,
    Organization,
)


@dataclass
class DraftInput:
    """What a draft's editor changes: the core text has its own revisions, apart."""

    title: str
    channels: list[str]
    owner_org_id: str | None = None
    tags: list[str] = field(default_factory=list)

    def validated(self) -> DraftInput:
        """Checked as a whole, so an editor can show every problem at once; channels may
        be given by key or label, and come back as keys in the order given."""
        p = _Problems()
        channels: list[str] = []
        for value in self.channels:
            key = p.check("channels", functools.partial(_channel_key, value), "")
            if key and key not in channels:
                channels.append(key)
        result = DraftInput(
            title=p.check(
                "title",
                lambda: validation.required(
                    self.title, QT_TRANSLATE_NOOP("Fields", "draft's title")
                ),
                "",
            ),
            channels=channels,
            owner_org_id=self.owner_org_id or None,
            tags=sorted({t.strip().lower() for t in self.tags if t.strip()}),
        )
        p.raise_if_any()
        return result


def _apply_draft(session: Session, draft: Draft, data: DraftInput) -> None:
    owner = session.get(Organization, data.owner_org_id) if data.owner_org_id else None
    if data.owner_org_id and owner is None:
        raise ValidationError(
            {
                "owner_org_id": QT_TRANSLATE_NOOP(
                    "Drafts", "the owning organization no longer exists"
                )
            }
        )
    draft.title = data.title
    draft.channels = list(data.channels)
    # Key and object both, so the owner reads right before the next flush too.
    draft.owner_org_id, draft.owner_org = data.owner_org_id, owner
    draft.tags = list(data.tags)


def _add_revision(
    session: Session,
    draft: Draft,
    variant: DraftVariant | None,
    text_: str,
    note: str = "",
    restored_from: DraftRevision | None = None,
) -> DraftRevision:
    """The next revision of the core text (``variant`` None) or of a variant."""
    latest = session.scalar(
        select(func.max(DraftRevision.number)).where(
            DraftRevision.draft_id == draft.id,
            DraftRevision.variant_id.is_(None)
            if variant is None
            else DraftRevision.variant_id == variant.id,
        )
    )
    revision = DraftRevision(
        number=(latest or 0) + 1,
        text=text_,
        author=profiles.credit(),
        note=note,
        restored_from_id=restored_from.id if restored_from is not None else None,
    )
    # Appended from the one side: only that cascades the new row into the session.
    draft.revisions.append(revision)
    if variant is None:
        draft.core_text = text_
    else:
        variant.revisions.append(revision)
        variant.text = text_
    return revision


def _record_status(draft: Draft, status: DraftStatus, note: str) -> None:
    draft.status = status
    draft.status_changes.append(
        DraftStatusChange(status=status, actor=profiles.credit(), note=note.strip())
    )


@writes(QT_TRANSLATE_NOOP("Changes", "Add draft"))
def create_draft(session: Session, data: DraftInput, core_text: str = "") -> Draft:
    """A new draft, in status draft, its core text as revision 1 (even when empty, so
    that every later text has a revision to be compared with)."""
    clean = data.validated()
    draft = Draft()
    _apply_draft(session, draft, clean)
    _record_status(draft, DraftStatus.DRAFT, "")
    session.add(draft)
    _add_revision(session, draft, None, core_text, "First text")
    return draft


@writes(QT_TRANSLATE_NOOP("Changes", "Edit draft"))
def update_draft(session: Session, draft_id: str, data: DraftInput) -> Draft:
    """Change the title, channels, owner and tags; the core text is saved apart
    (:func:`save_core_text`), as a revision.  The title of a declaration a decision
    adopted stays (:mod:`coalition.drafts.lock`)."""
    draft = get_draft(session, draft_id)
    clean = data.validated()
    if clean.title != draft.title:
        check_unlocked(session, draft)
    _apply_draft(session, draft, clean)
    return draft


@writes(QT_TRANSLATE_NOOP("Changes", "Delete draft"))
def delete_draft(session: Session, draft_id: str) -> None:
    """Delete a draft with its variants, revisions, sign-offs, comments and history (not
    a declaration a decision adopted)."""
    draft = get_draft(session, draft_id)
    if not is_adopting(session) and draft.adopted_by_id is not None:
        raise DraftLockedError(undeletable_reason(session, draft))
    session.delete(draft)


def draft_input(draft: Draft) -> DraftInput:
    """The editable values of a draft, as its editor starts from them."""
    return DraftInput(
        title=draft.title,
        channels=list(draft.channels),
        owner_org_id=draft.owner_org_id,
        tags=list(draft.tags),
    )
