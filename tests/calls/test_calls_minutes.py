"""Minutes typed on the Calls screen land under the agenda item they were typed into.

An organizer types minutes during the call, saves now and then (Ctrl+S, or by clicking
elsewhere), moves items, switches weeks and series, while other organizers' changes come
in through a sync.  Each test types with real key events and then reads what is stored
under every item: the editor must never write to an item other than its own, the list
must keep showing the item being edited, and the cursor must stay where the person types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from coalition.calls import documents, meetings
from coalition.calls import series as calls
from coalition.calls.series import Recurrence, SeriesInput
from coalition.common.markdown import markdown_to_text
from coalition.store.models import (
    Ballot,
    ItemStatus,
    Organization,
    Outcome,
    Proposal,
    ProposalKind,
)
from coalition.ui.calls import CallsScreen
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext

TUESDAY, THURSDAY = 1, 3
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _weekday_weeks_ago(weekday: int, weeks: int, today: dt.date) -> dt.date:
    return today - dt.timedelta(days=(today.weekday() - weekday) % 7 + 7 * weeks)


def _series(
    ctx: AppContext, title: str, weekday: int, standing: list[tuple[str, int | None]]
) -> str:
    data = SeriesInput(
        title=title,
        start_date=_weekday_weeks_ago(weekday, 4, dt.date.today()),
        start_time="17:30",
        time_zone="America/Los_Angeles",
        recurrence=Recurrence(weekdays=(weekday,)),
        standing_items=standing,
    )
    return ctx.run(calls.create_series, data).id


@pytest.fixture
def series(ctx: AppContext) -> tuple[str, str]:
    """Two series: the coalition call (chosen) and an Oregon call."""
    coalition = _series(ctx, "Coalition call", TUESDAY, [("Welcome", 5), ("State updates", 20)])
    oregon = _series(ctx, "Oregon coordination", THURSDAY, [("Oregon petitions", 15)])
    ctx.settings.setValue("calls/series", coalition)
    ctx.settings.setValue("calls/zone", "America/Los_Angeles")
    return coalition, oregon


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, series: tuple[str, str]) -> CallsScreen:
    widget = CallsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    panel = widget.panel
    panel.prepare_button.click()
    assert panel.call is not None and panel.call.occurrence_id is not None
    panel.new_item.setText("Ballot timeline")
    panel.add_item()
    assert _titles(widget) == ["Welcome", "State updates", "Ballot timeline"]
    return widget


@pytest.fixture(autouse=True)
def no_question(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any question asked fails the test unless the test answers it itself."""
    asked: list[str] = []

    def refuse(_parent: object, what: str) -> editing.Answer:
        asked.append(what)
        raise AssertionError(f"unexpected question about {what}")

    monkeypatch.setattr(editing, "ask_hook", refuse)
    return asked


def _titles(screen: CallsScreen) -> list[str]:
    return [row.title for row in screen.panel.agenda_model.rows()]


def _stored(ctx: AppContext, occurrence_id: str) -> dict[str, str]:
    with ctx.reading() as session:
        return {item.title: item.minutes for item in meetings.agenda(session, occurrence_id)}


def _item_id(ctx: AppContext, occurrence_id: str, title: str) -> str:
    with ctx.reading() as session:
        return next(i.id for i in meetings.agenda(session, occurrence_id) if i.title == title)


