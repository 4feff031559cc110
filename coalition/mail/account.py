"""The organizer's own mail account: where this laptop sends from (SMTP), where it reads
replies (IMAP), and its password, kept in the keyring, or sealed in the encrypted
database where there is no keyring, never in plain text on disk.

A plain (unencrypted) database on a machine with no keyring keeps the password in
memory for this run of the app only, and says so.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass, replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.mail.errors import MailError
from coalition.store import keychain
from coalition.store.changes import writes
from coalition.store.models import MailAccount, SyncState

ACCOUNT_ID = "default"
SECURITIES = ("starttls", "tls", "none")
# How long a send waits for the server before it says the server does not answer.
TIMEOUT_S = 30
# The local key under which the password is sealed in an encrypted database
# (sync_state is this laptop's own: never synced, never in a bundle).
_SEALED = "mail-password:{}"


@dataclass(kw_only=True)
class AccountInput:
    smtp_host: str
    smtp_port: int = 587
    security: str = "starttls"
    from_address: str
    from_name: str = ""
    username: str = ""
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "tls"


# Common providers: the host, port and security they document (the username is the
# address; most want an app password when the account has two-step sign-in).
def _preset(smtp: str, port: int, security: str, imap: str) -> AccountInput:
    return AccountInput(
        smtp_host=smtp, smtp_port=port, security=security, from_address="", imap_host=imap
    )


PRESETS: dict[str, AccountInput] = {
    "Gmail": _preset("smtp.gmail.com", 587, "starttls", "imap.gmail.com"),
    "Outlook.com / Microsoft 365": _preset(
        "smtp.office365.com", 587, "starttls", "outlook.office365.com"
    ),
    "Fastmail": _preset("smtp.fastmail.com", 465, "tls", "imap.fastmail.com"),
    "iCloud": _preset("smtp.mail.me.com", 587, "starttls", "imap.mail.me.com"),
}


def get_account(session: Session) -> MailAccount | None:
    """This laptop's mail account, or None before it is set up."""
    row = session.get(MailAccount, ACCOUNT_ID)
    return row if row is not None and row.smtp_host else None


def _clean_line(value: str) -> str:
    """A one-line setting: no line breaks or control characters, outer spaces gone."""
    return " ".join("".join(c if c.isprintable() else " " for c in value).split())


def validated(data: AccountInput) -> AccountInput:
    """The input with its fields cleaned; :class:`ValidationError` names each problem."""
    problems: dict[str, str] = {}
    host = _clean_line(data.smtp_host)
    if not host or " " in host:
        problems["smtp_host"] = QT_TRANSLATE_NOOP(
            "Mail", "the outgoing (SMTP) server needs a host name, e.g. smtp.example.org"
        )
    address = _clean_line(data.from_address)
    try:
        parsed = Address(addr_spec=address)
        if not parsed.domain or not parsed.username:
            raise ValueError(address)
    except (ValueError, IndexError, TypeError):
        problems["from_address"] = (
            f"'{address}' is not an e-mail address to send from"
            if address
            else "an address to send from is needed"
        )
    for field, port in (("smtp_port", data.smtp_port), ("imap_port", data.imap_port)):
        if not isinstance(port, int) or not 0 < port < 65536:
            problems[field] = QT_TRANSLATE_NOOP(
                "Mail", "a port is a number from 1 to 65535, not {port!r}"
            ).format(port=port)
    for field, security in (("security", data.security), ("imap_security", data.imap_security)):
        if security not in SECURITIES:
            problems[field] = QT_TRANSLATE_NOOP(
                "Mail", "security is one of {names}, not {security!r}"
            ).format(names=", ".join(SECURITIES), security=security)
    imap = _clean_line(data.imap_host)
    if " " in imap:
        problems["imap_host"] = QT_TRANSLATE_NOOP("Mail", "'{imap}' is not a host name").format(
            imap=imap
        )
    if problems:
        raise ValidationError(problems)
    return replace(
        data,
        smtp_host=host,
        from_address=address,
        from_name=_clean_line(data.from_name),
        username=_clean_line(data.username),
        imap_host=imap,
    )


