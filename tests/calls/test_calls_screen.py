"""The Calls screen driven as an organizer would: a series made in its dialog, a call
prepared, its agenda reordered and timed, one week moved and one cancelled, the roll
called, and the agenda and minutes sent out as Markdown, PDF and print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from coalition.calls import actions, documents, meetings
from coalition.calls import series as calls
from coalition.directory import records as directory
from coalition.directory.records import MembershipInput, OrganizationInput, PersonInput
from coalition.ui.calls import CallsScreen, MoveDialog, SeriesDialog
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext
from coalition.ui.common.pickers import set_zone

TUESDAY = 1


@pytest.fixture
def group(ctx: AppContext) -> str:
    """A group with representatives in California and Oregon, and one member who
    represents no state."""
    with ctx.db.session() as session:
        org = directory.create_organization(session, OrganizationInput(name="Yes California"))
        for name, state in (("Ana Reyes", "CA"), ("Ben Olsen", "OR"), ("Cy Park", "")):
            person = directory.create_person(session, PersonInput(name=name, state=state or "WA"))
            session.flush()
            directory.add_membership(
                session, MembershipInput(person.id, org.id, role="Lead", represents_state=state)
            )
        session.flush()
        return org.id


@pytest.fixture(autouse=True)
def no_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question nobody answers would wait for ever: any asked unanswered fails the test."""

    def refuse(_parent: object, what: str) -> editing.Answer:
        raise AssertionError(f"unexpected question about {what}")

    monkeypatch.setattr(editing, "ask_hook", refuse)


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> CallsScreen:
    ctx.settings.setValue("calls/zone", "America/New_York")
    widget = CallsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _first_tuesday_weeks_ago(weeks: int) -> dt.date:
    today = dt.date.today()
    return today - dt.timedelta(days=(today.weekday() - TUESDAY) % 7 + 7 * weeks)


def _fill_series(dialog: SeriesDialog, *, time: str = "17:30") -> None:
    dialog.title.setText("Coalition call")
    dialog.start_date.setText(_first_tuesday_weeks_ago(4).isoformat())
    dialog.start_time.setText(time)
    set_zone(dialog.time_zone, "America/Los_Angeles")
    dialog.weekly.setChecked(True)
    for number, box in enumerate(dialog.weekday_boxes):
        box.setChecked(number == TUESDAY)
    dialog.join_url.setText("meet.example.org/coalition")
    dialog.standing.set_rows([["Welcome and roll call", "5"], ["State updates", "20"]])


def _make_series(qtbot: QtBot, screen: CallsScreen, group: str | None = None) -> str:
    dialog = screen.new_series()
    assert isinstance(dialog, SeriesDialog)
    _fill_series(dialog)
    if group is not None:
        dialog._add_participant("organization", group, "Yes California")
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_error.text()
    assert dialog.series_id is not None
    return dialog.series_id


def _call_lines(screen: CallsScreen) -> list[str]:
    return [item.text(0) for item in screen.call_items()]


def _group(screen: CallsScreen, number: int) -> list[str]:
    """The lines under one heading of the list (0: upcoming, 1: earlier, 2: one-off)."""
    group = screen.calls_tree.topLevelItem(number)
    return [group.child(n).text(0) for n in range(group.childCount())]


def _agenda_titles(ctx: AppContext, occurrence_id: str) -> list[str]:
    with ctx.reading() as session:
        return [item.title for item in meetings.agenda(session, occurrence_id)]


def _prepared(qtbot: QtBot, screen: CallsScreen, group: str | None = None) -> str:
    """A series with the next call's agenda prepared; the occurrence's id."""
    _make_series(qtbot, screen, group)
    panel = screen.panel
    assert panel.call is not None and panel.call.occurrence_id is None
    assert panel.prepare_button.isVisibleTo(panel)
    panel.prepare_button.click()
    assert panel.call is not None and panel.call.occurrence_id is not None
    return panel.call.occurrence_id


