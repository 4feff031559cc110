"""The ical.js harness itself, on hand-written .ics files whose reading is known in advance.

Before the app's exports are judged by what ical.js (Thunderbird's parser, under Node) reads
in them, the harness must be shown to read correct files correctly: a weekly Tuesday 17:30
America/Los_Angeles call across the 2026 switch to daylight time, one week moved, one week
excluded, one week cancelled by itself, and a broken file. The fixtures are in
tests/data/ics (CRLF line endings, RFC 5545 folding, kept byte for byte by .gitattributes).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import icaljs_runner
from icaljs_runner import expand, require_icaljs

ICS = Path(__file__).resolve().parents[1] / "data" / "ics"
UID = "weekly-call-3f6c1e2a@coalition.example.org"
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)
YEAR_END = datetime(2027, 1, 1, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _icaljs(request: pytest.FixtureRequest) -> None:
    if request.cls is not TestRequireIcaljs:  # those tests fake its absence
        require_icaljs()


def read(name: str, **kwargs: Any) -> dict[str, Any]:
    return expand(ICS / name, YEAR_START, YEAR_END, **kwargs)


def starts(result: dict[str, Any]) -> list[str]:
    return [event["start"] for event in result["events"]]


def test_fixtures_are_crlf_and_folded_at_75_octets() -> None:
    for path in sorted(ICS.glob("*.ics")):
        data = path.read_bytes()
        lines = data.split(b"\r\n")
        assert all(b"\n" not in line and b"\r" not in line for line in lines), path.name
        assert max(len(line) for line in lines) <= 75, path.name


def test_weekly_series_keeps_1730_pacific_across_daylight_saving() -> None:
    result = read("weekly.ics")

    assert result["calendar"] == {"method": "REQUEST"}
    assert result["warnings"] == []
    events = result["events"]
    assert len(events) == 20  # COUNT=20: 2026-01-06 .. 2026-05-19
    assert events[0]["start"] == "2026-01-07T01:30:00Z"  # 17:30 PST = 01:30Z next day
    assert events[-1]["start"] == "2026-05-20T00:30:00Z"  # 17:30 PDT = 00:30Z next day
    assert "2026-03-04T01:30:00Z" in starts(result)  # Tuesday 2026-03-03, still PST
    assert "2026-03-11T00:30:00Z" in starts(result)  # Tuesday 2026-03-10, PDT since 03-08
    first = events[0]
    assert first == {
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
    assert all(e["end"] > e["start"] and e["recurrence_id"] == e["start"] for e in events)


def test_window_is_half_open_on_start() -> None:
    # [2026-03-04T01:30Z, 2026-03-11T00:30Z): the first Tuesday in, the next one out.
    result = expand(
        ICS / "weekly.ics",
        datetime(2026, 3, 4, 1, 30, tzinfo=UTC),
        datetime(2026, 3, 11, 0, 30, tzinfo=UTC),
    )
    assert starts(result) == ["2026-03-04T01:30:00Z"]


def test_until_in_utc_bounds_the_same_twenty_weeks() -> None:
    assert starts(read("weekly_until_utc.ics")) == starts(read("weekly.ics"))


@pytest.mark.parametrize("name", ["weekly_moved.ics", "weekly_moved_utc_recurrence_id.ics"])
def test_moved_week_appears_once_at_its_new_time(name: str) -> None:
    result = read(name)

    events = result["events"]
    assert len(events) == 20
    assert "2026-02-11T01:30:00Z" not in starts(result)  # Tuesday 02-10 17:30 PST
    moved = [e for e in events if e["recurrence_id"] == "2026-02-11T01:30:00Z"]
    assert len(moved) == 1
    assert moved[0]["start"] == "2026-02-13T02:00:00Z"  # Thursday 02-12 18:00 PST
    assert moved[0]["end"] == "2026-02-13T03:00:00Z"
    assert moved[0]["overridden"] is True
    assert moved[0]["sequence"] == 1
    assert moved[0]["summary"] == "Coalition weekly call (moved to Thursday)"
    others = [e for e in events if e is not moved[0]]
    assert all(not e["overridden"] and e["sequence"] == 0 for e in others)
    assert starts(result) == sorted(starts(result))


def test_moved_week_is_found_from_a_window_it_was_moved_into() -> None:
    result = expand(
        ICS / "weekly_moved.ics",
        datetime(2026, 2, 12, tzinfo=UTC),
        datetime(2026, 2, 14, tzinfo=UTC),
    )
    assert starts(result) == ["2026-02-13T02:00:00Z"]


def test_exdate_removes_that_week() -> None:
    result = read("weekly_exdate.ics")

    assert len(result["events"]) == 19
    assert "2026-02-18T01:30:00Z" not in starts(result)  # Tuesday 02-17 17:30 PST
    assert {"2026-02-11T01:30:00Z", "2026-02-25T01:30:00Z"} <= set(starts(result))


def test_cancel_of_one_week_is_read_alone() -> None:
    result = read("cancel_one_week.ics")

    assert result["calendar"] == {"method": "CANCEL"}
    assert result["warnings"] == []
    [event] = result["events"]
    assert event["uid"] == UID
    assert event["status"] == "CANCELLED"
    assert event["sequence"] == 2
    assert event["recurrence_id"] == "2026-02-25T01:30:00Z"  # Tuesday 02-24 17:30 PST
    assert event["start"] == "2026-02-25T01:30:00Z"
    assert event["attendees"] == ["mailto:sam.okafor@example.org", "mailto:lee.park@example.org"]


def test_broken_file_raises_with_the_parsers_message() -> None:
    with pytest.raises(AssertionError) as raised:
        read("broken_unterminated.ics")
    message = str(raised.value)
    assert "broken_unterminated.ics" in message
    assert "exit 2" in message
    assert "component began but did not end" in message


def test_zone_comes_from_the_files_vtimezone() -> None:
    # The file defines America/Los_Angeles as a fixed -05:00: ical.js must believe the file,
    # which shows it has no zone database of its own to fall back on.
    result = read("weekly_fixed_offset_zone.ics")
    assert result["events"][0]["start"] == "2026-01-06T22:30:00Z"
    assert "2026-03-10T22:30:00Z" in starts(result)


def test_tzid_without_vtimezone_is_reported() -> None:
    with pytest.raises(AssertionError, match="no VTIMEZONE in the file defines it"):
        read("weekly_without_vtimezone.ics")

    result = read("weekly_without_vtimezone.ics", allow_warnings=True)
    assert len(result["warnings"]) == 2  # DTSTART and DTEND
    assert result["events"][0]["start"] == "2026-01-06T17:30:00"  # floating: no Z


def test_override_and_exdate_that_ical_js_would_drop_are_reported(tmp_path: Path) -> None:
    moved = (ICS / "weekly_moved.ics").read_bytes()
    # The wall-clock time written as if it were UTC: an instant the series never has.
    path = tmp_path / "orphan_override.ics"
    path.write_bytes(
        moved.replace(
            b"RECURRENCE-ID;TZID=America/Los_Angeles:20260210T173000",
            b"RECURRENCE-ID:20260210T173000Z",
        )
    )
    with pytest.raises(AssertionError, match="matches no occurrence"):
        expand(path, YEAR_START, YEAR_END)

    excluded = (ICS / "weekly_exdate.ics").read_bytes()
    # Two EXDATEs that match no week, then one that does: ical.js then fails to apply the third.
    path = tmp_path / "stray_exdates.ics"
    path.write_bytes(
        excluded.replace(
            b"EXDATE;TZID=America/Los_Angeles:20260217T173000",
            b"EXDATE;TZID=America/Los_Angeles:20260210T100000,20260210T110000,\r\n 20260217T173000",
        )
    )
    result = expand(path, YEAR_START, YEAR_END, allow_warnings=True)
    assert any("still lists" in w for w in result["warnings"])
    assert sum("matches no occurrence" in w for w in result["warnings"]) == 2


def test_naive_window_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        expand(ICS / "weekly.ics", datetime(2026, 1, 1), YEAR_END)


class TestRequireIcaljs:
    """Skipped only on a developer's machine without Node; never quietly in CI."""

    def test_no_node_outside_ci_skips(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(icaljs_runner, "_node", lambda: None)
        monkeypatch.delenv("CI", raising=False)
        with pytest.raises(pytest.skip.Exception, match=re.escape("Node.js is not installed")):
            require_icaljs()

    def test_no_node_in_ci_fails(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(icaljs_runner, "_node", lambda: None)
        monkeypatch.setenv("CI", "true")
        with pytest.raises(pytest.fail.Exception, match=re.escape("CI: Node.js is not installed")):
            require_icaljs()

    @pytest.mark.parametrize("ci", ["true", None])
    def test_missing_node_modules_fails(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ci: str | None
    ) -> None:
        monkeypatch.setattr(icaljs_runner, "_node", lambda: "/usr/bin/node")
        monkeypatch.setattr(icaljs_runner, "NODE_MODULES", tmp_path / "node_modules")
        if ci is None:
            monkeypatch.delenv("CI", raising=False)
        else:
            monkeypatch.setenv("CI", ci)
        with pytest.raises(pytest.fail.Exception, match="npm ci --prefix tests/icaljs"):
            require_icaljs()
        with pytest.raises(AssertionError, match="not available"):
            expand(ICS / "weekly.ics", YEAR_START, YEAR_END)
