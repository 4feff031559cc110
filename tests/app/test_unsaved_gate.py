"""Nothing typed is lost: every way of leaving a directory editor saves, or asks first.

Each editor (Organizations, People, Campaigns) is typed into, then left by each way a
person leaves it — another row, Ctrl+K, a filter then a row, another area, closing the
window, Ctrl+N — and each answer (Save, Discard, Cancel) is checked against what is
stored and what the window shows.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coalition.store.models import Campaign, Organization, Person
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext
from coalition.ui.common.listscreen import ListScreen
from coalition.ui.shell.mainwindow import AREAS, SHORTCUTS, MainWindow
from coalition.ui.shell.searchdialog import SearchDialog

TYPED = " (draft)"


@dataclass(frozen=True)
class Kind:
    area: str
    kind: str  # as search and open_record name it
    model: type
    edited: str  # the record typed into
    target: str  # the record gone to
    label: str  # what the question names


KINDS = {
    "organizations": Kind(
        "organizations",
        "organization",
        Organization,
        "Yes California",
        "Cal Con Con",
        "the organization “Yes California”",
    ),
    "people": Kind(
        "people", "person", Person, "Michael Tran", "Aaliyah Brooks", "the person “Michael Tran”"
    ),
    "campaigns": Kind(
        "campaigns",
        "campaign",
        Campaign,
        "No foreign money",
        "Peaceful movement of state borders",
        "the campaign “No foreign money”",
    ),
}


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the gate asked about; answers Cancel until a test says otherwise."""
    questions: list[str] = []
    answer(monkeypatch, questions, editing.Answer.CANCEL)
    return questions


def answer(monkeypatch: pytest.MonkeyPatch, questions: list[str], reply: editing.Answer) -> None:
    def ask(_parent: object, what: str) -> editing.Answer:
        questions.append(what)
        return reply

    monkeypatch.setattr(editing, "ask_hook", ask)


def id_of(ctx: AppContext, model: type, name: str) -> str:
    with ctx.reading() as session:
        return session.scalar(select(model.id).where(model.name == name))  # type: ignore[attr-defined]


def stored_name(ctx: AppContext, model: type, record_id: str) -> str:
    with ctx.reading() as session:
        return session.get(model, record_id).name


def click_row(qtbot: QtBot, screen: ListScreen, record_id: str) -> None:
    row = screen.model.row_of_id(record_id)
    assert row is not None
    index = screen.model.index(row, 0)
    screen.view.scrollTo(index)
    rect = screen.view.visualRect(index)
    qtbot.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def start_editing(qtbot: QtBot, window: MainWindow, kind: Kind) -> tuple[ListScreen, str]:
    """Open the record in its area and type after its name, as a person would."""
    record_id = id_of(window.ctx, kind.model, kind.edited)
    window.open_record(kind.kind, record_id)
    screen = window.stack.currentWidget()
    assert isinstance(screen, ListScreen) and screen.selected_id() == record_id
    screen.editor.name.setFocus()
    screen.editor.name.end(False)
    qtbot.keyClicks(screen.editor.name, TYPED)
    assert screen.has_unsaved()
    return screen, record_id


def ctrl(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def search_and_open(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, kind: Kind, target: str
) -> None:
    """Ctrl+K, type the name, Enter: the search dialog opens it through MainWindow.open_record."""

    def fake_exec(dialog: SearchDialog) -> int:
        qtbot.keyClicks(dialog.edit, kind.target)
        for _ in range(10):  # down the results to the one looked for
            hit = dialog.current_hit()
            if hit is None or hit.id == target:
                break
            qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
        assert hit is not None and hit.id == target
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(SearchDialog, "exec", fake_exec)
    ctrl(qtbot, window, Qt.Key.Key_K)


def filter_then_click(qtbot: QtBot, screen: ListScreen, kind: Kind, target: str) -> None:
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, kind.target.split()[-1])
    qtbot.waitUntil(lambda: not screen._debounce.isActive())
    click_row(qtbot, screen, target)


WAYS = ("row", "search", "filter", "area", "close", "new")
ANSWERS = (editing.Answer.SAVE, editing.Answer.DISCARD, editing.Answer.CANCEL)


