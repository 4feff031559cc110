"""Whatever file someone feeds the importers, Coalition says what is wrong with it in a
sentence, or imports it; it never crashes and never stores half a file.

Hypothesis mutates the real exports the tests already hold (Google and Outlook contacts,
partner calendars) byte by byte and line by line, and builds files of its own from the
parts importers look at (headers, quoted cells, encodings; events, dates, rules).
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition import cli
from coalition.calls import calendar_import
from coalition.common.errors import CoalitionError
from coalition.directory import importers
from coalition.store import Database, open_database
from coalition.store.models import CallOccurrence, ChangeLog, Organization, Person
from profile_helpers import set_profile_in

DATA = Path(__file__).parents[1] / "data"
CSV_FILES = sorted((DATA / "csv").glob("*.csv"))
ICS_FILES = sorted((DATA / "ics").glob("*.ics"))
FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_names = itertools.count()


@pytest.fixture
def fuzz_db(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    path = tmp_path / "fuzz.db"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    with db.session() as session:  # the import commands write: someone is set up
        set_profile_in(session)
    yield db
    db.close()


def _counts(session: Session) -> tuple[int, ...]:
    session.expire_all()
    return tuple(
        session.scalar(select(func.count()).select_from(model)) or 0
        for model in (Person, Organization, CallOccurrence, ChangeLog)
    )


def _write(folder: Path, suffix: str, data: bytes) -> Path:
    path = folder / f"input-{next(_names)}{suffix}"
    path.write_bytes(data)
    return path


def _assert_clear(exc: CoalitionError) -> None:
    message = str(exc)
    assert message.strip(), "a refusal must say why"
    assert "Traceback" not in message


@st.composite
def mutated(draw: st.DrawFn, sources: list[Path]) -> bytes:
    """A real file with a few bytes deleted, inserted, replaced, or cut short."""
    data = bytearray(draw(st.sampled_from(sources)).read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        how = draw(st.sampled_from(["delete", "insert", "replace", "cut", "duplicate-line"]))
        if how == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        elif how == "replace":
            data[at] = draw(st.integers(0, 255))
        elif how == "cut":
            del data[at:]
        else:
            end = data.find(b"\n", at)
            line = data[at : end + 1 if end >= 0 else len(data)]
            data[at:at] = line
    return bytes(data)


CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            '"',
            '""',
            "a,b",
            "line\nbreak",
            "=SUM(A1)",
            "@x",
            "+1 916-555-0142",
            "dana@example.org",
            "not an e-mail",
            "2026-02-30",
            "CA",
            "Zzzz",
            "\x00",
            "é",
        ]
    ),
)
HEADERS = st.lists(
    st.sampled_from(
        [
            "Name",
            "First Name",
            "Last Name",
            "E-mail",
            "E-mail 1 - Value",
            "Phone",
            "State",
            "Notes",
            "Organization Name",
            "Kind",
            "Parent",
            "Website",
            "Tags",
            "Founded",
            "Status",
            "Short name",
            "Social pages",
            "",
            "Name",
        ]
    ),
    min_size=0,
    max_size=8,
)


@st.composite
def built_csv(draw: st.DrawFn) -> bytes:
    headers = draw(HEADERS)
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=len(headers) + 2), max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))

    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if draw(st.booleans()) else text

    text = "\r\n".join(delimiter.join(cell(c) for c in line) for line in [headers, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


@FUZZ
@given(
    data=st.one_of(mutated(CSV_FILES), built_csv(), st.binary(max_size=300)),
    kind=st.sampled_from(["people", "organizations"]),
)
def test_csv_import_either_imports_or_refuses_whole(
    fuzz_db: Database, tmp_path: Path, data: bytes, kind: str
) -> None:
    path = _write(tmp_path, ".csv", data)
    with fuzz_db.session() as session:
        before = _counts(session)
        try:
            importers.import_file(session, path, kind)  # type: ignore[arg-type]  # kind is drawn from the two Kind literals as text
        except CoalitionError as exc:
            _assert_clear(exc)
            assert _counts(session) == before, "a refused file left rows behind"


ICS_LINES = st.sampled_from(
    [
        "DTSTART:20260106T173000Z",
        "DTSTART;TZID=America/Los_Angeles:20260106T173000",
        "DTSTART;TZID=Mars/Olympus:20260106T173000",
        "DTSTART:2026",
        "DTSTART;VALUE=DATE:20260106",
        "DTEND:20260106T183000Z",
        "DTEND:20250106T183000Z",
        "DURATION:PT1H",
        "DURATION:P400D",
        "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=20",
        "RRULE:FREQ=WEEKLY;UNTIL=20261231T000000Z",
        "RRULE:FREQ=MONTHLY;BYDAY=2TU",
        "RRULE:FREQ=BOGUS",
        "RRULE:COUNT=-1",
        "EXDATE:20260113T173000Z",
        "RECURRENCE-ID:20260113T173000Z",
        "STATUS:CANCELLED",
        "SUMMARY:Partner call",
        "SUMMARY:",
        "UID:same-uid",
        "UID:",
        "LOCATION:Zoom",
        "DESCRIPTION:a\\nb",
        "X-JUNK:;;;",
        "ORGANIZER:mailto:x",
    ]
)


@st.composite
def built_ics(draw: st.DrawFn) -> bytes:
    events = []
    for _ in range(draw(st.integers(0, 4))):
        lines = draw(st.lists(ICS_LINES, max_size=8))
        if draw(st.booleans()):
            lines.append(f"UID:{draw(st.text(alphabet='abc123-@.', min_size=1, max_size=12))}")
        events.append(
            "BEGIN:VEVENT\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n"
        )
    body = "".join(events)
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n" if draw(st.booleans()) else ""
    tail = "END:VCALENDAR\r\n" if draw(st.booleans()) else ""
    return (head + body + tail).encode("utf-8")


@FUZZ
@given(data=st.one_of(mutated(ICS_FILES), built_ics(), st.binary(max_size=300)))
def test_ics_import_either_imports_or_refuses_whole(
    fuzz_db: Database, tmp_path: Path, data: bytes
) -> None:
    path = _write(tmp_path, ".ics", data)
    with fuzz_db.session() as session:
        before = _counts(session)
        try:
            calendar_import.import_ics(session, path)
        except CoalitionError as exc:
            _assert_clear(exc)
            assert _counts(session) == before, "a refused calendar left rows behind"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(mutated(CSV_FILES + ICS_FILES), st.binary(max_size=200)),
    command=st.sampled_from(
        [
            ["import-csv", "--kind", "people"],
            ["import-csv", "--kind", "organizations"],
            ["import-ics"],
        ]
    ),
)
def test_the_import_commands_answer_in_one_line_and_never_fail_inside(
    fuzz_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    command: list[str],
) -> None:
    path = _write(tmp_path, ".ics" if command[0] == "import-ics" else ".csv", data)
    assert fuzz_db.path is not None
    with fuzz_db.session() as session:
        before = _counts(session)
    code = cli.main(["--db", str(fuzz_db.path), *command, str(path)])
    _out, err = capsys.readouterr()
    assert code in (0, cli.EXIT_ERROR), err
    if code == cli.EXIT_ERROR:
        assert err.startswith("coalition: ") and err.count("\n") == 1
        with fuzz_db.session() as session:
            assert _counts(session) == before


# Names as lists pasted together carry them: Western ones that Windows-1252 can hold, and
# others (Polish, Cyrillic, Greek) that only UTF-8 can.
WESTERN = (
    st.text(
        alphabet=st.sampled_from(list("abcdeéèêëáàâäíìïóòôöúùüñçßøåæœ ABCDÉÀÑÇØÅÆ-'")),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)
ANY_SCRIPT = (
    st.text(
        alphabet=st.sampled_from(list("abcdeéñüŁłŻżĄąИванПетровΑλέξηςß ")), min_size=1, max_size=20
    )
    .map(str.strip)
    .filter(bool)
)
CYRILLIC = (
    st.text(alphabet=st.sampled_from(list("ИванПетровоЖёмя ")), min_size=1, max_size=20)
    .map(str.strip)
    .filter(bool)
)


@st.composite
def pasted_together(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    """A people list whose lines come from two exports: UTF-8 and Windows-1252 (or, now
    and then, another code page: a line that must stop the import)."""
    lines, names = [b"Name,E-mail\r\n"], []
    for i in range(draw(st.integers(1, 12))):
        how = draw(st.sampled_from(["utf-8", "utf-8", "cp1252", "cp1251"]))
        name = draw({"cp1252": WESTERN, "cp1251": CYRILLIC}.get(how, ANY_SCRIPT))
        try:
            lines.append(f"{name},p{i}@example.org\r\n".encode(how))
        except UnicodeEncodeError:
            lines.append(f"{name},p{i}@example.org\r\n".encode())
        names.append(name)
    return b"".join(lines), names


@FUZZ
@given(pasted=pasted_together())
def test_a_pasted_together_list_is_stored_as_written_or_refused_whole(
    fuzz_db: Database, tmp_path: Path, pasted: tuple[bytes, list[str]]
) -> None:
    data, names = pasted
    unique = f"@list{next(_names)}.example.org".encode()  # not duplicates of an earlier example
    path = _write(tmp_path, ".csv", data.replace(b"@example.org", unique))
    with fuzz_db.session() as session:
        before = _counts(session)
        try:
            report = importers.import_file(session, path, "people")
        except CoalitionError as exc:
            _assert_clear(exc)
            assert _counts(session) == before, "a refused file left rows behind"
            return
        stored = set(session.scalars(select(Person.name).where(Person.name.in_(names))))
        assert stored == set(names), "a name was stored other than as written"
        assert report.imported == len(names)
