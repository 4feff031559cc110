"""Run every benchmark and print one Markdown table (``make bench``).

    python -m bench.run [--quick] [--db PATH] [--only startup,lists,pickers,search,calendar,sync]

Without ``--db`` a database of the full (or, with ``--quick``, a tenth) size is
generated through the services into a temporary folder first (bench/generate.py);
with it, that database is measured as it is.  Each benchmark measures Coalition and a
baseline in the same run, on the same file, so that the ratio holds on any machine
however loaded; timings are medians of several runs after a warm-up.  The table goes to
stdout with a line naming the machine; progress goes to stderr.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import argparse
import datetime as dt
import json
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from bench import bench_lists
from bench.generate import SIZES, generate
from coalition.calls import calendar_export as calendar_ics
from coalition.calls import series as calls
from coalition.search.query import KINDS, match_expression, search
from coalition.store import Database, open_database
from coalition.store.models import CallSeries, CallStatus

HERE = Path(__file__).resolve().parent
STARTUP_RUNS = 9  # a start is short: a median of more of them steadies the ratio
MEMORY_RUNS = 3
SEARCH_RUNS = 3
# A full-size run takes tens of seconds before the fix (docs/building-and-packaging.md).
EXPORT_RUNS = 3
KEYSTROKES = 100
MIB = 1024 * 1024


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    benchmark: str
    figure: str
    baseline: str
    ratio: str
    goal: str
    met: bool | None  # None: shown for what it tells, not a goal

    def markdown(self) -> str:
        met = "n/a" if self.met is None else "yes" if self.met else "no"
        cells = (self.benchmark, self.figure, self.baseline, self.ratio, self.goal, met)
        return "| " + " | ".join(cells) + " |"


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def _ratio(figure: float, baseline: float) -> float:
    return figure / baseline if baseline else float("inf")


def _timed(fn: Callable[[], Any], runs: int) -> float:
    """Median seconds of ``fn`` over ``runs`` runs after one warm-up."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def machine() -> str:
    """Cores, CPU model, Python, PySide6/Qt and SQLite versions: what the figures ran on."""
    import PySide6
    from PySide6.QtCore import qVersion

    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = (
        f", load average {os.getloadavg()[0]:.2f} at the start" if hasattr(os, "getloadavg") else ""
    )
    return (
        f"Machine: {os.cpu_count()} cores, {model}, {platform.system()} {platform.machine()}; "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
        f"SQLite {sqlite3.sqlite_version}{load}."
    )


# --- 1 and 5: cold start and peak memory, each run a fresh process --------------------


@dataclass(frozen=True)
class _Start:
    """One fresh process: seconds from its launch to each moment it reports, peak RSS."""

    painted: float  # the first painted window
    filled: float  # the app's first area shown with its data (the bare window: painted)
    maxrss_kib: int
    area: str  # which area that is


def _child(script: str, *args: str) -> _Start:
    """Run one of the startup scripts in a fresh process.

    The script reports ``time.perf_counter()`` at each moment; on Linux that is
    CLOCK_MONOTONIC, one clock for every process, so the launch time taken here is
    subtracted from it directly."""
    if time.get_clock_info("perf_counter").implementation != "clock_gettime(CLOCK_MONOTONIC)":
        raise SystemExit("the startup benchmark needs Linux's CLOCK_MONOTONIC for perf_counter")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script} failed ({done.returncode}):\n{done.stderr}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    painted = report["painted"] - start
    filled = report.get("filled", report["painted"]) - start
    return _Start(painted, filled, int(report["maxrss_kib"]), report.get("area", ""))


