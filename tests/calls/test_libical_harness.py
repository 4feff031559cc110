"""The libical harness itself, on the hand-written .ics files the ical.js harness reads.

libical (Evolution's parser, through GObject introspection) must read these files as
ical.js does before its reading of the app's exports counts: the weekly Tuesday 17:30
America/Los_Angeles call across the switch to daylight time, a week moved (by a
RECURRENCE-ID with a TZID, and in UTC), a week excluded, one week's cancellation, a zone
the file defines its own way, and a broken file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import libical_runner
from libical_runner import expand, require_libical

ICS = Path(__file__).resolve().parents[1] / "data" / "ics"
UID = "weekly-call-3f6c1e2a@coalition.example.org"
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


@pytest.fixture(autouse=True)
def _libical(request: pytest.FixtureRequest) -> None:
    if request.cls is not TestRequireLibical:  # those tests fake its absence
        require_libical()


def read(name: str, **kwargs: Any) -> dict[str, Any]:
    return expand(ICS / name, *YEAR, **kwargs)


def starts(result: dict[str, Any]) -> list[str]:
    return [event["start"] for event in result["events"]]


def test_weekly_series_keeps_1730_pacific_across_daylight_saving() -> None:
    result = read("weekly.ics")

    assert result["calendar"] == {"method": "REQUEST"}
    events = result["events"]
    assert len(events) == 20
    assert events[0] == {
        "uid": UID,
        "summary": "Coalition weekly call",
        "sequence": 0,
        "status": "CONFIRMED",
        "recurrence_id": "2026-01-07T01:30:00Z",
        "start": "2026-01-07T01:30:00Z",
        "end": "2026-01-07T02:30:00Z",
        "organizer": "mailto:dana.reyes@example.org",
        "attendees": ["mailto:sam.okafor@example.org", "mailto:lee.park@example.org"],
        "overridden": False,
    }
    assert "2026-03-04T01:30:00Z" in starts(result)  # Tuesday 03-03, still PST
    assert "2026-03-11T00:30:00Z" in starts(result)  # Tuesday 03-10, PDT since 03-08
    assert events[-1]["start"] == "2026-05-20T00:30:00Z"
    assert starts(read("weekly_until_utc.ics")) == starts(result)


@pytest.mark.parametrize("name", ["weekly_moved.ics", "weekly_moved_utc_recurrence_id.ics"])
def test_moved_week_appears_once_at_its_new_time(name: str) -> None:
    result = read(name)

    assert len(result["events"]) == 20
    (moved,) = [e for e in result["events"] if e["recurrence_id"] == "2026-02-11T01:30:00Z"]
    assert (moved["start"], moved["end"], moved["overridden"], moved["sequence"]) == (
        "2026-02-13T02:00:00Z",
        "2026-02-13T03:00:00Z",
        True,
        1,
    )
    assert "2026-02-11T01:30:00Z" not in starts(result)


def test_exdate_removes_that_week_and_a_cancel_is_read_alone() -> None:
    excluded = read("weekly_exdate.ics")
    assert len(excluded["events"]) == 19
    assert "2026-02-18T01:30:00Z" not in starts(excluded)

    cancel = read("cancel_one_week.ics")
    assert cancel["calendar"] == {"method": "CANCEL"}
    (event,) = cancel["events"]
    assert (event["status"], event["recurrence_id"], event["sequence"]) == (
        "CANCELLED",
        "2026-02-25T01:30:00Z",
        2,
    )


def test_zone_comes_from_the_files_vtimezone() -> None:
    # The file defines America/Los_Angeles as a fixed -05:00; libical has a zone of that
    # name of its own, and must still believe the file.
    result = read("weekly_fixed_offset_zone.ics")
    assert result["events"][0]["start"] == "2026-01-06T22:30:00Z"
    assert "2026-03-10T22:30:00Z" in starts(result)


def test_an_override_that_matches_no_week_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "orphan_override.ics"
    path.write_bytes(
        (ICS / "weekly_moved.ics")
        .read_bytes()
        .replace(
            b"RECURRENCE-ID;TZID=America/Los_Angeles:20260210T173000",
            b"RECURRENCE-ID:20260210T173000Z",
        )
    )
    with pytest.raises(AssertionError, match="matches no occurrence"):
        expand(path, *YEAR)


def test_broken_file_raises_with_the_parsers_message() -> None:
    with pytest.raises(AssertionError, match=r"broken_unterminated\.ics \(exit 2\)"):
        read("broken_unterminated.ics")


def test_naive_window_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        expand(ICS / "weekly.ics", datetime(2026, 1, 1), YEAR[1])


class TestRequireLibical:
    """Skipped, saying why, where the packages are missing; never quietly in CI."""

    @pytest.fixture(autouse=True)
    def _no_python(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
        monkeypatch.setattr(libical_runner, "SYSTEM_PYTHON", str(tmp_path / "python3"))
        libical_runner._missing.cache_clear()
        yield
        libical_runner._missing.cache_clear()

    def test_outside_ci_skips_with_the_packages_to_install(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("CI", raising=False)
        with pytest.raises(pytest.skip.Exception, match=re.escape("python3-gi gir1.2-ical-3.0")):
            require_libical()

    def test_in_ci_fails(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("CI", "true")
        with pytest.raises(pytest.fail.Exception, match=r"^CI: .* does not exist"):
            require_libical()
