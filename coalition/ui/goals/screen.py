"""The dashboard, the app's home: where the coalition stands, without reading tables.

Goals with their progress, pace and projection; their growth as charts; the state map;
this week's call and its agenda; overdue action items; drafts waiting for my group's
sign-off; and the coalition graph.  Every element opens the screen behind it.

It is the first screen shown, so it reads only aggregates (see :mod:`coalition.goals`
and :mod:`coalition.report`), and the graph (networkx and its layout) is built the first
time its tab is shown.  A change elsewhere refreshes it when it is next visible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition import directory, goals, report
from coalition.coverage import state_coverage
from coalition.errors import CoalitionError
from coalition.goals import GoalInput, GoalStatus, ObservationInput
from coalition.states import BY_CODE
from coalition.store.models import GOAL_MEASURE_LABELS, Campaign, GoalMeasure
from coalition.ui import filedialogs
from coalition.ui import formatting
from coalition.ui.goals.charts import GoalChart, export_view
from coalition.ui.context import AppContext
from coalition.ui.listscreen import ERROR_STYLE, FieldProblems
from coalition.ui.statemap import StateTileMap
from coalition.ui.widgets import bold, date_edit, muted
from coalition.ui import editing

# A change to any of these can move a number on the dashboard.
WATCHED_TABLES = (
    set().union(*goals.MEASURE_TABLES.values())
    | goals.GOAL_TABLES
    | {
        "person", "setting", "campaign", "call_series", "call_occurrence", "agenda_item",
        "action_item", "draft", "draft_variant", "sign_off", "standing_item",
    }
)
RecordRole = Qt.ItemDataRole.UserRole
LATE_STYLE = "color: #b00020; font-weight: bold;"
GOOD_STYLE = "color: #2E8449;"

# Where a computed goal's number comes from: the screen that opens behind its card.
MEASURE_AREA = {
    GoalMeasure.STATES: "states",
    GoalMeasure.REPRESENTED_STATES: "states",
    GoalMeasure.ALLIED_ORGANIZATIONS: "organizations",
    GoalMeasure.OPEN_ACTION_ITEMS: "actions",
}


def _long(day: dt.date) -> str:
    return formatting.date(day)


def _card() -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setObjectName("card")
    frame.setStyleSheet("QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }")
    return frame


# --- a goal's card ----------------------------------------------------------------------------


class GoalCard(QFrame):
    """One goal: its progress, pace and projection; a click opens what is behind it."""

    opened = Signal(str)  # goal id
    editRequested = Signal(str)
    valuesRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, status: GoalStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.title = bold(QLabel(status.name))
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.menu_button.setAccessibleName(f"Actions for {status.name}")
        self.menu_button.setToolTip("Edit this goal, its values, or delete it")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        if status.measure == GoalMeasure.RECORDED:
            menu.addAction("Record a value…", lambda: self.valuesRequested.emit(status.goal_id))
        menu.addAction("Edit goal…", lambda: self.editRequested.emit(status.goal_id))
        menu.addSeparator()
        menu.addAction("Delete goal…", lambda: self.deleteRequested.emit(status.goal_id))
        self.menu_button.setMenu(menu)
        top.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.value = bold(QLabel(status.progress_text()), 1.25)
        layout.addWidget(self.value)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(status.fraction * 1000))
        self.bar.setFormat(f"{status.fraction:.0%}")
        self.bar.setMaximumHeight(14)
        self.bar.setAccessibleName(f"{status.name}: {status.fraction:.0%}")
        layout.addWidget(self.bar)
        self.pace = muted(status.pace_text())
        layout.addWidget(self.pace)
        self.projection = QLabel(status.projection_text())
        self.projection.setWordWrap(True)
        if status.projection.misses_deadline:
            self.projection.setStyleSheet(LATE_STYLE)
            self.projection.setToolTip("At the pace of the last four weeks, the goal misses its deadline")
        elif status.projection.reached or status.projection.on is not None:
            self.projection.setStyleSheet(GOOD_STYLE)
        layout.addWidget(self.projection)
        measured = (
            status.measure.label
            if status.measure != GoalMeasure.RECORDED
            else f"Recorded{f', latest {_long(status.as_of)}' if status.as_of else ''}"
        )
        self.source = muted(measured)
        layout.addWidget(self.source)
        self.setToolTip(f"{status.name}: click to open what it counts")

    @property
    def misses_deadline(self) -> bool:
        return self.status.projection.misses_deadline

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.opened.emit(self.status.goal_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.status.goal_id)
            return
        super().keyPressEvent(event)


# --- editing a goal and its values ------------------------------------------------------------


class GoalDialog(FieldProblems, editing.GuardedDialog):
    """Add or edit a goal: name, how it is measured, target, deadline, unit, notes."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, goal_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id = goal_id
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        with ctx.reading() as session:
            data = goals.goal_input(goals.get_goal(session, goal_id)) if goal_id else GoalInput("", "")
            campaigns = [(c.id, c.name) for c in session.query(Campaign).order_by(Campaign.name)]
        self.setWindowTitle("Edit goal" if goal_id else "New goal")
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.name = QLineEdit(data.name)
        self.name.setPlaceholderText("Representatives in 20 states")
        self.name.setMinimumWidth(360)
        self.measure = QComboBox()
        for measure, label in GOAL_MEASURE_LABELS.items():
            self.measure.addItem(label, measure)
        self.measure.setCurrentIndex(self.measure.findData(GoalMeasure(data.measure)))
        self.campaign = QComboBox()
        self.campaign.addItem("Choose a campaign…", None)
        for campaign_id, name in campaigns:
            self.campaign.addItem(name, campaign_id)
        if data.campaign_id:
            self.campaign.setCurrentIndex(max(0, self.campaign.findData(data.campaign_id)))
        self.target = QLineEdit(str(data.target) if data.target != "" else "")
        self.target.setPlaceholderText("546651")
        self.deadline = date_edit()
        self.deadline.setText(data.deadline.isoformat() if isinstance(data.deadline, dt.date) else "")
        self.unit = QLineEdit(data.unit)
        self.unit.setPlaceholderText("signatures, sign-ups, followers…")
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Name", self.field_box("name", self.name))
        form.addRow("&Measured by", self.field_box("measure", self.measure))
        form.addRow("&Campaign", self.field_box("campaign_id", self.campaign))
        form.addRow("&Target", self.field_box("target", self.target))
        form.addRow("&Deadline", self.field_box("deadline", self.deadline))
        form.addRow("&Unit", self.field_box("unit", self.unit))
        form.addRow("N&otes", self.field_box("notes", self.notes))
        self.form = form
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self._measure_changed()
        self.lay_out_form(form, "Save" if goal_id else "Add goal")
        self.name.setFocus()
        self.remember_input()  # Escape or closing asks before throwing typed input away

    def _measure_changed(self) -> None:
        measure = self.measure.currentData()
        self.form.setRowVisible(2, measure == GoalMeasure.ENDORSEMENTS)
        self.form.setRowVisible(5, measure == GoalMeasure.RECORDED)

    def accept(self) -> None:
        self.clear_problems()
        measure = self.measure.currentData()
        data = GoalInput(
            name=self.name.text(),
            target=self.target.text(),
            measure=measure,
            deadline=self.deadline.text(),
            unit=self.unit.text() if measure == GoalMeasure.RECORDED else "",
            campaign_id=self.campaign.currentData(),
            notes=self.notes.toPlainText(),
        )
        try:
            if self.goal_id is None:
                goal = self.ctx.run(goals.create_goal, data, label=f"Add goal “{data.name.strip()}”")
                self.goal_id = goal.id
            else:
                self.ctx.run(goals.update_goal, self.goal_id, data, label=f"Edit goal “{data.name.strip()}”")
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.saved.emit(self.goal_id)
        super().accept()


class ObservationsDialog(FieldProblems, QDialog):
    """A recorded goal's values: the list, and a form to add one or change the chosen one."""

    def __init__(self, ctx: AppContext, goal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id = goal_id
        self.editing: str | None = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        with ctx.reading() as session:
            goal = goals.get_goal(session, goal_id)
            self.setWindowTitle(f"Values of “{goal.name}”")
            unit = goal.unit or "value"
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Day", unit.capitalize(), "Source"])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._chosen)

        self.on = date_edit()
        self.on.setText(dt.date.today().isoformat())
        self.value = QLineEdit()
        self.value.setPlaceholderText("12,500")
        self.source = QLineEdit()
        self.source.setPlaceholderText("Where the number comes from (a tally, a report, a page's insights)")
        form = QFormLayout()
        form.addRow("&Day", self.field_box("on", self.on))
        form.addRow("&Value", self.field_box("value", self.value))
        form.addRow("&Source", self.field_box("source", self.source))

        self.add_button = QPushButton("&Add value")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.submit)
        self.new_button = QPushButton("&New value")
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton("De&lete value")
        self.delete_button.clicked.connect(self.delete_chosen)
        self.close_button = QPushButton("Close")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(560, 460)
        self.reload()
        ctx.changed.connect(self._changed)
        self.value.setFocus()

    def _changed(self, tables: set[str]) -> None:
        if tables & goals.GOAL_TABLES:
            self.reload()

    def reload(self) -> None:
        with self.ctx.reading() as session:
            try:
                rows = [(o.id, o.on, o.value, o.source) for o in goals.observations(session, self.goal_id)]
            except CoalitionError:
                rows = []
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row_id, on, value, source in reversed(rows):  # newest first
            r = self.table.rowCount()
            self.table.insertRow(r)
            day = QTableWidgetItem(formatting.date(on))
            day.setData(RecordRole, row_id)
            amount = QTableWidgetItem(formatting.number(value))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 0, day)
            self.table.setItem(r, 1, amount)
            self.table.setItem(r, 2, QTableWidgetItem(source))
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.delete_button.setEnabled(self.editing is not None)

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        r = rows[0].row()
        self.editing = self.table.item(r, 0).data(RecordRole)
        self.on.setText(self.table.item(r, 0).text())
        self.value.setText(self.table.item(r, 1).text())
        self.source.setText(self.table.item(r, 2).text())
        self.add_button.setText("&Save value")
        self.delete_button.setEnabled(True)
        self.clear_problems()

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.on.setText(dt.date.today().isoformat())
        self.value.clear()
        self.source.clear()
        self.add_button.setText("&Add value")
        self.delete_button.setEnabled(False)
        self.clear_problems()
        self.value.setFocus()

    def submit(self) -> bool:
        self.clear_problems()
        data = ObservationInput(on=self.on.text(), value=self.value.text(), source=self.source.text())
        try:
            if self.editing is None:
                self.ctx.run(goals.record_observation, self.goal_id, data)
            else:
                self.ctx.run(goals.update_observation, self.editing, data)
        except CoalitionError as exc:
            self.show_error(exc)
            return False
        self.start_new()
        return True

    def delete_chosen(self) -> None:
        if self.editing is None:
            return
        self.ctx.run(goals.delete_observation, self.editing)
        self.ctx.message.emit("Value deleted. Undo with Ctrl+Z.")
        self.start_new()


