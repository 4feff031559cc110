"""What goes wrong between the outbox and the server: a wrong password, a recipient the
server refuses, a server gone in the middle of a batch, a name that tries to add a
header; and what waits until a preview, a dry run, the pruning of what went."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.mail import outbox
from coalition.mail.send import send_due, write_dry_run
from coalition.store.models import MailAccount, MailStatus, OutgoingMail, Person
from smtp_server import SmtpServer
from tests.mail.sending.conftest import Weekly


def statuses(session: Session) -> dict[str, MailStatus]:
    session.expire_all()
    return {r.recipient: r.status for r in session.scalars(select(OutgoingMail))}


def test_a_wrong_password_is_said_and_the_outbox_waits_as_it_was(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    previewed_all: None,
) -> None:
    outbox.queue_due(session)

    report = send_due(session, "not-the-password")

    assert report.sent == 0 and smtp_server.received == []
    (error,) = report.errors
    assert error.startswith(
        f"The mail server 127.0.0.1:{smtp_server.port} did not accept the password for "
        f"'{smtp_server.user}' (535"
    )
    assert error.endswith("; 2 messages wait in the outbox.")
    rows = session.scalars(select(OutgoingMail)).all()
    assert {(r.status, r.attempts, r.next_attempt_at) for r in rows} == {
        (MailStatus.QUEUED, 0, None)
    }
    assert send_due(session, smtp_server.password).sent == 2


def test_an_unreachable_server_is_said_and_the_messages_wait_a_little_longer_each_time(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    outbox.queue_due(session)
    smtp_server.stop()

    first = send_due(session, smtp_server.password)

    assert first.sent == 0 and first.failed == 2
    assert first.errors == [
        f"Cannot reach the mail server 127.0.0.1:{smtp_server.port} (Connection refused); "
        "are you online? 2 messages wait in the outbox."
    ]
    waits = {r.next_attempt_at - clock.now() for r in session.scalars(select(OutgoingMail))}
    assert waits == {dt.timedelta(minutes=1)}
    assert send_due(session, smtp_server.password).sent == 0  # not yet: waiting
    frozen.advance(dt.timedelta(minutes=1))
    send_due(session, smtp_server.password)
    waits = {r.next_attempt_at - clock.now() for r in session.scalars(select(OutgoingMail))}
    assert waits == {dt.timedelta(minutes=5)}

    smtp_server.start()
    frozen.advance(dt.timedelta(minutes=5))
    assert send_due(session, smtp_server.password).sent == 2
    assert set(statuses(session).values()) == {MailStatus.SENT}


def test_a_refused_recipient_is_marked_and_never_tried_again(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    smtp_server.refused.add("ada@example.org")
    outbox.queue_due(session)

    report = send_due(session, smtp_server.password)

    assert report.sent == 1
    assert report.refused == [
        "The mail server refused ada@example.org (550 5.1.1 No such user here): not tried again."
    ]
    assert statuses(session) == {
        "ada@example.org": MailStatus.REFUSED,
        "sam.okafor@example.org": MailStatus.SENT,
    }
    smtp_server.refused.clear()
    frozen.advance(dt.timedelta(hours=2))
    outbox.queue_due(session)
    assert send_due(session, smtp_server.password).sent == 0
    assert [r.rcpt_tos for r in smtp_server.received] == [("sam.okafor@example.org",)]


def test_a_server_gone_mid_batch_loses_nothing_and_sends_nothing_twice(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    make_person: Callable[..., Person],
    previewed_all: None,
) -> None:
    many = [make_person(f"Member {n}", emails=[f"member{n}@example.org"]) for n in range(8)]
    data = calls.series_input(weekly.series)
    data.participant_person_ids += [p.id for p in many]
    calls.update_series(session, weekly.series.id, data)
    assert outbox.queue_due(session).total == 10
    smtp_server.stop_after(4)
    ticks: list[tuple[int, int]] = []

    report = send_due(session, smtp_server.password, progress=lambda n, t: ticks.append((n, t)))

    assert report.sent == 4 and len(smtp_server.received) == 4
    assert report.errors == [
        f"The connection to the mail server 127.0.0.1:{smtp_server.port} dropped after "
        "4 messages; the 6 others wait in the outbox and go at the next send."
    ]
    assert ticks == [(1, 10), (2, 10), (3, 10), (4, 10)]
    went = statuses(session)
    assert sorted(a for a, s in went.items() if s == MailStatus.SENT) == sorted(
        r.rcpt_tos[0] for r in smtp_server.received
    )

    smtp_server.stop()
    smtp_server.start()
    frozen.advance(dt.timedelta(minutes=1))
    again = send_due(session, smtp_server.password)

    assert again.sent == 6 and again.errors == []
    delivered = [r.rcpt_tos[0] for r in smtp_server.received]
    assert len(delivered) == len(set(delivered)) == 10
    ids = [r.message["Message-ID"] for r in smtp_server.received]
    assert len(set(ids)) == 10
    assert set(statuses(session).values()) == {MailStatus.SENT}


def test_a_name_with_a_line_break_cannot_add_a_header(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    make_person: Callable[..., Person],
    previewed_all: None,
) -> None:
    eve = make_person("Eve\r\nBcc: attacker@example.net", emails=["eve@example.org"])
    data = calls.series_input(weekly.series)
    data.participant_person_ids = [eve.id]
    calls.update_series(session, weekly.series.id, data)
    account.from_name = "Dana\nX-Injected: yes"
    session.commit()

    outbox.queue_due(session)
    send_due(session, smtp_server.password)

    (got,) = smtp_server.received
    assert got.rcpt_tos == ("eve@example.org",)
    message = got.message
    assert message["Bcc"] is None and message["X-Injected"] is None
    assert message["To"].addresses[0].addr_spec == "eve@example.org"
    assert "\n" not in str(message["To"]) and "\r" not in str(message["To"])
    headers = got.data.split(b"\r\n\r\n", 1)[0].decode()
    assert [line.split(":", 1)[0] for line in headers.split("\r\n") if line[:1] not in " \t"] == [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "Auto-Submitted",
        "MIME-Version",
        "Content-Type",
    ]


def test_mail_waits_for_its_first_preview(
    session: Session, weekly: Weekly, account: MailAccount, smtp_server: SmtpServer
) -> None:
    report = outbox.queue_due(session)

    (need,) = report.previews
    assert (need.series_id, need.series_title, need.kind, need.waiting) == (
        weekly.series.id,
        "Coalition weekly call",
        "invitation",
        2,
    )
    assert {s.recipient for s in need.samples} == {"ada@example.org", "sam.okafor@example.org"}
    sample = need.samples[0]
    assert sample.subject == "Invitation: Coalition weekly call"
    assert "Coalition weekly call" in sample.text and "<p>" in sample.html
    held = send_due(session, smtp_server.password)
    assert (held.sent, held.held) == (0, 2) and smtp_server.received == []

    assert len(outbox.preview(session, weekly.series.id, "invitation")) == 2
    outbox.mark_previewed(session, weekly.series.id, "invitation")

    assert outbox.previews_needed(session) == []
    assert send_due(session, smtp_server.password).sent == 2


def test_a_dry_run_writes_each_message_and_marks_nothing_sent(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    tmp_path: Path,
) -> None:
    outbox.queue_due(session)

    files = write_dry_run(session, tmp_path / "out")

    assert sorted(p.name for p in files) == [
        "0001-invitation-ada-example-org.eml",
        "0002-invitation-sam-okafor-example-org.eml",
    ]
    rows = {r.recipient: r for r in session.scalars(select(OutgoingMail))}
    assert files[0].read_bytes() == rows["ada@example.org"].raw
    assert {r.status for r in rows.values()} == {MailStatus.QUEUED}
    assert smtp_server.received == []


def test_sent_mail_is_forgotten_after_the_days_kept_but_the_last_invitation(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    outbox.queue_due(session)
    send_due(session, smtp_server.password)
    frozen.advance(dt.timedelta(days=5, hours=10))  # Monday, December 7, 11:00 Pacific
    outbox.queue_due(session)  # the agenda of December 8
    send_due(session, smtp_server.password)
    assert len(outbox.outbox(session, "sent")) == 4

    assert outbox.prune(session, clock.now() + dt.timedelta(days=30)) == 0
    assert outbox.prune(session, clock.now() + dt.timedelta(days=91)) == 2

    left = outbox.outbox(session)
    assert {r.kind.value for r in left} == {"invitation"}
    later = outbox.queue_due(session, clock.now() + dt.timedelta(days=91))
    assert set(later.counts) == {"agenda"}  # that week's; no invitation again


def test_a_waiting_message_can_be_cancelled_and_a_sent_one_sent_again(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    previewed_all: None,
) -> None:
    outbox.queue_due(session)
    rows = {r.recipient: r for r in outbox.outbox(session)}
    outbox.cancel_mail(session, rows["ada@example.org"].id)

    send_due(session, smtp_server.password)

    assert [r.rcpt_tos for r in smtp_server.received] == [("sam.okafor@example.org",)]
    assert statuses(session)["ada@example.org"] == MailStatus.CANCELLED
    with pytest.raises(CoalitionError, match="was sent already"):
        outbox.cancel_mail(session, rows["sam.okafor@example.org"].id)

    outbox.resend_mail(session, rows["sam.okafor@example.org"].id)
    assert send_due(session, smtp_server.password).sent == 1
    first, again = smtp_server.received
    assert again.data == first.data  # the very same bytes, the same Message-ID
    assert outbox.queue_due(session).total == 0  # the cancelled one is not queued again
