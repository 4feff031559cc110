"""Invitations, updates and cancellations, sent through a real SMTP server on loopback
and read back as a mail client reads them: with ``email`` and ``icalendar``, against
RFC 6047 (iMIP) and RFC 5546 (iTIP)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common import clock
from coalition.mail import outbox
from coalition.mail.send import send_due
from coalition.store.models import MailAccount, MailKind, MailStatus, OutgoingMail, Person
from smtp_server import Received, SmtpServer
from tests.mail.sending.conftest import Weekly


def send(session: Session, server: SmtpServer) -> outbox.QueueReport:
    report = outbox.queue_due(session)
    sent = send_due(session, server.password)
    assert sent.errors == [] and sent.refused == []
    return report


def calendar_of(received: Received) -> icalendar.Calendar:
    part = received.message.get_body(preferencelist=("calendar",))
    assert part is not None
    return icalendar.Calendar.from_ical(part.get_content())


def master(cal: icalendar.Calendar) -> icalendar.Event:
    return next(e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e)


def test_each_participant_gets_an_imip_invitation_that_calendars_answer(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    previewed_all: None,
) -> None:
    report = send(session, smtp_server)

    assert report.counts == {"invitation": 2}
    assert report.skipped == [
        "Lee Park has no e-mail address: no invitation for 'Coalition weekly call'"
    ]
    assert sorted(r.rcpt_tos[0] for r in smtp_server.received) == [
        "ada@example.org",
        "sam.okafor@example.org",
    ]
    (got,) = smtp_server.to("sam.okafor@example.org")
    assert got.mail_from == "organizer@example.org"
    raw = got.data
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    message = got.message
    assert message["From"].addresses[0].addr_spec == "organizer@example.org"
    assert str(message["To"]) == "Sam Okafor <sam.okafor@example.org>"
    assert message["Subject"] == "Invitation: Coalition weekly call"
    session.expire_all()  # as the database has it
    row = session.scalar(
        select(OutgoingMail).where(OutgoingMail.recipient == "sam.okafor@example.org")
    )
    assert row is not None and message["Message-ID"] == row.message_id
    assert row.message_id.endswith("@example.org>") and row.status == MailStatus.SENT
    assert (row.sent_at, row.attempts, row.last_error) == (clock.now(), 1, "")

    # RFC 6047 2.4: multipart/mixed > multipart/alternative (text, HTML, the calendar
    # inline with method = the calendar's METHOD), then the .ics attached.
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    kinds = [p.get_content_type() for p in alternative.iter_parts()]
    assert kinds == ["text/plain", "text/html", "text/calendar"]
    inline = list(alternative.iter_parts())[2]
    assert inline.get_param("method") == "REQUEST"
    assert inline.get_content_charset() == "utf-8"
    assert inline.get_content_disposition() == "inline"
    data = inline.get_payload(decode=True)
    assert data.count(b"\r\n") == data.count(b"\n")  # CRLF lines
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_payload(decode=True) == data

    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["METHOD"]) == "REQUEST"
    event = master(cal)
    assert str(event["UID"]) == weekly.series.uid
    assert int(event["SEQUENCE"]) == 0
    assert "RRULE" in event
    assert str(event["ORGANIZER"]) == "mailto:organizer@example.org"
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:sam.okafor@example.org"
    assert attendee.params["PARTSTAT"] == "NEEDS-ACTION" and attendee.params["RSVP"] == "TRUE"
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "https://meet.example.org/coalition-weekly" in text and "Accept" in text
    html = message.get_body(preferencelist=("html",)).get_content()
    assert 'href="https://meet.example.org/coalition-weekly"' in html


def test_sending_again_sends_nothing_new(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    previewed_all: None,
) -> None:
    send(session, smtp_server)
    first = len(smtp_server.received)

    again = outbox.queue_due(session)
    report = send_due(session, smtp_server.password)

    assert again.total == 0 and report.sent == 0
    assert len(smtp_server.received) == first == 2


def test_a_changed_series_sends_an_update_with_a_raised_sequence(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    send(session, smtp_server)
    smtp_server.reset()
    frozen.advance(dt.timedelta(minutes=5))
    calls.update_series(
        session, weekly.series.id, replace(calls.series_input(weekly.series), start_time="18:00")
    )

    report = send(session, smtp_server)

    assert report.counts == {"update": 2}
    (got,) = smtp_server.to("ada@example.org")
    assert got.message["Subject"] == "Updated: Coalition weekly call"
    event = master(calendar_of(got))
    assert str(event["UID"]) == weekly.series.uid
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART").strftime("%H:%M") == "18:00"


def test_a_cancelled_week_sends_a_cancel_of_that_week(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    send(session, smtp_server)
    smtp_server.reset()
    frozen.advance(dt.timedelta(minutes=5))
    week = dt.date(2026, 12, 15)
    calls.cancel_call(session, weekly.series.id, week)

    report = send(session, smtp_server)

    assert report.counts == {"cancellation": 2}
    (got,) = smtp_server.to("sam.okafor@example.org")
    assert got.message["Subject"] == "Cancelled: Coalition weekly call, Tuesday, December 15, 2026"
    inline = got.message.get_body(preferencelist=("calendar",))
    assert inline.get_param("method") == "CANCEL"
    cal = calendar_of(got)
    assert str(cal["METHOD"]) == "CANCEL"
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == weekly.series.uid
    assert event.decoded("RECURRENCE-ID").date() == week
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) >= 1
    # Sent once: asking again adds nothing.
    assert outbox.queue_due(session).total == 0


def test_a_removed_participant_gets_a_cancel_and_a_new_one_the_whole_series(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    make_person: Callable[..., Person],
    previewed_all: None,
) -> None:
    calls.cancel_call(session, weekly.series.id, dt.date(2026, 12, 22))
    send(session, smtp_server)
    smtp_server.reset()
    frozen.advance(dt.timedelta(minutes=5))
    noor = make_person("Noor Haddad", emails=["noor@example.org"])
    data = calls.series_input(weekly.series)
    calls.update_series(
        session,
        weekly.series.id,
        replace(data, participant_person_ids=[weekly.sam.id, weekly.lee.id, noor.id]),
    )

    report = send(session, smtp_server)

    assert report.counts == {"invitation": 1, "cancellation": 1}
    assert smtp_server.to("sam.okafor@example.org") == []  # nothing changed for Sam
    (gone,) = smtp_server.to("ada@example.org")
    assert gone.message["Subject"] == "No longer invited: Coalition weekly call"
    cancel = calendar_of(gone)
    assert str(cancel["METHOD"]) == "CANCEL"
    event = master(cancel)
    assert str(event["UID"]) == weekly.series.uid
    assert str(event["ATTENDEE"]) == "mailto:ada@example.org"
    assert str(event["STATUS"]) == "CANCELLED"
    (new,) = smtp_server.to("noor@example.org")
    assert new.message["Subject"] == "Invitation: Coalition weekly call"
    whole = calendar_of(new)
    assert str(whole["METHOD"]) == "REQUEST"
    event = master(whole)
    assert "RRULE" in event and event.decoded("DTSTART").date() == dt.date(2026, 12, 1)
    assert [d.dt.date() for d in event["EXDATE"].dts] == [dt.date(2026, 12, 22)]
    rows = session.scalars(select(OutgoingMail).where(OutgoingMail.kind == MailKind.CANCELLATION))
    assert [r.recipient for r in rows] == ["ada@example.org"]


def test_an_invitation_not_sent_yet_is_replaced_by_the_newer_one(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
) -> None:
    outbox.queue_due(session)  # waits for its preview
    frozen.advance(dt.timedelta(minutes=5))
    calls.update_series(
        session, weekly.series.id, replace(calls.series_input(weekly.series), start_time="18:00")
    )
    outbox.queue_due(session)
    outbox.mark_previewed(session, weekly.series.id, "invitation")

    assert send_due(session, smtp_server.password).sent == 2

    (got,) = smtp_server.to("sam.okafor@example.org")
    assert got.message["Subject"] == "Invitation: Coalition weekly call"  # the first they see
    assert int(master(calendar_of(got))["SEQUENCE"]) == 1
    assert len(outbox.outbox(session, "cancelled")) == 2


def test_a_participant_taken_off_before_anything_went_gets_nothing_and_back_on_is_invited(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    smtp_server.stop()
    outbox.queue_due(session)
    send_due(session, smtp_server.password)  # the server is down: both wait
    smtp_server.start()
    frozen.advance(dt.timedelta(minutes=5))
    data = calls.series_input(weekly.series)
    without_ada = [weekly.sam.id, weekly.lee.id]
    calls.update_series(
        session, weekly.series.id, replace(data, participant_person_ids=without_ada)
    )
    outbox.queue_due(session)
    frozen.advance(dt.timedelta(minutes=5))

    send_due(session, smtp_server.password)

    assert [r.rcpt_tos for r in smtp_server.received] == [("sam.okafor@example.org",)]
    smtp_server.reset()
    frozen.advance(dt.timedelta(minutes=5))
    calls.update_series(
        session,
        weekly.series.id,
        replace(data, participant_person_ids=[*without_ada, weekly.ada.id]),
    )
    assert outbox.queue_due(session).counts == {"invitation": 1}
    send_due(session, smtp_server.password)
    (got,) = smtp_server.received
    assert got.rcpt_tos == ("ada@example.org",)
    assert got.message["Subject"] == "Invitation: Coalition weekly call"


def test_a_series_this_laptop_does_not_organize_sends_nothing_from_here(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    organizer: object,
    smtp_server: SmtpServer,
) -> None:
    organizer.email = "someone.else@example.org"  # type: ignore[attr-defined]

    assert outbox.queue_due(session).total == 0
    assert send_due(session, smtp_server.password).sent == 0


def test_a_cancelled_series_sends_a_cancel_to_everyone_it_invited(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    send(session, smtp_server)
    smtp_server.reset()
    frozen.advance(dt.timedelta(minutes=5))
    calls.cancel_series(session, weekly.series.id)

    report = send(session, smtp_server)

    assert report.counts == {"cancellation": 2}
    (got,) = smtp_server.to("ada@example.org")
    assert got.message["Subject"] == "Cancelled: Coalition weekly call"
    cal = calendar_of(got)
    assert str(cal["METHOD"]) == "CANCEL"
    assert got.message.get_body(preferencelist=("calendar",)).get_param("method") == "CANCEL"
    event = master(cal)
    assert (str(event["UID"]), int(event["SEQUENCE"])) == (weekly.series.uid, 1)
    assert outbox.queue_due(session).total == 0
