"""Undoing a close, from any area, brings the proposal into view with its outcome gone,
not the declaration's draft the close made; redoing it shows the proposal adopted again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coalition.decisions import ballots, proposals
from coalition.decisions.proposals import ProposalInput
from coalition.store.models import Ballot, BallotCapacity, Outcome
from coalition.ui.decisions import DecisionsScreen
from coalition.ui.shell.mainwindow import MainWindow


def test_undoing_a_close_shows_the_proposal_not_its_declaration(window: MainWindow) -> None:
    ctx = window.ctx
    proposal_id = str(
        ctx.run(
            proposals.create_proposal,
            ProposalInput(
                title="Adopt the declaration on borders",
                text="The coalition endorses the peaceful movement of state borders.",
                closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3),
                quorum=1,
            ),
            label="Propose",
        ).id
    )
    screen = window.show_area("decisions")
    assert isinstance(screen, DecisionsScreen)
    screen.open_record(proposal_id)
    assert screen.panel.view is not None
    org_id = screen.panel.view.lines[0].organization_id
    ctx.run(ballots.cast_ballot, proposal_id, org_id, "approve", on_behalf=True, label="Vote")
    screen.panel.confirm = lambda question, detail: True  # type: ignore[method-assign]
    assert screen.panel.close_now()
    view = screen.panel.view
    assert view is not None and view.outcome == Outcome.ADOPTED and view.declaration_id

    window.show_area("drafts")
    assert window.replay(undo=True)
    assert window.stack.currentWidget() is screen
    assert screen.panel.record_id == proposal_id
    assert screen.panel.view is not None and screen.panel.view.closed_at is None

    window.show_area("people")
    assert window.replay(undo=False)  # the close again: the proposal, adopted
    assert window.stack.currentWidget() is screen
    assert screen.panel.record_id == proposal_id
    assert screen.panel.view is not None and screen.panel.view.outcome == Outcome.ADOPTED


def test_undoing_close_due_shows_a_proposal_it_closed(qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    proposal = ctx.run(
        proposals.create_proposal,
        ProposalInput(
            title="A question whose time is up",
            text="The coalition endorses it.",
            closes_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
        ),
        past_ok=True,
        label="Propose",
    )
    with ctx.db.session() as session:  # approved in time, on a laptop that synced since
        session.add(
            Ballot(
                proposal_id=proposal.id,
                organization_id=proposal.voters[0],
                choice="approve",
                capacity=BallotCapacity.DELEGATE,
                cast_by="Sam Lee",
                cast_at=proposal.closes_at - dt.timedelta(minutes=30),
            )
        )
        session.commit()

    def due() -> set[str]:
        with ctx.reading() as session:
            return {r.id for r in proposals.list_proposals(session, "closed") if not r.closed_at}

    closing = due()
    screen = window.show_area("decisions")  # opening the area closes what is due
    assert isinstance(screen, DecisionsScreen)
    qtbot.waitUntil(lambda: not due())
    with ctx.reading() as session:  # adopted: its declaration drafted
        assert proposals.get_proposal(session, proposal.id).declaration_id is not None
    window.show_area("people")
    assert window.replay(undo=True)
    assert window.stack.currentWidget() is screen
    assert screen.panel.record_id in closing
    assert due() == closing
    with ctx.reading() as session:
        assert proposals.get_proposal(session, proposal.id).declaration_id is None


def test_an_adopted_outcome_opens_its_declaration(qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    proposal_id = str(
        ctx.run(
            proposals.create_proposal,
            ProposalInput(
                title="Adopt the declaration on borders",
                text="The coalition endorses the peaceful movement of state borders.",
                closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3),
            ),
            label="Propose",
        ).id
    )
    screen = window.show_area("decisions")
    assert isinstance(screen, DecisionsScreen)
    screen.open_record(proposal_id)
    assert screen.panel.view is not None
    org_id = screen.panel.view.lines[0].organization_id
    ctx.run(ballots.cast_ballot, proposal_id, org_id, "approve", on_behalf=True, label="Vote")
    ctx.run(proposals.close_proposal, proposal_id, label="Close")
    view = screen.panel.view
    assert view is not None and view.declaration_id is not None
    button = screen.panel.outcome.declaration_button
    assert button.isVisibleTo(screen)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    drafts = window.area("drafts")
    assert window.stack.currentWidget() is drafts
    assert drafts.selected_id() == view.declaration_id  # type: ignore[attr-defined]
