"""A kiosk sign-up at statewide scale: the duplicate check and the saving of one sign-up,
with 600,000 people in the directory.

    python -m bench.bench_signups [--people 600000] [--signups 300] [--db PATH]

The people are written straight into a new file (as a first sync would: no audit rows),
each with an e-mail address, most with a phone and a ZIP code; then sign-ups are saved
one by one through ``record_signup`` as the kiosk saves them, a quarter each: new
people, the same e-mail in other case, the same phone written otherwise, and the same
name in the same ZIP code.  Prints the median and p95 per sign-up (goal: p95 <= 50 ms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from coalition.directory import profiles
from coalition.events.signups import SignUpInput, record_signup
from coalition.store import open_database
from coalition.store.base import sort_key
from coalition.store.changes import new_row
from coalition.store.models import Event, Person, PersonEmail, PersonPhone

FIRST = ["Ana", "Luis", "Mei", "Omar", "Grace", "Tomás", "Aisha", "Ben", "Rosa", "Kai"]
LAST = ["Ruiz", "Chen", "Okafor", "Smith", "Nguyen", "García", "Patel", "Kim", "Lopez"]
_BATCH = 20_000


def _name(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // 10) % len(LAST)]} {i}"


def _zip(i: int) -> str:
    return f"{90000 + i % 6000:05d}"


def _phone(i: int) -> str:
    return f"+1 {200 + i // 10_000_000 % 700}-{200 + i // 10000 % 700:03d}-{i % 10000:04d}"


def build(path: Path, people: int) -> str:
    """The file with ``people`` people and one event; returns the event's id."""
    db = open_database(path)
    at = dt.datetime.now(dt.UTC)
    with db.session() as session:
        profiles.save_profile(
            session,
            profiles.ProfileInput("Bench Organizer", "bench@example.org", "", "coordinator"),
        )
        for start in range(0, people, _BATCH):
            rows, emails, phones = [], [], []
            for i in range(start, min(start + _BATCH, people)):
                name = _name(i)
                row = new_row(Person, at, name=name, sort_name=sort_key(name), postal_code=_zip(i))
                rows.append(row)
                emails.append(
                    new_row(PersonEmail, at, person_id=row["id"], address=f"p{i}@example.org")
                )
                if i % 4:
                    phones.append(new_row(PersonPhone, at, person_id=row["id"], number=_phone(i)))
            session.execute(insert(Person.__table__), rows)
            session.execute(insert(PersonEmail.__table__), emails)
            session.execute(insert(PersonPhone.__table__), phones)
            session.commit()
            print(f"{start + len(rows)} people", file=sys.stderr, end="\r")
        start_local = dt.datetime(2026, 9, 12, 10, 0)
        event = Event(
            **{
                "name": "State fair",
                "starts_local": start_local,
                "ends_local": start_local + dt.timedelta(hours=8),
                "time_zone": "America/Los_Angeles",
                "starts_at": dt.datetime(2026, 9, 12, 17, 0, tzinfo=dt.UTC),
                "state": "CA",
            }
        )
        session.add(event)
        session.commit()
        event_id = event.id
    db.close()
    print(file=sys.stderr)
    return event_id


def measure(path: Path, event_id: str, people: int, count: int) -> list[float]:
    rng = random.Random(7)
    db = open_database(path)
    timings = []
    with db.reading() as session:
        profiles.activate(session)
    for n in range(count):
        i = rng.randrange(people)
        kind = n % 4
        if kind == 0:
            data = SignUpInput(name=f"New Person {n}", email=f"new{n}@example.org")
        elif kind == 1:
            data = SignUpInput(name=_name(i), email=f"P{i}@EXAMPLE.org")
        elif kind == 2:
            i = i - i % 4 + 1  # one with a phone
            digits = _phone(i)[3:].replace("-", "")
            data = SignUpInput(phone=f"({digits[:3]}) {digits[3:6]}-{digits[6:]}")
        else:
            data = SignUpInput(name=_name(i), postal_code=_zip(i), zip_confirmed=True)
        with db.session() as session:
            started = time.perf_counter()
            record_signup(session, event_id, data)
            timings.append(time.perf_counter() - started)
    db.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=600_000)
    parser.add_argument("--signups", type=int, default=300)
    parser.add_argument("--db", type=Path, help="an existing file built by this script")
    parser.add_argument("--event", help="its event's id (with --db)")
    args = parser.parse_args()
    if args.db is not None and args.db.exists():
        path, event_id = args.db, args.event
    else:
        path = args.db or Path(tempfile.mkdtemp(prefix="coalition-signups-")) / "bench.db"
        event_id = build(path, args.people)
        print(f"built {path} (event {event_id})", file=sys.stderr)
    timings = sorted(measure(path, event_id, args.people, args.signups))
    p95 = timings[int(len(timings) * 0.95) - 1]
    median = statistics.median(timings)
    print("| benchmark | median | p95 | goal |")
    print("|---|---|---|---|")
    print(
        f"| kiosk sign-up with duplicate check, {args.people:,} people | "
        f"{median * 1000:.1f} ms | {p95 * 1000:.1f} ms | p95 ≤ 50 ms |"
    )


if __name__ == "__main__":
    main()