def startup_and_memory(db_path: str, people: int) -> tuple[Row, Row, Row]:
    """Cold start to the first painted main window against a bare QMainWindow +
    QTableView, and (not a goal, so that the painted shell fools nobody) to the first
    area filled with its rows; then the peak memory of the app with the People list
    scrolled to its end against the bare process.  App and bare runs alternate, so that
    a burst of load from elsewhere on the machine falls on both."""
    _say("cold start…")
    _child("startup_app.py", db_path)
    _child("startup_bare.py")
    app_runs, bare_runs = [], []
    for _ in range(STARTUP_RUNS):
        app_runs.append(_child("startup_app.py", db_path))
        bare_runs.append(_child("startup_bare.py"))
    app_s = statistics.median(r.painted for r in app_runs)
    filled_s = statistics.median(r.filled for r in app_runs)
    bare_s = statistics.median(r.painted for r in bare_runs)
    _say(f"  painted {_ms(app_s)}, first area filled {_ms(filled_s)}, bare {_ms(bare_s)}")
    ratio = _ratio(app_s, bare_s)
    start_row = Row(
        f"Cold start to the first painted main window ({people:,} people)",
        _ms(app_s),
        f"{_ms(bare_s)} (bare QMainWindow + QTableView)",
        f"{ratio:.2f}×",
        "≤ 1.3×",
        ratio <= 1.3,
    )
    filled_row = Row(
        f"… and to its first area ({app_runs[0].area}) shown with its data",
        _ms(filled_s),
        f"{_ms(bare_s)} (the same bare window)",
        f"{_ratio(filled_s, bare_s):.2f}×",
        "none (shown so the painted shell fools nobody)",
        None,
    )
    _say("peak memory…")
    _child("startup_app.py", db_path, "--people")
    app_rss = statistics.median(
        _child("startup_app.py", db_path, "--people").maxrss_kib for _ in range(MEMORY_RUNS)
    )
    base = statistics.median(r.maxrss_kib for r in bare_runs)
    app_mib, base_mib = app_rss * 1024 / MIB, base * 1024 / MIB
    memory_row = Row(
        f"Peak memory, People list at {people:,} rows scrolled to the end",
        f"{app_mib:,.0f} MiB",
        f"{base_mib:,.0f} MiB (bare process)",
        f"{_ratio(app_mib, base_mib):.2f}×",
        "≤ bare + 150 MiB",
        app_mib <= base_mib + 150,
    )
    return start_row, filled_row, memory_row


# --- 2: the People list ---------------------------------------------------------------


def people_list(db_path: str) -> Row:
    _say("People list…")
    figures = bench_lists.measure(db_path)
    for step in bench_lists.STEPS:
        _say(
            f"  {step}: {figures.ours[step]:,.1f} ms, "
            f"QSqlTableModel {figures.baseline[step]:,.1f} ms"
        )
    ratio = _ratio(figures.ours_total, figures.baseline_total)
    return Row(
        f"People list at {figures.rows:,} rows: open, scroll to end, sort, filter as typed",
        f"{figures.ours_total:,.1f} ms",
        f"{figures.baseline_total:,.1f} ms (QSqlTableModel + proxy)",
        f"{ratio:.2f}×",
        "≤ 1.0×",
        ratio <= 1.0,
    )


# --- 2b: a picker of every person -----------------------------------------------------


PICKER_RUNS = 5