@pytest.mark.parametrize("reply", ANSWERS, ids=[a.value for a in ANSWERS])
@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("area", list(KINDS))
def test_leaving_an_editor_with_typed_edits_saves_discards_or_stays(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    area: str,
    way: str,
    reply: editing.Answer,
) -> None:
    kind = KINDS[area]
    ctx = window.ctx
    screen, edited = start_editing(qtbot, window, kind)
    target = id_of(ctx, kind.model, kind.target)
    questions: list[str] = []
    answer(monkeypatch, questions, reply)

    if way == "row":
        click_row(qtbot, screen, target)
    elif way == "search":
        search_and_open(qtbot, window, monkeypatch, kind, target)
    elif way == "filter":
        filter_then_click(qtbot, screen, kind, target)
    elif way == "area":
        ctrl(qtbot, window, getattr(Qt.Key, f"Key_{SHORTCUTS['states'][-1]}"))
    elif way == "close":
        window.close()
    elif way == "new":
        ctrl(qtbot, window, Qt.Key.Key_N)

    assert questions == [kind.label]
    expected = kind.edited + TYPED if reply is editing.Answer.SAVE else kind.edited
    assert stored_name(ctx, kind.model, edited) == expected
    row = next(i for i, a in enumerate(AREAS) if a.key == area)
    if reply is editing.Answer.CANCEL:
        # Exactly where they were: the same record, what they typed, its row, its area.
        assert window.isVisible()
        assert window.stack.currentWidget() is screen
        assert window.sidebar.currentRow() == row
        assert screen.editor.record_id == edited
        assert screen.editor.name.text() == kind.edited + TYPED
        if way != "filter":  # the filter typed hides it
            assert screen.selected_id() == edited
            assert screen.view.selectionModel().selectedRows()[0].row() == screen.model.row_of_id(
                edited
            )
        return
    assert not screen.has_unsaved()
    if way in ("row", "search", "filter"):
        assert screen.selected_id() == target
        assert screen.editor.record_id == target
        assert screen.editor.name.text() == kind.target
    elif way == "area":
        assert window.stack.currentWidget() is window.area("states")
    elif way == "close":
        assert not window.isVisible()
    elif way == "new":
        assert screen.editor.record_id is None
        assert screen.editor.name.text() == ""
        assert QApplication.focusWidget() is screen.editor.name


@pytest.mark.parametrize("area", list(KINDS))
def test_clicking_the_sidebar_with_edits_asks_and_cancel_stays(
    qtbot: QtBot, window: MainWindow, asked: list[str], area: str
) -> None:
    kind = KINDS[area]
    screen, _edited = start_editing(qtbot, window, kind)
    row = next(i for i, a in enumerate(AREAS) if a.key == "states")
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == [kind.label]
    assert window.stack.currentWidget() is screen
    assert window.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == area
    assert [i.row() for i in window.sidebar.selectionModel().selectedIndexes()] == [
        window.sidebar.currentRow()
    ]
    assert screen.editor.name.text() == kind.edited + TYPED


def test_the_arrow_keys_in_the_list_ask_too(
    qtbot: QtBot, window: MainWindow, asked: list[str]
) -> None:
    screen, edited = start_editing(qtbot, window, KINDS["people"])
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_Down)
    assert asked == [KINDS["people"].label]
    assert screen.selected_id() == edited
    assert screen.editor.name.text() == KINDS["people"].edited + TYPED


def test_moving_without_edits_asks_nothing(
    qtbot: QtBot, window: MainWindow, asked: list[str]
) -> None:
    kind = KINDS["organizations"]
    window.open_record(kind.kind, id_of(window.ctx, kind.model, kind.edited))
    screen = window.stack.currentWidget()
    assert isinstance(screen, ListScreen)
    target = id_of(window.ctx, kind.model, kind.target)
    click_row(qtbot, screen, target)
    window.show_area("states")
    window.close()
    assert asked == []
    assert screen.editor.record_id == target


# --- a new record, typed but not saved ---------------------------------------------------------


@pytest.mark.parametrize("reply", ANSWERS, ids=[a.value for a in ANSWERS])
def test_a_new_record_typed_then_another_row_clicked_asks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, reply: editing.Answer
) -> None:
    kind = KINDS["people"]
    screen = window.show_area("people")
    assert isinstance(screen, ListScreen)
    ctrl(qtbot, window, Qt.Key.Key_N)
    assert QApplication.focusWidget() is screen.editor.name
    qtbot.keyClicks(screen.editor.name, "Ines Albarran")
    questions: list[str] = []
    answer(monkeypatch, questions, reply)
    target = id_of(window.ctx, kind.model, kind.target)

    click_row(qtbot, screen, target)

    assert questions == ["the new person “Ines Albarran”"]
    created = id_of(window.ctx, Person, "Ines Albarran")
    assert (created is not None) == (reply is editing.Answer.SAVE)
    if reply is editing.Answer.CANCEL:
        assert screen.editor.record_id is None
        assert screen.editor.name.text() == "Ines Albarran"
        assert screen.selected_id() is None
    else:
        assert screen.editor.record_id == target and screen.selected_id() == target


