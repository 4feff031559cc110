"""Keyboard shortcuts: no key bound twice where both could answer, and every list answers
Ctrl+N, Delete, and F2 or Enter, whichever way its screen was reached."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget
from pytestqt.qtbot import QtBot

from coalition.calls import actions
from coalition.ui.calls.actions import ActionItemsScreen
from coalition.ui.common.listscreen import ListScreen
from coalition.ui.shell.mainwindow import AREAS, SHORTCUTS, MainWindow

LIST_AREAS = ("organizations", "people", "campaigns", "actions")


Scope = tuple[QWidget, bool]  # the widget, and whether its children are in it too


def scopes(window: MainWindow, context: Qt.ShortcutContext, widgets: list[QWidget]) -> list[Scope]:
    """Where a shortcut answers: a widget, a widget and its children, or the whole window."""
    found: list[Scope] = []
    for widget in widgets:
        if isinstance(widget, (QMenu, QMenuBar)) or context in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            found.append(
                (widget.window() if not isinstance(widget, (QMenu, QMenuBar)) else window, True)
            )
        else:
            found.append((widget, context == Qt.ShortcutContext.WidgetWithChildrenShortcut))
    return found


def overlap(a: Scope, b: Scope) -> bool:
    (wa, deep_a), (wb, deep_b) = a, b
    return wa is wb or (deep_a and wa.isAncestorOf(wb)) or (deep_b and wb.isAncestorOf(wa))


def bindings(window: MainWindow) -> list[tuple[str, str, list[Scope]]]:
    """(key, what it does, where it answers) for every QAction and QShortcut of the window."""
    found = []
    for action in window.findChildren(QAction):
        widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        for key in action.shortcuts():
            found.append(
                (key.toString(), action.text(), scopes(window, action.shortcutContext(), widgets))
            )
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parentWidget()
        for key in shortcut.keys():  # noqa: SIM118  QShortcut.keys(): its key sequences, no dict
            found.append(
                (
                    key.toString(),
                    f"shortcut of {parent.objectName()}",
                    scopes(window, shortcut.context(), [parent]),
                )
            )
    return found


def test_no_two_shortcuts_answer_the_same_key_in_the_same_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    for area in AREAS:
        window.show_area(area.key)
    qtbot.waitUntil(lambda: hasattr(window, "sync_controller"))  # F5 and the Sync menu
    seen = bindings(window)
    assert any(key == "Ctrl+N" for key, _, _ in seen)
    clashes = []
    for i, (key, what, where) in enumerate(seen):
        for other_key, other_what, other_where in seen[i + 1 :]:
            if key == other_key and any(overlap(a, b) for a in where for b in other_where):
                clashes.append(f"{key}: {what!r} and {other_what!r}")
    assert clashes == []


def test_a_key_bound_twice_on_a_list_and_its_screen_is_caught(window: MainWindow) -> None:
    """The check above can fail: the Ctrl+N bound on a list and on its screen both is seen."""
    screen = window.show_area("people")
    twice = QAction("New", screen.view)
    twice.setShortcut(QKeySequence.StandardKey.New)
    twice.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    screen.view.addAction(twice)
    ctrl_n = [where for key, _, where in bindings(window) if key == "Ctrl+N"]
    pairs = [(x, y) for i, x in enumerate(ctrl_n) for y in ctrl_n[i + 1 :]]
    assert any(overlap(a, b) for x, y in pairs for a in x for b in y)


@pytest.mark.parametrize("area", LIST_AREAS)
def test_ctrl_n_after_ctrl_and_a_digit_starts_a_new_record_in_its_first_field(
    qtbot: QtBot, window: MainWindow, area: str
) -> None:
    # Start with the cursor in a field of another screen, as after editing there.
    people = window.show_area("people" if area != "people" else "organizations")
    assert isinstance(people, ListScreen)
    people.editor.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is people.editor.name)
    digit = SHORTCUTS[area].removeprefix("Ctrl+")

    qtbot.keyClick(
        QApplication.focusWidget(),
        getattr(Qt.Key, f"Key_{digit}"),
        Qt.KeyboardModifier.ControlModifier,
    )
    screen = window.stack.currentWidget()
    assert screen is window.area(area)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    if isinstance(screen, ActionItemsScreen):
        dialog = screen.last_dialog
        assert dialog is not None and dialog.windowTitle() == "New action item"
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title)
        dialog.reject()
        return
    assert isinstance(screen, ListScreen)
    assert screen.editor.record_id is None and screen.editor.heading.text().startswith("New")
    assert QApplication.focusWidget() is screen.editor.name


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return], ids=["F2", "Enter"])
@pytest.mark.parametrize("area", LIST_AREAS[:3])
def test_f2_or_enter_on_the_list_edits_the_selected_record(
    qtbot: QtBot, window: MainWindow, area: str, key: Qt.Key
) -> None:
    screen = window.show_area(area)
    assert isinstance(screen, ListScreen)
    screen.view.selectRow(1)
    screen.view.setFocus()
    qtbot.keyClick(screen.view, key)
    assert QApplication.focusWidget() is screen.editor.name
    assert screen.editor.record_id == screen.selected_id()


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return], ids=["F2", "Enter"])
def test_f2_or_enter_on_the_action_items_edits_the_selected_one(
    qtbot: QtBot, window: MainWindow, key: Qt.Key
) -> None:
    window.ctx.run(actions.add_action_item, "Book the hall in Fresno", label="Add")
    screen = window.show_area("actions")
    assert isinstance(screen, ActionItemsScreen)
    screen.view.selectRow(0)
    screen.view.setFocus()
    qtbot.keyClick(screen.view, key)
    assert screen.last_dialog is not None and screen.last_dialog.windowTitle() == "Edit action item"
    screen.last_dialog.reject()


@pytest.mark.parametrize("delete", [True, False], ids=["confirmed", "refused"])
def test_delete_on_the_action_items_asks_then_deletes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, delete: bool
) -> None:
    item = window.ctx.run(actions.add_action_item, "Book the hall in Fresno", label="Add")
    screen = window.show_area("actions")
    assert isinstance(screen, ActionItemsScreen)
    questions: list[str] = []
    monkeypatch.setattr(
        screen, "confirm", lambda question, _detail: questions.append(question) or delete
    )
    screen.select_id(item.id)
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_Delete)
    assert questions == ["Delete the action item “Book the hall in Fresno”?"]
    assert (screen.model.row_of_id(item.id) is None) == delete
    with window.ctx.reading() as session:
        assert (item.id not in {r.id for r in actions.action_items(session, status=None)}) == delete
