"""The Action items screen: every action item across calls, overdue ones standing out,
filtered by status, owner and series, edited and marked done in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from coalition.calls import actions as call_actions
from coalition.calls import meetings
from coalition.calls import series as calls
from coalition.calls.series import Recurrence, SeriesInput
from coalition.common import clock
from coalition.directory import records as directory
from coalition.directory.records import PersonInput
from coalition.ui.calls.actions import (
    OVERDUE_COLOR,
    SETTLED_COLOR,
    ActionItemDialog,
    ActionItemsScreen,
)
from coalition.ui.common.context import AppContext

# The instant these tests run at: the clock stands still there for each of them, so that a
# run that crosses midnight agrees with itself about "today".
NOW = clock.now()
TODAY = NOW.astimezone().date()


@pytest.fixture(autouse=True)
def _clock_stands_still() -> Iterator[None]:
    with clock.frozen_at(NOW):
        yield


@pytest.fixture
def actions(ctx: AppContext) -> dict[str, str]:
    """Three action items from last week's call: one overdue (Ana's), one due next week
    (Ben's), one with no owner and no date; their ids by title."""
    with ctx.db.session() as session:
        ana = directory.create_person(session, PersonInput(name="Ana Reyes", state="CA"))
        ben = directory.create_person(session, PersonInput(name="Ben Olsen", state="OR"))
        last_week = TODAY - dt.timedelta(days=7)
        series = calls.create_series(
            session,
            SeriesInput(
                title="Coalition call",
                start_date=last_week - dt.timedelta(days=28),
                start_time="17:30",
                time_zone="America/Los_Angeles",
                recurrence=Recurrence(weekdays=(last_week.weekday(),)),
            ),
        )
        session.flush()
        occurrence = meetings.prepare_call(session, series.id, last_week)
        session.flush()
        rows = [
            call_actions.add_action_item(
                session,
                "Send the state map",
                occurrence_id=occurrence.id,
                owner_id=ana.id,
                due_on=TODAY - dt.timedelta(days=3),
            ),
            call_actions.add_action_item(
                session,
                "Draft the press release",
                occurrence_id=occurrence.id,
                owner_id=ben.id,
                due_on=TODAY + dt.timedelta(days=7),
            ),
            call_actions.add_action_item(session, "Find a venue for the summit"),
        ]
        session.flush()
        return {row.title: row.id for row in rows} | {"ana": ana.id, "occurrence": occurrence.id}


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, actions: dict[str, str]) -> ActionItemsScreen:
    widget = ActionItemsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def _titles(screen: ActionItemsScreen) -> list[str]:
    model = screen.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_overdue_items_are_highlighted_and_say_since_when(screen: ActionItemsScreen) -> None:
    model = screen.model
    assert _titles(screen) == [
        "Send the state map",
        "Draft the press release",
        "Find a venue for the summit",
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Due",
        "Action",
        "Owner",
        "From call",
        "Status",
    ]
    overdue = model.index(0, 1)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == QColor(OVERDUE_COLOR)
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    due = TODAY - dt.timedelta(days=3)
    due = f"{due.month}/{due.day}/{due.year}"  # as the US writes it
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) == f"Overdue since {due} (3 days)"
    assert model.index(0, 3).data().startswith("Coalition call, ")
    on_time = model.index(1, 1)
    assert on_time.data(Qt.ItemDataRole.ForegroundRole) is None
    assert on_time.data(Qt.ItemDataRole.FontRole) is None
    assert model.index(2, 0).data() == "—" and model.index(2, 3).data() == ""
    assert screen.count_label.text() == "3 action items, 1 overdue"


def test_mark_done_takes_an_item_off_the_open_list_and_undo_brings_it_back(
    screen: ActionItemsScreen, ctx: AppContext
) -> None:
    screen.select_id(screen.model.row(0).id)
    assert screen.done_button.isEnabled()
    screen.done_button.click()

    assert "Send the state map" not in _titles(screen)
    screen.status_filter.setCurrentIndex(screen.status_filter.findText("Done"))
    assert _titles(screen) == ["Send the state map"]
    # Done: no longer overdue, and in grey among the open ones.
    assert screen.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor(SETTLED_COLOR)
    assert screen.model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    screen.status_filter.setCurrentIndex(screen.status_filter.findText("All"))
    assert len(_titles(screen)) == 3

    screen.status_filter.setCurrentIndex(screen.status_filter.findText("Open"))
    ctx.undo_stack.undo()
    assert _titles(screen)[0] == "Send the state map"


def test_owner_and_series_filters(screen: ActionItemsScreen, actions: dict[str, str]) -> None:
    owners = [screen.owner_filter.itemText(n) for n in range(screen.owner_filter.count())]
    assert owners == ["Anyone", "Ana Reyes", "Ben Olsen"]  # only people who owe something
    screen.owner_filter.setCurrentIndex(screen.owner_filter.findData(actions["ana"]))
    assert _titles(screen) == ["Send the state map"]
    screen.owner_filter.setCurrentIndex(0)
    screen.series_filter.setCurrentIndex(1)
    assert screen.series_filter.currentText() == "Coalition call"
    assert _titles(screen) == ["Send the state map", "Draft the press release"]


def test_double_click_edits_in_a_dialog(
    qtbot: QtBot, screen: ActionItemsScreen, ctx: AppContext, actions: dict[str, str]
) -> None:
    row = screen.view.visualRect(screen.model.index(1, 1)).center()
    qtbot.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.mouseDClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    dialog = screen.last_dialog
    assert isinstance(dialog, ActionItemDialog) and dialog.isVisible()
    assert dialog.title.text() == "Draft the press release"
    assert dialog.owner.currentText() == "Ben Olsen"

    dialog.due.setText("next week")
    dialog.ok_button.click()
    assert "not a date" in dialog.problem_text("due_on")
    dialog.due.setText((TODAY + dt.timedelta(days=2)).isoformat())
    dialog.title.setText("Draft and send the press release")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert "Draft and send the press release" in _titles(screen)
    assert screen.selected_id() == actions["Draft the press release"]


def test_open_call_asks_for_the_call_it_was_decided_on(
    qtbot: QtBot, screen: ActionItemsScreen, actions: dict[str, str]
) -> None:
    screen.select_id(actions["Send the state map"])
    with qtbot.waitSignal(screen.openRequested) as signal:
        screen.call_button.click()
    assert signal.args == ["calls", actions["occurrence"]]
    screen.select_id(actions["Find a venue for the summit"])
    assert not screen.call_button.isEnabled()  # decided on no call
