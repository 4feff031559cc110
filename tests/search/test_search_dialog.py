"""The Ctrl+K palette, typed into as a person would, over the sample coalition."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalition.search.query import search
from coalition.ui.common.context import AppContext
from coalition.ui.shell.searchdialog import SearchDialog, snippet_parts


@pytest.fixture
def dialog(qtbot: QtBot, sample_ctx: AppContext) -> SearchDialog:
    widget = SearchDialog(sample_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typing_lists_results_of_several_kinds(qtbot: QtBot, dialog: SearchDialog) -> None:
    qtbot.keyClicks(dialog.edit, "cal")
    hits = dialog.hits()
    assert {hit.kind for hit in hits} == {"organization", "person", "campaign", "draft"}
    with dialog.ctx.reading() as session:
        assert hits == search(session, "cal", limit=50)
    assert dialog.current_hit() == hits[0]
    assert dialog.status_text() == ""
    assert (
        dialog.results.item(0)
        .text()
        .endswith(("— Organization", "— Person", "— Campaign", "— Draft"))
    )


def test_each_keystroke_narrows_the_results(qtbot: QtBot, dialog: SearchDialog) -> None:
    qtbot.keyClicks(dialog.edit, "cal")
    broad = len(dialog.hits())
    qtbot.keyClicks(dialog.edit, "con")
    assert 0 < len(dialog.hits()) < broad
    assert all("calcon" in (h.title + h.snippet).lower().replace(" ", "") for h in dialog.hits())


def test_arrows_move_while_typing_goes_on_and_enter_opens(
    qtbot: QtBot, dialog: SearchDialog
) -> None:
    qtbot.keyClicks(dialog.edit, "cal")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Up)
    chosen = dialog.hits()[1]
    assert dialog.current_hit() == chosen
    assert dialog.edit.text() == "cal"  # the arrows did not move the text cursor away

    with qtbot.waitSignal(dialog.activated) as blocker:
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert blocker.args == [chosen.kind, chosen.id]
    assert dialog.result() == SearchDialog.DialogCode.Accepted


def test_the_arrows_stop_at_the_ends(qtbot: QtBot, dialog: SearchDialog) -> None:
    qtbot.keyClicks(dialog.edit, "cal")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Up)
    assert dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for _ in range(len(dialog.hits()) + 2):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == len(dialog.hits()) - 1


def test_clicking_a_result_opens_it(qtbot: QtBot, dialog: SearchDialog) -> None:
    qtbot.keyClicks(dialog.edit, "plebiscite")
    [hit] = dialog.hits()
    assert hit.kind == "campaign"
    rect = dialog.results.visualItemRect(dialog.results.item(0))
    with qtbot.waitSignal(dialog.activated) as blocker:
        qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["campaign", hit.id]


@pytest.mark.parametrize("garbage", ['"(AND*', "NEAR(", "*", "'; DROP TABLE person; --", "[]"])
def test_query_syntax_typed_is_searched_as_words(
    qtbot: QtBot, dialog: SearchDialog, garbage: str
) -> None:
    """FTS operators and quotes are only words to look for (pytest-qt fails on a raise)."""
    qtbot.keyClicks(dialog.edit, garbage)
    with dialog.ctx.reading() as session:
        assert dialog.hits() == search(session, garbage, limit=50)
    if not dialog.hits():
        assert dialog.status_text() in (
            f"No matches for “{garbage}”",
            "Type to search organizations, people and campaigns.",
        )


def test_query_syntax_in_an_empty_directory_says_no_matches(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edit, '"(AND*')
    assert dialog.hits() == []
    assert dialog.status_text() == 'No matches for “"(AND*”'
    with qtbot.assertNotEmitted(dialog.activated):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_no_matches_is_said_in_words(qtbot: QtBot, dialog: SearchDialog) -> None:
    qtbot.keyClicks(dialog.edit, '"(AND* xyzzy')
    assert dialog.hits() == []
    assert dialog.status_text() == 'No matches for “"(AND* xyzzy”'
    assert dialog.results.isHidden()
    dialog.edit.clear()
    assert dialog.status_text() == "Type to search organizations, people and campaigns."


def test_escape_closes_without_opening_anything(qtbot: QtBot, dialog: SearchDialog) -> None:
    qtbot.keyClicks(dialog.edit, "cal")
    with qtbot.assertNotEmitted(dialog.activated):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == SearchDialog.DialogCode.Rejected


def test_snippet_marks_become_bold_runs() -> None:
    assert snippet_parts("CA [calexit]-coalition [Cal] Con") == [
        ("CA ", False),
        ("calexit", True),
        ("-coalition ", False),
        ("Cal", True),
        (" Con", False),
    ]
    assert snippet_parts("") == []


def test_results_are_painted(qtbot: QtBot, dialog: SearchDialog) -> None:
    """The delegate paints each row (a failure in paint() would only print a warning)."""
    qtbot.keyClicks(dialog.edit, "cal")
    image = dialog.grab().toImage()
    assert not image.isNull()
    assert dialog.results.sizeHintForRow(0) > 2 * dialog.fontMetrics().height()


# --- whatever is pasted ----------------------------------------------------------------


def _paste(qtbot: QtBot, dialog: SearchDialog, text: str) -> None:
    QApplication.clipboard().setText(text)
    dialog.edit.clear()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_page_is_searched_by_its_first_words_with_a_note(
    qtbot: QtBot, dialog: SearchDialog
) -> None:
    _paste(qtbot, dialog, "中 " * 16000)  # short words, three bytes each: a long LIKE pattern
    assert dialog.status_text().startswith("No matches for “中 中")
    assert "Only the first 12 words are searched" in dialog.hint.text()

    _paste(qtbot, dialog, "Yes California " + "and the rest of a long note " * 200)
    assert dialog.status_text() == "" or dialog.hits() == []
    assert "Only the first 12 words are searched" in dialog.hint.text()

    _paste(qtbot, dialog, "Yes California")
    assert "Yes California" in [hit.title for hit in dialog.hits()]
    assert "Only the first" not in dialog.hint.text()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(typed=st.one_of(st.text(), st.text(min_size=300, max_size=2000)))
def test_anything_pasted_lists_results_or_says_there_are_none(
    qtbot: QtBot, dialog: SearchDialog, typed: str
) -> None:
    _paste(qtbot, dialog, typed)
    shown = dialog.edit.text()
    if not shown.strip():
        assert dialog.status_text() == "Type to search organizations, people and campaigns."
    elif dialog.hits():
        assert dialog.status_text() == ""
    else:
        assert dialog.status_text().startswith("No matches for “")
    assert "not available" not in dialog.status_text()
