"""The endorsement matrix: endorsers down, campaigns across, each cell a status in its colour.

It answers at a glance the question asked before every call ("who is still pending on the
plebiscite?"), and is where a status is changed: click a cell for its history, or an
empty cell to record an endorsement there.
"""

from __future__ import annotations

import heapq
from collections import Counter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition.endorsements import records as endorsements
from coalition.endorsements.records import Matrix, MatrixCell
from coalition.store.models import EndorsementStatus
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.endorsements.endorsementdialog import (
    ENDORSEMENT_TABLES,
    EndorsementDialog,
    EndorsementHistoryDialog,
    StatusDelegate,
    status_background,
    status_chip_style,
    status_foreground,
    status_text,
)

Index = QModelIndex | QPersistentModelIndex
EndorsementIdRole = Qt.ItemDataRole.UserRole + 1
CELL_WIDTH = 150
NAMES_MEASURED = 50  # the longest names (in letters), among which the widest on screen


class MatrixModel(QAbstractTableModel):
    """A read-only table over :func:`coalition.endorsements.records.endorsement_matrix`.

    The whole matrix is read at once: it is endorsers times campaigns, a few hundred cells,
    and every cell of it is on screen.  Filtering by endorser name happens here.
    """

    def __init__(self) -> None:
        super().__init__()
        self.matrix = Matrix([], [], {})
        self._rows: list[tuple[str, str, str]] = []
        self._filter = ""

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text.strip().casefold()
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[tuple[str, str, str]]:
        return [e for e in self.matrix.endorsers if self._filter in e[2].casefold()]

    def endorser_at(self, row: int) -> tuple[str, str, str]:
        """(kind, id, name) of the endorser of a row."""
        return self._rows[row]

    def campaign_at(self, column: int) -> tuple[str, str]:
        """(id, name) of the campaign of a column."""
        return self.matrix.campaigns[column]

    def cell(self, index: Index) -> MatrixCell | None:
        if not index.isValid():
            return None
        key = (self._rows[index.row()][1], self.matrix.campaigns[index.column()][0])
        return self.matrix.cells.get(key)

    def index_of(self, endorser_id: str, campaign_id: str) -> QModelIndex:
        rows = [e[1] for e in self._rows]
        columns = [c[0] for c in self.matrix.campaigns]
        if endorser_id not in rows or campaign_id not in columns:
            return QModelIndex()
        return self.index(rows.index(endorser_id), columns.index(campaign_id))

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.campaigns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            name = self.matrix.campaigns[section][1]
            if role == Qt.ItemDataRole.DisplayRole:
                return name
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{name}: double-click to open the campaign").format(name=name)
            return None
        kind, _id, name = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "person":
                return self.tr("{name} (person): double-click to open").format(name=name)
            return self.tr("{name} (organization): double-click to open").format(name=name)
        if role == Qt.ItemDataRole.FontRole and kind == "person":
            font = QFont()
            font.setItalic(True)  # people come after organizations; italics mark the change
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index)
        if role == EndorsementIdRole:
            return cell.endorsement_id if cell else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            who = self._rows[index.row()][2]
            what = self.matrix.campaigns[index.column()][1]
            if cell is None:
                return self.tr(
                    "{who} — {what}: nothing recorded. Click to record an endorsement."
                ).format(who=who, what=what)
            condition = (
                "\n" + self.tr("Condition: {condition}").format(condition=cell.condition)
                if cell.condition
                else ""
            )
            status = status_text(cell.status)
            return (
                self.tr("{who} — {what}: {status}").format(who=who, what=what, status=status)
                + condition
                + "\n"
                + self.tr("Click for its history.")
            )
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return status_text(cell.status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_background(cell.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return status_foreground(cell.status)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MatrixScreen(QWidget):
    """The matrix with its legend and an endorser filter; it opens the endorsement dialogs."""

    title = "Endorsement matrix"
    openRequested = Signal(str, str)  # (kind, id): an endorser or a campaign to show

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog: QDialog | None = None
        self.model = MatrixModel()

        self.legend = QHBoxLayout()
        self.legend.setSpacing(6)
        self.legend_chips: dict[EndorsementStatus, QLabel] = {}
        for status in EndorsementStatus:
            chip = QLabel(status.label)
            chip.setStyleSheet(status_chip_style(status))
            self.legend_chips[status] = chip
            self.legend.addWidget(chip)
        self.legend.addStretch(1)

        self.search = QLineEdit()
        self.search.setObjectName("matrixSearch")
        self.search.setPlaceholderText(self.tr("Filter endorsers…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count_label = QLabel()
        self.record_button = QToolButton()
        self.record_button.setText(self.tr("Record endorsement…"))
        self.record_button.setToolTip(self.tr("Record an endorsement by anyone, of any campaign"))
        self.record_button.clicked.connect(lambda: self.record())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.record_button)

        self.view = QTableView()
        self.view.setObjectName("matrixView")
        self.view.setAccessibleName(self.tr("Endorsers and the campaigns they endorsed"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(StatusDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        across = self.view.horizontalHeader()
        across.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        across.setDefaultSectionSize(CELL_WIDTH)
        across.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        across.setSectionsClickable(True)
        across.sectionDoubleClicked.connect(self._campaign_header_opened)
        down = self.view.verticalHeader()
        down.setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        down.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        down.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        down.sectionDoubleClicked.connect(self._endorser_header_opened)
        # A click acts, and so does Enter; `activated` is not used, as on some platforms a
        # single click emits it too, and the dialog would open twice.
        self.view.clicked.connect(self.activate)
        enter = QAction(self.tr("Open"), self.view)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(lambda: self.activate(self.view.currentIndex()))
        self.view.addAction(enter)

        self.empty = QLabel(
            self.tr(
                "No endorsement of a campaign is recorded yet.\n"
                "Record one here, or open a campaign in Campaigns & Endorsements."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(self.legend)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        ctx.changed.connect(self._on_changed)
        self.reload()

    # --- content ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the matrix again, keeping the current cell where the user left it."""
        current = self.view.currentIndex()
        keep = None
        if current.isValid():
            keep = (
                self.model.endorser_at(current.row())[1],
                self.model.campaign_at(current.column())[0],
            )
        with self.ctx.reading() as session:
            matrix = endorsements.endorsement_matrix(session)
        self.model.set_matrix(matrix)
        # As wide as the longest name, filtered or not, so that the grid stays put.  Only
        # the names longest in letters are measured: thousands of endorsers took 60 ms.
        metrics = self.view.fontMetrics()
        longest = heapq.nlargest(NAMES_MEASURED, (e[2] for e in matrix.endorsers), key=len)
        widest = max((metrics.horizontalAdvance(name) for name in longest), default=0)
        self.view.verticalHeader().setFixedWidth(widest + 24)
        lines = max((self._header_lines(c[1]) for c in matrix.campaigns), default=1)
        self.view.horizontalHeader().setFixedHeight(metrics.lineSpacing() * lines + 12)
        counts: Counter[EndorsementStatus] = Counter()
        for status, n in Counter(c.status for c in matrix.cells.values()).items():
            counts[EndorsementStatus(status)] += n  # a few statuses read, not every cell's
        for status, chip in self.legend_chips.items():
            n = counts[status]
            chip.setText(
                self.tr("{label} {n}").format(label=status.label, n=n) if n else status.label
            )
            chip.setToolTip(
                self.tr("%Ln endorsements: {status}", "", n).format(status=status.label.lower())
            )
        self._update_count()
        self.pages.setCurrentWidget(self.view if matrix.cells else self.empty)
        if keep is not None:
            index = self.model.index_of(*keep)
            if index.isValid():
                self.view.setCurrentIndex(index)

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.matrix.endorsers)
        endorsers = self.tr("%Ln endorsers", "", total)
        if shown != total:
            endorsers = self.tr("{shown} of {endorsers}").format(
                shown=formatting.number(shown), endorsers=endorsers
            )
        self.count_label.setText(
            self.tr("{endorsers} × {value}").format(
                endorsers=endorsers, value=self.tr("%Ln campaigns", "", self.model.columnCount())
            )
        )

    def _header_lines(self, text: str) -> int:
        """How many lines a campaign's name takes in its header, wrapped to the cell width."""
        rect = self.view.fontMetrics().boundingRect(
            0, 0, CELL_WIDTH - 12, 1000, int(Qt.TextFlag.TextWordWrap), text
        )
        return max(1, round(rect.height() / self.view.fontMetrics().lineSpacing()))

    def _on_changed(self, tables: set[str]) -> None:
        if tables & ENDORSEMENT_TABLES:
            self.reload()

    # --- acting on a cell ----------------------------------------------------------------

    def activate(self, index: QModelIndex) -> None:
        """A cell with an endorsement shows its history; an empty cell offers to record one."""
        if not index.isValid():
            return
        cell = self.model.cell(index)
        if cell is not None:
            self.open_history(cell.endorsement_id)
            return
        kind, endorser_id, _name = self.model.endorser_at(index.row())
        self.record((kind, endorser_id), self.model.campaign_at(index.column())[0])

    def open_history(self, endorsement_id: str) -> EndorsementHistoryDialog:
        dialog = EndorsementHistoryDialog(self.ctx, endorsement_id, parent=self)
        self._open(dialog)
        return dialog

    def record(
        self, endorser: tuple[str, str] | None = None, campaign_id: str | None = None
    ) -> EndorsementDialog:
        dialog = EndorsementDialog(
            self.ctx, endorser=endorser, campaign_id=campaign_id, parent=self
        )
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        """Open a dialog without blocking, keeping it at hand (tests drive it from there)."""
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def _campaign_header_opened(self, column: int) -> None:
        self.openRequested.emit("campaign", self.model.campaign_at(column)[0])

    def _endorser_header_opened(self, row: int) -> None:
        kind, endorser_id, _name = self.model.endorser_at(row)
        self.openRequested.emit(kind, endorser_id)
