"""What the import dialog shows of a file before anything is stored, and the job that
imports it: the fields a column can fill, how each row's status looks, the table of rows
and what each will do, and the import run off the UI thread in one transaction.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.directory import importers
from coalition.directory.csvread import CsvTable, Kind
from coalition.directory.importers import ImportCancelled, PreviewRow
from coalition.store import Database
from coalition.store.changes import ChangeSet, last_changeset

IGNORE = str(QT_TRANSLATE_NOOP("ImportDialog", "— ignore —"))
FIELD_LABELS: dict[Kind, dict[str, str]] = {
    "people": {
        "name": str(QT_TRANSLATE_NOOP("ImportDialog", "Name")),
        "first_name": str(QT_TRANSLATE_NOOP("ImportDialog", "First name")),
        "last_name": str(QT_TRANSLATE_NOOP("ImportDialog", "Last name")),
        "email": str(QT_TRANSLATE_NOOP("ImportDialog", "E-mail")),
        "email2": str(QT_TRANSLATE_NOOP("ImportDialog", "E-mail 2")),
        "email3": str(QT_TRANSLATE_NOOP("ImportDialog", "E-mail 3")),
        "phone": str(QT_TRANSLATE_NOOP("ImportDialog", "Phone")),
        "phone2": str(QT_TRANSLATE_NOOP("ImportDialog", "Phone 2")),
        "phone3": str(QT_TRANSLATE_NOOP("ImportDialog", "Phone 3")),
        "state": str(QT_TRANSLATE_NOOP("ImportDialog", "State")),
        "organization": str(QT_TRANSLATE_NOOP("ImportDialog", "Organization")),
        "role": str(QT_TRANSLATE_NOOP("ImportDialog", "Role in the organization")),
        "organizations": str(
            QT_TRANSLATE_NOOP("ImportDialog", "Organizations (several, with roles)")
        ),
        "language": str(QT_TRANSLATE_NOOP("ImportDialog", "Language")),
        "time_zone": str(QT_TRANSLATE_NOOP("ImportDialog", "Time zone")),
        "notes": str(QT_TRANSLATE_NOOP("ImportDialog", "Notes")),
    },
    "organizations": {
        "name": str(QT_TRANSLATE_NOOP("ImportDialog", "Name")),
        "short_name": str(QT_TRANSLATE_NOOP("ImportDialog", "Short name")),
        "kind": str(QT_TRANSLATE_NOOP("ImportDialog", "Kind")),
        "home_state": str(QT_TRANSLATE_NOOP("ImportDialog", "State or region")),
        "website": str(QT_TRANSLATE_NOOP("ImportDialog", "Website")),
        "founded_on": str(QT_TRANSLATE_NOOP("ImportDialog", "Founded")),
        "status": str(QT_TRANSLATE_NOOP("ImportDialog", "Status")),
        "notes": str(QT_TRANSLATE_NOOP("ImportDialog", "Notes")),
        "tags": str(QT_TRANSLATE_NOOP("ImportDialog", "Tags")),
        "parent": str(QT_TRANSLATE_NOOP("ImportDialog", "Part of (parent organization)")),
        "social_pages": str(QT_TRANSLATE_NOOP("ImportDialog", "Social pages")),
    },
}
# (label, background, text): light backgrounds with dark text read well in any theme.
STATUS_LOOK: dict[str, tuple[str, QColor, QColor]] = {
    "ok": (str(QT_TRANSLATE_NOOP("ImportDialog", "OK")), QColor("#d5f0dc"), QColor("#1b5e2b")),
    "duplicate": (
        str(QT_TRANSLATE_NOOP("ImportDialog", "Duplicate")),
        QColor("#fdebc0"),
        QColor("#6e4a00"),
    ),
    "error": (
        str(QT_TRANSLATE_NOOP("ImportDialog", "Cannot import")),
        QColor("#f8d4d2"),
        QColor("#8c1d18"),
    ),
}


class ImportJob(QThread):
    """Imports a file off the UI thread, in a session of its own: one transaction.

    The window stays alive (progress, Cancel) while 200,000 rows are checked and
    stored.  ``succeeded`` carries the report and the recorded change set, which the
    dialog hands to :meth:`AppContext.adopt` on the UI thread (undo, views refreshed).
    Cancel is checked between batches: it rolls the transaction back.
    """

    progressed = Signal(int, int)  # rows checked, rows in all
    succeeded = Signal(object)  # (ImportReport, ChangeSet)
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        table: CsvTable,
        kind: Kind,
        mapping: dict[int, str | None],
        source: str,
        skip_duplicates: bool,
        exclude_errors: bool,
    ) -> None:
        super().__init__()
        self._db = db
        self._table, self._kind, self._mapping = table, kind, mapping
        self._source, self._skip_duplicates, self._exclude_errors = (
            source,
            skip_duplicates,
            exclude_errors,
        )
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ImportCancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            with self._db.session() as session:
                report = importers.import_table(
                    session,
                    self._table,
                    self._kind,
                    self._mapping,
                    progress=self._progress,
                    source=self._source,
                    skip_duplicates=self._skip_duplicates,
                    exclude_errors=self._exclude_errors,
                )
                changeset: ChangeSet = last_changeset(session)
        except (CoalitionError, SQLAlchemyError) as exc:
            self.failed.emit(shown(exc))
        except Exception as exc:  # one sentence for the person, never a traceback
            self.failed.emit(
                self.tr("the import stopped on an unexpected error ({exc})").format(exc=shown(exc))
            )
        else:
            self.succeeded.emit((report, changeset))


class PreviewModel(QAbstractTableModel):
    """The rows of an :class:`ImportPreview`: line, status, what it is, why."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("ImportDialog", "Line")),
        str(QT_TRANSLATE_NOOP("ImportDialog", "Status")),
        str(QT_TRANSLATE_NOOP("ImportDialog", "Record")),
        str(QT_TRANSLATE_NOOP("ImportDialog", "Note")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PreviewRow] = []

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ImportDialog", self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        label, background, ink = STATUS_LOOK[row.status]
        label = QCoreApplication.translate("ImportDialog", label)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (str(row.line), label, row.summary, row.reason)
            return (
                values[column].replace("\n", " ⏎ ")
                if role == Qt.ItemDataRole.DisplayRole
                else values[column] or None
            )
        if column == 1 and role == Qt.ItemDataRole.BackgroundRole:
            return background
        if column == 1 and role == Qt.ItemDataRole.ForegroundRole:
            return ink
        if column == 0 and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
