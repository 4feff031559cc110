"""Comments on the core text or on a variant, with their replies."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common import validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, sentence_of
from coalition.directory import profiles
from coalition.drafts.lookup import get_draft, get_variant
from coalition.store.changes import writes
from coalition.store.models import DraftComment


@dataclass
class CommentNode:
    comment: DraftComment
    replies: list[CommentNode] = field(default_factory=list)


@writes(QT_TRANSLATE_NOOP("Changes", "Add comment"))
def add_comment(
    session: Session,
    draft_id: str,
    body: str,
    *,
    variant_id: str | None = None,
    parent_id: str | None = None,
) -> DraftComment:
    """A comment on the core text (``variant_id`` None) or on a variant, or a reply,
    which belongs where its parent does."""
    draft = get_draft(session, draft_id)
    try:
        text_ = validation.required(body, QT_TRANSLATE_NOOP("Fields", "comment"))
    except ValueError as exc:
        raise ValidationError({"body": sentence_of(exc)}) from None
    variant = get_variant(session, variant_id) if variant_id is not None else None
    if parent_id is not None:
        parent = session.get(DraftComment, parent_id)
        if parent is None or parent.draft is not draft:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Drafts", "the comment replied to no longer exists")
            )
        # The object, not the key: a parent added in this same transaction gets its
        # variant_id only at the next flush.
        variant = parent.variant
    if variant is not None and variant.draft is not draft:
        raise ValidationError(
            {"variant_id": QT_TRANSLATE_NOOP("Drafts", "that variant belongs to another draft")}
        )
    comment = DraftComment(body=text_, author=profiles.credit(), parent_id=parent_id)
    draft.comments.append(comment)
    if variant is not None:
        variant.comments.append(comment)
    return comment


def comment_thread(
    session: Session, draft_id: str, variant_id: str | None = None
) -> list[CommentNode]:
    """The comments on the core text (``variant_id`` None) or on one variant, as threads:
    each with its replies, oldest first."""
    target = (
        DraftComment.variant_id.is_(None)
        if variant_id is None
        else DraftComment.variant_id == variant_id
    )
    rows = session.scalars(
        select(DraftComment)
        .where(DraftComment.draft_id == draft_id, target)
        .order_by(DraftComment.created_at, DraftComment.id)
    )
    nodes = {row.id: CommentNode(row) for row in rows}
    roots: list[CommentNode] = []
    for node in nodes.values():
        parent = nodes.get(node.comment.parent_id or "")
        (parent.replies if parent is not None else roots).append(node)
    return roots


@writes(QT_TRANSLATE_NOOP("Changes", "Delete comment"))
def delete_comment(session: Session, comment_id: str) -> None:
    """Delete a comment with every reply under it (a reply alone would lose its sense)."""
    comment = session.get(DraftComment, comment_id)
    if comment is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Drafts", "that comment no longer exists"))
    doomed = [comment]
    for row in doomed:  # grows as replies are found, replies of replies too
        doomed += session.scalars(select(DraftComment).where(DraftComment.parent_id == row.id))
    owners = [comment.draft, *([comment.variant] if comment.variant is not None else [])]
    for row in doomed:
        session.delete(row)
    session.flush()
    for owner in owners:  # their comment lists held the rows just deleted
        session.expire(owner)
