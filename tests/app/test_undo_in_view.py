"""Undo and redo show what they changed, and never leave an editor holding stale text."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coalition.calls import actions as call_actions
from coalition.directory import importers
from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization
from coalition.directory.records import MembershipInput
from coalition.store.models import Organization, Person
from coalition.ui.calls.actions import ActionItemsScreen
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext
from coalition.ui.common.listscreen import ListScreen
from coalition.ui.shell import undoplace
from coalition.ui.shell.mainwindow import MainWindow

EDITED = " (draft)"


def keys(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def id_of(ctx: AppContext, model: type, name: str) -> str:
    with ctx.reading() as session:
        return session.scalar(select(model.id).where(model.name == name))  # type: ignore[attr-defined]


def name_of(ctx: AppContext, org_id: str) -> str:
    with ctx.reading() as session:
        return session.get(Organization, org_id).name


def edit_and_save(qtbot: QtBot, window: MainWindow) -> tuple[ListScreen, str]:
    """Rename Yes California on the Organizations screen and save it with Ctrl+S."""
    org_id = id_of(window.ctx, Organization, "Yes California")
    window.open_record("organization", org_id)
    screen = window.stack.currentWidget()
    assert isinstance(screen, ListScreen)
    screen.editor.name.setFocus()
    screen.editor.name.end(False)
    qtbot.keyClicks(screen.editor.name, EDITED)
    keys(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert name_of(window.ctx, org_id) == "Yes California" + EDITED
    return screen, org_id


def test_undo_on_another_screen_brings_the_record_back_into_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    organizations, org_id = edit_and_save(qtbot, window)
    keys(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.area("people")

    keys(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert name_of(window.ctx, org_id) == "Yes California"
    assert window.stack.currentWidget() is organizations
    assert window.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == "organizations"
    assert organizations.selected_id() == org_id
    assert organizations.editor.name.text() == "Yes California"
    assert window.statusBar().currentMessage() == "Undid: Edit Yes California" + EDITED

    window.show_area("people")
    keys(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert name_of(window.ctx, org_id) == "Yes California" + EDITED
    assert window.stack.currentWidget() is organizations
    assert organizations.editor.name.text() == "Yes California" + EDITED
    assert window.statusBar().currentMessage() == "Redid: Edit Yes California" + EDITED


@pytest.mark.parametrize("reply", list(editing.Answer), ids=[a.value for a in editing.Answer])
def test_undo_while_the_editor_holds_unsaved_text_on_the_record_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, reply: editing.Answer
) -> None:
    screen, org_id = edit_and_save(qtbot, window)
    qtbot.keyClicks(screen.editor.name, " again")
    asked: list[str] = []

    def ask(_parent: object, what: str) -> editing.Answer:
        asked.append(what)
        return reply

    monkeypatch.setattr(editing, "ask_hook", ask)
    window.undo_action.trigger()

    assert asked == ["the organization “Yes California (draft)”"]
    if reply is editing.Answer.CANCEL:
        assert name_of(window.ctx, org_id) == "Yes California" + EDITED
        assert screen.editor.name.text() == "Yes California" + EDITED + " again"
        return
    if reply is editing.Answer.SAVE:
        # Saving made a newer change: nothing else is undone, and the window says so.
        assert name_of(window.ctx, org_id) == "Yes California" + EDITED + " again"
        assert "undo again" in window.statusBar().currentMessage()
        return
    assert name_of(window.ctx, org_id) == "Yes California"
    assert screen.editor.name.text() == "Yes California"
    assert not screen.has_unsaved()
    screen.editor.name.setFocus()
    keys(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # a later Save
    assert name_of(window.ctx, org_id) == "Yes California"


def test_undoing_a_membership_shows_the_person(qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    person_id = id_of(ctx, Person, "Aaliyah Brooks")
    org_id = id_of(ctx, Organization, "Cal Con Con")
    ctx.run(
        directory.add_membership,
        MembershipInput(person_id, org_id, role="treasurer"),
        label="Add Aaliyah Brooks to Cal Con Con",
    )
    window.show_area("states")

    window.undo_action.trigger()

    people = window.stack.currentWidget()
    assert people is window.area("people")
    assert isinstance(people, ListScreen) and people.selected_id() == person_id
    assert window.statusBar().currentMessage() == "Undid: Add Aaliyah Brooks to Cal Con Con"


def test_undoing_an_addition_shows_its_area_without_the_record(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = window.show_area("organizations")
    assert isinstance(screen, ListScreen)
    screen.new_record()
    qtbot.keyClicks(screen.editor.name, "Red Nevada")
    qtbot.mouseClick(screen.editor.save_button, Qt.MouseButton.LeftButton)
    new_id = id_of(window.ctx, Organization, "Red Nevada")
    window.show_area("campaigns")

    window.undo_action.trigger()

    assert window.stack.currentWidget() is screen
    assert screen.model.row_of_id(new_id) is None and screen.selected_id() is None
    assert window.statusBar().currentMessage() == "Undid: Add Red Nevada"


def test_undoing_an_action_item_change_selects_it_on_the_action_items_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    ctx = window.ctx
    item = ctx.run(call_actions.add_action_item, "Book the hall in Fresno", label="Add action item")
    ctx.run(
        call_actions.update_action_item,
        item.id,
        title="Book the hall in Fresno",
        owner_id=None,
        due_on=None,
        status="done",
        notes="",
        label="Complete “Book the hall in Fresno”",
    )
    window.show_area("people")

    window.undo_action.trigger()

    actions = window.stack.currentWidget()
    assert isinstance(actions, ActionItemsScreen)
    assert actions.selected_id() == item.id
    assert window.statusBar().currentMessage() == "Undid: Complete “Book the hall in Fresno”"


def test_a_change_set_maps_to_its_area_and_record(window: MainWindow) -> None:
    ctx = window.ctx
    person_id = id_of(ctx, Person, "Aaliyah Brooks")
    org_id = id_of(ctx, Organization, "Cal Con Con")
    ctx.run(directory.add_membership, MembershipInput(person_id, org_id), label="Add")
    membership = ctx.undo_stack.command(ctx.undo_stack.index() - 1).changeset
    assert undoplace.place_of(membership, undo=True) == undoplace.Place("people", person_id)

    ctx.run(delete_organization, org_id, label="Delete Cal Con Con")
    deletion = ctx.undo_stack.command(ctx.undo_stack.index() - 1).changeset
    # The organization's own row wins over the memberships deleted with it.
    assert undoplace.place_of(deletion, undo=True) == undoplace.Place("organizations", org_id)
    assert undoplace.place_of(deletion, undo=False) == undoplace.Place("organizations", None)


def test_undoing_an_import_into_known_organizations_shows_the_people_area(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Name,E-mail,Organization\nRosa Imported,rosa@example.org,Cal Con Con\n", encoding="utf-8"
    )
    ctx = window.ctx
    ctx.run(importers.import_file, path, "people", label="Import list.csv")
    imported = ctx.undo_stack.command(ctx.undo_stack.index() - 1).changeset
    assert undoplace.place_of(imported, undo=True) == undoplace.Place("people", None)
