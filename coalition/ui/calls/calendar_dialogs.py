"""Calendars in and out of the window: export the schedule, import a partner's file, and
write the invitations and one-week notices that mail clients answer.

Each function asks for what it needs (a period, a file, a folder) unless it is given,
so that the tests drive the same code a person does.  Files are written whole or not
at all (:func:`coalition.calls.calendar_export.save`).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from coalition import APP_NAME
from coalition.calls import calendar_export as calendar_ics
from coalition.calls import calendar_import
from coalition.calls import series as calls
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.store import Database, changes
from coalition.store.changes import ChangeSet, last_changeset
from coalition.ui.common import filedialogs, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext, nobody_set_up


class ExportCalendarDialog(QDialog):
    """The period and the series to export (every series, one-off calls and deadlines by
    default)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, series_id: str | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export calendar"))
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(today.addYears(1))
        self.end.setCalendarPopup(True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat(formatting.date_edit_format())
        self.problem = QLabel()
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.series = QComboBox()
        self.series.addItem(self.tr("Every series, one-off calls and campaign deadlines"), None)
        with ctx.reading() as session:
            for row in calls.all_series(session):
                self.series.addItem(row.title, row.id)
        if series_id is not None:
            self.series.setCurrentIndex(max(0, self.series.findData(series_id)))
        self.deadlines = QCheckBox(self.tr("Campaign deadlines as all-day events"))
        self.deadlines.setChecked(True)
        self.series.currentIndexChanged.connect(
            lambda _i: self.deadlines.setEnabled(self.series.currentData() is None)
        )
        self.deadlines.setEnabled(self.series.currentData() is None)
        form = QFormLayout(self)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        form.addRow(self.tr("&Calls"), self.series)
        form.addRow("", self.deadlines)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Said here, before a file is asked for (not after, the choices gone)."""
        start, end = self.period()
        if end < start:
            self.problem.setText(self.tr("The period ends before it begins: choose a later To."))
            self.problem.show()
            self.end.setFocus()
            return
        super().accept()

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)  # QDate's Python twin
        return start, end


def export_calendar(
    ctx: AppContext,
    path: str | Path,
    start: dt.date,
    end: dt.date,
    *,
    series_id: str | None = None,
    include_deadlines: bool = True,
) -> str:
    """Write the schedule to ``path``; return the sentence that says what was written."""
    if end < start:
        raise CoalitionError("the period ends before it begins")
    with ctx.reading() as session:
        data = calendar_ics.export_schedule(
            session, start, end, series_id=series_id, include_deadlines=include_deadlines
        )
    calendar_ics.save(path, data)
    events = data.count(b"BEGIN:VEVENT")
    return f"Wrote {events} event{'s' if events != 1 else ''} to {path}."


def export_calendar_interactively(
    ctx: AppContext, parent: QWidget, series_id: str | None = None
) -> None:
    dialog = ExportCalendarDialog(ctx, parent, series_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path = filedialogs.save_file(
        parent,
        ctx.settings,
        "calendar",
        tr("Export calendar"),
        "coalition.ics",
        QCoreApplication.translate("CalendarDialogs", "iCalendar (*.ics)"),
    )
    if not path:
        return
    start, end = dialog.period()
    _report(
        ctx,
        parent,
        lambda: export_calendar(
            ctx,
            path,
            start,
            end,
            series_id=dialog.series.currentData(),
            include_deadlines=dialog.deadlines.isChecked(),
        ),
    )


class CalendarImportJob(QThread):
    """Imports a partner's file off the UI thread, in a session of its own: one
    transaction.  Stop (:meth:`cancel`) is heard between batches of events and rolls the
    transaction back: nothing is stored."""

    progressed = Signal(int, int)  # events read and calls stored, of all there are

    def __init__(self, db: Database, path: str | Path) -> None:
        super().__init__()
        self._db, self._path = db, path
        self._cancel = threading.Event()
        self.report: calendar_import.ImportReport | None = None
        self.changeset: ChangeSet | None = None
        self.error = ""

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise calendar_import.ImportCancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            with self._db.session() as session:
                self.report = calendar_import.import_ics(
                    session, self._path, progress=self._progress
                )
                self.changeset = last_changeset(session)
        except (CoalitionError, SQLAlchemyError) as exc:
            self.error = shown(exc)
        except Exception as exc:  # one sentence for the person, never a traceback
            self.error = f"the import stopped on an unexpected error ({exc})"


class CalendarImportProgress(QProgressDialog):
    """The import's progress over the window, with a Stop that leaves nothing imported."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Importing %1…").replace("%1", name), tr("&Stop import"), 0, 0, parent)
        self.setObjectName("calendarImportProgress")
        self.setWindowTitle(tr("Import a calendar"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)

    def show_progress(self, done: int, total: int) -> None:
        if not self.wasCanceled():
            self.setRange(0, max(total, 1))
            self.setValue(min(done, total))

    def stopping(self) -> None:
        self.setLabelText(tr("Stopping; nothing will be imported…"))


def import_calendar(
    ctx: AppContext,
    path: str | Path,
    parent: QWidget | None = None,
    *,
    started: Callable[[CalendarImportProgress, CalendarImportJob], None] | None = None,
) -> str:
    """Import a partner's .ics as calls of their own, off the UI thread with its progress
    shown and a Stop: one undoable step, all or nothing.  Returns the summary; raises
    :class:`CoalitionError` (nothing imported) when the file is refused or the import
    was stopped.  ``started`` is told of the dialog and the job once they run."""
    with ctx.reading():  # the change is credited to this database's organizer
        pass
    if not changes.IDENTITY.actor:
        raise CoalitionError(nobody_set_up())
    job = CalendarImportJob(ctx.db, path)
    dialog = CalendarImportProgress(Path(path).name, parent)
    dialog.canceled.connect(job.cancel)
    dialog.canceled.connect(dialog.stopping)
    job.progressed.connect(dialog.show_progress)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    dialog.show()
    job.start()
    if started is not None:
        started(dialog, job)
    if not job.isFinished():
        loop.exec()
    job.wait()
    dialog.close()
    dialog.deleteLater()
    if job.report is None or job.changeset is None:
        raise CoalitionError(job.error or "the import stopped")
    ctx.adopt(job.changeset, f"Import {Path(path).name}")
    return "\n".join(job.report.lines())


def import_calendar_interactively(ctx: AppContext, parent: QWidget) -> None:
    path = filedialogs.open_file(
        parent,
        ctx.settings,
        "calendar",
        tr("Import a calendar"),
        QCoreApplication.translate("CalendarDialogs", "iCalendar (*.ics);;All files (*)"),
    )
    if path:
        _report(ctx, parent, lambda: import_calendar(ctx, path, parent))


def write_files(files: calendar_ics.Invitations, folder: str | Path) -> str:
    """Write one file per invitee into ``folder``; say what was written and who was not
    reachable."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        calendar_ics.save(target / name, data)
    kind = "cancellation" if files.method == "CANCEL" else "invitation"
    text = f"Wrote {len(files)} {kind}{'s' if len(files) != 1 else ''} to {target}."
    if files.skipped:
        text += f"\nNo e-mail address for: {', '.join(files.skipped)}."
    return text


def write_invitations(ctx: AppContext, series_id: str, folder: str | Path) -> str:
    with ctx.reading() as session:
        files = calendar_ics.invitations(session, series_id)
    return write_files(files, folder)


def write_notice(
    ctx: AppContext, series_id: str, original_date: dt.date, folder: str | Path
) -> str:
    with ctx.reading() as session:
        files = calendar_ics.occurrence_notice(session, series_id, original_date)
    return write_files(files, folder)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def _choose_folder(ctx: AppContext, parent: QWidget, title: str) -> str:
    return filedialogs.folder(parent, ctx.settings, "invitations", title)


def write_invitations_interactively(ctx: AppContext, parent: QWidget, series_id: str) -> None:
    folder = _choose_folder(ctx, parent, tr("Folder for the invitations (one .ics per person)"))
    if folder:
        _report(ctx, parent, lambda: write_invitations(ctx, series_id, folder))


def write_notice_interactively(
    ctx: AppContext, parent: QWidget, series_id: str, original_date: dt.date
) -> None:
    folder = _choose_folder(ctx, parent, tr("Folder for this week's notices (one .ics per person)"))
    if folder:
        _report(ctx, parent, lambda: write_notice(ctx, series_id, original_date, folder))


def _report(ctx: AppContext, parent: QWidget, work: Callable[[], str]) -> None:
    try:
        text = work()
    except CoalitionError as exc:
        QMessageBox.warning(parent, APP_NAME, shown(exc)[:1].upper() + shown(exc)[1:])
        return
    except OSError as exc:
        QMessageBox.warning(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "CalendarDialogs", "Could not write the file: {value}"
            ).format(value=exc.strerror or exc),
        )
        return
    ctx.message.emit(text.splitlines()[0])
    QMessageBox.information(parent, APP_NAME, text)
