"""A partner's 20,000-event iCalendar file (about 5 MB) imported: time against icalendar.

    python -m bench.bench_ics [--events N] [--runs R] [--keep FOLDER]

The file is made here, as Google Calendar exports a busy shared calendar: X-WR-TIMEZONE,
one VTIMEZONE, N single events (half with a TZID, half in UTC, each with a description
and a location), a few weekly series with a moved week, and an attachment now and then.
It is imported into a freshly migrated database the way ``coalition import-ics`` does:
read, checked, expanded and stored in one transaction, all or nothing.

The baseline, in the same run on the same file: ``icalendar.Calendar.from_ical`` of its
bytes and a walk of its events, reading each start and end — parsing alone, with nothing
checked or stored.  Each figure is the median of ``--runs`` runs, each in a child process
of its own (a fresh process, as a person's import starts with a fresh parse); the ratio
is of processor time, the figure that holds on a machine busy with other work.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 5.0
SERIES = 20  # weekly series among the events, each with one week moved

_TOPICS = ["Ballot access", "Voter registration", "Press", "Fundraising", "Legal", "Field"]
_PLACES = ["Sacramento", "Portland", "Austin", "Columbus", "Raleigh", "Phoenix"]
_VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nX-LIC-LOCATION:America/New_York\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\n"
    "DTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\n"
    "DTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
)


def _fold(line: str) -> str:
    """The line folded at 75 octets (ASCII here), as Google writes it."""
    parts = [line[:75]] + [" " + line[i : i + 74] for i in range(75, len(line), 74)]
    return "\r\n".join(parts) + "\r\n"


def make_file(path: Path, events: int) -> None:
    rng = random.Random(16)
    out = [
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
        "X-WR-CALNAME:Allies Network (shared)\r\nX-WR-TIMEZONE:America/New_York\r\n",
        _VTIMEZONE,
    ]
    for i in range(events):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        hour = 9 + i % 9
        topic = rng.choice(_TOPICS)
        lines = [
            "BEGIN:VEVENT",
            f"UID:event-{i:05d}-{rng.getrandbits(32):08x}@google.com",
            "DTSTAMP:20260101T120000Z",
            f"SUMMARY:{topic} working group {i}",
            f"LOCATION:{rng.choice(_PLACES)} office\\, room {i % 40}",
            f"DESCRIPTION:{topic}: the week's asks\\, then the tracker.",
            "STATUS:CONFIRMED",
        ]
        if i < SERIES:
            lines += [
                f"DTSTART;TZID=America/New_York:2026{month:02d}{day:02d}T{hour:02d}0000",
                f"DTEND;TZID=America/New_York:2026{month:02d}{day:02d}T{hour:02d}4500",
                "RRULE:FREQ=WEEKLY;COUNT=20",
            ]
        elif i % 2:
            lines += [
                f"DTSTART;TZID=America/New_York:2026{month:02d}{day:02d}T{hour:02d}3000",
                f"DTEND;TZID=America/New_York:2026{month:02d}{day:02d}T{hour + 1:02d}0000",
            ]
        else:
            lines += [
                f"DTSTART:2026{month:02d}{day:02d}T{hour + 5:02d}0000Z",
                f"DTEND:2026{month:02d}{day:02d}T{hour + 6:02d}0000Z",
            ]
        if i % 500 == 0:
            lines.append("ATTACH;FMTTYPE=application/pdf:https://drive.example.org/agenda.pdf")
        lines.append("END:VEVENT")
        out.append("".join(_fold(line) for line in lines))
    out.append("END:VCALENDAR\r\n")
    path.write_text("".join(out), encoding="utf-8", newline="")


def _import(db_path: str, ics_path: str) -> tuple[list[str], float]:
    from coalition.calls import calendar_import
    from coalition.store import open_database

    db = open_database(db_path)
    started = time.process_time()
    with db.session() as session:
        report = calendar_import.import_ics(session, ics_path)
    spent = time.process_time() - started
    db.close()
    return report.lines(), spent


def _baseline(_db_path: str, ics_path: str) -> tuple[list[str], float]:
    import icalendar

    started = time.process_time()
    calendar = icalendar.Calendar.from_ical(Path(ics_path).read_bytes())
    events = calendar.walk("VEVENT")
    for event in events:
        event.start, event.end  # noqa: B018 (read, as the import reads them)
    return [f"{len(events)} events parsed"], time.process_time() - started


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _child(what: str, db_path: Path, ics_path: Path) -> tuple[float, float, float, list[str]]:
    """One run in a fresh process: its wall time and processor time (the process's,
    from its start: what a person waits for), the processor time of the work alone (no
    start-up, no imports), what it said."""
    cpu_before = _cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_ics", "--child", what, str(db_path), str(ics_path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    said = json.loads(done.stdout.strip().splitlines()[-1])
    return seconds, _cpu() - cpu_before, said["work"], said["lines"]


def measure(events: int, runs: int, folder: Path) -> None:
    from coalition.store import open_database

    ics_path = folder / "partner.ics"
    make_file(ics_path, events)
    base = [_child("baseline", folder / "none.db", ics_path) for _ in range(runs)]
    done = []
    for run in range(runs):
        db_path = folder / f"import{run}.db"
        open_database(db_path).close()  # migrated before the clock starts
        done.append(_child("import", db_path, ics_path))
    size = ics_path.stat().st_size / 1e6
    base_s, base_cpu, base_work = (statistics.median(r[i] for r in base) for i in (0, 1, 2))
    import_s, import_cpu, import_work = (statistics.median(r[i] for r in done) for i in (0, 1, 2))
    print(f"import of a {events:,}-event iCalendar file ({size:.1f} MB), median of {runs} runs:")
    for line in done[-1][3]:
        print(f"  {line[:150]}")
    print(
        f"  import: {import_s:.2f} s from the process's start ({import_cpu:.2f} s of processor "
        f"time), the import alone {import_work:.2f} s of processor time; "
        f"baseline (icalendar.Calendar.from_ical and a walk of the events' times): "
        f"{base_s:.2f} s ({base_cpu:.2f} s processor), parsing alone {base_work:.2f} s; "
        f"ratio {import_work / base_work:.2f}x processor time of the work alone, "
        f"{import_cpu / base_cpu:.2f}x of the processes (goal: under {GOAL_SECONDS:.0f} s)"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        what, db_path, ics_path = sys.argv[2:5]
        lines, work = (_import if what == "import" else _baseline)(db_path, ics_path)
        print(json.dumps({"lines": lines, "work": work}))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", metavar="FOLDER", help="leave the file and databases there")
    args = parser.parse_args()
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        measure(args.events, args.runs, folder)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            measure(args.events, args.runs, Path(tmp))


if __name__ == "__main__":
    main()
