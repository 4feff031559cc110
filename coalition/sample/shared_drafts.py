"""The sample's shared drafts: the coalition's question tailored per state, and the press
release on the declaration on state borders, each with its sign-offs and comments."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.drafts.comments import add_comment
from coalition.drafts.draft import DraftInput, create_draft
from coalition.drafts.revisions import save_variant_text
from coalition.drafts.signoffs import (
    active_sign_offs,
    all_sign_offs,
    answer_sign_off,
    request_sign_off,
)
from coalition.drafts.status import set_status
from coalition.drafts.variants import add_variant, update_variant
from coalition.sample import facts
from coalition.sample.records import (
    COALITION,
    LIBERTY_BLOCK,
    RED_IL,
    RED_NY,
    RED_OR,
    RED_PA,
    chapter,
)
from coalition.sample.weekly_call import CALL_ZONE, COORDINATOR
from coalition.store.models import (
    Draft,
    DraftComment,
    DraftRevision,
    DraftStatus,
    DraftStatusChange,
    DraftVariant,
    Organization,
    SignOff,
    SignOffAnswer,
)

QUESTION_TITLE = "Would you really mind if California left?"
QUESTION_CORE = (
    "Would you really mind if California left, or do you think it would make America great "
    "again by making America STATES again? Tell us what {state} thinks, and join the "
    "coalition call {next_call}."
)
SC_FIRST = (
    "Fellow Southerners: would you really mind if California left the Union? Or would it "
    "make America great again by making America STATES again? {group} wants to hear from "
    "{state}. Join the coalition call {next_call}."
)
SC_EDITED = (  # Michael's edit after The Liberty Block had signed off
    "Fellow Southerners: would you be greatly upset if California left the Union? Or would "
    "it make America great again by making America STATES again? {group} wants to hear "
    "from all of {state}: join the call {next_call}."
)
OREGON = (
    "Oregon's interior knows the case for a peaceful divorce. So: would you really mind if "
    "California left, or would it make America great again by making America STATES again? "
    "Tell {group} what {state} thinks on the coalition call {next_call}."
)
ILLINOIS = (  # too long for a post on X: the changes Red Illinois asks for
    "Downstate, the answer is already yes. Chicago sets the terms for the whole of {state}, "
    "the way California sets them for the whole country. Would you really mind if "
    "California left, or do you think it would make America great again by making America "
    "STATES again? {group} is asking {region}. Join the coalition call {next_call} and tell "
    "us how you would put it."
)
BORDERS_TITLE = "Coalition endorses the peaceful movement of state borders"
BORDERS_CORE = (
    "FOR IMMEDIATE RELEASE\n\n"
    "Coalition endorses the peaceful movement of state borders\n\n"
    f'"{facts.BORDERS_DECLARATION}"\n\n'
    "The coalition does not ask every divided state to split: only where the situation is "
    "egregiously undemocratic, where one urban area dictates terms to the overwhelming "
    "majority of a state's land. There, conservative areas should be free to shift a border "
    "and join a neighboring state, or to form a new state, peacefully and lawfully.\n\n"
    "Press contact: {group}"
)
BORDERS_NEW_YORK = BORDERS_CORE.replace(
    "peacefully and lawfully.",
    "peacefully and lawfully. In {state}, {group} speaks for the whole state besides New "
    "York City and Nassau and Westchester Counties.",
).replace("Press contact: {group}", "Press contact: {group}, {contact}")


def _at(now: dt.datetime, days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of the drafts' story: ``days_ago`` days before ``now``, at a Pacific time."""
    day = now.astimezone(ZoneInfo(CALL_ZONE)).date() - dt.timedelta(days=days_ago)
    return calls.instant(day, dt.time(hour, minute), CALL_ZONE)


def _told(row: DraftRevision | DraftStatusChange | DraftComment, at: dt.datetime, who: str) -> None:
    """Date and sign a record as the story tells it: the services stamp the moment the
    sample is loaded and whoever loads it, which would make every step look the same."""
    if isinstance(row, DraftComment):
        row.created_at, row.author = at, who
    elif isinstance(row, DraftStatusChange):
        row.at, row.actor = at, who
    else:
        row.at, row.author = at, who


def _asked(session: Session, variant: DraftVariant, org: Organization, at: dt.datetime) -> SignOff:
    sign_off = request_sign_off(session, variant.id, org.id)
    sign_off.requested_at = at
    return sign_off


