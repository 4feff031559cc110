"""A proposal's History: every ballot ever cast on it, newest first, the ones a later
ballot replaced and those cast after the close included, each with who cast it, in what
capacity and when; and, a click away, the changes to the proposal itself (the app's
History of a record, read from the audit trail)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import NotFoundError
from coalition.decisions.ballots import BallotRow, ballot_rows
from coalition.decisions.proposals import get_proposal, results_visible
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.history import HistoryDialog
from coalition.ui.common.widgets import bold, muted
from coalition.ui.decisions.common import DECISION_TABLES, LATE_COLOR, choice_label, moment, tr
from coalition.ui.decisions.table import by_whom, by_whom_short

SUPERSEDED_COLOR = "#6b7280"


def ballot_state(row: BallotRow) -> str:
    """Whether a ballot counts: it stands, a later one replaced it, or it came late."""
    if row.late:
        return tr("late: not counted")
    if row.standing:
        return tr("stands")
    return tr("replaced by a later ballot")


class BallotHistoryDialog(QDialog):
    """Every ballot cast on one proposal, newest first; it follows the database while open."""

    COLUMNS = ("when", "organization", "ballot", "reason", "by", "state")

    def __init__(self, ctx: AppContext, proposal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proposal_id = proposal_id
        self.title = ""
        self.rows: list[BallotRow] = []
        self.last_dialog: QDialog | None = None
        self.heading = bold(QLabel(), 1.2)
        self.heading.setWordWrap(True)
        self.summary = muted()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("ballotHistory")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Organization"),
                self.tr("Ballot"),
                self.tr("Reason"),
                self.tr("Cast by"),
                self.tr("Counts?"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # a long reason wraps, read whole
        self.table.verticalHeader().setMinimumSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.changes_button = QPushButton(self.tr("Changes to the proposal…"))
        self.changes_button.setToolTip(
            self.tr("Who put the proposal, changed it and closed it, field by field")
        )
        self.changes_button.clicked.connect(lambda: self.show_changes())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.changes_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1180, 460)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped reasons take the height the Reason column's new width gives them."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)

    def _on_changed(self, tables: set[str]) -> None:
        if tables & DECISION_TABLES:
            self.refresh()

    def refresh(self) -> None:
        try:
            with self.ctx.reading() as session:
                proposal = get_proposal(session, self.proposal_id)
                self.title = proposal.title
                visible = results_visible(session, proposal)
                self.rows = sorted(
                    ballot_rows(session, proposal.id), key=lambda r: r.cast_at, reverse=True
                )
        except NotFoundError:
            self.rows = []
            self.summary.setText(self.tr("This proposal no longer exists."))
            self.table.setRowCount(0)
            return
        self.setWindowTitle(self.tr("History of “{title}”").format(title=self.title))
        self.heading.setText(self.tr("Ballots on “{title}”").format(title=self.title))
        count = len(self.rows)
        replaced = sum(1 for r in self.rows if not r.standing and not r.late)
        late = sum(1 for r in self.rows if r.late)
        said = (
            self.tr("1 ballot cast")
            if count == 1
            else self.tr("{count} ballots cast").format(count=formatting.number(count))
        )
        kept = []
        if replaced:
            kept.append(
                self.tr("{count} replaced by a later one").format(count=formatting.number(replaced))
            )
        if late:
            kept.append(self.tr("{count} late").format(count=formatting.number(late)))
        if kept:
            said += f" ({', '.join(kept)})"
        if not visible:
            said += self.tr("; the choices are not shown yet")
        self.summary.setText(said + self.tr(". Newest first; times are this computer's."))
        self.table.setRowCount(count)
        for number, row in enumerate(self.rows):
            self._fill(number, row, visible)
        self.table.resizeRowsToContents()

    def _fill(self, number: int, row: BallotRow, visible: bool) -> None:
        texts = [
            moment(row.cast_at),
            row.organization,
            choice_label(row.choice) if visible else self.tr("voted"),
            row.reason if visible else "",
            by_whom_short(row),
            ballot_state(row),
        ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(by_whom(row) if column == 4 else text)
            if row.late:
                item.setForeground(QColor(LATE_COLOR))
            elif not row.standing:
                item.setForeground(QColor(SUPERSEDED_COLOR))
                if column == 2:
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
            elif column == 2:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(number, column, item)

    def show_changes(self) -> HistoryDialog:
        """The app's History of the proposal record: who put, changed and closed it."""
        dialog = HistoryDialog(self.ctx, "proposal", self.proposal_id, self.title, self)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog
