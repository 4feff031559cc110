"""Editing a goal (what it counts, its target and deadline) and a recorded goal's values."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.goals import records as goals
from coalition.goals.batches import DEFAULT_VALIDITY_PERCENT
from coalition.goals.records import GoalInput, ObservationInput
from coalition.store.models import GOAL_MEASURE_LABELS, Campaign, GoalMeasure
from coalition.ui.common import editing, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.widgets import date_edit
from coalition.ui.goals.cards import measure_words

RecordRole = Qt.ItemDataRole.UserRole
DayRole = Qt.ItemDataRole.UserRole + 1  # the day as the form takes it (YYYY-MM-DD)


class GoalDialog(FieldProblems, editing.GuardedDialog):
    """Add or edit a goal: name, how it is measured, target, deadline, unit, notes."""

    saved = Signal(str)

    def __init__(
        self, ctx: AppContext, goal_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id = goal_id
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        with ctx.reading() as session:
            data = (
                goals.goal_input(goals.get_goal(session, goal_id)) if goal_id else GoalInput("", "")
            )
            campaigns = [(c.id, c.name) for c in session.query(Campaign).order_by(Campaign.name)]
        self.setWindowTitle(self.tr("Edit goal") if goal_id else self.tr("New goal"))
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.name = QLineEdit(data.name)
        self.name.setPlaceholderText(self.tr("Representatives in 20 states"))
        self.name.setMinimumWidth(360)
        self.measure = QComboBox()
        for measure in GOAL_MEASURE_LABELS:
            self.measure.addItem(measure_words(measure), measure)
        self.measure.setCurrentIndex(self.measure.findData(GoalMeasure(data.measure)))
        self.campaign = QComboBox()
        self.campaign.addItem(self.tr("Choose a campaign…"), None)
        for campaign_id, name in campaigns:
            self.campaign.addItem(name, campaign_id)
        if data.campaign_id:
            self.campaign.setCurrentIndex(max(0, self.campaign.findData(data.campaign_id)))
        self.validity = QLineEdit(
            "" if data.validity_percent is None else str(data.validity_percent)
        )
        self.validity.setPlaceholderText(str(DEFAULT_VALIDITY_PERCENT))
        self.validity.setMaximumWidth(80)
        self.validity.setToolTip(
            self.tr(
                "The share of raw signatures expected to be valid, in percent, until verified "
                "batches show their own"
            )
        )
        self.target = QLineEdit(str(data.target) if data.target != "" else "")
        self.target.setPlaceholderText("546651")
        self.deadline = date_edit()
        self.deadline.setText(
            data.deadline.isoformat() if isinstance(data.deadline, dt.date) else ""
        )
        self.unit = QLineEdit(data.unit)
        self.unit.setPlaceholderText(self.tr("signatures, sign-ups, followers…"))
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.field_box("name", self.name))
        form.addRow(self.tr("&Measured by"), self.field_box("measure", self.measure))
        form.addRow(self.tr("&Campaign"), self.field_box("campaign_id", self.campaign))
        form.addRow(
            self.tr("Expected &valid share (%)"), self.field_box("validity_percent", self.validity)
        )
        form.addRow(self.tr("&Target"), self.field_box("target", self.target))
        form.addRow(self.tr("&Deadline"), self.field_box("deadline", self.deadline))
        form.addRow(self.tr("&Unit"), self.field_box("unit", self.unit))
        form.addRow(self.tr("N&otes"), self.field_box("notes", self.notes))
        self.form = form
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self._measure_changed()
        self.lay_out_form(form, self.tr("Save") if goal_id else self.tr("Add goal"))
        self.name.setFocus()
        self.remember_input()  # Escape or closing asks before throwing typed input away

    def _measure_changed(self) -> None:
        measure = self.measure.currentData()
        self.form.setRowVisible(2, measure in goals.CAMPAIGN_MEASURES)
        self.form.setRowVisible(3, measure == GoalMeasure.PETITION_SIGNATURES)
        self.form.setRowVisible(6, measure == GoalMeasure.RECORDED)

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
            validity_percent=self.validity.text().strip() or None,
        )
        try:
            if self.goal_id is None:
                goal = self.ctx.run(
                    goals.create_goal,
                    data,
                    label=self.tr("Add goal “{name}”").format(name=data.name.strip()),
                )
                self.goal_id = goal.id
            else:
                self.ctx.run(
                    goals.update_goal,
                    self.goal_id,
                    data,
                    label=self.tr("Edit goal “{name}”").format(name=data.name.strip()),
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.saved.emit(self.goal_id)
        super().accept()


class ObservationsDialog(FieldProblems, editing.GuardedForm):
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
            self.setWindowTitle(self.tr("Values of “{name}”").format(name=goal.name))
            unit = goal.unit or "value"
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.table = self._values_table(unit)

        self.on = date_edit()
        self.on.setText(clock.today().isoformat())
        self.value = QLineEdit()
        self.value.setPlaceholderText("12,500")
        self.source = QLineEdit()
        self.source.setPlaceholderText(
            self.tr("Where the number comes from (a tally, a report, a page's insights)")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Day"), self.field_box("on", self.on))
        form.addRow(self.tr("&Value"), self.field_box("value", self.value))
        form.addRow(self.tr("&Source"), self.field_box("source", self.source))

        buttons = self._buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(560, 460)
        self.reload()
        ctx.changed.connect(self._changed)
        self.value.setFocus()
        self.remember_input()

    def form_fields(self) -> list[QWidget]:
        return [self.on, self.value, self.source]

    def _values_table(self, unit: str) -> QTableWidget:
        """The values, one a row (day, value, source); choosing one puts it in the form."""
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([self.tr("Day"), unit.capitalize(), self.tr("Source")])
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.itemSelectionChanged.connect(self._chosen)
        return table

    def _buttons(self) -> QHBoxLayout:
        """Add (or save) a value, start a new one, delete the chosen one; Close apart."""
        self.add_button = QPushButton(self.tr("&Add value"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.submit)
        self.new_button = QPushButton(self.tr("&New value"))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("De&lete value"))
        self.delete_button.clicked.connect(self.delete_chosen)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)  # asks first, if a value is typed
        buttons = QHBoxLayout()
        for button in (self.add_button, self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _changed(self, tables: set[str]) -> None:
        if tables & goals.GOAL_TABLES:
            self.reload()

    def reload(self) -> None:
        with self.ctx.reading() as session:
            try:
                rows = [
                    (o.id, o.on, o.value, o.source)
                    for o in goals.observations(session, self.goal_id)
                ]
            except CoalitionError:
                rows = []
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row_id, on, value, source in reversed(rows):  # newest first
            r = self.table.rowCount()
            self.table.insertRow(r)
            day = QTableWidgetItem(formatting.date(on))
            day.setData(RecordRole, row_id)
            day.setData(DayRole, on.isoformat())
            amount = QTableWidgetItem(formatting.number(value))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 0, day)
            self.table.setItem(r, 1, amount)
            self.table.setItem(r, 2, QTableWidgetItem(source))
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.delete_button.setEnabled(self.editing is not None)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every row is filled with its three cells
        return item

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        r = rows[0].row()
        self.editing = self._cell(r, 0).data(RecordRole)
        # The day as the field takes it: the list's own ("12/6/2026") was refused on Save.
        self.on.setText(str(self._cell(r, 0).data(DayRole)))
        self.value.setText(self._cell(r, 1).text())
        self.source.setText(self._cell(r, 2).text())
        self.add_button.setText(self.tr("&Save value"))
        self.delete_button.setEnabled(True)
        self.clear_problems()
        self.remember_input()

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.on.setText(clock.today().isoformat())
        self.value.clear()
        self.source.clear()
        self.add_button.setText(self.tr("&Add value"))
        self.delete_button.setEnabled(False)
        self.clear_problems()
        self.value.setFocus()
        self.remember_input()

    def submit(self) -> bool:
        self.clear_problems()
        data = ObservationInput(
            on=self.on.text(), value=self.value.text(), source=self.source.text()
        )
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
        self.ctx.message.emit(self.tr("Value deleted. Undo with Ctrl+Z."))
        self.start_new()
