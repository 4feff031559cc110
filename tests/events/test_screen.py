"""The Events screen as an organizer uses it: a new event (its problems shown beside the
fields), a shift, a person assigned, checked in and out, the shift sheet printed and the
month written to a calendar file; it fits a 1366×768 laptop."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coalition.store.models import Event, Person
from coalition.ui.common.context import AppContext
from coalition.ui.events import screen as events_screen
from coalition.ui.events.dialogs import AssignDialog, EventDialog, ShiftDialog
from coalition.ui.events.screen import EventsScreen


def person_id(ctx: AppContext, name: str) -> str:
    with ctx.reading() as session:
        found = session.scalar(select(Person.id).where(Person.name == name))
    assert found is not None
    return found


@pytest.fixture
def screen(qtbot: QtBot, sample_ctx: AppContext) -> EventsScreen:
    widget = EventsScreen(sample_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_sample_month_fits_a_laptop_screen(screen: EventsScreen, tmp_path: Path) -> None:
    # The sample's events are in the coming weeks: one of the next two months shows some.
    if not screen.rows:
        screen.calendar.showNextMonth()
    assert screen.rows
    assert screen.event_id is not None
    assert screen.title.text()
    assert "Hosts:" in screen.details.text()
    assert screen.shift_table.rowCount() >= 2
    assert screen.minimumSizeHint().width() <= 1366
    assert screen.minimumSizeHint().height() <= 768
    assert screen.grab().save(str(tmp_path / "events.png"))


def test_create_add_a_shift_assign_check_in_print_and_export(
    qtbot: QtBot,
    screen: EventsScreen,
    sample_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = screen.new_event()
    assert isinstance(dialog, EventDialog)
    dialog.name.clear()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem_text("name") == "The event's name cannot be empty."

    dialog.name.setText("Tabling at the Sacramento farmers' market")
    day = QDate(2027, 4, 17)
    dialog.start.setDateTime(QDateTime(day, QTime(9, 0)))
    dialog.end.setDateTime(QDateTime(day, QTime(13, 0)))
    dialog.zone.setEditText("America/Los_Angeles")
    dialog.state.setText("CA")
    dialog.county.setText("Sacramento")
    dialog.place.setText("8th & W St, Sacramento")
    dialog.hosts.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert not dialog.isVisible()
    with sample_ctx.reading() as session:
        event = session.scalar(
            select(Event).where(Event.name == "Tabling at the Sacramento farmers' market")
        )
        assert event is not None
        assert event.starts_at == dt.datetime(2027, 4, 17, 16, 0, tzinfo=dt.UTC)
        event_id = event.id
    assert screen.event_id == event_id
    assert screen.calendar.monthShown() == 4
    assert "farmers' market" in screen.title.text()

    shift_dialog = screen.add_shift()
    assert isinstance(shift_dialog, ShiftDialog)
    shift_dialog.title.setText("Table")
    shift_dialog.start.setTime(QTime(12, 0))
    shift_dialog.end.setTime(QTime(11, 0))
    shift_dialog.accept()
    assert "must end after it starts" in shift_dialog.problem_text("end")
    shift_dialog.start.setTime(QTime(9, 0))
    shift_dialog.slots.setValue(1)
    shift_dialog.accept()
    assert not shift_dialog.isVisible()
    assert screen.shift_table.rowCount() == 1
    assert screen.shift_table.item(0, 3).text() == "(nobody yet)"

    assign = screen.assign_person()
    assert isinstance(assign, AssignDialog)
    assign.person.set_person(person_id(sample_ctx, "Kenji Watanabe"))
    assign.accept()
    assert not assign.isVisible()
    assert screen.shift_table.item(0, 3).text() == "Kenji Watanabe"
    full = screen.assign_person()
    assert isinstance(full, AssignDialog)
    full.person.set_person(person_id(sample_ctx, "Lan Nguyen"))
    full.accept()
    assert "is full (1 of 1 slots taken)" in full.problem_text("person")
    full.done(0)

    screen.shift_table.selectRow(0)
    assert screen.check_in_button.isEnabled()
    qtbot.mouseClick(screen.check_in_button, Qt.MouseButton.LeftButton)
    assert screen.shift_table.item(0, 5).text() != ""
    screen.shift_table.selectRow(0)
    qtbot.mouseClick(screen.check_out_button, Qt.MouseButton.LeftButton)
    assert screen.shift_table.item(0, 6).text() != ""

    pdf = tmp_path / "sheet.pdf"
    monkeypatch.setattr(events_screen.filedialogs, "save_file", lambda *_a, **_k: str(pdf))
    assert screen.print_sheet() == str(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")

    ics = tmp_path / "april.ics"
    monkeypatch.setattr(events_screen.filedialogs, "save_file", lambda *_a, **_k: str(ics))
    assert screen.export_ics() == str(ics)
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [
        "Tabling at the Sacramento farmers' market"
    ]

    screen.shift_table.selectRow(0)
    edit = screen.edit_shift()
    assert isinstance(edit, ShiftDialog)
    assert edit.title.text() == "Table"
    edit.slots.setValue(4)
    edit.accept()
    assert screen.shift_table.item(0, 2).text() == "1/4"

    monkeypatch.setattr(events_screen, "ask_to_confirm", lambda *_a, **_k: True)
    screen.shift_table.selectRow(0)
    screen.delete_shift()
    assert screen.shift_table.rowCount() == 0
    screen.cancel_event()
    assert "(cancelled)" in screen.title.text()
    screen.delete_event()
    assert screen.event_id is None
    sample_ctx.undo_stack.undo()
    QApplication.processEvents()
    with sample_ctx.reading() as session:
        assert session.get(Event, event_id) is not None


def test_the_usual_questions_are_shown_in_the_windows_language(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coalition.events.events import default_questions
    from coalition.ui.events import question_labels

    spanish = {"I pledge to register to vote": "Me comprometo a inscribirme para votar"}
    monkeypatch.setattr(
        question_labels.QCoreApplication,
        "translate",
        lambda _context, text, *_a: spanish.get(text, text),
    )
    labels = [question_labels.question_label(q) for q in default_questions()]
    assert labels[2] == "Me comprometo a inscribirme para votar"
    own = {"key": "pledge", "label": "Will you register before the deadline?"}
    assert question_labels.question_label(own) == "Will you register before the deadline?"


def test_the_event_form_says_which_list_is_the_hosts_and_shows_their_names_whole(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    """Two lists of the same organizations side by side: each has its heading (the list's
    buddy), and a chapter's long name is not cut by the dialog's width."""
    from PySide6.QtWidgets import QLabel

    dialog = EventDialog(sample_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    headings = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)}
    assert headings[dialog.hosts] == "Hosts"
    assert headings[dialog.partners] == "Partners"
    for box in (dialog.hosts, dialog.partners):
        widest = max(box.sizeHintForColumn(0), 0)
        assert widest <= box.viewport().width(), box.objectName()
    assert dialog.width() <= 1280 and dialog.height() <= 800


def test_a_shifts_title_shows_its_example_whole(qtbot: QtBot, sample_ctx: AppContext) -> None:
    """The shift dialog was as narrow as its fields' own hints: "Table, set-up, clean-up"
    (in Spanish, "Mesa, montaje, limpieza") was cut in the title's field."""
    with sample_ctx.reading() as session:
        event_id = session.scalars(select(Event.id)).first()
    assert event_id is not None
    dialog = ShiftDialog(sample_ctx, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    title = dialog.title
    needed = title.fontMetrics().horizontalAdvance(title.placeholderText())
    assert title.width() > needed


def test_a_new_events_zone_follows_its_state_until_chosen(
    qtbot: QtBot, sample_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An organizer in New York planning a Fresno fair: 10:00 there is Pacific time, as the
    command line's add-event has it; a zone chosen by hand is kept."""
    from PySide6.QtTest import QTest

    from coalition.ui.events import dialogs

    monkeypatch.setattr(dialogs, "system_zone", lambda: "America/New_York")
    dialog = EventDialog(sample_ctx)
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText() == "America/New_York"
    QTest.keyClicks(dialog.state, "California")
    assert dialog.zone.currentText() == "America/Los_Angeles"
    dialog.state.clear()
    QTest.keyClicks(dialog.state, "NV")
    assert dialog.zone.currentText() == "America/Los_Angeles"  # Nevada's, too
    dialog.zone.setCurrentIndex(dialog.zone.findText("America/Denver"))
    dialog.zone.activated.emit(dialog.zone.currentIndex())  # as a choice from the list
    dialog.state.clear()
    QTest.keyClicks(dialog.state, "TX")
    assert dialog.zone.currentText() == "America/Denver"
