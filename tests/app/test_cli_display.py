"""The window's missing system libraries are named before Qt aborts on them."""

from __future__ import annotations

import ctypes.util

import pytest

from coalition import cli
from coalition.cli import app as cli_app


def test_missing_x11_libraries_are_named_with_their_packages(
    monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cli_app.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    real = ctypes.util.find_library
    monkeypatch.setattr(
        cli_app.ctypes.util,
        "find_library",
        lambda name: None if name in ("xcb-cursor", "xcb-icccm") else real(name),
    )

    assert cli.main(["gui"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "libxcb-cursor0" in err and "libxcb-icccm4" in err


def test_no_check_off_linux_or_without_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_app.sys, "platform", "darwin")
    assert cli_app._missing_display_libraries() is None
    monkeypatch.setattr(cli_app.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert cli_app._missing_display_libraries() is None
