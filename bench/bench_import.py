"""A 200,000-row people list imported from CSV: time and peak memory.

    python -m bench.bench_import [--rows N] [--keep FOLDER]

The file is made here: N people with a name, an address, a phone number, a state, an
organization (one of 500) and a role, UTF-8, with a run of 2,000 lines in the middle
written in Windows-1252 (accented names: a list pasted together from two exports).
It is imported, with the suggested mapping, into a freshly migrated database, the way
``coalition import-csv`` does: one transaction, all or nothing.

Each measurement runs in a child process of its own, so that its peak resident memory
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` read after it ends) is its own.  The
baseline, in the same run on the same file: ``csv.reader`` over the decoded file and one
``executemany`` of its rows into a plain SQLite table (no validation, no history, no
search index) — what storing the rows costs at the least.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 60.0
GOAL_MIB = 400.0
LEGACY_RUN = 2_000  # lines written in Windows-1252, in the middle of the file

_FIRST = ["Ana", "José", "Zoë", "Marcus", "Priya", "Inés", "Björn", "Chloé", "Dana", "Łukasz"]
_LAST = ["Núñez", "Müller", "Whitfield", "Raman", "Carrasco-Peña", "Oyelaran", "Ørsted", "Lee"]
_STATES = ["CA", "OR", "WA", "TX", "NY", "IL", "SC", "NV", "AZ", "CO"]


def make_file(path: Path, rows: int) -> None:
    """Write the people list: UTF-8 lines, and a run of Windows-1252 ones."""
    rng = random.Random(7)
    legacy_from = rows // 2
    with open(path, "wb") as out:
        out.write(b"Name,E-mail,Phone,State,Organization,Role\r\n")
        for i in range(rows):
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            if legacy_from <= i < legacy_from + LEGACY_RUN:
                first, last = "Inés", "Núñez"  # Windows-1252 can hold these
            line = (
                f"{first} {last} {i},person{i}@example.org,+1 916-555-{i % 10_000:04d},"
                f"{rng.choice(_STATES)},Group {i % 500},Member\r\n"
            )
            encoding = "cp1252" if legacy_from <= i < legacy_from + LEGACY_RUN else "utf-8"
            out.write(line.encode(encoding))


def _import(db_path: str, csv_path: str) -> None:
    from coalition.directory import importers
    from coalition.store import open_database

    db = open_database(db_path)
    with db.session() as session:
        report = importers.import_file(session, csv_path, "people")
    db.close()
    print(json.dumps({"lines": report.lines()}))


def _baseline(db_path: str, csv_path: str) -> None:
    import sqlite3

    from coalition.directory.csvread import read_table

    text = read_table(csv_path, limit=0).text  # decoded as the import decodes it
    import io

    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE person (name, email, phone, state, organization, role)")
    connection.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?)", reader)
    connection.commit()
    connection.close()
    print(json.dumps({"lines": []}))


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _child(what: str, db_path: Path, csv_path: Path) -> tuple[float, float, float, list[str]]:
    """Run one measurement in a fresh process: its wall time, its processor time (the
    figure to compare on a machine busy with other work), peak RSS (MiB), its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    cpu_before = _cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_import", "--child", what, str(db_path), str(csv_path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    cpu = _cpu() - cpu_before
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak <= before:  # the children's figure is the largest child's: note when unknown
        peak = float("nan")
    lines = json.loads(done.stdout.strip().splitlines()[-1])["lines"]
    return seconds, cpu, peak / 1024, lines


def measure(rows: int, folder: Path) -> None:
    csv_path = folder / "people.csv"
    make_file(csv_path, rows)
    # The smaller process first: getrusage gives the largest peak of the children so far.
    base_s, base_cpu, base_mib, _ = _child("baseline", folder / "baseline.db", csv_path)
    from coalition.store import open_database

    open_database(folder / "import.db").close()  # migrated before the clock starts
    import_s, import_cpu, import_mib, lines = _child("import", folder / "import.db", csv_path)
    size = csv_path.stat().st_size / 2**20
    print(
        f"import of {rows:,} people ({size:.1f} MiB of CSV, {LEGACY_RUN:,} lines in Windows-1252):"
    )
    for line in lines[:3]:
        print(f"  {line[:150]}")
    print(
        f"  {import_s:.1f} s ({import_cpu:.1f} s of processor time), peak RSS "
        f"{import_mib:.0f} MiB; baseline (csv.reader + one executemany into a bare table): "
        f"{base_s:.1f} s ({base_cpu:.1f} s processor), {base_mib:.0f} MiB; "
        f"ratio {import_cpu / base_cpu:.1f}x processor time, {import_mib / base_mib:.1f}x memory "
        f"(goals: <= {GOAL_SECONDS:.0f} s and <= {GOAL_MIB:.0f} MiB)"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        what, db_path, csv_path = sys.argv[2:5]
        (_import if what == "import" else _baseline)(db_path, csv_path)
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--keep", metavar="FOLDER", help="leave the CSV file and databases there")
    args = parser.parse_args()
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        measure(args.rows, folder)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            measure(args.rows, Path(tmp))


if __name__ == "__main__":
    main()
