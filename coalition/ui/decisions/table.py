"""The voting organizations of a proposal and each one's standing ballot, with the
conflicts (two ballots for one organization) and the ballots cast too late."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coalition.decisions.ballots import BallotRow
from coalition.ui.common import formatting
from coalition.ui.decisions.common import (
    LATE_COLOR,
    cast_by_short,
    cast_by_text,
    choice_label,
    moment,
    tr,
)
from coalition.ui.decisions.views import ProposalView, VoterLine

COLUMNS = ("organization", "ballot", "reason", "by", "when")
#: The widest the organization's and the "Cast by" columns grow before their text wraps.
NAME_WIDTH = 180
BY_WIDTH = 245


def by_whom(row: BallotRow) -> str:
    """ "recorded by the chair on behalf of Red Oregon (Dana Reyes)", and the like."""
    return cast_by_text(row.capacity, row.cast_by, row.organization, row.cast_by_org)


def by_whom_short(row: BallotRow) -> str:
    """ "recorded by the chair (Dana Reyes)": for a row that names the organization."""
    return cast_by_short(row.capacity, row.cast_by, row.cast_by_org)


def cast_time(row: BallotRow) -> str:
    """When a ballot was cast: the time only, on the day it is shown; else day and time."""
    local = row.cast_at.astimezone()
    today = dt.datetime.now().astimezone().date()
    return moment(row.cast_at) if local.date() != today else formatting.time(local)


def conflict_notes(view: ProposalView) -> list[str]:
    """ "Two ballots for Red Oregon: …; the later stands", for each organization whose
    ballots came from more than one hand (a chair's correction of its own is not one)."""
    notes = []
    for line in view.lines:
        if line.standing is None or not line.superseded:
            continue
        standing = line.standing
        others = [
            row
            for row in line.superseded
            if (row.capacity, row.cast_by) != (standing.capacity, standing.cast_by)
        ]
        if not others:
            continue
        said = [
            tr("{choice} ({by}, {when})").format(
                choice=choice_label(row.choice) if view.visible else tr("a ballot"),
                by=by_whom(row),
                when=cast_time(row),
            )
            for row in [*others, standing]
        ]
        count = len(said)
        notes.append(
            tr("{count} ballots for {org}: {ballots}; the later stands.").format(
                count=tr("Two") if count == 2 else formatting.number(count),
                org=line.name,
                ballots=tr(", then ").join(said),
            )
        )
    return notes


class BallotTable(QTableWidget):
    """One row per voting organization (and one per late ballot): its ballot, reason,
    who cast it and when.  While the results are hidden, a ballot shows as "voted"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("ballotTable")
        self.setAccessibleName(tr("Ballots"))
        self.setHorizontalHeaderLabels(
            [tr("Organization"), tr("Ballot"), tr("Reason"), tr("Cast by"), tr("When")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        # The reason takes what is left; the others fit their text, so the table never
        # scrolls sideways on a 1366-pixel screen.  A long name ("Calexit Coalition – South
        # Carolina") and who cast a ballot ("by proxy, held by Red New York (Anthony
        # Russo)") wrap rather than leave the reason a few letters wide; so does a long
        # reason.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        self.verticalHeader().setMinimumSectionSize(28)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped text takes the height its column's new width gives it."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.resizeRowsToContents)

    def show_view(self, view: ProposalView) -> None:
        rows: list[tuple[VoterLine, BallotRow | None, bool]] = []
        for line in view.lines:
            rows.append((line, line.standing, False))
            rows.extend((line, late, True) for late in line.late)
        self.setRowCount(len(rows))
        for number, (line, ballot, late) in enumerate(rows):
            self._fill(number, view, line, ballot, late)
        for column, widest in ((0, NAME_WIDTH), (3, BY_WIDTH)):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), widest))
        self.resizeRowsToContents()

    def _fill(
        self, number: int, view: ProposalView, line: VoterLine, ballot: BallotRow | None, late: bool
    ) -> None:
        if ballot is None:
            texts = [line.name, tr("not voted"), "", "", ""]
        else:
            choice = choice_label(ballot.choice) if view.visible else tr("voted")
            reason = ballot.reason if view.visible else ""
            when = cast_time(ballot)
            if late:
                when = tr("{when}, late: not counted").format(when=when)
            texts = [line.name, choice, reason, by_whom_short(ballot), when]
        tips = list(texts)
        if ballot is not None:
            tips[3] = by_whom(ballot)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(tips[column])
            if ballot is None and column == 1:
                item.setForeground(QColor("#6b7280"))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            if late:
                item.setForeground(QColor(LATE_COLOR))
            if column == 1 and ballot is not None and not late:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.setItem(number, column, item)
