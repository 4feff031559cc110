"""Importing a CSV list with a look first (the export is in exportcsv.py).

The import dialog shows what the file is (format, encoding, delimiter), which column
will fill which field, and what every row will do, before anything is stored: a wrong
guess about a column is cheaper to fix here than three hundred people later.  The
import itself is one service call, so it is one undo step, and a file with unreadable
rows is imported only when the person says, explicitly, to leave those rows out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.directory import importers
from coalition.directory.csvread import (
    CsvTable,
    Kind,
    duplicate_columns_problem,
    read_table,
    suggest_mapping,
)
from coalition.directory.importers import (
    ImportCancelled,
    ImportPreview,
    ImportReport,
    count_of,
)
from coalition.store.changes import ChangeSet
from coalition.ui.common import filedialogs, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.directory.importpreview import (
    FIELD_LABELS,
    IGNORE,
    ImportJob,
    PreviewModel,
)

# Rows read and checked before importing: enough to judge the mapping at a glance,
# few enough that a 200,000-row file opens at once.  The import reads every row.
PREVIEW_ROWS = 1000


class ImportDialog(QDialog):
    """Choose a CSV file, check how it is read, and import it as one undoable step."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table: CsvTable | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import from CSV"))
        self.resize(1000, 700)

        top = self._build_file_row()
        self._build_messages()
        columns_box = self._build_columns()
        rows_box = self._build_rows()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(columns_box)
        splitter.addWidget(rows_box)
        splitter.setSizes([280, 320])
        splitter.setChildrenCollapsible(False)

        self._build_choices()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m rows"))
        self.progress.hide()
        self.job: ImportJob | None = None
        self._ending: set[ImportJob] = set()  # ended, their threads finishing
        self._tell = False
        self._unresolved: set[str] = set()
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.format_label)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.leave_out)
        layout.addWidget(self.merge)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    # --- building -------------------------------------------------------------------------

    def _build_file_row(self) -> QHBoxLayout:
        """The file's path, the button to choose one, and whether it holds people or groups."""
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            self.tr("A Google Contacts or Outlook export, or a spreadsheet saved as CSV")
        )
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.installEventFilter(self)
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.choose_button = choose
        self.people_radio = QRadioButton(self.tr("&People"))
        self.organizations_radio = QRadioButton(self.tr("&Organizations"))
        self.people_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.people_radio)
        self.kind_group.addButton(self.organizations_radio)
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        top = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        top.addWidget(file_label)
        top.addWidget(self.path_edit, 1)
        top.addWidget(choose)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Import as:")))
        top.addWidget(self.people_radio)
        top.addWidget(self.organizations_radio)
        return top

    def _build_messages(self) -> None:
        """How the file is read, or why it cannot be."""
        self.format_label = QLabel(
            self.tr("Choose a file, or type its path and press Enter, to see how it will be read.")
        )
        self.format_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("importError")
        self.error_label.setStyleSheet(error_style())
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

    def _build_columns(self) -> QGroupBox:
        """The file's columns, a value of each, and what each is imported as."""
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Import as")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setWordWrap(False)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.mapping_table.setColumnWidth(0, 240)
        self.mapping_table.setColumnWidth(2, 240)
        columns_box = QGroupBox(self.tr("Columns (the ones in bold are imported)"))
        QVBoxLayout(columns_box).addWidget(self.mapping_table)
        return columns_box

    def _build_rows(self) -> QGroupBox:
        """The rows as they will be imported."""
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().hide()
        self.preview_view.setWordWrap(False)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.preview_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.preview_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows_box = QGroupBox(self.tr("Rows"))
        QVBoxLayout(rows_box).addWidget(self.preview_view)
        return rows_box

    def _build_choices(self) -> None:
        """What the import will do, and the choices about duplicates."""
        self.summary_label = QLabel()
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.leave_out = QCheckBox()
        self.leave_out.toggled.connect(self._update_buttons)
        self.leave_out.hide()
        self.merge = QCheckBox(
            self.tr(
                "&Merge duplicates into the records already there "
                "(adds new e-mails, phones and blank fields; changes nothing already stored)"
            )
        )
        self.merge.toggled.connect(self._update_buttons)
        self.merge.hide()

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._import_clicked)
        self.buttons.rejected.connect(self._cancel_clicked)

    # --- the file and its kind ------------------------------------------------------------

    @property
    def kind(self) -> Kind:
        return "organizations" if self.organizations_radio.isChecked() else "people"

    def choose_file(self) -> None:
        path = filedialogs.open_file(
            self,
            self.ctx.settings,
            "csv",
            self.tr("Choose a CSV file"),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path, self.kind)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the path field reads the file typed there, and does nothing else.

        A line edit lets Enter through to the dialog, which would press a button
        ("Choose file…", or Import while the previous file's rows are still shown).
        """
        if (
            watched is self.path_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.path_edit.text().strip():
                self.load_file(self.path_edit.text().strip(), self.kind)
            return True
        return super().eventFilter(watched, event)

    def load_file(self, path: str | Path, kind: Kind) -> bool:
        """Read ``path`` as a list of ``kind``, suggest a mapping and preview every row.

        Returns False, and shows why in the dialog, when the file cannot be read; the
        previous file's mapping and rows are cleared so they cannot be imported by mistake.
        """
        self.path_edit.setText(str(path))
        radio = self.people_radio if kind == "people" else self.organizations_radio
        self.kind_group.blockSignals(True)
        radio.setChecked(True)
        self.kind_group.blockSignals(False)
        try:
            table = read_table(path, limit=PREVIEW_ROWS)
        except CoalitionError as exc:
            self.table = None
            self._clear()
            self._show_error(shown(exc))
            return False
        self.table = table
        locale = QLocale()
        parts = [
            *importers.describe(table),
            self.tr("%1 columns").replace("%1", locale.toString(len(table.headers))),
            self.tr("%1 rows").replace(
                "%1", locale.toString(table.row_count + len(table.bad_rows))
            ),
        ]
        if table.legacy_lines:
            parts.append(
                self.tr("%1 lines read as Windows-1252").replace(
                    "%1", locale.toString(len(table.legacy_lines))
                )
            )
        self.format_label.setText(" · ".join(parts))
        if table.legacy_lines:
            self.format_label.setToolTip(importers.legacy_note(table.legacy_lines))
        self.format_label.show()
        self._unresolved = set(table.duplicate_headers())
        self._fill_mapping(suggest_mapping(table, kind))
        self.refresh_preview()
        return True

    def _kind_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked and self.table is not None:
            self._fill_mapping(suggest_mapping(self.table, self.kind))
            self.refresh_preview()

    def _clear(self) -> None:
        self.preview = None
        self.mapping_table.setRowCount(0)
        self.preview_model.set_rows([])
        self.format_label.hide()
        self.summary_label.clear()
        self._update_buttons()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # --- the mapping ------------------------------------------------------------------------

    def _fill_mapping(self, mapping: dict[int, str | None]) -> None:
        assert self.table is not None
        labels = FIELD_LABELS[self.kind]
        self.mapping_table.setRowCount(len(self.table.headers))
        for column, header in enumerate(self.table.headers):
            name = QTableWidgetItem(header or f"(column {column + 1})")
            name.setToolTip(header)
            sample = _first_value(self.table, column)
            value = QTableWidgetItem(sample.replace("\n", " ⏎ "))
            value.setToolTip(sample)
            value.setForeground(self.palette().placeholderText())
            combo = QComboBox()
            combo.addItem(self.tr(IGNORE), None)
            for field, label in labels.items():
                combo.addItem(self.tr(label), field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column))))
            combo.setAccessibleName(self.tr("Import column {header} as").format(header=header))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            self.mapping_table.setItem(column, 0, name)
            self.mapping_table.setItem(column, 1, value)
            self.mapping_table.setCellWidget(column, 2, combo)
            self._mark_mapped(column)
        self.mapping_table.resizeRowsToContents()

    def _mark_mapped(self, column: int) -> None:
        """Bold the names of the columns that are imported: a few among dozens in an export."""
        item = self.mapping_table.item(column, 0)
        if item is None:  # every row has its column's name
            return
        font = item.font()
        font.setBold(self.combo(column).currentData() is not None)
        item.setFont(font)

    def combo(self, column: int) -> QComboBox:
        """The field chooser of a column of the file."""
        widget = self.mapping_table.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[int, str | None]:
        return {
            column: self.combo(column).currentData()
            for column in range(self.mapping_table.rowCount())
        }

    def _mapping_changed(self, column: int) -> None:
        """Give the field to ``column`` alone (a field comes from one column), then re-check.

        A column whose name is on another column too counts as said for once the
        person chooses what one of them holds (ignore included).
        """
        if self.table is not None:
            for name, numbers in self.table.duplicate_headers().items():
                if column + 1 in numbers:
                    self._unresolved.discard(name)
        field = self.combo(column).currentData()
        if field is not None:
            for other in range(self.mapping_table.rowCount()):
                combo = self.combo(other)
                if other != column and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
                    self._mark_mapped(other)
        self._mark_mapped(column)
        self.refresh_preview()

    # --- the preview ------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Check every row again with the mapping as it is now shown."""
        if self.table is None:
            return
        try:
            with self.ctx.reading() as session:
                self.preview = importers.preview(
                    session,
                    self.table,
                    self.kind,
                    self.mapping(),
                    source=Path(self.path_edit.text()).name,
                )
        except (CoalitionError, SQLAlchemyError) as exc:
            self._clear()
            self._show_error(f"Cannot check the rows: {exc}")
            return
        self._show_error(self._duplicates_note())
        self.preview_model.set_rows(self.preview.rows)
        self._update_buttons()

    def _duplicates_note(self) -> str:
        """What to do about columns named alike, while the person has not said."""
        if self.table is None or not self._unresolved:
            return ""
        problem = duplicate_columns_problem(self.table).split(". Rename")[0]
        return (
            self.tr("%1. Choose below what each of them holds (or “%2” for one) before importing.")
            .replace("%1", problem)
            .replace("%2", self.tr(IGNORE))
        )

    def _update_buttons(self) -> None:
        preview = self.preview
        if preview is None:
            self.import_button.setEnabled(False)
            self.import_button.setText(self.tr("&Import"))
            self.leave_out.hide()
            self.merge.hide()
            return
        counts = preview.counts
        ok, duplicates, errors = counts["ok"], counts["duplicate"], counts["error"]
        self.leave_out.setVisible(errors > 0)
        self.leave_out.setText(
            self.tr(
                "&Leave out the {value} that cannot be read and import the {value2} that can"
            ).format(value=self.tr("%Ln rows", "", errors), value2=self.tr("%Ln rows", "", ok))
        )
        self.merge.setVisible(duplicates > 0)
        merging = self.merge.isChecked() and duplicates > 0
        summary = self.tr("{ok} to import, {duplicates}, {errors} cannot be read").format(
            ok=formatting.number(ok),
            duplicates=(
                self.tr("%Ln duplicates merged", "", duplicates)
                if merging
                else self.tr("%Ln duplicates skipped", "", duplicates)
            ),
            errors=formatting.number(errors),
        )
        table = self.table
        partial = table is not None and not table.complete
        if partial and table is not None:
            locale = QLocale()
            summary = (
                self.tr("In the first %1 of %2 rows: ")
                .replace("%1", locale.toString(len(table.rows)))
                .replace("%2", locale.toString(table.row_count + len(table.bad_rows)))
                + summary
            )
        self.summary_label.setText(summary)
        blocked = errors > 0 and not self.leave_out.isChecked()
        unresolved = bool(self._unresolved)
        self.import_button.setEnabled(
            not blocked and not unresolved and (ok > 0 or merging or partial)
        )
        if partial and table is not None:
            self.import_button.setText(
                self.tr("&Import all %1 rows").replace("%1", QLocale().toString(table.row_count))
            )
        else:
            self.import_button.setText(
                self.tr("&Import %Ln people", "", ok)
                if preview.kind == "people"
                else self.tr("&Import %Ln organizations", "", ok)
            )
        if unresolved:
            self.import_button.setToolTip(self.tr("Say what each column named alike holds"))
        elif blocked:
            self.import_button.setToolTip(
                self.tr("Fix the rows in red in the file, or tick the box to leave them out")
            )
        else:
            self.import_button.setToolTip("")

    # --- importing ----------------------------------------------------------------------------

    def start_import(self, *, tell: bool = True) -> bool:
        """Import every row of the file off the UI thread, as one undoable step.

        Progress shows below the rows; Cancel stops the import, and nothing is stored.
        When it is done the dialog closes (saying what was imported when ``tell``).
        Returns False when there is nothing to import (or an import is running).
        """
        if (
            self.preview is None
            or self.table is None
            or self.job is not None
            or not self.import_button.isEnabled()
        ):
            return False
        self._tell = tell
        self.report = None
        job = ImportJob(
            self.ctx.db,
            self.table,
            self.kind,
            self.mapping(),
            Path(self.path_edit.text()).name,
            skip_duplicates=not self.merge.isChecked(),
            exclude_errors=self.leave_out.isChecked(),
        )
        job.progressed.connect(self._job_progressed)
        job.succeeded.connect(self._job_succeeded)
        job.failed.connect(self._job_failed)
        self.job = job
        self._show_error("")
        self._set_working(True)
        job.start()
        return True

    def do_import(self) -> ImportReport | None:
        """Import and wait for the end; the report, or None (the reason shown) when
        nothing was imported."""
        if not self.start_import(tell=False):
            return None
        loop = QEventLoop()
        self.importEnded.connect(loop.quit)
        if self.job is not None:
            loop.exec()
        self.importEnded.disconnect(loop.quit)
        return self.report

    importEnded = Signal()

    def _set_working(self, working: bool) -> None:
        """While importing: the progress, a Cancel that stops it, nothing else to touch."""
        for widget in (
            self.path_edit,
            self.choose_button,
            self.mapping_table,
            self.people_radio,
            self.organizations_radio,
            self.leave_out,
            self.merge,
            self.import_button,
        ):
            widget.setEnabled(not working)
        self.progress.setVisible(working)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("%v of %m rows"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Stop import") if working else self.tr("Cancel"))
        if not working:
            self._update_buttons()

    def _job_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end_job(self) -> None:
        """Let the ended job go once its thread is done, without waiting for it here.

        Waiting on the UI thread could hold the interpreter's lock that the worker needs
        to leave its last Python frame: the job is kept until ``finished`` instead.
        """
        job = self.job
        if job is not None:
            self._ending.add(job)
            job.finished.connect(lambda: self._forget(job))
            if job.isFinished():
                self._forget(job)
            self.job = None
        self._set_working(False)

    def _forget(self, job: ImportJob) -> None:
        if job in self._ending:
            self._ending.discard(job)
            job.deleteLater()

    def wait(self) -> None:
        """Let a running or ending import thread finish (before the dialog goes)."""
        for job in [*self._ending, *([self.job] if self.job is not None else [])]:
            job.wait()

    def _job_succeeded(self, result: tuple[ImportReport, ChangeSet]) -> None:
        report, changeset = result
        self._end_job()
        self.report = report
        self.ctx.adopt(changeset, f"Import {count_of(report.imported, report.kind)}")
        self.ctx.message.emit(self.tr("{value}. Undo with Ctrl+Z.").format(value=report.lines()[0]))
        self.accept()
        if self._tell:
            QMessageBox.information(
                self.parentWidget(), self.tr("Import finished"), "\n\n".join(report.lines())
            )
        self.importEnded.emit()

    def _job_failed(self, reason: str) -> None:
        self._end_job()
        if reason == ImportCancelled().args[0]:
            self._show_error(self.tr("The import was stopped; nothing was imported."))
        else:
            self._show_error(self.tr("Nothing was imported: %1").replace("%1", reason))
        self.importEnded.emit()

    def _cancel_clicked(self) -> None:
        """Cancel stops a running import (nothing is stored); otherwise closes."""
        if self.job is not None:
            self.job.cancel()
            self.progress.setFormat(self.tr("Stopping…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.job is not None:  # Escape or the window's close button while importing
            self._cancel_clicked()
            return
        super().reject()

    def _import_clicked(self) -> None:
        self.start_import(tell=True)


def _first_value(table: CsvTable, column: int) -> str:
    """The first non-blank value of a column: exports leave most columns empty."""
    return next((row[column].strip() for row in table.rows if row[column].strip()), "")