def person_picker(db: Database, db_path: str) -> Row:
    """The person picker of the endorsement and action-item dialogs, from the database to
    a chosen person shown, against a combo box over Qt's own QSqlQueryModel of the same
    query fetched whole (else its completer would find only the first 256 names); and,
    for what it was, the picker filled one item at a time from an ORM query."""
    from PySide6.QtCore import Qt
    from PySide6.QtSql import QSqlDatabase, QSqlQueryModel
    from PySide6.QtWidgets import QApplication, QComboBox

    from coalition.directory import choices
    from coalition.store.models import Person
    from coalition.ui.common.pickers import PersonPicker

    _say("person picker…")
    app = QApplication.instance() or QApplication([])
    with db.reading() as session:
        chosen = session.execute(
            text(
                "SELECT id FROM person ORDER BY sort_name, id LIMIT 1 OFFSET (SELECT count(*) / 2 "
                "FROM person)"
            )
        ).scalar_one()

    def ours() -> None:
        with db.reading() as session:
            offered = choices.people(session)  # as the dialogs fill it: namesakes told apart
        picker = PersonPicker()
        picker.set_choices(offered, chosen)
        assert picker.person_id() == chosen
        picker.deleteLater()
        app.processEvents()

    def one_at_a_time() -> None:
        with db.reading() as session:
            rows = session.execute(
                select(Person.id, Person.name).order_by(Person.sort_name, Person.id)
            )
            choices = [(r[0], r[1]) for r in rows]
        box = QComboBox()
        box.setEditable(True)
        for person_id, name in choices:
            box.addItem(name, person_id)
        box.setCurrentIndex(box.findData(chosen))
        assert box.currentData() == chosen
        box.deleteLater()
        app.processEvents()

    qdb = QSqlDatabase.addDatabase("QSQLITE", "picker")
    qdb.setDatabaseName(db_path)
    qdb.open()

    def baseline() -> None:
        model = QSqlQueryModel()
        model.setQuery("SELECT name, id FROM person ORDER BY sort_name, id", qdb)
        while model.canFetchMore():
            model.fetchMore()
        box = QComboBox()
        box.setEditable(True)
        box.setModel(model)
        found = model.match(
            model.index(0, 1), Qt.ItemDataRole.DisplayRole, chosen, 1, Qt.MatchFlag.MatchExactly
        )
        box.setCurrentIndex(found[0].row())
        assert model.index(box.currentIndex(), 1).data() == chosen
        box.deleteLater()
        app.processEvents()

    figure = _timed(ours, PICKER_RUNS)
    base = _timed(baseline, PICKER_RUNS)
    before = _timed(one_at_a_time, 3)
    qdb.close()
    with db.reading() as session:
        people = session.execute(text("SELECT count(*) FROM person")).scalar_one()
    return Row(
        f"Person picker with all {people:,} people (endorsement, action-item dialogs): read, "
        "filled, one chosen",
        _ms(figure),
        f"{_ms(base)} (QSqlQueryModel fetched whole in a QComboBox)",
        f"{_ratio(figure, base):.2f}×",
        f"none (filled one item at a time, as before: {_ms(before)})",
        None,
    )


# --- 3: global search as you type -----------------------------------------------------


def keystrokes(db: Database, count: int = KEYSTROKES) -> list[str]:
    """What people type into the search box, in lower case as they type it: 1-4 letter
    prefixes of the commonest first and last names in the database, then whole names
    (``count`` queries in all)."""
    with db.reading() as session:
        names = session.execute(text("SELECT name FROM person")).scalars().all()
    firsts = Counter(n.split()[0] for n in names if n.split())
    lasts = Counter(n.split()[-1] for n in names if len(n.split()) > 1)
    top_first = [w for w, _ in firsts.most_common(10)]
    top_last = [w for w, _ in lasts.most_common(10)]
    words = [w for pair in zip(top_first, top_last, strict=False) for w in pair]
    typed = [w[:n] for w in words for n in range(1, 5)]
    whole = top_last + [f"{f} {last}" for f, last in zip(top_first, top_last, strict=False)]
    return [q.lower() for q in (typed[: count - len(whole)] + whole)[:count]]


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def _per_keystroke(fn: Callable[[str], Any], typed: list[str]) -> list[float]:
    """Median seconds per keystroke over SEARCH_RUNS passes after a warm-up pass."""
    for query in typed:
        fn(query)
    passes: list[list[float]] = []
    for _ in range(SEARCH_RUNS):
        times = []
        for query in typed:
            start = time.perf_counter()
            fn(query)
            times.append(time.perf_counter() - start)
        passes.append(times)
    return [statistics.median(column) for column in zip(*passes, strict=True)]


def search_as_you_type(db: Database, db_path: str) -> Row:
    """Each keystroke through coalition.search.query.search in its own short session, as the
    search dialog does, against the same MATCH queries run raw through sqlite3."""
    _say("search as you type…")
    typed = keystrokes(db)

    def ours(query: str) -> None:
        with db.reading() as session:
            search(session, query, limit=20)

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

    ours_times = _per_keystroke(ours, typed)
    raw_times = _per_keystroke(baseline, typed)
    raw.close()
    slowest = sorted(zip(ours_times, typed, strict=True), reverse=True)[:5]
    _say("  slowest keystrokes: " + ", ".join(f"{q!r} {t * 1000:.1f} ms" for t, q in slowest))
    ours_p95, raw_p95 = _p95(ours_times), _p95(raw_times)
    ratio = _ratio(ours_p95, raw_p95)
    return Row(
        f"Search as you type, p95 of {len(typed)} keystrokes",
        f"{ours_p95 * 1000:,.1f} ms",
        f"{raw_p95 * 1000:,.1f} ms (raw FTS5 via sqlite3)",
        f"{ratio:.2f}×",
        "≤ 16 ms and ≤ 2×",
        ours_p95 * 1000 <= 16 and ratio <= 2,
    )


