"""Petition batches: enter a batch's counts, verify it later, and see the campaign's
signatures added up per county and per collector.

Only counts are entered here, never a signer: the note above the form says why
(California Elections Code §18650), where the batches are typed in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.endorsements import records as endorsements
from coalition.goals import batches as petition
from coalition.goals.batches import BatchInput, BatchRow, PetitionProgress, Totals
from coalition.ui.common import editing, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems, ask_to_confirm
from coalition.ui.common.widgets import bold, date_edit, muted, state_edit

RecordRole = Qt.ItemDataRole.UserRole
NOTE_STYLE = (
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); "
    "border-radius: 4px; padding: 6px; }"
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def percent(rate: float | None) -> str:
    """A share as the locale writes it ("78.5%"), or a dash when there is none."""
    if rate is None:
        return "—"
    return formatting.number(rate * 100, 1) + "%"


def table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table, one row chosen at a time, named for screen readers."""
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().hide()
    widget.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    widget.setAccessibleName(name)
    return widget


def put_row(widget: QTableWidget, cells: list[str], numeric: set[int], data: object = None) -> None:
    r = widget.rowCount()
    widget.insertRow(r)
    for c, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if c in numeric:
            item.setTextAlignment(RIGHT)
        if c == 0 and data is not None:
            item.setData(RecordRole, data)
        widget.setItem(r, c, item)


