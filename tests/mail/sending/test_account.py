"""The mail account: what is checked when it is saved, where its password is kept (never
in plain text on disk), and the test message."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.mail import account as accounts
from coalition.store import Database, open_database
from coalition.store.encryption import KeyMaterial
from coalition.store.models import MailAccount
from smtp_server import SmtpServer


def test_a_setting_with_problems_names_each_field(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.save_account(
            session,
            accounts.AccountInput(
                smtp_host="smtp example", smtp_port=70000, security="ssl", from_address="dana"
            ),
        )
    assert set(caught.value.problems) == {"smtp_host", "smtp_port", "security", "from_address"}
    assert accounts.get_account(session) is None


def test_presets_give_the_providers_servers() -> None:
    fastmail = accounts.PRESETS["Fastmail"]
    assert (fastmail.smtp_host, fastmail.smtp_port, fastmail.security) == (
        "smtp.fastmail.com",
        465,
        "tls",
    )
    assert set(accounts.PRESETS) == {"Gmail", "Outlook.com / Microsoft 365", "Fastmail", "iCloud"}


def _account(session: Session, smtp: SmtpServer) -> MailAccount:
    return accounts.save_account(
        session,
        accounts.AccountInput(
            smtp_host=smtp.host,
            smtp_port=smtp.port,
            security="none",
            from_address="organizer@example.org",
            username=smtp.user,
        ),
    )


def test_without_a_keyring_a_plain_database_keeps_the_password_for_this_run_only(
    session: Session, db_path: Path, smtp_server: SmtpServer, no_keyring: None
) -> None:
    row = _account(session, smtp_server)
    said = accounts.store_password(session, row, smtp_server.password)
    assert said.startswith("The mail password is kept until Coalition quits only")
    assert accounts.load_password(session, row) == smtp_server.password
    assert smtp_server.password.encode() not in db_path.read_bytes()


def test_without_a_keyring_an_encrypted_database_seals_the_password_under_its_key(
    tmp_path: Path, smtp_server: SmtpServer, no_keyring: None
) -> None:
    from coalition.store import keychain

    path = tmp_path / "sealed.db"
    key = KeyMaterial.generate()
    db: Database = open_database(path, key=key)
    try:
        with db.session() as session:
            row = _account(session, smtp_server)
            said = accounts.store_password(session, row, smtp_server.password)
            assert "inside the encrypted database" in said
    finally:
        db.close()
    keychain.forget_this_run()
    assert smtp_server.password.encode() not in path.read_bytes()
    again = open_database(path, key=key)
    try:
        with again.session() as session:
            found = accounts.get_account(session)
            assert found is not None
            assert accounts.load_password(session, found) == smtp_server.password
    finally:
        again.close()


def test_the_test_message_arrives_and_a_wrong_password_is_said(
    session: Session, smtp_server: SmtpServer
) -> None:
    row = _account(session, smtp_server)

    accounts.send_test(row, smtp_server.password, "dana@example.org")

    (got,) = smtp_server.received
    assert got.rcpt_tos == ("dana@example.org",)
    assert got.message["Subject"] == "Coalition: a test message"
    with pytest.raises(accounts.MailError, match="did not accept the password"):
        accounts.send_test(row, "wrong", "dana@example.org")


def test_a_server_not_listening_is_said(session: Session, smtp_server: SmtpServer) -> None:
    row = _account(session, smtp_server)
    smtp_server.stop()
    with pytest.raises(accounts.MailError, match=r"^cannot reach the mail server 127\.0\.0\.1"):
        accounts.send_test(row, smtp_server.password, "dana@example.org")
