"""The agenda before each call at the series' lead time, the minutes once marked final,
and each person's weekly digest of their open action items, as they arrive."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coalition.calls import actions, meetings
from coalition.common import clock
from coalition.mail import outbox
from coalition.mail.send import send_due
from coalition.store.models import MailAccount
from smtp_server import Received, SmtpServer
from tests.mail.sending.conftest import Weekly

# The call of Tuesday, December 8, 17:30 Pacific; its agenda goes the day before at 10:00.
CALL_DAY = dt.date(2026, 12, 8)
AGENDA_AT = dt.datetime(2026, 12, 7, 18, 0, tzinfo=dt.UTC)  # 10:00 Pacific


def texts(received: Received) -> tuple[str, str]:
    message = received.message
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert plain is not None and html is not None
    assert message.get_body(preferencelist=("calendar",)) is None
    return plain.get_content(), html.get_content()


def test_the_agenda_goes_at_the_lead_time_with_the_action_items_carried_over(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    outbox.queue_due(session)
    send_due(session, smtp_server.password)  # the invitations
    first = meetings.prepare_call(session, weekly.series.id, dt.date(2026, 12, 1))
    actions.add_action_item(
        session,
        "Send the <ballot> tracker",
        occurrence_id=first.id,
        owner_id=weekly.sam.id,
        due_on="2026-12-04",
    )
    smtp_server.reset()
    frozen.at = AGENDA_AT - dt.timedelta(minutes=1)

    assert outbox.queue_due(session).counts == {}

    frozen.at = AGENDA_AT
    report = outbox.queue_due(session)
    sent = send_due(session, smtp_server.password)

    assert report.counts == {"agenda": 2} and sent.sent == 2
    (got,) = smtp_server.to("sam.okafor@example.org")
    assert got.message["Subject"] == "Agenda: Coalition weekly call, Tuesday, December 8, 2026"
    text, html = texts(got)
    assert "Coalition weekly call: agenda" in text
    assert "In America/New_York: Tuesday, December 8, 2026, 20:30" in text
    assert "Open action items to review" in text
    assert "Send the <ballot> tracker (Sam Okafor, due Dec 4, 2026, overdue)" in text
    assert "Send the &lt;ballot&gt; tracker" in html and "<ballot>" not in html
    assert "<h2>Open action items to review</h2>" in html

    frozen.advance(dt.timedelta(hours=2))
    assert outbox.queue_due(session).total == 0  # once


def test_the_agenda_lead_time_is_the_series_own(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
) -> None:
    outbox.save_series_mail(session, weekly.series.id, agenda_days_before=2, agenda_at="08:30")
    settings = outbox.series_mail(session, weekly.series.id)
    assert (settings.agenda_days_before, settings.agenda_at) == (2, "08:30")
    frozen.at = dt.datetime(2026, 12, 6, 16, 29, tzinfo=dt.UTC)  # Sunday 08:29 Pacific
    assert "agenda" not in outbox.queue_due(session).counts
    frozen.at = dt.datetime(2026, 12, 6, 16, 30, tzinfo=dt.UTC)
    assert outbox.queue_due(session).counts == {"agenda": 2}

    outbox.save_series_mail(session, weekly.series.id, agenda=False)
    frozen.at = dt.datetime(2026, 12, 13, 16, 30, tzinfo=dt.UTC)
    assert "agenda" not in outbox.queue_due(session).counts


def test_the_minutes_go_once_marked_final_with_the_new_action_items(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    first = meetings.prepare_call(session, weekly.series.id, dt.date(2026, 12, 1))
    item = meetings.add_agenda_item(session, first.id, "Ballot access")
    meetings.update_agenda_item(
        session,
        item.id,
        title=item.title,
        owner_id=None,
        time_box_minutes=None,
        notes="",
        minutes="Three states filed.",
        decision="",
        status="done",
    )
    actions.add_action_item(
        session, "Call the Ohio office", occurrence_id=first.id, owner_id=weekly.ada.id
    )
    outbox.queue_due(session)
    send_due(session, smtp_server.password)
    smtp_server.reset()
    assert outbox.queue_due(session).counts == {}

    outbox.mark_minutes_final(session, first.id)
    report = outbox.queue_due(session)
    send_due(session, smtp_server.password)

    assert report.counts == {"minutes": 2}
    (got,) = smtp_server.to("ada@example.org")
    assert got.message["Subject"] == "Minutes: Coalition weekly call, Tuesday, December 1, 2026"
    text, html = texts(got)
    assert "Three states filed." in text
    assert "Call the Ohio office (Ada Lindqvist)" in text
    assert "<h2>Action items</h2>" in html
    assert outbox.queue_due(session).total == 0


def test_each_person_gets_a_weekly_digest_of_their_own_open_action_items(
    session: Session,
    weekly: Weekly,
    account: MailAccount,
    smtp_server: SmtpServer,
    frozen: clock.FixedClock,
    previewed_all: None,
) -> None:
    first = meetings.prepare_call(session, weekly.series.id, dt.date(2026, 12, 1))
    for title, owner in (("Book the room", weekly.sam), ("Draft the letter", weekly.ada)):
        actions.add_action_item(session, title, occurrence_id=first.id, owner_id=owner.id)
    actions.add_action_item(session, "Nobody's yet", occurrence_id=first.id)
    assert "digest" not in outbox.queue_due(session).counts  # off until the account says

    account.send_digest = True
    session.commit()
    report = outbox.queue_due(session)
    send_due(session, smtp_server.password)

    assert report.counts == {"digest": 2}
    (got,) = [
        r
        for r in smtp_server.to("sam.okafor@example.org")
        if r.message["Subject"].startswith("Your open action items")
    ]
    assert got.message["Subject"] == "Your open action items, week 2026-W49"
    text, _ = texts(got)
    assert "Book the room (from Coalition weekly call, 2026-12-01)" in text
    assert "Draft the letter" not in text
    frozen.advance(dt.timedelta(days=2))
    assert "digest" not in outbox.queue_due(session).counts  # once a week
    frozen.advance(dt.timedelta(days=5))
    assert outbox.queue_due(session).counts.get("digest") == 2
