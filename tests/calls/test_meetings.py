"""What happens on a call, on a real database: agendas, time boxes, carried items,
attendance, action items across calls, and the agenda and minutes as Markdown and text.

The series here started in January 2025, so its calls are in the past and the next one
carries what the last one left open; due dates that must be overdue or not are set
relative to today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import actions, documents, meetings
from coalition.calls import series as calls
from coalition.calls.series import SeriesInput
from coalition.common import clock
from coalition.common.errors import ValidationError
from coalition.common.markdown import markdown_to_text
from coalition.directory import records as directory
from coalition.store.changes import last_changeset, revert
from coalition.store.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    CallOccurrence,
    CallSeries,
    ItemStatus,
    Organization,
    Person,
)

D = dt.date
LA = "America/Los_Angeles"
# The instant these tests run at: the clock stands still there for each of them, so that a
# run that crosses midnight agrees with itself about "today".
NOW = clock.now()
TODAY = NOW.astimezone().date()


@pytest.fixture(autouse=True)
def _clock_stands_still() -> Iterator[None]:
    with clock.frozen_at(NOW):
        yield


JAN_7, JAN_14, JAN_21, JAN_28 = D(2025, 1, 7), D(2025, 1, 14), D(2025, 1, 21), D(2025, 1, 28)
STANDING = [
    ("Roll call by state", 5),
    ("Wins of the week", 10),
    ("Message of the week: tailoring the question per state", 20),
    ("Action items review", 10),
]


@dataclass
class Coalition:
    series: CallSeries
    coordinator: Person
    oregon: Person
    south_carolina: Person
    former: Person  # represented Wyoming until March 31, 2025
    group: Organization


@pytest.fixture
def coalition(
    session: Session, make_org: Callable[..., Organization], make_person: Callable[..., Person]
) -> Coalition:
    group = make_org("Calexit Coalition")
    coordinator = make_person("Aaliyah Brooks", state="CA")
    oregon = make_person("Colton Hayes", state="OR")
    south_carolina = make_person("Michael Tran", state="SC")
    former = make_person("Dale Eriksen", state="WY")
    for person, state, until in (
        (oregon, "OR", None),
        (south_carolina, "SC", None),
        (former, "WY", "2025-03-31"),
        (coordinator, "", None),
    ):
        directory.add_membership(
            session,
            directory.MembershipInput(
                person_id=person.id,
                organization_id=group.id,
                represents_state=state,
                since="2024-09-21",
                until=until,
            ),
        )
    series = calls.create_series(
        session,
        SeriesInput(
            title="Coalition call",
            start_date=JAN_7,
            start_time="17:30",
            time_zone=LA,
            organizer_id=coordinator.id,
            join_url="https://meet.example.org/coalition-call",
            dial_in="+1 916-555-0199",
            access_code="730 1755",
            participant_person_ids=[coordinator.id],
            participant_org_ids=[group.id],
            standing_items=STANDING,
        ),
    )
    return Coalition(series, coordinator, oregon, south_carolina, former, group)


def prepare(session: Session, c: Coalition, day: dt.date) -> CallOccurrence:
    return meetings.prepare_call(session, c.series.id, day)


def close(session: Session, item: AgendaItem, status: ItemStatus, **changes: object) -> None:
    """Save an item as an editor does: its whole state, with some fields changed."""
    state: dict[str, object] = {
        "title": item.title,
        "owner_id": item.owner_id,
        "time_box_minutes": item.time_box_minutes,
        "notes": item.notes,
        "minutes": item.minutes,
        "decision": item.decision,
        "status": status,
    }
    state.update(changes)
    meetings.update_agenda_item(session, item.id, **state)  # type: ignore[arg-type]  # the test's dict mixes the fields' types


def titles(session: Session, occurrence: CallOccurrence) -> list[str]:
    return [i.title for i in meetings.agenda(session, occurrence.id)]


# --- agenda ------------------------------------------------------------------------------------


def test_a_prepared_call_starts_from_the_standing_items(
    session: Session, coalition: Coalition
) -> None:
    call = prepare(session, coalition, JAN_7)
    items = meetings.agenda(session, call.id)
    assert [(i.title, i.time_box_minutes) for i in items] == STANDING
    assert [i.position for i in items] == [0, 1, 2, 3]
    assert meetings.time_box_overrun(session, call.id) == 0  # 45 of 60 minutes


def test_add_edit_and_delete_agenda_items(session: Session, coalition: Coalition) -> None:
    call = prepare(session, coalition, JAN_7)
    item = meetings.add_agenda_item(
        session,
        call.id,
        "  Michael's South Carolina post  ",
        owner_id=coalition.south_carolina.id,
        time_box_minutes="10",
        notes=" One post, 30,000 views. ",
    )
    session.expire_all()
    items = meetings.agenda(session, call.id)
    assert items[-1].id == item.id and items[-1].position == 4
    assert (items[-1].title, items[-1].notes, items[-1].owner.name, items[-1].time_box_minutes) == (
        "Michael's South Carolina post",
        "One post, 30,000 views.",
        "Michael Tran",
        10,
    )

    meetings.update_agenda_item(
        session,
        item.id,
        title="Michael's post",
        owner_id=None,
        time_box_minutes=None,
        notes="",
        minutes=" 60 members in days. ",
        decision="Use it as the model.",
        status="Done",
    )
    session.expire_all()
    row = meetings.get_agenda_item(session, item.id)
    assert (
        row.title,
        row.owner_id,
        row.time_box_minutes,
        row.minutes,
        row.decision,
        row.status,
    ) == (
        "Michael's post",
        None,
        None,
        "60 members in days.",
        "Use it as the model.",
        ItemStatus.DONE,
    )

    action = actions.add_action_item(session, "Share the post", agenda_item_id=row.id)
    meetings.delete_agenda_item(session, items[1].id)
    session.expire_all()
    assert [i.position for i in meetings.agenda(session, call.id)] == [0, 1, 2, 3]
    assert "Wins of the week" not in titles(session, call)
    meetings.delete_agenda_item(session, item.id)
    session.expire_all()
    kept = actions.get_action_item(session, action.id)  # the action item stays with the call
    assert (kept.occurrence_id, kept.agenda_item_id) == (call.id, None)


def test_a_bad_agenda_item_is_refused_field_by_field(
    session: Session, coalition: Coalition
) -> None:
    call = prepare(session, coalition, JAN_7)
    with pytest.raises(ValidationError) as caught:
        meetings.add_agenda_item(session, call.id, " ", owner_id="nobody", time_box_minutes="ten")
    assert caught.value.problems == {
        "title": "the title cannot be empty",
        "owner_id": "that person is no longer in the directory",
        "time_box_minutes": "'ten' is not a whole number for the time box",
    }
    item = meetings.agenda(session, call.id)[0]
    with pytest.raises(ValidationError) as caught:
        close(session, item, "finished", time_box_minutes=0)  # type: ignore[arg-type]  # a status not among ItemStatus, on purpose
    assert set(caught.value.problems) == {"status", "time_box_minutes"}
    session.expire_all()
    assert len(meetings.agenda(session, call.id)) == 4
    assert meetings.get_agenda_item(session, item.id).status == ItemStatus.OPEN


def test_reorder_the_agenda(session: Session, coalition: Coalition) -> None:
    call = prepare(session, coalition, JAN_7)
    ids = [i.id for i in meetings.agenda(session, call.id)]
    meetings.reorder_agenda(session, call.id, list(reversed(ids)))
    session.expire_all()
    items = meetings.agenda(session, call.id)
    assert [i.id for i in items] == list(reversed(ids))
    assert [i.position for i in items] == [0, 1, 2, 3]
    # Items left out of the list keep their order after the listed ones.
    meetings.reorder_agenda(session, call.id, [ids[2]])
    assert [i.id for i in meetings.agenda(session, call.id)] == [ids[2], ids[3], ids[1], ids[0]]
    # A later deletion renumbers in the new order.
    meetings.delete_agenda_item(session, ids[3])
    assert [i.id for i in meetings.agenda(session, call.id)] == [ids[2], ids[1], ids[0]]


def test_reorder_refuses_items_of_another_call(session: Session, coalition: Coalition) -> None:
    call = prepare(session, coalition, JAN_7)
    other = prepare(session, coalition, JAN_14)
    ids = [i.id for i in meetings.agenda(session, call.id)]
    stranger = meetings.agenda(session, other.id)[0].id
    with pytest.raises(ValidationError) as caught:
        meetings.reorder_agenda(session, call.id, [stranger, *ids])
    assert "not on this call's agenda" in caught.value.problems["ordered_ids"]
    with pytest.raises(ValidationError):
        meetings.reorder_agenda(session, call.id, [ids[0], ids[0]])
    assert [i.id for i in meetings.agenda(session, call.id)] == ids


def test_time_boxes_beyond_the_length_of_the_call_are_reported(
    session: Session, coalition: Coalition
) -> None:
    call = prepare(session, coalition, JAN_7)  # 45 minutes of standing items
    meetings.add_agenda_item(session, call.id, "Growth", time_box_minutes=15)
    meetings.add_agenda_item(session, call.id, "Any other business")  # no time box
    assert meetings.time_box_overrun(session, call.id) == 0
    meetings.add_agenda_item(session, call.id, "Declaration on state borders", time_box_minutes=20)
    assert meetings.time_box_overrun(session, call.id) == 20
    text = documents.agenda_markdown(session, call.id)
    assert "Time boxes: 80 minutes, **20 more than the 60-minute call**." in text


def test_adding_an_item_is_one_undoable_change(session: Session, coalition: Coalition) -> None:
    call = prepare(session, coalition, JAN_7)
    meetings.add_agenda_item(session, call.id, "Growth", time_box_minutes=15)
    changes = last_changeset(session)
    assert changes.label == "Add agenda item" and changes.tables() == {"agenda_item"}
    revert(session, changes)
    assert "Growth" not in titles(session, call)


# --- carried items --------------------------------------------------------------------------------


def test_what_the_last_call_left_open_is_carried_into_the_next(
    session: Session, coalition: Coalition
) -> None:
    first = prepare(session, coalition, JAN_7)
    pages = meetings.add_agenda_item(
        session,
        first.id,
        "Pages in 20 states",
        time_box_minutes=5,
        owner_id=coalition.coordinator.id,
        notes="11 of 20",
    )
    oregon = meetings.add_agenda_item(session, first.id, "Red Oregon")
    close(session, oregon, ItemStatus.DONE, decision="Write the article.")
    dropped = meetings.add_agenda_item(session, first.id, "Guest speaker")
    close(session, dropped, ItemStatus.DROPPED)

    second = prepare(session, coalition, JAN_14)

    items = meetings.agenda(session, second.id)
    assert [i.title for i in items] == [t for t, _ in STANDING] + ["Pages in 20 states"]
    carried = items[-1]
    assert (carried.carried_from_id, carried.owner_id, carried.time_box_minutes, carried.notes) == (
        pages.id,
        coalition.coordinator.id,
        5,
        "11 of 20",
    )
    assert meetings.get_agenda_item(session, pages.id).status == ItemStatus.CARRIED
    assert "(Aaliyah Brooks, 5 min, carried over)" in documents.agenda_markdown(session, second.id)


def test_a_cancelled_call_is_skipped_when_carrying(session: Session, coalition: Coalition) -> None:
    first = prepare(session, coalition, JAN_7)
    meetings.add_agenda_item(session, first.id, "Pages in 20 states")
    calls.cancel_call(session, coalition.series.id, JAN_14)
    third = prepare(session, coalition, JAN_21)
    assert titles(session, third)[-1] == "Pages in 20 states"


def test_a_call_still_to_come_carries_nothing_yet(session: Session, coalition: Coalition) -> None:
    upcoming = [
        d
        for d in calls.rule_dates(
            coalition.series, TODAY + dt.timedelta(days=2), TODAY + dt.timedelta(days=30)
        )
    ][:2]
    first = prepare(session, coalition, upcoming[0])
    meetings.add_agenda_item(session, first.id, "Pages in 20 states")
    second = prepare(session, coalition, upcoming[1])
    assert "Pages in 20 states" not in titles(session, second)


def test_items_are_carried_across_a_change_of_the_series_from_a_date(
    session: Session, coalition: Coalition
) -> None:
    first = prepare(session, coalition, JAN_7)
    meetings.add_agenda_item(session, first.id, "Pages in 20 states")
    action = actions.add_action_item(session, "Start the Colorado page", occurrence_id=first.id)
    data = replace(calls.series_input(coalition.series), start_time="18:00")
    later = calls.update_series(session, coalition.series.id, data, from_date=JAN_14)
    second = meetings.prepare_call(session, later.id, JAN_14)
    assert titles(session, second)[-1] == "Pages in 20 states"
    assert [r.id for r in actions.open_action_items_for(session, second.id)] == [action.id]
    assert [r.id for r in actions.action_items(session, series_id=later.id)] == [action.id]


# --- attendance -----------------------------------------------------------------------------------


def test_attendance_keeps_the_state_each_person_spoke_for(
    session: Session, coalition: Coalition
) -> None:
    call = prepare(session, coalition, JAN_7)
    suggested = [p.name for p in meetings.suggested_attendees(session, call.id)]
    assert suggested == ["Aaliyah Brooks", "Colton Hayes", "Dale Eriksen", "Michael Tran"]

    meetings.set_attendance(session, call.id, coalition.oregon.id, True)
    meetings.set_attendance(session, call.id, coalition.former.id, True)  # still WY on Jan 7
    meetings.set_attendance(session, call.id, coalition.coordinator.id, True)
    meetings.set_attendance(session, call.id, coalition.south_carolina.id, False)

    rows = {a.person.name: (a.present, a.state) for a in meetings.attendance(session, call.id)}
    assert rows == {
        "Aaliyah Brooks": (True, ""),
        "Colton Hayes": (True, "OR"),
        "Dale Eriksen": (True, "WY"),
        "Michael Tran": (False, "SC"),
    }
    assert meetings.states_represented(session, call.id) == ["OR", "WY"]

    # Recorded again: the same row changes, and a state typed by name is kept by its code.
    meetings.set_attendance(session, call.id, coalition.south_carolina.id, True)
    meetings.set_attendance(session, call.id, coalition.coordinator.id, True, state="california")
    assert len(meetings.attendance(session, call.id)) == 4
    assert meetings.states_represented(session, call.id) == ["CA", "OR", "SC", "WY"]


def test_after_stepping_down_a_person_no_longer_speaks_for_the_state(
    session: Session, coalition: Coalition
) -> None:
    april = prepare(session, coalition, D(2025, 4, 1))
    meetings.set_attendance(session, april.id, coalition.former.id, True)
    assert meetings.states_represented(session, april.id) == []
    assert "Dale Eriksen" not in [p.name for p in meetings.suggested_attendees(session, april.id)]


def test_bad_attendance_is_refused(session: Session, coalition: Coalition) -> None:
    call = prepare(session, coalition, JAN_7)
    with pytest.raises(ValidationError) as caught:
        meetings.set_attendance(session, call.id, "", True, state="Atlantis")
    assert set(caught.value.problems) == {"person_id", "state"}
    assert meetings.attendance(session, call.id) == []


# --- action items ---------------------------------------------------------------------------------


def test_an_action_item_decided_under_an_item_belongs_to_its_call(
    session: Session, coalition: Coalition
) -> None:
    call = prepare(session, coalition, JAN_7)
    item = meetings.agenda(session, call.id)[2]
    action = actions.add_action_item(
        session,
        " Draft the Illinois version ",
        agenda_item_id=item.id,
        owner_id=coalition.oregon.id,
        due_on="2025-01-14",
        notes=" two versions ",
    )
    session.expire_all()
    row = actions.get_action_item(session, action.id)
    assert (row.title, row.occurrence_id, row.due_on, row.status, row.notes) == (
        "Draft the Illinois version",
        call.id,
        JAN_14,
        ActionStatus.OPEN,
        "two versions",
    )
    other = prepare(session, coalition, JAN_14)
    with pytest.raises(ValidationError) as caught:
        actions.add_action_item(session, "x", occurrence_id=other.id, agenda_item_id=item.id)
    assert "another call" in caught.value.problems["agenda_item_id"]
    with pytest.raises(ValidationError) as caught:
        actions.add_action_item(session, "", due_on="14/01/2025")
    assert set(caught.value.problems) == {"title", "due_on"}
    assert len(session.scalars(select(ActionItem)).all()) == 1


def test_done_sets_the_day_and_reopening_clears_it(session: Session, coalition: Coalition) -> None:
    call = prepare(session, coalition, JAN_7)
    action = actions.add_action_item(session, "Write the article", occurrence_id=call.id)

    def save(status: ActionStatus | str, **extra: object) -> ActionItem:
        actions.update_action_item(
            session,
            action.id,
            title=action.title,
            owner_id=None,
            due_on=None,
            status=status,
            notes="",
            **extra,  # type: ignore[arg-type]  # the test's dict mixes the fields' types
        )
        session.expire_all()
        return actions.get_action_item(session, action.id)

    assert save("Done").done_on == TODAY
    assert save(ActionStatus.DONE).done_on == TODAY  # kept, not moved
    assert save(ActionStatus.OPEN).done_on is None
    assert save(ActionStatus.DONE, done_on=JAN_14).done_on == JAN_14
    assert save(ActionStatus.DROPPED).done_on is None
    with pytest.raises(ValidationError) as caught:
        save(ActionStatus.DONE, done_on=TODAY + dt.timedelta(days=1))
    assert "still to come" in caught.value.problems["done_on"]


def test_one_list_of_action_items_across_calls_open_first_and_overdue_flagged(
    session: Session, coalition: Coalition
) -> None:
    first, second = prepare(session, coalition, JAN_7), prepare(session, coalition, JAN_14)
    one_off = calls.create_one_off(
        session,
        "Coordination call with Oregon groups",
        calls.instant(D(2025, 1, 16), dt.time(18), LA),
        45,
        LA,
    )
    yesterday, tomorrow = TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=1)
    add = actions.add_action_item
    late = add(
        session,
        "Collect sign-offs",
        occurrence_id=first.id,
        due_on=yesterday,
        owner_id=coalition.coordinator.id,
    )
    soon = add(
        session,
        "Draft the Illinois version",
        occurrence_id=second.id,
        due_on=tomorrow,
        owner_id=coalition.oregon.id,
    )
    today = add(session, "Post the graphics", occurrence_id=second.id, due_on=TODAY)
    undated = add(session, "Find a Colorado admin", occurrence_id=one_off.id)
    done = add(session, "Send the link", occurrence_id=first.id, due_on=D(2025, 1, 9))
    actions.update_action_item(
        session,
        done.id,
        title=done.title,
        owner_id=None,
        due_on=done.due_on,
        status=ActionStatus.DONE,
        notes="",
    )

    rows = actions.action_items(session)
    assert [r.id for r in rows] == [late.id, today.id, soon.id, undated.id, done.id]
    assert [r.overdue for r in rows] == [True, False, False, False, False]
    first_row = rows[0]
    assert (first_row.owner_name, first_row.call_title, first_row.call_date) == (
        "Aaliyah Brooks",
        "Coalition call",
        JAN_7,
    )
    assert (rows[3].call_title, rows[3].call_date) == (
        "Coordination call with Oregon groups",
        D(2025, 1, 16),
    )

    assert [r.id for r in actions.action_items(session, status=ActionStatus.DONE)] == [done.id]
    assert [r.id for r in actions.action_items(session, owner_id=coalition.oregon.id)] == [soon.id]
    in_series = actions.action_items(session, series_id=coalition.series.id)
    assert undated.id not in [r.id for r in in_series] and len(in_series) == 4

    actions.delete_action_item(session, soon.id)
    assert soon.id not in [r.id for r in actions.action_items(session)]


def test_the_next_call_reviews_the_open_items_of_the_earlier_ones(
    session: Session, coalition: Coalition
) -> None:
    first, second, third = (prepare(session, coalition, d) for d in (JAN_7, JAN_14, JAN_21))
    kept = actions.add_action_item(session, "Collect sign-offs", occurrence_id=first.id)
    done = actions.add_action_item(session, "Send the link", occurrence_id=first.id)
    actions.update_action_item(
        session,
        done.id,
        title=done.title,
        owner_id=None,
        due_on=None,
        status=ActionStatus.DONE,
        notes="",
    )
    also = actions.add_action_item(session, "Draft the Illinois version", occurrence_id=second.id)
    actions.add_action_item(session, "Decided on the third call", occurrence_id=third.id)

    assert actions.open_action_items_for(session, first.id) == []
    assert [r.id for r in actions.open_action_items_for(session, second.id)] == [kept.id]
    assert {r.id for r in actions.open_action_items_for(session, third.id)} == {kept.id, also.id}
    fourth = prepare(session, coalition, JAN_28)
    assert len(actions.open_action_items_for(session, fourth.id)) == 3


# --- agenda and minutes as text -------------------------------------------------------------------


@pytest.fixture
def held(session: Session, coalition: Coalition) -> CallOccurrence:
    """The Jan 14 call, held: attendance, minutes, a decision, action items; one open
    action item from Jan 7, overdue."""
    first = prepare(session, coalition, JAN_7)
    actions.add_action_item(
        session,
        "Collect each group's sign-off",
        occurrence_id=first.id,
        owner_id=coalition.coordinator.id,
        due_on=TODAY - dt.timedelta(days=3),
    )
    call = prepare(session, coalition, JAN_14)
    item = meetings.add_agenda_item(
        session,
        call.id,
        "Tailored question for New York",
        owner_id=coalition.oregon.id,
        time_box_minutes=10,
        notes="Red *New York*: the whole state\n- besides NYC",
    )
    close(
        session, item, ItemStatus.OPEN, minutes="First drafts read.", decision="Test two versions."
    )
    actions.add_action_item(
        session,
        "Draft the Illinois version",
        agenda_item_id=item.id,
        owner_id=coalition.south_carolina.id,
        due_on=D(2025, 1, 21),
    )
    meetings.set_attendance(session, call.id, coalition.oregon.id, True)
    meetings.set_attendance(session, call.id, coalition.coordinator.id, True)
    meetings.set_attendance(session, call.id, coalition.south_carolina.id, False)
    return call


def test_the_agenda_says_when_how_to_join_and_what(session: Session, held: CallOccurrence) -> None:
    text = documents.agenda_markdown(session, held.id, zone="America/New_York")
    assert text.startswith("# Coalition call: agenda\n")
    assert "- When: Tuesday, January 14, 2025, 17:30–18:30 PST (America/Los_Angeles)" in text
    assert "- In America/New_York: Tuesday, January 14, 2025, 20:30–21:30 EST" in text
    assert "- Join: https://meet.example.org/coalition-call" in text
    assert "- Dial-in: +1 916-555-0199, access code 730 1755" in text
    assert "1. **Roll call by state** (5 min)" in text
    assert "5. **Tailored question for New York** (Colton Hayes, 10 min)" in text
    assert "   - Notes: Red \\*New York\\*: the whole state\n     \\- besides NYC" in text
    assert "## Open action items to review" in text
    assert "- Collect each group's sign-off (Aaliyah Brooks, due " in text and "**overdue**" in text
    assert "Time boxes: 55 of 60 minutes." in text
    # The same zone as the call's is not repeated.
    assert "- In " not in documents.agenda_markdown(session, held.id, zone=LA)


def test_the_minutes_say_who_came_what_was_said_decided_and_owed(
    session: Session, held: CallOccurrence
) -> None:
    text = documents.minutes_markdown(session, held.id)
    assert text.startswith("# Coalition call: minutes\n")
    assert "- Present: Aaliyah Brooks, Colton Hayes (OR)" in text
    assert "- States represented: OR" in text
    assert "- Absent: Michael Tran" in text
    assert (
        "   - Minutes: First drafts read.\n   - Decision: Test two versions.\n   - Status: Open"
        in text
    )
    assert "- Draft the Illinois version (Michael Tran, due Jan 21, 2025, **overdue**)" in text
    assert "## Still open from earlier calls" in text
    assert "Collect each group's sign-off (Aaliyah Brooks" in text


def test_moved_and_cancelled_calls_say_so(session: Session, coalition: Coalition) -> None:
    thursday = calls.instant(D(2025, 1, 16), dt.time(17, 30), LA)
    moved = calls.move_call(session, coalition.series.id, JAN_7, thursday)
    agenda = documents.agenda_markdown(session, moved.id)
    assert "- When: Thursday, January 16, 2025, 17:30–18:30 PST" in agenda
    assert "- Moved from Tuesday, January 7, 2025, 17:30" in agenda
    cancelled = calls.cancel_call(session, coalition.series.id, JAN_14)
    minutes = documents.minutes_markdown(session, cancelled.id)
    assert "**This call is cancelled.**" in minutes and "## Attendance" not in minutes


def test_an_unknown_zone_for_the_reader_is_refused(session: Session, held: CallOccurrence) -> None:
    with pytest.raises(ValidationError) as caught:
        documents.agenda_markdown(session, held.id, zone="Moon/Base")
    assert "not a time zone" in caught.value.problems["zone"]


def test_plain_text_for_an_email(session: Session, held: CallOccurrence) -> None:
    text = markdown_to_text(documents.minutes_markdown(session, held.id))
    assert text.startswith("Coalition call: minutes\n=======================\n")
    assert "\nAttendance\n----------\n" in text
    assert "5. Tailored question for New York (Colton Hayes, 10 min)" in text
    # What people typed comes back exactly as typed, marks included.
    assert "   - Notes: Red *New York*: the whole state\n     - besides NYC" in text
    assert "Collect each group's sign-off (Aaliyah Brooks, due " in text and ", overdue)" in text
    assert "**" not in text and "\\" not in text and "#" not in text


@pytest.mark.parametrize(
    ("md", "text"),
    [
        ("# Title", "Title\n====="),
        ("## Sub ##", "Sub\n---"),
        ("### Third", "Third"),
        ("**bold**, *it*, _it_, __bold__ and `code`", "bold, it, it, bold and code"),
        ("snake_case_name and 2*3*4", "snake_case_name and 2*3*4"),
        (
            "[the call](https://meet.example.org/c) <https://example.org>",
            "the call (https://meet.example.org/c) https://example.org",
        ),
        ("> quoted", "quoted"),
        ("\\*not emphasis\\* \\# 1\\. \\\\", "*not emphasis* # 1. \\"),
        ("- a list\n  1. stays", "- a list\n  1. stays"),
    ],
)
def test_markdown_to_text_rules(md: str, text: str) -> None:
    assert markdown_to_text(md) == text
