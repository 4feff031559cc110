"""The coalition graph on the dashboard: an organization without links keeps out of the
way, and the wheel scrolls the dashboard unless Ctrl is held."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.goals import report
from coalition.ui.common.context import AppContext
from coalition.ui.goals.screen import DashboardScreen


def _graph_dashboard(qtbot: QtBot, ctx: AppContext, size: tuple[int, int]) -> DashboardScreen:
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    screen.tabs.setCurrentWidget(screen.graph_tab)
    assert screen.graph_view is not None
    QApplication.processEvents()
    return screen


def test_an_organization_without_links_leaves_the_rest_of_the_graph_its_room(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    sample_ctx.run(
        directory.create_organization, directory.OrganizationInput(name="Lonely Mountain Grange")
    )
    screen = _graph_dashboard(qtbot, sample_ctx, (1300, 900))
    view = screen.graph_view
    graph = screen.graph_data
    linked = {e.source for e in graph.edges} | {e.target for e in graph.edges}
    alone = [n.id for n in graph.nodes if n.id not in linked]
    assert alone  # the new organization, at least
    linked_box = QRectF()
    for node_id in linked:
        linked_box = linked_box.united(view.item_at_node(node_id).sceneBoundingRect())

    def fills_most() -> bool:
        shown = view.mapFromScene(linked_box).boundingRect()
        viewport = view.viewport().rect()
        return shown.width() >= 0.6 * viewport.width() or shown.height() >= 0.6 * viewport.height()

    # The linked organizations and campaigns fill most of the graph's width or height, once
    # the view has its size and has fitted the graph to it (later on a busy machine)…
    qtbot.waitUntil(fills_most, timeout=5000)
    # … and the unlinked ones stand apart, under them, not in their midst.
    for node_id in alone:
        assert view.item_at_node(node_id).sceneBoundingRect().top() > linked_box.bottom()


def test_the_layout_puts_unlinked_nodes_in_a_row_under_the_rest(sample_ctx: AppContext) -> None:
    for name in ("Lonely Mountain Grange", "Quiet Valley Club"):
        sample_ctx.run(directory.create_organization, directory.OrganizationInput(name=name))
    with sample_ctx.reading() as session:
        graph = report.coalition_graph(session)
    positions = report.graph_layout(graph)
    linked = {e.source for e in graph.edges} | {e.target for e in graph.edges}
    xs = [positions[n][0] for n in linked]
    ys = [positions[n][1] for n in linked]
    assert max(max(xs) - min(xs), max(ys) - min(ys)) > 1.5  # the linked part fills most of [-1, 1]
    rows = {positions[n.id][1] for n in graph.nodes if n.id not in linked}
    assert len(rows) == 1 and rows.pop() > max(ys)


def _wheel(view, ctrl: bool) -> None:  # type: ignore[no-untyped-def]
    """One notch of the wheel away from the person, over the part of the graph in sight,
    as the window system sends it (a wheel event made in Python would not travel on to
    the page around the graph)."""
    window = view.window()
    viewport = view.viewport()
    in_sight = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()).intersected(
        window.rect()
    )
    assert not in_sight.isEmpty()
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    QTest.wheelEvent(
        window.windowHandle(), QPointF(in_sight.center()), QPoint(0, 120), QPoint(0, 0), modifier
    )
    QApplication.processEvents()


def test_the_wheel_scrolls_the_dashboard_and_ctrl_wheel_zooms_the_graph(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    screen = _graph_dashboard(
        qtbot, sample_ctx, (1000, 420)
    )  # shorter than the dashboard: it scrolls
    view = screen.graph_view
    page = screen.scroll_area.verticalScrollBar()
    page.setValue(page.maximum())  # down at the graph
    QApplication.processEvents()
    bottom = page.value()
    assert bottom > 0
    zoom = view.zoom_level()

    _wheel(view, ctrl=False)
    assert view.zoom_level() == zoom
    assert page.value() < bottom  # the page went up

    scrolled = page.value()
    _wheel(view, ctrl=True)
    assert view.zoom_level() > zoom  # Ctrl: the graph zooms in instead
    assert page.value() == scrolled
