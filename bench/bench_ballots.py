"""Benchmark: ballots taken through the decisions' walls on a real PostgreSQL server.

    python -m bench.bench_ballots [--ballots N] [--runs R]

N ballots go in by one INSERT ... SELECT, as a walled push moves a table's new records
on from its scratch table (:mod:`coalition.sync.server`), once as a delegate's role
(its own organization's ballots) and once as a coordinator's (the chair's), with the
check of each ballot (:mod:`coalition.sync.walls_decisions`) and without it (the
trigger disabled, the rest of the walls up), turn about.  The figures are what the
check adds a ballot, and the ratio of the two inserts, each the best of R runs (on a
shared machine a median of a few milliseconds is mostly the neighbours' load).  The
server is started on loopback from the machine's PostgreSQL binaries, as the test suite
does, and stopped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from bench.bench_sync import _server
from coalition.store import open_database

ORG_ID = "0b0b0b0b-0000-4000-8000-000000000001"
PROPOSAL_ID = "0b0b0b0b-0000-4000-8000-0000000000aa"

_INSERT = (
    "INSERT INTO ballot (id, proposal_id, organization_id, choice, reason, capacity, "
    "cast_by, cast_by_email, cast_at, created_at, updated_at, owner_org_id, visibility) "
    "SELECT gen_random_uuid()::text, %(proposal)s, %(org)s, 'approve', '', %(capacity)s, "
    "'Bench Delegate', '', now() AT TIME ZONE 'UTC' - interval '1 minute', "
    "now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', %(org)s, 'shared' "
    "FROM generate_series(1, %(n)s)"
)


def _setup(server: Any, url: Any) -> dict[str, Any]:  # pgserver is the tests' helper
    """The walls up, one organization with a proposal put to it, a delegate's role and a
    coordinator's; returns how to connect as each."""
    from coalition.store.models import Organization, Proposal
    from coalition.sync import walls

    db = open_database(url.render_as_string(hide_password=False))
    logins: dict[str, Any] = {}
    with db.engine.begin() as conn:
        walls.install(conn)
        conn.execute(
            Organization.__table__.insert(),
            [{"id": ORG_ID, "name": "Bench Alliance", "owner_org_id": ORG_ID}],
        )
        conn.execute(
            Proposal.__table__.insert(),
            [
                {
                    "id": PROPOSAL_ID,
                    "title": "Bench proposal",
                    "closes_at": dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
                    "choices": ["approve", "object", "abstain"],
                    "voters": [ORG_ID],
                }
            ],
        )
        for kind, org in (("delegate", ORG_ID), ("coordinator", None)):
            role = f"bench_{kind}"
            conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'bench-{role}'")
            walls.record_role(conn, role, org, kind, f"Bench {kind}")
            for statement in walls.role_sql(conn, role, str(url.database)):
                conn.exec_driver_sql(statement)
            logins[kind] = {
                "host": url.host,
                "port": url.port,
                "dbname": url.database,
                "user": role,
                "password": f"bench-{role}",
            }
    db.close()
    return logins


def _one_insert(server: Any, database: str, login: dict[str, Any], capacity: str,
                ballots: int, checked: bool) -> float:  # fmt: skip
    with server.connect(database) as owner:
        owner.execute("DELETE FROM ballot")
        owner.execute(
            f"ALTER TABLE ballot {'ENABLE' if checked else 'DISABLE'} TRIGGER coalition_ballot"
        )
    with psycopg.connect(**login, autocommit=True) as conn:
        started = time.perf_counter()
        conn.execute(
            _INSERT,
            {"proposal": PROPOSAL_ID, "org": ORG_ID, "capacity": capacity, "n": ballots},
        )
        return time.perf_counter() - started


def measure(ballots: int, runs: int) -> dict[str, tuple[float, float]]:
    """For the delegate and the chair: (best seconds unchecked, the same checked)."""
    server = _server()
    try:
        url = make_url(server.create_database("bench_ballots"))
        logins = _setup(server, url)
        database = str(url.database)
        figures: dict[str, tuple[list[float], list[float]]] = {
            "delegate": ([], []),
            "chair": ([], []),
        }
        for run in range(runs + 1):  # the first a warm-up
            for capacity, (plain, checked) in figures.items():
                login = logins["delegate" if capacity == "delegate" else "coordinator"]
                off = _one_insert(server, database, login, capacity, ballots, checked=False)
                on = _one_insert(server, database, login, capacity, ballots, checked=True)
                if run:
                    plain.append(off)
                    checked.append(on)
    finally:
        server.stop()
    return {k: (min(p), min(c)) for k, (p, c) in figures.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ballots", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for capacity, (plain, checked) in measure(args.ballots, args.runs).items():
        extra = (checked - plain) / args.ballots * 1e6
        print(
            f"{args.ballots:,} ballots as the {capacity}: {plain * 1000:.0f} ms unchecked, "
            f"{checked * 1000:.0f} ms checked ({extra:.0f} µs a ballot); ratio "
            f"{checked / plain:.2f}x"
        )


if __name__ == "__main__":
    main()
