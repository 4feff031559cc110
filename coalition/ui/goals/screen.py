"""The dashboard, the app's home: where the coalition stands, without reading tables.

Goals with their progress, pace and projection; their growth as charts; the state map;
this week's call and its agenda; overdue action items; drafts waiting for my group's
sign-off; and the coalition graph.  Every element opens the screen behind it.

It is the first screen shown, so it reads only aggregates (see :mod:`coalition.goals.records`
and :mod:`coalition.goals.report`), and the graph (with its layout) is built the first
time its tab is shown.  A change elsewhere refreshes it when it is next visible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.common.states import BY_CODE
from coalition.goals.figures import GoalStatus, Overview, StateCoverage, WeekCall
from coalition.goals.snapshot import Dashboard
from coalition.store.kinds import GoalMeasure, TallyKind
from coalition.ui.common import filedialogs, formatting
from coalition.ui.common.colours import late_style
from coalition.ui.common.widgets import bold, muted
from coalition.ui.goals.cards import GoalCard, item_list, section
from coalition.ui.goals.charts import GoalChart, export_view
from coalition.ui.goals.home import MEASURE_AREA as MEASURE_AREA
from coalition.ui.goals.home import WATCHED_TABLES as WATCHED_TABLES
from coalition.ui.goals.home import first_weekday as first_weekday
from coalition.ui.goals.home import keep_for_next_start
from coalition.ui.goals.home import kept_context as kept_context
from coalition.ui.goals.statemap import StateTileMap

if TYPE_CHECKING:
    from coalition.goals.report import CoalitionGraph
    from coalition.ui.common.context import AppContext
    from coalition.ui.goals.graph import CoalitionGraphView

RecordRole = Qt.ItemDataRole.UserRole


class DashboardScreen(QWidget):
    """The home screen."""

    openRequested = Signal(str, str)  # (area or record kind, id or "")

    def __init__(
        self,
        ctx: AppContext | None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        """The dashboard of ``ctx``'s database; without it (at start, before the database
        is open), an empty one that :meth:`show_kept` fills and :meth:`attach` brings to
        life."""
        super().__init__(parent)
        self.ctx: AppContext = None  # type: ignore[assignment]  # set by attach
        self._shown: Dashboard | None = None  # what the dashboard shows
        self._settings = ctx.settings if ctx is not None else settings or QSettings()
        # The group whose waiting sign-offs are shown when not the profile's own ("": any).
        self._viewing: str | None = None
        self.cards: list[GoalCard] = []
        self.charts: list[GoalChart] = []
        self.graph_view: CoalitionGraphView | None = (
            None  # built the first time the graph tab is shown
        )
        self.graph_data: CoalitionGraph | None = None
        self._stale = False
        self._graph_stale = False
        #: What time it is, for "this week's call" and "today" (tests set their own).
        self.clock: Callable[[], dt.datetime] = lambda: clock.local_now()
        header = self._build_header()
        self._build_goals()
        self._build_tabs()
        side = self._build_side()
        self._lay_out(header, side)

        new_action = QAction(self.tr("New goal"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_goal)
        self.addAction(new_action)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Work on ``ctx``'s database: compute the dashboard, and keep it current.  Shown
        from :meth:`show_kept`, it is filled again only where the figures differ."""
        self.ctx = ctx
        ctx.changed.connect(self._changed)
        self.refresh()
        if self.tabs.currentWidget() is self.graph_tab and self.graph_view is None:
            self._build_graph()  # the tab chosen before the database was open

    # -- building -------------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        """The coalition's name and the actions of the dashboard."""
        self.heading = bold(QLabel(self.tr("Dashboard")), 1.4)
        self.heading.setWordWrap(True)  # a long coalition name at a large font: two lines
        self.as_of = muted()
        self.new_goal_button = QPushButton(self.tr("&New goal…"))
        self.new_goal_button.setToolTip(
            self.tr("Add a goal: a target, a deadline and how it is measured (Ctrl+N)")
        )
        self.new_goal_button.clicked.connect(self.new_goal)
        self.fieldwork_button = QToolButton()
        self.fieldwork_button.setText(self.tr("At the &table"))
        self.fieldwork_button.setToolTip(
            self.tr(
                "Petition batches, and registrations and pledges reported, that the goals count"
            )
        )
        self.fieldwork_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        fieldwork_menu = QMenu(self.fieldwork_button)
        fieldwork_menu.addAction(self.tr("Petition batches…"), lambda: self.open_batches())
        fieldwork_menu.addAction(self.tr("Registrations and pledges…"), self.open_tallies)
        self.fieldwork_button.setMenu(fieldwork_menu)
        self.report_button = QPushButton(self.tr("Board &report (PDF)…"))
        self.report_button.setToolTip(self.tr("The whole dashboard as a PDF for a board meeting"))
        self.report_button.clicked.connect(self.export_report)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.as_of)
        header.addLayout(titles, 1)
        header.addWidget(self.new_goal_button)
        header.addWidget(self.fieldwork_button)
        header.addWidget(self.report_button)
        return header

    def _build_goals(self) -> None:
        """Goals: a row of cards, or a word on how to add the first."""
        self.goals_box = QWidget()
        self.goals_grid = QGridLayout(self.goals_box)
        self.goals_grid.setContentsMargins(0, 0, 0, 0)
        self.goals_grid.setSpacing(8)
        self.no_goals = muted(
            self.tr(
                "No goals yet. Add one with “New goal…”: a target, a deadline, and "
                "how it is counted (from the directory, or from values you record)."
            )
        )

    def _build_tabs(self) -> None:
        """Growth and the graph, in tabs, with the export menu in their corner."""
        self.tabs = QTabWidget()
        self.growth = QWidget()
        self.growth_grid = QGridLayout(self.growth)
        self.growth_grid.setContentsMargins(4, 4, 4, 4)
        self.growth_grid.setSpacing(6)
        self.growth_key = muted(
            self.tr(
                "Dashed green: the target · dotted: where the pace of the last four weeks leads "
                "(red when it misses the deadline) · upright line: the deadline · hover a point "
                "for "
                "its value"
            )
        )
        self.growth_grid.addWidget(self.growth_key, 0, 0, 1, 2)
        self.tabs.addTab(self.growth, self.tr("&Growth"))
        self.graph_tab = QWidget()
        self.graph_layout = QVBoxLayout(self.graph_tab)
        self.graph_layout.setContentsMargins(4, 4, 4, 4)
        self.graph_hint = muted(self.tr("The graph is drawn when this tab is first shown."))
        self.graph_layout.addWidget(self.graph_hint)
        self.tabs.addTab(self.graph_tab, self.tr("Coalition gr&aph"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the chosen chart, or the graph, as PNG or SVG"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.export_button.setMenu(self.export_menu)
        self.tabs.setCornerWidget(self.export_button)

    def _build_side(self) -> QWidget:
        """The side column: map, call, overdue items, sign-offs."""
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(8)
        for box in (
            self._build_map_section(),
            self._build_call_section(),
            self._build_overdue_section(),
            self._build_sign_off_section(),
        ):
            side_layout.addWidget(box)
        side_layout.addStretch(1)
        return side

    def _build_map_section(self) -> QFrame:
        self.map = StateTileMap()
        self.map.setMinimumSize(300, 200)
        self.map.setMaximumHeight(300)
        self.map.stateActivated.connect(lambda code: self.openRequested.emit("states", code))
        map_box, map_layout, self.map_heading = section(self.tr("States"))
        map_layout.addWidget(self.map, 1)
        return map_box

    def _build_call_section(self) -> QFrame:
        call_box, call_layout, self.call_heading = section(self.tr("This week's call"))
        self.call_when = QLabel()
        self.call_when.setWordWrap(True)
        self.call_agenda = muted()
        self.call_button = QPushButton(self.tr("Open the call"))
        self.call_button.clicked.connect(self._open_call)
        call_layout.addWidget(self.call_when)
        call_layout.addWidget(self.call_agenda)
        call_layout.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._call: WeekCall | None = None
        return call_box

    def _build_overdue_section(self) -> QFrame:
        overdue_box, overdue_layout, self.overdue_heading = section(self.tr("Overdue action items"))
        self.overdue = item_list()
        self.overdue_heading.setBuddy(self.overdue)
        self.overdue.itemActivated.connect(self._open_item)
        self.overdue.itemClicked.connect(self._open_item)
        overdue_layout.addWidget(self.overdue)
        return overdue_box

    def _build_sign_off_section(self) -> QFrame:
        sign_box, sign_layout, self.sign_heading = section(self.tr("Waiting for our sign-off"))
        group_row = QHBoxLayout()
        group_label = QLabel(self.tr("My &group:"))
        group_row.addWidget(group_label)
        self.group = QComboBox()
        self.group.setToolTip(self.tr("The organization whose sign-offs you answer"))
        group_row.addWidget(self.group, 1)
        group_label.setBuddy(self.group)
        sign_layout.addLayout(group_row)
        self.waiting = item_list()
        self.sign_heading.setBuddy(self.waiting)
        self.waiting.itemActivated.connect(self._open_item)
        self.waiting.itemClicked.connect(self._open_item)
        sign_layout.addWidget(self.waiting)
        self.group.activated.connect(self._group_chosen)
        return sign_box

    def _lay_out(self, header: QHBoxLayout, side: QWidget) -> None:
        """Goals and tabs beside the side column, under the header, scrolling as one."""
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(8)
        main_layout.addWidget(self.goals_box)
        main_layout.addWidget(self.no_goals)
        main_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(main)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(10, 8, 10, 8)
        body_layout.addLayout(header)
        body_layout.addWidget(self.splitter, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        body.setMinimumSize(900, 640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    # -- data -----------------------------------------------------------------------------------

    def _read(self) -> Dashboard:
        """The dashboard as the services compute it; kept for the next start when it is
        the one every start shows (my group's)."""
        from coalition.goals import snapshot

        now = self.clock()
        db = self.ctx.db
        with self.ctx.reading() as session:
            data = snapshot.compute(session, now, first_weekday(), self._viewing)
            if self._viewing is None and db.is_sqlite and db.path is not None:
                snapshot.keep(session, data, now, kept_context())
        return data

    def keep_for_next_start(self) -> None:
        """Keep the dashboard for the next start if what was kept is gone (see
        :func:`coalition.ui.goals.home.keep_for_next_start`): when the window closes."""
        if self.ctx is not None:
            keep_for_next_start(self.ctx, self.clock())

    def show_kept(self, data: Dashboard) -> None:
        """Show ``data``, the dashboard as kept in the database and still current
        (:func:`coalition.goals.snapshot.kept`), until :meth:`attach`."""
        self._fill(data)

    def refresh(self) -> None:
        self._stale = False
        data = self._read()
        if data != self._shown:  # the same figures (as kept at the last start) stay as shown
            self._fill(data)
        if self.graph_view is not None:
            if self.tabs.currentWidget() is self.graph_tab:
                self._build_graph()
            else:
                self._graph_stale = True

    def _fill(self, data: Dashboard) -> None:
        self._shown = data
        self.heading.setText(data.overview.coalition_name)
        self.as_of.setText(
            self.tr("Dashboard · {value}").format(value=formatting.date(data.overview.today))
        )
        self._fill_goals(data.statuses)
        self._fill_charts(data.statuses)
        self._fill_map(data.coverage)
        self._fill_call(data.overview.call)
        self._fill_overdue(data.overview)
        self._fill_waiting(data)

    def _changed(self, tables: set[str]) -> None:
        if not tables & WATCHED_TABLES and tables:
            return
        if self.isVisible():
            QTimer.singleShot(0, self.refresh)
        else:
            self._stale = True
        if self.graph_view is not None:
            self._graph_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- filling ----------------------------------------------------------------------------------

    def _fill_goals(self, statuses: list[GoalStatus]) -> None:
        for card in self.cards:
            self.goals_grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        columns = 2 if len(statuses) <= 4 else 3
        for i, status in enumerate(statuses):
            card = GoalCard(status)
            card.opened.connect(self.open_goal)
            card.editRequested.connect(self.edit_goal)
            card.valuesRequested.connect(self.edit_values)
            card.batchesRequested.connect(self.open_goal)
            card.talliesRequested.connect(self.open_goal)
            card.deleteRequested.connect(self.delete_goal)
            self.goals_grid.addWidget(card, i // columns, i % columns)
            self.cards.append(card)
        self.no_goals.setVisible(not statuses)

    def _fill_charts(self, statuses: list[GoalStatus]) -> None:
        for chart in self.charts:
            self.growth_grid.removeWidget(chart)
            chart.deleteLater()
        self.charts = []
        for i, status in enumerate(statuses):
            chart = GoalChart(status)
            chart.activated.connect(self.open_goal)
            self.growth_grid.addWidget(chart, 1 + i // 2, i % 2)
            self.charts.append(chart)

    def _fill_map(self, coverage: StateCoverage) -> None:
        self.map.set_coverage(coverage.coverage, coverage.goal)
        self.map.set_details({code: coverage.detail(code) for code in BY_CODE})
        self.map_heading.setText(self.tr("States"))

    def _fill_call(self, call: WeekCall | None) -> None:
        self._call = call
        if call is None:
            self.call_heading.setText(self.tr("This week's call"))
            self.call_when.setText(self.tr("No call planned in the next eight weeks."))
            self.call_agenda.setText("")
            self.call_button.setText(self.tr("Plan a call"))
            return
        self.call_heading.setText(
            self.tr("This week's call") if call.this_week else self.tr("Next call")
        )
        self.call_when.setText(
            self.tr("<b>{title}</b> · {value}").format(
                title=call.title, value=formatting.shaped(call.start, "%a %d %b, %H:%M %Z")
            )
        )
        self.call_agenda.setText(call.agenda_text())
        self.call_agenda.setStyleSheet(
            late_style() if call.minutes_over else "color: palette(placeholder-text);"
        )
        self.call_button.setText(self.tr("Open the call"))

    def _fill_overdue(self, overview: Overview) -> None:
        self.overdue.clear()
        self.overdue_heading.setText(
            self.tr("Overdue action items ({overdue_total})").format(
                overdue_total=overview.overdue_total
            )
            if overview.overdue_total
            else self.tr("Overdue action items")
        )
        if not overview.overdue:
            item = QListWidgetItem(self.tr("Nothing overdue."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.overdue.addItem(item)
            return
        for row in overview.overdue:
            late = row.days_late(overview.today)
            who = f" — {row.owner}" if row.owner else ""
            lateness = self.tr("%Ln days late", "", late)
            item = QListWidgetItem(f"{row.title}{who} · {lateness}")
            item.setForeground(Qt.GlobalColor.darkRed)
            item.setData(
                RecordRole, ("calls", row.occurrence_id) if row.occurrence_id else ("actions", "")
            )
            item.setToolTip(
                self.tr("Due {value}. Click to open the call it was decided on.").format(
                    value=formatting.date(row.due_on)
                )
            )
            self.overdue.addItem(item)
        if overview.overdue_total > len(overview.overdue):
            item = QListWidgetItem(
                self.tr("… and {value} more").format(
                    value=overview.overdue_total - len(overview.overdue)
                )
            )
            item.setData(RecordRole, ("actions", ""))
            self.overdue.addItem(item)

    def _fill_waiting(self, data: Dashboard) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Any group"), None)
        for org_id, name in data.groups:
            self.group.addItem(name, org_id)
        self.group.setCurrentIndex(
            max(0, self.group.findData(data.my_group)) if data.my_group else 0
        )
        self.group.blockSignals(False)
        overview = data.overview
        self.sign_heading.setText(
            self.tr("Waiting for {my_group_name}'s sign-off").format(
                my_group_name=overview.my_group_name
            )
            if overview.my_group_name
            else self.tr("Waiting for a sign-off")
        )
        self.waiting.clear()
        if not overview.waiting:
            item = QListWidgetItem(self.tr("Nothing waits for a sign-off."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.waiting.addItem(item)
            return
        for row in overview.waiting:
            group = "" if overview.my_group_name else f" — {row.organization}"
            item = QListWidgetItem(f"{row.draft_title} · {row.audience}{group}")
            item.setData(RecordRole, ("draft", row.draft_id))
            item.setToolTip(
                self.tr("Asked {value}. Click to open the draft.").format(
                    value=formatting.date(row.requested_at.date())
                )
            )
            self.waiting.addItem(item)
        if overview.waiting_total > len(overview.waiting):
            item = QListWidgetItem(
                self.tr("… and {value} more").format(
                    value=overview.waiting_total - len(overview.waiting)
                )
            )
            item.setData(RecordRole, ("drafts", ""))
            self.waiting.addItem(item)

    # -- the graph, built when first shown -----------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        if self.tabs.widget(index) is self.graph_tab and (
            self.graph_view is None or self._graph_stale
        ):
            self._build_graph()

    def _build_graph(self) -> None:
        from coalition.goals import report
        from coalition.ui.goals.graph import CoalitionGraphView, legend_html

        self._graph_stale = False
        with self.ctx.reading() as session:
            graph = report.coalition_graph(session)
        positions = report.graph_layout(graph)
        self.graph_data = graph
        if self.graph_view is None:
            self.graph_view = CoalitionGraphView()
            self.graph_view.openRequested.connect(self.openRequested)
            self.graph_layout.removeWidget(self.graph_hint)
            self.graph_legend = QLabel(legend_html())
            self.graph_legend.setWordWrap(True)
            self.graph_layout.addWidget(self.graph_legend)
            self.graph_layout.addWidget(self.graph_view, 1)
            self.graph_layout.addWidget(self.graph_hint)
        self.graph_view.set_graph(graph, positions)
        organizations = sum(1 for n in graph.nodes if n.kind == "organization")
        capped = (
            self.tr("The {shown} organizations with the most members, of {total}. ").format(
                shown=formatting.number(organizations),
                total=formatting.number(graph.total_organizations),
            )
            if graph.capped
            else ""
        )
        self.graph_hint.setText(
            capped
            + self.tr(
                "Ctrl+wheel or +/− to zoom, drag to pan, 0 to fit; hover for details, click to "
                "open."
            )
        )

    # -- opening what is behind ------------------------------------------------------------------

    def open_goal(self, goal_id: str) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        status = next((s for s in self._statuses() if s.goal_id == goal_id), None)
        if status is None:
            return
        if status.measure == GoalMeasure.RECORDED:
            self.edit_values(goal_id)
        elif status.measure == GoalMeasure.PETITION_SIGNATURES:
            self.open_batches(status.campaign_id, status.validity_percent)
        elif status.measure in (GoalMeasure.REGISTRATIONS, GoalMeasure.PLEDGES):
            self.open_tallies(
                TallyKind.PLEDGE
                if status.measure == GoalMeasure.PLEDGES
                else TallyKind.REGISTRATION
            )
        elif status.measure == GoalMeasure.ENDORSEMENTS and status.campaign_id:
            self.openRequested.emit("campaign", status.campaign_id)
        else:
            self.openRequested.emit(MEASURE_AREA[status.measure], "")

    def _statuses(self) -> list[GoalStatus]:
        return [card.status for card in self.cards]

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(RecordRole)
        if target:
            self.openRequested.emit(*target)

    def _open_call(self) -> None:
        if self._call is None:
            self.openRequested.emit("calls", "")
        else:
            self.openRequested.emit("calls", self._call.record_id)

    def _group_chosen(self, _index: int) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        org_id = self.group.currentData() or ""
        from coalition.directory import records as directory
        from coalition.goals import report
        from coalition.store import changes

        if changes.IDENTITY.org_id:
            # The profile says whose group is "mine": another choice only changes the
            # view here (a setting would change every laptop's dashboard).
            self._viewing = org_id
            self.refresh()
            return
        self.ctx.run(
            directory.set_setting, report.MY_GROUP, org_id, label=self.tr("Choose my group")
        )

    # -- goals ------------------------------------------------------------------------------------

    # The dialogs' modules are imported when one is first opened: the home screen is the
    # first shown, and its data should not wait for their forms and the services behind.

    def new_goal(self) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        from coalition.ui.goals.dialogs import GoalDialog

        self._run_dialog(GoalDialog(self.ctx, parent=self))

    def edit_goal(self, goal_id: str) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        from coalition.ui.goals.dialogs import GoalDialog

        self._run_dialog(GoalDialog(self.ctx, goal_id, parent=self))

    def edit_values(self, goal_id: str) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        from coalition.ui.goals.dialogs import ObservationsDialog

        self._run_dialog(ObservationsDialog(self.ctx, goal_id, parent=self))

    def open_batches(
        self, campaign_id: str | None = None, validity_percent: int | None = None
    ) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        from coalition.ui.goals.batches import PetitionBatchesDialog

        self._run_dialog(
            PetitionBatchesDialog(self.ctx, campaign_id, validity_percent, parent=self)
        )

    def open_tallies(self, kind: TallyKind = TallyKind.REGISTRATION) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        from coalition.ui.goals.tallies import RegistrationsDialog

        self._run_dialog(RegistrationsDialog(self.ctx, kind, parent=self))

    @staticmethod
    def _run_dialog(dialog: QDialog) -> None:
        """Show it, then let it go: a closed dialog should not keep listening for changes."""
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def delete_goal(self, goal_id: str) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        status = next((s for s in self._statuses() if s.goal_id == goal_id), None)
        name = status.name if status else self.tr("this goal")
        answer = QMessageBox.question(
            self,
            self.tr("Delete goal"),
            self.tr(
                "Delete the goal “{name}” and its recorded values? You can undo it with Ctrl+Z."
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from coalition.goals import records as goals

        try:
            self.ctx.run(
                goals.delete_goal, goal_id, label=self.tr("Delete goal “{name}”").format(name=name)
            )
        except CoalitionError as exc:
            self.ctx.error.emit(shown(exc))

    # -- exports ----------------------------------------------------------------------------------

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        for chart in self.charts:
            self.export_menu.addAction(
                formatting.menu_text(self.tr("Chart: {name}…").format(name=chart.status.name)),
                self._chart_exporter(chart),
            )
        if self.charts:
            self.export_menu.addSeparator()
        self.export_menu.addAction(self.tr("The coalition graph…"), self.export_graph)

    def _chart_exporter(self, chart: GoalChart) -> Callable[[], None]:
        return lambda: self.export_chart(chart)

    def _ask_picture(self, title: str, name: str) -> str:
        return filedialogs.save_file(
            self,
            self.ctx.settings,
            "pictures",
            title,
            name,
            self.tr("PNG picture (*.png);;SVG drawing (*.svg)"),
        )

    def export_chart(self, chart: GoalChart, path: str | None = None) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        path = path or self._ask_picture(self.tr("Export the chart"), f"{chart.status.name}.png")
        if not path:
            return
        try:
            export_view(chart, path, chart.sceneRect())
        except (CoalitionError, OSError) as exc:
            self.ctx.error.emit(
                self.tr("The chart could not be saved: {exc}").format(exc=shown(exc))
            )
            return
        self.ctx.message.emit(self.tr("Chart saved to {path}").format(path=path))

    def export_graph(self, path: str | None = None) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        if self.graph_view is None:
            self.tabs.setCurrentWidget(self.graph_tab)
        assert self.graph_view is not None
        path = path or self._ask_picture(
            self.tr("Export the coalition graph"), "coalition-graph.png"
        )
        if not path:
            return
        try:
            export_view(self.graph_view, path, self.graph_view.whole())
        except (CoalitionError, OSError) as exc:
            self.ctx.error.emit(
                self.tr("The graph could not be saved: {exc}").format(exc=shown(exc))
            )
            return
        self.ctx.message.emit(self.tr("Graph saved to {path}").format(path=path))

    def export_report(self, path: str | None = None) -> None:
        if self.ctx is None:  # shown as kept, the database not open yet
            return
        from coalition.ui.goals.report_pdf import write_report

        if not path:
            path = filedialogs.save_file(
                self,
                self.ctx.settings,
                "reports",
                self.tr("Board report"),
                "coalition-report.pdf",
                self.tr("PDF (*.pdf)"),
            )
        if not path:
            return
        try:
            write_report(self.ctx.db, path)
        except (CoalitionError, OSError) as exc:
            self.ctx.error.emit(
                self.tr("The report could not be saved: {exc}").format(exc=shown(exc))
            )
            return
        self.ctx.message.emit(self.tr("Report saved to {path}").format(path=path))

    # -- remembered layout -------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self._settings.value("dashboard/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_state(self) -> None:
        self._settings.setValue("dashboard/splitter", self.splitter.saveState())
