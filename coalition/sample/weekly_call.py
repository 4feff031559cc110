"""The sample's weekly coalition call around the day it is loaded: six past weeks with
agendas, minutes, attendance and action items, the next two prepared, and a one-off call."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coalition.calls import actions, meetings
from coalition.calls import series as calls
from coalition.calls.series import Recurrence, SeriesInput
from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.sample import facts
from coalition.sample.records import (
    COALITION,
    RED_IL,
    RED_NY,
    RED_PA,
    chapter,
    flushed,
)
from coalition.store.models import (
    ActionStatus,
    AgendaItem,
    CallOccurrence,
    ItemStatus,
    Organization,
    Person,
)

CALL_TITLE = QT_TRANSLATE_NOOP("Sample", "Coalition call")
CALL_ZONE = facts.CALL_ZONE
CALL_TIME = facts.CALL_TIME  # "every Tuesday at 5:30 Pacific"
COORDINATOR = "Aaliyah Brooks"
ROLL_CALL, WINS, MESSAGE, REVIEW = (
    QT_TRANSLATE_NOOP("Sample", "Roll call by state"),
    QT_TRANSLATE_NOOP("Sample", "Wins of the week"),
    QT_TRANSLATE_NOOP("Sample", "Message of the week: tailoring the question per state"),
    QT_TRANSLATE_NOOP("Sample", "Action items review"),
)
STANDING_ITEMS = ((ROLL_CALL, 5), (WINS, 10), (MESSAGE, 20), (REVIEW, 10))
# The groups whose representatives are invited: the coalition, its state chapters and
# the 'Red' groups, which between them hold every state representative.
CALL_GROUPS = (
    COALITION,
    RED_NY,
    RED_IL,
    RED_PA,
    *(chapter(s) for s in ("SC", "IN", "ND", "NH", "AZ", "OK", "WY")),
)
# Invited in their own name: the host, The Liberty Block's spokesperson, the CNP's liaison
# and Red Oregon's contact.
CALL_GUESTS = (COORDINATOR, "Caleb Whitfield", "Marisol Vega-Ortiz", "Marguerite Olsen")
ONE_OFF_TITLE = QT_TRANSLATE_NOOP("Sample", "Coordination call with Oregon groups")
ONE_OFF_NOTES = QT_TRANSLATE_NOOP(
    "Sample",
    "With Red Oregon: its request to split the state, and what the coalition can do. "
    "An invented call (example).",
)


@dataclass(frozen=True)
class _Item:
    """An agenda item as it ended on its call; one carried from the week before is
    found by its title on the agenda and completed, not added again."""

    title: str
    owner: str | None = None
    box: int | None = None
    notes: str = ""
    said: str = ""
    decision: str = ""
    status: ItemStatus = ItemStatus.DONE


@dataclass(frozen=True)
class _Action:
    title: str
    owner: str
    due_in: int  # days after the call
    item: str | None = None  # the agenda item it was decided under
    done_in: int | None = None  # days after the call it was done; None: still open
    status: ActionStatus = ActionStatus.OPEN


@dataclass(frozen=True)
class _Week:
    """One past Tuesday: what was said under the standing items, the items of its own,
    who was missing, what was decided; or that it was moved or cancelled."""

    wins: str = ""
    message: str = ""
    message_decision: str = ""
    items: tuple[_Item, ...] = ()
    absent: tuple[str, ...] = ()
    actions: tuple[_Action, ...] = ()
    moved_to_thursday: bool = False
    cancelled: bool = False


WELCOME = QT_TRANSLATE_NOOP(
    "Sample", "Welcome the new members from Oklahoma, New York, Pennsylvania and Wyoming"
)
SC_POST = QT_TRANSLATE_NOOP("Sample", "Michael's South Carolina post: 60 members in days")
PAGES = QT_TRANSLATE_NOOP("Sample", "Pages in 20 states: who starts the next ones")
RED_OREGON = QT_TRANSLATE_NOOP("Sample", "Red Oregon: support the request to split the state")
DECLARATION = QT_TRANSLATE_NOOP("Sample", "Declaration: the peaceful movement of state borders")
TAILORED = QT_TRANSLATE_NOOP("Sample", "Tailored question for New York and Illinois")

PAST_WEEKS: tuple[_Week, ...] = (  # oldest first, one per Tuesday
    _Week(
        wins="The coalition doubled in size in a month: people in four more states pledged "
        "to promote the same idea.",
        message="The question is the same for everyone: would you really mind if California "
        "left? Each state phrases it for the personality of its own people.",
        message_decision="States that have asked the question help the new ones phrase it.",
        items=(
            _Item(
                WELCOME,
                COORDINATOR,
                5,
                said="Oklahoma, New York, Pennsylvania and Wyoming introduced themselves.",
                decision="Each new state is paired with a state that has already asked.",
            ),
            _Item(
                SC_POST,
                "Michael Tran",
                10,
                notes="One Facebook post, 30,000 views.",
                said="Michael: 'It's like asking people if they would pose a survey question "
                "in their community, asking if people like Chocolate.'",
                decision="Use the post as the model for every state page.",
            ),
        ),
        absent=("Erik Halvorsen", "Marguerite Olsen"),
        actions=(
            _Action(
                QT_TRANSLATE_NOOP(
                    "Sample", "Send the call link and dial-in to the four new states"
                ),
                COORDINATOR,
                2,
                WELCOME,
                done_in=1,
            ),
            _Action(
                QT_TRANSLATE_NOOP(
                    "Sample", "Share the South Carolina post as a template for the other pages"
                ),
                "Michael Tran",
                7,
                SC_POST,
                done_in=5,
            ),
        ),
    ),
    _Week(
        wins="Red Oregon asked the coalition for its support.",
        message="South Carolina's wording read to the others; Indiana and North Dakota adapted it.",
        items=(
            _Item(
                PAGES,
                COORDINATOR,
                5,
                notes="Representatives in 11 states; the goal is 20 states with pages.",
                said="Colorado has a volunteer for a page; the other states are still to find.",
                status=ItemStatus.OPEN,
            ),
            _Item(
                RED_OREGON,
                "Colton Hayes",
                10,
                said="Oregon's conservatives want to 'peacefully divorce' the coastal cities.",
                decision="Write an article explaining why they are right to ask.",
            ),
        ),
        absent=("Travis Harjo", "Marguerite Olsen"),
        actions=(
            _Action(
                QT_TRANSLATE_NOOP(
                    "Sample", "Write the article on Red Oregon's request to split the state"
                ),
                "Colton Hayes",
                7,
                RED_OREGON,
                done_in=6,
            ),
            _Action(
                QT_TRANSLATE_NOOP(
                    "Sample", "List the states with a volunteer ready to start a page"
                ),
                "Yolanda Begay",
                7,
                PAGES,
                done_in=8,
            ),
        ),
    ),
    _Week(
        moved_to_thursday=True,
        wins="The Red Oregon article reached 50,000 views.",
        message="Pennsylvania's version: the whole state outside the Philadelphia metro area.",
        message_decision="Pennsylvania drafts its version for next week.",
        items=(
            _Item(
                PAGES,
                said="The Colorado page can start this month.",
                decision="Colorado first; then the states on the volunteers' list.",
            ),
            _Item(
                QT_TRANSLATE_NOOP("Sample", "The Red Oregon article: 50,000 views"),
                "Colton Hayes",
                10,
                said="Everyone in Red Oregon now knows of the coalition.",
            ),
        ),
        absent=("Lukas Nowak",),
        actions=(
            _Action(
                QT_TRANSLATE_NOOP("Sample", "Draft the Pennsylvania version of the question"),
                "Gregory Mueller",
                7,
                done_in=6,
            ),
            _Action(
                QT_TRANSLATE_NOOP("Sample", "Help the Colorado page admin start the page"),
                "Yolanda Begay",
                14,
                PAGES,
                done_in=10,
            ),
            _Action(
                QT_TRANSLATE_NOOP("Sample", "Book a guest speaker for a call"),
                COORDINATOR,
                14,
                status=ActionStatus.DROPPED,
            ),
        ),
    ),
    _Week(cancelled=True),
    _Week(
        wins="The Pennsylvania version is out; Colorado's page has its first followers.",
        message="New York and Illinois want their own wording, as Pennsylvania did.",
        items=(
            _Item(
                DECLARATION,
                "Caleb Whitfield",
                10,
                notes="'...officially endorse the peaceful movement of state borders as "
                "necessary to maintain a peaceful, harmonious, and civil society.'",
                said="Only where the situation is 'egregiously undemocratic': Oregon, "
                "Illinois, New York, Pennsylvania and Colorado.",
                decision="Endorse the declaration once every group has signed off.",
            ),
            _Item(
                QT_TRANSLATE_NOOP("Sample", "New shared graphics: 'USA without a CA'"),
                "Anthony Russo",
                5,
                said="Two designs chosen by vote in the chat.",
            ),
        ),
        absent=("Patrick Dubois",),
        actions=(
            _Action(
                QT_TRANSLATE_NOOP("Sample", "Collect each group's sign-off on the declaration"),
                COORDINATOR,
                5,
                DECLARATION,
            ),  # still open: overdue
            _Action(
                QT_TRANSLATE_NOOP("Sample", "Post the new graphics on every state page"),
                "Anthony Russo",
                7,
                done_in=3,
            ),
        ),
    ),
    _Week(
        wins="Reach on social media is in the hundreds of thousands.",
        message="Illinois will test two versions of the question on its page.",
        message_decision="Each state reports which wording got the most answers.",
        items=(
            _Item(
                QT_TRANSLATE_NOOP("Sample", "Non-violence: our word after the Oregon protest"),
                "Caleb Whitfield",
                5,
                said="The protest in Oregon turned violent; the coalition is peaceful.",
                decision="Every page repeats that the coalition stands for non-violence.",
            ),
            _Item(
                TAILORED,
                "Anthony Russo",
                10,
                notes="Red New York: the whole state besides NYC, Nassau and Westchester.",
                said="First drafts read; Illinois wants to test two versions first.",
                status=ItemStatus.OPEN,
            ),
        ),
        absent=("Yolanda Begay", "Caleb Whitfield"),
        actions=(
            _Action(
                QT_TRANSLATE_NOOP("Sample", "Draft the Illinois version of the question"),
                "Lukas Nowak",
                7,
                TAILORED,
            ),
            _Action(
                QT_TRANSLATE_NOOP("Sample", "Publish the non-violence statement on every page"),
                "Caleb Whitfield",
                14,
            ),
            _Action(
                QT_TRANSLATE_NOOP("Sample", "Update the growth figures for the press kit"),
                "Erik Halvorsen",
                3,
                done_in=1,
            ),
        ),
    ),
)

NEXT_CALL_ITEMS = (  # added to the next two calls, after what they start with
    (
        _Item(
            QT_TRANSLATE_NOOP("Sample", "Pages in 20 states: where we stand"),
            COORDINATOR,
            10,
            notes="11 states represented; Colorado has a page without a representative.",
        ),
    ),
    (
        _Item(
            QT_TRANSLATE_NOOP("Sample", "Growth report: a month of new members"),
            "Erik Halvorsen",
            10,
        ),
    ),
)
ONE_OFF_ITEMS = (
    _Item(
        QT_TRANSLATE_NOOP("Sample", "Red Oregon's request: where it stands"), "Marguerite Olsen", 15
    ),
    _Item(
        QT_TRANSLATE_NOOP("Sample", "How the coalition helps without speaking for Oregon"),
        "Colton Hayes",
        15,
    ),
)


def _tuesdays(today: dt.date) -> tuple[list[dt.date], list[dt.date]]:
    """The sample's past call days (before ``today``) and its next two (from ``today``)."""
    weekday = facts.CALL_WEEKDAY
    last = today - dt.timedelta(days=(today.weekday() - weekday) % 7 or 7)
    past = [last - dt.timedelta(weeks=n) for n in range(len(PAST_WEEKS) - 1, -1, -1)]
    first_next = today + dt.timedelta(days=(weekday - today.weekday()) % 7)
    return past, [first_next, first_next + dt.timedelta(weeks=1)]


