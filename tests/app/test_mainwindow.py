"""The main window as a whole: areas, shortcuts, search, undo, memory of its size, first start."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coalition.common.errors import CoalitionError
from coalition.store import open_database
from coalition.store.models import Organization, Person
from coalition.ui.common import screenfit
from coalition.ui.common.context import AppContext
from coalition.ui.common.listscreen import ListScreen
from coalition.ui.goals.statescreen import StatesScreen
from coalition.ui.shell.app import Application
from coalition.ui.shell.mainwindow import AREAS, SHORTCUTS, MainWindow
from coalition.ui.shell.searchdialog import SearchDialog
from coalition.ui.shell.welcome import WelcomePage


def _module_of(key: str) -> str:
    area = next(a for a in AREAS if a.key == key)
    return area.factory.split(":")[0]


def _missing(key: str) -> bool:
    return importlib.util.find_spec(_module_of(key)) is None


def needs(*keys: str) -> pytest.MarkDecorator:
    """Skip while the screen of an area is not written yet (they are built in parallel)."""
    absent = [key for key in keys if _missing(key)]
    return pytest.mark.skipif(bool(absent), reason=f"no screen yet for: {', '.join(absent)}")


AREA_PARAMS = [pytest.param(area.key, marks=needs(area.key), id=area.key) for area in AREAS]


def _show(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    return _show(qtbot, MainWindow(ctx))


@pytest.fixture
def sample_window(qtbot: QtBot, sample_ctx: AppContext) -> MainWindow:
    return _show(qtbot, MainWindow(sample_ctx))


@pytest.mark.parametrize("key", AREA_PARAMS)
def test_each_area_opens_with_show_area(window: MainWindow, key: str) -> None:
    screen = window.show_area(key)
    assert window.stack.currentWidget() is screen
    assert screen.objectName() == f"screen_{key}"
    assert window.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == key
    assert window.show_area(key) is screen  # built once, then reused


@pytest.mark.parametrize("key", AREA_PARAMS)
def test_each_area_opens_from_the_sidebar(qtbot: QtBot, window: MainWindow, key: str) -> None:
    row = next(i for i, area in enumerate(AREAS) if area.key == key)
    if row == window.sidebar.currentRow():
        window.show_area(AREAS[(row + 1) % len(AREAS)].key)
    sidebar: QListWidget = window.sidebar
    rect = sidebar.visualItemRect(sidebar.item(row))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.area(key)


@pytest.mark.parametrize("key", AREA_PARAMS)
def test_ctrl_and_a_digit_switch_areas(qtbot: QtBot, window: MainWindow, key: str) -> None:
    *shift, digit = SHORTCUTS[key].removeprefix("Ctrl+").split("+")
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if window.stack.currentWidget() is window.area(key):
        window.show_area("states" if key != "states" else AREAS[0].key)
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"), modifiers)
    assert window.stack.currentWidget() is window.area(key)


def test_the_dashboard_is_ctrl_0_and_the_directory_ctrl_1() -> None:
    assert SHORTCUTS["dashboard"] == "Ctrl+0" and SHORTCUTS["organizations"] == "Ctrl+1"
    digits = [key for key in SHORTCUTS.values() if not key.startswith("Ctrl+Shift+")]
    assert sorted(digits) == [f"Ctrl+{n}" for n in range(10)]
    assert len(set(SHORTCUTS.values())) == len(AREAS)


def test_ctrl_k_opens_the_search_and_a_result_opens_its_record(
    qtbot: QtBot, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sample_window.ctx.reading() as session:
        org_id = session.scalar(
            select(Organization.id).where(Organization.name == "Yes California")
        )
    opened: list[SearchDialog] = []

    def fake_exec(dialog: SearchDialog) -> int:
        """Stand in for the modal loop: choose a result as a person would, then return."""
        opened.append(dialog)
        qtbot.keyClicks(dialog.edit, "yes california")
        assert dialog.current_hit() is not None and dialog.current_hit().id == org_id
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(SearchDialog, "exec", fake_exec)
    sample_window.show_area("states")
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    qtbot.keyClick(sample_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)

    assert len(opened) == 1 and opened[0].parent() is sample_window
    screen = sample_window.stack.currentWidget()
    assert screen is sample_window.area("organizations")
    assert isinstance(screen, ListScreen) and screen.selected_id() == org_id


@needs("people")
def test_open_record_shows_the_person_selected(sample_window: MainWindow) -> None:
    with sample_window.ctx.reading() as session:
        person_id = session.scalar(select(Person.id).where(Person.name == "Michael Tran"))
    sample_window.open_record("person", person_id)
    screen = sample_window.stack.currentWidget()
    assert screen is sample_window.area("people")
    assert isinstance(screen, ListScreen)
    assert screen.selected_id() == person_id
    assert screen.editor.record_id == person_id


@needs("people")
def test_the_state_map_opens_a_representative(qtbot: QtBot, sample_window: MainWindow) -> None:
    states = sample_window.show_area("states")
    assert isinstance(states, StatesScreen)
    states.show_state("SC")
    states.representatives.setFocus()
    qtbot.keyClick(states.representatives, Qt.Key.Key_Return)
    people = sample_window.stack.currentWidget()
    assert people is sample_window.area("people")
    assert isinstance(people, ListScreen)
    with sample_window.ctx.reading() as session:
        michael = session.scalar(select(Person.id).where(Person.name == "Michael Tran"))
    assert people.selected_id() == michael


def test_undo_and_redo_from_the_edit_menu(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.show_area("organizations")
    assert isinstance(screen, ListScreen)
    screen.new_record()
    qtbot.keyClicks(screen.editor.name, "Red Georgia")
    qtbot.mouseClick(screen.editor.save_button, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == 1
    assert window.undo_action.text() == "&Undo Add Red Georgia"

    window.undo_action.trigger()
    assert screen.model.rowCount() == 0
    assert window.redo_action.isEnabled()

    window.redo_action.trigger()
    assert screen.model.rowCount() == 1
    with window.ctx.reading() as session:
        assert session.scalars(select(Organization.name)).all() == ["Red Georgia"]


def test_the_window_opens_on_the_dashboard_whatever_was_shown_last(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.show_area("states")
    assert window.close()

    again = _show(qtbot, MainWindow(AppContext(ctx.db, ctx.settings)))
    assert again.stack.currentWidget() is again.area("dashboard")
    assert again.sidebar.currentItem().text() == AREAS[0].title


def test_the_size_is_remembered(qtbot: QtBot, ctx: AppContext) -> None:
    # Start on the map: the directory lists are wider than the 800x800 offscreen screen,
    # and restoring a geometry clamps it to the screen.
    ctx.settings.setValue("window/area", "states")
    window = _show(qtbot, MainWindow(ctx))
    window.resize(790, 560)
    assert window.close()

    again = _show(qtbot, MainWindow(AppContext(ctx.db, ctx.settings)))
    assert again.size() == QSize(790, 560)


def test_a_first_window_is_1280_by_800_or_the_screen(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    # As large as fits, leaving room for the window manager's title bar and borders.
    room = screenfit.FRAME_ALLOWANCE
    wanted = QSize(
        min(1280, available.width() - room.width()), min(800, available.height() - room.height())
    )
    assert window.size() == wanted
    assert available.contains(window.frameGeometry())


def test_an_empty_database_welcomes_and_the_sample_can_be_explored(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_welcome_if_empty()
    welcome = window.stack.currentWidget()
    assert isinstance(welcome, WelcomePage)
    assert str(window.ctx.db.describe()) in welcome.location.text()

    qtbot.mouseClick(welcome.sample_button, Qt.MouseButton.LeftButton)

    assert window.welcome is None
    assert window.stack.currentWidget() is window.area("dashboard")
    assert window.ctx.undo_stack.undoText() == "Load the sample coalition"
    assert "Sample coalition loaded" in window.statusBar().currentMessage()
    organizations = window.show_area("organizations")
    assert isinstance(organizations, ListScreen) and organizations.model.rowCount() > 10


def test_starting_empty_leaves_the_welcome_for_good(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.show_welcome_if_empty()
    assert isinstance(window.welcome, WelcomePage)
    qtbot.mouseClick(window.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert window.welcome is None
    assert window.stack.currentWidget() is window.area("dashboard")

    again = _show(qtbot, MainWindow(AppContext(ctx.db, ctx.settings)))
    again.show_welcome_if_empty()
    assert again.welcome is None


def test_another_new_database_is_welcomed_again(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    window.show_welcome_if_empty()
    qtbot.mouseClick(window.welcome.empty_button, Qt.MouseButton.LeftButton)

    other = open_database(tmp_path / "another.db")
    try:
        fresh = _show(qtbot, MainWindow(AppContext(other, ctx.settings)))
        fresh.show_welcome_if_empty()
        assert isinstance(fresh.welcome, WelcomePage)
    finally:
        other.close()


def test_importing_from_the_welcome_opens_the_import(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    imports: list[bool] = []
    monkeypatch.setattr(MainWindow, "import_csv", lambda self: imports.append(True))
    window.show_welcome_if_empty()
    assert isinstance(window.welcome, WelcomePage)
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    assert imports == [True]
    assert window.welcome is None


def test_a_database_with_a_directory_shows_no_welcome(sample_window: MainWindow) -> None:
    sample_window.show_welcome_if_empty()
    assert sample_window.welcome is None
    assert not isinstance(sample_window.stack.currentWidget(), WelcomePage)


def test_a_file_that_is_not_a_database_is_refused_clearly(
    tmp_path: Path, settings: QSettings, qapp: object
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my meeting notes, not a database.\n" * 200)
    with pytest.raises(CoalitionError, match="not a database") as caught:
        Application().open_window(str(path))
    assert str(path) in str(caught.value)