@writes(QT_TRANSLATE_NOOP("Changes", "Set up mail"))
def save_account(session: Session, data: AccountInput) -> MailAccount:
    """Keep the account (one per laptop), replacing what was there."""
    clean = validated(data)
    row = session.get(MailAccount, ACCOUNT_ID)
    if row is None:
        row = MailAccount(id=ACCOUNT_ID)
        session.add(row)
    for field in (
        "smtp_host",
        "smtp_port",
        "security",
        "from_address",
        "from_name",
        "username",
        "imap_host",
        "imap_port",
        "imap_security",
    ):
        setattr(row, field, getattr(clean, field))
    return row


def keyring_name(account: MailAccount) -> str:
    return f"mail:{account.username or account.from_address}@{account.smtp_host}"


def _database_encrypted(session: Session) -> bool:
    from coalition.store.encryption import file_state

    bind = session.get_bind()
    url = bind.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return False
    return file_state(Path(url.database)) == "encrypted"


def _seal(session: Session, name: str, password: str | None) -> None:
    """The password in the encrypted database's own table of local state (None: gone)."""
    key = _SEALED.format(name)
    row = session.get(SyncState, key)
    if password is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SyncState(key=key, value=password))
    else:
        row.value = password
    session.commit()


def store_password(session: Session, account: MailAccount, password: str) -> str:
    """Keep the password: in the keyring; else sealed in the encrypted database; else in
    memory for this run only.  Returns a sentence saying where it was kept."""
    name = keyring_name(account)
    try:
        keychain.put(name, password)
    except keychain.KeyringUnavailable as exc:
        why = str(exc)
    else:
        _seal(session, name, None)
        return "The mail password is kept in your keyring."
    if _database_encrypted(session):
        _seal(session, name, password)
        return (
            "There is no keyring on this computer; the mail password is kept inside the "
            "encrypted database, under its key."
        )
    keychain.remember_for_this_run(name, password)
    return (
        f"The mail password is kept until Coalition quits only: {why}, and this database "
        "is not encrypted, so it is never written down. Encrypt the database, or give "
        "$COALITION_MAIL_PASSWORD, to send without typing it again."
    )


def load_password(session: Session, account: MailAccount) -> str | None:
    """The password kept by :func:`store_password`, or None."""
    name = keyring_name(account)
    try:
        found = keychain.get(name)
    except keychain.KeyringUnavailable:
        found = None
    if found is not None:
        return found
    row = session.get(SyncState, _SEALED.format(name))
    return row.value if row is not None else None


def where(account: MailAccount) -> str:
    return f"{account.smtp_host}:{account.smtp_port}"


def _login_sentence(account: MailAccount, exc: smtplib.SMTPAuthenticationError) -> str:
    said = exc.smtp_error
    detail = (said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)).strip()
    return (
        f"the mail server {where(account)} did not accept the password for "
        f"'{account.username}' ({exc.smtp_code} {detail}); check it (many providers want "
        "an app password when the account has two-step sign-in)"
    ).replace(" ()", "")