def _add_items(
    session: Session,
    occurrence: CallOccurrence,
    items: tuple[_Item, ...],
    people: dict[str, Person],
) -> None:
    """Add each item, or complete the one already on the agenda (carried), as it ended."""
    for item in items:
        title = shown(item.title)
        row = next((a for a in occurrence.agenda if a.title == title), None)
        if row is None:
            row = meetings.add_agenda_item(
                session,
                occurrence.id,
                title,
                owner_id=people[item.owner].id if item.owner else None,
                time_box_minutes=item.box,
                notes=item.notes,
            )
        _close(session, row, item.said, item.decision, item.status)


def _close(session: Session, row: AgendaItem, said: str, decision: str, status: ItemStatus) -> None:
    meetings.update_agenda_item(
        session,
        row.id,
        title=row.title,
        owner_id=row.owner_id,
        time_box_minutes=row.time_box_minutes,
        notes=row.notes,
        minutes=said,
        decision=decision,
        status=status,
    )


def _hold(
    session: Session,
    occurrence: CallOccurrence,
    week: _Week,
    day: dt.date,
    today: dt.date,
    people: dict[str, Person],
) -> None:
    """Record a past call: who came, what was said and decided, who owes what."""
    for person in meetings.suggested_attendees(session, occurrence.id):
        meetings.set_attendance(session, occurrence.id, person.id, person.name not in week.absent)
    _add_items(session, occurrence, week.items, people)
    states = meetings.states_represented(session, occurrence.id)
    said = {
        shown(ROLL_CALL): shown(
            QT_TRANSLATE_NOOP("Sample", "{count} states on the call: {states}.").format(
                count=len(states), states=", ".join(states)
            )
        ),
        shown(WINS): week.wins,
        shown(MESSAGE): week.message,
        shown(REVIEW): shown(
            QT_TRANSLATE_NOOP("Sample", "Went through the open action items of the earlier calls.")
        ),
    }
    for row in occurrence.agenda:
        if row.title in said:
            decision = week.message_decision if row.title == shown(MESSAGE) else ""
            _close(session, row, said[row.title], decision, ItemStatus.DONE)
    for action in week.actions:
        under = shown(action.item) if action.item else None
        item = next((a for a in occurrence.agenda if a.title == under), None)
        owed = actions.add_action_item(
            session,
            shown(action.title),
            occurrence_id=occurrence.id,
            agenda_item_id=item.id if item else None,
            owner_id=people[action.owner].id,
            due_on=day + dt.timedelta(days=action.due_in),
        )
        status = ActionStatus.DONE if action.done_in is not None else action.status
        if status != ActionStatus.OPEN:
            done_on = (
                min(day + dt.timedelta(days=action.done_in), today)
                if action.done_in is not None
                else None
            )
            actions.update_action_item(
                session,
                owed.id,
                title=owed.title,
                owner_id=owed.owner_id,
                due_on=owed.due_on,
                status=status,
                notes=owed.notes,
                done_on=done_on,
            )