# --- the side panels ---------------------------------------------------------------------------


def _list() -> QListWidget:
    widget = QListWidget()
    widget.setFrameShape(QFrame.Shape.NoFrame)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setWordWrap(True)
    widget.setMaximumHeight(130)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def _section(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    frame = _card()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.setSpacing(4)
    heading = bold(QLabel(title), 1.05)
    layout.addWidget(heading)
    return frame, layout, heading


def first_weekday() -> int:
    """The first day of the week in the person's locale, as the services count days
    (0 Monday … 6 Sunday; Qt counts 1 Monday … 7 Sunday)."""
    return QLocale().firstDayOfWeek().value - 1


@dataclass
class _Data:
    statuses: list[GoalStatus]
    overview: report.Overview
    coverage: object
    groups: list[tuple[str, str]]
    my_group: str | None


class DashboardScreen(QWidget):
    """The home screen."""

    openRequested = Signal(str, str)  # (area or record kind, id or "")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: list[GoalCard] = []
        self.charts: list[GoalChart] = []
        self.graph_view = None  # built the first time the graph tab is shown
        self.graph_data: report.CoalitionGraph | None = None
        self._stale = False
        self._graph_stale = False
        #: What time it is, for "this week's call" and "today" (tests set their own).
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now().astimezone()

        # Header: the coalition's name and the actions of the dashboard.
        self.heading = bold(QLabel("Dashboard"), 1.4)
        self.as_of = muted()
        self.new_goal_button = QPushButton("&New goal…")
        self.new_goal_button.setToolTip("Add a goal: a target, a deadline and how it is measured (Ctrl+N)")
        self.new_goal_button.clicked.connect(self.new_goal)
        self.report_button = QPushButton("Board &report (PDF)…")
        self.report_button.setToolTip("The whole dashboard as a PDF for a board meeting")
        self.report_button.clicked.connect(self.export_report)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.as_of)
        header.addLayout(titles, 1)
        header.addWidget(self.new_goal_button)
        header.addWidget(self.report_button)

        # Goals: a row of cards.
        self.goals_box = QWidget()
        self.goals_grid = QGridLayout(self.goals_box)
        self.goals_grid.setContentsMargins(0, 0, 0, 0)
        self.goals_grid.setSpacing(8)
        self.no_goals = muted("No goals yet. Add one with “New goal…”: a target, a deadline, and "
                              "how it is counted (from the directory, or from values you record).")

        # Growth and the graph, in tabs.
        self.tabs = QTabWidget()
        self.growth = QWidget()
        self.growth_grid = QGridLayout(self.growth)
        self.growth_grid.setContentsMargins(4, 4, 4, 4)
        self.growth_grid.setSpacing(6)
        self.growth_key = muted(
            "Dashed green: the target · dotted: where the pace of the last four weeks leads "
            "(red when it misses the deadline) · upright line: the deadline · hover a point for its value"
        )
        self.growth_grid.addWidget(self.growth_key, 0, 0, 1, 2)
        self.tabs.addTab(self.growth, "&Growth")
        self.graph_tab = QWidget()
        self.graph_layout = QVBoxLayout(self.graph_tab)
        self.graph_layout.setContentsMargins(4, 4, 4, 4)
        self.graph_hint = muted("The graph is drawn when this tab is first shown.")
        self.graph_layout.addWidget(self.graph_hint)
        self.tabs.addTab(self.graph_tab, "Coalition gr&aph")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.export_button = QToolButton()
        self.export_button.setText("Export…")
        self.export_button.setToolTip("Save the chosen chart, or the graph, as PNG or SVG")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.export_button.setMenu(self.export_menu)
        self.tabs.setCornerWidget(self.export_button)

        # The side column: map, call, overdue items, sign-offs.
        self.map = StateTileMap()
        self.map.setMinimumSize(300, 200)
        self.map.setMaximumHeight(300)
        self.map.stateActivated.connect(lambda code: self.openRequested.emit("states", code))
        map_box, map_layout, self.map_heading = _section("States")
        map_layout.addWidget(self.map, 1)

        call_box, call_layout, self.call_heading = _section("This week's call")
        self.call_when = QLabel()
        self.call_when.setWordWrap(True)
        self.call_agenda = muted()
        self.call_button = QPushButton("Open the call")
        self.call_button.clicked.connect(self._open_call)
        call_layout.addWidget(self.call_when)
        call_layout.addWidget(self.call_agenda)
        call_layout.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._call: report.WeekCall | None = None

        overdue_box, overdue_layout, self.overdue_heading = _section("Overdue action items")
        self.overdue = _list()
        self.overdue.itemActivated.connect(self._open_item)
        self.overdue.itemClicked.connect(self._open_item)
        overdue_layout.addWidget(self.overdue)

        sign_box, sign_layout, self.sign_heading = _section("Waiting for our sign-off")
        group_row = QHBoxLayout()
        group_row.addWidget(QLabel("My &group:"))
        self.group = QComboBox()
        self.group.setToolTip("The organization whose sign-offs you answer")
        group_row.addWidget(self.group, 1)
        group_row_label = group_row.itemAt(0).widget()
        assert isinstance(group_row_label, QLabel)
        group_row_label.setBuddy(self.group)
        sign_layout.addLayout(group_row)
        self.waiting = _list()
        self.waiting.itemActivated.connect(self._open_item)
        self.waiting.itemClicked.connect(self._open_item)
        sign_layout.addWidget(self.waiting)
        self.group.activated.connect(self._group_chosen)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(8)
        side_layout.addWidget(map_box)
        side_layout.addWidget(call_box)
        side_layout.addWidget(overdue_box)
        side_layout.addWidget(sign_box)
        side_layout.addStretch(1)

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
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        body.setMinimumSize(900, 640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        new_action = QAction("New goal", self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_goal)
        self.addAction(new_action)

        ctx.changed.connect(self._changed)
        self.refresh()

    # -- data -----------------------------------------------------------------------------------

    def _read(self) -> _Data:
        with self.ctx.reading() as session:
            statuses = goals.statuses(session)
            overview = report.overview(session, self.clock(), first_weekday())
            coverage = state_coverage(session)
            mine = report.my_group(session)
            groups = report.sign_off_groups(session, mine)
        return _Data(statuses, overview, coverage, groups, mine)

    def refresh(self) -> None:
        self._stale = False
        data = self._read()
        self.heading.setText(data.overview.coalition_name)
        self.as_of.setText(f"Dashboard · {_long(data.overview.today)}")
        self._fill_goals(data.statuses)
        self._fill_charts(data.statuses)
        self._fill_map(data.coverage)
        self._fill_call(data.overview.call)
        self._fill_overdue(data.overview)
        self._fill_waiting(data)
        if self.graph_view is not None:
            if self.tabs.currentWidget() is self.graph_tab:
                self._build_graph()
            else:
                self._graph_stale = True

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

    def _fill_map(self, coverage) -> None:  # type: ignore[no-untyped-def]
        self.map.set_coverage(coverage.coverage, coverage.goal)
        self.map.set_details({code: coverage.detail(code) for code in BY_CODE})
        self.map_heading.setText("States")

    def _fill_call(self, call: report.WeekCall | None) -> None:
        self._call = call
        if call is None:
            self.call_heading.setText("This week's call")
            self.call_when.setText("No call planned in the next eight weeks.")
            self.call_agenda.setText("")
            self.call_button.setText("Plan a call")
            return
        self.call_heading.setText("This week's call" if call.this_week else "Next call")
        self.call_when.setText(f"<b>{call.title}</b> · {formatting.shaped(call.start, '%a %d %b, %H:%M %Z')}")
        self.call_agenda.setText(call.agenda_text())
        self.call_agenda.setStyleSheet(LATE_STYLE if call.minutes_over else "color: palette(placeholder-text);")
        self.call_button.setText("Open the call")

    def _fill_overdue(self, overview: report.Overview) -> None:
        self.overdue.clear()
        self.overdue_heading.setText(
            f"Overdue action items ({overview.overdue_total})" if overview.overdue_total else "Overdue action items"
        )
        if not overview.overdue:
            item = QListWidgetItem("Nothing overdue.")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.overdue.addItem(item)
            return
        for row in overview.overdue:
            late = row.days_late(overview.today)
            who = f" — {row.owner}" if row.owner else ""
            item = QListWidgetItem(f"{row.title}{who} · {late} day{'s' if late != 1 else ''} late")
            item.setForeground(Qt.GlobalColor.darkRed)
            item.setData(RecordRole, ("calls", row.occurrence_id) if row.occurrence_id else ("actions", ""))
            item.setToolTip(f"Due {_long(row.due_on)}. Click to open the call it was decided on.")
            self.overdue.addItem(item)
        if overview.overdue_total > len(overview.overdue):
            item = QListWidgetItem(f"… and {overview.overdue_total - len(overview.overdue)} more")
            item.setData(RecordRole, ("actions", ""))
            self.overdue.addItem(item)

    def _fill_waiting(self, data: _Data) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem("Any group", None)
        for org_id, name in data.groups:
            self.group.addItem(name, org_id)
        self.group.setCurrentIndex(max(0, self.group.findData(data.my_group)) if data.my_group else 0)
        self.group.blockSignals(False)
        overview = data.overview
        self.sign_heading.setText(
            f"Waiting for {overview.my_group_name}'s sign-off" if overview.my_group_name else "Waiting for a sign-off"
        )
        self.waiting.clear()
        if not overview.waiting:
            item = QListWidgetItem("Nothing waits for a sign-off.")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.waiting.addItem(item)
            return
        for row in overview.waiting:
            group = "" if overview.my_group_name else f" — {row.organization}"
            item = QListWidgetItem(f"{row.draft_title} · {row.audience}{group}")
            item.setData(RecordRole, ("draft", row.draft_id))
            item.setToolTip(f"Asked {_long(row.requested_at.date())}. Click to open the draft.")
            self.waiting.addItem(item)
        if overview.waiting_total > len(overview.waiting):
            item = QListWidgetItem(f"… and {overview.waiting_total - len(overview.waiting)} more")
            item.setData(RecordRole, ("drafts", ""))
            self.waiting.addItem(item)

    # -- the graph, built when first shown -----------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.graph_tab and (self.graph_view is None or self._graph_stale):
            self._build_graph()

    def _build_graph(self) -> None:
        from coalition.ui.graph import CoalitionGraphView, legend_html

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
            f"The {organizations} organizations with the most members, of {graph.total_organizations}. "
            if graph.capped
            else ""
        )
        self.graph_hint.setText(
            capped + self.tr("Ctrl+wheel or +/− to zoom, drag to pan, 0 to fit; hover for details, click to open.")
        )

    # -- opening what is behind ------------------------------------------------------------------

    def open_goal(self, goal_id: str) -> None:
        status = next((s for s in self._statuses() if s.goal_id == goal_id), None)
        if status is None:
            return
        if status.measure == GoalMeasure.RECORDED:
            self.edit_values(goal_id)
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
        org_id = self.group.currentData() or ""
        self.ctx.run(directory.set_setting, report.MY_GROUP, org_id, label="Choose my group")

    # -- goals ------------------------------------------------------------------------------------

    def new_goal(self) -> None:
        self._run_dialog(GoalDialog(self.ctx, parent=self))

    def edit_goal(self, goal_id: str) -> None:
        self._run_dialog(GoalDialog(self.ctx, goal_id, parent=self))

    def edit_values(self, goal_id: str) -> None:
        self._run_dialog(ObservationsDialog(self.ctx, goal_id, parent=self))

    @staticmethod
    def _run_dialog(dialog: QDialog) -> None:
        """Show it, then let it go: a closed dialog should not keep listening for changes."""
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def delete_goal(self, goal_id: str) -> None:
        status = next((s for s in self._statuses() if s.goal_id == goal_id), None)
        name = status.name if status else "this goal"
        answer = QMessageBox.question(
            self, "Delete goal", f"Delete the goal “{name}” and its recorded values? You can undo it with Ctrl+Z."
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.run(goals.delete_goal, goal_id, label=f"Delete goal “{name}”")
        except CoalitionError as exc:
            self.ctx.error.emit(str(exc))

    # -- exports ----------------------------------------------------------------------------------

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        for chart in self.charts:
            self.export_menu.addAction(
                formatting.menu_text(f"Chart: {chart.status.name}…"), lambda _c=False, c=chart: self.export_chart(c)
            )
        if self.charts:
            self.export_menu.addSeparator()
        self.export_menu.addAction("The coalition graph…", self.export_graph)

    def _ask_picture(self, title: str, name: str) -> str:
        return filedialogs.save_file(
            self, self.ctx.settings, "pictures", title, name, "PNG picture (*.png);;SVG drawing (*.svg)"
        )

    def export_chart(self, chart: GoalChart, path: str | None = None) -> None:
        path = path or self._ask_picture("Export the chart", f"{chart.status.name}.png")
        if not path:
            return
        try:
            export_view(chart, path, chart.sceneRect())
        except (CoalitionError, OSError) as exc:
            self.ctx.error.emit(f"The chart could not be saved: {exc}")
            return
        self.ctx.message.emit(f"Chart saved to {path}")

    def export_graph(self, path: str | None = None) -> None:
        if self.graph_view is None:
            self.tabs.setCurrentWidget(self.graph_tab)
        assert self.graph_view is not None
        path = path or self._ask_picture("Export the coalition graph", "coalition-graph.png")
        if not path:
            return
        try:
            export_view(self.graph_view, path, self.graph_view.whole())
        except (CoalitionError, OSError) as exc:
            self.ctx.error.emit(f"The graph could not be saved: {exc}")
            return
        self.ctx.message.emit(f"Graph saved to {path}")

    def export_report(self, path: str | None = None) -> None:
        from coalition.ui.report_pdf import write_report

        if not path:
            path = filedialogs.save_file(
                self, self.ctx.settings, "reports", self.tr("Board report"), "coalition-report.pdf", "PDF (*.pdf)"
            )
        if not path:
            return
        try:
            write_report(self.ctx.db, path)
        except (CoalitionError, OSError) as exc:
            self.ctx.error.emit(f"The report could not be saved: {exc}")
            return
        self.ctx.message.emit(f"Report saved to {path}")

    # -- remembered layout --------------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self.ctx.settings.value("dashboard/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_state(self) -> None:
        self.ctx.settings.setValue("dashboard/splitter", self.splitter.saveState())

