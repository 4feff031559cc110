"""Registration pledges and registrations reported: the form, the reports, and their totals
per county and per event (pledges with those given on a sign-up form)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.goals import batches as petition
from coalition.goals import tallies
from coalition.goals.tallies import TallyInput, TallyRow, TallyTotal
from coalition.store.models import TallyKind
from coalition.ui.common import editing, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.widgets import bold, date_edit, muted, state_edit
from coalition.ui.goals.batches import RecordRole, put_row, table

# The sign-ups' table moves the pledges too.
WATCHED = tallies.TALLY_TABLES | {"sign_up"}


class RegistrationsDialog(FieldProblems, editing.GuardedForm):
    """Pledges and registrations reported: enter one, change or delete it, see the totals."""

    def __init__(
        self,
        ctx: AppContext,
        kind: TallyKind = TallyKind.REGISTRATION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing: str | None = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Registrations and pledges"))
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        with ctx.reading() as session:
            events = petition.event_choices(session)
        self.summary = bold(QLabel())
        self.summary.setWordWrap(True)
        form_box = self._build_form(kind, events)
        self.tabs = self._build_tabs()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)  # asks first, if a report is typed
        body = QHBoxLayout()
        body.addWidget(form_box, 0)
        body.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(
            muted(
                self.tr("Pledges include the sign-ups that answered yes to the pledge question.")
            ),
            1,
        )
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.resize(1080, 600)
        ctx.changed.connect(self._changed)
        self.reload()
        self.count.setFocus()
        self.remember_input()

    def _build_form(self, kind: TallyKind, events: list[tuple[str, str, dt.date]]) -> QWidget:
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Registrations"), TallyKind.REGISTRATION)
        self.kind.addItem(self.tr("Pledges to register"), TallyKind.PLEDGE)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(self.reload)
        self.on = date_edit()
        self.on.setText(clock.today().isoformat())
        self.count = QLineEdit()
        self.count.setPlaceholderText("38")
        self.county = QLineEdit()
        self.county.setPlaceholderText(self.tr("Yolo"))
        self.state = state_edit()
        self.state.setText("CA")
        self.event_choice = QComboBox()
        self.event_choice.addItem(self.tr("No event"), None)
        for event_id, name, day in events:
            self.event_choice.addItem(f"{name} · {formatting.date(day)}", event_id)
        self.reported_by = QLineEdit()
        self.notes = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("W&hat"), self.field_box("kind", self.kind))
        form.addRow(self.tr("&Day"), self.field_box("on", self.on))
        form.addRow(self.tr("&Count"), self.field_box("count", self.count))
        form.addRow(self.tr("C&ounty"), self.field_box("county", self.county))
        form.addRow(self.tr("&State"), self.field_box("state", self.state))
        form.addRow(self.tr("&Event"), self.field_box("event_id", self.event_choice))
        form.addRow(self.tr("&Reported by"), self.field_box("reported_by", self.reported_by))
        form.addRow(self.tr("&Notes"), self.field_box("notes", self.notes))
        self.add_button = QPushButton(self.tr("&Add report"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.submit)
        self.new_button = QPushButton(self.tr("Ne&w report"))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("Dele&te report"))
        self.delete_button.clicked.connect(self.delete_chosen)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.new_button, self.delete_button):
            buttons.addWidget(button)
        box = QFrame()
        box.setMaximumWidth(400)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return box

    def _build_tabs(self) -> QTabWidget:
        self.report_table = table(
            [
                self.tr("Day"),
                self.tr("What"),
                self.tr("Count"),
                self.tr("County"),
                self.tr("Event"),
                self.tr("Reported by"),
            ],
            self.tr("Reports"),
        )
        header = self.report_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.report_table.itemSelectionChanged.connect(self._chosen)
        headers = [self.tr("Reported"), self.tr("At sign-up"), self.tr("Total")]
        self.county_table = table([self.tr("County"), *headers], self.tr("Totals by county"))
        self.event_table = table([self.tr("Event"), *headers], self.tr("Totals by event"))
        tabs = QTabWidget()
        tabs.addTab(self.report_table, self.tr("Re&ports"))
        tabs.addTab(self.county_table, self.tr("By co&unty"))
        tabs.addTab(self.event_table, self.tr("By e&vent"))
        return tabs

    def _kind_word(self, kind: TallyKind) -> str:
        return self.tr("Registrations") if kind == TallyKind.REGISTRATION else self.tr("Pledges")

    def _changed(self, tables: set[str]) -> None:
        if tables & WATCHED:
            self.reload()

    def reload(self) -> None:
        kind = TallyKind(self.kind.currentData())
        with self.ctx.reading() as session:
            rows: list[TallyRow] = tallies.tallies(session)
            by_county = tallies.totals_by_county(session, kind)
            by_event = tallies.totals_by_event(session, kind)
            registrations = tallies.reported(session, TallyKind.REGISTRATION)
            pledges = tallies.reported(session, TallyKind.PLEDGE)
        far = dt.date.max
        self.summary.setText(
            self.tr(
                "{registrations} registrations reported · {pledges} pledges ({signed} of them "
                "given at sign-up)"
            ).format(
                registrations=formatting.number(registrations.at(far)),
                pledges=formatting.number(pledges.at(far)),
                signed=formatting.number(pledges.sign_ups),
            )
        )
        self.report_table.blockSignals(True)
        self.report_table.setRowCount(0)
        for row in rows:
            put_row(
                self.report_table,
                [
                    formatting.date(row.on),
                    self._kind_word(row.kind),
                    formatting.number(row.count),
                    row.county,
                    row.event,
                    row.reported_by,
                ],
                {2},
                row.id,
            )
        self.report_table.blockSignals(False)
        self._fill_totals(self.county_table, by_county)
        self._fill_totals(self.event_table, by_event)
        self.delete_button.setEnabled(self.editing is not None)

    def _fill_totals(self, widget: QTableWidget, totals: list[TallyTotal]) -> None:
        widget.setRowCount(0)
        for t in totals:
            put_row(
                widget,
                [
                    t.name or self.tr("(none given)"),
                    formatting.number(t.reported),
                    formatting.number(t.signed_up),
                    formatting.number(t.total),
                ],
                {1, 2, 3},
            )

    def _chosen(self) -> None:
        rows = self.report_table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.report_table.item(rows[0].row(), 0)
        tally_id = item.data(RecordRole) if item is not None else None
        if tally_id is None:
            return
        with self.ctx.reading() as session:
            try:
                data = tallies.tally_input(tallies.get_tally(session, tally_id))
            except CoalitionError:
                return
        self.editing = tally_id
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.kind.blockSignals(False)
        self.on.setText(data.on.isoformat() if isinstance(data.on, dt.date) else "")
        self.count.setText(formatting.number(int(data.count or 0)))
        self.county.setText(data.county)
        self.state.setText(data.state)
        self.event_choice.setCurrentIndex(max(0, self.event_choice.findData(data.event_id)))
        self.reported_by.setText(data.reported_by)
        self.notes.setText(data.notes)
        self.add_button.setText(self.tr("&Save report"))
        self.delete_button.setEnabled(True)
        self.clear_problems()
        self.remember_input()

    def start_new(self) -> None:
        self.editing = None
        self.report_table.clearSelection()
        self.on.setText(clock.today().isoformat())
        self.count.clear()
        self.notes.clear()
        self.add_button.setText(self.tr("&Add report"))
        self.delete_button.setEnabled(False)
        self.clear_problems()
        self.count.setFocus()
        self.remember_input()

    def form_fields(self) -> list[QWidget]:
        return [self.on, self.count, self.county, self.state, self.reported_by, self.notes]

    def submit(self) -> bool:
        self.clear_problems()
        data = TallyInput(
            kind=TallyKind(self.kind.currentData()),
            on=self.on.text(),
            count=formatting.typed_number(self.count.text()),
            county=self.county.text(),
            state=self.state.text(),
            event_id=self.event_choice.currentData(),
            reported_by=self.reported_by.text(),
            notes=self.notes.text(),
        )
        try:
            if self.editing is None:
                self.ctx.run(tallies.record_tally, data)
            else:
                self.ctx.run(tallies.update_tally, self.editing, data)
        except CoalitionError as exc:
            self.show_error(exc)
            return False
        self.start_new()
        return True

    def delete_chosen(self) -> None:
        if self.editing is None:
            return
        self.ctx.run(tallies.delete_tally, self.editing)
        self.ctx.message.emit(self.tr("Report deleted. Undo with Ctrl+Z."))
        self.start_new()
