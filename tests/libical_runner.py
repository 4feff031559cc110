"""Reads .ics files with libical (Evolution's parser) for tests, as icaljs_runner.py does
with ical.js.

libical is reached through GObject introspection: Debian's ``python3-gi`` (PyGObject) and
``gir1.2-ical-3.0`` (the ICalGLib typelib), which ``make test`` installs with apt-get.  They
belong to the system's Python, not to the project's venv, so ``tests/libical_expand.py``
runs under ``/usr/bin/python3`` and prints every occurrence in a window as JSON, in the
shape tests/icaljs/expand.mjs prints it.

    def test_export_reads_alike(tmp_path):
        require_libical()
        result = expand(tmp_path / "call.ics", datetime(2026, 1, 1, tzinfo=UTC),
                        datetime(2027, 1, 1, tzinfo=UTC))
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parent / "libical_expand.py"
# PyGObject is a Debian package of the system's Python; the venv's cannot import it.
SYSTEM_PYTHON = os.environ.get("COALITION_LIBICAL_PYTHON", "/usr/bin/python3")
PACKAGES = "python3-gi gir1.2-ical-3.0"
INSTALL_HINT = f"make test installs them; by hand: apt-get install {PACKAGES}"
_PROBE = "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@cache
def _missing() -> str | None:
    """Why libical cannot be read from here, or None when it can."""
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return f"{SYSTEM_PYTHON} does not exist, so libical's Python bindings cannot run"
    done = subprocess.run(
        [SYSTEM_PYTHON, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"{SYSTEM_PYTHON} cannot load libical through GObject introspection ({last})"
    return None


def libical_available() -> bool:
    return _missing() is None


def require_libical() -> None:
    """Call at the top of a test that needs libical.

    Skips, saying why, on a machine where the packages are not installed; in CI (env
    ``CI`` set), where ``make test`` installs them, their absence fails the test: the
    third reader must not quietly stop reading.
    """
    reason = _missing()
    if reason is None:
        return
    message = f"{reason}. {INSTALL_HINT}"
    if _in_ci():
        pytest.fail("CI: " + message, pytrace=False)
    pytest.skip(message)


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
    timeout: float = 120,
) -> dict[str, Any]:
    """Every occurrence in ``path`` that starts in [start, end), as libical reads them.

    Raises AssertionError with libical's message when the file cannot be read and, unless
    ``allow_warnings``, when libical reads something other than the file means (a TZID
    without VTIMEZONE, an override that replaces no occurrence).
    """
    command = [
        SYSTEM_PYTHON,
        str(SCRIPT),
        os.fspath(path),
        _instant(start, "start"),
        _instant(end, "end"),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise AssertionError(
            f"libical could not read {os.fspath(path)} (exit {done.returncode}): "
            f"{done.stderr.strip()}"
        )
    result: dict[str, Any] = json.loads(done.stdout)
    if result["warnings"] and not allow_warnings:
        raise AssertionError(
            f"libical reads {os.fspath(path)} differently from what it means:\n  "
            + "\n  ".join(result["warnings"])
        )
    return result
