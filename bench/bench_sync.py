"""Benchmark 6: a sync of 10,000 changed records through a real PostgreSQL server.

    python -m bench.bench_sync [--records N] [--runs R] [--tagged]

A laptop database holds N organizations made in transactions of 100 (as organizers
make them, a few at a time), all waiting in its outbox.  The figure is one whole sync
(push, merge on the server, pull back) into an empty coalition database; the baseline
is one COPY of the same N rows into the same table of another empty database on the
same server — the fastest way PostgreSQL can take them.  The server is started on
loopback from the machine's PostgreSQL binaries, as the test suite does, and stopped.

``--tagged``: a third as many organizations, each with two tags (one all share, one of
ten regions), so N changes again, a third of them new records of a table with a natural
key (one tag on one group); the baseline is then a COPY of the organizations, the tags
and the links.  The statements the sync sent to the server are counted too (on a
network, each costs a round trip).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from coalition.store import open_database
from coalition.store.base import Base
from coalition.store.changes import writes
from coalition.sync import run as sync_run
from coalition.sync.connection import ServerProfile

ROOT = Path(__file__).resolve().parent.parent
GOAL_SECONDS = 10.0
GOAL_RATIO = 5.0


def _server():  # type: ignore[no-untyped-def]  # pgserver is the tests' helper (tests/pgserver.py), importable only once _server puts tests/ on sys.path
    sys.path.insert(0, str(ROOT / "tests"))
    import pgserver

    return pgserver.PostgresServer().start()


def _laptop(folder: Path, records: int, tagged: bool = False) -> Path:
    path = folder / "laptop.db"
    db = open_database(path)
    with db.session() as session:
        if tagged:
            groups = records // 3
            for start in range(0, groups, 50):
                _add_tagged_batch(session, start, min(50, groups - start))
        else:
            for start in range(0, records, 100):
                _add_batch(session, start, min(100, records - start))
    db.close()
    return path


@writes("Add tagged organizations")
def _add_tagged_batch(session: Session, start: int, count: int) -> None:
    from coalition.store.models import Organization, OrganizationTag, Tag

    tags = {t.name: t for t in session.query(Tag)}
    for name in ["ballot", *(f"region {r}" for r in range(10))]:
        if name not in tags:
            tags[name] = Tag(name=name)
            session.add(tags[name])
    for n in range(start, start + count):
        group = Organization(
            name=f"Allied group {n:05d}",
            home_state="CA",
            website=f"https://g{n}.example.org",
            notes="Met at the state convention; endorses the plebiscite.",
        )
        session.add(group)
        session.flush()
        for name in ("ballot", f"region {n % 10}"):
            session.add(OrganizationTag(organization_id=group.id, tag=tags[name]))


@writes("Add organizations")
def _add_batch(session: Session, start: int, count: int) -> None:
    from coalition.store.models import Organization

    for n in range(start, start + count):
        session.add(
            Organization(
                name=f"Allied group {n:05d}",
                home_state="CA",
                website=f"https://g{n}.example.org",
                notes="Met at the state convention; endorses the plebiscite.",
            )
        )


TABLES = ("organization",)
TAGGED_TABLES = ("tag", "organization", "organization_tag")


def _copy_baseline(server, path: Path, tables: tuple[str, ...] = TABLES) -> float:  # type: ignore[no-untyped-def]  # pgserver is the tests' helper (tests/pgserver.py), importable only once _server puts tests/ on sys.path
    """One COPY of the laptop's rows of each table into an empty database's tables."""
    db = open_database(path)
    data = {}
    with db.engine.connect() as conn:
        for name in tables:
            table = Base.metadata.tables[name]
            names = [c.name for c in table.columns]
            data[name] = (
                names,
                [tuple(r) for r in conn.execute(select(*[table.c[n] for n in names]))],
            )
    db.close()
    target = server.create_database("bench_copy")
    open_database(target).close()  # the schema, by the migrations
    import psycopg

    url = make_url(target)
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, password=url.password, dbname=url.database
    ) as conn:
        started = time.perf_counter()
        with conn.cursor() as cur:
            for name, (names, rows) in data.items():
                with cur.copy(f"COPY {name} ({', '.join(names)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        conn.commit()
        elapsed = time.perf_counter() - started
    server.drop_database("bench_copy")
    return elapsed


STATEMENTS: list[int] = []  # the statements each sync sent to the server


def _one_sync(server, template: Path, folder: Path, run: int) -> float:  # type: ignore[no-untyped-def]  # pgserver is the tests' helper (tests/pgserver.py), importable only once _server puts tests/ on sys.path
    from sqlalchemy import event

    local_path = folder / f"run{run}.db"
    shutil.copyfile(template, local_path)
    name = f"bench_sync_{run}"
    url = make_url(server.create_database(name))
    open_database(
        url.render_as_string(hide_password=False)
    ).close()  # the coalition's server exists
    profile = ServerProfile.from_url(url)
    local = open_database(local_path)
    sent = [0]
    connect = sync_run.connect  # the sync's own reference to it, counted while it runs

    def counted(*args: Any, **kwargs: Any) -> Any:  # sync.connect, counting what it sends
        remote = connect(*args, **kwargs)
        event.listen(
            remote.engine, "before_cursor_execute", lambda *_: sent.__setitem__(0, sent[0] + 1)
        )
        return remote

    sync_run.connect = counted
    try:
        started = time.perf_counter()
        report = sync_run.sync(local, profile, url.password)
        elapsed = time.perf_counter() - started
    finally:
        sync_run.connect = connect
        local.close()
        server.drop_database(name)
    assert report.sent > 0
    STATEMENTS.append(sent[0])
    return elapsed


def measure(records: int, runs: int = 5, tagged: bool = False) -> tuple[float, float]:
    """(median sync seconds, median COPY seconds) for ``records`` organizations.

    Each sync is followed by its COPY, so that both see the machine as it is then (on a
    shared machine the speed of the disk and the processor drifts from minute to minute).
    """
    server = _server()
    syncs: list[float] = []
    copies: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            template = _laptop(folder, records, tagged)
            tables = TAGGED_TABLES if tagged else TABLES
            _one_sync(server, template, folder, 0)  # warm-up
            _copy_baseline(server, template, tables)
            for run in range(1, runs + 1):
                syncs.append(_one_sync(server, template, folder, run))
                copies.append(_copy_baseline(server, template, tables))
    finally:
        server.stop()
    return statistics.median(syncs), statistics.median(copies)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tagged", action="store_true", help="organizations with two tags each")
    args = parser.parse_args()
    seconds, copy = measure(args.records, args.runs, args.tagged)
    what = "records (a third organizations, with their tags)" if args.tagged else "records"
    print(
        f"sync of {args.records:,} {what}: {seconds:.2f} s, {statistics.median(STATEMENTS):,.0f} "
        "statements "
        f"to the server; one COPY: {copy:.3f} s; ratio {seconds / copy:.1f}x "
        f"(goals: <= {GOAL_SECONDS:.0f} s and <= {GOAL_RATIO:.0f}x)"
    )


if __name__ == "__main__":
    main()