@pytest.mark.parametrize("reply", ANSWERS, ids=[a.value for a in ANSWERS])
def test_a_new_record_typed_then_the_window_closed_asks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, reply: editing.Answer
) -> None:
    screen = window.show_area("organizations")
    assert isinstance(screen, ListScreen)
    ctrl(qtbot, window, Qt.Key.Key_N)
    qtbot.keyClicks(screen.editor.name, "Red Nevada")
    questions: list[str] = []
    answer(monkeypatch, questions, reply)

    window.close()

    assert questions == ["the new organization “Red Nevada”"]
    assert (id_of(window.ctx, Organization, "Red Nevada") is not None) == (
        reply is editing.Answer.SAVE
    )
    assert window.isVisible() == (reply is editing.Answer.CANCEL)


def test_a_blank_new_form_is_left_without_a_question(
    qtbot: QtBot, window: MainWindow, asked: list[str]
) -> None:
    screen = window.show_area("campaigns")
    assert isinstance(screen, ListScreen)
    ctrl(qtbot, window, Qt.Key.Key_N)
    target = id_of(window.ctx, Campaign, KINDS["campaigns"].target)
    click_row(qtbot, screen, target)
    window.close()
    assert asked == []
    assert not window.isVisible()


def test_a_refused_save_keeps_the_person_on_the_record(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    kind = KINDS["organizations"]
    screen, edited = start_editing(qtbot, window, kind)
    screen.editor.name.selectAll()
    qtbot.keyClick(screen.editor.name, Qt.Key.Key_Delete)  # a name is required
    answer(monkeypatch, [], editing.Answer.SAVE)
    click_row(qtbot, screen, id_of(window.ctx, kind.model, kind.target))
    assert screen.editor.record_id == edited and screen.selected_id() == edited
    assert screen.editor.problem_text("name")
    assert stored_name(window.ctx, kind.model, edited) == kind.edited


# --- sync ------------------------------------------------------------------------------------


def sync_controller(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    from coalition.ui.sync.controller import SyncController

    qtbot.waitUntil(lambda: hasattr(window, "sync_controller"))
    controller = window.sync_controller  # type: ignore[attr-defined]
    assert isinstance(controller, SyncController)
    return controller


def test_the_automatic_sync_waits_while_an_editor_holds_edits(
    qtbot: QtBot, window: MainWindow, asked: list[str]
) -> None:
    from coalition.ui.sync.controller import SYNC_EVERY_MS, UNSAVED_RETRY_MS

    controller = sync_controller(qtbot, window)
    screen, _ = start_editing(qtbot, window, KINDS["people"])
    controller.auto_sync()
    assert asked == []  # never a question from a timer
    assert controller.timer.isActive() and controller.timer.interval() == UNSAVED_RETRY_MS
    screen.editor.save()
    controller.auto_sync()  # no server set up: the next try is the usual one
    assert controller.timer.interval() == SYNC_EVERY_MS


def test_sync_now_with_edits_asks_first_and_cancel_syncs_nothing(
    qtbot: QtBot, window: MainWindow, asked: list[str]
) -> None:
    controller = sync_controller(qtbot, window)
    screen, _edited = start_editing(qtbot, window, KINDS["people"])
    controller.sync_action.trigger()  # F5
    assert asked == [KINDS["people"].label]
    assert controller.server_dialog is None and not controller.running()
    assert screen.editor.name.text() == KINDS["people"].edited + TYPED


def test_sync_now_with_edits_saves_them_when_asked_to(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coalition.ui.sync.server_dialog import ServerDialog

    controller = sync_controller(qtbot, window)
    _screen, edited = start_editing(qtbot, window, KINDS["people"])
    answer(monkeypatch, [], editing.Answer.SAVE)
    shown: list[ServerDialog] = []
    monkeypatch.setattr(ServerDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    controller.sync_action.trigger()
    assert stored_name(window.ctx, Person, edited) == KINDS["people"].edited + TYPED
    assert len(shown) == 1  # then on to the sync: no server yet, so its settings


def test_switching_profile_with_edits_asks_first_and_cancel_stays(
    qtbot: QtBot, window: MainWindow, asked: list[str]
) -> None:
    """Typed edits are not handed to the next organizer to save under their name."""
    screen, _edited = start_editing(qtbot, window, KINDS["people"])
    assert window.switch_profile() is None
    assert asked == [KINDS["people"].label]
    assert screen.editor.name.text() == KINDS["people"].edited + TYPED
