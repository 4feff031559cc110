"""A statewide directory (600,000 people) in a minute or two, cached under /tmp by size.

    python -m bench.statewide_db [--people N]     # prints the path of the file

The services write a small coalition first (bench/generate.py: organizations,
campaigns, endorsements, calls, drafts, and 2,000 people, each with an e-mail, a phone
and a membership), so every table holds what the app itself writes.  The rest of the
people are then added in bulk SQL, row for row what ``create_person`` and
``add_membership`` write (the same columns, defaults, owners and visibility; a name's
``sort_name`` by the same ``sort_key``), and their search documents are built by the
very SQL the search index runs after each write (``DOCUMENT_SQL``), so the People list,
its filter and Ctrl+K meet the index the app keeps.  Left out for the bulk people: the
audit trail and the sync outbox, which no screen measured here reads.

The file is kept as ``/tmp/coalition-statewide-<N>.db`` (the seed as
``/tmp/coalition-statewide-seed.db``): a second run with the same size starts at once.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from pathlib import Path

from bench.generate import Size, generate
from coalition.common.states import STATES
from coalition.store import open_database
from coalition.store.base import new_id, sort_key
from coalition.store.search_index import DOCUMENT_SQL

VERSION = 2  # bump when what is generated changes: older cached files are not reused
# (2: a new file has 32 KiB pages; files cached before hold 4 KiB ones)
FOLDER = Path(os.environ.get("COALITION_BENCH_CACHE", "/tmp"))
SEED = Size(people=2_000, organizations=500, endorsements=500, series=2, drafts=200)
STATEWIDE = 600_000

# fmt: off
FIRST = [
    "Ana", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Iris", "Jamal", "Kai",
    "Lena", "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera",
    "Wes", "Xiu", "Yusuf", "Zoe", "José", "Zoë", "Mei", "Aiden", "Chloé", "Björn", "María",
    "Sofía", "Begoña", "Inés", "Raúl", "Ángel", "Jesús", "Lucía", "Martín", "Nicolás", "Renée",
    "Thérèse", "François", "Søren", "Miguel", "Carmen", "Luis", "Daniela", "Andrea", "David",
    "Sarah", "Michael", "Jennifer", "James", "Linda", "Robert", "Patricia", "John", "Mary",
    "Emily", "Olivia", "Noah", "Liam", "Ava", "Isabella", "Ethan", "Mia", "Lucas", "Amara",
    "Kwame", "Aisha", "Hiroshi", "Yuki", "Minh", "Thanh", "Ravi", "Deepa", "Fatima", "Ali",
]
LAST = [
    "Garcia", "Smith", "Nguyen", "Patel", "Kim", "Okafor", "Rossi", "Müller", "Novak", "Silva",
    "Cohen", "Haddad", "Tanaka", "Johnson", "Brown", "Lopez", "Wilson", "Anderson", "Thomas",
    "Moore", "Martin", "Lee", "Walker", "Young", "King", "Núñez", "Muñoz", "Peña", "Ibáñez",
    "Pérez", "Gómez", "Hernández", "Martínez", "Rodríguez", "González", "Sánchez", "Ramírez",
    "Díaz", "Jiménez", "Álvarez", "Domínguez", "Vásquez", "Ortiz", "Castillo", "Morales",
    "Reyes", "Cruz", "Flores", "Rivera", "Torres", "Chen", "Wang", "Liu", "Zhang", "Singh",
    "Kumar", "Shah", "Ali", "Khan", "Davis", "Miller", "Taylor", "Jackson", "White", "Harris",
    "Clark", "Lewis", "Robinson", "Hall", "Allen", "Wright", "Scott", "Green", "Baker", "Adams",
    "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner",
    "O'Brien", "Dubois", "Lefèvre", "Kowalski", "Nowak", "Ivanov", "Papadopoulos", "Yilmaz",
]
COUNTIES = ["Central", "North", "South", "East", "West", "Lake", "River", "Hill", "Valley", "Bay"]
# fmt: on
_ROLES = ("member", "volunteer", "chair", "liaison")


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def path_for(people: int) -> Path:
    return FOLDER / f"coalition-statewide-v{VERSION}-{people}.db"


def _seed() -> Path:
    seed = FOLDER / f"coalition-statewide-v{VERSION}-seed.db"
    if not seed.exists():
        partial = seed.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        _say(f"the seed coalition through the services ({SEED.people:,} people)…")
        generate(partial, SEED)
        partial.rename(seed)
    return seed


def _zip(state_index: int, rng: random.Random) -> str:
    """A ZIP code of five digits, its first three fixed per state as real ones are."""
    return f"{(state_index * 19 + 7) % 1000:03d}{rng.randrange(100):02d}"


def _stamp(now: float, i: int) -> str:
    """A creation instant as the store writes it (naive UTC, microseconds)."""
    t = now - (STATEWIDE - i) * 37.0  # spread over the last months, oldest first
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(t)) + f".{i % 1_000_000:06d}"


def _add_people(path: Path, start: int, count: int, seed: int = 11) -> None:
    """``count`` people after the seed's, with an e-mail, a phone and a membership each."""
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-400000")
    orgs = [r[0] for r in con.execute("SELECT id FROM organization ORDER BY sort_name, id")]
    after = con.execute("SELECT coalesce(max(rowid), 0) FROM person").fetchone()[0]
    now = time.time()
    names = [(f, last) for f in FIRST for last in LAST]
    batch = 50_000
    for first in range(start, start + count, batch):
        people, emails, phones, members = [], [], [], []
        for i in range(first, min(first + batch, start + count)):
            given, family = names[rng.randrange(len(names))]
            name = f"{given} {family}"
            s = rng.randrange(len(STATES))
            state = STATES[s]
            at = _stamp(now, i)
            pid = new_id()
            people.append(
                (
                    pid,
                    name,
                    sort_key(name),
                    state.code,
                    state.time_zone,
                    _zip(s, rng),
                    f"{COUNTIES[rng.randrange(len(COUNTIES))]} County",
                    at,
                )
            )
            local = sort_key(f"{given}.{family}").replace(" ", "").replace("'", "")
            emails.append((pid, f"{local}.{i}@example.org", new_id(), at))
            phones.append((pid, f"+1 {200 + s * 13 % 800:03d}-555-{i % 10000:04d}", new_id(), at))
            org = orgs[rng.randrange(len(orgs))]
            represents = state.code if i % 997 == 0 else ""
            members.append((pid, org, rng.choice(_ROLES), represents, new_id(), at, org))
        con.executemany(
            "INSERT INTO person (id, name, sort_name, state, language, time_zone, notes,"
            " postal_code, county, created_at, updated_at, owner_org_id, visibility)"
            " VALUES (?1, ?2, ?3, ?4, '', ?5, '', ?6, ?7, ?8, ?8, NULL, 'shared')",
            people,
        )
        con.executemany(
            "INSERT INTO person_email (person_id, address, label, position, id, created_at,"
            " updated_at, owner_org_id, visibility) VALUES (?1, ?2, '', 0, ?3, ?4, ?4, NULL,"
            " 'shared')",
            emails,
        )
        con.executemany(
            "INSERT INTO person_phone (person_id, number, label, position, id, created_at,"
            " updated_at, owner_org_id, visibility) VALUES (?1, ?2, '', 0, ?3, ?4, ?4, NULL,"
            " 'shared')",
            phones,
        )
        con.executemany(
            "INSERT INTO membership (person_id, organization_id, role, since, until,"
            " represents_state, id, created_at, updated_at, owner_org_id, visibility)"
            " VALUES (?1, ?2, ?3, NULL, NULL, ?4, ?5, ?6, ?6, ?7, 'shared')",
            members,
        )
        con.commit()
        print(f"\r{first + len(people):,} people…\033[K", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    # The search documents, by the SQL the index runs after every write.
    document = DOCUMENT_SQL["person"]
    assert "p.id IN :ids" in document, "the person document's SQL changed: update this"
    con.execute(
        f"INSERT INTO person_search (rowid, title, body) "
        f"{document.replace('p.id IN :ids', 'p.rowid > ?')}",
        (after,),
    )
    con.commit()
    con.execute("ANALYZE")
    con.commit()
    con.close()


def statewide(people: int = STATEWIDE) -> Path:
    """The path of a database holding ``people`` people, made (or found in the cache)."""
    path = path_for(people)
    if path.exists():
        return path
    seed = _seed()
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    partial.write_bytes(seed.read_bytes())
    extra = max(0, people - SEED.people)
    _say(f"adding {extra:,} people in bulk…")
    _add_people(partial, SEED.people, extra)
    # Back in the journal mode the app keeps, and at the current schema.
    open_database(partial).close()
    partial.rename(path)
    _say(f"{path} in {time.perf_counter() - started:.0f} s")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=STATEWIDE)
    args = parser.parse_args()
    print(statewide(args.people))


if __name__ == "__main__":
    main()
