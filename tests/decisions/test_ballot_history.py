"""A proposal's History, over a real SQLite file: every ballot ever cast on it, the ones
a later ballot replaced included, with who cast it, in what capacity and when; the
changes to the proposal itself a click away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coalition.decisions import ballots, proposals
from coalition.decisions.proposals import ProposalInput
from coalition.directory.records import OrganizationInput, create_organization
from coalition.store.changes import IDENTITY
from coalition.ui.common.context import AppContext
from coalition.ui.common.history import HistoryDialog
from coalition.ui.decisions import DecisionsScreen
from coalition.ui.decisions.history import BallotHistoryDialog

NAMES = ("Blue Ridge Alliance", "Greater Idaho", "Red Oregon")
TITLE = "Endorse the peaceful movement of state borders"


@pytest.fixture
def orgs(ctx: AppContext) -> dict[str, str]:
    return {
        name: ctx.run(create_organization, OrganizationInput(name=name), label="x").id
        for name in NAMES
    }


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, orgs: dict[str, str]) -> Iterator[DecisionsScreen]:
    widget = DecisionsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def propose(ctx: AppContext, **fields: object) -> str:
    data = ProposalInput(
        title=TITLE,
        text="The coalition endorses the peaceful movement of state borders.",
        closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
        **fields,  # type: ignore[arg-type]
    )
    return str(ctx.run(proposals.create_proposal, data, label="Propose").id)


def rows(dialog: BallotHistoryDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_history_keeps_every_ballot_the_replaced_ones_too(
    qtbot: QtBot, ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    proposal_id = propose(ctx)
    ctx.run(ballots.cast_ballot, proposal_id, orgs["Red Oregon"], "approve", on_behalf=True)
    IDENTITY.actor, IDENTITY.role = "Maria Lopez", "delegate"
    IDENTITY.org, IDENTITY.org_id = "Red Oregon", orgs["Red Oregon"]
    ctx.run(ballots.cast_ballot, proposal_id, orgs["Red Oregon"], "object", reason="Not yet")
    IDENTITY.actor, IDENTITY.role = "Test Organizer", "coordinator"
    IDENTITY.org, IDENTITY.org_id = "", None
    ctx.run(ballots.cast_ballot, proposal_id, orgs["Greater Idaho"], "abstain", on_behalf=True)

    screen.open_record(proposal_id)
    qtbot.mouseClick(screen.panel.history_button, Qt.MouseButton.LeftButton)
    dialog = screen.panel.last_dialog
    assert isinstance(dialog, BallotHistoryDialog) and dialog.isVisible()
    assert dialog.heading.text() == f"Ballots on “{TITLE}”"
    assert dialog.summary.text().startswith("3 ballots cast (1 replaced by a later one).")
    newest, middle, oldest = (row[1:] for row in rows(dialog))  # newest first
    assert newest == [
        "Greater Idaho",
        "Abstain",
        "",
        "recorded by the chair (Test Organizer)",
        "stands",
    ]
    assert middle == ["Red Oregon", "Object", "Not yet", "Maria Lopez (delegate)", "stands"]
    assert oldest == [
        "Red Oregon",
        "Approve",
        "",
        "recorded by the chair (Test Organizer)",
        "replaced by a later ballot",
    ]
    assert dialog.table.item(2, 4).toolTip() == (
        "recorded by the chair on behalf of Red Oregon (Test Organizer)"
    )
    assert all(row[0] for row in rows(dialog))  # each with when it was cast

    ctx.run(
        ballots.cast_ballot, proposal_id, orgs["Blue Ridge Alliance"], "approve", on_behalf=True
    )
    assert len(rows(dialog)) == 4  # it follows the database while open
    ctx.undo_stack.undo()
    assert len(rows(dialog)) == 3

    changes = dialog.show_changes()  # the proposal record's own History
    assert isinstance(changes, HistoryDialog) and changes.isVisible()
    assert changes.entries and changes.entries[-1].action == "insert"


def test_the_history_hides_the_choices_while_the_results_are_hidden(
    ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    proposal_id = propose(ctx, results_shown="after_close")
    ctx.run(
        ballots.cast_ballot,
        proposal_id,
        orgs["Red Oregon"],
        "object",
        reason="Not yet",
        on_behalf=True,
    )
    screen.open_record(proposal_id)
    dialog = screen.panel.show_history()
    assert isinstance(dialog, BallotHistoryDialog)
    [row] = rows(dialog)
    assert row[2:4] == ["voted", ""]
    assert "the choices are not shown yet" in dialog.summary.text()
