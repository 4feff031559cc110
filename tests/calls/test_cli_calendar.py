"""The calendar commands: export-ics, invite and import-ics, as a person at a terminal sees them.

Each runs in-process through :func:`coalition.cli.main` on a real SQLite file that the
test filled through the services; a failure must be one line on standard error and a
non-zero status, and a failed command must leave no file half written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.cli import main
from coalition.store import Database
from coalition.store.models import CallOccurrence, CallSeries, Person
from profile_helpers import set_profile_in

ICS = Path(__file__).parents[1] / "data" / "ics"
LA = ZoneInfo("America/Los_Angeles")


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_failure(code: int, out: str, err: str) -> str:
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("coalition: ") and "Traceback" not in err
    return err


@pytest.fixture(autouse=True)
def _organizer_set_up(db: Database) -> None:
    """The commands that write (import-ics) need to know whom to credit."""
    with db.session() as session:
        set_profile_in(session)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where the commands write: a folder of its own (the database is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def series(session: Session, make_person: Callable[..., Person]) -> CallSeries:
    dana = make_person("Dana Reyes", emails=["dana.reyes@example.org"])
    sam = make_person("Sam Okafor", emails=["sam.okafor@example.org"], time_zone="America/New_York")
    jose = make_person("José Díaz", emails=["jose.diaz@example.org"])
    lee = make_person("Lee Park")
    weekly = calls.create_series(
        session,
        calls.SeriesInput(
            title="Coalition weekly call",
            start_date=dt.date(2026, 1, 6),
            start_time="17:30",
            time_zone="America/Los_Angeles",
            organizer_id=dana.id,
            join_url="https://meet.example.org/coalition-weekly",
            participant_person_ids=[sam.id, jose.id, lee.id],
        ),
    )
    calls.move_call(
        session, weekly.id, dt.date(2026, 2, 10), dt.datetime(2026, 2, 12, 18, tzinfo=LA)
    )
    return weekly


def test_export_ics_writes_the_period_asked_for(
    capsys: pytest.CaptureFixture[str], db_path: Path, series: CallSeries, out_dir: Path
) -> None:
    out_file = out_dir / "schedule.ics"
    code, out, err = run(
        capsys,
        db_path,
        "export-ics",
        "--out",
        str(out_file),
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    )

    assert (code, err) == (0, "")
    assert out == f"Wrote 2 events (2026-01-01 to 2026-12-31) to {out_file}\n"
    calendar = icalendar.Calendar.from_ical(out_file.read_bytes())
    assert calendar["METHOD"] == "PUBLISH"
    year = recurring_ical_events.of(calendar).between(dt.date(2026, 1, 1), dt.date(2027, 1, 1))
    assert len(year) == 52
    assert [p.name for p in out_dir.iterdir()] == ["schedule.ics"]  # no temporary file left


def test_export_ics_defaults_to_a_year_from_today(
    capsys: pytest.CaptureFixture[str], db_path: Path, series: CallSeries, out_dir: Path
) -> None:
    code, out, _ = run(capsys, db_path, "export-ics", "--out", str(out_dir / "year.ics"))

    today = dt.date.today()
    last = today + relativedelta(years=1, days=-1)
    assert code == 0
    assert f"({today.isoformat()} to {last.isoformat()})" in out


def test_export_ics_of_one_series_by_title(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    series: CallSeries,
    session: Session,
    out_dir: Path,
) -> None:
    other = calls.create_series(
        session,
        calls.SeriesInput(
            title="New York chapter",
            start_date=dt.date(2026, 1, 8),
            start_time="9:00",
            time_zone="America/New_York",
        ),
    )
    out_file = out_dir / "ny.ics"

    code, _, _ = run(
        capsys,
        db_path,
        "export-ics",
        "--out",
        str(out_file),
        "--series",
        "new york CHAPTER",
        "--from",
        "2026-01-01",
    )

    assert code == 0
    uids = {
        str(e["UID"]) for e in icalendar.Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    }
    assert uids == {other.uid}


def test_export_ics_of_a_series_continued_from_a_date_keeps_both_parts(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    series: CallSeries,
    session: Session,
    out_dir: Path,
) -> None:
    later = calls.update_series(
        session,
        series.id,
        replace(calls.series_input(series), start_time="18:00"),
        from_date=dt.date(2026, 7, 1),
    )
    out_file = out_dir / "weekly.ics"

    code, _, _ = run(
        capsys,
        db_path,
        "export-ics",
        "--out",
        str(out_file),
        "--series",
        "Coalition weekly call",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    )

    assert code == 0
    uids = {
        str(e["UID"]) for e in icalendar.Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    }
    assert uids == {series.uid, later.uid}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--series", "Monday standup"],
            "no call series is called 'Monday standup' (the series: 'Coalition weekly call')",
        ),
        (["--from", "2026-13-01"], "--from: there is no day 2026-13-01 in the calendar"),
        (
            ["--from", "2026-06-01", "--to", "2026-05-01"],
            "--to 2026-05-01 comes before --from 2026-06-01",
        ),
    ],
)
def test_export_ics_refusals_are_one_line(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    series: CallSeries,
    out_dir: Path,
    args: list[str],
    message: str,
) -> None:
    err = one_line_failure(
        *run(capsys, db_path, "export-ics", "--out", str(out_dir / "x.ics"), *args)
    )
    assert err == f"coalition: {message}\n"
    assert list(out_dir.iterdir()) == []


def test_export_ics_into_a_missing_folder_names_it(
    capsys: pytest.CaptureFixture[str], db_path: Path, series: CallSeries, out_dir: Path
) -> None:
    target = out_dir / "no such folder" / "x.ics"
    err = one_line_failure(*run(capsys, db_path, "export-ics", "--out", str(target)))
    assert str(target) in err


def test_invite_writes_one_file_per_participant_and_names_who_was_skipped(
    capsys: pytest.CaptureFixture[str], db_path: Path, series: CallSeries, out_dir: Path
) -> None:
    code, out, err = run(capsys, db_path, "invite", "--out-dir", str(out_dir / "invitations"))

    folder = out_dir / "invitations" / "coalition-weekly-call"
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Coalition weekly call: wrote 2 invitations to {folder}: jose-diaz.ics, sam-okafor.ics",
        "Coalition weekly call: skipped for lack of an e-mail address: Lee Park",
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["jose-diaz.ics", "sam-okafor.ics"]
    calendar = icalendar.Calendar.from_ical((folder / "jose-diaz.ics").read_bytes())
    assert calendar["METHOD"] == "REQUEST"
    attendees = {str(e["ATTENDEE"]) for e in calendar.walk("VEVENT")}
    assert attendees == {"mailto:jose.diaz@example.org"}
    assert calendar.walk("VEVENT")[0]["ATTENDEE"].params["CN"] == "José Díaz"


def test_invite_after_cancelling_writes_cancellations(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    series: CallSeries,
    session: Session,
    out_dir: Path,
) -> None:
    calls.cancel_series(session, series.id)
    code, out, _ = run(
        capsys, db_path, "invite", "--out-dir", str(out_dir), "--series", "Coalition weekly call"
    )

    assert code == 0
    assert out.startswith("Coalition weekly call: wrote 2 cancellations to ")
    calendar = icalendar.Calendar.from_ical(
        (out_dir / "coalition-weekly-call" / "sam-okafor.ics").read_bytes()
    )
    assert calendar["METHOD"] == "CANCEL"


def test_invite_without_an_organizer_address_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    series: CallSeries,
    session: Session,
    out_dir: Path,
) -> None:
    calls.create_series(
        session,
        calls.SeriesInput(
            title="Ad-hoc press call",
            start_date=dt.date(2026, 3, 2),
            start_time="10:00",
            time_zone="America/Chicago",
        ),
    )
    err = one_line_failure(*run(capsys, db_path, "invite", "--out-dir", str(out_dir / "out")))

    assert "the series 'Ad-hoc press call' has no organizer with an e-mail address" in err
    assert not (out_dir / "out").exists()


def test_invite_unknown_series_lists_the_titles(
    capsys: pytest.CaptureFixture[str], db_path: Path, series: CallSeries, out_dir: Path
) -> None:
    err = one_line_failure(
        *run(capsys, db_path, "invite", "--out-dir", str(out_dir), "--series", "Nope")
    )
    assert (
        err == "coalition: no call series is called 'Nope' (the series: 'Coalition weekly call')\n"
    )


def test_import_ics_once_and_again(
    capsys: pytest.CaptureFixture[str], db_path: Path, count_rows: Callable[[type], int]
) -> None:
    code, out, err = run(capsys, db_path, "import-ics", str(ICS / "partner_schedule.ics"))

    assert (code, err) == (0, "")
    assert out.startswith("Imported ")
    assert "Skipped 1 all-day event (a call has a time of day): Filing day" in out
    imported = count_rows(CallOccurrence)
    assert (
        imported >= 1
    )  # the rally at least; the Monday calls if they fall in the year around today

    code, out, _ = run(capsys, db_path, "import-ics", str(ICS / "partner_schedule.ics"))

    assert code == 0
    assert out.splitlines()[0] == "Imported 0 calls from partner_schedule.ics"
    calls_word = "call" if imported == 1 else "calls"
    assert f"Skipped {imported} {calls_word} already in Coalition (imported before)" in out
    assert count_rows(CallOccurrence) == imported


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("partner_not_calendar.ics", "is not an iCalendar file"),
        ("partner_truncated.ics", "is cut short"),
        ("partner_bad_date.ics", "has an unreadable DTSTART"),
        ("partner_no_events.ics", "holds no events"),
        ("no_such_file.ics", "does not exist"),
    ],
)
def test_import_ics_of_a_broken_file_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    count_rows: Callable[[type], int],
    name: str,
    says: str,
) -> None:
    err = one_line_failure(*run(capsys, db_path, "import-ics", str(ICS / name)))
    assert name in err and says in err
    assert count_rows(CallOccurrence) == 0
