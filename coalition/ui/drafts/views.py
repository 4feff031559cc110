"""What the Drafts panel shows, read in one session into plain values."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from coalition.drafts.comments import CommentNode
from coalition.drafts.diff import diff_words
from coalition.drafts.lock import locked_reason
from coalition.drafts.lookup import current_revision, get_draft
from coalition.drafts.merge import merge_values
from coalition.drafts.revisions import revisions
from coalition.drafts.signoffs import VariantState, all_sign_offs, answerer, variant_state
from coalition.drafts.status import status_history
from coalition.drafts.variants import variants
from coalition.store.models import DraftRevision, DraftStatus, SignOffAnswer
from coalition.ui.drafts.common import CORE, local

# --- what the panel shows, read in one session ------------------------------------------


@dataclass(frozen=True)
class SignOffView:
    id: str
    organization_id: str
    revision_id: str | None  # the text the group is asked about
    group: str
    required: bool
    answer: SignOffAnswer
    comment: str
    answered_by: str
    requested_at: dt.datetime | None
    answered_at: dt.datetime | None
    voided_at: dt.datetime | None

    @property
    def active(self) -> bool:
        return self.voided_at is None


@dataclass(frozen=True)
class VariantView:
    id: str
    audience: str
    state_code: str
    organization_id: str | None
    group: str
    text: str
    revision: str  # which revision the text is, by whom, when
    fields: dict[str, str]
    values: dict[str, str]  # what fills each merge field for this audience
    state: VariantState
    sign_offs: tuple[SignOffView, ...]


@dataclass(frozen=True)
class DraftView:
    id: str
    title: str
    status: DraftStatus
    channels: tuple[str, ...]
    owner: str
    tags: tuple[str, ...]
    core_text: str
    core_revision: str
    moves: tuple[tuple[DraftStatus, dt.datetime | None, str, str], ...]  # status, at, actor, note
    variants: tuple[VariantView, ...]
    comment_counts: dict[str, int]  # by variant id; CORE for those on the core message
    # Why its words cannot change: the decision that adopted them ("" when none did).
    locked: str = ""


@dataclass(frozen=True)
class CommentView:
    id: str
    author: str
    body: str
    at: dt.datetime | None
    replies: tuple[CommentView, ...]


def comment_view(node: CommentNode) -> CommentView:
    comment = node.comment
    return CommentView(
        comment.id,
        comment.author or "",
        comment.body,
        comment.created_at,
        tuple(comment_view(r) for r in node.replies),
    )


def revision_line(revision: DraftRevision | None) -> str:
    """'Revision 3 by Ana Reyes, 2026-11-20 14:05: shorter': which text is shown."""
    if revision is None:
        return ""
    line = (
        QCoreApplication.translate("DraftPanel", "Revision {number} by {author}").format(
            number=revision.number, author=revision.author
        )
        if revision.author
        else QCoreApplication.translate("DraftPanel", "Revision {number}").format(
            number=revision.number
        )
    )
    return line + f", {local(revision.at)}" + (f": {revision.note}" if revision.note else "")


def read_draft(session: Session, draft_id: str) -> DraftView:
    """Everything the panel shows of a draft, as plain values: rows read in a session
    expire once it ends, and the panel outlives many sessions."""
    draft = get_draft(session, draft_id)
    comment_counts: dict[str, int] = {}
    for comment in draft.comments:
        key = comment.variant_id or CORE
        comment_counts[key] = comment_counts.get(key, 0) + 1
    variant_views = []
    for variant in variants(session, draft_id):
        sign_offs = tuple(
            SignOffView(
                s.id,
                s.organization_id,
                s.revision_id,
                s.organization.name if s.organization else "?",
                bool(s.required),
                SignOffAnswer(s.answer),
                s.comment or "",
                answerer(session, s),
                s.requested_at,
                s.answered_at,
                s.voided_at,
            )
            for s in all_sign_offs(session, variant.id)
        )
        variant_views.append(
            VariantView(
                variant.id,
                variant.audience,
                variant.state or "",
                variant.organization_id,
                variant.organization.name if variant.organization else "",
                variant.text or "",
                revision_line(current_revision(session, variant.id)),
                dict(variant.fields or {}),
                dict(merge_values(session, variant.id)),
                variant_state(session, variant.id),
                sign_offs,
            )
        )
    return DraftView(
        draft.id,
        draft.title,
        DraftStatus(draft.status),
        tuple(draft.channels or ()),
        draft.owner_org.name if draft.owner_org else "",
        tuple(draft.tags or ()),
        draft.core_text or "",
        revision_line(next(iter(revisions(session, draft_id)), None)),
        tuple(
            (DraftStatus(c.status), c.at, c.actor or "", c.note or "")
            for c in status_history(session, draft_id)
        ),
        tuple(variant_views),
        comment_counts,
        locked_reason(session, draft) or "",
    )


def inline_diff_html(old: str, new: str) -> str:
    """What changed from ``old`` to ``new`` in one text: words taken out struck through,
    words put in marked (a glance; the diff dialog puts the two side by side)."""
    pieces = []
    for op, piece in diff_words(old, new):
        shown = html.escape(piece).replace("\n", "<br>")
        if op == "delete":
            pieces.append(f'<del style="background:#fdd">{shown}</del>')
        elif op == "insert":
            pieces.append(f'<ins style="background:#dfd">{shown}</ins>')
        else:
            pieces.append(shown)
    return "".join(pieces)


@dataclass(frozen=True)
class RevisionRow:
    id: str
    number: int
    author: str
    at: dt.datetime | None
    note: str
    restored_from: int | None
    text: str


def revision_heading(name: str, revision: RevisionRow) -> str:
    """'South Carolina #3 · Michael Tran · 2026-11-15 02:00': a side of a comparison."""
    who = f" · {revision.author}" if revision.author else ""
    return f"{name} #{revision.number}{who} · {local(revision.at)}"
