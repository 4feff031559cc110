"""Events on the command line: add one with its hosts, add a shift, list them, write the
calendar file; a name that matches no organization stores nothing."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest

from coalition.cli import main
from coalition.common import clock
from coalition.directory import records as directory
from coalition.store import open_database
from profile_helpers import set_profile


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "coalition.db"
    shutil.copyfile(migrated_template, path)
    return set_profile(path)


@pytest.fixture(autouse=True)
def autumn() -> Iterator[clock.FixedClock]:
    with clock.frozen_at(dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.UTC)) as fixed:
        yield fixed


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def add_orgs(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    database = open_database(db)
    try:
        with database.session() as session:
            for name, short in (("Central Valley Voters", "CVV"), ("Fresno Youth Vote", "FYV")):
                directory.create_organization(
                    session, directory.OrganizationInput(name=name, short_name=short)
                )
    finally:
        database.close()


def test_add_event_prints_its_id_and_events_lists_it(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    add_orgs(capsys, db_path)
    code, out, err = run(
        capsys,
        db_path,
        "add-event",
        "--name",
        "Big Fresno Fair table",
        "--start",
        "2026-10-10 10:00",
        "--end",
        "2026-10-10 18:00",
        "--zone",
        "America/Los_Angeles",
        "--state",
        "CA",
        "--county",
        "Fresno",
        "--place",
        "Fresno Fairgrounds",
        "--host",
        "cvv",
        "--partner",
        "Fresno Youth Vote",
    )
    assert (code, err) == (0, "")
    event_id = out.strip()
    assert len(event_id) == 36

    code, out, err = run(
        capsys,
        db_path,
        "add-shift",
        "--event",
        "Big Fresno Fair table",
        "--start",
        "10:00",
        "--end",
        "14:00",
        "--slots",
        "3",
        "--title",
        "Table",
    )
    assert (code, err) == (0, "")

    code, out, err = run(capsys, db_path, "events")
    assert (code, err) == (0, "")
    (line,) = out.splitlines()
    assert line.split("\t")[1:] == [
        "2026-10-10 10:00–18:00 America/Los_Angeles",
        "Big Fresno Fair table",
        "Fresno Fairgrounds, Fresno, CA",
        "CVV",
        "0/3 shift slots filled",
    ]

    ics = tmp_path / "events.ics"
    code, out, err = run(capsys, db_path, "events", "--ics", str(ics))
    assert (code, out, err) == (0, f"Wrote 1 event to {ics}\n", "")
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]).startswith(event_id)
    assert event["DTSTART"].dt == dt.datetime(
        2026, 10, 10, 10, 0, tzinfo=event["DTSTART"].dt.tzinfo
    )


def test_an_unknown_organization_stores_nothing_and_exits_2(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    add_orgs(capsys, db_path)
    code, out, err = run(
        capsys,
        db_path,
        "add-event",
        "--name",
        "Rally",
        "--start",
        "2026-10-20 12:00",
        "--zone",
        "America/Los_Angeles",
        "--state",
        "CA",
        "--host",
        "Central Valley Votes",
    )
    assert code == 2 and out == ""
    assert err.startswith("coalition: no organization called “Central Valley Votes”")
    assert "did you mean “Central Valley Voters”" in err
    assert run(capsys, db_path, "events")[1] == "No events to come.\n"


def test_a_bad_time_is_a_sentence(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, err = run(
        capsys, db_path, "add-event", "--name", "Rally", "--start", "10/20 noon", "--state", "CA"
    )
    assert code == 2 and out == ""
    assert err == (
        "coalition: '10/20 noon' is not a date and time for the start; "
        "write it as YYYY-MM-DD HH:MM, like 2026-03-14 10:00\n"
    )
