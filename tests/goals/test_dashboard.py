"""The dashboard, driven as a person would: it opens first, shows where the goals stand,
opens what is behind each element, edits goals and their values (undoably), and exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coalition.goals import records as goals
from coalition.sample.goal_figures import VIEWS_GOAL_NAME as VIEWS
from coalition.store.models import ChangeLog, GoalMeasure, Organization
from coalition.ui.common.context import AppContext
from coalition.ui.goals.dialogs import GoalDialog, ObservationsDialog
from coalition.ui.goals.screen import DashboardScreen
from coalition.ui.shell.mainwindow import AREAS, MainWindow


@pytest.fixture
def dashboard(qtbot: QtBot, sample_ctx: AppContext) -> DashboardScreen:
    screen = DashboardScreen(sample_ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 900)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def window(qtbot: QtBot, sample_ctx: AppContext) -> MainWindow:
    win = MainWindow(sample_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def card(screen: DashboardScreen, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in screen.cards if c.status.name == name)


def test_the_window_opens_on_the_dashboard_and_ctrl_digits_still_reach_every_area(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert AREAS[0].key == "dashboard"
    assert window.sidebar.currentItem().text() == "Dashboard"
    assert isinstance(window.stack.currentWidget(), DashboardScreen)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.area("organizations")
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.area("drafts")
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.area("dashboard")


def test_goal_cards_show_progress_pace_and_a_late_projection_in_red(
    dashboard: DashboardScreen,
) -> None:
    states = card(dashboard, "20 states with social media pages")
    assert states.value.text() == "11 of 20 states"
    assert states.bar.text() == "55%"
    signatures = card(dashboard, "Valid signatures for the plebiscite")
    p = signatures.status.petition
    assert p is not None
    assert signatures.value.text() == f"{p.projected_valid:,} of 546,651"
    # The share as `coalition goals` and the report give it: rounded down.
    assert signatures.bar.text() == f"{signatures.status.percent}%"
    assert "a week over the last four weeks" in signatures.pace.text()
    assert "after the deadline (15 Mar 2027)" in signatures.projection.text()
    assert signatures.misses_deadline and "b00020" in signatures.projection.styleSheet()
    registrations = card(dashboard, "Voters registered with the CNP")
    assert "before the deadline" in registrations.projection.text()
    assert "b00020" not in registrations.projection.styleSheet()


def test_charts_one_per_goal_say_the_exact_value_under_the_mouse(
    dashboard: DashboardScreen,
) -> None:
    assert [c.status.name for c in dashboard.charts] == [c.status.name for c in dashboard.cards]
    chart = next(
        c for c in dashboard.charts if c.status.name == "Valid signatures for the plebiscite"
    )
    last_day, last_value = chart.status.points[-1]
    series = chart.chart().series()[0]
    point = series.at(series.count() - 1)
    series.hovered.emit(point, True)
    assert (
        chart.last_hover
        == f"{last_day.month}/{last_day.day}/{last_day.year}: {last_value:,} valid signatures"
    )
    assert chart.hover_text(QPointF(point.x(), 0)).endswith(f"{last_value:,} valid signatures")


def test_large_counts_are_labelled_in_thousands_on_the_axis_itself(
    dashboard: DashboardScreen,
) -> None:
    """546,651 signatures are drawn as "200k", "400k": no title beside the axis, which a
    chart the size of a dashboard's cut at both ends."""
    from PySide6.QtCharts import QCategoryAxis

    def value_axis(name: str) -> QCategoryAxis:
        chart = next(c for c in dashboard.charts if c.status.name == name)
        axis = chart.chart().axes(Qt.Orientation.Vertical)[0]
        assert isinstance(axis, QCategoryAxis)
        return axis

    signatures = value_axis("Valid signatures for the plebiscite")
    assert signatures.titleText() == ""
    labels = signatures.categoriesLabels()
    assert labels[0] == "0"
    assert all(label.endswith("00k") for label in labels[1:])
    assert signatures.max() >= 546_651 / 1000
    endorsements = value_axis("Allied groups endorsing the plebiscite")
    assert not any(label.endswith("k") for label in endorsements.categoriesLabels())
    assert endorsements.max() < 20


