"""The reminder of a volunteer shift, the day before, through a real SMTP server: once per
person and shift, never to someone without an address."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.events import shifts
from coalition.mail import account as accounts
from coalition.mail import outbox
from coalition.mail.send import send_due
from coalition.store.models import MailAccount, MailKind, OutgoingMail
from smtp_server import SmtpServer
from tests.events.conftest import Fair

UTC = dt.UTC


def _account(session: Session, smtp_server: SmtpServer) -> MailAccount:
    row = accounts.save_account(
        session,
        accounts.AccountInput(
            smtp_host=smtp_server.host,
            smtp_port=smtp_server.port,
            security="none",
            from_address="organizer@example.org",
            from_name="Dana Reyes",
            username=smtp_server.user,
        ),
    )
    accounts.store_password(session, row, smtp_server.password)
    return row


def test_each_volunteer_is_reminded_once_the_day_before(
    session: Session, fair: Fair, smtp_server: SmtpServer, memory_keyring: object
) -> None:
    _account(session, smtp_server)
    table = shifts.add_shift(
        session, fair.event.id, shifts.ShiftInput("10:00", "14:00", "Table", 3)
    )
    ana = shifts.assign(session, table.id, fair.ana.id)
    shifts.assign(session, table.id, fair.ben.id)  # no e-mail address
    # Two days before (10:00 Pacific is 17:00 UTC): not yet.
    with clock.frozen_at(dt.datetime(2026, 10, 8, 16, 0, tzinfo=UTC)):
        assert MailKind.SHIFT_REMINDER.value not in outbox.queue_due(session).counts
    with clock.frozen_at(dt.datetime(2026, 10, 9, 18, 0, tzinfo=UTC)):
        report = outbox.queue_due(session)
        assert report.counts == {"shift_reminder": 1}
        assert "Ben Okafor has no e-mail address: no reminder of their shift" in report.skipped
        send_due(session, smtp_server.password)
        assert outbox.queue_due(session).counts == {}  # never twice
    session.refresh(ana)
    assert ana.reminded_at == dt.datetime(2026, 10, 9, 18, 0, tzinfo=UTC)
    (received,) = smtp_server.to("ana.ruiz@example.org")
    message = received.message
    assert "Reminder: your shift, Table at Big Fresno Fair table" in str(message["Subject"])
    plain = message.get_body(preferencelist=("plain",))
    assert plain is not None
    text = plain.get_content()
    assert "Saturday, October 10, 2026, 10:00 to 14:00 (America/Los_Angeles)" in text
    assert "Fresno Fairgrounds" in text
    assert session.query(OutgoingMail).count() == 1
