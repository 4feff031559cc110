"""The People list at scale: our lazy model against Qt's own SQL model, same file, same run.

    python -m bench.bench_lists DB        # DB from `python -m bench.generate`

Each step is timed the way a person meets it (open the list, jump to the end, sort by
name, type a filter), through a real QTableView, and reported as the median of several
runs after a warm-up.  The baseline is QSqlTableModel + QSortFilterProxyModel over the
same SQLite file: the list an engineer would build with Qt's SQL classes.

Every timed run of a step starts from a list freshly brought, untimed, to where the
steps before it leave a person (opened; then scrolled to the end; then sorted), so that
no run profits from what an earlier run of the same step already fetched or sorted.
:func:`measure` returns the figures (``bench/run.py`` uses it); run as a script, it
prints them step by step.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QEvent, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtSql import QSqlDatabase, QSqlTableModel
from PySide6.QtWidgets import QApplication, QTableView

from coalition.search.listing import PEOPLE
from coalition.store import open_database
from coalition.ui.common.listmodel import ListModel
from coalition.ui.shell.context import AppContext

RUNS = 5
FILTER = "mar"
STEPS = ("open", "scroll to end", "sort by name", "filter as typed")


class _Steps(Protocol):
    """One list under test: how to open it and take each step on it."""

    def open(self) -> None: ...
    def scroll_end(self) -> None: ...
    def sort_name(self) -> None: ...
    def filter_text(self) -> None: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class ListFigures:
    """Median milliseconds per step, ours and the baseline's, for ``rows`` people."""

    rows: int
    ours: dict[str, float]
    baseline: dict[str, float]

    @property
    def ours_total(self) -> float:
        return sum(self.ours.values())

    @property
    def baseline_total(self) -> float:
        return sum(self.baseline.values())


def _median(fn: Callable[[], None], setup: Callable[[], None]) -> float:
    """Median ms of ``fn`` over RUNS runs after a warm-up, ``setup`` untimed before each."""
    times = []
    for run in range(RUNS + 1):
        setup()
        start = time.perf_counter()
        fn()
        if run:  # the first run warms up
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _view(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.resize(1000, 700)
    view.setModel(model)
    view.show()
    return view


class _Ours:
    """Coalition's ListModel over the People list spec (SQL-side sort and filter)."""

    def __init__(self, app: QApplication, path: str) -> None:
        self.app = app
        self.db = open_database(path)
        self.ctx = AppContext(
            self.db, QSettings("/tmp/bench-settings.ini", QSettings.Format.IniFormat)
        )
        self.view: QTableView | None = None
        self.model: ListModel | None = None

    def open(self) -> None:
        self._drop()
        self.model = ListModel(self.ctx, PEOPLE)
        self.view = _view(self.model)
        self.app.processEvents()
        self.view.grab()  # painted

    def scroll_end(self) -> None:
        assert self.view is not None
        self.view.scrollToBottom()
        self.view.grab()

    def sort_name(self) -> None:
        assert self.view is not None and self.model is not None
        self.model.sort(0, Qt.SortOrder.DescendingOrder)
        self.view.grab()
        self.model.sort(0, Qt.SortOrder.AscendingOrder)
        self.view.grab()

    def filter_text(self) -> None:
        assert self.view is not None and self.model is not None
        for i in range(1, len(FILTER) + 1):  # as typed, one keystroke at a time
            self.model.set_text(FILTER[:i])
            self.view.grab()

    def _drop(self) -> None:
        if self.view is not None:
            self.view.close()
            self.view.deleteLater()
            # processEvents() outside an event loop leaves deferred deletes pending.
            self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.view = self.model = None

    def close(self) -> None:
        self._drop()
        self.db.close()


class _Baseline:
    """QSqlTableModel + QSortFilterProxyModel, filtering on the name column."""

    def __init__(self, app: QApplication, path: str) -> None:
        self.app = app
        self.qdb = QSqlDatabase.addDatabase("QSQLITE", "bench")
        self.qdb.setDatabaseName(path)
        self.qdb.open()
        self.view: QTableView | None = None
        self.table: QSqlTableModel | None = None
        self.proxy: QSortFilterProxyModel | None = None

    def open(self) -> None:
        self._drop()
        self.table = QSqlTableModel(None, self.qdb)
        self.table.setTable("person")
        self.table.select()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.table)
        self.proxy.setFilterKeyColumn(self.table.fieldIndex("name"))
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = _view(self.proxy)
        self.app.processEvents()
        self.view.grab()

    def _fetch_all(self) -> None:
        """What reaching the last row takes: the model reads 256 rows per fetchMore."""
        assert self.table is not None
        while self.table.canFetchMore():
            self.table.fetchMore()

    def scroll_end(self) -> None:
        assert self.view is not None
        self._fetch_all()
        self.view.scrollToBottom()
        self.view.grab()

    def sort_name(self) -> None:
        assert self.view is not None and self.table is not None and self.proxy is not None
        self._fetch_all()  # the proxy sorts only the rows fetched
        column = self.table.fieldIndex("name")
        self.proxy.sort(column, Qt.SortOrder.DescendingOrder)
        self.view.grab()
        self.proxy.sort(column, Qt.SortOrder.AscendingOrder)
        self.view.grab()

    def filter_text(self) -> None:
        assert self.view is not None and self.proxy is not None
        for i in range(1, len(FILTER) + 1):
            self.proxy.setFilterFixedString(FILTER[:i])
            self.view.grab()

    def _drop(self) -> None:
        if self.view is not None:
            self.view.close()
            self.view.deleteLater()
            # processEvents() outside an event loop leaves deferred deletes pending.
            self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.view = self.proxy = self.table = None

    def close(self) -> None:
        self._drop()
        self.qdb.close()
        del self.qdb
        gc.collect()  # the models' handles on the connection go before it is removed
        QSqlDatabase.removeDatabase("bench")


def _steps(lst: _Steps) -> dict[str, float]:
    """Each step timed from the state the steps before it leave (set up untimed)."""

    def opened() -> None:
        lst.open()

    def scrolled() -> None:
        opened()
        lst.scroll_end()

    def sorted_() -> None:
        scrolled()
        lst.sort_name()

    result = {
        "open": _median(lst.open, lambda: None),
        "scroll to end": _median(lst.scroll_end, opened),
        "sort by name": _median(lst.sort_name, scrolled),
        "filter as typed": _median(lst.filter_text, sorted_),
    }
    lst.close()
    return result


def measure(path: str) -> ListFigures:
    """Time the four steps over our model and over Qt's, on the database at ``path``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    db = open_database(path)
    with db.reading() as session:
        from sqlalchemy import text

        rows = session.execute(text("SELECT count(*) FROM person")).scalar_one()
    db.close()
    return ListFigures(rows, _steps(_Ours(app, path)), _steps(_Baseline(app, path)))


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    figures = measure(sys.argv[1])
    print(f"People list, {figures.rows:,} rows (median of {RUNS} runs, ms)\n")
    print("| step | Coalition | QSqlTableModel + proxy | ratio |")
    print("|---|---:|---:|---:|")
    for step in STEPS:
        value, base = figures.ours[step], figures.baseline[step]
        print(f"| {step} | {value:.1f} | {base:.1f} | {value / base:.2f}× |")
    print(
        f"| all steps | {figures.ours_total:.1f} | {figures.baseline_total:.1f} | "
        f"{figures.ours_total / figures.baseline_total:.2f}× |"
    )


if __name__ == "__main__":
    main()