# --- 4: the calendar export -----------------------------------------------------------


@dataclass(frozen=True)
class _Week:
    """A week of a series that says something of its own (an override), pre-read."""

    original_date: dt.date
    start: dt.datetime
    minutes: int
    cancelled: bool
    sequence: int


@dataclass(frozen=True)
class _Series:
    """A series as read once from the database for the icalendar baseline."""

    uid: str
    title: str
    sequence: int
    cancelled: bool
    start_date: dt.date
    start_time: dt.time
    zone: str
    rrule: str
    minutes: int
    description: str
    join_url: str
    organizer: tuple[str, str] | None  # (name, e-mail)
    extra_days: list[dt.date]
    overrides: list[_Week]
    invitees: list[tuple[str, str]]  # (name, e-mail), the organizer left out


def _description(series: CallSeries) -> str:
    """The text the app puts in DESCRIPTION (what to read, how to join), rebuilt here."""
    parts = [series.description] if series.description else []
    if series.join_url:
        parts.append(f"Join: {series.join_url}")
    if series.dial_in:
        code = f" (access code {series.access_code})" if series.access_code else ""
        parts.append(f"Dial-in: {series.dial_in}{code}")
    elif series.access_code:
        parts.append(f"Access code: {series.access_code}")
    return "\n\n".join(parts)


def _read_series(db: Database) -> list[_Series]:
    """Everything the baseline writes, read outside its timing."""
    result = []
    with db.reading() as session:
        rows = session.scalars(
            select(CallSeries)
            .options(selectinload(CallSeries.occurrences), selectinload(CallSeries.organizer))
            .order_by(CallSeries.title, CallSeries.start_date)
        ).all()
        for s in rows:
            overrides = [
                _Week(
                    o.original_date,
                    o.start,
                    o.duration_minutes,
                    CallStatus.CANCELLED in (o.status, s.status),
                    max(s.sequence, o.sequence),
                )
                for o in sorted(
                    (o for o in s.occurrences if o.original_date), key=lambda o: o.original_date
                )
                if o.status == CallStatus.CANCELLED
                or o.duration_minutes != s.duration_minutes
                or o.start != calls.slot_start(s, o.original_date)
            ]
            extra = sorted(
                o.original_date
                for o in s.occurrences
                if o.original_date and not calls.is_rule_date(s, o.original_date)
            )
            organizer = (s.organizer.name, s.organizer.primary_email) if s.organizer else None
            invitees = [
                (p.name, p.primary_email)
                for p in calls.invitees(session, s.id)
                if p.id != s.organizer_id and p.primary_email
            ]
            result.append(
                _Series(
                    s.uid,
                    s.title,
                    s.sequence,
                    s.status == CallStatus.CANCELLED,
                    s.start_date,
                    s.start_time,
                    s.time_zone,
                    s.rrule,
                    s.duration_minutes,
                    _description(s),
                    s.join_url,
                    organizer,
                    extra,
                    overrides,
                    invitees,
                )
            )
    return result


def _address(name: str, email: str) -> icalendar.vCalAddress:
    address = icalendar.vCalAddress(f"mailto:{email}")
    address.params["CN"] = name
    return address


