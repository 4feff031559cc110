"""Before a series sends a kind of message the first time, the organizer sees them:
to whom, with what subject and text; Send lets that kind go from then on (one undoable
change), Not now keeps it back.  And the status bar says what waits."""

from __future__ import annotations

import types
from typing import Any

from pytestqt.qtbot import QtBot

from coalition.calls import series as calls
from coalition.mail import account as mail_account
from coalition.mail import outbox as mail_outbox
from coalition.store.models.mail import MailKind, OutgoingMail
from coalition.ui.common.context import AppContext
from coalition.ui.mail.preview import PreviewDialog
from coalition.ui.shell.mainwindow import MainWindow


def invitations_of_the_weekly_call(ctx: AppContext) -> types.SimpleNamespace:
    with ctx.reading() as session:
        series = calls.all_series(session)[0]
        return types.SimpleNamespace(
            series_id=series.id, series_title=series.title, kind="invitation", messages=[]
        )


def previewed(ctx: AppContext, series_id: str) -> str:
    with ctx.reading() as session:
        return mail_outbox.series_mail(session, series_id).previewed


def queue_invitations(ctx: AppContext, organizer: Any) -> None:
    """The weekly call's invitations in the outbox, held for their preview, as this
    laptop queues them when its organizer runs the series."""
    with ctx.db.session() as session:
        series = calls.all_series(session)[0]
        assert series.organizer is not None
        organizer.email = series.organizer.primary_email  # this laptop sends the series' mail
        mail_account.save_account(
            session,
            mail_account.AccountInput(smtp_host="smtp.example.org", from_address=organizer.email),
        )
    with ctx.db.session() as session:
        mail_outbox.queue_due(session)


def test_the_preview_shows_each_message_and_send_lets_them_go(
    qtbot: QtBot, sample_ctx: AppContext, organizer: Any
) -> None:
    ctx = sample_ctx
    queue_invitations(ctx, organizer)
    need = invitations_of_the_weekly_call(ctx)
    dialog = PreviewDialog(ctx, need)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == len(dialog.messages) > 0
    first = dialog.messages[0]
    assert first.recipient in dialog.text.toPlainText()
    assert first.subject in dialog.text.toPlainText()
    assert "Coalition call" in dialog.windowTitle() or "invitations" in dialog.windowTitle()

    assert "invitation" not in previewed(ctx, need.series_id)
    dialog.send_button.click()
    assert not dialog.isVisible()
    assert "invitation" in previewed(ctx, need.series_id).split(",")
    ctx.undo_stack.undo()
    assert "invitation" not in previewed(ctx, need.series_id)


def test_not_now_keeps_them_back(qtbot: QtBot, sample_ctx: AppContext) -> None:
    ctx = sample_ctx
    need = invitations_of_the_weekly_call(ctx)
    dialog = PreviewDialog(ctx, need)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.later_button.click()
    assert not dialog.isVisible()
    assert "invitation" not in previewed(ctx, need.series_id)


def test_the_status_bar_says_what_waits(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: hasattr(window, "mail_sender"), timeout=5000)
    sender = window.mail_sender  # type: ignore[attr-defined]
    for timer in (sender.first_run, sender.retry, sender.debounce):
        timer.stop()  # what the label says, not what a run in the background changes
    sender.refresh()
    assert not sender.label.isVisible()  # no account, nothing queued: nothing to say
    with window.ctx.db.session() as session:
        account = mail_account.save_account(
            session,
            mail_account.AccountInput(
                smtp_host="smtp.example.org", from_address="organizer@example.org"
            ),
        )
        assert account is not None
    sender.refresh()
    assert sender.label.isVisible()
    assert sender.label.text().startswith("Mail")
    assert sender.label.text() == "Mail: nothing to send"
    with window.ctx.db.session() as session:
        session.add(
            OutgoingMail(
                kind=MailKind.AGENDA,
                dedupe_key="agenda:status-test",
                message_id="<status-test@example.org>",
                recipient="ana@example.org",
                subject="Agenda",
                raw=b"Subject: Agenda\r\n\r\nThe agenda.\r\n",
            )
        )
        session.commit()
    sender.refresh()
    assert sender.label.text() == "Mail: 1 waiting"
    sender.error = "The server did not answer."  # as a run that could not send leaves it
    sender.refresh()
    assert sender.label.text() == "Mail waiting: the server did not answer"
    assert "The server did not answer." in sender.label.toolTip()
