"""Reads .ics files with Mozilla's ical.js (Thunderbird's parser) under Node, for tests.

Coalition writes iCalendar with the Python ``icalendar`` library; a test that reads the file
back with the same library proves little. ``tests/icaljs/expand.mjs`` reads it with ical.js
instead (pinned in ``tests/icaljs/package-lock.json``, installed by ``make test``) and prints
every occurrence in a window as JSON; this module runs it.

    def test_export_reads_alike(tmp_path):
        require_icaljs()
        result = expand(tmp_path / "call.ics", datetime(2026, 1, 1, tzinfo=UTC),
                        datetime(2027, 1, 1, tzinfo=UTC))
        assert [e["start"] for e in result["events"]][:1] == ["2026-01-07T01:30:00Z"]

``result`` is ``{"calendar": {"method": str | None}, "events": [...], "warnings": [...]}``; each
event has uid, summary, sequence, status, recurrence_id, start, end (UTC, ``...Z``),
organizer, attendees (``mailto:`` strings) and overridden. See expand.mjs for the details.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

ICALJS_DIR = Path(__file__).resolve().parent / "icaljs"
SCRIPT = ICALJS_DIR / "expand.mjs"
NODE_MODULES = ICALJS_DIR / "node_modules"
INSTALL_HINT = "make test installs it; by hand: npm ci --prefix tests/icaljs --no-audit --no-fund"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _node() -> str | None:
    return shutil.which("node")


def icaljs_available() -> bool:
    """Whether ``node`` is on PATH and ical.js is installed in tests/icaljs/node_modules."""
    return _node() is not None and (NODE_MODULES / "ical.js" / "package.json").is_file()


def require_icaljs() -> None:
    """Call at the top of a test (or from a fixture) that needs ical.js.

    Skips only on a developer's machine without Node at all. In CI (env ``CI`` set), or
    wherever Node is present, a missing ical.js fails the test: the check that the exports
    are read alike by a non-Python reader must not quietly stop running.
    """
    if icaljs_available():
        return
    if _node() is None:
        message = (
            "Node.js is not installed (no `node` on PATH), so the .ics files cannot be "
            "read back with ical.js. On Debian: apt-get install nodejs npm; then " + INSTALL_HINT
        )
        if _in_ci():
            pytest.fail("CI: " + message, pytrace=False)
        pytest.skip(message)
    pytest.fail(f"ical.js is not installed in {NODE_MODULES} ({INSTALL_HINT})", pytrace=False)


def _instant(value: datetime, name: str) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def expand(
    path: str | os.PathLike[str],
    start: datetime,
    end: datetime,
    *,
    allow_warnings: bool = False,
    timeout: float = 60,
) -> dict[str, Any]:
    """Every occurrence in ``path`` that starts in [start, end), as ical.js reads them.

    Raises AssertionError, carrying the parser's message, when node exits non-zero (2: the
    file cannot be read), and, unless ``allow_warnings``, when the result has warnings:
    something ical.js reads differently from what the file means (a TZID with no VTIMEZONE,
    an override that matches no week, an EXDATE that removes nothing...).
    """
    node = _node()
    if node is None or not icaljs_available():
        raise AssertionError(
            f"ical.js is not available: call require_icaljs() first ({INSTALL_HINT})"
        )
    command = [node, str(SCRIPT), os.fspath(path), _instant(start, "start"), _instant(end, "end")]
    done = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise AssertionError(
            f"ical.js could not read {os.fspath(path)} (exit {done.returncode}): "
            f"{done.stderr.strip()}"
        )
    try:
        result: dict[str, Any] = json.loads(done.stdout)
    except json.JSONDecodeError as error:
        raise AssertionError(
            f"expand.mjs printed no JSON ({error}): {done.stdout[:500]!r} {done.stderr.strip()}"
        ) from error
    if result["warnings"] and not allow_warnings:
        raise AssertionError(
            f"ical.js reads {os.fspath(path)} differently from what it means:\n  "
            + "\n  ".join(result["warnings"])
        )
    return result