def _click_item(qtbot: QtBot, screen: CallsScreen, title: str) -> None:
    """Click an agenda item in the list, as a person does."""
    panel = screen.panel
    row = _titles(screen).index(title)
    rect = panel.agenda_view.visualRect(panel.agenda_model.index(row))
    qtbot.mouseClick(panel.agenda_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _selected(screen: CallsScreen) -> str | None:
    """The title of the item the list shows chosen."""
    index = screen.panel.agenda_view.currentIndex()
    return _titles(screen)[index.row()] if index.isValid() else None


def _shown(screen: CallsScreen) -> str | None:
    """The title of the item the editor holds."""
    editor = screen.panel.item_editor
    rows = {r.id: r.title for r in screen.panel.agenda_model.rows()}
    return rows.get(editor.item_id or "")


def _focus(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    """Put the keyboard focus in ``widget`` (as Tab does: its cursor stays where it was)."""
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _type(qtbot: QtBot, screen: CallsScreen, text: str) -> None:
    minutes = screen.panel.item_editor.minutes
    if QApplication.focusWidget() is not minutes:
        _focus(qtbot, minutes)
    qtbot.keyClicks(minutes, text)


def _save(qtbot: QtBot, screen: CallsScreen) -> None:
    minutes = screen.panel.item_editor.minutes
    if QApplication.focusWidget() is not minutes:
        _focus(qtbot, minutes)
    qtbot.keyClick(minutes, Qt.Key.Key_S, CTRL)


def _occurrence(screen: CallsScreen) -> str:
    assert screen.panel.call is not None and screen.panel.call.occurrence_id is not None
    return screen.panel.call.occurrence_id


def _pull(ctx: AppContext, change, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    """What a sync pull does: another organizer's change written in a session of its own,
    then every view told which tables moved."""
    with ctx.db.session() as session:
        change(session, *args, **kwargs)
    ctx.changed.emit({"agenda_item", "call_occurrence"})


def test_ctrl_s_between_parts_keeps_the_cursor_and_the_item(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence = _occurrence(screen)
    _click_item(qtbot, screen, "State updates")
    _type(qtbot, screen, "CA: 11 pages.")
    _save(qtbot, screen)
    assert _selected(screen) == _shown(screen) == "State updates"
    _type(qtbot, screen, " OR: 2 pages.")
    _save(qtbot, screen)

    assert _stored(ctx, occurrence) == {
        "Welcome": "",
        "State updates": "CA: 11 pages. OR: 2 pages.",
        "Ballot timeline": "",
    }
    assert _selected(screen) == _shown(screen) == "State updates"


def test_a_new_line_typed_before_saving_is_still_there_for_the_next_part(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    """The stored minutes lose trailing blank lines; the editor keeps what was typed."""
    occurrence = _occurrence(screen)
    _click_item(qtbot, screen, "Welcome")
    _type(qtbot, screen, "Nine groups on the call.")
    qtbot.keyClick(screen.panel.item_editor.minutes, Qt.Key.Key_Return)
    _save(qtbot, screen)
    _type(qtbot, screen, "Ana chairs.")
    _save(qtbot, screen)
    assert _stored(ctx, occurrence)["Welcome"] == "Nine groups on the call.\nAna chairs."


def test_choosing_another_item_saves_and_the_list_stays_on_the_item_chosen(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence = _occurrence(screen)
    _click_item(qtbot, screen, "Welcome")
    _type(qtbot, screen, "Nine groups.")
    _click_item(qtbot, screen, "Ballot timeline")  # saves "Welcome" on the way
    assert _selected(screen) == _shown(screen) == "Ballot timeline"
    _type(qtbot, screen, "Filing in March.")
    _click_item(qtbot, screen, "Welcome")
    assert _selected(screen) == _shown(screen) == "Welcome"
    _type(qtbot, screen, " Ana chairs.")
    _save(qtbot, screen)

    assert _stored(ctx, occurrence) == {
        "Welcome": "Nine groups. Ana chairs.",
        "State updates": "",
        "Ballot timeline": "Filing in March.",
    }


def test_focus_leaving_the_editor_saves_and_typing_goes_on_where_it_was(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence = _occurrence(screen)
    panel = screen.panel
    _click_item(qtbot, screen, "State updates")
    panel.item_editor.minutes.setFocus()
    _type(qtbot, screen, "CA: 11 pages.")
    panel.new_item.setFocus()  # the person clicks into "Add an item…"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.new_item)
    assert _stored(ctx, occurrence)["State updates"] == "CA: 11 pages."
    assert not panel.item_editor.has_unsaved()
    panel.item_editor.minutes.setFocus()
    _type(qtbot, screen, " OR: 2.")
    panel.agenda_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.agenda_view)

    assert _stored(ctx, occurrence)["State updates"] == "CA: 11 pages. OR: 2."
    assert _selected(screen) == _shown(screen) == "State updates"


def test_a_sync_pull_reordering_and_editing_other_items_leaves_the_editor_alone(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence = _occurrence(screen)
    welcome, updates, ballot = (
        _item_id(ctx, occurrence, t) for t in ("Welcome", "State updates", "Ballot timeline")
    )
    _click_item(qtbot, screen, "State updates")
    _type(qtbot, screen, "CA: 11 pages.")
    _save(qtbot, screen)
    _type(qtbot, screen, " OR")

    # Another organizer put the ballot first and wrote under "Welcome".
    _pull(ctx, meetings.reorder_agenda, occurrence, [ballot, welcome, updates])
    with ctx.reading() as session:
        item = meetings.get_agenda_item(session, welcome)
        fields = dict(
            title=item.title,
            owner_id=None,
            time_box_minutes=5,
            notes="",
            decision="",
            status=item.status,
        )
    _pull(ctx, meetings.update_agenda_item, welcome, minutes="Opened by Ben.", **fields)

    assert _titles(screen) == ["Ballot timeline", "Welcome", "State updates"]
    assert _selected(screen) == _shown(screen) == "State updates"
    _type(qtbot, screen, ": 2 pages.")
    _save(qtbot, screen)
    # And once more after a save, when the editor holds nothing unsaved.
    _pull(ctx, meetings.update_agenda_item, welcome, minutes="Opened by Ben at 17:32.", **fields)
    assert _selected(screen) == _shown(screen) == "State updates"
    _type(qtbot, screen, " WA: none.")
    _save(qtbot, screen)

    assert _stored(ctx, occurrence) == {
        "Welcome": "Opened by Ben at 17:32.",
        "State updates": "CA: 11 pages. OR: 2 pages. WA: none.",
        "Ballot timeline": "",
    }


def test_reordering_with_alt_arrows_while_typing(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence = _occurrence(screen)
    _click_item(qtbot, screen, "Welcome")
    _type(qtbot, screen, "Nine groups.")
    _save(qtbot, screen)
    qtbot.keyClick(screen.panel.item_editor.minutes, Qt.Key.Key_Down, ALT)
    # A button's shortcut clicks it the way a person sees it pressed: a moment later.
    qtbot.waitUntil(lambda: _titles(screen) == ["State updates", "Welcome", "Ballot timeline"])
    assert _selected(screen) == _shown(screen) == "Welcome"
    _type(qtbot, screen, " Ana chairs.")
    qtbot.keyClick(screen.panel.item_editor.minutes, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: _titles(screen) == ["State updates", "Ballot timeline", "Welcome"])
    _type(qtbot, screen, " Ben takes notes.")
    _save(qtbot, screen)

    assert _stored(ctx, occurrence) == {
        "Welcome": "Nine groups. Ana chairs. Ben takes notes.",
        "State updates": "",
        "Ballot timeline": "",
    }
    assert _selected(screen) == _shown(screen) == "Welcome"


def test_a_drag_of_another_item_keeps_the_item_being_edited(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence = _occurrence(screen)
    panel = screen.panel
    _click_item(qtbot, screen, "Welcome")
    _type(qtbot, screen, "Nine groups.")
    _save(qtbot, screen)
    # What a drop of the last item above the first does in the view (InternalMove).
    assert panel.agenda_model.moveRow(
        panel.agenda_model.index(0).parent(), 2, panel.agenda_model.index(0).parent(), 0
    )
    assert _titles(screen) == ["Ballot timeline", "Welcome", "State updates"]
    assert _selected(screen) == _shown(screen) == "Welcome"
    _type(qtbot, screen, " Ana chairs.")
    _save(qtbot, screen)
    assert _stored(ctx, occurrence)["Welcome"] == "Nine groups. Ana chairs."
    assert _stored(ctx, occurrence)["Ballot timeline"] == ""


def test_undo_of_a_save_shows_the_item_as_stored_and_keeps_it_chosen(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence = _occurrence(screen)
    _click_item(qtbot, screen, "State updates")
    _type(qtbot, screen, "CA: 11 pages.")
    _save(qtbot, screen)
    _type(qtbot, screen, " Typo.")
    _save(qtbot, screen)
    ctx.undo_stack.undo()

    assert _stored(ctx, occurrence)["State updates"] == "CA: 11 pages."
    assert screen.panel.item_editor.minutes.toPlainText() == "CA: 11 pages."
    assert _selected(screen) == _shown(screen) == "State updates"
    _type(qtbot, screen, " OR: 2.")
    _save(qtbot, screen)
    assert _stored(ctx, occurrence)["State updates"] == "CA: 11 pages. OR: 2."


def test_deleting_another_item_elsewhere_keeps_the_item_being_edited(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence = _occurrence(screen)
    welcome = _item_id(ctx, occurrence, "Welcome")
    _click_item(qtbot, screen, "Ballot timeline")
    _type(qtbot, screen, "Filing in March.")
    _pull(ctx, meetings.delete_agenda_item, welcome)
    assert _titles(screen) == ["State updates", "Ballot timeline"]
    assert _selected(screen) == _shown(screen) == "Ballot timeline"
    _type(qtbot, screen, " Due in April.")
    _save(qtbot, screen)
    assert _stored(ctx, occurrence) == {
        "State updates": "",
        "Ballot timeline": "Filing in March. Due in April.",
    }


def test_the_item_being_edited_deleted_elsewhere_keeps_what_was_typed_and_asks_before_leaving(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    occurrence = _occurrence(screen)
    ballot = _item_id(ctx, occurrence, "Ballot timeline")
    _click_item(qtbot, screen, "Ballot timeline")
    _type(qtbot, screen, "Filing in March.")
    _pull(ctx, meetings.delete_agenda_item, ballot)

    editor = screen.panel.item_editor
    assert editor.minutes.toPlainText() == "Filing in March."
    assert "no longer on the agenda" in editor.general_error.text()
    assert _selected(screen) is None
    # Leaving cannot save it: the shared question is asked; Cancel stays, Discard goes.
    answers = [editing.Answer.CANCEL, editing.Answer.DISCARD]
    monkeypatch.setattr(editing, "ask_hook", lambda _p, _w: answers.pop(0))
    _click_item(qtbot, screen, "Welcome")
    qtbot.waitUntil(lambda: _selected(screen) is None)
    assert editor.minutes.toPlainText() == "Filing in March."
    _click_item(qtbot, screen, "Welcome")
    assert _selected(screen) == _shown(screen) == "Welcome"
    assert answers == []
    assert _stored(ctx, occurrence) == {"Welcome": "", "State updates": ""}


def test_another_week_and_back_saves_under_the_item_of_its_own_week(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext
) -> None:
    occurrence = _occurrence(screen)
    here = screen.selected_call_key()
    _click_item(qtbot, screen, "Ballot timeline")
    _type(qtbot, screen, "Filing in March.")
    items = screen.call_items()
    other = next(i for i in items if tuple(i.data(0, Qt.ItemDataRole.UserRole)) != here)
    screen.calls_tree.setCurrentItem(other)
    assert screen.selected_call_key() != here
    assert _stored(ctx, occurrence)["Ballot timeline"] == "Filing in March."
    assert screen.select_call(here)
    _click_item(qtbot, screen, "Ballot timeline")
    qtbot.keyClick(screen.panel.item_editor.minutes, Qt.Key.Key_End, CTRL)
    _type(qtbot, screen, " Due in April.")
    _save(qtbot, screen)
    assert _stored(ctx, occurrence)["Ballot timeline"] == "Filing in March. Due in April."


def test_another_series_saves_what_was_typed(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, series: tuple[str, str]
) -> None:
    occurrence = _occurrence(screen)
    _click_item(qtbot, screen, "Ballot timeline")
    editor = screen.panel.item_editor
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, " and budget")
    _type(qtbot, screen, "Filing in March.")
    qtbot.keyClicks(editor.decision, "File on March 2.")
    screen.series_list.setCurrentRow(1)  # the Oregon call

    assert screen.selected_series_id() == series[1]
    with ctx.reading() as session:
        item = next(i for i in meetings.agenda(session, occurrence) if i.position == 2)
        assert (item.title, item.minutes, item.decision) == (
            "Ballot timeline and budget",
            "Filing in March.",
            "File on March 2.",
        )
    assert not editor.has_unsaved()


def test_a_call_prepared_elsewhere_carrying_the_item_leaves_the_editor_on_its_own_item(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, series: tuple[str, str]
) -> None:
    """An earlier call's open item, carried into the following call by another organizer
    while its minutes are typed: the minutes stay with the item they were typed under,
    the carried copy gets none, and the item stays marked carried (the editor does not
    save its "open" back over it)."""
    two_ago, one_ago = (_weekday_weeks_ago(TUESDAY, n, dt.date.today()) for n in (2, 1))
    earlier = ctx.run(meetings.prepare_call, series[0], two_ago).id
    ctx.run(meetings.add_agenda_item, earlier, "Ballot timeline")
    assert screen.select_call((series[0], two_ago.isoformat()))
    assert _occurrence(screen) == earlier
    _click_item(qtbot, screen, "Ballot timeline")
    _type(qtbot, screen, "Filing in March.")
    _pull(ctx, meetings.prepare_call, series[0], one_ago)
    assert _selected(screen) == _shown(screen) == "Ballot timeline"
    assert screen.panel.item_editor.status.currentData() == ItemStatus.CARRIED
    _type(qtbot, screen, " Due in April.")
    _save(qtbot, screen)

    with ctx.reading() as session:
        item = next(i for i in meetings.agenda(session, earlier) if i.title == "Ballot timeline")
        assert item.minutes == "Filing in March. Due in April."
        assert item.status == ItemStatus.CARRIED
        later = calls.get_occurrence(session, _later(session, series[0], one_ago))
        copies = [i for i in meetings.agenda(session, later.id) if i.carried_from_id == item.id]
        assert len(copies) == 1 and copies[0].minutes == ""


def _later(session, series_id: str, day: dt.date) -> str:  # type: ignore[no-untyped-def]
    start = calls.slot_start(calls.get_series(session, series_id), day)
    found = calls.calls_between(
        session, start, start + dt.timedelta(minutes=1), series_id=series_id
    )
    assert found and found[0].occurrence_id is not None
    return found[0].occurrence_id


def test_leaving_the_screen_asks_through_the_shared_gate(
    qtbot: QtBot, screen: CallsScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main window asks screens only: the Calls screen answers for its item editor."""
    occurrence = _occurrence(screen)
    _click_item(qtbot, screen, "Welcome")
    _type(qtbot, screen, "Nine groups.")
    assert isinstance(screen, editing.HoldsUnsaved) and screen.has_unsaved()
    answers = [editing.Answer.CANCEL, editing.Answer.SAVE, editing.Answer.DISCARD]
    asked: list[str] = []
    monkeypatch.setattr(editing, "ask_hook", lambda _p, what: asked.append(what) or answers.pop(0))

    assert not editing.may_leave(screen)  # Cancel: stays, with what was typed
    assert screen.panel.item_editor.minutes.toPlainText() == "Nine groups."
    assert editing.may_leave(screen)  # Save
    assert _stored(ctx, occurrence)["Welcome"] == "Nine groups."
    _type(qtbot, screen, " Typo.")
    assert editing.may_leave(screen)  # Discard: the item as stored again
    assert screen.panel.item_editor.minutes.toPlainText() == "Nine groups."
    assert not screen.has_unsaved()
    assert asked == ["the agenda item “Welcome”"] * 3
    assert _stored(ctx, occurrence)["Welcome"] == "Nine groups."


# --- the decisions put to the call, in its minutes -------------------------------------------


def _proposal(session: Session, occurrence_id: str | None, title: str, **kw: Any) -> Proposal:
    """A proposal as the decisions service stores it (closed: with its frozen tally)."""
    proposal = Proposal(title=title, occurrence_id=occurrence_id, **kw)
    session.add(proposal)
    session.commit()
    return proposal


def test_the_minutes_list_the_decisions_taken_on_the_call(
    session: Session, make_org: Callable[..., Organization]
) -> None:
    orgs = [make_org(name) for name in ("Red Oregon", "Red Texas", "Liberty Block", "Blue Allies")]
    voters = [org.id for org in orgs]
    call_day = _weekday_weeks_ago(TUESDAY, 1, dt.date.today())
    data = SeriesInput(
        title="Coalition call",
        start_date=call_day - dt.timedelta(days=28),
        start_time="17:30",
        time_zone="America/Los_Angeles",
        recurrence=Recurrence(weekdays=(TUESDAY,)),
    )
    series_id = calls.create_series(session, data).id
    call = meetings.prepare_call(session, series_id, call_day)
    later = meetings.prepare_call(session, series_id, call_day + dt.timedelta(days=7))
    closed_at = dt.datetime.combine(call_day, dt.time(2, 0), dt.UTC)
    _proposal(
        session,
        call.id,
        "Endorse the peaceful *movement* of state borders",
        voters=voters,
        choices=["approve", "object", "abstain"],
        opens_at=closed_at - dt.timedelta(hours=1),
        closes_at=closed_at,
        closed_at=closed_at,
        outcome=Outcome.ADOPTED,
        tally={
            "outcome": "adopted",
            "winner": "approve",
            "counts": {"approve": 2, "object": 0, "abstain": 1},
            "non_voters": [{"organization_id": orgs[3].id, "organization": "Blue Allies"}],
        },
    )
    _proposal(
        session,
        call.id,
        "Which day for the rally?",
        voters=voters,
        kind=ProposalKind.OPTIONS,
        choices=["Saturday", "Sunday", "abstain"],
        opens_at=closed_at,
        closes_at=closed_at,
        closed_at=closed_at,
        outcome=Outcome.NO_QUORUM,
        tally={"outcome": "no_quorum", "winner": None, "counts": {"Saturday": 1}},
    )
    closes = dt.datetime(2030, 1, 15, 17, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    still_open = _proposal(
        session,
        call.id,
        "Join the Texas petition",
        voters=voters,
        choices=["approve", "object", "abstain"],
        opens_at=closed_at + dt.timedelta(hours=1),
        closes_at=closes,
    )
    for org, choice in ((orgs[0], "approve"), (orgs[0], "object"), (orgs[1], "abstain")):
        session.add(Ballot(proposal_id=still_open.id, organization_id=org.id, choice=choice))
    session.commit()
    _proposal(session, later.id, "Put to next week's call", voters=voters, closes_at=closes)
    _proposal(session, None, "Put to no call", voters=voters, closes_at=closes)

    text = documents.minutes_markdown(session, call.id)

    section = text.split("## Decisions\n\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [
        r"- **Endorse the peaceful \*movement\* of state borders**: Adopted "
        "(approve 2, object 0, abstain 1; did not vote: Blue Allies)",
        "- **Which day for the rally?**: No quorum (Saturday 1, Sunday 0, abstain 0)",
        "- **Join the Texas petition**: open until Tuesday, January 15, 2030, 17:30 PST "
        "(2 of 4 organizations have voted)",
    ]
    assert text.index("## Items") < text.index("## Decisions") < text.index("## Action items")
    assert "## Decisions" in documents.minutes_markdown(session, later.id)
    plain = markdown_to_text(text)
    assert "- Endorse the peaceful *movement* of state borders: Adopted (approve 2" in plain


def test_minutes_of_a_call_without_decisions_have_no_such_section(session: Session) -> None:
    data = SeriesInput(
        title="Oregon coordination",
        start_date=dt.date.today() - dt.timedelta(days=14),
        start_time="17:30",
        time_zone="America/Los_Angeles",
        recurrence=Recurrence(weekdays=(THURSDAY,)),
    )
    series_id = calls.create_series(session, data).id
    call = meetings.prepare_call(
        session, series_id, _weekday_weeks_ago(THURSDAY, 1, dt.date.today())
    )
    assert "## Decisions" not in documents.minutes_markdown(session, call.id)
