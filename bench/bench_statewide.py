"""A statewide directory: imports and sync at 600,000 people.

    python -m bench.bench_statewide [--people N] [--changed N] [--runs R] [--keep FOLDER]

A statewide movement's directory is made first: N people (600,000 by default) with an
e-mail address, a phone number, a ZIP code, a county and a membership in one of 500
organizations, and 2,000 events hosted by them.  It is written through the app's own
bulk path (:func:`coalition.store.changes.insert_rows` inside ``@writes``
transactions of 20,000 people, as an import writes them), so the database holds what
the app would: owners stamped, the audit trail, the sync outbox and the search index.

Then, each measurement in a child process of its own (wall time, processor time and
peak resident memory are its own), against a baseline measured in the same run:

- the import of an N-row people CSV (bench/bench_import.py's file, with its run of
  Windows-1252 lines) with the app's importer, progress reported, against ``csv.reader``
  plus one ``executemany`` into a bare SQLite table (goal: ≤ 60 s at 600,000 rows);
- the first sync of the whole directory to a new laptop (an empty database pulling
  everything from a PostgreSQL server the directory was pushed to), against a
  ``COPY … TO STDOUT`` of the same tables plus one ``executemany`` of their rows into
  bare SQLite tables (goal: ≤ 3×);
- a sync of ``--changed`` people edited on that laptop (through ``update_person``,
  100 to a transaction), against one COPY of the same rows into an empty table (goal:
  ≤ 5×): measured twice, as the window syncs (in a process that synced once already,
  the driver loaded: the people edited there, then their sync timed) and as a new
  process's ``coalition sync`` (the driver's import and the first connection timed too);
- the peak memory of the import and of the first sync against the bare process (the
  same modules imported, the database opened; goal: ≤ bare + 300 MiB).

The PostgreSQL server is started on loopback from the machine's binaries by the test
suite's helper (tests/pgserver.py), and stopped at the end.  ``--people 60000`` gives
the same ratios in a tenth of the time.  The table goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.run import Row

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
PEOPLE = 600_000
EVENTS = 2_000
ORGANIZATIONS = 500
PER_TRANSACTION = 20_000
CHANGED = 10_000
GOAL_IMPORT_SECONDS = 60.0
GOAL_FIRST_SYNC = 3.0
GOAL_CHANGED_SYNC = 5.0
GOAL_EXTRA_MIB = 300.0
# The tables a first sync brings (those the directory fills): copied by the baseline.
SHARED = ("organization", "person", "person_email", "person_phone", "membership", "event",
          "event_host")  # fmt: skip

# fmt: off
FIRST = [
    "Ana", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Iris", "Jamal", "Kai",
    "Lena", "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "José", "Zoë",
    "María", "Inés", "Raúl", "Lucía", "Søren", "Chloé", "Björn", "Minh", "Aisha", "Kwame",
]
LAST = [
    "Garcia", "Smith", "Nguyen", "Patel", "Kim", "Okafor", "Rossi", "Müller", "Novak", "Silva",
    "Cohen", "Haddad", "Tanaka", "Johnson", "Brown", "Lopez", "Núñez", "Peña", "Ibáñez",
    "Hernández", "Martínez", "Rodríguez", "Ortiz", "Castillo", "Reyes", "Chen", "Singh",
]
COUNTIES = [
    "Alameda", "Fresno", "Kern", "Los Angeles", "Orange", "Riverside", "Sacramento",
    "San Bernardino", "San Diego", "San Francisco", "San Joaquin", "Santa Clara", "Ventura",
]
# fmt: on


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- the directory ------------------------------------------------------------------------


def make_directory(path: Path, people: int) -> None:
    """The statewide directory at ``path``, written through the app's bulk path."""
    from coalition.store import open_database

    db = open_database(path)
    rng = random.Random(600)
    with db.session() as session:
        org_ids = _add_organizations(session)
    for start in range(0, people, PER_TRANSACTION):
        with db.session() as session:
            _add_people(session, rng, org_ids, start, min(PER_TRANSACTION, people - start))
        _say(f"  {min(start + PER_TRANSACTION, people):,} people")
    with db.session() as session:
        _add_events(session, rng, org_ids)
    db.close()


