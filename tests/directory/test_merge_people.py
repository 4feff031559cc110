"""One person entered twice: the editor's warning, and Merge people… on the People screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coalition.store.models import Person, PersonEmail
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext
from coalition.ui.directory.merge_people import MergePeopleDialog
from coalition.ui.directory.people import PeopleScreen
from directory.test_deletion_screen import rows


@pytest.fixture
def screen(qtbot: QtBot, sample_ctx: AppContext) -> PeopleScreen:
    widget = PeopleScreen(sample_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ids(ctx: AppContext) -> dict[str, str]:
    with ctx.reading() as session:
        return {p.name: p.id for p in session.scalars(select(Person))}


def _emails(ctx: AppContext, person_id: str) -> list[str]:
    with ctx.reading() as session:
        return list(
            session.scalars(
                select(PersonEmail.address)
                .where(PersonEmail.person_id == person_id)
                .order_by(PersonEmail.position)
            )
        )


def _click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _choose_completion(qtbot: QtBot, picker: Any) -> None:
    """Click the one name the picker offers under what was typed, as a person would."""
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    index = popup.model().index(0, 0)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )
    assert not popup.isVisible()


def test_merge_people_keeps_both_on_one_and_ctrl_z_brings_both_back(
    qtbot: QtBot, screen: PeopleScreen
) -> None:
    ctx = screen.ctx
    ids = _ids(ctx)
    keep, gone = ids["Aaliyah Brooks"], ids["Marisol Vega-Ortiz"]
    before = rows(ctx)
    screen.select_id(keep)
    _click(qtbot, screen.merge_button)
    dialog = screen.findChild(MergePeopleDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert dialog.keep.currentText() == "Aaliyah Brooks" and dialog.other.currentText() == ""
    assert not dialog.merge_button.isEnabled()

    qtbot.keyClicks(dialog.other.lineEdit(), "Marisol Vega-Ortiz")
    _choose_completion(qtbot, dialog.other)
    assert dialog.isVisible() and dialog.merge_button.isEnabled()
    # Side by side: her language is Spanish, his English; keep hers.
    english, spanish = dialog.choices["language"]
    assert (english.text(), spanish.text()) == ("en", "es") and english.isChecked()
    spanish.setFocus()
    qtbot.keyClick(spanish, Qt.Key.Key_Space)
    assert spanish.isChecked()
    _click(qtbot, dialog.merge_button)

    assert not dialog.isVisible()
    with ctx.reading() as session:
        assert session.get(Person, gone) is None
        survivor = session.get(Person, keep)
        assert (
            survivor is not None and survivor.language == "es" and survivor.name == "Aaliyah Brooks"
        )
    assert _emails(ctx, keep) == [
        "aaliyah.brooks@example.org",
        "coalition.calls.series@example.org",
        "marisol.vega@example.org",
        "cnp.chair@example.org",
    ]
    assert screen.model.row_of_id(gone) is None
    assert screen.selected_id() == keep
    assert ctx.undo_stack.count() == 1

    ctx.undo_stack.undo()
    assert rows(ctx) == before
    assert screen.model.row_of_id(gone) is not None


def test_the_same_person_cannot_be_merged_with_themselves(
    qtbot: QtBot, screen: PeopleScreen
) -> None:
    screen.select_id(_ids(screen.ctx)["Aaliyah Brooks"])
    _click(qtbot, screen.merge_button)
    dialog = screen.findChild(MergePeopleDialog)
    qtbot.keyClicks(dialog.other.lineEdit(), "Aaliyah Brooks")
    assert not dialog.merge_button.isEnabled()
    assert dialog.problem.text() == "Choose two different people." and dialog.problem.isVisibleTo(
        dialog
    )


def test_a_new_person_with_an_address_already_known_is_warned_of_at_save(
    qtbot: QtBot, screen: PeopleScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = screen.ctx
    asked: list[str] = []

    def answer(_parent: object, what: str) -> editing.Answer:
        asked.append(what)
        return editing.Answer.DISCARD

    monkeypatch.setattr(editing, "ask_hook", answer)
    ids = _ids(ctx)
    _click(qtbot, screen.new_button)
    editor = screen.editor
    qtbot.keyClicks(editor.name, "Marisol Vega")
    qtbot.keyClicks(editor.emails, "MARISOL.VEGA@example.org")
    _click(qtbot, editor.save_button)

    assert editor.record_id is None  # not saved: the warning waits for an answer
    assert editor.duplicates.isVisibleTo(editor)
    (open_button,) = editor.duplicates.open_buttons
    assert open_button.text() == "Open Marisol Vega-Ortiz"
    assert (
        "has the same e-mail address (MARISOL.VEGA@example.org)"
        in editor.duplicates.findChildren(type(editor.duplicates.title))[1].text()
    )
    assert "Marisol Vega" not in _ids(ctx)
    # Save again: the way on is said, and a field's own problem is shown first.
    said: list[str] = []
    ctx.message.connect(said.append)
    assert not editor.save()
    assert said[-1] == (
        "This person may be in the directory already: open them above, or Save anyway."
    )
    qtbot.keyClicks(editor.state, "Californi")
    assert not editor.save()
    assert "Californi" in editor.problem_text("state")
    editor.state.clear()

    _click(qtbot, editor.duplicates.save_button)  # Save anyway
    assert "Marisol Vega" in _ids(ctx)
    assert editor.record_id == _ids(ctx)["Marisol Vega"]
    assert not editor.duplicates.isVisibleTo(editor)

    # The other one can be opened from the warning.
    _click(qtbot, screen.new_button)
    qtbot.keyClicks(editor.name, "marisol  VEGA-ortiz")
    _click(qtbot, editor.save_button)
    assert editor.record_id is None
    names = [b.text() for b in editor.duplicates.open_buttons]
    assert "Open Marisol Vega-Ortiz" in names
    _click(qtbot, editor.duplicates.open_buttons[names.index("Open Marisol Vega-Ortiz")])
    # What was typed for the new person is not thrown away without a word.
    assert asked == ["the new person “marisol  VEGA-ortiz”"]
    assert editor.record_id == ids["Marisol Vega-Ortiz"]
    assert editor.name.text() == "Marisol Vega-Ortiz"


def test_namesakes_are_told_apart_in_the_merge_pickers(qtbot: QtBot, screen: PeopleScreen) -> None:
    from coalition.directory import records as directory

    for address in ("rosa.delgado@example.org", "rosa.d@example.net"):
        screen.ctx.run(
            directory.create_person,
            directory.PersonInput("Rosa Delgado", [address]),
            label="Add person",
        )
    _click(qtbot, screen.merge_button)
    dialog = screen.findChild(MergePeopleDialog)
    assert dialog is not None
    labels = [dialog.other.itemText(i) for i in range(dialog.other.count())]
    assert "Rosa Delgado — rosa.delgado@example.org" in labels
    assert "Rosa Delgado — rosa.d@example.net" in labels
    assert "Rosa Delgado" not in labels
    dialog.reject()
