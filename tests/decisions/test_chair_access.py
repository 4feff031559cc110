"""The chair's sheet read by a screen reader: each choice button and reason names its
organization and its choice, each row says what is recorded, and Tab walks row, reason,
next row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coalition.decisions import ballots, proposals
from coalition.decisions.proposals import ProposalInput
from coalition.directory.records import OrganizationInput, create_organization
from coalition.ui.common.context import AppContext
from coalition.ui.decisions import DecisionsScreen
from coalition.ui.decisions.chair import ChairRecorder

NAMES = ("Greater Idaho", "Red Oregon")


@pytest.fixture
def orgs(ctx: AppContext) -> dict[str, str]:
    return {
        name: ctx.run(create_organization, OrganizationInput(name=name), label="x").id
        for name in NAMES
    }


@pytest.fixture
def recorder(
    qtbot: QtBot, ctx: AppContext, orgs: dict[str, str]
) -> Iterator[tuple[ChairRecorder, str]]:
    data = ProposalInput(
        title="Endorse the peaceful movement of state borders",
        text="The coalition endorses it.",
        closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
    )
    proposal_id = str(ctx.run(proposals.create_proposal, data, label="Propose").id)
    screen = DecisionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.open_record(proposal_id)
    screen.panel.chair_button.setChecked(True)
    yield screen.panel.recorder, proposal_id


def test_each_button_and_reason_names_its_organization_and_choice(
    recorder: tuple[ChairRecorder, str],
) -> None:
    sheet, _ = recorder
    idaho, oregon = sheet.rows
    assert [b.accessibleName() for b in oregon.buttons.values()] == [
        "Approve for Red Oregon",
        "Object for Red Oregon",
        "Abstain for Red Oregon",
    ]
    assert idaho.buttons["approve"].accessibleName() == "Approve for Greater Idaho"
    assert oregon.reason.accessibleName() == "Reason for Red Oregon"
    assert oregon.accessibleName() == "Red Oregon's ballot"
    assert oregon.accessibleDescription() == (
        "not voted yet. Keys: 1 Approve, 2 Object, 3 Abstain."
    )


def test_the_state_of_a_row_is_read_as_it_changes(
    ctx: AppContext, recorder: tuple[ChairRecorder, str], orgs: dict[str, str]
) -> None:
    sheet, proposal_id = recorder
    oregon = sheet.rows[1]
    oregon.choose("approve")
    assert oregon.accessibleDescription().startswith(
        "Approve · recorded by the chair (Test Organizer), "
    )
    assert oregon.buttons["approve"].accessibleDescription().startswith("chosen; Approve · ")
    assert not oregon.buttons["object"].accessibleDescription().startswith("chosen")
    assert oregon.reason.accessibleDescription().startswith("Approve · ")

    oregon.choose("object")  # needs a reason: the row says so, to the ear too
    assert oregon.accessibleDescription().startswith("Object needs a reason")
    assert oregon.buttons["object"].accessibleDescription().startswith("chosen; Object needs")

    ctx.run(ballots.cast_ballot, proposal_id, orgs["Greater Idaho"], "abstain", on_behalf=True)
    assert sheet.rows[0].accessibleDescription().startswith("Abstain · recorded by the chair")


def test_tab_walks_each_row_then_its_reason(recorder: tuple[ChairRecorder, str]) -> None:
    sheet, _ = recorder
    idaho, oregon = sheet.rows
    order: list[QWidget] = [idaho]
    for _ in range(3):
        order.append(order[-1].nextInFocusChain())
        while not order[-1].focusPolicy() & order[-1].focusPolicy().TabFocus:
            order[-1] = order[-1].nextInFocusChain()
    assert order == [idaho, idaho.reason, oregon, oregon.reason]


def test_what_is_typed_after_a_choice_waiting_for_its_reason_is_never_another_ballot(
    qtbot: QtBot, ctx: AppContext, recorder: tuple[ChairRecorder, str]
) -> None:
    """2 (Object) on Greater Idaho waits for a reason; Tab, as the hint says, then
    "wait 1 month": nothing reaches Red Oregon (its "1" would have been an Approve)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from coalition.ui.decisions.views import read_proposal

    sheet, proposal_id = recorder
    idaho, oregon = sheet.rows
    idaho.setFocus()
    qtbot.waitUntil(idaho.hasFocus)
    qtbot.keyClick(idaho, Qt.Key.Key_2)
    assert idaho.reason.hasFocus()
    qtbot.keyClick(idaho.reason, Qt.Key.Key_Tab)  # a blank reason: the focus stays
    assert idaho.reason.hasFocus()
    assert idaho.accessibleDescription().startswith("Object needs a reason")
    qtbot.keyClicks(idaho.reason, "wait 1 month")
    qtbot.keyClick(idaho.reason, Qt.Key.Key_Tab)  # saves it, and goes on to Red Oregon
    assert oregon.hasFocus()
    for key in "too soon 1":  # a word typed on a row is its reason (keys go where the focus is)
        qtbot.keyClicks(QApplication.focusWidget(), key)
    assert oregon.reason.hasFocus() and oregon.reason.text() == "too soon 1"

    with ctx.reading() as session:
        standing = {
            line.name: (line.standing.choice, line.standing.reason) if line.standing else None
            for line in read_proposal(session, proposal_id).lines
        }
    assert standing == {"Greater Idaho": ("object", "wait 1 month"), "Red Oregon": None}
