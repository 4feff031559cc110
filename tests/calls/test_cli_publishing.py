"""publish-caldav and feed, as a person at a terminal uses them, against a real Radicale
server (tests/radicale_server.py) and real files."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy.orm import Session

from coalition.calls import caldav_publish as caldav_out
from coalition.calls import calendar_outlets as outlets
from coalition.calls import series as calls
from coalition.cli import main
from coalition.store import Database
from coalition.store.models import CallSeries
from memory_keyring import MemoryKeyring
from radicale_server import RadicaleServer, free_port

LA = ZoneInfo("America/Los_Angeles")


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_failure(code: int, out: str, err: str) -> str:
    assert code == 1, (out, err)
    assert err.count("\n") == 1 and err.startswith("coalition: ") and "Traceback" not in err
    return err


@pytest.fixture
def weekly(session: Session) -> CallSeries:
    series = calls.create_series(
        session,
        calls.SeriesInput(
            title="Coalition weekly call",
            start_date=dt.date(2026, 1, 6),
            start_time="17:30",
            time_zone="America/Los_Angeles",
        ),
    )
    session.commit()
    return series


def test_publish_caldav_remembers_the_calendar_and_its_password(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    session: Session,
    weekly: CallSeries,
    radicale_up: RadicaleServer,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = radicale_up.calendar_url(f"cli-{uuid.uuid4().hex[:8]}")
    monkeypatch.setenv(caldav_out.PASSWORD_ENV, radicale_up.password)

    code, out, err = run(capsys, db_path, "publish-caldav", url, "--user", radicale_up.user)

    assert (code, err) == (0, "")
    assert "kept in the keyring" in out
    assert f"The calendar at {url} was made and brought up to date: 1 event put." in out
    assert radicale_up.password in memory_keyring.secrets.values()

    monkeypatch.delenv(caldav_out.PASSWORD_ENV)  # from now on from the keyring
    calls.cancel_call(session, weekly.id, dt.date(2026, 12, 15))
    session.commit()
    code, out, err = run(capsys, db_path, "publish-caldav")
    assert (code, err) == (0, "")
    assert out == f"The calendar at {url} was brought up to date: 1 event put.\n"
    code, out, _ = run(capsys, db_path, "publish-caldav")
    assert out == f"The calendar at {url} is up to date (1 event).\n"

    code, out, err = run(capsys, db_path, "publish-caldav", "--forget")
    assert code == 0 and "no longer publishes" in out
    assert memory_keyring.secrets == {}
    err = one_line_failure(*run(capsys, db_path, "publish-caldav"))
    assert "no calendar is set to publish to" in err


def test_publish_caldav_with_the_server_away_says_so_and_keeps_the_calendar(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    session: Session,
    weekly: CallSeries,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = f"http://127.0.0.1:{free_port()}/organizer/calls/"
    monkeypatch.setenv(caldav_out.PASSWORD_ENV, "secret")

    err = one_line_failure(*run(capsys, db_path, "publish-caldav", url, "--user", "organizer"))

    assert "cannot reach the calendar server at 127.0.0.1:" in err
    assert "The changes wait and go with the next publish" in err
    session.expire_all()
    kept = outlets.outlet(session, outlets.CALDAV)
    assert kept is not None and kept.location == url and "cannot reach" in kept.error
    assert memory_keyring.secrets == {}, "a password that never worked is not kept"


def test_publish_caldav_without_a_password_to_use_says_how_to_give_one(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    weekly: CallSeries,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(caldav_out.PASSWORD_ENV, raising=False)
    err = one_line_failure(
        *run(capsys, db_path, "publish-caldav", "https://dav.example.org/cal/", "--user", "dana")
    )
    assert "needs dana's password: set $COALITION_CALDAV_PASSWORD" in err


def test_feed_is_written_then_rewritten_after_a_change_only(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    session: Session,
    weekly: CallSeries,
    tmp_path: Path,
) -> None:
    feed = tmp_path / "shared" / "calls.ics"
    feed.parent.mkdir()

    code, out, err = run(capsys, db_path, "feed", str(feed))
    assert (code, err) == (0, "")
    assert out == f"The feed at {feed} was written; the window rewrites it after every change.\n"
    first = feed.read_bytes()
    assert feed.stat().st_mode & 0o777 == 0o600, "a new feed is its owner's alone, as exports"
    assert b"SUMMARY:Coalition weekly call" in first

    code, out, _ = run(capsys, db_path, "feed")
    assert "is up to date" in out and feed.read_bytes() == first

    feed.chmod(0o644)  # made readable to the web server that serves it
    moved = dt.datetime(2026, 12, 17, 9, 0, tzinfo=LA)
    calls.move_call(session, weekly.id, dt.date(2026, 12, 15), moved)
    session.commit()
    code, out, _ = run(capsys, db_path, "feed")
    assert "was written" in out
    events = icalendar.Calendar.from_ical(feed.read_bytes()).walk("VEVENT")
    assert [e.decoded("DTSTART") for e in events if "RECURRENCE-ID" in e] == [moved]
    assert not list(feed.parent.glob(".calls.ics.*")), "no temporary file left beside it"
    assert feed.stat().st_mode & 0o777 == 0o644, "a rewrite keeps the file's permissions"

    code, out, _ = run(capsys, db_path, "feed", "--off")
    assert out == f"The feed at {feed} is no longer rewritten; the file stays as it is.\n"
    assert feed.exists()
    err = one_line_failure(*run(capsys, db_path, "feed"))
    assert "no feed is set" in err


def test_feed_in_a_folder_that_is_not_there_is_refused(
    capsys: pytest.CaptureFixture[str], db: Database, db_path: Path, tmp_path: Path
) -> None:
    err = one_line_failure(*run(capsys, db_path, "feed", str(tmp_path / "nowhere" / "c.ics")))
    assert "there is no folder" in err
    err = one_line_failure(*run(capsys, db_path, "feed", str(tmp_path)))
    assert "is a folder" in err
    notes = tmp_path / "notes.txt"
    notes.write_text("my precious notes\n")
    err = one_line_failure(*run(capsys, db_path, "feed", str(notes)))
    assert err == (
        f"coalition: {notes} is there already and is not a calendar: the feed would write over "
        "it; give another file name\n"
    )
    assert notes.read_text() == "my precious notes\n"
