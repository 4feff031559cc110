"""The drafts list: each draft with its latest change and how many variants are approved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from coalition.directory.records import _enum
from coalition.drafts.signoffs import VariantState, _state_of
from coalition.search.query import match_expression, matching_rowids_sql
from coalition.store.models import (
    Draft,
    DraftComment,
    DraftRevision,
    DraftStatus,
    DraftVariant,
    SignOff,
    SignOffAnswer,
)


@dataclass(frozen=True)
class DraftRow:
    """One line of the drafts list.  ``updated_at`` is the latest change to the draft or
    anything in it (a variant, a revision, a sign-off, a comment)."""

    id: str
    title: str
    status: DraftStatus
    channels: tuple[str, ...]
    variant_count: int
    approved_count: int
    updated_at: dt.datetime


def drafts(
    session: Session, *, status: DraftStatus | str | None = None, text: str = ""
) -> list[DraftRow]:
    """The drafts, latest changed first; ``text`` searches titles, texts, audiences,
    tags and comments through the search index."""
    query = select(Draft.id, Draft.title, Draft.status, Draft.channels, Draft.updated_at)
    if status is not None:
        query = query.where(Draft.status == _enum(DraftStatus, status, "draft status"))
    expression = match_expression(text)
    if expression:
        matching = sql_text(f"draft.rowid IN ({matching_rowids_sql('draft')})")
        query = query.where(matching.bindparams(match=expression))
    rows = session.execute(query).all()
    ids = [r.id for r in rows]
    if not ids:
        return []
    latest = _latest_changes(session, {r.id: r.updated_at for r in rows})
    variant_ids, approved = _approved_variants(session, ids)
    result = [
        DraftRow(
            id=r.id,
            title=r.title,
            status=r.status,
            channels=tuple(r.channels),
            variant_count=len(variant_ids[r.id]),
            approved_count=sum(v in approved for v in variant_ids[r.id]),
            updated_at=latest[r.id],
        )
        for r in rows
    ]
    result.sort(key=lambda row: (-row.updated_at.timestamp(), row.title.casefold()))
    return result


def _latest_changes(session: Session, latest: dict[str, dt.datetime]) -> dict[str, dt.datetime]:
    """``latest`` (each draft's own last change, by id) moved on to the last change of
    anything in the draft: a revision, a comment, a variant, a sign-off."""
    ids = list(latest)

    def later(pairs: Iterable[tuple[str, dt.datetime | None]]) -> None:
        for draft_id, at in pairs:
            if at is not None and at > latest[draft_id]:
                latest[draft_id] = at

    later(
        session.execute(
            select(DraftRevision.draft_id, func.max(DraftRevision.at))
            .where(DraftRevision.draft_id.in_(ids))
            .group_by(DraftRevision.draft_id)
        )
    )
    later(
        session.execute(
            select(DraftComment.draft_id, func.max(DraftComment.updated_at))
            .where(DraftComment.draft_id.in_(ids))
            .group_by(DraftComment.draft_id)
        )
    )
    later(
        session.execute(
            select(DraftVariant.draft_id, func.max(DraftVariant.updated_at))
            .where(DraftVariant.draft_id.in_(ids))
            .group_by(DraftVariant.draft_id)
        )
    )
    later(
        session.execute(
            select(DraftVariant.draft_id, func.max(SignOff.updated_at))
            .join(SignOff, SignOff.variant_id == DraftVariant.id)
            .where(DraftVariant.draft_id.in_(ids))
            .group_by(DraftVariant.draft_id)
        )
    )
    return latest


def _approved_variants(session: Session, ids: list[str]) -> tuple[dict[str, list[str]], set[str]]:
    """The variants of each draft in ``ids`` (by draft id), and which of them are
    approved, in two queries whatever the number of drafts."""
    variant_ids: dict[str, list[str]] = {i: [] for i in ids}
    for variant_id, draft_id in session.execute(
        select(DraftVariant.id, DraftVariant.draft_id).where(DraftVariant.draft_id.in_(ids))
    ):
        variant_ids[draft_id].append(variant_id)
    answers: dict[str, list[tuple[bool, SignOffAnswer]]] = {}
    for variant_id, required, answer in session.execute(
        select(SignOff.variant_id, SignOff.required, SignOff.answer)
        .join(DraftVariant, DraftVariant.id == SignOff.variant_id)
        .where(DraftVariant.draft_id.in_(ids), SignOff.voided_at.is_(None))
    ):
        answers.setdefault(variant_id, []).append((required, answer))
    approved = {
        v
        for variants in variant_ids.values()
        for v in variants
        if _state_of(answers.get(v, [])) == VariantState.APPROVED
    }
    return variant_ids, approved
