"""The State map screen over a real database: coverage, the goal, and who is in a state."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from coalition.common.states import BY_CODE, Coverage
from coalition.directory import records as directory
from coalition.directory.records import (
    MembershipInput,
    OrganizationInput,
    PersonInput,
    SocialPageInput,
)
from coalition.goals.coverage import state_coverage
from coalition.ui.common.context import AppContext
from coalition.ui.goals.statescreen import RecordRole, StatesScreen


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> StatesScreen:
    widget = StatesScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def sample_screen(qtbot: QtBot, sample_ctx: AppContext) -> StatesScreen:
    widget = StatesScreen(sample_ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _person_and_group(ctx: AppContext) -> tuple[str, str]:
    person = ctx.run(directory.create_person, PersonInput(name="Ana Ruiz"))
    org = ctx.run(
        directory.create_organization,
        OrganizationInput(
            name="Red Georgia",
            home_state="GA",
            social_pages=[SocialPageInput("Facebook", "https://example.org/redga", 1200)],
        ),
    )
    return person.id, org.id


def _texts(view: QListWidget) -> list[str]:
    return [view.item(row).text() for row in range(view.count())]


def test_the_map_shows_what_state_coverage_computes(sample_screen: StatesScreen) -> None:
    with sample_screen.ctx.reading() as session:
        expected = state_coverage(session)
    assert {code: sample_screen.map.coverage(code) for code in BY_CODE} == expected.coverage
    assert sample_screen.map.title_text() == (
        f"Representatives in {expected.represented} of {expected.goal} states (goal); "
        f"pages only in {expected.pages_only} more"
    )
    assert sample_screen.goal.value() == expected.goal
    assert html.escape(expected.detail("CA")) in sample_screen.map.tooltip_text("CA")


def test_a_new_representative_turns_the_tile_green_and_counts(
    screen: StatesScreen, ctx: AppContext
) -> None:
    person_id, org_id = _person_and_group(ctx)
    assert screen.map.coverage("GA") is Coverage.PAGE
    assert screen.map.title_text() == (
        "Representatives in 0 of 20 states (goal); pages only in 1 more"
    )

    ctx.run(
        directory.add_membership,
        MembershipInput(person_id=person_id, organization_id=org_id, represents_state="GA"),
    )

    assert screen.map.coverage("GA") is Coverage.REPRESENTATIVE
    assert screen.map.title_text() == "Representatives in 1 of 20 states (goal)"
    assert "Ana Ruiz" in screen.map.tooltip_text("GA")
    ctx.undo_stack.undo()
    assert screen.map.coverage("GA") is Coverage.PAGE


def test_the_goal_is_saved_undoably_and_shown_at_once(
    qtbot: QtBot, sample_screen: StatesScreen
) -> None:
    ctx = sample_screen.ctx
    sample_screen.goal.setValue(25)
    assert "of 25 states" in sample_screen.map.title_text()

    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    with ctx.reading() as session:
        assert directory.get_setting(session, directory.STATES_GOAL) == "25"
    assert ctx.undo_stack.undoText() == "Set the goal to 25 states"

    ctx.undo_stack.undo()
    assert sample_screen.goal.value() == 20
    assert "of 20 states" in sample_screen.map.title_text()
    ctx.undo_stack.redo()
    assert sample_screen.goal.value() == 25


def test_quick_steps_of_the_goal_make_one_undo_entry(
    qtbot: QtBot, sample_screen: StatesScreen
) -> None:
    for _ in range(3):
        sample_screen.goal.stepUp()
    qtbot.waitUntil(lambda: sample_screen.ctx.undo_stack.count() == 1)
    qtbot.wait(50)
    assert sample_screen.ctx.undo_stack.count() == 1
    assert sample_screen.coverage().goal == 23


def test_leaving_the_screen_saves_a_pending_goal(sample_screen: StatesScreen) -> None:
    sample_screen.goal.setValue(12)
    sample_screen.hide()
    assert sample_screen.coverage().goal == 12


def test_clicking_a_state_lists_its_people_and_groups(
    qtbot: QtBot, sample_screen: StatesScreen
) -> None:
    centre = sample_screen.map.tile_rect("SC").center().toPoint()
    qtbot.mouseClick(sample_screen.map, Qt.MouseButton.LeftButton, pos=centre)

    assert sample_screen.current_state() == "SC"
    assert sample_screen.state_heading.text() == "South Carolina"
    assert _texts(sample_screen.representatives) == [
        "Michael Tran\nFounder, Calexit Coalition – South Carolina"
    ]
    orgs = _texts(sample_screen.organizations)
    assert len(orgs) == 1 and orgs[0].startswith("Calexit Coalition – South Carolina\n")


def test_a_state_with_nobody_says_so(sample_screen: StatesScreen) -> None:
    sample_screen.show_state("GA")
    assert sample_screen.state_status.text() == "Not yet"
    assert sample_screen.representatives.item(0).text() == "No representative yet."
    assert sample_screen.representatives.item(0).data(RecordRole) is None


def test_enter_and_double_click_open_the_record(qtbot: QtBot, sample_screen: StatesScreen) -> None:
    sample_screen.show_state("SC")
    reps = sample_screen.representatives
    reps.setFocus()
    kind, person_id = reps.currentItem().data(RecordRole)
    assert kind == "person"
    with qtbot.waitSignal(sample_screen.openRequested) as blocker:
        qtbot.keyClick(reps, Qt.Key.Key_Return)
    assert blocker.args == ["person", person_id]
    with sample_screen.ctx.reading() as session:
        assert directory.get_person(session, person_id).name == "Michael Tran"

    orgs = sample_screen.organizations
    item = orgs.item(0)
    rect = orgs.visualItemRect(item)
    qtbot.mouseClick(orgs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(sample_screen.openRequested) as blocker:
        # The view opens on a double-click only after a press on the same item.
        qtbot.mouseDClick(orgs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["organization", item.data(RecordRole)[1]]


def test_the_panel_follows_changes(screen: StatesScreen, ctx: AppContext) -> None:
    person_id, org_id = _person_and_group(ctx)
    screen.show_state("GA")
    assert screen.representatives.item(0).data(RecordRole) is None
    ctx.run(
        directory.add_membership,
        MembershipInput(
            person_id=person_id, organization_id=org_id, role="Organizer", represents_state="GA"
        ),
    )
    assert screen.representatives.item(0).text() == "Ana Ruiz\nOrganizer, Red Georgia"
    assert screen.state_status.text() == "Representative"
