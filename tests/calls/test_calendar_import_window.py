"""A long partner's calendar imported from the window: its progress shows over the window,
and Stop leaves nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coalition.common.errors import CoalitionError
from coalition.store.models import CallOccurrence
from coalition.ui.calls import calendar_dialogs
from coalition.ui.calls.calendar_dialogs import CalendarImportJob, CalendarImportProgress
from coalition.ui.common.context import AppContext


def many_events(count: int) -> str:
    """A calendar of ``count`` single calls, at 09:00 New York time."""
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:e{i}@x\r\nSUMMARY:Call {i}\r\n"
        f"DTSTART;TZID=America/New_York:2026{1 + i % 12:02d}{1 + i % 28:02d}T090000\r\n"
        "DURATION:PT1H\r\nEND:VEVENT\r\n"
        for i in range(count)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//EN\r\n{events}END:VCALENDAR\r\n"


def stored(ctx: AppContext) -> int:
    with ctx.reading() as session:
        return session.query(CallOccurrence).count()


def test_the_progress_shows_over_the_window_and_the_import_is_one_undo_step(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    path = tmp_path / "long.ics"
    path.write_text(many_events(3000), newline="")
    seen: list[tuple[str, int, int]] = []

    def started(dialog: CalendarImportProgress, job: CalendarImportJob) -> None:
        assert dialog.isVisible() and dialog.parentWidget() is window
        job.progressed.connect(
            lambda *_: seen.append((dialog.labelText(), dialog.value(), dialog.maximum()))
        )

    text = calendar_dialogs.import_calendar(ctx, path, window, started=started)

    assert text.splitlines()[0] == "Imported 3000 calls from long.ics"
    assert seen and seen[0] == ("Importing long.ics…", 500, 6000)
    assert stored(ctx) == 3000
    ctx.undo_stack.undo()
    assert stored(ctx) == 0


def test_stop_leaves_nothing_imported(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    path = tmp_path / "long.ics"
    path.write_text(many_events(3000), newline="")

    def started(dialog: CalendarImportProgress, job: CalendarImportJob) -> None:
        stop = dialog.findChild(QPushButton)
        assert stop is not None and stop.text() == "&Stop import"
        job.progressed.connect(lambda *_: stop.click())

    with pytest.raises(CoalitionError, match="The import was stopped; nothing was imported"):
        calendar_dialogs.import_calendar(ctx, path, window, started=started)
    assert stored(ctx) == 0 and ctx.undo_stack.count() == 0
