"""File dialogs open in Documents the first time, then where the person last saved or
read that kind of file, never in the folder the app was started from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from coalition.ui.common.context import AppContext
from coalition.ui.goals.screen import DashboardScreen


def _dialog(offered: list[str], answer: str = "") -> Callable[..., tuple[str, str]]:
    """A stand-in for Qt's static file dialog: notes where it would open, answers ``answer``."""

    def ask(_parent: object, _title: str, where: str, _filters: str = "") -> tuple[str, str]:
        offered.append(where)
        return answer, ""

    return ask


def test_the_board_report_is_offered_in_documents_then_in_the_folder_used_last(
    qtbot: QtBot, sample_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = DashboardScreen(sample_ctx)
    qtbot.addWidget(screen)
    offered: list[str] = []
    reports = tmp_path / "board meetings"
    reports.mkdir()

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", _dialog(offered, str(reports / "december.pdf"))
    )
    screen.export_report()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(offered[0]) == Path(documents) / "coalition-report.pdf"
    assert (reports / "december.pdf").stat().st_size > 0

    screen.export_report()
    assert Path(offered[1]) == reports / "coalition-report.pdf"
    # Another kind of file keeps its own folder: a picture still starts in Documents.
    pictures: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _dialog(pictures))
    assert screen._ask_picture("Export the chart", "Members.png") == ""
    assert Path(pictures[0]) == Path(documents) / "Members.png"


def test_a_calendar_import_opens_where_the_last_one_was_read(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coalition.ui.calls.calendar_dialogs import import_calendar_interactively
    from coalition.ui.common.widgets import muted

    parent = muted()
    qtbot.addWidget(parent)
    started_in: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", _dialog(started_in))
    import_calendar_interactively(ctx, parent)  # cancelled: nothing read, nothing remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert started_in == [documents]

    partners = tmp_path / "partners"
    partners.mkdir()
    (partners / "their.ics").write_text("not a calendar")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", _dialog(started_in, str(partners / "their.ics"))
    )
    monkeypatch.setattr(
        "coalition.ui.calls.calendar_dialogs.QMessageBox.warning", lambda *args: None
    )
    monkeypatch.setattr(
        "coalition.ui.calls.calendar_dialogs.QMessageBox.information", lambda *args: None
    )
    import_calendar_interactively(ctx, parent)
    import_calendar_interactively(ctx, parent)
    assert started_in[-1] == str(partners)
