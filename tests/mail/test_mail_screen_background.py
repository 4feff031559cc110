"""Mail sent in the background while the window is open: a run a moment after a change,
the window free meanwhile; a server away said in the status bar ("Mail waiting: …") and
tried again every minute, the messages kept; once it is back, they go, once."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from pytestqt.qtbot import QtBot

from coalition.common import clock
from coalition.mail import account as mail_account
from coalition.store.models.mail import MailKind, MailStatus, OutgoingMail
from coalition.ui.common.colours import error_style
from coalition.ui.mail.sender import MailSender
from coalition.ui.shell.mainwindow import MainWindow

RUN_TIMEOUT_MS = 20_000


class _Collect:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, _server: object, _session: object, envelope: object) -> str:
        self.messages.append(envelope.content)  # type: ignore[attr-defined]
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def sender(qtbot: QtBot, window: MainWindow) -> MailSender:
    qtbot.waitUntil(lambda: hasattr(window, "mail_sender"), timeout=5000)
    found: MailSender = window.mail_sender  # type: ignore[attr-defined]
    found.first_run.stop()
    found.debounce.setInterval(50)  # a test need not wait the seconds a burst of typing gets
    found.retry.setInterval(300)
    return found


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def server(port: int) -> Iterator[_Collect]:
    """A real SMTP server on loopback, started when the test asks for it."""
    handler = _Collect()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


def set_up(window: MainWindow, port: int, *, automatic: bool = True) -> None:
    ctx = window.ctx
    with ctx.db.session() as session:
        mail_account.save_account(
            session,
            mail_account.AccountInput(
                smtp_host="127.0.0.1",
                smtp_port=port,
                security="none",
                from_address="organizer@example.org",
            ),
        )
    with ctx.db.session() as session:
        account = mail_account.get_account(session)
        assert account is not None
        account.automatic = automatic
        session.commit()


def queue_test_message(window: MainWindow, recipient: str) -> str:
    with window.ctx.db.session() as session:
        row = OutgoingMail(
            kind=MailKind.TEST,  # needs no preview
            dedupe_key=f"test:{recipient}",
            message_id=f"<{recipient}.bg@example.org>",
            recipient=recipient,
            subject="A message",
            raw=(
                f"From: organizer@example.org\r\nTo: {recipient}\r\nSubject: A message\r\n"
                f"Message-ID: <{recipient}.bg@example.org>\r\n\r\nHello.\r\n"
            ).encode(),
        )
        session.add(row)
        session.commit()
        return row.id


def status_of(window: MainWindow, mail_id: str) -> MailStatus:
    with window.ctx.reading() as session:
        row = session.get(OutgoingMail, mail_id)
        assert row is not None
        return MailStatus(row.status)


def test_a_server_away_is_said_and_the_message_goes_once_it_is_back(
    qtbot: QtBot,
    window: MainWindow,
    sender: MailSender,
    port: int,
    request: pytest.FixtureRequest,
    monday: clock.FixedClock,
) -> None:
    set_up(window, port)
    mail_id = queue_test_message(window, "ana@example.org")
    with qtbot.waitSignal(sender.finished, timeout=RUN_TIMEOUT_MS):
        assert sender.send_now(automatic=True)
        assert sender.running()  # in its thread: the window goes on
    assert sender.label.text().startswith("Mail waiting: ")
    assert sender.label.styleSheet() == error_style()
    assert "every minute" in sender.label.toolTip()
    assert status_of(window, mail_id) in (MailStatus.QUEUED, MailStatus.FAILED)  # kept

    collected: _Collect = request.getfixturevalue("server")  # the server is back
    monday.advance(dt.timedelta(hours=2))  # past the back-off: the next retry sends it
    qtbot.waitUntil(lambda: status_of(window, mail_id) == MailStatus.SENT, timeout=10_000)
    qtbot.waitUntil(lambda: not sender.running(), timeout=RUN_TIMEOUT_MS)
    assert len(collected.messages) == 1
    qtbot.waitUntil(lambda: sender.label.text().startswith("Mail sent "), timeout=5000)
    assert sender.label.styleSheet() == ""


def test_mail_sent_by_hand_only_waits_for_send_now(
    qtbot: QtBot, window: MainWindow, sender: MailSender, port: int, server: _Collect
) -> None:
    set_up(window, port, automatic=False)
    mail_id = queue_test_message(window, "ben@example.org")
    sender.run_automatic()
    assert not sender.running()  # by hand only: the timer does not send
    assert sender.label.text() == "Mail: 1 waiting"
    assert "by hand" in sender.label.toolTip()
    with qtbot.waitSignal(sender.finished, timeout=RUN_TIMEOUT_MS):
        sender.send_now()
    assert status_of(window, mail_id) == MailStatus.SENT
    assert len(server.messages) == 1
