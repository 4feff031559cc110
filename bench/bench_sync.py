"""Benchmark 6: a sync of 10,000 changed records through a real PostgreSQL server.

    python -m bench.bench_sync [--records N] [--runs R] [--tagged] [--walls]

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

``--walls``: the same sync as one organization's database role on a server with the
walls between organizations up (:mod:`coalition.sync.walls`: row-level security, the
log's author stamped by the server), against the same sync as the server's owner on
a server without them, turn about in the same run; the figure is their ratio.  The
laptop's records are all the organization's own, so the walls let every one through.
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
GOAL_WALLS = 1.2  # a walled sync against the same without walls
# The organization whose records the laptop makes (and whose role syncs them, walled).
ORG_ID = "0b0b0b0b-0000-4000-8000-000000000001"


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
            tags[name] = Tag(name=name, owner_org_id=ORG_ID)
            session.add(tags[name])
    for n in range(start, start + count):
        group = Organization(
            name=f"Allied group {n:05d}",
            home_state="CA",
            website=f"https://g{n}.example.org",
            notes="Met at the state convention; endorses the plebiscite.",
            owner_org_id=ORG_ID,
        )
        session.add(group)
        session.flush()
        for name in ("ballot", f"region {n % 10}"):
            session.add(
                OrganizationTag(organization_id=group.id, tag=tags[name], owner_org_id=ORG_ID)
            )


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
                owner_org_id=ORG_ID,
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


def _wall(server, url: Any, role: str) -> Any:  # type: ignore[no-untyped-def]  # pgserver is the tests' helper (tests/pgserver.py), importable only once _server puts tests/ on sys.path
    """Put the walls up on the database at ``url`` and make ``role`` a member of the
    laptop's organization; returns the URL to sync as that role."""
    from coalition.store.models import Organization
    from coalition.sync import walls

    db = open_database(url.render_as_string(hide_password=False))
    with db.engine.begin() as conn:
        walls.install(conn)
        conn.execute(
            Organization.__table__.insert(),
            [{"id": ORG_ID, "name": "Bench Alliance", "owner_org_id": ORG_ID}],
        )
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'bench-{role}'")
        walls.record_role(conn, role, ORG_ID, "member", "Bench Organizer")
        for statement in walls.role_sql(conn, role, str(url.database)):
            conn.exec_driver_sql(statement)
    db.close()
    return url.set(username=role, password=f"bench-{role}")


def _one_sync(server, template: Path, folder: Path, run: int, walled: bool = False) -> float:  # type: ignore[no-untyped-def]  # pgserver is the tests' helper (tests/pgserver.py), importable only once _server puts tests/ on sys.path
    from sqlalchemy import event

    local_path = folder / f"run{run}{'w' if walled else ''}.db"
    shutil.copyfile(template, local_path)
    name = f"bench_sync_{run}{'_walled' if walled else ''}"
    role = f"bench_org_{run}"
    url = make_url(server.create_database(name))
    open_database(
        url.render_as_string(hide_password=False)
    ).close()  # the coalition's server exists
    if walled:
        url = _wall(server, url, role)
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
        if walled:
            with server.connect() as conn:
                conn.execute(f"DROP ROLE IF EXISTS {role}")
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


def measure_walls(records: int, runs: int = 5, tagged: bool = False) -> tuple[float, float]:
    """(median sync seconds without walls, the same with them) for ``records`` records,
    the two made turn about."""
    server = _server()
    plain: list[float] = []
    walled: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            template = _laptop(folder, records, tagged)
            _one_sync(server, template, folder, 0)  # warm-up
            _one_sync(server, template, folder, 0, walled=True)
            for run in range(1, runs + 1):
                plain.append(_one_sync(server, template, folder, run))
                walled.append(_one_sync(server, template, folder, run, walled=True))
    finally:
        server.stop()
    return statistics.median(plain), statistics.median(walled)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tagged", action="store_true", help="organizations with two tags each")
    parser.add_argument(
        "--walls", action="store_true", help="as an organization's role, walls up, against none"
    )
    args = parser.parse_args()
    if args.walls:
        plain, walled = measure_walls(args.records, args.runs, args.tagged)
        print(
            f"sync of {args.records:,} records{' (tagged)' if args.tagged else ''}: "
            f"{plain:.2f} s as the owner without walls, {walled:.2f} s as an organization's "
            f"role with them; ratio {walled / plain:.2f}x (goal: <= {GOAL_WALLS}x)"
        )
        return
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
