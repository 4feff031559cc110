"""The organizer's INBOX read over IMAP for answers to invitations.

The account's IMAP server is reached with implicit TLS (port 993), STARTTLS, or, for a
server on this computer only, in the clear (a password never crosses a network
unencrypted).  Each reading fetches only the messages that arrived since the last one:
this laptop remembers the mailbox's UIDVALIDITY and the highest UID read (a mailbox
rebuilt by its server starts over, and the Message-IDs already read keep each answer
from counting twice).  The first reading looks back :data:`FIRST_READ_DAYS` days.
Messages are fetched with ``BODY.PEEK[]``: they stay unread in the organizer's mail
client.  A message with no calendar in it is no answer, and is passed over unrecorded.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import ipaddress
import re
import socket
import ssl
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.mail import itip
from coalition.mail.errors import MailError
from coalition.store.models import MailAccount, SyncState

FIRST_READ_DAYS = 60
TIMEOUT_S = 30
BATCH = 25  # messages fetched per command
MAILBOX = "INBOX"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MARK = "mail.imap.inbox"  # this laptop's bookkeeping: "<uidvalidity>:<last uid read>"

T = TypeVar("T")


def _loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _account(session: Session) -> MailAccount:
    account = session.get(MailAccount, "default")
    if account is None or not account.imap_host:
        raise MailError(
            QT_TRANSLATE_NOOP(
                "Mail",
                "no mailbox to read replies from: give the mail account its IMAP server first",
            )
        )
    return account


def _connect(account: MailAccount) -> imaplib.IMAP4:
    host, port, security = account.imap_host, account.imap_port, account.imap_security
    context = ssl.create_default_context()
    if security == "tls":
        return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=TIMEOUT_S)
    if security not in ("starttls", "none"):
        raise MailError(
            QT_TRANSLATE_NOOP(
                "Mail", "the mailbox's security '{security}' is not tls, starttls or none"
            ).format(security=security)
        )
    if security == "none" and not _loopback(host):
        raise MailError(
            QT_TRANSLATE_NOOP(
                "Mail",
                "the mailbox at {host} would get the password unencrypted: choose "
                "TLS or STARTTLS for a server that is not on this computer",
            ).format(host=host)
        )
    connection = imaplib.IMAP4(host, port, timeout=TIMEOUT_S)
    if security == "starttls":
        try:
            connection.starttls(ssl_context=context)
        except BaseException:
            with contextlib.suppress(OSError):  # a failed handshake may leave no socket
                connection.shutdown()
            raise
    return connection


def _sentence(account: MailAccount, exc: BaseException) -> str:
    where = f"{account.imap_host}:{account.imap_port}"
    if isinstance(exc, MailError):
        return str(exc)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return QT_TRANSLATE_NOOP(
            "Mail", "the mail server at {where} showed a certificate that cannot be trusted"
        ).format(where=where)
    if isinstance(exc, ssl.SSLError):
        return QT_TRANSLATE_NOOP(
            "Mail", "the secure connection to the mail server at {where} failed ({reason})"
        ).format(where=where, reason=exc.reason)
    if isinstance(exc, socket.gaierror):
        return QT_TRANSLATE_NOOP(
            "Mail", "the mail server {imap_host} cannot be found (is the name right?)"
        ).format(imap_host=account.imap_host)
    if isinstance(exc, ConnectionRefusedError):
        return QT_TRANSLATE_NOOP(
            "Mail", "the mail server at {where} refused the connection (is it running?)"
        ).format(where=where)
    if isinstance(exc, TimeoutError | socket.timeout):
        return QT_TRANSLATE_NOOP(
            "Mail", "the mail server at {where} did not answer in {TIMEOUT_S} seconds"
        ).format(where=where, TIMEOUT_S=TIMEOUT_S)
    if isinstance(exc, imaplib.IMAP4.abort | EOFError | ConnectionError):
        return QT_TRANSLATE_NOOP(
            "Mail", "the connection to the mail server at {where} was lost"
        ).format(where=where)
    if isinstance(exc, imaplib.IMAP4.error):
        text = str(exc).strip().strip("b'\"[]") or "an error"
        if "auth" in text.lower() or "login" in text.lower() or "credential" in text.lower():
            return QT_TRANSLATE_NOOP(
                "Mail",
                "the mail server at {where} refused the login: check the user name and password",
            ).format(where=where)
        return QT_TRANSLATE_NOOP("Mail", "the mail server at {where} said: {text}").format(
            where=where, text=text
        )
    if isinstance(exc, OSError):
        return QT_TRANSLATE_NOOP(
            "Mail", "the mail server at {where} cannot be reached ({value})"
        ).format(where=where, value=exc.strerror or exc)
    return QT_TRANSLATE_NOOP("Mail", "the mailbox at {where} cannot be read ({kind})").format(
        where=where, kind=type(exc).__name__
    )


def _mark(session: Session) -> tuple[int, int]:
    value = session.scalar(select(SyncState.value).where(SyncState.key == _MARK)) or ""
    validity, _, last = value.partition(":")
    try:
        return int(validity), int(last)
    except ValueError:
        return 0, 0


def _set_mark(session: Session, validity: int, last: int) -> None:
    """Bookkeeping of this laptop, as sync's own: not a change anyone undoes."""
    value = f"{validity}:{last}"
    if session.get(SyncState, _MARK) is None:
        session.execute(insert(SyncState.__table__), [{"key": _MARK, "value": value}])
    else:
        session.execute(
            update(SyncState.__table__).where(SyncState.key == _MARK).values(value=value)
        )
    session.commit()