def test_the_days_under_a_chart_are_in_the_locales_order_with_the_year_when_crossed(
    dashboard: DashboardScreen,
) -> None:
    """ "8 Jan" beside "26 Oct" read as this January: a span that crosses a year is
    written in the locale's short dates; within a year, "Dec 8" in the US."""
    from PySide6.QtCharts import QDateTimeAxis
    from PySide6.QtCore import QLocale

    from coalition.ui.common import formatting

    chart = next(
        c for c in dashboard.charts if c.status.name == "Allied groups endorsing the plebiscite"
    )
    axis = chart.chart().axes(Qt.Orientation.Horizontal)[0]
    assert isinstance(axis, QDateTimeAxis)
    assert axis.min().date().year() != axis.max().date().year()
    assert axis.format() == "MMM yyyy"
    assert formatting.day_month_shape() == "MMM d"
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    assert formatting.day_month_shape() == "d MMM"


def test_the_side_panels_show_the_call_overdue_items_and_waiting_sign_offs(
    dashboard: DashboardScreen,
) -> None:
    assert dashboard.call_when.text().startswith("<b>Coalition call</b>")
    assert "agenda items" in dashboard.call_agenda.text()
    assert dashboard.overdue_heading.text() == "Overdue action items (1)"
    assert "Collect each group's sign-off" in dashboard.overdue.item(0).text()
    assert "late" in dashboard.overdue.item(0).text()
    assert (
        dashboard.waiting.item(0)
        .text()
        .startswith("Would you really mind if California left? · Oregon")
    )
    assert dashboard.map.coverage("OR").value == "representative"


def test_choosing_my_group_narrows_the_sign_offs_and_is_undoable(
    dashboard: DashboardScreen, sample_ctx: AppContext
) -> None:
    index = dashboard.group.findText("Red Oregon")
    dashboard.group.setCurrentIndex(index)
    dashboard.group.activated.emit(index)
    dashboard.refresh()
    assert dashboard.sign_heading.text() == "Waiting for Red Oregon's sign-off"
    assert dashboard.waiting.count() == 1
    other = dashboard.group.findText("The Liberty Block")
    if other >= 0:
        dashboard.group.setCurrentIndex(other)
        dashboard.group.activated.emit(other)
        dashboard.refresh()
        assert dashboard.waiting.item(0).text() == "Nothing waits for a sign-off."
        sample_ctx.undo_stack.undo()
        dashboard.refresh()
        assert dashboard.sign_heading.text() == "Waiting for Red Oregon's sign-off"


def test_my_group_is_the_profile_s_organization_and_looking_at_another_changes_no_setting(
    dashboard: DashboardScreen, sample_ctx: AppContext, organizer: Any
) -> None:
    def change_log_count() -> int:
        with sample_ctx.reading() as session:
            return session.scalar(select(func.count()).select_from(ChangeLog)) or 0

    with sample_ctx.reading() as session:
        oregon = session.scalars(
            select(Organization).where(Organization.name == "Red Oregon")
        ).one()
        organizer.org_id, organizer.org = oregon.id, oregon.name
    dashboard.refresh()
    assert dashboard.sign_heading.text() == "Waiting for Red Oregon's sign-off"
    assert dashboard.group.currentText() == "Red Oregon"

    before = change_log_count()
    index = dashboard.group.findText("Any group")
    dashboard.group.setCurrentIndex(index)
    dashboard.group.activated.emit(index)
    assert dashboard.sign_heading.text() == "Waiting for a sign-off"
    assert change_log_count() == before  # a look, not a change every laptop would see


