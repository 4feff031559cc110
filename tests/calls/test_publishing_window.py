"""The shared calendar and the feed from the window: set up under File, kept current a
moment after each change in a worker thread, the state in the status bar, and changes
made while the calendar's server is away sent once it is back (a real Radicale:
tests/radicale_server.py)."""

from __future__ import annotations

import datetime as dt
import socket
import uuid
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coalition.calls import caldav_publish as caldav_out
from coalition.calls import series as calls
from coalition.store.models import CallSeries
from coalition.ui.calls.publishing import CalDavDialog, CalendarPublisher, FeedDialog
from coalition.ui.shell.mainwindow import MainWindow
from memory_keyring import MemoryKeyring
from radicale_server import RadicaleServer

RUN_TIMEOUT_MS = 30_000


@pytest.fixture
def publisher(qtbot: QtBot, window: MainWindow) -> CalendarPublisher:
    qtbot.waitUntil(lambda: hasattr(window, "calendar_publisher"), timeout=5000)
    found: CalendarPublisher = window.calendar_publisher  # type: ignore[attr-defined]
    found.debounce.setInterval(50)  # a test need not wait the seconds a burst of typing gets
    found.retry.setInterval(300)
    return found


def weekly(window: MainWindow) -> tuple[CallSeries, dt.date]:
    """The sample's weekly call and the date of its next week."""
    with window.ctx.reading() as session:
        series = calls.all_series(session)[0]
        following = calls.next_call(session, series.id)
        assert following is not None and following.original_date is not None
        return series, following.original_date


def test_the_file_menu_has_both(window: MainWindow, publisher: CalendarPublisher) -> None:
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    at = texts.index("Export the &calendar (.ics)…")
    assert texts[at + 1 : at + 3] == ["Shared calen&dar (CalDAV)…", "Subscription &feed…"]
    assert not publisher.label.isVisible(), "nothing to say while nothing is published"


def test_the_feed_is_rewritten_after_a_change(
    qtbot: QtBot, window: MainWindow, publisher: CalendarPublisher, tmp_path: Path
) -> None:
    feed = tmp_path / "calls.ics"
    dialog = publisher.open_feed()
    assert isinstance(dialog, FeedDialog)
    dialog.path.setText(str(feed))
    with qtbot.waitSignal(publisher.finished, timeout=RUN_TIMEOUT_MS):
        dialog.accept()
    assert b"BEGIN:VEVENT" in feed.read_bytes()
    assert publisher.label.text().startswith("Feed written ")

    series, day = weekly(window)
    with qtbot.waitSignal(publisher.finished, timeout=RUN_TIMEOUT_MS):
        window.ctx.run(calls.cancel_call, series.id, day, label="Cancel call")

    events = icalendar.Calendar.from_ical(feed.read_bytes()).walk("VEVENT")
    cancelled = [e for e in events if e.get("UID") == series.uid and "RECURRENCE-ID" in e]
    assert [str(e["STATUS"]) for e in cancelled if e.decoded("RECURRENCE-ID").date() == day] == [
        "CANCELLED"
    ]


def test_the_shared_calendar_waits_while_its_server_is_away(
    qtbot: QtBot,
    window: MainWindow,
    publisher: CalendarPublisher,
    radicale_up: RadicaleServer,
    memory_keyring: MemoryKeyring,
) -> None:
    url = radicale_up.calendar_url(f"window-{uuid.uuid4().hex[:8]}")
    dialog = publisher.open_caldav()
    assert isinstance(dialog, CalDavDialog)
    dialog.url.setText(url)
    dialog.user.setText(radicale_up.user)
    dialog.password.setText(radicale_up.password)
    with qtbot.waitSignal(publisher.finished, timeout=RUN_TIMEOUT_MS) as first:
        dialog.accept()
    report = first.args[0].report
    assert report is not None and report.created and report.put > 0
    assert radicale_up.password in memory_keyring.secrets.values()
    assert publisher.label.text().startswith("Calendar published ")

    radicale_up.kill()
    series, day = weekly(window)
    with qtbot.waitSignal(publisher.finished, timeout=RUN_TIMEOUT_MS) as away:
        window.ctx.run(calls.cancel_call, series.id, day, label="Cancel call")
    assert "cannot reach the calendar server" in away.args[0].caldav_error
    assert publisher.label.text() == "Calendar waiting"
    assert "Cannot reach the calendar server" in publisher.label.toolTip()
    assert caldav_out.pending(window.ctx.db) == 1

    radicale_up.start()  # the retry, a moment later, finds it back
    with qtbot.waitSignal(publisher.finished, timeout=RUN_TIMEOUT_MS) as back:
        pass
    assert back.args[0].report is not None and back.args[0].report.uids == [series.uid]
    assert caldav_out.pending(window.ctx.db) == 0
    assert publisher.label.text().startswith("Calendar published ")

    window.ctx.run(calls.restore_call, series.id, day, label="Restore call")
    publisher.debounce.stop()  # a click on the label publishes at once, without the wait
    with qtbot.waitSignal(publisher.finished, timeout=RUN_TIMEOUT_MS) as clicked:
        qtbot.mouseClick(publisher.label, Qt.MouseButton.LeftButton)
    assert clicked.args[0].report.uids == [series.uid]


def test_a_calendar_without_a_password_is_not_taken(
    window: MainWindow, publisher: CalendarPublisher, memory_keyring: MemoryKeyring
) -> None:
    dialog = publisher.open_caldav()
    dialog.url.setText("https://dav.example.org/calendars/dana/calls/")
    dialog.user.setText("dana")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem.text() == "The calendar needs dana's password."
    dialog.url.setText("not an address")
    dialog.accept()
    assert "is not a calendar's address" in dialog.problem.text()
    dialog.reject()


def test_a_server_that_never_answers_does_not_hold_the_window(
    qtbot: QtBot,
    window: MainWindow,
    publisher: CalendarPublisher,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(caldav_out, "TIMEOUT_S", 2)
    with socket.socket() as silent:  # takes connections, never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/organizer/calls/"
        dialog = publisher.open_caldav()
        dialog.url.setText(url)
        dialog.user.setText("organizer")
        dialog.password.setText("secret")
        with qtbot.waitSignal(publisher.finished, timeout=RUN_TIMEOUT_MS) as outcome:
            dialog.accept()
            assert publisher.running()
            assert publisher.label.text() == "Publishing the calendar…"
            series, day = weekly(window)  # the window works on meanwhile
            window.ctx.run(calls.cancel_call, series.id, day, label="Cancel call")
            qtbot.wait(50)
            assert publisher.running()
        assert "cannot reach the calendar server" in outcome.args[0].caldav_error
    assert publisher.label.text() == "Calendar waiting"
    publisher.retry.stop()
