"""Benchmark 6: a sync of 10,000 changed records through a real PostgreSQL server.

    python -m bench.bench_sync [--records N] [--runs R]

A laptop database holds N organizations made in transactions of 100 (as organizers
make them, a few at a time), all waiting in its outbox.  The figure is one whole sync
(push, merge on the server, pull back) into an empty coalition database; the baseline
is one COPY of the same N rows into the same table of another empty database on the
same server — the fastest way PostgreSQL can take them.  The server is started on
loopback from the machine's PostgreSQL binaries, as the test suite does, and stopped.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from coalition import sync
from coalition.store import open_database
from coalition.store.base import Base
from coalition.store.changes import writes

ROOT = Path(__file__).resolve().parent.parent
GOAL_SECONDS = 10.0
GOAL_RATIO = 5.0


def _server():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "tests"))
    import pgserver

    return pgserver.PostgresServer().start()


def _laptop(folder: Path, records: int) -> Path:
    path = folder / "laptop.db"
    db = open_database(path)
    with db.session() as session:
        for start in range(0, records, 100):
            _add_batch(session, start, min(100, records - start))
    db.close()
    return path


@writes("Add organizations")
def _add_batch(session, start: int, count: int) -> None:  # type: ignore[no-untyped-def]
    from coalition.store.models import Organization

    for n in range(start, start + count):
        session.add(
            Organization(
                name=f"Allied group {n:05d}", home_state="CA", website=f"https://g{n}.example.org",
                notes="Met at the state convention; endorses the plebiscite.",
            )
        )


def _copy_baseline(server, path: Path) -> float:  # type: ignore[no-untyped-def]
    """One COPY of the laptop's organization rows into an empty database's table."""
    db = open_database(path)
    table = Base.metadata.tables["organization"]
    names = [c.name for c in table.columns]
    with db.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(select(*[table.c[n] for n in names]))]
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
            with cur.copy(f"COPY organization ({', '.join(names)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        conn.commit()
        elapsed = time.perf_counter() - started
    server.drop_database("bench_copy")
    return elapsed


def _one_sync(server, template: Path, folder: Path, run: int) -> float:  # type: ignore[no-untyped-def]
    local_path = folder / f"run{run}.db"
    shutil.copyfile(template, local_path)
    name = f"bench_sync_{run}"
    url = make_url(server.create_database(name))
    open_database(url.render_as_string(hide_password=False)).close()  # the coalition's server exists
    profile = sync.ServerProfile.from_url(url)
    local = open_database(local_path)
    try:
        started = time.perf_counter()
        report = sync.sync(local, profile, url.password)
        elapsed = time.perf_counter() - started
    finally:
        local.close()
        server.drop_database(name)
    assert report.sent > 0
    return elapsed


def measure(records: int, runs: int = 5) -> tuple[float, float]:
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
            template = _laptop(folder, records)
            _one_sync(server, template, folder, 0)  # warm-up
            _copy_baseline(server, template)
            for run in range(1, runs + 1):
                syncs.append(_one_sync(server, template, folder, run))
                copies.append(_copy_baseline(server, template))
    finally:
        server.stop()
    return statistics.median(syncs), statistics.median(copies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    seconds, copy = measure(args.records, args.runs)
    print(f"sync of {args.records:,} records: {seconds:.2f} s; one COPY: {copy:.3f} s; "
          f"ratio {seconds / copy:.1f}x (goals: <= {GOAL_SECONDS:.0f} s and <= {GOAL_RATIO:.0f}x)")


if __name__ == "__main__":
    main()