def _answered(
    session: Session,
    sign_off: SignOff,
    answer: SignOffAnswer,
    by: str,
    at: dt.datetime,
    comment: str = "",
) -> None:
    answer_sign_off(session, sign_off.id, answer, comment)
    # As the story tells it: a member of the group asked answered for it.
    sign_off.answered_at, sign_off.answered_by = at, by
    sign_off.answered_by_org_id = sign_off.organization_id


def _moved(
    session: Session, draft: Draft, status: DraftStatus, at: dt.datetime, note: str = ""
) -> None:
    set_status(session, draft.id, status, note)
    _told(draft.status_changes[-1], at, COORDINATOR)


def _revised(session: Session, variant: DraftVariant, text: str, at: dt.datetime, who: str) -> None:
    """A new wording of a variant; sign-offs it voids or asks again are dated with it."""
    revision = save_variant_text(session, variant.id, text)
    assert revision is not None
    _told(revision, at, who)
    every = all_sign_offs(session, variant.id)
    voided = {s.id for s in every if s.voided_at is not None and s.voided_at > at}
    for sign_off in every:
        if sign_off.id in voided:
            sign_off.voided_at = at
        elif sign_off.replaces_id in voided:
            sign_off.requested_at = at


def _thread(
    session: Session,
    draft: Draft,
    variant: DraftVariant | None,
    said: tuple[tuple[str, str], ...],
    at: dt.datetime,
) -> None:
    """A comment and its replies, each answering the one before, an hour apart."""
    parent: DraftComment | None = None
    for number, (who, body) in enumerate(said):
        parent = add_comment(
            session,
            draft.id,
            body,
            variant_id=variant.id if variant else None,
            parent_id=parent.id if parent else None,
        )
        _told(parent, at + dt.timedelta(hours=number), who)


def load_question_draft(session: Session, orgs: dict[str, Organization], now: dt.datetime) -> None:
    """The shared question of the last two weeks: South Carolina's variant approved (after
    an edit voided one approval and The Liberty Block signed again), Oregon's waiting for
    Red Oregon, Illinois' sent back by Red Illinois (too long for X)."""
    draft = _question_asked(session, orgs, now)
    south, oregon, illinois = _question_variants(session, draft, orgs, now)
    _question_signed_off(session, draft, orgs, now, (south, oregon, illinois))


def _question_asked(session: Session, orgs: dict[str, Organization], now: dt.datetime) -> Draft:
    """The question, as the coordinator wrote it, and the talk of who goes first."""
    draft = create_draft(
        session,
        DraftInput(
            QUESTION_TITLE,
            ["x", "facebook", "email"],
            orgs[COALITION].id,
            [
                "calexit",
                shown(QT_TRANSLATE_NOOP("Sample", "multi-state")),
                shown(QT_TRANSLATE_NOOP("Sample", "question of the week")),
            ],
        ),
        QUESTION_CORE,
    )
    start = _at(now, 12, 10)
    _told(draft.revisions[0], start, COORDINATOR)
    _told(draft.status_changes[0], start, COORDINATOR)
    _thread(
        session,
        draft,
        None,
        (
            (
                "Caleb Whitfield",
                (
                    "The question is the same for everyone; each state phrases it so it fits the "
                    "sentiment of the personality of their state."
                ),
            ),
            (
                "Michael Tran",
                (
                    "It's like asking people if they would pose a survey question in their "
                    "community, "
                    "asking if people like chocolate. Everyone is telling me the answer is "
                    "already yes."
                ),
            ),
            (COORDINATOR, "Then South Carolina first, with Oregon and Illinois."),
        ),
        _at(now, 12, 11),
    )
    return draft


def _question_variants(
    session: Session, draft: Draft, orgs: dict[str, Organization], now: dt.datetime
) -> tuple[DraftVariant, DraftVariant, DraftVariant]:
    """South Carolina's, Oregon's and Illinois' wordings, sent for review."""
    sc_group = orgs[chapter("SC")]
    south = add_variant(session, draft.id, "", state="SC", organization_id=sc_group.id)
    _told(south.revisions[0], _at(now, 11, 9), "Michael Tran")
    _revised(session, south, SC_FIRST, _at(now, 11, 9, 30), "Michael Tran")
    oregon = add_variant(
        session, draft.id, "", state="OR", organization_id=orgs[RED_OR].id, text=OREGON
    )
    _told(oregon.revisions[0], _at(now, 11, 14), "Colton Hayes")
    illinois = add_variant(
        session, draft.id, "", state="IL", organization_id=orgs[RED_IL].id, text=ILLINOIS
    )
    _told(illinois.revisions[0], _at(now, 11, 16), "Lukas Nowak")
    update_variant(
        session,
        illinois.id,
        audience=illinois.audience,
        state="IL",
        organization_id=orgs[RED_IL].id,
        fields={"region": "everyone outside the northeast"},
    )
    _moved(
        session,
        draft,
        DraftStatus.IN_REVIEW,
        _at(now, 10, 9),
        "South Carolina, Oregon and Illinois are ready for sign-off",
    )
    return south, oregon, illinois