def load_calls(
    session: Session, orgs: dict[str, Organization], people: dict[str, Person], today: dt.date
) -> None:
    """The weekly call around ``today``, and the one-off call with the Oregon groups."""
    past, upcoming = _tuesdays(today)
    series = flushed(
        session,
        calls.create_series(
            session,
            SeriesInput(
                title=shown(CALL_TITLE),
                start_date=past[0],
                start_time=CALL_TIME,
                time_zone=CALL_ZONE,
                recurrence=Recurrence(weekdays=(facts.CALL_WEEKDAY,)),
                duration_minutes=60,
                organizer_id=people[COORDINATOR].id,
                owner_org_id=orgs[COALITION].id,
                description="The coalition's weekly call, " + facts.CALL_WORDING + ": members "
                "help each other fine-tune the message to the citizens of their state. "
                "The link, number and code are invented (example).",
                join_url="https://meet.example.org/coalition-call",
                dial_in="+1 916-555-0199",
                access_code="730 1755",
                participant_person_ids=[people[name].id for name in CALL_GUESTS],
                participant_org_ids=[orgs[key].id for key in CALL_GROUPS],
                standing_items=[(shown(title), minutes) for title, minutes in STANDING_ITEMS],
            ),
        ),
    )
    for day, week in zip(past, PAST_WEEKS, strict=True):
        if week.cancelled:
            calls.cancel_call(session, series.id, day)
            continue
        occurrence = flushed(session, meetings.prepare_call(session, series.id, day))
        _hold(session, occurrence, week, day, today, people)
        if week.moved_to_thursday:
            moved_to = calls.instant(day + dt.timedelta(days=2), CALL_TIME, CALL_ZONE)
            calls.move_call(session, series.id, day, moved_to)
    for day, items in zip(upcoming, NEXT_CALL_ITEMS, strict=True):
        occurrence = flushed(session, meetings.prepare_call(session, series.id, day))
        _add_items(session, occurrence, items, people)

    thursday = today + dt.timedelta(days=(3 - today.weekday()) % 7 or 7)
    one_off = flushed(
        session,
        calls.create_one_off(
            session,
            shown(ONE_OFF_TITLE),
            calls.instant(thursday, dt.time(18, 0), CALL_ZONE),
            45,
            CALL_ZONE,
            location="https://meet.example.org/oregon-groups",
            notes=shown(ONE_OFF_NOTES),
        ),
    )
    _add_items(session, one_off, ONE_OFF_ITEMS, people)
