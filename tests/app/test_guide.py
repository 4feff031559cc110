"""Help → User guide: the pages of docs/ in a window of their own, offline, the contents
first and each area's page a link away; and a sentence saying where it looked when the
pages are nowhere to be found."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coalition.ui.shell import guide
from coalition.ui.shell.guide import GuideWindow, guide_folder, open_guide

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _link_position(window: GuideWindow, href: str) -> QPoint:
    """Where on the page the link to ``href`` is drawn, in the browser's viewport."""
    document = window.browser.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return window.browser.cursorRect(cursor).center()
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on {window.page_name()}")


def test_a_source_checkout_finds_the_pages_beside_the_package() -> None:
    assert guide_folder() == ROOT / "docs"


def test_the_guide_opens_on_its_contents_and_its_link_leads_to_the_events_page(
    qtbot: QtBot, parent: QWidget
) -> None:
    window = open_guide(parent)
    assert isinstance(window, GuideWindow)
    qtbot.waitExposed(window)
    assert not window.isModal()
    assert window.page_name() == "README.md"
    assert "Coalition user guide" in window.browser.toPlainText()

    qtbot.mouseClick(
        window.browser.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_link_position(window, "events.md"),
    )
    qtbot.waitUntil(lambda: window.page_name() == "events.md")
    assert "Events, shifts and the sign-up table" in window.browser.toPlainText()
    assert "Ctrl+Shift+T" in window.browser.toPlainText()

    window.back_button.click()
    qtbot.waitUntil(lambda: window.page_name() == "README.md")


def test_opening_it_again_brings_the_same_window_to_the_page_asked(
    qtbot: QtBot, parent: QWidget
) -> None:
    first = open_guide(parent)
    again = open_guide(parent, "mail.md")
    assert again is first
    assert isinstance(again, GuideWindow)
    assert again.page_name() == "mail.md"


def test_pages_nowhere_to_be_found_are_said_so_with_where_it_looked(
    qtbot: QtBot, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nowhere = [tmp_path / "docs", tmp_path / "share" / "doc" / "coalition"]
    monkeypatch.setattr(guide, "guide_places", lambda: nowhere)
    window = open_guide(parent)
    assert isinstance(window, GuideWindow)
    text = window.browser.toPlainText()
    assert "The user guide's pages could not be found" in text
    for place in nowhere:
        assert str(place) in text
    assert not window.contents_button.isEnabled()


def test_f1_in_the_main_window_opens_the_guide_at_its_contents(
    qtbot: QtBot, window: QWidget
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = window.findChild(GuideWindow, "guideWindow")
    assert shown is not None
    qtbot.waitUntil(shown.isVisible)
    assert shown.page_name() == "README.md"
    assert "Events" in shown.browser.toPlainText()
