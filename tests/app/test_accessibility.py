"""Every area read by a screen reader and walked by the keyboard: each control a person
can act on has a name a screen reader speaks (its text, the label it is the buddy of, or
an accessible name), and Tab reaches it (or the table it sits in)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coalition.ui.common import formatting
from coalition.ui.shell.mainwindow import AREAS, MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
)


def _interactive(widget: QWidget) -> bool:
    """A control a person acts on, not a part of another one (a combo box's or spin
    box's own line edit, a tab bar's scroll arrows, a field's clear button, a view's
    header or scroll bars)."""
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QHeaderView, QScrollBar)):
        return False
    parent = widget.parentWidget()
    return not isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit))


def _path(widget: QWidget, top: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        name = current.objectName() or type(current).__name__
        text = current.text() if isinstance(current, (QAbstractButton, QLineEdit)) else ""
        parts.append(f"{name}[{text}]" if text else name)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _walk(iface: QAccessibleInterface | None, seen: dict[int, QWidget]) -> None:
    """The widgets of the accessible tree under ``iface``, visible ones only."""
    if iface is None or not iface.isValid():
        return
    obj = iface.object()
    if isinstance(obj, QWidget):
        if not obj.isVisible() or id(obj) in seen:
            return
        seen[id(obj)] = obj
        if isinstance(obj, QAbstractItemView):
            return  # its cells are the view's own, reached through it
    for i in range(iface.childCount()):
        _walk(iface.child(i), seen)


def _inside_a_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def areas(window: MainWindow, qtbot: QtBot) -> dict[str, tuple[QWidget, list[QWidget]]]:
    """Each area shown in turn, with the controls its accessible tree holds."""
    found = {}
    for area in AREAS:
        screen = window.show_area(area.key)
        qtbot.wait(10)
        seen: dict[int, QWidget] = {}
        _walk(QAccessible.queryAccessibleInterface(screen), seen)
        found[area.key] = (screen, [w for w in seen.values() if _interactive(w)])
    return found


def test_every_control_of_every_area_has_a_name_a_screen_reader_speaks(
    areas: dict[str, tuple[QWidget, list[QWidget]]],
) -> None:
    unnamed = []
    for key, (screen, controls) in areas.items():
        assert controls, f"{key}: no control found in its accessible tree"
        for widget in controls:
            iface = QAccessible.queryAccessibleInterface(widget)
            name = iface.text(QAccessible.Text.Name).replace("&", "").strip()
            if not name:
                unnamed.append(f"{key}: {_path(widget, screen)}")
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)


def test_tab_reaches_every_enabled_control_of_every_area(
    areas: dict[str, tuple[QWidget, list[QWidget]]],
) -> None:
    unreachable = []
    for key, (screen, controls) in areas.items():
        for widget in controls:
            if not widget.isEnabled() or _inside_a_view(widget):
                continue
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                unreachable.append(f"{key}: {_path(widget, screen)}")
    assert not unreachable, "controls Tab never reaches:\n" + "\n".join(unreachable)


def test_a_field_in_a_form_is_named_by_its_label_and_a_search_field_by_its_hint(
    areas: dict[str, tuple[QWidget, list[QWidget]]],
) -> None:
    screen = areas["organizations"][0]
    editor = screen.editor  # type: ignore[attr-defined]
    assert editor.name.accessibleName() == "Name"
    assert editor.website.accessibleName() == "Website"
    assert editor.pages.table.accessibleName() == "Social pages"
    assert screen.view.accessibleName() == "Organizations"  # type: ignore[attr-defined]
    search = screen.findChild(QLineEdit, "listSearch")
    assert search.accessibleName() == search.placeholderText() != ""


def test_the_charts_and_the_graph_read_out_the_numbers_they_draw(window: MainWindow) -> None:
    dash = window.show_area("dashboard")
    charts = dash.charts  # type: ignore[attr-defined]
    drawn = [chart for chart in charts if chart.status.points]
    assert drawn, "the sample has goals with recorded values"
    for chart in drawn:
        day, value = chart.status.points[-1]
        description = chart.accessibleDescription()
        assert chart.status.progress_text() in description
        assert f"{formatting.date(day)}: {formatting.number(value)}." in description
    dash.tabs.setCurrentWidget(dash.graph_tab)  # type: ignore[attr-defined]
    graph = dash.graph_data  # type: ignore[attr-defined]
    campaigns = sum(1 for node in graph.nodes if node.kind == "campaign")
    description = dash.graph_view.accessibleDescription()  # type: ignore[attr-defined]
    assert f"Campaigns: {campaigns}." in description
    assert f"Endorsements: {sum(e.kind == 'endorsement' for e in graph.edges)}." in description


def test_a_status_shown_in_colour_is_also_written(
    areas: dict[str, tuple[QWidget, list[QWidget]]],
) -> None:
    """Every coloured cell or row (a background, a swatch) carries text beside its colour."""
    coloured, silent = 0, []
    for key, (screen, _controls) in areas.items():
        for view in screen.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or isinstance(view, QHeaderView):
                continue
            for row in range(min(model.rowCount(), 60)):
                column = 0
                while (index := model.index(row, column)).isValid():
                    column += 1
                    roles = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole)
                    if all(index.data(role) is None for role in roles):
                        continue
                    coloured += 1
                    if not str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip():
                        silent.append(f"{key}: {_path(view, screen)} row {row} column {column}")
    assert coloured, "the sample shows statuses in colour somewhere"
    assert not silent, "colour without text:\n" + "\n".join(silent)