def test_each_element_opens_the_screen_behind_it(qtbot: QtBot, window: MainWindow) -> None:
    dash = window.area("dashboard")
    assert isinstance(dash, DashboardScreen)
    card(dash, "20 states with social media pages").opened.emit(
        card(dash, "20 states with social media pages").status.goal_id
    )
    assert window.stack.currentWidget() is window.area("states")

    window.show_area("dashboard")
    endorsements = card(dash, "Allied groups endorsing the plebiscite")
    qtbot.mouseClick(endorsements, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.area("campaigns")

    window.show_area("dashboard")
    qtbot.mouseClick(dash.call_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.area("calls")

    window.show_area("dashboard")
    dash.overdue.itemClicked.emit(dash.overdue.item(0))
    assert window.stack.currentWidget() is window.area("calls")

    window.show_area("dashboard")
    dash.waiting.itemClicked.emit(dash.waiting.item(0))
    assert window.stack.currentWidget() is window.area("drafts")

    window.show_area("dashboard")
    dash.map.stateActivated.emit("OR")
    assert window.stack.currentWidget() is window.area("states")
    assert window.area("states").current_state() == "OR"  # that state, beside the map


def test_the_graph_is_built_when_its_tab_is_first_shown_and_a_node_opens_its_record(
    qtbot: QtBot, window: MainWindow
) -> None:
    dash = window.area("dashboard")
    assert isinstance(dash, DashboardScreen)
    assert dash.graph_view is None
    dash.tabs.setCurrentWidget(dash.graph_tab)
    view = dash.graph_view
    assert view is not None
    assert dash.graph_data is not None
    names = {n.name for n in dash.graph_data.nodes}
    assert {
        "California National Party",
        "California Freedom Coalition's ballot initiative on Independence",
    } <= names
    assert {e.kind for e in dash.graph_data.edges} >= {"endorsement", "chapter"}
    cnp = next(n for n in dash.graph_data.nodes if n.name == "California National Party")
    assert "Political party" in view.item_at_node(cnp.id).toolTip()

    before = view.zoom_level()
    view.zoom(2.0)
    assert view.zoom_level() == pytest.approx(before * 2.0)
    view.highlight(cnp.id)
    assert any(line.opacity() < 1 for *_, line, _pen in view.edges)
    view.highlight(None)

    item = view.item_at_node(cnp.id)
    view.centerOn(item)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.scenePos())
    )
    assert window.stack.currentWidget() is window.area("organizations")


def test_a_new_goal_shows_problems_under_its_fields_then_saves_and_undoes(
    qtbot: QtBot, dashboard: DashboardScreen, sample_ctx: AppContext
) -> None:
    dialog = GoalDialog(sample_ctx, parent=dashboard)
    qtbot.addWidget(dialog)
    dialog.name.setText("Followers on Instagram")
    dialog.target.setText("-10")
    dialog.deadline.setText("2999-01-01")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "negative" in dialog.problem_text("target")
    assert "out of range" in dialog.problem_text("deadline")

    dialog.target.setText("25,000")
    dialog.deadline.setText("2027-06-30")
    dialog.unit.setText("followers")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dashboard.refresh()
    assert (
        card(dashboard, "Followers on Instagram").value.text()
        == "Nothing recorded yet · target 25,000"
    )

    sample_ctx.undo_stack.undo()
    dashboard.refresh()
    assert all(c.status.name != "Followers on Instagram" for c in dashboard.cards)