def _writes(label: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    from coalition.store.changes import writes

    return writes(label)


@_writes("Add organizations")
def _add_organizations(session: Any) -> list[str]:
    from coalition.store.base import sort_key, utcnow
    from coalition.store.changes import insert_rows, new_row
    from coalition.store.models import Organization

    now = utcnow()
    rows = []
    for n in range(ORGANIZATIONS):
        name = f"{COUNTIES[n % len(COUNTIES)]} for the Plebiscite {n:03d}"
        rows.append(
            new_row(Organization, now, name=name, sort_name=sort_key(name), home_state="CA")
        )
    ids = [row["id"] for row in rows]
    insert_rows(session, Organization, rows)
    return ids


@_writes("Import contacts")
def _add_people(
    session: Any, rng: random.Random, org_ids: list[str], start: int, count: int
) -> None:
    """People as an import writes them: person, e-mail, phone, membership."""
    from coalition.store.base import sort_key, utcnow
    from coalition.store.changes import insert_rows, new_row
    from coalition.store.models import Membership, Person, PersonEmail, PersonPhone

    now = utcnow()
    people, emails, phones, members = [], [], [], []
    for n in range(start, start + count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        person = new_row(
            Person, now, name=name, sort_name=sort_key(name), state="CA",
            postal_code=f"9{rng.randrange(10_000):04d}", county=rng.choice(COUNTIES),
        )  # fmt: skip
        pid = person["id"]
        people.append(person)
        emails.append(new_row(PersonEmail, now, person_id=pid, address=f"p{n}@example.org"))
        phones.append(
            new_row(PersonPhone, now, person_id=pid, number=f"+1 916-555-{n % 10_000:04d}")
        )
        members.append(
            new_row(Membership, now, person_id=pid, organization_id=rng.choice(org_ids),
                    role="Volunteer" if n % 3 else "Supporter")
        )  # fmt: skip
    for model, rows in ((Person, people), (PersonEmail, emails), (PersonPhone, phones),
                        (Membership, members)):  # fmt: skip
        insert_rows(session, model, rows)


@_writes("Add events")
def _add_events(session: Any, rng: random.Random, org_ids: list[str]) -> None:
    import datetime as dt

    from coalition.store.base import utcnow
    from coalition.store.changes import insert_rows, new_row
    from coalition.store.models import Event, EventHost

    now = utcnow()
    events, hosts = [], []
    first = dt.datetime(2027, 1, 9, 10, 0)
    for n in range(EVENTS):
        local = first + dt.timedelta(days=n // 6, hours=2 * (n % 6))
        county = COUNTIES[n % len(COUNTIES)]
        event = new_row(
            Event, now, name=f"Signature drive, {county} #{n}", starts_local=local,
            ends_local=local + dt.timedelta(hours=2), time_zone="America/Los_Angeles",
            starts_at=(local + dt.timedelta(hours=8)).replace(tzinfo=dt.UTC),
            place=f"{county} public library", state="CA", county=county, questions=[],
            uid=f"event-{n}@coalition.example",
        )  # fmt: skip
        events.append(event)
        hosts.append(
            new_row(EventHost, now, event_id=event["id"], organization_id=rng.choice(org_ids))
        )
    insert_rows(session, Event, events)
    insert_rows(session, EventHost, hosts)


@_writes("Edit people")
def _edit_people(session: Any, ids: list[str], round_: int) -> None:
    from dataclasses import replace

    from coalition.directory import records as directory

    for person_id in ids:
        current = directory.person_input(directory.get_person(session, person_id))
        directory.update_person(
            session, person_id, replace(current, notes=f"Canvassed, round {round_}")
        )


# --- the children: each measurement in a process of its own ------------------------------


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mib() -> float:
    """This process's peak resident memory.  Not ``ru_maxrss``: Linux keeps that across
    ``exec``, so a child would report its parent's peak when the parent's was larger."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _report(started: float, cpu: float, **extra: Any) -> None:
    peak = _peak_mib()
    figures = {"wall": time.perf_counter() - started, "cpu": _cpu() - cpu, "mib": peak}
    print(json.dumps({**figures, **extra}))


def _child_bare(db_path: str) -> None:
    """The bare process: the same modules, the database opened, nothing done."""
    import coalition.directory.importers
    import coalition.sync.run  # noqa: F401
    from coalition.store import open_database

    started, cpu = time.perf_counter(), _cpu()
    open_database(db_path).close()
    _report(started, cpu)


def _child_import(db_path: str, csv_path: str) -> None:
    from coalition.directory import importers
    from coalition.store import open_database

    db = open_database(db_path)
    calls = [0]

    def progress(_done: int, _total: int) -> None:
        calls[0] += 1

    started, cpu = time.perf_counter(), _cpu()
    with db.session() as session:
        report = importers.import_file(session, csv_path, "people", progress=progress)
    db.close()
    _report(started, cpu, lines=report.lines(), progress=calls[0])


def _child_import_baseline(db_path: str, csv_path: str) -> None:
    import sqlite3

    from coalition.directory.csvread import read_table

    started, cpu = time.perf_counter(), _cpu()
    text = read_table(csv_path, limit=0).text  # decoded as the import decodes it
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE person (name, email, phone, state, organization, role)")
    connection.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?)", reader)
    connection.commit()
    connection.close()
    _report(started, cpu)


def _child_sync(db_path: str, url: str) -> None:
    from sqlalchemy.engine import make_url

    from coalition.store import open_database
    from coalition.sync import run as sync_run
    from coalition.sync.connection import ServerProfile

    parsed = make_url(url)
    local = open_database(db_path)
    started, cpu = time.perf_counter(), _cpu()
    report = sync_run.sync(local, ServerProfile.from_url(parsed), parsed.password)
    local.close()
    _report(started, cpu, sent=report.sent, received=report.received)


def _child_sync_in_window(db_path: str, url: str, ids_path: str, round_: str) -> None:
    """A sync as the window's does it after its first: this process synced once (the
    driver loaded, the server's engine set up), then the people are edited here, then
    the sync of those edits is timed."""
    import gc

    from sqlalchemy.engine import make_url

    from coalition.store import open_database
    from coalition.sync import run as sync_run
    from coalition.sync.connection import ServerProfile

    parsed = make_url(url)
    profile = ServerProfile.from_url(parsed)
    local = open_database(db_path)
    started, cpu = time.perf_counter(), _cpu()
    sync_run.sync(local, profile, parsed.password)
    first = {"wall": time.perf_counter() - started, "cpu": _cpu() - cpu}
    ids = json.loads(Path(ids_path).read_text())
    edits = time.perf_counter()
    for start in range(0, len(ids), 100):
        with local.session() as session:
            _edit_people(session, ids[start : start + 100], int(round_))
    edits = time.perf_counter() - edits
    gc.collect()
    started, cpu = time.perf_counter(), _cpu()
    report = sync_run.sync(local, profile, parsed.password)
    local.close()
    _report(started, cpu, sent=report.sent, received=report.received, first=first, edits=edits)


def _psycopg(url: str) -> Any:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(
        host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database
    )


def _child_copy_out(db_path: str, url: str) -> None:
    """COPY each shared table TO STDOUT, then one executemany a table into bare SQLite
    tables of the same columns."""
    import sqlite3

    from coalition.store.base import Base

    started, cpu = time.perf_counter(), _cpu()
    target = sqlite3.connect(db_path)
    rows_in = 0
    with _psycopg(url) as conn, conn.cursor() as cur:
        for name in SHARED:
            names = [c.name for c in Base.metadata.tables[name].columns]
            buffer = io.BytesIO()
            with cur.copy(f"COPY {name} ({', '.join(names)}) TO STDOUT (FORMAT csv)") as copy:
                for data in copy:
                    buffer.write(data)
            rows = list(csv.reader(io.StringIO(buffer.getvalue().decode(), newline="")))
            target.execute(f"CREATE TABLE {name} ({', '.join(names)})")
            marks = ", ".join("?" for _ in names)
            target.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
            rows_in += len(rows)
    target.commit()
    target.close()
    _report(started, cpu, rows=rows_in)


CHILDREN: dict[str, Callable[..., None]] = {
    "bare": _child_bare,
    "import": _child_import,
    "import-baseline": _child_import_baseline,
    "sync": _child_sync,
    "sync-in-window": _child_sync_in_window,
    "copy-out": _child_copy_out,
}


def _child(what: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_statewide", "--child", what, *args],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the measurements ----------------------------------------------------------------------


def _server() -> Any:
    sys.path.insert(0, str(ROOT / "tests"))
    import pgserver

    return pgserver.PostgresServer().start()


def _s(seconds: float) -> str:
    return f"{seconds:,.1f} s"


def measure_import(folder: Path, people: int) -> list[Row]:
    from bench.bench_import import make_file
    from bench.run import Row
    from coalition.store import open_database

    _say(f"import of {people:,} rows…")
    csv_path = folder / "people.csv"
    make_file(csv_path, people)
    base = _child("import-baseline", str(folder / "import-baseline.db"), str(csv_path))
    open_database(folder / "import.db").close()  # migrated before the clock starts
    ours = _child("import", str(folder / "import.db"), str(csv_path))
    bare = _child("bare", str(folder / "import.db"))
    _say(f"  {ours['lines'][0]}; progress told {ours['progress']} times")
    _say(f"  import {ours}, baseline {base}, bare {bare}")
    goal = GOAL_IMPORT_SECONDS * people / PEOPLE
    ratio = ours["cpu"] / base["cpu"]
    return [
        Row(
            f"Import of a {people:,}-row people CSV (processor time; wall {_s(ours['wall'])})",
            _s(ours["cpu"]),
            f"{_s(base['cpu'])} (csv.reader + one executemany into a bare table)",
            f"{ratio:.1f}×",
            f"≤ {goal:,.1f} s ({GOAL_IMPORT_SECONDS:.0f} s at {PEOPLE:,})",
            ours["cpu"] <= goal,
        ),
        _memory_row(f"Peak memory of the {people:,}-row import", ours, bare),
    ]


def _memory_row(what: str, ours: dict[str, Any], bare: dict[str, Any]) -> Row:
    from bench.run import Row

    return Row(
        what,
        f"{ours['mib']:,.0f} MiB",
        f"{bare['mib']:,.0f} MiB (bare process)",
        f"{ours['mib'] / bare['mib']:.2f}×",
        f"≤ bare + {GOAL_EXTRA_MIB:.0f} MiB",
        ours["mib"] <= bare["mib"] + GOAL_EXTRA_MIB,
    )


def measure_sync(folder: Path, people: int, changed: int, runs: int) -> list[Row]:
    import shutil

    from sqlalchemy import select

    from bench.run import Row
    from coalition.store import open_database
    from coalition.store.models import Person

    directory = folder / "directory.db"
    _say(f"the directory: {people:,} people, {EVENTS:,} events…")
    started = time.perf_counter()
    make_directory(directory, people)
    _say(f"  made in {time.perf_counter() - started:.0f} s")
    server = _server()
    rows: list[Row] = []
    try:
        url = server.create_database("statewide")
        open_database(url).close()  # the coalition's schema, by the migrations
        _say("first push of the directory to the server…")
        push = _child("sync", str(directory), url)
        _say(f"  {push}")
        rows.append(
            Row(
                f"First push of {people:,} people from the laptop that made them",
                _s(push["wall"]),
                "n/a",
                "n/a",
                "none (shown for what it tells)",
                None,
            )
        )
        firsts, copies = [], []
        for run in range(runs):
            laptop = folder / f"laptop{run}.db"
            laptop.unlink(missing_ok=True)
            open_database(laptop).close()
            _say(f"first sync to a new laptop ({run + 1}/{runs})…")
            firsts.append(_child("sync", str(laptop), url))
            _say(f"  {firsts[-1]}")
            copies.append(_child("copy-out", str(folder / f"copy{run}.db"), url))
            _say(f"  COPY out + bulk insert: {copies[-1]}")
            if run < runs - 1:
                (folder / f"copy{run}.db").unlink()
        first = statistics.median(r["wall"] for r in firsts)
        copy = statistics.median(r["wall"] for r in copies)
        rows.append(
            Row(
                f"First sync of {people:,} people to a new laptop ({firsts[0]['received']:,} "
                f"records; processor {_s(statistics.median(r['cpu'] for r in firsts))})",
                _s(first),
                f"{_s(copy)} (COPY … TO STDOUT + bulk SQLite insert, {copies[0]['rows']:,} rows)",
                f"{first / copy:.1f}×",
                f"≤ {GOAL_FIRST_SYNC:.0f}×",
                first / copy <= GOAL_FIRST_SYNC,
            )
        )
        bare = _child("bare", str(folder / "laptop0.db"))
        rows.append(_memory_row(f"Peak memory of the first sync of {people:,}", firsts[0], bare))
        laptop = folder / "laptop0.db"
        db = open_database(laptop)
        with db.reading() as session:
            ids = list(session.scalars(select(Person.id).order_by(Person.id).limit(changed)))
        db.close()
        (folder / "ids.json").write_text(json.dumps(ids))
        syncs, windows, copies = [], [], []
        for run in range(runs):
            _say(f"sync of {changed:,} people edited on the laptop ({run + 1}/{runs})…")
            db = open_database(laptop)
            for start in range(0, len(ids), 100):
                with db.session() as session:
                    _edit_people(session, ids[start : start + 100], run)
            db.close()
            shutil.copyfile(laptop, folder / "before-sync.db")
            syncs.append(_child("sync", str(laptop), url) | {"load": os.getloadavg()[0]})
            _say(f"  a new process (coalition sync): {syncs[-1]}")
            copies.append(_copy_in(server, laptop, ids))
            _say(f"  one COPY of the same rows: {copies[-1]:.3f} s")
            windows.append(
                _child("sync-in-window", str(laptop), url, str(folder / "ids.json"), str(run + 100))
                | {"load": os.getloadavg()[0]}
            )
            _say(f"  in the window, after its first sync: {windows[-1]}")
            copies.append(_copy_in(server, laptop, ids))
            _say(f"  one COPY of the same rows: {copies[-1]:.3f} s")
        copy = statistics.median(copies)
        for label, figures in (
            ("in the window, after its first sync", windows),
            ("a new process, `coalition sync`", syncs),
        ):
            seconds = statistics.median(r["wall"] for r in figures)
            cpu = statistics.median(r["cpu"] for r in figures)
            rows.append(
                Row(
                    f"Sync of {changed:,} people edited on a laptop of {people:,} (push, merge, "
                    f"pull), {label} (processor {cpu:.2f} s; load {figures[0]['load']:.1f})",
                    f"{seconds * 1000:,.0f} ms",
                    f"{copy * 1000:,.0f} ms (one COPY of the same rows, median of "
                    f"{len(copies)}: {', '.join(f'{c * 1000:.0f}' for c in copies)})",
                    f"{seconds / copy:.1f}×",
                    f"≤ {GOAL_CHANGED_SYNC:.0f}×",
                    seconds / copy <= GOAL_CHANGED_SYNC,
                )
            )
    finally:
        server.stop()
    return rows


def _copy_in(server: Any, laptop: Path, ids: list[str]) -> float:
    """One COPY of the laptop's rows of these people into an empty database's table."""
    from sqlalchemy import select

    from coalition.store import open_database
    from coalition.store.base import Base

    table = Base.metadata.tables["person"]
    names = [c.name for c in table.columns]
    db = open_database(laptop)
    with db.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(select(*table.c).where(table.c.id.in_(ids)))]
    db.close()
    target = server.create_database("statewide_copy")
    open_database(target).close()
    with _psycopg(target) as conn:
        started = time.perf_counter()
        with conn.cursor() as cur, cur.copy(f"COPY person ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        elapsed = time.perf_counter() - started
    server.drop_database("statewide_copy")
    return elapsed


BENCHMARKS = ("import", "sync")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        profile = os.environ.get("BENCH_PROFILE")  # a folder: each child's cProfile there
        if not profile:
            CHILDREN[sys.argv[2]](*sys.argv[3:])
            return
        import cProfile

        out = Path(profile) / f"{sys.argv[2]}-{time.time_ns()}.prof"
        cProfile.runctx("CHILDREN[sys.argv[2]](*sys.argv[3:])", globals(), locals(), str(out))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=PEOPLE)
    parser.add_argument("--changed", type=int, default=CHANGED)
    parser.add_argument("--runs", type=int, default=1, help="runs of each sync (median)")
    parser.add_argument("--only", metavar="NAMES", help="import or sync (default: both)")
    parser.add_argument("--keep", metavar="FOLDER", help="leave the files there")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else set(BENCHMARKS)
    from bench.run import machine

    line = machine()
    started = time.perf_counter()

    def measure(folder: Path) -> list[Row]:
        rows: list[Row] = []
        if "import" in only:
            rows += measure_import(folder, args.people)
        if "sync" in only:
            rows += measure_sync(folder, args.people, min(args.changed, args.people), args.runs)
        return rows

    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        rows = measure(folder)
    else:
        with tempfile.TemporaryDirectory(prefix="coalition-statewide-") as tmp:
            rows = measure(Path(tmp))
    _say(f"done in {time.perf_counter() - started:.0f} s")
    print("| benchmark | figure | baseline | ratio | goal | met |")
    print("|---|---:|---:|---:|---|---|")
    for row in rows:
        print(row.markdown())
    print()
    print(line)


if __name__ == "__main__":
    main()