def _ok(result: tuple[str, Sequence[object]], what: str) -> Sequence[object]:
    status, data = result
    if status != "OK":
        detail = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
        raise imaplib.IMAP4.error(f"{what}: {detail}".strip(": "))
    return data


def _login(connection: imaplib.IMAP4, user: str, password: str) -> None:
    """LOGIN, or for a name or password beyond ASCII (which LOGIN cannot carry)
    AUTHENTICATE PLAIN in UTF-8."""
    if user.isascii() and password.isascii():
        _ok(connection.login(user, password), "LOGIN")
        return
    secret = b"\0" + user.encode() + b"\0" + password.encode()
    _ok(connection.authenticate("PLAIN", lambda _challenge: secret), "AUTHENTICATE")


def _uidvalidity(connection: imaplib.IMAP4) -> int:
    data = connection.response("UIDVALIDITY")[1]
    for item in data or []:
        if isinstance(item, bytes) and item.strip().isdigit():
            return int(item)
    found = _ok(connection.status(MAILBOX, "(UIDVALIDITY)"), "STATUS")
    match = re.search(rb"UIDVALIDITY (\d+)", found[0] if isinstance(found[0], bytes) else b"")
    return int(match.group(1)) if match else 0


def _new_uids(connection: imaplib.IMAP4, after: int) -> list[int]:
    if after:
        criteria = f"UID {after + 1}:*"
    else:
        since = clock.now().date() - dt.timedelta(days=FIRST_READ_DAYS)
        # IMAP's dates name the month in English, whatever this computer's language.
        criteria = f"SINCE {since.day:02d}-{_MONTHS[since.month - 1]}-{since.year}"
    found = _ok(connection.uid("SEARCH", criteria), "SEARCH")
    numbers = b" ".join(x for x in found if isinstance(x, bytes)).split()
    # "UID n:*" always matches the last message, even when its UID is below n.
    return sorted(int(n) for n in numbers if n.isdigit() and int(n) > after)


def _fetch(connection: imaplib.IMAP4, uids: list[int]) -> Iterator[tuple[int, bytes]]:
    for start in range(0, len(uids), BATCH):
        chunk = uids[start : start + BATCH]
        found = _ok(
            connection.uid("FETCH", ",".join(map(str, chunk)), "(UID BODY.PEEK[])"), "FETCH"
        )
        for item in found:
            if isinstance(item, tuple) and len(item) == 2:
                match = re.search(rb"UID (\d+)", item[0])
                if match:
                    yield int(match.group(1)), item[1]


def _has_calendar(raw: bytes) -> bool:
    letter = itip.read_letter(raw)
    return bool(letter.calendars) or bool(letter.problem and b"calendar" in raw.lower())


def read_new(
    session: Session,
    password: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    read: Callable[..., T],
) -> list[T]:
    """Fetch the messages that arrived since the last reading and hand each that holds a
    calendar to ``read`` (:func:`coalition.mail.replies.read_message`)."""
    account = _account(session)
    outcomes: list[T] = []
    try:
        connection = _connect(account)
    except Exception as exc:
        raise MailError(_sentence(account, exc)) from None
    try:
        _login(connection, account.username or account.from_address, password)
        _ok(connection.select(MAILBOX, readonly=True), "SELECT")
        validity = _uidvalidity(connection)
        known_validity, last = _mark(session)
        if validity != known_validity:
            last = 0  # a new mailbox for the server: start over (Message-IDs guard)
        uids = _new_uids(connection, last)
        if progress is not None:
            progress(0, len(uids))
        for done, (uid, raw) in enumerate(_fetch(connection, uids), start=1):
            if _has_calendar(raw):
                outcomes.append(read(session, raw, source="imap"))
            last = max(last, uid)
            _set_mark(session, validity, last)
            if progress is not None:
                progress(done, len(uids))
    except CoalitionError:  # said already (the database, or the mailbox itself)
        raise
    except Exception as exc:
        raise MailError(_sentence(account, exc)) from None
    finally:
        with contextlib.suppress(Exception):  # the connection may be gone already
            connection.logout()
    return outcomes


__all__ = ["FIRST_READ_DAYS", "read_new"]