def connect(account: MailAccount, password: str | None) -> smtplib.SMTP:
    """An open, logged-in connection to the account's SMTP server; :class:`MailError`
    with a sentence when the server cannot be reached, refuses the encryption or the
    password."""
    server: smtplib.SMTP | None = None
    try:
        if account.security == "tls":
            server = smtplib.SMTP_SSL(
                account.smtp_host,
                account.smtp_port,
                timeout=TIMEOUT_S,
                context=ssl.create_default_context(),
            )
        else:
            server = smtplib.SMTP(account.smtp_host, account.smtp_port, timeout=TIMEOUT_S)
            if account.security == "starttls":
                server.starttls(context=ssl.create_default_context())
        if account.username:
            if not password:
                raise MailError(
                    QT_TRANSLATE_NOOP(
                        "Mail",
                        "the mail server {where} wants a password for '{username}', and none "
                        "is kept: set up mail again, or give $COALITION_MAIL_PASSWORD",
                    ).format(where=where(account), username=account.username),
                    settings=True,
                )
            server.login(account.username, password)
    except MailError:
        close(server)
        raise
    except smtplib.SMTPAuthenticationError as exc:
        close(server)
        raise MailError(_login_sentence(account, exc), settings=True) from exc
    except smtplib.SMTPNotSupportedError as exc:
        close(server)
        raise MailError(
            QT_TRANSLATE_NOOP(
                "Mail",
                "the mail server {where} does not offer {value} ({exc}); check the "
                "port and the security setting",
            ).format(
                where=where(account),
                value="STARTTLS" if account.security == "starttls" else "a login",
                exc=exc,
            ),
            settings=True,
        ) from exc
    except ssl.SSLError as exc:
        close(server)
        raise MailError(
            QT_TRANSLATE_NOOP(
                "Mail",
                "the secure connection to {where} failed ({value}); check the port "
                "and the security setting (STARTTLS is usually port 587, TLS 465)",
            ).format(where=where(account), value=exc.reason or exc)
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        close(server)
        raise MailError(unreachable(account, exc)) from exc
    return server


def unreachable(account: MailAccount, exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror):
        return QT_TRANSLATE_NOOP(
            "Mail",
            "the mail server {smtp_host} is not known (is the name right, and are you online?)",
        ).format(smtp_host=account.smtp_host)
    if isinstance(exc, TimeoutError | socket.timeout):
        return QT_TRANSLATE_NOOP(
            "Mail", "the mail server {where} did not answer in {TIMEOUT_S} seconds"
        ).format(where=where(account), TIMEOUT_S=TIMEOUT_S)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return QT_TRANSLATE_NOOP("Mail", "the mail server {where} closed the connection").format(
            where=where(account)
        )
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return QT_TRANSLATE_NOOP(
        "Mail", "cannot reach the mail server {where} ({reason}); are you online?"
    ).format(where=where(account), reason=reason)


def close(server: smtplib.SMTP | None) -> None:
    if server is None:
        return
    try:
        server.quit()
    except (OSError, smtplib.SMTPException):
        server.close()


def sender(account: MailAccount) -> Address:
    return Address(display_name=account.from_name, addr_spec=account.from_address)


def send_test(account: MailAccount, password: str | None, to: str) -> None:
    """Send a short test message to ``to``; :class:`MailError` (a sentence) on failure."""
    message = EmailMessage(policy=SMTP)
    message["From"] = sender(account)
    try:
        message["To"] = Address(addr_spec=_clean_line(to))
    except (ValueError, IndexError) as exc:
        raise MailError(
            QT_TRANSLATE_NOOP("Mail", "'{to}' is not an e-mail address").format(to=to)
        ) from exc
    message["Subject"] = "Coalition: a test message"
    message["Date"] = format_datetime(clock.now())
    message["Message-ID"] = make_msgid(domain=account.from_address.rpartition("@")[2])
    message.set_content(
        "Coalition sends mail through this account: invitations, agendas, minutes.\n"
    )
    server = connect(account, password)
    try:
        server.send_message(message)
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(
            QT_TRANSLATE_NOOP("Mail", "the mail server refused the address {to} ({value})").format(
                to=to, value=_reply(exc)
            )
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(unreachable(account, exc)) from exc
    finally:
        close(server)


def _reply(exc: smtplib.SMTPRecipientsRefused) -> str:
    for code, text in exc.recipients.values():
        return f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
    return "refused"


__all__ = [
    "PRESETS",
    "AccountInput",
    "MailError",
    "connect",
    "get_account",
    "keyring_name",
    "load_password",
    "save_account",
    "send_test",
    "store_password",
]