class PetitionBatchesDialog(FieldProblems, editing.GuardedForm):
    """A campaign's petition batches: the form, the list, and the totals."""

    def __init__(
        self,
        ctx: AppContext,
        campaign_id: str | None = None,
        validity_percent: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.validity_percent = validity_percent
        self.editing: str | None = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Petition batches"))
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        with ctx.reading() as session:
            campaigns = [(c.id, c.name) for c in endorsements.campaigns(session)]
            events = petition.event_choices(session)
            self._counties = petition.counties(session)
            self._collectors = petition.collectors(session)

        self.campaign = QComboBox()
        self.campaign.setAccessibleName(self.tr("Campaign"))
        for cid, name in campaigns:
            self.campaign.addItem(name, cid)
        if campaign_id is not None:
            self.campaign.setCurrentIndex(max(0, self.campaign.findData(campaign_id)))
        self.summary = bold(QLabel())
        self.summary.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "Only counts are kept here, never a signer's name or address: California's "
                "Elections Code §18650 forbids using a petition's signatures for anything "
                "but qualifying the measure. The sheets go to the county; Coalition keeps "
                "the numbers."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setAccessibleName(self.tr("Why only counts are kept"))

        form_box = self._build_form(events)
        self.tabs = self._build_tabs()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)  # asks first, if a batch is typed

        top = QHBoxLayout()
        campaign_label = QLabel(self.tr("&Campaign:"))
        campaign_label.setBuddy(self.campaign)
        top.addWidget(campaign_label)
        top.addWidget(self.campaign, 1)
        body = QHBoxLayout()
        body.addWidget(form_box, 0)
        body.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(muted(self.tr("Choose a batch to change or verify it.")), 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.resize(1180, 660)
        self.campaign.currentIndexChanged.connect(self._campaign_changed)
        ctx.changed.connect(self._changed)
        self.reload()
        self.raw.setFocus()
        self.remember_input()

    def form_fields(self) -> list[QWidget]:
        return [
            self.collected_on, self.county, self.raw, self.verified, self.verified_on,
            self.collector, self.state, self.notes,
        ]  # fmt: skip

    # -- building ----------------------------------------------------------------------------

    def _build_form(self, events: list[tuple[str, str, dt.date]]) -> QWidget:
        self.collected_on = date_edit()
        self.collected_on.setText(clock.today().isoformat())
        self.county = QLineEdit()
        self.county.setPlaceholderText(self.tr("Sacramento"))
        self.county.setCompleter(self._completer(self._counties))
        self.raw = QLineEdit()
        self.raw.setPlaceholderText("1,250")
        self.verified = QLineEdit()
        self.verified.setPlaceholderText(self.tr("when the county has checked"))
        self.verified_on = date_edit()
        self.collector = QLineEdit()
        self.collector.setPlaceholderText(self.tr("The name written on the batch"))
        self.collector.setCompleter(self._completer(self._collectors))
        self.event_choice = QComboBox()
        self.event_choice.addItem(self.tr("No event"), None)
        for event_id, name, day in events:
            self.event_choice.addItem(f"{name} · {formatting.date(day)}", event_id)
        self.state = state_edit()
        self.state.setText("CA")
        self.notes = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Day collected"), self.field_box("collected_on", self.collected_on))
        form.addRow(self.tr("C&ounty"), self.field_box("county", self.county))
        form.addRow(self.tr("&Raw signatures"), self.field_box("raw_count", self.raw))
        form.addRow(self.tr("&Verified valid"), self.field_box("verified_count", self.verified))
        form.addRow(self.tr("Day veri&fied"), self.field_box("verified_on", self.verified_on))
        form.addRow(self.tr("Co&llector"), self.field_box("collector", self.collector))
        form.addRow(self.tr("&Event"), self.field_box("event_id", self.event_choice))
        form.addRow(self.tr("&State"), self.field_box("state", self.state))
        form.addRow(self.tr("&Notes"), self.field_box("notes", self.notes))
        self._fields["campaign_id"] = self.campaign
        self._errors["campaign_id"] = self.general_error

        self.add_button = QPushButton(self.tr("&Add batch"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.submit)
        self.verify_button = QPushButton(self.tr("Ver&ify"))
        self.verify_button.setToolTip(
            self.tr("Give the chosen batch its verified count and day, nothing else changed")
        )
        self.verify_button.clicked.connect(self.verify_chosen)
        self.new_button = QPushButton(self.tr("Ne&w batch"))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("Dele&te batch"))
        self.delete_button.clicked.connect(self.delete_chosen)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.verify_button, self.new_button, self.delete_button):
            buttons.addWidget(button)
        box = QFrame()
        box.setMaximumWidth(420)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return box

    def _completer(self, words: list[str]) -> QCompleter:
        completer = QCompleter(words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return completer

    def _build_tabs(self) -> QTabWidget:
        self.batch_table = table(
            [
                self.tr("Collected"),
                self.tr("County"),
                self.tr("Collector"),
                self.tr("Raw"),
                self.tr("Verified"),
                self.tr("Valid"),
                self.tr("Event"),
            ],
            self.tr("Petition batches"),
        )
        self.batch_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.batch_table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.batch_table.itemSelectionChanged.connect(self._chosen)
        totals_headers = [
            self.tr("Batches"),
            self.tr("Raw"),
            self.tr("Verified"),
            self.tr("Valid (of verified)"),
        ]
        self.county_table = table(
            [self.tr("County"), *totals_headers], self.tr("Signatures by county")
        )
        self.collector_table = table(
            [self.tr("Collector"), *totals_headers], self.tr("Signatures by collector")
        )
        tabs = QTabWidget()
        tabs.addTab(self.batch_table, self.tr("&Batches"))
        tabs.addTab(self.county_table, self.tr("By co&unty"))
        tabs.addTab(self.collector_table, self.tr("B&y collector"))
        return tabs

    # -- reading ---------------------------------------------------------------------------

    @property
    def campaign_id(self) -> str | None:
        value = self.campaign.currentData()
        return str(value) if value else None

    def _campaign_changed(self) -> None:
        self.start_new()
        self.reload()

    def _changed(self, tables: set[str]) -> None:
        if tables & petition.BATCH_TABLES:
            self.reload()

    def reload(self) -> None:
        rows: list[BatchRow] = []
        by_county: list[Totals] = []
        by_collector: list[Totals] = []
        progress: PetitionProgress | None = None
        if self.campaign_id is not None:
            with self.ctx.reading() as session:
                rows = petition.batches(session, self.campaign_id)
                by_county = petition.totals_by_county(session, self.campaign_id)
                by_collector = petition.totals_by_collector(session, self.campaign_id)
                progress = petition.petition_progress(
                    session, self.campaign_id, self.validity_percent
                )
        self._fill_summary(progress)
        self.batch_table.blockSignals(True)
        self.batch_table.setRowCount(0)
        for row in rows:
            put_row(
                self.batch_table,
                [
                    formatting.date(row.collected_on),
                    row.county,
                    row.collector,
                    formatting.number(row.raw),
                    "—" if row.verified is None else formatting.number(row.verified),
                    percent(row.validity_rate),
                    row.event,
                ],
                {3, 4, 5},
                row.id,
            )
        self.batch_table.blockSignals(False)
        for widget, totals in (
            (self.county_table, by_county),
            (self.collector_table, by_collector),
        ):
            widget.setRowCount(0)
            for t in totals:
                put_row(
                    widget,
                    [
                        t.name or self.tr("(none given)"),
                        formatting.number(t.batches),
                        formatting.number(t.raw),
                        formatting.number(t.verified),
                        percent(t.validity_rate),
                    ],
                    {1, 2, 3, 4},
                )
        self.delete_button.setEnabled(self.editing is not None)
        self.verify_button.setEnabled(self.editing is not None)

    def _fill_summary(self, progress: PetitionProgress | None) -> None:
        if progress is None:
            self.summary.setText(self.tr("Choose the campaign whose petition the batches are for."))
            return
        if not progress.batches:
            self.summary.setText(self.tr("No batches yet for this campaign."))
            return
        rate = (
            self.tr("{rate} found valid in the verified batches")
            if progress.observed
            else self.tr("{rate} expected valid until a batch is verified")
        ).format(rate=percent(progress.validity_rate))
        self.summary.setText(
            self.tr(
                "{raw} raw · {projected} projected valid · {verified} verified "
                "({batches}, {verified_batches} verified; {rate})"
            ).format(
                raw=formatting.number(progress.raw),
                projected=formatting.number(progress.projected_valid),
                verified=formatting.number(progress.verified),
                batches=self.tr("%Ln batches", "", progress.batches),
                verified_batches=formatting.number(progress.verified_batches),
                rate=rate,
            )
        )

    # -- the form ------------------------------------------------------------------------

    def _data(self) -> BatchInput:
        return BatchInput(
            campaign_id=self.campaign_id,
            collected_on=self.collected_on.text(),
            county=self.county.text(),
            raw_count=formatting.typed_number(self.raw.text()),
            verified_count=formatting.typed_number(self.verified.text()),
            verified_on=self.verified_on.text(),
            state=self.state.text(),
            collector=self.collector.text(),
            event_id=self.event_choice.currentData(),
            notes=self.notes.text(),
        )

    def _chosen(self) -> None:
        rows = self.batch_table.selectionModel().selectedRows()
        if not rows:
            return
        batch_id = self.batch_table.item(rows[0].row(), 0).data(RecordRole)  # type: ignore[union-attr]
        with self.ctx.reading() as session:
            try:
                data = petition.batch_input(petition.get_batch(session, batch_id))
            except CoalitionError:
                return
        self.editing = batch_id
        self.collected_on.setText(_iso(data.collected_on))
        self.county.setText(data.county)
        self.raw.setText(formatting.number(int(data.raw_count or 0)))
        self.verified.setText(
            "" if data.verified_count is None else formatting.number(int(data.verified_count))
        )
        self.verified_on.setText(_iso(data.verified_on))
        self.collector.setText(data.collector)
        self.event_choice.setCurrentIndex(max(0, self.event_choice.findData(data.event_id)))
        self.state.setText(data.state)
        self.notes.setText(data.notes)
        self.add_button.setText(self.tr("&Save batch"))
        self.delete_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        self.clear_problems()
        self.remember_input()

    def start_new(self) -> None:
        self.editing = None
        self.batch_table.clearSelection()
        self.collected_on.setText(clock.today().isoformat())
        for edit in (self.raw, self.verified, self.verified_on, self.notes):
            edit.clear()
        self.add_button.setText(self.tr("&Add batch"))
        self.delete_button.setEnabled(False)
        self.verify_button.setEnabled(False)
        self.clear_problems()
        self.raw.setFocus()
        self.remember_input()

    def submit(self) -> bool:
        self.clear_problems()
        data = self._data()
        try:
            if self.editing is None:
                self.ctx.run(petition.record_batch, data)
            else:
                self.ctx.run(petition.update_batch, self.editing, data)
        except CoalitionError as exc:
            self.show_error(exc)
            return False
        county, collector, day = self.county.text(), self.collector.text(), self.collected_on.text()
        self.start_new()
        # The next batch of a tally night is usually from the same table: keep where and who.
        self.county.setText(county)
        self.collector.setText(collector)
        self.collected_on.setText(day)
        self.remember_input()  # kept for the next batch: not typed by anyone
        return True

    def confirm(self, question: str, detail: str, action: str) -> bool:
        """Ask before a verified count is taken away (a method, for the tests)."""
        return ask_to_confirm(self, question, detail, action)

    def verify_chosen(self) -> bool:
        if self.editing is None:
            return False
        self.clear_problems()
        unverify = not self.verified.text().strip()
        if unverify and not self.confirm(
            self.tr("Mark this batch as not verified?"),
            self.tr(
                "The verified count is empty: the batch's verified signatures leave the "
                "totals. To verify it, type the count the county gave."
            ),
            self.tr("Mark not verified"),
        ):
            self.verified.setFocus()
            return False
        try:
            self.ctx.run(
                petition.verify_batch,
                self.editing,
                formatting.typed_number(self.verified.text()),
                self.verified_on.text() or None,
            )
        except CoalitionError as exc:
            self.show_error(exc)
            return False
        self.ctx.message.emit(
            self.tr("Batch marked not verified. Undo with Ctrl+Z.")
            if unverify
            else self.tr("Batch verified. Undo with Ctrl+Z.")
        )
        self.start_new()
        return True

    def delete_chosen(self) -> None:
        if self.editing is None:
            return
        self.ctx.run(petition.delete_batch, self.editing)
        self.ctx.message.emit(self.tr("Batch deleted. Undo with Ctrl+Z."))
        self.start_new()


def _iso(day: object) -> str:
    return day.isoformat() if isinstance(day, dt.date) else ""
