"""Who answered the next call's invitation, on the Calls screen: accepted, tentative,
declined, not answered, another time proposed (shown, never applied); the minutes
marked final as one undoable change; a reply dropped on the window read with a sentence
of what it did; the replies nobody matched listed under Mail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from coalition.calls import meetings
from coalition.calls import series as calls
from coalition.store.models import CallOccurrence
from coalition.store.models.mail import Partstat, Rsvp
from coalition.ui.calls import CallsScreen
from coalition.ui.common.context import AppContext
from coalition.ui.shell.mainwindow import MainWindow


@pytest.fixture
def screen(qtbot: QtBot, sample_ctx: AppContext) -> CallsScreen:
    widget = CallsScreen(sample_ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 740)
    widget.show()
    return widget


def answer(
    ctx: AppContext, series_id: str, person_id: str, state: Partstat, **fields: object
) -> None:
    """An answer to the series' invitation, as reading a reply records it."""
    with ctx.db.session() as session:
        session.add(
            Rsvp(
                series_id=series_id,
                person_id=person_id,
                attendee=f"{person_id}@example.org",
                partstat=state,
                answered_at=dt.datetime.now(dt.UTC),
                **fields,
            )
        )
        session.commit()


def test_the_next_call_shows_who_answered_and_what_they_proposed(
    screen: CallsScreen, sample_ctx: AppContext
) -> None:
    ctx = sample_ctx
    panel = screen.panel
    assert panel.call is not None and panel.call.series_id is not None
    series_id = panel.call.series_id
    with ctx.reading() as session:
        day = panel.call.original_date
        organizer = calls.get_series(session, series_id).organizer_id
        # Who is asked: the invited, the organizer aside (they sent the invitation).
        people = [p for p in calls.invitees(session, series_id, on=day) if p.id != organizer]
    first, second, third = people[0], people[1], people[2]
    answer(ctx, series_id, first.id, Partstat.ACCEPTED)
    answer(ctx, series_id, second.id, Partstat.DECLINED, comment="On leave")
    answer(
        ctx,
        series_id,
        third.id,
        Partstat.TENTATIVE,
        counter="2026-12-10 18:00 (America/Los_Angeles): after the council meeting",
    )
    panel.reload()

    shown = {name: (state, note) for name, state, note in panel.answers.rows_shown()}
    assert shown[first.name] == ("Accepted", "")
    assert shown[second.name] == ("Declined", "“On leave”")
    assert shown[third.name][0] == "Tentative"
    assert shown[third.name][1] == "proposes Thursday 6:00\u202fPM: “after the council meeting”"
    others = [p.name for p in people[3:]]
    assert all(shown[name][0] == "Not answered" for name in others)
    summary = panel.answers.summary.text()
    assert "1 accepted" in summary and "1 declined" in summary and "1 tentative" in summary
    assert f"{len(others)} not answered" in summary
    assert f"Answers (3 of {len(people)})" == panel.tabs.tabText(panel.answers_tab_index)
    if panel.call.occurrence_id is None:  # a week not prepared yet shows them on its page
        assert panel.early_answers.isVisibleTo(panel)


def test_minutes_marked_final_once_and_undone(screen: CallsScreen, sample_ctx: AppContext) -> None:
    ctx = sample_ctx
    panel = screen.panel
    assert panel.call is not None
    if panel.call.occurrence_id is None:
        panel.prepare_button.click()
    assert panel.call.occurrence_id is not None
    occurrence_id = panel.call.occurrence_id
    with ctx.reading() as session:
        assert meetings.agenda(session, occurrence_id)
    assert panel.minutes_final_button.isEnabled()
    panel.minutes_final_button.click()
    with ctx.reading() as session:
        occurrence = session.get(CallOccurrence, occurrence_id)
        assert occurrence is not None and occurrence.minutes_final_at is not None
    assert not panel.minutes_final_button.isEnabled()
    assert panel.minutes_final_button.text() == "Minutes final"
    ctx.undo_stack.undo()
    with ctx.reading() as session:
        occurrence = session.get(CallOccurrence, occurrence_id)
        assert occurrence is not None and occurrence.minutes_final_at is None
    assert panel.minutes_final_button.isEnabled()


def test_read_replies_without_a_mailbox_says_where_to_set_one(
    screen: CallsScreen,
) -> None:
    panel = screen.panel
    assert panel.read_replies() is False
    assert "File → Mail account" in panel.replies_note.text()


def test_a_reply_dropped_on_the_window_is_read_and_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: hasattr(window, "mail_sender"), timeout=5000)
    sender = window.mail_sender  # type: ignore[attr-defined]
    reply = tmp_path / "reply.eml"
    reply.write_bytes(
        b"From: stranger@example.net\r\nTo: organizer@example.org\r\n"
        b"Subject: Accepted: Coalition call\r\nMessage-ID: <r1@example.net>\r\n\r\nSee you.\r\n"
    )
    messages: list[str] = []
    window.ctx.message.connect(messages.append)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(reply))])
    enter = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt hands a drop from another program to the window's filter; a test has no other
    # program to drag from, so it hands the events to the filter itself.
    assert sender.eventFilter(window, enter) and enter.isAccepted()
    with qtbot.waitSignal(sender.repliesRead, timeout=5000):
        assert sender.eventFilter(window, drop)
    assert messages and messages[-1].endswith(".")
    assert "Unmatched replies" in messages[-1], messages[-1]  # where to find it, said

    dialog = sender.open_unmatched()
    qtbot.addWidget(dialog)
    senders = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "stranger@example.net" in senders  # listed, never guessed