def _question_signed_off(
    session: Session,
    draft: Draft,
    orgs: dict[str, Organization],
    now: dt.datetime,
    variants: tuple[DraftVariant, DraftVariant, DraftVariant],
) -> None:
    """South Carolina's approved twice over, Oregon's waiting, Illinois' sent back."""
    south, oregon, illinois = variants
    sc_group, liberty = orgs[chapter("SC")], orgs[LIBERTY_BLOCK]
    by_liberty = _asked(session, south, liberty, _at(now, 10, 9, 15))
    by_chapter = _asked(session, south, sc_group, _at(now, 10, 9, 15))
    _answered(
        session,
        by_liberty,
        SignOffAnswer.APPROVED,
        "Caleb Whitfield",
        _at(now, 9, 11),
        "Reads like the South.",
    )
    _revised(session, south, SC_EDITED, _at(now, 8, 18), "Michael Tran")  # voids Caleb's answer
    _answered(session, by_chapter, SignOffAnswer.APPROVED, "Bethany Culpepper", _at(now, 7, 10))
    again = next(s for s in active_sign_offs(session, south.id) if s.replaces_id)
    _answered(
        session,
        again,
        SignOffAnswer.APPROVED,
        "Caleb Whitfield",
        _at(now, 6, 12),
        "Still good after the edit.",
    )

    _asked(session, oregon, orgs[RED_OR], _at(now, 6, 15))
    to_red_illinois = _asked(session, illinois, orgs[RED_IL], _at(now, 5, 10))
    _answered(
        session,
        to_red_illinois,
        SignOffAnswer.CHANGES_REQUESTED,
        "Deborah Kim",
        _at(now, 4, 19),
        "Too long for a post on X, and leave Chicago out of it: we ask "
        "the question, we do not pick a fight.",
    )
    _thread(
        session,
        draft,
        illinois,
        (
            (
                "Lukas Nowak",
                "Shall I cut the first two sentences for X and keep them for Facebook?",
            ),
            (COORDINATOR, "One wording for every channel, please: a sign-off covers one text."),
            ("Lukas Nowak", "Understood. A shorter version before Tuesday's call."),
        ),
        _at(now, 4, 20),
    )


def load_borders_release(session: Session, orgs: dict[str, Organization]) -> None:
    """The press release on the declaration, published when the 'Red' groups endorsed it
    (May 2025, as their endorsements say: a date invented, the texts give none), with a New
    York variant both groups signed."""

    def day(month: int, on: int, hour: int) -> dt.datetime:
        return calls.instant(dt.date(2025, month, on), dt.time(hour), CALL_ZONE)

    draft = create_draft(
        session,
        DraftInput(
            BORDERS_TITLE,
            ["press_release", "email"],
            orgs[COALITION].id,
            ["declaration", "state borders"],
        ),
        BORDERS_CORE,
    )
    _told(draft.revisions[0], day(5, 12, 10), "Caleb Whitfield")
    _told(draft.status_changes[0], day(5, 12, 10), "Caleb Whitfield")
    red_ny = orgs[RED_NY]
    new_york = add_variant(
        session, draft.id, "", state="NY", organization_id=red_ny.id, text=BORDERS_NEW_YORK
    )
    _told(new_york.revisions[0], day(5, 13, 9), "Anthony Russo")
    update_variant(
        session,
        new_york.id,
        audience=new_york.audience,
        state="NY",
        organization_id=red_ny.id,
        fields={"contact": "Anthony Russo, anthony.russo@example.org"},
    )
    _moved(session, draft, DraftStatus.IN_REVIEW, day(5, 14, 9))
    for org, by, asked, answered in (
        (red_ny, "Shanice Williams", day(5, 14, 9), day(5, 15, 17)),
        (orgs[RED_PA], "Gregory Mueller", day(5, 14, 9), day(5, 16, 11)),
    ):
        _answered(
            session, _asked(session, new_york, org, asked), SignOffAnswer.APPROVED, by, answered
        )
    _moved(session, draft, DraftStatus.APPROVED, day(5, 19, 9))
    _moved(session, draft, DraftStatus.PUBLISHED, day(5, 20, 8), "Sent to the press list")