def test_an_endorsement_goal_asks_for_its_campaign(qtbot: QtBot, sample_ctx: AppContext) -> None:
    dialog = GoalDialog(sample_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.campaign.isVisible()
    dialog.measure.setCurrentIndex(dialog.measure.findData(GoalMeasure.ENDORSEMENTS))
    assert dialog.campaign.isVisible()
    dialog.name.setText("Endorsers")
    dialog.target.setText("5")
    dialog.accept()
    assert "campaign" in dialog.problem_text("campaign_id")


def test_values_are_recorded_checked_and_undone(
    qtbot: QtBot, dashboard: DashboardScreen, sample_ctx: AppContext
) -> None:
    goal_id = card(dashboard, VIEWS).status.goal_id
    dialog = ObservationsDialog(sample_ctx, goal_id, parent=dashboard)
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    dialog.on.setText(tomorrow)
    dialog.value.setText("95,000")
    assert not dialog.submit()
    assert "in the future" in dialog.problem_text("on")
    dialog.on.setText(dt.date.today().isoformat())
    dialog.value.setText("many")
    assert not dialog.submit()
    assert "whole number" in dialog.problem_text("value")
    dialog.value.setText("95,000")
    dialog.source.setText("Page insights")
    assert dialog.submit()
    assert dialog.table.rowCount() == rows + 1
    assert dialog.table.item(0, 1).text() == "95,000"
    dashboard.refresh()
    assert card(dashboard, VIEWS).value.text().startswith("95,000 of 250,000")

    sample_ctx.undo_stack.undo()
    assert dialog.table.rowCount() == rows
    dashboard.refresh()
    assert card(dashboard, VIEWS).value.text().startswith("92,800 of 250,000")

    # A value chosen in the list is corrected without retyping its day.
    dialog.table.selectRow(0)
    assert dialog.on.text() == dt.date.fromisoformat(dialog.on.text()).isoformat()
    dialog.value.setText("93,100")
    assert dialog.submit(), dialog.problem_text("on")
    assert dialog.table.item(0, 1).text() == "93,100"


def test_deleting_a_goal_asks_first_and_undo_brings_back_its_values(
    dashboard: DashboardScreen, sample_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    status = card(dashboard, VIEWS).status
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dashboard.delete_goal(status.goal_id)
    dashboard.refresh()
    assert all(c.status.name != status.name for c in dashboard.cards)
    sample_ctx.undo_stack.undo()
    dashboard.refresh()
    with sample_ctx.reading() as session:
        assert len(goals.observations(session, status.goal_id)) == len(status.points)


def test_a_change_elsewhere_refreshes_the_dashboard(
    qtbot: QtBot, dashboard: DashboardScreen, sample_ctx: AppContext
) -> None:
    goal_id = card(dashboard, VIEWS).status.goal_id
    sample_ctx.run(
        goals.record_observation, goal_id, goals.ObservationInput(dt.date.today(), 150_000, "page")
    )
    qtbot.waitUntil(lambda: card(dashboard, VIEWS).value.text().startswith("150,000"))


def test_charts_and_the_graph_export_as_png_and_svg(
    tmp_path: Path, dashboard: DashboardScreen
) -> None:
    chart = dashboard.charts[1]
    dashboard.export_chart(chart, str(tmp_path / "chart.png"))
    dashboard.export_chart(chart, str(tmp_path / "chart.svg"))
    dashboard.export_graph(str(tmp_path / "graph.svg"))
    dashboard.export_graph(str(tmp_path / "graph.png"))
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "graph.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "chart.svg").read_text()
    assert "<svg" in svg
    assert "California National Party" in (tmp_path / "graph.svg").read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".png", ".svg")) == [
        "chart.png",
        "chart.svg",
        "graph.png",
        "graph.svg",
    ]


def test_the_dashboard_exports_a_pdf_report(tmp_path: Path, dashboard: DashboardScreen) -> None:
    out = tmp_path / "board.pdf"
    dashboard.export_report(str(out))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert pages == 4  # where we stand, growth (five goals: two pages), the coalition graph


def test_an_empty_database_has_a_calm_dashboard(qtbot: QtBot, ctx: AppContext) -> None:
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.cards == []
    assert screen.no_goals.isVisibleTo(screen)
    assert screen.overdue.item(0).text() == "Nothing overdue."
    assert screen.call_when.text() == "No call planned in the next eight weeks."
    screen.tabs.setCurrentWidget(screen.graph_tab)
    assert screen.graph_view is not None and not screen.graph_view.nodes
    QApplication.processEvents()


def test_this_weeks_call_on_a_sunday_is_the_next_one_in_the_weeks_of_the_locale(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """On a Sunday after a Tuesday call, the card shows the coming Tuesday's call: "This
    week's call" where weeks start on Sunday, "Next call" where they start on Monday."""
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QLocale

    from coalition.calls import series as calls
    from coalition.calls.series import Recurrence, SeriesInput

    la = ZoneInfo("America/Los_Angeles")
    ctx.run(
        calls.create_series,
        SeriesInput(
            "Coalition call",
            dt.date(2026, 1, 6),
            "17:30",
            "America/Los_Angeles",
            Recurrence(weekdays=(1,)),
        ),
    )
    sunday = dt.datetime(2026, 11, 29, 10, 0, tzinfo=la)
    before = QLocale()
    try:
        for locale, heading, day in (
            (
                QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
                "This week's call",
                "Tue Dec 1",
            ),
            (
                QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
                "Next call",
                "Tue 1 Dec",
            ),
        ):
            QLocale.setDefault(locale)
            screen = DashboardScreen(ctx)
            qtbot.addWidget(screen)
            screen.clock = lambda: sunday
            screen.refresh()
            assert screen.call_heading.text() == heading
            assert day in screen.call_when.text()
    finally:
        QLocale.setDefault(before)
