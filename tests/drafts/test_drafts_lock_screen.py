"""The Drafts screen shows a declaration a decision adopted as read-only: a banner names
the decision, its texts take no input, and nothing offers to change its words."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coalition.drafts import lock
from coalition.drafts.draft import DraftInput, _record_status, create_draft
from coalition.drafts.lookup import get_draft
from coalition.drafts.revisions import save_core_text
from coalition.drafts.variants import add_variant
from coalition.store.models import DraftStatus, Outcome, Proposal
from coalition.ui.common.context import AppContext
from coalition.ui.drafts import DraftDialog, DraftsScreen

SHOTS = Path(os.environ.get("COALITION_SCREENSHOTS", "/tmp"))
ADOPTED = "The coalition officially endorses the peaceful movement of state borders."
DECISION = "Endorse the peaceful movement of state borders"


def _make(ctx: AppContext, *, adopted: bool) -> str:
    """A draft with an earlier text and a variant for Texas; adopted, as the decisions
    service leaves one at the close of an adopted proposal."""
    with ctx.db.session() as session:
        draft = create_draft(session, DraftInput("Peaceful borders", ["email"]), "First words.")
        add_variant(session, draft.id, "", state="TX")
        if not adopted:
            return draft.id
        moment = dt.datetime(2026, 12, 1, 18, tzinfo=dt.UTC)
        proposal = Proposal(
            title=DECISION,
            text=ADOPTED,
            draft_id=draft.id,
            closes_at=moment,
            closed_at=moment,
            outcome=Outcome.ADOPTED,
        )
        session.add(proposal)
        session.commit()
        with lock.adopting(session, proposal.id):
            save_core_text(session, draft.id, ADOPTED)
            draft = get_draft(session, draft.id)
            _record_status(draft, DraftStatus.PUBLISHED, f"Adopted by “{DECISION}”")
            draft.adopted_by_id = proposal.id
            session.commit()
        return draft.id


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> DraftsScreen:
    widget = DraftsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_an_adopted_declaration_is_read_only_and_names_its_decision(
    qtbot: QtBot, ctx: AppContext, screen: DraftsScreen
) -> None:
    draft_id = _make(ctx, adopted=True)
    screen.refresh()
    screen.open_record(draft_id)
    panel = screen.panel

    banner = panel.adopted_banner
    assert banner.isVisible()
    assert banner.reason() == (
        "Read-only. “Peaceful borders” was adopted by the decision “Endorse the peaceful "
        "movement of state borders” on December 1, 2026: its text changes only by another "
        "decision."
    )
    assert panel.core_editor.text() == ADOPTED
    assert panel.core_editor.edit.isReadOnly()
    assert not panel.core_editor.save_button.isEnabled()
    assert not panel.add_variant_button.isEnabled()
    assert not panel.move_buttons[DraftStatus.RETIRED].isEnabled()
    assert panel.edit_button.isEnabled()  # channels and tags are not the words adopted
    screen.grab().save(str(SHOTS / "draft_adopted_declaration.png"))

    panel.tabs.setCurrentIndex(1)
    assert panel.variant_editor.edit.isReadOnly()
    assert panel.variant_banner.reason() == banner.reason()
    assert not panel.edit_variant_button.isEnabled()
    assert not panel.delete_variant_button.isEnabled()

    panel.tabs.setCurrentIndex(2)
    panel.select_revisions(1)
    assert not panel.restore_button.isEnabled()

    dialog = panel.edit_draft()
    assert isinstance(dialog, DraftDialog)
    assert dialog.title.isReadOnly()
    assert "changes only by another decision" in dialog.title.toolTip()
    dialog.close()


def test_another_draft_shown_after_it_takes_input_again(
    qtbot: QtBot, ctx: AppContext, screen: DraftsScreen
) -> None:
    adopted, free = _make(ctx, adopted=True), _make(ctx, adopted=False)
    screen.refresh()
    screen.open_record(adopted)
    screen.open_record(free)
    panel = screen.panel

    assert panel.record_id == free
    assert not panel.adopted_banner.isVisible()
    assert not panel.core_editor.edit.isReadOnly()
    assert panel.add_variant_button.isEnabled()
    panel.tabs.setCurrentIndex(1)
    assert not panel.variant_editor.edit.isReadOnly()
    assert panel.edit_variant_button.isEnabled()


def test_an_adopted_declaration_is_not_offered_for_deletion_then_refused(
    qtbot: QtBot, ctx: AppContext, screen: DraftsScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Delete said "Its variants… go with it. You can undo this", and only once answered
    refused: the refusal now comes first, and the words stay on the screen."""
    from sqlalchemy import select

    from coalition.store.models import Draft

    draft_id = _make(ctx, adopted=True)
    screen.refresh()
    screen.open_record(draft_id)
    asked: list[str] = []
    monkeypatch.setattr(screen, "confirm", lambda question, _detail: asked.append(question))
    said: list[str] = []
    ctx.error.connect(said.append)
    screen.delete_draft()

    assert asked == []
    assert said == [
        "“Peaceful borders” was adopted by the decision “Endorse the peaceful movement of "
        "state borders”: it is not deleted, it is the coalition's record of what was "
        "decided."
    ]
    assert screen.panel.core_editor.text() == ADOPTED
    with ctx.reading() as session:
        assert session.scalars(select(Draft.id)).all() == [draft_id]
