"""A table model over a long list that fetches only the pages in view.

The row count comes from one COUNT query; rows are fetched a page at a time when the
view asks for them and kept in a small cache.  Sorting and filtering are done by the
database (:mod:`coalition.search.listing`), so the model stays smooth at 100,000 rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from coalition.common.i18n import shown
from coalition.search import listing
from coalition.search.listing import ListQuery, ListSpec
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext

IdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Formatter = Callable[[Any], str]
Colorer = Callable[[Any], QColor | None]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def default_format(value: Any) -> str:
    """A cell's text: dates and numbers as the person's locale writes them.

    SQLite hands a date column of the list's SQL back as its stored ISO text
    ("2028-11-07"), PostgreSQL as a date: both are shown as a date."""
    if value is None:
        return ""
    if isinstance(value, str) and len(value) == 10 and _ISO_DAY.fullmatch(value):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        return formatting.date_time(value)
    if isinstance(value, dt.date):
        return formatting.date(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formatting.number(value)
    return str(value)


class ListModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 50

    def __init__(
        self,
        ctx: AppContext,
        spec: ListSpec,
        formatters: dict[str, Formatter] | None = None,
        colors: dict[str, Colorer] | None = None,
    ) -> None:
        super().__init__()
        self._ctx = ctx
        self.spec = spec
        self._formatters = formatters or {}
        self._colors = colors or {}
        self._query = ListQuery(sort=spec.default_sort)
        self._count = 0
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._recount()

    # --- the query ---------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._recount()
        self.endResetModel()

    def set_text(self, text: str) -> None:
        self.set_query(
            ListQuery(text, dict(self._query.filters), self._query.sort, self._query.descending)
        )

    def set_filter(self, name: str, value: str | None) -> None:
        filters = dict(self._query.filters)
        if value:
            filters[name] = value
        else:
            filters.pop(name, None)
        self.set_query(
            ListQuery(self._query.text, filters, self._query.sort, self._query.descending)
        )

    def refresh(self) -> None:
        """Read again after a change (the count and the cached pages may be stale)."""
        self.set_query(self._query)

    def _recount(self) -> None:
        self._pages.clear()
        with self._ctx.reading() as session:
            self._count = listing.count(session, self.spec, self._query)

    def _page(self, number: int) -> list[tuple[Any, ...]]:
        rows = self._pages.get(number)
        if rows is None:
            with self._ctx.reading() as session:
                rows = listing.page(
                    session, self.spec, self._query, number * self.PAGE_SIZE, self.PAGE_SIZE
                )
            self._pages[number] = rows
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows

    def row_values(self, row: int) -> tuple[Any, ...] | None:
        if not 0 <= row < self._count:
            return None
        rows = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def id_at(self, row: int) -> str | None:
        values = self.row_values(row)
        return values[0] if values else None

    def row_of_id(self, row_id: str) -> int | None:
        with self._ctx.reading() as session:
            return listing.row_of(session, self.spec, self._query, row_id)

    # --- Qt ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return shown(self.spec.columns[section].header)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            col = self.spec.columns[section]
            if col.sort_expr:
                return None
            return QCoreApplication.translate(
                "ListModel", "{header}: this column cannot be sorted"
            ).format(header=shown(col.header))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        values = self.row_values(index.row())
        if values is None:
            return None
        column = self.spec.columns[index.column()]
        value = values[index.column() + 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._formatters.get(column.key, default_format)(value)
        if role == IdRole:
            return values[0]
        if role == Qt.ItemDataRole.ForegroundRole and column.key in self._colors:
            return self._colors[column.key](value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        col = self.spec.columns[column]
        if col.sort_expr is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(ListQuery(self._query.text, dict(self._query.filters), col.key, descending))

    def sort_column(self) -> int:
        key = self._query.sort or self.spec.default_sort
        return next(i for i, c in enumerate(self.spec.columns) if c.key == key)
