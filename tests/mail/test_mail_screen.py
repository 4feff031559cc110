"""File → Mail account… and Mail → Outbox… driven as an organizer would, over a real
SQLite file: what is wrong said under each field, a provider's servers filled in, the
password kept in the keyring (never in the database file), a test message sent to a real
SMTP server on loopback without the window waiting, and the outbox listing what waits,
what went and what failed, with Cancel and Resend."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from pytestqt.qtbot import QtBot

from coalition.mail import account as mail_account
from coalition.mail import outbox as mail_outbox
from coalition.store.models.mail import MailKind, MailStatus, OutgoingMail
from coalition.ui.common.context import AppContext
from coalition.ui.mail.account_dialog import MailAccountDialog
from coalition.ui.mail.outbox import OutboxDialog
from coalition.ui.shell.mainwindow import MainWindow
from memory_keyring import MemoryKeyring

TASK_TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog a test leaves with typed input is closed at the end: nothing is kept."""
    from coalition.ui.common import editing

    monkeypatch.setattr(editing, "ask_hook", lambda _parent, _what: editing.Answer.DISCARD)


class _Collect:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, _server: object, _session: object, envelope: object) -> str:
        self.messages.append(envelope.content)  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, _Collect]]:
    """A real SMTP server on loopback (aiosmtpd), collecting what it is sent."""
    handler = _Collect()
    port = closed_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def open_dialog(qtbot: QtBot, ctx: AppContext) -> MailAccountDialog:
    dialog = MailAccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: MailAccountDialog, *, host: str = "127.0.0.1", port: int = 2525) -> None:
    dialog.smtp_host.setText(host)
    dialog.smtp_port.setValue(port)
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.from_address.setText("dana@example.org")
    dialog.from_name.setText("Dana Reyes")


# --- the account ----------------------------------------------------------------------------


