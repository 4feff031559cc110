"""A declaration a coalition decision adopted: its words change only by another decision.

The decision is a proposal record as the decisions service leaves it once adopted; the
adoption itself is written the way that service does, inside ``lock.adopting``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError
from coalition.drafts import lock
from coalition.drafts.comments import add_comment
from coalition.drafts.draft import (
    DraftInput,
    _record_status,
    create_draft,
    delete_draft,
    draft_input,
    update_draft,
)
from coalition.drafts.lookup import get_draft
from coalition.drafts.revisions import (
    restore_revision,
    revisions,
    save_core_text,
    save_variant_text,
)
from coalition.drafts.status import set_status, status_history
from coalition.drafts.variants import add_variant, delete_variant, update_variant, variants
from coalition.store.models import Draft, DraftStatus, Organization, Outcome, Proposal

ADOPTED = "The coalition endorses the peaceful movement of state borders."
LOCKED = (
    "“Peaceful borders” was adopted by the decision “Endorse the peaceful movement of "
    "state borders” on December 1, 2026: its text changes only by another decision."
)


def _decision(session: Session, draft: Draft, title: str, text: str, day: int) -> Proposal:
    proposal = Proposal(
        title=title,
        text=text,
        draft_id=draft.id,
        closes_at=dt.datetime(2026, 12, day, 12, tzinfo=dt.UTC),
        closed_at=dt.datetime(2026, 12, day, 12, tzinfo=dt.UTC),
        outcome=Outcome.ADOPTED,
    )
    session.add(proposal)
    session.commit()
    return proposal


def _adopt(session: Session, draft: Draft, proposal: Proposal) -> None:
    """What the decisions service does at the close of an adopted proposal."""
    with lock.adopting(session, proposal.id):
        save_core_text(session, draft.id, proposal.text, f"Adopted: {proposal.title}")
        if draft.status != DraftStatus.PUBLISHED:
            _record_status(draft, DraftStatus.PUBLISHED, f"Adopted by “{proposal.title}”")
        draft.adopted_by_id = proposal.id
        session.commit()


@pytest.fixture
def declaration(session: Session, make_org: Callable[..., Organization]) -> Draft:
    draft = create_draft(
        session, DraftInput("Peaceful borders", ["email"], tags=["borders"]), "First words."
    )
    save_core_text(session, draft.id, "Second words.")
    add_variant(session, draft.id, "", state="TX")
    proposal = _decision(
        session, draft, "Endorse the peaceful movement of state borders", ADOPTED, 1
    )
    _adopt(session, draft, proposal)
    return draft


def test_an_adopted_declaration_is_published_and_names_its_decision(
    session: Session, declaration: Draft
) -> None:
    draft = get_draft(session, declaration.id)
    assert (draft.status, draft.core_text) == (DraftStatus.PUBLISHED, ADOPTED)
    decision = lock.adopted_by(session, draft)
    assert decision is not None and decision.title.startswith("Endorse the peaceful")
    assert lock.locked_reason(session, draft) == LOCKED


def test_every_change_of_its_words_is_refused_with_the_sentence_and_nothing_is_stored(
    session: Session, declaration: Draft
) -> None:
    draft_id = declaration.id
    (variant,) = variants(session, draft_id)
    oldest = revisions(session, draft_id)[-1]
    renamed = draft_input(declaration)
    renamed.title = "Borders, peacefully"
    refused: list[Callable[[], object]] = [
        lambda: save_core_text(session, draft_id, "Other words."),
        lambda: restore_revision(session, oldest.id),
        lambda: restore_revision(session, revisions(session, draft_id, variant.id)[-1].id),
        lambda: update_draft(session, draft_id, renamed),
        lambda: add_variant(session, draft_id, "", state="OK"),
        lambda: save_variant_text(session, variant.id, "Texan words."),
        lambda: update_variant(
            session, variant.id, audience="Texans", state="TX", organization_id=None, fields={}
        ),
        lambda: delete_variant(session, variant.id),
        lambda: set_status(session, draft_id, DraftStatus.RETIRED),
    ]
    before = len(revisions(session, draft_id)), len(status_history(session, draft_id))
    for change in refused:
        with pytest.raises(CoalitionError) as caught:
            change()
        assert str(caught.value) == LOCKED
        session.rollback()
    with pytest.raises(CoalitionError) as caught:  # deleted, it would say nothing at all
        delete_draft(session, draft_id)
    assert str(caught.value).endswith("it is the coalition's record of what was decided.")
    session.rollback()
    draft = get_draft(session, draft_id)
    assert (draft.title, draft.core_text, draft.status) == (
        "Peaceful borders",
        ADOPTED,
        DraftStatus.PUBLISHED,
    )
    assert [(v.audience, v.text) for v in variants(session, draft_id)] == [
        ("Texas", "Second words.")
    ]
    assert (len(revisions(session, draft_id)), len(status_history(session, draft_id))) == before


def test_what_is_not_its_words_still_changes(session: Session, declaration: Draft) -> None:
    data = draft_input(declaration)
    data.tags, data.channels = ["borders", "declaration"], ["email", "x"]
    update_draft(session, declaration.id, data)
    add_comment(session, declaration.id, "Send it to the press list on Monday.")
    assert save_core_text(session, declaration.id, ADOPTED) is None  # unchanged: no revision
    draft = get_draft(session, declaration.id)
    assert (draft.tags, draft.channels) == (["borders", "declaration"], ["email", "x"])


def test_a_later_decision_about_the_same_draft_replaces_its_words(
    session: Session, declaration: Draft
) -> None:
    later = _decision(
        session, declaration, "Amend the borders declaration", "The coalition amends it.", 5
    )
    _adopt(session, declaration, later)
    draft = get_draft(session, declaration.id)
    assert (draft.core_text, draft.adopted_by_id) == ("The coalition amends it.", later.id)
    assert "“Amend the borders declaration” on December 5, 2026" in (
        lock.locked_reason(session, draft) or ""
    )
    with pytest.raises(CoalitionError, match="changes only by another decision"):
        save_core_text(session, declaration.id, "Edited by hand.")
    assert not lock.is_adopting(session)


def test_a_draft_no_decision_adopted_changes_freely(session: Session) -> None:
    draft = create_draft(session, DraftInput("Open letter", []), "Dear friends")
    assert lock.locked_reason(session, draft) is None
    assert save_core_text(session, draft.id, "Dear friends,") is not None
    set_status(session, draft.id, DraftStatus.IN_REVIEW)
