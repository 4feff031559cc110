"""The agenda of one call as a list model: in order, with each item's start if every
item before it keeps its time box, reordered by dragging."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from coalition.store.models import AgendaItem, ItemStatus
from coalition.ui.calls.common import ITEM_COLORS
from coalition.ui.common import formatting
from coalition.ui.common.controls import swatch


@dataclass(frozen=True)
class AgendaRow:
    """An agenda item's values, read once inside the session."""

    id: str
    title: str
    owner_id: str | None
    owner_name: str
    time_box: int | None
    notes: str
    minutes: str
    decision: str
    status: ItemStatus
    carried: bool


class AgendaModel(QAbstractListModel):
    """The agenda of one call, in order; dragging an item elsewhere asks for the new order.

    A view in ``InternalMove`` mode moves rows through :meth:`moveRows`; the model moves
    the row at once (the drop looks done) and emits :attr:`reorderRequested` with every id
    in its new order, which the screen stores as one undoable change.
    """

    reorderRequested = Signal(list)  # the ids of the items, in their new order

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AgendaRow] = []
        self._start: dt.datetime | None = None  # the call's start, in its zone

    def set_rows(self, rows: list[AgendaRow], start: dt.datetime | None) -> None:
        """Show ``rows``; the same rows again change nothing (the selection stays)."""
        if rows == self._rows and start == self._start:
            return
        self.beginResetModel()
        self._rows, self._start = list(rows), start
        self.endResetModel()

    def rows(self) -> list[AgendaRow]:
        return list(self._rows)

    def row_of_id(self, item_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == item_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def item_start(self, number: int) -> dt.datetime | None:
        """When an item begins if every item before it keeps its time box."""
        if self._start is None:
            return None
        used = sum(r.time_box or 0 for r in self._rows[:number])
        return self._start + dt.timedelta(minutes=used)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = []
            start = self.item_start(index.row())
            if start is not None:
                details.append(formatting.time(start))
            if row.time_box:
                details.append(self.tr("{minutes} min").format(minutes=row.time_box))
            if row.owner_name:
                details.append(row.owner_name)
            details.append(
                row.status.label
                + (
                    " " + self.tr("(carried in)")
                    if row.carried and row.status == ItemStatus.OPEN
                    else ""
                )
            )
            return f"{index.row() + 1}. {row.title}\n      {' · '.join(details)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(ITEM_COLORS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = [row.title]
            if row.carried:
                tip.append(self.tr("Carried from an earlier call."))
            if row.notes:
                tip.append(row.notes)
            return "\n".join(tip)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between items, never onto one
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        sourceParent: QModelIndex | QPersistentModelIndex,
        sourceRow: int,
        count: int,
        destinationParent: QModelIndex | QPersistentModelIndex,
        destinationChild: int,
    ) -> bool:
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        if (
            sourceRow < 0
            or sourceRow + count > len(self._rows)
            or not 0 <= destinationChild <= len(self._rows)
        ):
            return False
        if sourceRow <= destinationChild <= sourceRow + count:
            return False  # onto itself
        if not self.beginMoveRows(
            QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild
        ):
            return False
        block = self._rows[sourceRow : sourceRow + count]
        del self._rows[sourceRow : sourceRow + count]
        at = destinationChild - count if destinationChild > sourceRow else destinationChild
        self._rows[at:at] = block
        self.endMoveRows()
        self.reorderRequested.emit([r.id for r in self._rows])
        return True


def agenda_row(item: AgendaItem) -> AgendaRow:
    """An item's values as the list and the editor show them (read inside the session)."""
    return AgendaRow(
        item.id,
        item.title,
        item.owner_id,
        item.owner.name if item.owner else "",
        item.time_box_minutes,
        item.notes,
        item.minutes,
        item.decision,
        ItemStatus(item.status),
        item.carried_from_id is not None,
    )