def _icalendar_file(
    method: str,
    series: list[_Series],
    first: dt.date,
    last: dt.date,
    attendee: tuple[str, str] | None = None,
) -> bytes:
    """The calendar an engineer would write with icalendar alone: the same VEVENTs
    (series with their rule, overrides with RECURRENCE-ID), VTIMEZONEs by icalendar's
    own ``add_missing_timezones``."""
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", calendar_ics.PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)

    def event(s: _Series, sequence: int, cancelled: bool) -> icalendar.Event:
        ev = icalendar.Event()
        ev.add("uid", s.uid)
        ev.add("dtstamp", stamp)
        ev.add("sequence", sequence)
        ev.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        return ev

    def describe(ev: icalendar.Event, s: _Series) -> None:
        ev.add("summary", s.title)
        if s.description:
            ev.add("description", s.description)
        if s.join_url:
            ev.add("location", s.join_url)
            ev.add("url", s.join_url)
        if s.organizer:
            ev.add("organizer", _address(*s.organizer))
        if attendee is not None:
            address = _address(*attendee)
            address.params.update(CUTYPE="INDIVIDUAL", ROLE="REQ-PARTICIPANT")
            if method == "REQUEST":
                address.params.update(PARTSTAT="NEEDS-ACTION", RSVP="TRUE")
            ev.add("attendee", address)
        cal.add_component(ev)

    for s in series:
        zone = ZoneInfo(s.zone)
        ev = event(s, s.sequence, s.cancelled)
        start = dt.datetime.combine(s.start_date, s.start_time, tzinfo=zone)
        ev.add("dtstart", start)
        ev.add(
            "dtend", (start + dt.timedelta(minutes=s.minutes)).astimezone(dt.UTC).astimezone(zone)
        )
        ev.add("rrule", icalendar.vRecur.from_ical(s.rrule))
        if s.extra_days:
            ev.add(
                "rdate", [dt.datetime.combine(d, s.start_time, tzinfo=zone) for d in s.extra_days]
            )
        describe(ev, s)
        if s.cancelled and method != "PUBLISH":
            continue
        for week in s.overrides:
            ev = event(s, week.sequence, week.cancelled)
            ev.add(
                "recurrence-id", dt.datetime.combine(week.original_date, s.start_time, tzinfo=zone)
            )
            ev.add("dtstart", week.start.astimezone(zone))
            ev.add("dtend", (week.start + dt.timedelta(minutes=week.minutes)).astimezone(zone))
            describe(ev, s)
    cal.add_missing_timezones(first, last)
    return cal.to_ical()


def calendar_export(db: Database) -> Row:
    """export_schedule of the whole schedule plus every series' invitations, against
    the same files built with icalendar from rows read beforehand."""
    _say("calendar export…")
    today = dt.date.today()
    series = _read_series(db)
    if not series:
        return Row("Calendar export", "no call series", "n/a", "n/a", "≤ 1.2×", False)
    first = min(s.start_date for s in series)
    horizon = dt.date(today.year + calendar_ics.ZONE_YEARS_AHEAD, 12, 31)
    with db.reading() as session:
        ids = [
            s.id
            for s in session.scalars(
                select(CallSeries).order_by(CallSeries.title, CallSeries.start_date)
            )
        ]
        week_count = len(
            calls.calls_between(
                session,
                dt.datetime.combine(first, dt.time.min, dt.UTC),
                dt.datetime.combine(today + dt.timedelta(days=1), dt.time.min, dt.UTC),
            )
        )
    invitation_count = sum(len(s.invitees) for s in series)

    def ours() -> None:
        with db.reading() as session:
            calendar_ics.export_schedule(session, first, today)
            for series_id in ids:
                calendar_ics.invitations(session, series_id)

    def baseline() -> None:
        _icalendar_file("PUBLISH", series, first, horizon)
        for s in series:
            for person in s.invitees:
                _icalendar_file(
                    "CANCEL" if s.cancelled else "REQUEST", [s], s.start_date, horizon, person
                )

    ours_s = _timed(ours, EXPORT_RUNS)
    base_s = _timed(baseline, EXPORT_RUNS)
    ratio = _ratio(ours_s, base_s)
    return Row(
        f"Calendar export: {len(series)} series, {week_count:,} calls in 5 years, "
        f"{invitation_count} invitations",
        _ms(ours_s),
        f"{_ms(base_s)} (icalendar, rows read beforehand)",
        f"{ratio:.2f}×",
        "≤ 1.2×",
        ratio <= 1.2,
    )


# --- 6: sync --------------------------------------------------------------------------


