"""Answers to the weekly call's invitations, as Outlook, Thunderbird and Gmail send them,
read from files into who is coming (the mailbox itself: test_mailbox.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import calendar_export as calendar_ics
from coalition.calls import meetings
from coalition.calls import series as calls
from coalition.mail import replies
from coalition.store import changes
from coalition.store.models import IncomingMail, Partstat, Rsvp, SyncOutbox
from mail import samples
from mail.conftest import NEXT_WEEK, Coalition

UTC = dt.UTC
STAMP = dt.datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
SLOT = dt.datetime(2026, 12, 8, 17, 30)  # next Tuesday's call, Los Angeles


def reply(c: Coalition, **fields: object) -> samples.Reply:
    base = samples.Reply(
        uid=c.series.uid,
        attendee="Sam.Okafor@example.org",
        name="Sam Okafor",
        partstat="ACCEPTED",
        organizer="dana.reyes@example.org",
        stamp=STAMP,
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def by_name(rows: list[replies.AnswerRow]) -> dict[str, Partstat]:
    return {r.name: r.partstat for r in rows}


def rsvps(session: Session) -> list[Rsvp]:
    session.expire_all()
    return list(session.scalars(select(Rsvp).order_by(Rsvp.answered_at)))


def test_outlooks_accept_counts_for_every_call_of_the_series(
    session: Session, coalition: Coalition
) -> None:
    raw = samples.outlook(reply(coalition, comment="See you Tuesday, with the tracker"))
    result = replies.read_message(session, raw)
    assert result.outcome == "applied"
    assert "Sam Okafor: accepted, every call of 'Coalition weekly call'" in result.note
    [row] = rsvps(session)
    assert (row.series_id, row.occurrence_id, row.original_date) == (
        coalition.series.id,
        None,
        None,
    )
    assert row.person_id == coalition.sam.id and row.partstat == Partstat.ACCEPTED
    assert row.answered_at == STAMP and row.attendee == "sam.okafor@example.org"
    assert row.comment == "See you Tuesday, with the tracker"
    # Next week's call and the one after both count Sam in; nobody else has answered.
    for day in (NEXT_WEEK, NEXT_WEEK + dt.timedelta(days=7)):
        answers = replies.answers(session, series_id=coalition.series.id, day=day)
        assert by_name(answers) == {
            "Ana Ruiz": Partstat.NEEDS_ACTION,
            "Lee Park": Partstat.NEEDS_ACTION,
            "Sam Okafor": Partstat.ACCEPTED,
        }
    sam = next(a for a in answers if a.name == "Sam Okafor")
    assert sam.comment == "See you Tuesday, with the tracker" and sam.answered_at == STAMP


def test_an_answer_is_an_undoable_change_that_syncs(session: Session, coalition: Coalition) -> None:
    replies.read_message(session, samples.outlook(reply(coalition)))
    changeset = changes.last_changeset(session)
    assert changeset.label == "Read reply"
    queued = session.scalars(select(SyncOutbox.table_name)).all()
    assert "rsvp" in queued and "incoming_mail" not in queued  # the inbox is this laptop's
    changes.revert(session, changeset)
    assert rsvps(session) == []


def test_gmails_answer_for_one_week_stands_beside_the_series_answer(
    session: Session, coalition: Coalition
) -> None:
    whole = reply(coalition, attendee="lee.park@example.org", name="Lee Park")
    week = replace(
        whole,
        partstat="DECLINED",
        week=SLOT,
        stamp=STAMP + dt.timedelta(hours=2),
        comment="Travelling that day",
    )
    assert replies.read_message(session, samples.gmail(whole)).outcome == "applied"
    result = replies.read_message(session, samples.gmail(week))
    assert result.outcome == "applied"
    assert "Lee Park: declined, 'Coalition weekly call' of 2026-12-08" in result.note
    kept = {(r.original_date, r.partstat) for r in rsvps(session)}
    assert kept == {(None, Partstat.ACCEPTED), (NEXT_WEEK, Partstat.DECLINED)}
    on_8th = replies.answers(session, series_id=coalition.series.id, day=NEXT_WEEK)
    on_15th = replies.answers(session, series_id=coalition.series.id, day=dt.date(2026, 12, 15))
    assert by_name(on_8th)["Lee Park"] == Partstat.DECLINED
    assert by_name(on_15th)["Lee Park"] == Partstat.ACCEPTED
    # Prepared later, the week's stored call shows the same answers.
    occurrence = meetings.prepare_call(session, coalition.series.id, NEXT_WEEK)
    assert by_name(replies.answers(session, occurrence.id))["Lee Park"] == Partstat.DECLINED


def test_a_week_already_prepared_gets_the_answer_on_its_call(
    session: Session, coalition: Coalition
) -> None:
    occurrence = meetings.prepare_call(session, coalition.series.id, NEXT_WEEK)
    raw = samples.thunderbird(reply(coalition, partstat="TENTATIVE", week=SLOT, organizer=None))
    assert replies.read_message(session, raw).outcome == "applied"
    [row] = rsvps(session)
    assert (row.occurrence_id, row.original_date) == (occurrence.id, NEXT_WEEK)
    assert by_name(replies.answers(session, occurrence.id))["Sam Okafor"] == Partstat.TENTATIVE


def test_a_later_series_answer_overrides_an_earlier_week_answer(
    session: Session, coalition: Coalition
) -> None:
    week = reply(coalition, partstat="DECLINED", week=SLOT)
    later = reply(coalition, stamp=STAMP + dt.timedelta(days=1))
    replies.read_message(session, samples.gmail(week))
    replies.read_message(session, samples.gmail(later))
    on_8th = replies.answers(session, series_id=coalition.series.id, day=NEXT_WEEK)
    assert by_name(on_8th)["Sam Okafor"] == Partstat.ACCEPTED


def test_an_older_answer_arriving_late_changes_nothing(
    session: Session, coalition: Coalition
) -> None:
    newer = reply(coalition, partstat="DECLINED", stamp=STAMP + dt.timedelta(hours=3))
    older = reply(coalition, stamp=STAMP)
    assert replies.read_message(session, samples.outlook(newer)).outcome == "applied"
    result = replies.read_message(session, samples.thunderbird(older))
    assert result.outcome == "ignored"
    assert "is not later than the one already recorded (declined" in result.note
    [row] = rsvps(session)
    assert row.partstat == Partstat.DECLINED
    # A higher SEQUENCE (an answer to an updated invitation) stands whatever its stamp.
    updated = reply(coalition, sequence=1, stamp=STAMP)
    assert replies.read_message(session, samples.gmail(updated)).outcome == "applied"
    assert rsvps(session)[0].partstat == Partstat.ACCEPTED


def test_a_counter_is_shown_never_applied(session: Session, coalition: Coalition) -> None:
    proposed = (
        dt.datetime(2026, 12, 9, 2, 0, tzinfo=UTC),
        dt.datetime(2026, 12, 9, 3, 0, tzinfo=UTC),
    )
    raw = samples.outlook(
        reply(coalition, partstat="TENTATIVE", week=SLOT, comment="Could we start later?"),
        counter=proposed,
    )
    result = replies.read_message(session, raw)
    assert result.outcome == "counter"
    assert "proposes 2026-12-08 18:00–19:00 (America/Los_Angeles): Could we start later?" in (
        result.note
    )
    # The call has not moved; the proposal is shown beside Sam's answer.
    [call] = calls.calls_between(
        session,
        dt.datetime(2026, 12, 8, tzinfo=UTC),
        dt.datetime(2026, 12, 10, tzinfo=UTC),
        series_id=coalition.series.id,
    )
    assert call.start == dt.datetime(2026, 12, 9, 1, 30, tzinfo=UTC) and not call.moved
    sam = next(
        a
        for a in replies.answers(session, series_id=coalition.series.id, day=NEXT_WEEK)
        if a.name == "Sam Okafor"
    )
    assert sam.counter.startswith("2026-12-08 18:00–19:00 (America/Los_Angeles)")
    assert sam.partstat == Partstat.NEEDS_ACTION  # a proposal is no answer
    assert [m.outcome for m in replies.unmatched(session)] == ["counter"]


def test_an_address_not_in_the_directory_is_listed_never_guessed(
    session: Session, coalition: Coalition
) -> None:
    stranger = reply(coalition, attendee="s.okafor@gmail.example.com", name="Sam Okafor")
    result = replies.read_message(session, samples.gmail(stranger))
    assert result.outcome == "unknown sender"
    assert result.note == "s.okafor@gmail.example.com is not in the directory"
    assert rsvps(session) == []
    [listed] = replies.unmatched(session)
    assert (listed.sender, listed.outcome) == ("s.okafor@gmail.example.com", "unknown sender")


def test_any_of_a_persons_addresses_answers_for_them(
    session: Session, coalition: Coalition
) -> None:
    other = reply(coalition, attendee="SAM@Okafor.Example.NET")
    assert replies.read_message(session, samples.thunderbird(other)).outcome == "applied"
    assert rsvps(session)[0].person_id == coalition.sam.id


def test_an_organizations_representative_answers_as_a_participant(
    session: Session, coalition: Coalition
) -> None:
    ana = reply(coalition, attendee="ana.ruiz@yescalifornia.example.org", name="Ana Ruiz")
    assert replies.read_message(session, samples.outlook(ana)).outcome == "applied"
    rows = replies.answers(session, series_id=coalition.series.id, day=NEXT_WEEK)
    assert by_name(rows)["Ana Ruiz"] == Partstat.ACCEPTED


def test_someone_not_invited_is_not_counted(session: Session, coalition: Coalition) -> None:
    kim = reply(coalition, attendee="kim.cho@example.org", name="Kim Cho")
    result = replies.read_message(session, samples.gmail(kim))
    assert (result.outcome, result.note) == (
        "ignored",
        "Kim Cho is not invited to 'Coalition weekly call'",
    )
    assert rsvps(session) == []


def test_malformed_replies_are_ignored_with_a_note(session: Session, coalition: Coalition) -> None:
    good = reply(coalition)
    cases = {
        "broken MIME": (
            b"From: Sam Okafor <sam.okafor@example.org>\r\nMessage-ID: <broken@example.org>\r\n"
            b'Content-Type: multipart/mixed; boundary="gone"\r\n\r\nno parts at all\r\n',
            "its parts cannot be read (broken MIME)",
        ),
        "no calendar": (
            b"From: Sam Okafor <sam.okafor@example.org>\r\nMessage-ID: <plain@example.org>\r\n"
            b"Subject: Re: Coalition weekly call\r\n\r\nI'll be there!\r\n",
            "it holds no calendar (no answer to an invitation)",
        ),
        "unknown UID": (
            samples.outlook(replace(good, uid="040000008200E00074C5B7101A82E008@outlook.com")),
            "it answers an event ('Accepted: Coalition weekly call') that is none of our calls",
        ),
        "spoofed ORGANIZER": (
            samples.gmail(replace(good, organizer="mallory@example.net")),
            "its ORGANIZER mallory@example.net is not the organizer of ours",
        ),
        "someone else's ATTENDEE": (
            samples.thunderbird(replace(good, sender="mallory@example.net")),
            "it answers for sam.okafor@example.org but was sent by mallory@example.net",
        ),
        "a calendar that is not one": (
            samples.outlook(good).replace(b"QkVHSU46VkNBTEVOREFS", b"!!!!garbage!!!!"),
            "its calendar cannot be read",
        ),
        "an invitation, not an answer": (
            samples.gmail(replace(good, method="REQUEST")),
            "its calendar is no answer to an invitation (METHOD: REQUEST)",
        ),
        "a week the series does not have": (
            samples.gmail(replace(good, week=dt.datetime(2026, 12, 9, 17, 30))),
            "'Coalition weekly call' has no call on 2026-12-09",
        ),
        "a delegation": (
            samples.gmail(replace(good, partstat="DELEGATED")),
            "Sam Okafor's answer says neither accepted, declined nor tentative",
        ),
    }
    for what, (raw, note) in cases.items():
        result = replies.read_message(session, raw)
        assert result.outcome == "ignored", what
        assert note in result.note, (what, result.note)
    assert rsvps(session) == []
    assert len(replies.unmatched(session)) == len(cases)


def test_each_message_is_read_once(session: Session, coalition: Coalition) -> None:
    raw = samples.outlook(reply(coalition))
    first = replies.read_message(session, raw)
    again = replies.read_message(session, raw)
    assert (first.outcome, again.outcome) == ("applied", "already read")
    assert again.rsvp_id == first.rsvp_id
    assert len(rsvps(session)) == 1
    assert len(session.scalars(select(IncomingMail)).all()) == 1


def test_a_one_off_call_is_answered_by_its_own_uid(
    session: Session, coalition: Coalition, one_off: object
) -> None:
    from coalition.store.models import CallOccurrence

    assert isinstance(one_off, CallOccurrence)
    raw = samples.gmail(
        reply(coalition, uid=one_off.uid, title="Ballot-access strategy session", organizer=None)
    )
    result = replies.read_message(session, raw)
    assert result.outcome == "applied", result.note
    assert "'Ballot-access strategy session' of 2026-12-10" in result.note
    [row] = replies.answers(session, one_off.id)
    assert (row.name, row.partstat) == ("Sam Okafor", Partstat.ACCEPTED)


def test_our_own_invitation_answered_by_editing_its_attendee(
    session: Session, coalition: Coalition, tmp_path: Path
) -> None:
    """The file Coalition wrote, with the PARTSTAT a client would set and METHOD:REPLY:
    its UID and RECURRENCE-IDs are ours, so it matches."""
    calls.move_call(
        session,
        coalition.series.id,
        NEXT_WEEK,
        dt.datetime(2026, 12, 8, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
    )
    invitation = calendar_ics.invitations(session, coalition.series.id)["lee-park.ics"]
    calendar = icalendar.Calendar.from_ical(invitation)
    calendar["method"] = "REPLY"
    moved = [e for e in calendar.walk("VEVENT") if e.get("recurrence-id")]
    assert moved, "the moved week is an override of its own"
    for event in calendar.walk("VEVENT"):
        event["attendee"].params["PARTSTAT"] = "DECLINED" if event in moved else "ACCEPTED"
    path = tmp_path / "reply.ics"
    path.write_bytes(calendar.to_ical())
    [result] = replies.read_file(session, path)
    assert result.outcome == "applied", result.note
    on_8th = replies.answers(session, series_id=coalition.series.id, day=NEXT_WEEK)
    on_15th = replies.answers(session, series_id=coalition.series.id, day=dt.date(2026, 12, 15))
    assert by_name(on_8th)["Lee Park"] == Partstat.DECLINED
    assert by_name(on_15th)["Lee Park"] == Partstat.ACCEPTED
    assert replies.read_file(session, path)[0].outcome == "already read"


def test_an_eml_file_is_read_like_a_message(
    session: Session, coalition: Coalition, tmp_path: Path
) -> None:
    path = tmp_path / "Accepted Coalition weekly call.eml"
    path.write_bytes(samples.thunderbird(reply(coalition)))
    [result] = replies.read_file(session, path)
    assert result.outcome == "applied" and result.sender == "sam.okafor@example.org"


def test_a_file_that_cannot_be_opened_says_so(session: Session, tmp_path: Path) -> None:
    import pytest

    from coalition.common.errors import CoalitionError

    with pytest.raises(CoalitionError, match=r"cannot read missing\.eml"):
        replies.read_file(session, tmp_path / "missing.eml")


def test_answers_lists_every_participant_without_the_organizer(
    session: Session, coalition: Coalition
) -> None:
    rows = replies.answers(session, series_id=coalition.series.id, day=NEXT_WEEK)
    # In the directory's order; Dana, the organizer, is not asked.
    assert [(r.name, r.email, r.partstat) for r in rows] == [
        ("Ana Ruiz", "ana.ruiz@yescalifornia.example.org", Partstat.NEEDS_ACTION),
        ("Lee Park", "lee.park@example.org", Partstat.NEEDS_ACTION),
        ("Sam Okafor", "sam.okafor@example.org", Partstat.NEEDS_ACTION),
    ]
    assert all(r.answered_at is None and r.comment == "" for r in rows)