def test_an_empty_account_says_what_is_missing_under_each_field(
    qtbot: QtBot, ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "host name is needed" in dialog.problem_text("smtp_host")
    assert "address mail comes from" in dialog.problem_text("from_address")
    dialog.smtp_host.setText("smtp example.org")
    dialog.from_address.setText("dana at example.org")
    dialog.ok_button.click()
    assert "no spaces" in dialog.problem_text("smtp_host")
    assert "is not an e-mail address" in dialog.problem_text("from_address")
    with ctx.reading() as session:
        assert mail_account.get_account(session) is None  # nothing stored


def test_a_provider_fills_in_its_servers(
    qtbot: QtBot, ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.from_address.setText("dana@gmail.com")
    for name, preset in mail_account.PRESETS.items():
        index = dialog.preset.findData(name)
        assert index > 0, name
        dialog.preset.setCurrentIndex(index)
        dialog.preset.activated.emit(index)
        assert dialog.smtp_host.text() == preset.smtp_host
        assert dialog.smtp_port.value() == preset.smtp_port
        assert dialog.security.currentData() == preset.security
        assert dialog.imap_host.text() == preset.imap_host
    assert dialog.username.text() == "dana@gmail.com"  # the usual login, when none typed
    assert {"Gmail", "Outlook.com / Microsoft 365", "Fastmail", "iCloud"} <= set(
        mail_account.PRESETS
    )


def test_the_account_is_saved_and_its_password_kept_in_the_keyring_only(
    qtbot: QtBot, ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(dialog, host="smtp.example.org", port=587)
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    dialog.username.setText("dana@example.org")
    dialog.password.setText("s3cret-app-password")
    dialog.imap_host.setText("imap.example.org")
    dialog.automatic.setChecked(False)
    messages: list[str] = []
    ctx.message.connect(messages.append)
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_error.text()

    with ctx.reading() as session:
        account = mail_account.get_account(session)
        assert account is not None
        assert (account.smtp_host, account.smtp_port, account.security) == (
            "smtp.example.org",
            587,
            "starttls",
        )
        assert (account.from_address, account.from_name) == ("dana@example.org", "Dana Reyes")
        assert account.imap_host == "imap.example.org"
        assert account.automatic is False
        assert mail_account.load_password(session, account) == "s3cret-app-password"
    assert "s3cret-app-password" in memory_keyring.secrets.values()
    assert "keyring" in dialog.kept.lower(), dialog.kept  # where it was kept, said
    assert messages and "dana@example.org" in messages[-1]
    database = Path(ctx.db.describe())
    for path in (database, database.with_name(database.name + "-wal")):
        if path.exists():
            assert b"s3cret-app-password" not in path.read_bytes()
    assert ctx.undo_stack.canUndo()  # the account is one change, undoable

    again = open_dialog(qtbot, ctx)  # kept: shown again, the password left unsaid
    assert again.smtp_host.text() == "smtp.example.org"
    assert again.password.text() == ""
    assert "kept already" in again.password.placeholderText()


def test_a_test_message_reaches_the_server_without_holding_the_window(
    qtbot: QtBot,
    ctx: AppContext,
    memory_keyring: MemoryKeyring,
    smtp_server: tuple[int, _Collect],
) -> None:
    port, collected = smtp_server
    dialog = open_dialog(qtbot, ctx)
    fill(dialog, port=port)
    dialog.test_to.setText("ops@example.org")
    dialog.test_button.click()
    assert dialog.testing() and not dialog.test_button.isEnabled()  # off the UI thread
    qtbot.waitUntil(lambda: not dialog.testing(), timeout=TASK_TIMEOUT_MS)
    assert "went to ops@example.org" in dialog.test_result.text()
    assert len(collected.messages) == 1
    assert message_from_bytes(collected.messages[0])["To"].endswith("ops@example.org")


def test_a_server_that_is_not_there_is_said_in_a_sentence(
    qtbot: QtBot, ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(dialog, port=closed_port())
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.testing(), timeout=TASK_TIMEOUT_MS)
    said = dialog.test_result.text()
    assert dialog.test_result.isVisibleTo(dialog)
    assert said[:1].isupper() and said.endswith(".") and "Traceback" not in said
    assert dialog.test_button.isEnabled()


# --- the outbox -------------------------------------------------------------------------------


def queue(
    ctx: AppContext,
    recipient: str,
    status: MailStatus,
    kind: MailKind = MailKind.AGENDA,
    **fields: object,
) -> str:
    """A message in the outbox as the sending service leaves it (its row, as stored)."""
    message = EmailMessage()
    message["To"] = recipient
    message["From"] = "dana@example.org"
    message["Subject"] = f"Agenda for {recipient}"
    message.set_content("The agenda.")
    with ctx.db.session() as session:
        row = OutgoingMail(
            kind=kind,
            dedupe_key=f"{kind}:test:{recipient}",
            message_id=f"<{recipient}.test@example.org>",
            recipient=recipient,
            subject=str(message["Subject"]),
            raw=bytes(message),
            status=status,
            **fields,
        )
        session.add(row)
        session.commit()
        return row.id


@pytest.fixture
def outbox_rows(ctx: AppContext) -> dict[str, str]:
    now = dt.datetime.now(dt.UTC)
    return {
        "ana": queue(ctx, "ana@example.org", MailStatus.QUEUED),
        "ben": queue(ctx, "ben@example.org", MailStatus.SENT, sent_at=now, attempts=1),
        "cy": queue(
            ctx,
            "cy@example.org",
            MailStatus.FAILED,
            attempts=2,
            last_error="the server did not answer",
            next_attempt_at=now + dt.timedelta(minutes=5),
        ),
        "dee": queue(
            ctx, "dee@example.org", MailStatus.REFUSED, last_error="550 no such user", attempts=1
        ),
    }


def status_of(ctx: AppContext, mail_id: str) -> MailStatus:
    with ctx.reading() as session:
        found = session.get(OutgoingMail, mail_id)
        assert found is not None
        return MailStatus(found.status)


def test_the_outbox_lists_each_message_with_its_state_and_what_went_wrong(
    qtbot: QtBot, ctx: AppContext, outbox_rows: dict[str, str]
) -> None:
    dialog = OutboxDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 4
    rows = {
        dialog.table.item(r, 1).text(): [
            dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())
        ]
        for r in range(dialog.table.rowCount())
    }
    assert rows["ana@example.org"][0] == "Waiting"
    assert rows["ben@example.org"][0] == "Sent"
    assert rows["cy@example.org"][0].startswith("Failed")
    assert rows["cy@example.org"][5] == "The server did not answer."
    assert rows["dee@example.org"][0] == "Refused"
    assert rows["ana@example.org"][2] == "Agenda for ana@example.org"
    assert rows["ana@example.org"][3] == "Agenda"
    assert "Waiting: 1" in dialog.summary.text()

    dialog.filter.setCurrentIndex(dialog.filter.findData(str(MailStatus.FAILED)))
    assert dialog.table.rowCount() == 1


def test_a_waiting_message_is_cancelled_and_a_refused_one_resent(
    qtbot: QtBot, ctx: AppContext, outbox_rows: dict[str, str]
) -> None:
    dialog = OutboxDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_recipient("dee@example.org")
    assert dialog.resend_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.select_recipient("ana@example.org")
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    assert status_of(ctx, outbox_rows["ana"]) == MailStatus.CANCELLED
    assert "cancelled" in dialog.said.text()
    assert any(
        dialog.table.item(r, 0).text() == "Cancelled" for r in range(dialog.table.rowCount())
    )  # the list follows

    dialog.select_recipient("dee@example.org")
    dialog.resend_button.click()
    assert status_of(ctx, outbox_rows["dee"]) == MailStatus.QUEUED
    with ctx.reading() as session:
        assert [m.recipient for m in mail_outbox.outbox(session, "queued")] == ["dee@example.org"]


def test_the_mail_menu_opens_the_outbox_and_send_now_runs_off_the_window(
    qtbot: QtBot,
    window: MainWindow,
    memory_keyring: MemoryKeyring,
    smtp_server: tuple[int, _Collect],
) -> None:
    qtbot.waitUntil(lambda: hasattr(window, "mail_sender"), timeout=5000)
    sender = window.mail_sender  # type: ignore[attr-defined]
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert "&Mail" in menus
    assert [a.text() for a in menus["&Mail"].actions() if a.text()][:2] == [
        "&Outbox…",
        "&Send now",
    ]
    file_texts = [a.text() for a in menus["&File"].actions()]
    assert "&Mail account…" in file_texts

    port, collected = smtp_server
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
    queue(ctx, "ana@example.org", MailStatus.QUEUED, MailKind.TEST)  # needs no preview
    sender.refresh()
    assert sender.label.isVisible()

    dialog = sender.open_outbox()
    assert isinstance(dialog, OutboxDialog)
    with qtbot.waitSignal(sender.finished, timeout=TASK_TIMEOUT_MS):
        dialog.send_button.click()
        assert not dialog.send_button.isEnabled()  # running in its thread meanwhile
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=TASK_TIMEOUT_MS)
    assert any(b"ana@example.org" in m for m in collected.messages)
    assert "sent" in dialog.said.text()
    assert sender.label.text().startswith("Mail sent ")
