"""Replies at the edges: a series changed "from a date onward", an address two people
share, clients that copy every attendee or write odd values, messages that are not
mail at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.mail import itip, replies
from coalition.store.models import Partstat, Person, Rsvp
from mail import samples
from mail.conftest import NEXT_WEEK, Coalition

UTC = dt.UTC
STAMP = dt.datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def reply(c: Coalition, **fields: object) -> samples.Reply:
    base = samples.Reply(
        c.series.uid, "sam.okafor@example.org", "Sam Okafor", "ACCEPTED", None, STAMP
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def test_a_week_after_a_change_from_a_date_onward_goes_to_the_continuing_series(
    session: Session, coalition: Coalition
) -> None:
    """The invitation went out before the series moved to 18:00 from the 15th; Sam's
    calendar still answers the old series' UID for the 22nd."""
    data = calls.series_input(coalition.series)
    data.start_time = "18:00"
    later = calls.update_series(session, coalition.series.id, data, from_date=dt.date(2026, 12, 15))
    assert later.id != coalition.series.id
    raw = samples.gmail(
        reply(coalition, partstat="DECLINED", week=dt.datetime(2026, 12, 22, 17, 30))
    )
    result = replies.read_message(session, raw)
    assert result.outcome == "applied", result.note
    [row] = session.scalars(select(Rsvp)).all()
    assert (row.series_id, row.original_date) == (later.id, dt.date(2026, 12, 22))
    rows = replies.answers(session, series_id=later.id, day=dt.date(2026, 12, 22))
    assert {r.name: r.partstat for r in rows}["Sam Okafor"] == Partstat.DECLINED


def test_an_address_two_people_share_is_not_guessed(
    session: Session, coalition: Coalition, make_person: Callable[..., Person]
) -> None:
    make_person("Sam Okafor Jr", emails=["Sam.Okafor@example.org"])
    result = replies.read_message(session, samples.outlook(reply(coalition)))
    assert result.outcome == "unknown sender"
    assert result.note == (
        "sam.okafor@example.org is the address of Sam Okafor and Sam Okafor Jr: "
        "whose answer is unclear"
    )


def test_a_client_that_copies_every_attendee_answers_for_its_sender(
    session: Session, coalition: Coalition
) -> None:
    # A bare text/calendar message holding two ATTENDEEs, Lee's first.
    calendar = samples.calendar(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Example//Client//EN",
            "METHOD:REPLY",
            "BEGIN:VEVENT",
            f"UID:{coalition.series.uid}",
            "DTSTAMP:20261202T090000Z",
            "SEQUENCE:not a number",
            "ATTENDEE;PARTSTAT=ACCEPTED:mailto:lee.park@example.org",
            "ATTENDEE;PARTSTAT=DECLINED;CN=Sam Okafor:MAILTO:SAM.OKAFOR@EXAMPLE.ORG",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    message = (
        b"From: Sam Okafor <sam.okafor@example.org>\r\nTo: dana.reyes@example.org\r\n"
        b"Subject: Declined: Coalition weekly call\r\nMessage-ID: <two@example.org>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REPLY; charset=UTF-8\r\n"
        b"\r\n" + calendar
    )
    result = replies.read_message(session, message)
    assert result.outcome == "applied", result.note
    [row] = session.scalars(select(Rsvp)).all()
    assert (row.person_id, row.partstat, row.sequence) == (
        coalition.sam.id,
        Partstat.DECLINED,
        0,
    )


def test_a_one_off_calls_answer_without_its_own_uid_matches_by_its_id(
    session: Session, coalition: Coalition
) -> None:
    from coalition.store.models import CallOccurrence

    call = calls.create_one_off(
        session, "Press call", dt.datetime(2026, 12, 11, 16, 0, tzinfo=UTC), 30, "UTC"
    )
    call.uid = ""
    session.commit()
    assert isinstance(call, CallOccurrence)
    uid = f"{call.id}@{calls.UID_DOMAIN}"
    result = replies.read_message(session, samples.gmail(reply(coalition, uid=uid, week=None)))
    assert result.outcome == "applied", result.note
    assert "'Press call' of 2026-12-11" in result.note


def test_messages_that_are_no_answer_at_all(session: Session, coalition: Coalition) -> None:
    huge = b"From: a@example.org\r\n\r\n" + b"x" * (itip.MAX_MESSAGE_BYTES + 1)
    assert replies.read_message(session, huge).note == "it is too large"
    no_uid = samples.gmail(reply(coalition)).replace(
        f"UID:{coalition.series.uid}".encode(), b"X-NO-UID:1"
    )
    # Gmail's inline part says it; its attachment (base64) still has the UID: both read.
    assert replies.read_message(session, no_uid).outcome == "applied"
    bare = (
        b"From: Sam Okafor <sam.okafor@example.org>\r\nMessage-ID: <bare@example.org>\r\n"
        b"Date: not a date\r\nContent-Type: text/calendar; method=REPLY\r\n\r\n"
        b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = replies.read_message(session, bare)
    assert (result.outcome, result.note) == ("ignored", "the calendar names no attendee")


def test_answers_to_the_next_call_before_it_is_prepared_and_after(
    session: Session, coalition: Coalition
) -> None:
    replies.read_message(session, samples.gmail(reply(coalition, week=None)))
    before = replies.answers(session, series_id=coalition.series.id, day=NEXT_WEEK)
    whole = replies.answers(session, series_id=coalition.series.id)
    assert [(r.name, r.partstat) for r in before] == [(r.name, r.partstat) for r in whole]


def test_the_same_answer_inline_and_attached_counts_once(
    session: Session, coalition: Coalition
) -> None:
    """Gmail's inline part and its attachment, written apart (one with a trailing blank
    line): one answer, and no note of a second one "not later" than itself."""
    raw = samples.gmail(reply(coalition)).replace(
        b"END:VCALENDAR\r\n\r\n--", b"END:VCALENDAR\r\n\r\n\r\n--", 1
    )
    result = replies.read_message(session, raw)
    assert result.outcome == "applied"
    assert result.note == "Sam Okafor: accepted, every call of 'Coalition weekly call'"
