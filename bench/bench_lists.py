"""The People list at scale: our lazy model against Qt's own SQL model, same file, same run.

    python -m bench.bench_lists DB        # DB from `python -m bench.generate`

Each step is timed the way a person meets it (open the list, jump to the end, sort by
name, type a filter), through a real QTableView, and reported as the median of several
runs after a warm-up.  The baseline is QSqlTableModel + QSortFilterProxyModel over the
same SQLite file: the list an engineer would build with Qt's SQL classes.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
from PySide6.QtSql import QSqlDatabase, QSqlTableModel
from PySide6.QtWidgets import QApplication, QTableView

from coalition.listing import PEOPLE
from coalition.store import open_database
from coalition.ui.context import AppContext
from coalition.ui.listmodel import ListModel

RUNS = 5
FILTER = "mar"


def _median(fn: Callable[[], None]) -> float:
    fn()  # warm-up
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _view(model) -> QTableView:  # type: ignore[no-untyped-def]
    view = QTableView()
    view.resize(1000, 700)
    view.setModel(model)
    view.show()
    return view


def ours(app: QApplication, path: str) -> dict[str, float]:
    db = open_database(path)
    ctx = AppContext(db, QSettings("/tmp/bench-settings.ini", QSettings.Format.IniFormat))
    state: dict[str, object] = {}

    def open_list() -> None:
        model = ListModel(ctx, PEOPLE)
        state["view"] = view = _view(model)
        state["model"] = model
        app.processEvents()
        view.grab()  # painted

    def scroll_end() -> None:
        view = state["view"]
        view.scrollToTop()  # type: ignore[attr-defined]
        app.processEvents()
        view.scrollToBottom()  # type: ignore[attr-defined]
        view.grab()  # type: ignore[attr-defined]

    def sort_name() -> None:
        model = state["model"]
        model.sort(0, Qt.SortOrder.DescendingOrder)  # type: ignore[attr-defined]
        state["view"].grab()  # type: ignore[attr-defined]
        model.sort(0, Qt.SortOrder.AscendingOrder)  # type: ignore[attr-defined]
        state["view"].grab()  # type: ignore[attr-defined]

    def filter_text() -> None:
        model = state["model"]
        for i in range(1, len(FILTER) + 1):  # as typed, one keystroke at a time
            model.set_text(FILTER[:i])  # type: ignore[attr-defined]
            state["view"].grab()  # type: ignore[attr-defined]
        model.set_text("")  # type: ignore[attr-defined]

    result = {"open": _median(open_list)}
    result["scroll to end"] = _median(scroll_end)
    result["sort by name"] = _median(sort_name)
    result["filter as typed"] = _median(filter_text)
    db.close()
    return result


def baseline(app: QApplication, path: str) -> dict[str, float]:
    qdb = QSqlDatabase.addDatabase("QSQLITE", "bench")
    qdb.setDatabaseName(path)
    qdb.open()
    state: dict[str, object] = {}

    def open_list() -> None:
        table = QSqlTableModel(None, qdb)
        table.setTable("person")
        table.select()
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(table)
        proxy.setFilterKeyColumn(table.fieldIndex("name"))
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        state.update(table=table, proxy=proxy, view=_view(proxy))
        app.processEvents()
        state["view"].grab()  # type: ignore[attr-defined]

    def scroll_end() -> None:
        table, view = state["table"], state["view"]
        view.scrollToTop()  # type: ignore[attr-defined]
        while table.canFetchMore():  # type: ignore[attr-defined]
            table.fetchMore()  # type: ignore[attr-defined]
        view.scrollToBottom()  # type: ignore[attr-defined]
        view.grab()  # type: ignore[attr-defined]

    def sort_name() -> None:
        table, proxy = state["table"], state["proxy"]
        while table.canFetchMore():  # type: ignore[attr-defined]
            table.fetchMore()  # type: ignore[attr-defined]
        column = table.fieldIndex("name")  # type: ignore[attr-defined]
        proxy.sort(column, Qt.SortOrder.DescendingOrder)  # type: ignore[attr-defined]
        state["view"].grab()  # type: ignore[attr-defined]
        proxy.sort(column, Qt.SortOrder.AscendingOrder)  # type: ignore[attr-defined]
        state["view"].grab()  # type: ignore[attr-defined]

    def filter_text() -> None:
        proxy = state["proxy"]
        for i in range(1, len(FILTER) + 1):
            proxy.setFilterFixedString(FILTER[:i])  # type: ignore[attr-defined]
            state["view"].grab()  # type: ignore[attr-defined]
        proxy.setFilterFixedString("")  # type: ignore[attr-defined]

    result = {"open": _median(open_list)}
    result["scroll to end"] = _median(scroll_end)
    result["sort by name"] = _median(sort_name)
    result["filter as typed"] = _median(filter_text)
    state.clear()
    qdb.close()
    return result


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    path = sys.argv[1]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with open_database(path).reading() as session:
        from sqlalchemy import text

        rows = session.execute(text("SELECT count(*) FROM person")).scalar_one()
    ours_ms = ours(app, path)
    base_ms = baseline(app, path)
    print(f"People list, {rows:,} rows (median of {RUNS} runs, ms)\n")
    print("| step | Coalition | QSqlTableModel + proxy | ratio |")
    print("|---|---:|---:|---:|")
    total_ours = total_base = 0.0
    for step, value in ours_ms.items():
        base = base_ms[step]
        total_ours += value
        total_base += base
        print(f"| {step} | {value:.1f} | {base:.1f} | {value / base:.2f}× |")
    print(f"| all steps | {total_ours:.1f} | {total_base:.1f} | {total_ours / total_base:.2f}× |")


if __name__ == "__main__":
    main()
