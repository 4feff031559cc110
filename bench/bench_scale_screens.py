"""The screens at statewide scale: a directory of 600,000 people, each figure beside a
baseline measured in the same run on the same file.

    python -m bench.bench_scale_screens [--people N] [--db PATH] [--only NAMES]

``--people`` makes (or finds in /tmp) a database of that many people
(bench/statewide_db.py); ``--db`` measures a file as it is.  ``--only`` picks among
``lists,search,dashboard,memory``.  Prints one Markdown table in the format of
``bench/run.py``; progress goes to stderr.

- The People list: open (first rows shown), scroll to the end, sort by name both ways,
  filter as typed, through a real QTableView (bench/bench_lists.py), against
  QSqlTableModel + QSortFilterProxyModel on the same file.
- Search: every keystroke of realistic queries (names, accented names typed with and
  without their accents, partial e-mails, a ZIP), in Ctrl+K "Find anything" (the
  dialog's own search and list of results) and in the People list's filter (count and
  first rows shown); p95 against 16 ms, and for scale the same MATCH run raw.  Both
  read a word of one or two letters as the start of a name (the sort-key index), the
  rest through the full-text index.
- The dashboard: a fresh process from launch to the first area (the dashboard) shown
  with its data, against a bare QMainWindow + QTableView's first paint.
- Memory: the app's peak resident memory with the People list scrolled to its end,
  against the bare process.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench import bench_lists, statewide_db
from bench.run import MIB, Row, _child, _p95, _ratio, _say, machine

SEARCH_GOAL_MS = 16.0
LIST_RUNS = 3  # each run of the baseline reads every row: keep the scale runs few
START_RUNS = 5
MEMORY_RUNS = 2
SEARCH_PASSES = 3

# What organizers type, in full; each is measured at every keystroke as it is typed.
NAMES = ("garcia", "maria lopez", "nguyen", "jose", "kim", "okafor", "smith john")
ACCENTED = ("Núñez", "nunez", "Ibáñez", "zoë", "bjorn", "María José")
EMAILS = ("grace.kim", "lucia.perez.12", "omar.haddad@exa")


def _queries(db_path: str) -> list[str]:
    """The whole queries: names, accented names, partial e-mails and a ZIP of the file."""
    con = sqlite3.connect(db_path)
    row = con.execute(
        "SELECT postal_code FROM person WHERE postal_code <> '' ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    con.close()
    zip_code = row[0] if row else "94110"
    return [*NAMES, *ACCENTED, *EMAILS, zip_code]


def keystrokes(queries: list[str]) -> list[str]:
    """Each query as it stands after each key typed (spaces too)."""
    return [q[:n] for q in queries for n in range(1, len(q) + 1)]


def _per_key(fn: Callable[[str], object], typed: list[str]) -> list[float]:
    """Median seconds per keystroke over SEARCH_PASSES passes after a warm-up pass."""
    for query in typed:
        fn(query)
    passes = []
    for _ in range(SEARCH_PASSES):
        times = []
        for query in typed:
            start = time.perf_counter()
            fn(query)
            times.append(time.perf_counter() - start)
        passes.append(times)
    return [statistics.median(col) for col in zip(*passes, strict=True)]


def _slowest(times: list[float], typed: list[str]) -> str:
    worst = sorted(zip(times, typed, strict=True), reverse=True)[:5]
    return ", ".join(f"{q!r} {t * 1000:.1f} ms" for t, q in worst)


def search_rows(db_path: str, people: int) -> list[Row]:
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication, QTableView

    from coalition.search.listing import PEOPLE
    from coalition.search.query import KINDS, match_expression
    from coalition.store import open_database
    from coalition.ui.common.context import AppContext
    from coalition.ui.common.listmodel import ListModel
    from coalition.ui.shell.searchdialog import SearchDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    typed = keystrokes(_queries(db_path))
    db = open_database(db_path)
    ctx = AppContext(db, QSettings("/tmp/bench-settings.ini", QSettings.Format.IniFormat))

    _say(f"Ctrl+K, {len(typed)} keystrokes…")
    dialog = SearchDialog(ctx)
    dialog.show()
    app.processEvents()

    def find_anything(query: str) -> None:
        dialog.edit.setText(query)  # the dialog searches and lists on each change

    finder = _per_key(find_anything, typed)
    dialog.close()
    _say("  slowest: " + _slowest(finder, typed))

    _say("People filter…")
    model = ListModel(ctx, PEOPLE)
    view = QTableView()
    view.resize(1000, 700)
    view.setModel(model)
    view.show()
    app.processEvents()

    def people_filter(query: str) -> None:
        model.set_text(query)
        view.grab()  # the count and the first rows shown

    filtered = _per_key(people_filter, typed)
    view.close()
    view.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    _say("  slowest: " + _slowest(filtered, typed))

    raw = sqlite3.connect(db_path)
    statements = [
        f"SELECT rowid, title FROM {kind}_search WHERE {kind}_search MATCH ? "
        f"ORDER BY bm25({kind}_search, 10.0, 1.0) LIMIT 20"
        for kind in KINDS
    ]

    def baseline(query: str) -> None:
        expression = match_expression(query)
        if expression:
            for statement in statements:
                raw.execute(statement, (expression,)).fetchall()

    raw_times = _per_key(baseline, typed)
    raw.close()
    db.close()
    raw_p95 = _p95(raw_times) * 1000
    rows = []
    for label, times in (
        ("Ctrl+K “Find anything”", finder),
        ("People list filter (count and first rows shown)", filtered),
    ):
        p95 = _p95(times) * 1000
        rows.append(
            Row(
                f"{label}, p95 of {len(typed)} keystrokes ({people:,} people)",
                f"{p95:,.1f} ms",
                f"{raw_p95:,.1f} ms (the MATCH of each kind, ranked, raw sqlite3)",
                f"{_ratio(p95, raw_p95):.2f}×",
                f"≤ {SEARCH_GOAL_MS:.0f} ms",
                p95 <= SEARCH_GOAL_MS,
            )
        )
    return rows


def list_row(db_path: str) -> Row:
    _say("People list…")
    bench_lists.RUNS = LIST_RUNS
    figures = bench_lists.measure(db_path)
    for step in bench_lists.STEPS:
        _say(
            f"  {step}: {figures.ours[step]:,.1f} ms, "
            f"QSqlTableModel {figures.baseline[step]:,.1f} ms "
            f"({_ratio(figures.ours[step], figures.baseline[step]):.2f}×)"
        )
    ratio = _ratio(figures.ours_total, figures.baseline_total)
    steps = "; ".join(
        f"{step} {figures.ours[step]:,.0f}/{figures.baseline[step]:,.0f}"
        for step in bench_lists.STEPS
    )
    return Row(
        f"People list at {figures.rows:,} rows: open, scroll to end, sort, filter as typed "
        f"(ms, ours/baseline: {steps})",
        f"{figures.ours_total:,.1f} ms",
        f"{figures.baseline_total:,.1f} ms (QSqlTableModel + proxy)",
        f"{ratio:.2f}×",
        "≤ 1.0×",
        ratio <= 1.0,
    )


def dashboard_row(db_path: str, people: int) -> Row:
    """Fresh processes, app and bare in turn, so a burst of load falls on both."""
    _say("dashboard shown with its data…")
    _child("startup_app.py", db_path)
    _child("startup_bare.py")
    app_runs, bare_runs = [], []
    for _ in range(START_RUNS):
        app_runs.append(_child("startup_app.py", db_path))
        bare_runs.append(_child("startup_bare.py"))
    painted = statistics.median(r.painted for r in app_runs)
    filled = statistics.median(r.filled for r in app_runs)
    bare = statistics.median(r.painted for r in bare_runs)
    _say(
        f"  shell painted {painted * 1000:.0f} ms, {app_runs[0].area} filled "
        f"{filled * 1000:.0f} ms, bare {bare * 1000:.0f} ms"
    )
    ratio = _ratio(filled, bare)
    return Row(
        f"First area ({app_runs[0].area}) shown with its data, {people:,} people "
        f"(shell painted at {painted * 1000:,.0f} ms)",
        f"{filled * 1000:,.0f} ms",
        f"{bare * 1000:,.0f} ms (bare QMainWindow + QTableView painted)",
        f"{ratio:.2f}×",
        "≤ 3×",
        ratio <= 3,
    )


def memory_row(db_path: str, people: int) -> Row:
    _say("peak memory…")
    app_rss = statistics.median(
        _child("startup_app.py", db_path, "--people").maxrss_kib for _ in range(MEMORY_RUNS)
    )
    bare_rss = statistics.median(_child("startup_bare.py").maxrss_kib for _ in range(MEMORY_RUNS))
    app_mib, bare_mib = app_rss * 1024 / MIB, bare_rss * 1024 / MIB
    return Row(
        f"Peak memory, People list at {people:,} rows scrolled to the end",
        f"{app_mib:,.0f} MiB",
        f"{bare_mib:,.0f} MiB (bare process)",
        f"+{app_mib - bare_mib:,.0f} MiB",
        "≤ bare + 300 MiB",
        app_mib <= bare_mib + 300,
    )


PARTS = ("lists", "search", "dashboard", "memory")


def run(db_path: str, only: set[str]) -> list[Row]:
    con = sqlite3.connect(db_path)
    people = con.execute("SELECT count(*) FROM person").fetchone()[0]
    con.close()
    rows: list[Row] = []

    def done(*made: Row) -> None:  # each row told at once: the last part takes the longest
        for row in made:
            _say(row.markdown())
        rows.extend(made)

    if "dashboard" in only:
        done(dashboard_row(db_path, people))
    if "memory" in only:
        done(memory_row(db_path, people))
    if "search" in only:
        done(*search_rows(db_path, people))
    if "lists" in only:
        done(list_row(db_path))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=statewide_db.STATEWIDE)
    parser.add_argument("--db", type=Path, help="measure this file instead")
    parser.add_argument("--only", metavar="NAMES", help=f"among {', '.join(PARTS)}")
    args = parser.parse_args()
    only = set(PARTS)
    if args.only:
        only = {n.strip() for n in args.only.split(",") if n.strip()}
        if only - set(PARTS):
            parser.error(f"no part named {', '.join(sorted(only - set(PARTS)))}")
    # The startup scripts run from bench/: they must import this checkout's coalition.
    root = str(Path(__file__).resolve().parent.parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (root, os.environ.get("PYTHONPATH", "")) if p
    )
    line = machine()
    path = args.db if args.db is not None else statewide_db.statewide(args.people)
    started = time.perf_counter()
    rows = run(str(path), only)
    _say(f"done in {time.perf_counter() - started:.0f} s")
    print("| benchmark | figure | baseline | ratio | goal | met |")
    print("|---|---:|---:|---:|---|---|")
    for row in rows:
        print(row.markdown())
    print()
    print(line)


if __name__ == "__main__":
    main()
