"""The state tile map, driven as a user would: clicks, arrow keys, and what it paints."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from coalition.common.states import Coverage
from coalition.ui.goals.statemap import TILE_COLORS, StateTileMap

REPRESENTED = ["CA", "OR", "SC", "IL", "IN", "ND", "NH", "AZ", "NY", "PA", "TX"]


@pytest.fixture
def tile_map(qtbot) -> StateTileMap:
    widget = StateTileMap()
    qtbot.addWidget(widget)
    coverage = {code: Coverage.REPRESENTATIVE for code in REPRESENTED}
    coverage |= {"CO": Coverage.PAGE, "WA": Coverage.PAGE}
    widget.set_coverage(coverage, goal=20)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _fill_at(widget: StateTileMap, code: str) -> QColor:
    """The colour inside a tile, above its centred code so the text is not sampled."""
    rect = widget.tile_rect(code)
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    x, y = rect.center().x(), rect.top() + rect.height() * 0.15
    return image.pixelColor(QPoint(round(x * ratio), round(y * ratio)))


def test_title_counts_representatives_against_the_goal(tile_map: StateTileMap) -> None:
    assert "11 of 20" in tile_map.title_text()
    assert tile_map.title_text() == (
        "Representatives in 11 of 20 states (goal); pages only in 2 more"
    )
    tile_map.set_coverage({"CA": Coverage.REPRESENTATIVE}, goal=20)
    assert tile_map.title_text() == "Representatives in 1 of 20 states (goal)"
    assert tile_map.accessibleDescription() == tile_map.title_text()


def test_clicking_a_tile_activates_its_state(qtbot, tile_map: StateTileMap) -> None:
    centre = tile_map.tile_rect("SC").center().toPoint()
    with qtbot.waitSignal(tile_map.stateActivated) as blocker:
        qtbot.mouseClick(tile_map, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["SC"]


def test_clicking_between_tiles_activates_nothing(qtbot, tile_map: StateTileMap) -> None:
    gap = tile_map.tile_rect("SC").bottomRight().toPoint() + QPoint(2, 2)
    with qtbot.assertNotEmitted(tile_map.stateActivated):
        qtbot.mouseClick(tile_map, Qt.MouseButton.LeftButton, pos=gap)


def test_arrow_keys_move_the_highlight_and_enter_activates(qtbot, tile_map: StateTileMap) -> None:
    tile_map.activateWindow()
    tile_map.setFocus()
    qtbot.waitUntil(tile_map.hasFocus)
    assert tile_map.current_state() == "AK"
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right):
        qtbot.keyClick(tile_map, key)
    assert tile_map.current_state() == "NV"
    with qtbot.waitSignal(tile_map.stateActivated) as blocker:
        qtbot.keyClick(tile_map, Qt.Key.Key_Return)
    assert blocker.args == ["NV"]
    with qtbot.waitSignal(tile_map.stateActivated) as blocker:
        qtbot.keyClick(tile_map, Qt.Key.Key_Space)
    assert blocker.args == ["NV"]


@pytest.mark.parametrize(
    ("start", "key", "expected"),
    [
        ("AK", Qt.Key.Key_Right, "ME"),  # across the empty top row, not down to WA
        ("HI", Qt.Key.Key_Up, "CA"),  # the nearest tile, not OK one row up but far right
        ("ME", Qt.Key.Key_Right, "ME"),  # at the edge the highlight stays put
        ("TX", Qt.Key.Key_Up, "OK"),
    ],
)
def test_arrow_keys_skip_holes_in_the_grid(
    qtbot, tile_map: StateTileMap, start: str, key: Qt.Key, expected: str
) -> None:
    centre = tile_map.tile_rect(start).center().toPoint()
    qtbot.mouseClick(tile_map, Qt.MouseButton.LeftButton, pos=centre)
    assert tile_map.current_state() == start
    qtbot.keyClick(tile_map, key)
    assert tile_map.current_state() == expected


def test_tiles_are_painted_in_their_coverage_colour(tile_map: StateTileMap) -> None:
    assert _fill_at(tile_map, "SC") == TILE_COLORS[Coverage.REPRESENTATIVE][0]
    assert _fill_at(tile_map, "CO") == TILE_COLORS[Coverage.PAGE][0]
    assert _fill_at(tile_map, "GA") == TILE_COLORS[Coverage.NONE][0]


def test_tiles_stay_square_and_inside_the_widget(tile_map: StateTileMap) -> None:
    for size in ((720, 480), (1280, 500), tile_map.minimumSizeHint().toTuple()):
        tile_map.resize(*size)
        for code in ("AK", "ME", "HI", "FL"):
            rect = tile_map.tile_rect(code)
            assert rect.width() == pytest.approx(rect.height())
            assert tile_map.rect().toRectF().contains(rect)


def test_tooltip_names_the_state_its_coverage_and_details(tile_map: StateTileMap) -> None:
    tile_map.set_details({"SC": "Ana <Example> Ruiz"})
    assert tile_map.tooltip_text("SC") == (
        "<b>South Carolina</b><br>Representative<br>Ana &lt;Example&gt; Ruiz"
    )
    assert tile_map.tooltip_text("GA") == "<b>Georgia</b><br>Not yet"


def test_hovering_a_tile_shows_its_tooltip(qtbot, tile_map: StateTileMap) -> None:
    centre = tile_map.tile_rect("CO").center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, tile_map.mapToGlobal(centre))
    QApplication.sendEvent(tile_map, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == tile_map.tooltip_text("CO")


def test_unknown_state_codes_are_refused(tile_map: StateTileMap) -> None:
    with pytest.raises(ValueError, match="XX"):
        tile_map.set_coverage({"XX": Coverage.PAGE}, goal=20)