def sync(records: int) -> Row:
    """A laptop's ``records`` new organizations (made 100 to a transaction) synced into
    a real PostgreSQL server started on loopback, against one COPY of the same rows."""
    from bench import bench_sync

    _say(f"sync: {records:,} records through a PostgreSQL server on loopback…")
    seconds, copy = bench_sync.measure(records, runs=5)
    ratio = _ratio(seconds, copy)
    return Row(
        f"Sync of {records:,} changed records through PostgreSQL (push, merge, pull)",
        f"{seconds:,.2f} s",
        f"{copy * 1000:,.0f} ms (one COPY of the same rows)",
        f"{ratio:.1f}×",
        f"≤ {bench_sync.GOAL_SECONDS * records / 10_000:,.0f} s and ≤ "
        f"{bench_sync.GOAL_RATIO:.0f}× one COPY",
        seconds <= bench_sync.GOAL_SECONDS * records / 10_000 and ratio <= bench_sync.GOAL_RATIO,
    )


def sync_walls(records: int) -> Row:
    """The same sync as one organization's role through the walls between organizations
    (row-level security), against the owner's on a server without them, turn about."""
    from bench import bench_sync

    _say(f"sync: {records:,} records as an organization's role, walls up and down…")
    plain, walled = bench_sync.measure_walls(records, runs=5)
    ratio = _ratio(walled, plain)
    return Row(
        f"Sync of {records:,} records as an organization's role, the walls up",
        f"{walled:,.2f} s",
        f"{plain:,.2f} s (the same sync without the walls)",
        f"{ratio:.2f}×",
        f"≤ {bench_sync.GOAL_WALLS}×",
        ratio <= bench_sync.GOAL_WALLS,
    )


# --- all of them ----------------------------------------------------------------------


BENCHMARKS = (
    "startup",
    "lists",
    "pickers",
    "search",
    "calendar",
    "sync",
)  # --only picks among them


def run(db_path: str, only: set[str] | None = None, sync_records: int = 10_000) -> list[Row]:
    """The rows of the benchmarks named in ``only`` (all of them by default), in order."""
    chosen = set(BENCHMARKS) if only is None else only
    db = open_database(db_path)  # brings an older file to the current schema first
    with db.reading() as session:
        people = session.execute(text("SELECT count(*) FROM person")).scalar_one()
    rows: list[Row] = []
    memory: list[Row] = []
    if "startup" in chosen:
        start_row, filled_row, memory_row = startup_and_memory(db_path, people)
        rows += [start_row, filled_row]
        memory.append(memory_row)
    if "lists" in chosen:
        rows.append(people_list(db_path))
    if "pickers" in chosen:
        rows.append(person_picker(db, db_path))
    if "search" in chosen:
        rows.append(search_as_you_type(db, db_path))
    if "calendar" in chosen:
        rows.append(calendar_export(db))
    rows += memory
    if "sync" in chosen:
        rows.append(sync(sync_records))
        rows.append(sync_walls(sync_records))
    db.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="generate a tenth of the full size")
    parser.add_argument(
        "--db", type=Path, help="measure this generated database instead of making one"
    )
    parser.add_argument(
        "--only",
        metavar="NAMES",
        help=f"these benchmarks alone, separated by commas, among: {', '.join(BENCHMARKS)}",
    )
    args = parser.parse_args()
    only = None
    if args.only:
        only = {name.strip() for name in args.only.split(",") if name.strip()}
        unknown = only - set(BENCHMARKS)
        if unknown:
            parser.error(f"no benchmark named {', '.join(sorted(unknown))}")
    line = machine()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="coalition-bench-") as folder:
        if args.db is not None:
            if not args.db.exists():
                raise SystemExit(f"{args.db} does not exist")
            path = args.db
        else:
            path = Path(folder) / "bench.db"
            size = "quick" if args.quick else "full"
            _say(f"generating the {size} database in {path}…")
            generate(path, SIZES[size])
        rows = run(str(path), only, 1_000 if args.quick else 10_000)
    _say(f"done in {time.perf_counter() - started:.0f} s")
    print("| benchmark | figure | baseline | ratio | goal | met |")
    print("|---|---:|---:|---:|---|---|")
    for row in rows:
        print(row.markdown())
    print()
    print(line)


if __name__ == "__main__":
    main()