def test_a_series_made_in_its_dialog_is_listed_with_its_calls_at_its_wall_clock_time(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    series_id = _make_series(qtbot, screen)

    assert screen.series_list.count() == 1
    assert "Every Tuesday" in screen.series_list.item(0).text()
    lines = _call_lines(screen)
    assert len(lines) >= 16  # four weeks back and twelve ahead
    # Every week at 17:30 in Los Angeles, whatever daylight saving does; the organizer,
    # in New York, also sees it at 20:30 their time.
    assert all(
        line.startswith("Tue ") and " 5:30\u202fPM P" in line for line in lines
    )  # the US clock
    assert all(line.endswith((" (8:30\u202fPM EST)", " (8:30\u202fPM EDT)")) for line in lines)
    # The next call is chosen, with how to join it.
    panel = screen.panel
    assert panel.call is not None and panel.call.series_id == series_id
    assert panel.call.start > dt.datetime.now(dt.UTC)
    assert "https://meet.example.org/coalition" in panel.join_label.text()
    assert "8:30\u202fPM" in panel.yours_label.text() and panel.yours_label.isVisibleTo(panel)


def test_a_bad_time_is_said_under_its_field_and_nothing_is_stored(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = screen.new_series()
    assert isinstance(dialog, SeriesDialog)
    _fill_series(dialog, time="25:99")
    dialog.ok_button.click()

    assert dialog.isVisible()
    assert "not a time of day" in dialog.problem_text("start_time")
    assert dialog.problem_text("title") == ""
    with ctx.reading() as session:
        assert calls.all_series(session) == []
    assert ctx.undo_stack.count() == 0
    monkeypatch.setattr(editing, "ask_hook", lambda _p, _w: editing.Answer.DISCARD)
    dialog.reject()


def test_standing_items_with_a_wrong_number_of_minutes_are_refused_in_the_dialog(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = screen.new_series()
    assert isinstance(dialog, SeriesDialog)
    _fill_series(dialog)
    dialog.standing.set_rows([["Welcome", "five"]])
    dialog.ok_button.click()

    assert "not a number of minutes" in dialog.problem_text("standing_items")
    with ctx.reading() as session:
        assert calls.all_series(session) == []
    monkeypatch.setattr(editing, "ask_hook", lambda _p, _w: editing.Answer.DISCARD)
    dialog.reject()


def test_editing_a_series_from_a_date_on_keeps_the_earlier_calls(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    _make_series(qtbot, screen)
    dialog = screen.edit_series()
    assert isinstance(dialog, SeriesDialog)
    assert dialog.apply_from.isChecked()  # the series has a past: from the next call on
    dialog.start_time.setText("18:00")
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_error.text()

    # The ended series and its continuation are listed as one, with every week.
    assert screen.series_list.count() == 1
    upcoming, earlier = (_group(screen, n) for n in (0, 1))
    assert upcoming and all(" 6:00\u202fPM P" in line for line in upcoming)
    assert len(earlier) >= 4 and all(" 5:30\u202fPM P" in line for line in earlier)


def test_the_agenda_starts_from_standing_items_and_is_reordered_in_one_undo_step(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence_id = _prepared(qtbot, screen)
    panel = screen.panel
    assert _agenda_titles(ctx, occurrence_id) == ["Welcome and roll call", "State updates"]

    panel.new_item.setText("Ballot initiative timeline")
    panel.add_item()
    assert panel.new_item.text() == ""
    order = ["Welcome and roll call", "State updates", "Ballot initiative timeline"]
    assert _agenda_titles(ctx, occurrence_id) == order
    assert panel.item_editor.title.text() == "Ballot initiative timeline"  # the new item is open

    # What a drop of the third item above the first does in the view (InternalMove).
    steps = ctx.undo_stack.count()
    assert panel.agenda_model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    moved = ["Ballot initiative timeline", "Welcome and roll call", "State updates"]
    assert _agenda_titles(ctx, occurrence_id) == moved
    assert ctx.undo_stack.count() == steps + 1
    shown = [r.title for r in panel.agenda_model.rows()]
    assert shown == moved
    assert panel.agenda_model.index(0).data().startswith("1. Ballot initiative timeline")

    ctx.undo_stack.undo()
    assert _agenda_titles(ctx, occurrence_id) == order
    assert [r.title for r in panel.agenda_model.rows()] == order

    # The keyboard way: Alt+Down on the first item.
    panel.select_item(panel.agenda_model.rows()[0].id)
    panel.move_item(1)
    assert _agenda_titles(ctx, occurrence_id)[:2] == ["State updates", "Welcome and roll call"]


def test_the_time_box_warning_shows_when_the_items_overrun_the_call(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    _prepared(qtbot, screen)
    panel = screen.panel
    assert not panel.warning.isVisibleTo(panel)  # 5 + 20 minutes of 60

    panel.new_item.setText("Ballot initiative timeline")
    panel.add_item()
    editor = panel.item_editor
    editor.time_box.setValue(50)
    editor.minutes.setPlainText("Signatures are due in April.")
    assert editor.save_button.isEnabled()
    editor.save_button.click()

    assert panel.warning.isVisibleTo(panel)
    assert "Time boxes add up to 75 minutes; the call is 60." in panel.warning.text()
    assert "75 of 60 minutes" in panel.total_label.text()
    row = panel.agenda_model.rows()[2]
    assert row.time_box == 50 and row.minutes == "Signatures are due in April."
    assert " · 50 min · " in panel.agenda_model.index(2).data()

    ctx.undo_stack.undo()
    assert not panel.warning.isVisibleTo(panel)


def test_an_item_with_an_unknown_owner_is_not_saved(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    occurrence_id = _prepared(qtbot, screen)
    panel = screen.panel
    panel.select_item(panel.agenda_model.rows()[0].id)
    panel.item_editor.owner.setEditText("Nobody We Know")
    panel.item_editor.save_button.click()
    assert "Nobody We Know" in panel.item_editor.problem_text("owner_id")
    with ctx.reading() as session:
        assert meetings.agenda(session, occurrence_id)[0].owner_id is None

    # Choosing another week does not lose what was typed: the save is refused, the
    # shared question is asked, and Cancel keeps the call, the problem shown.
    asked: list[str] = []
    monkeypatch.setattr(
        editing, "ask_hook", lambda _p, what: asked.append(what) or editing.Answer.CANCEL
    )
    here = screen.selected_call_key()
    screen.calls_tree.setCurrentItem(screen.call_items()[1])
    qtbot.waitUntil(lambda: screen.selected_call_key() == here)
    assert panel.call is not None and panel.call.occurrence_id == occurrence_id
    assert panel.item_editor.owner.currentText() == "Nobody We Know"
    assert "Nobody We Know" in panel.item_editor.problem_text("owner_id")
    assert asked == ["the agenda item “Welcome and roll call”"]
    panel.item_editor.owner.setEditText("")
    screen.calls_tree.setCurrentItem(screen.call_items()[1])
    assert screen.selected_call_key() != here and panel.call.occurrence_id != occurrence_id


def test_a_week_moved_in_its_dialog_shows_moved_at_its_new_time(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    _make_series(qtbot, screen)
    panel = screen.panel
    assert panel.call is not None
    key = (panel.call.series_id, panel.call.original_date.isoformat())
    dialog = panel.move_call()
    assert isinstance(dialog, MoveDialog)
    dialog.date.setDate(dialog.date.date().addDays(2))  # to Thursday
    dialog.time.setTime(dialog.time.time().addSecs(30 * 60))
    assert "Thu" in dialog.preview.text() and "6:00\u202fPM" in dialog.preview.text()
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_error.text()

    line = next(
        item.text(0)
        for item in screen.call_items()
        if tuple(item.data(0, Qt.ItemDataRole.UserRole)) == key
    )
    assert line.startswith("Thu ") and " 6:00\u202fPM P" in line and line.endswith("· moved")
    assert screen.selected_call_key() == key
    assert panel.chip.text() == "Moved" and panel.chip.isVisibleTo(panel)
    assert "Usually Tue" in panel.chip.toolTip()


def test_a_week_cancelled_and_restored(qtbot: QtBot, screen: CallsScreen, ctx: AppContext) -> None:
    _make_series(qtbot, screen)
    panel = screen.panel
    assert panel.cancel_button.text() == "Cancel this week"
    panel.cancel_button.click()

    assert screen.calls_tree.currentItem().text(0).endswith("· cancelled")
    assert panel.chip.text() == "Cancelled"
    assert panel.cancel_button.text() == "Restore this week"
    assert not panel.move_button.isEnabled()
    cancelled = [line for line in _call_lines(screen) if "cancelled" in line]
    assert len(cancelled) == 1  # the other weeks go on

    panel.cancel_button.click()
    assert not any("cancelled" in line for line in _call_lines(screen))


def test_cancelling_the_series_asks_first(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    series_id = _make_series(qtbot, screen)
    monkeypatch.setattr(screen, "confirm", lambda *_a: False)
    screen.cancel_series()
    with ctx.reading() as session:
        assert calls.get_series(session, series_id).status.value == "active"
    monkeypatch.setattr(screen, "confirm", lambda *_a: True)
    screen.cancel_series()
    assert "(cancelled)" in screen.series_list.item(0).text()
    assert all(line.endswith("· cancelled") for line in _call_lines(screen))


def test_the_roll_call_names_the_states_represented(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, group: str
) -> None:
    occurrence_id = _prepared(qtbot, screen, group)
    panel = screen.panel
    names = [panel.attendance_list.item(n).text() for n in range(panel.attendance_list.count())]
    # The group's representatives, each with the state they speak for, before anyone is checked.
    assert names == ["Ana Reyes (CA)", "Ben Olsen (OR)"]
    assert panel.states_label.text() == "States represented: none yet"

    panel.attendance_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert panel.attendance_list.item(0).text() == "Ana Reyes (CA)"  # the state she speaks for
    assert panel.states_label.text() == "States represented (1): CA"
    with ctx.reading() as session:
        assert meetings.states_represented(session, occurrence_id) == ["CA"]
    assert panel.tabs.tabText(1) == "Attendance (1 of 2)"

    # Someone not invited, marked present: listed, though no state is theirs to speak for.
    panel.guest.setEditText("Cy Park")
    panel.add_guest()
    names = [panel.attendance_list.item(n).text() for n in range(panel.attendance_list.count())]
    assert "Cy Park" in names
    assert panel.states_label.text() == "States represented (1): CA"


def test_action_items_of_the_call_and_open_ones_from_earlier_calls(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, group: str
) -> None:
    series_id = _make_series(qtbot, screen, group)
    with ctx.reading() as session:
        ana = next(i for i, name in directory.person_choices(session) if name == "Ana Reyes")
    earlier_day = _first_tuesday_weeks_ago(2)
    earlier = ctx.run(meetings.prepare_call, series_id, earlier_day).id
    ctx.run(
        actions.add_action_item,
        "Send the state map",
        occurrence_id=earlier,
        owner_id=ana,
        due_on=earlier_day + dt.timedelta(days=3),
    )
    panel = screen.panel
    panel.prepare_button.click()
    assert panel.earlier_actions.topLevelItemCount() == 1
    overdue = panel.earlier_actions.topLevelItem(0)
    assert overdue.text(0) == "Send the state map" and overdue.font(0).bold()
    assert overdue.toolTip(0).startswith("Overdue since")
    due = earlier_day + dt.timedelta(days=3)
    assert (
        overdue.text(2) == f"{due.month}/{due.day}/{due.year}"
    )  # the due date as the US writes it

    dialog = panel.add_action()
    assert dialog is not None
    dialog.title.setText("Draft the press release")
    dialog.owner.setEditText("Ana Reyes")
    dialog.due.setText((dt.date.today() + dt.timedelta(days=7)).isoformat())
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_error.text()
    assert panel.own_actions.topLevelItemCount() == 1
    assert panel.own_actions.topLevelItem(0).text(1) == "Ana Reyes"

    panel.earlier_actions.setCurrentItem(panel.earlier_actions.topLevelItem(0))
    panel.complete_action(panel.earlier_actions)
    assert panel.earlier_actions.topLevelItemCount() == 0
    assert panel.tabs.tabText(2) == "Action items (1)"


def test_the_agenda_goes_to_the_clipboard_as_markdown_and_as_plain_text(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence_id = _prepared(qtbot, screen)
    panel = screen.panel
    panel.new_item.setText("Budget *draft*")
    panel.add_item()

    panel.copy("agenda", markdown=True)
    text = QGuiApplication.clipboard().text()
    with ctx.reading() as session:
        assert text == documents.agenda_markdown(session, occurrence_id, zone="America/New_York")
    assert "Coalition call" in text and "Welcome and roll call" in text
    assert r"Budget \*draft\*" in text

    panel.copy("agenda", markdown=False)
    plain = QGuiApplication.clipboard().text()
    assert "Budget *draft*" in plain and "\\*" not in plain


def test_minutes_saved_as_pdf_and_the_agenda_printed(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, tmp_path: Path
) -> None:
    _prepared(qtbot, screen)
    panel = screen.panel
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "minutes.pdf"
    target.write_bytes(b"an older file")
    assert panel.save_pdf("minutes", str(target)) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["minutes.pdf"]  # no temporary file left

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert panel.print_document("agenda", printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_a_one_off_call_has_its_own_section_and_opens_by_id(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    _make_series(qtbot, screen)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=3)
    one_off = ctx.run(
        calls.create_one_off, "Oregon coordination", start, 45, "America/Los_Angeles"
    ).id
    sections = [
        screen.calls_tree.topLevelItem(n).text(0)
        for n in range(screen.calls_tree.topLevelItemCount())
    ]
    assert sections == ["Upcoming", "Earlier", "One-off calls"]
    assert screen.calls_tree.topLevelItem(2).child(0).text(0).endswith("\nOregon coordination")

    screen.open_record(one_off)
    panel = screen.panel
    assert panel.call is not None and panel.call.occurrence_id == one_off
    assert panel.title.text() == "Oregon coordination"
    assert not panel.move_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_a_series_or_a_call_months_away_is_listed_all_the_same(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    """The list shows twelve weeks each way; a series beginning in four months, and a
    one-off call as far, showed nothing at all, and could not be prepared."""
    first = dt.date.today() + dt.timedelta(weeks=17)
    weekly = calls.SeriesInput(
        title="Spring plebiscite call",
        start_date=first,
        start_time="17:30",
        time_zone="America/Los_Angeles",
        recurrence=calls.Recurrence(weekdays=(first.weekday(),)),
    )
    series_id = ctx.run(calls.create_series, weekly).id
    later = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(weeks=20)
    ctx.run(calls.create_one_off, "Summer convention", later, 60, "America/Los_Angeles")
    screen.refresh()
    assert screen._select_series(series_id)
    upcoming = _group(screen, 0)
    assert len(upcoming) == 4  # its first four weeks, from the one it begins
    assert upcoming[0].startswith(first.strftime("%a ")) and "5:30" in upcoming[0]
    assert [line.split("\n")[-1] for line in _group(screen, 2)] == ["Summer convention"]


def test_the_zone_chosen_is_remembered_and_changes_the_lines(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    _make_series(qtbot, screen)
    set_zone(screen.zone_box, "America/Los_Angeles")
    assert ctx.settings.value("calls/zone") == "America/Los_Angeles"
    assert not any("(" in line for line in _call_lines(screen))  # the same clock: said once
    assert not screen.panel.yours_label.isVisibleTo(screen.panel)
    set_zone(screen.zone_box, "Europe/Paris")
    # Paris is a day ahead of a Pacific evening: its weekday is said.
    assert all(" (Wed " in line and "\u202fAM CE" in line for line in _call_lines(screen))


def test_history_of_a_series_lists_it_and_its_weeks(
    qtbot: QtBot, screen: CallsScreen, group: str
) -> None:
    _prepared(qtbot, screen, group)
    dialog = screen.show_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    tables = {entry.table for entry in dialog.entries}
    assert {"call_series", "call_occurrence"} <= tables
    dialog.close()


def _answering(monkeypatch: pytest.MonkeyPatch, *answers: editing.Answer) -> list[str]:
    """Answer the shared Save / Discard / Cancel question in turn; what was asked about."""
    asked: list[str] = []
    queue = list(answers)

    def answer(_parent: object, what: str) -> editing.Answer:
        asked.append(what)
        return queue.pop(0)

    monkeypatch.setattr(editing, "ask_hook", answer)
    return asked


def test_escape_in_the_series_dialog_asks_before_losing_what_was_typed(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answering(monkeypatch, editing.Answer.CANCEL, editing.Answer.DISCARD)
    untouched = screen.new_series()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)  # nothing typed: it just closes
    assert not untouched.isVisible() and asked == []

    dialog = screen.new_series()
    assert isinstance(dialog, SeriesDialog)
    qtbot.keyClicks(dialog.title, "Coalition call")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.title.text() == "Coalition call"  # Cancel: stays
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # Discard
    assert asked == ["“New call series”", "“New call series”"]
    with ctx.reading() as session:
        assert calls.all_series(session) == []


def test_escape_in_the_series_dialog_asks_about_a_standing_item_added_and_can_save(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    series_id = _make_series(qtbot, screen)
    asked = _answering(monkeypatch, editing.Answer.SAVE)
    dialog = screen.edit_series()
    assert isinstance(dialog, SeriesDialog)
    dialog.standing.add_row(["Press", "10"])  # a row of a table, not a field
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["“Edit call series”"] and not dialog.isVisible()
    # Saved from the next call on: the series continues with the new standing item.
    continued = screen.selected_series_id()
    assert continued is not None and continued != series_id
    with ctx.reading() as session:
        titles = [s.title for s in calls.get_series(session, continued).standing_items]
    assert titles == ["Welcome and roll call", "State updates", "Press"]


def test_escape_in_the_move_dialog_asks_before_losing_the_new_time(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_series(qtbot, screen)
    asked = _answering(monkeypatch, editing.Answer.CANCEL, editing.Answer.DISCARD)
    dialog = screen.panel.move_call()
    assert isinstance(dialog, MoveDialog)
    dialog.time.setFocus()
    qtbot.keyClick(dialog.time, Qt.Key.Key_Up)  # an hour later
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert asked == ["“Move this week's call”"] * 2
    assert not any("moved" in line for line in _call_lines(screen))


def test_escape_in_the_action_item_dialog_asks_before_losing_what_was_typed(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    occurrence_id = _prepared(qtbot, screen)
    asked = _answering(monkeypatch, editing.Answer.CANCEL, editing.Answer.SAVE)
    dialog = screen.panel.add_action()
    assert dialog is not None
    qtbot.keyClicks(dialog.title, "Draft the press release")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Save
    assert not dialog.isVisible()
    assert asked == ["“New action item”"] * 2
    with ctx.reading() as session:
        assert [a.title for a in actions.action_items_of(session, occurrence_id)] == [
            "Draft the press release"
        ]
