"""Decisions reached from the rest of the window: a call's Decisions tab puts a proposal
to the call through the Decisions screen and lists it; opening the area closes the
proposals whose time has come."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coalition.calls import series as calls
from coalition.decisions import proposals
from coalition.decisions.proposals import ProposalInput
from coalition.ui.calls.panel import CallPanel
from coalition.ui.decisions import DecisionsScreen, ProposalDialog
from coalition.ui.shell.mainwindow import SHORTCUTS, MainWindow


def test_a_call_puts_a_proposal_to_itself_and_lists_it(qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=1)
    call = ctx.run(
        calls.create_one_off, "Coalition call", start, 60, "America/Los_Angeles", label="Add call"
    )
    window.open_record("calls", call.id)
    panel: CallPanel = window.area("calls").panel
    assert panel.call is not None and panel.call.occurrence_id == call.id
    assert panel.tabs.tabText(3) == "Decisions"

    qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    screen = window.area("decisions")
    assert isinstance(screen, DecisionsScreen)
    assert window.stack.currentWidget() is screen
    dialog = screen.last_dialog
    assert isinstance(dialog, ProposalDialog) and dialog.occurrence_id == call.id
    dialog.title.setText("Endorse the peaceful movement of state borders")
    dialog.text.setPlainText("The coalition endorses the peaceful movement of state borders.")
    dialog.accept()
    assert "put to Coalition call" in screen.panel.facts.text()

    window.open_record("calls", call.id)
    assert panel.tabs.tabText(3) == "Decisions (1)"
    item = panel.call_decisions.topLevelItem(0)
    assert item.text(0) == "Endorse the peaceful movement of state borders"
    assert item.text(1).startswith("Open until ")
    panel.call_decisions.setCurrentItem(item)
    panel.open_decision()
    assert window.stack.currentWidget() is screen
    assert screen.panel.title.text() == "Endorse the peaceful movement of state borders"


def test_opening_the_area_closes_what_is_due(qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    data = ProposalInput(
        title="Past its time",
        text="Text.",
        closes_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
    )
    proposal_id = ctx.run(proposals.create_proposal, data, past_ok=True, label="Propose").id
    screen = window.show_area("decisions")
    assert SHORTCUTS["decisions"] == "Ctrl+9"

    def closed() -> bool:
        with ctx.reading() as session:
            return proposals.get_proposal(session, proposal_id).closed_at is not None

    qtbot.waitUntil(closed)
    assert isinstance(screen, DecisionsScreen)
    screen.open_record(proposal_id)  # among the sample's own decisions
    qtbot.waitUntil(lambda: screen.panel.outcome.isVisibleTo(screen))
    assert screen.panel.outcome.chip.text() == "Rejected"  # no ballot: nothing carried it


def test_a_proposal_found_elsewhere_opens_on_the_decisions_screen(window: MainWindow) -> None:
    ctx = window.ctx
    data = ProposalInput(
        title="Adopt the 2027 statement of principles",
        text="We stand for self-government.",
        closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3),
    )
    proposal_id = ctx.run(proposals.create_proposal, data, label="Propose").id
    window.open_record("proposal", proposal_id)  # as Find anything hands it over
    screen = window.area("decisions")
    assert window.stack.currentWidget() is screen
    assert screen.panel.title.text() == "Adopt the 2027 statement of principles"


def test_undoing_a_ballot_from_another_area_shows_its_proposal(window: MainWindow) -> None:
    ctx = window.ctx
    first, second = (
        ctx.run(
            proposals.create_proposal,
            ProposalInput(
                title=title,
                text="Text.",
                closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3),
            ),
            label="Propose",
        ).id
        for title in ("First question", "Second question")
    )
    screen = window.show_area("decisions")
    assert isinstance(screen, DecisionsScreen)
    screen.open_record(first)
    screen.panel.chair_button.setChecked(True)
    screen.panel.recorder.rows[0].choose("approve")
    screen.open_record(second)
    window.show_area("people")
    assert window.replay(undo=True)
    assert window.stack.currentWidget() is screen
    assert screen.panel.record_id == first
    assert screen.panel.view is not None and screen.panel.view.tally.voted == 0
