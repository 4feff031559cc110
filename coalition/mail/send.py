"""Sending what waits in the outbox through the organizer's SMTP server.

One connection for the batch; each message is the very bytes queued (the same
Message-ID on a retry), and its status is committed the moment the server took it, so a
crash or a dropped connection mid-batch never sends one twice.  A message that failed
waits a little longer each time (1, 5, 15, 60 minutes, then a few hours); a recipient
the server refuses for good (5xx) is marked refused and never tried again.  Every
failure is said in a sentence.
"""

from __future__ import annotations

import datetime as dt
import enum
import smtplib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from coalition.calls.calendar_export import safe_stem
from coalition.common import clock
from coalition.common.files import write_bytes
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.mail import account as accounts
from coalition.mail.account import MailError, get_account
from coalition.mail.outbox import held, previewed
from coalition.store.models import MailAccount, MailStatus, OutgoingMail

# Minutes to wait after the 1st, 2nd, ... failure; the last repeats.
BACKOFF_MINUTES = (1, 5, 15, 60, 240, 720)


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    refused: list[str] = field(default_factory=list)  # sentences, one per refused recipient
    errors: list[str] = field(default_factory=list)  # sentences
    held: int = 0  # waiting for a preview

    def lines(self) -> list[str]:
        said = [f"Sent {self.sent} message{'' if self.sent == 1 else 's'}."]
        if self.failed:
            said.append(f"{self.failed} failed and wait to be tried again.")
        return said + self.refused + self.errors


def backoff(attempts: int) -> dt.timedelta:
    """How long a message waits after its ``attempts``-th failure."""
    index = min(max(attempts, 1), len(BACKOFF_MINUTES)) - 1
    return dt.timedelta(minutes=BACKOFF_MINUTES[index])


def due(session: Session, now: dt.datetime) -> tuple[list[OutgoingMail], int]:
    """The messages to send now, oldest first, and how many wait for a preview."""
    rows = session.scalars(
        select(OutgoingMail)
        .where(
            OutgoingMail.status.in_((MailStatus.QUEUED, MailStatus.FAILED)),
            or_(OutgoingMail.next_attempt_at.is_(None), OutgoingMail.next_attempt_at <= now),
        )
        .order_by(OutgoingMail.created_at, OutgoingMail.recipient)
    ).all()
    done = previewed(session)
    ready = [row for row in rows if not held(session, row, done)]
    return ready, len(rows) - len(ready)


_TABLE = OutgoingMail.__table__
# One statement, built once: the SET columns are the parameters given with it.
_UPDATE = update(_TABLE).where(_TABLE.c.id == bindparam("mail_id"))


class _Statuses:
    """Commits what became of each message the moment it is known, on a connection of
    its own: one UPDATE and a commit, straight to SQLite's driver (this runs after every
    message of a batch, where SQLAlchemy's own bookkeeping cost as much as the sending);
    through SQLAlchemy Core on any other database."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.raw: Any = conn.connection.driver_connection if conn.dialect.name == "sqlite" else None
        self.bind = {c.name: c.type.bind_processor(conn.dialect) for c in _TABLE.c}

    def _value(self, name: str, value: object) -> object:
        process = self.bind[name]
        value = value.value if isinstance(value, enum.Enum) else value
        return process(value) if process is not None and value is not None else value

    def record(self, row: OutgoingMail, **values: object) -> None:
        if self.raw is None:
            self.conn.execute(_UPDATE, {"mail_id": row.id, **values})
            self.conn.commit()
        else:
            columns = ", ".join(f"{name} = ?" for name in values)
            params = [self._value(name, value) for name, value in values.items()]
            self.raw.execute(f"UPDATE outgoing_mail SET {columns} WHERE id = ?", [*params, row.id])
            self.raw.commit()
        for name, value in values.items():
            set_committed_value(row, name, value)


def _failed(conn: _Statuses, row: OutgoingMail, now: dt.datetime, sentence: str) -> None:
    attempts = row.attempts + 1
    conn.record(
        row,
        attempts=attempts,
        status=MailStatus.FAILED,
        next_attempt_at=now + backoff(attempts),
        last_error=sentence,
    )


def _answer(code: int, text: bytes | str) -> str:
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(said.split())}".strip()


def _send_one(
    conn: _Statuses,
    server: smtplib.SMTP,
    account: MailAccount,
    row: OutgoingMail,
    now: dt.datetime,
    report: SendReport,
) -> bool:
    """Send one message and commit what became of it; False when the connection is gone."""
    try:
        server.sendmail(account.from_address, [row.recipient], row.raw)
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()), (550, b""))
        answer = _answer(code, text)
        if 500 <= code < 600:
            conn.record(
                row,
                attempts=row.attempts + 1,
                status=MailStatus.REFUSED,
                next_attempt_at=None,
                last_error=f"the mail server refused {row.recipient} ({answer})",
            )
            report.refused.append(
                f"The mail server refused {row.recipient} ({answer}): not tried again."
            )
        else:
            _failed(conn, row, now, f"the mail server put off {row.recipient} ({answer})")
            report.failed += 1
        return True
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        sentence = (
            f"the mail server did not take the message to {row.recipient} "
            f"({_answer(exc.smtp_code, exc.smtp_error)})"
        )
        _failed(conn, row, now, sentence)
        report.failed += 1
        report.errors.append(sentence[0].upper() + sentence[1:] + "; it is tried again later.")
        return True
    except (OSError, smtplib.SMTPException) as exc:
        _failed(conn, row, now, accounts.unreachable(account, exc))
        report.failed += 1
        return False
    conn.record(
        row,
        attempts=row.attempts + 1,
        status=MailStatus.SENT,
        sent_at=now,
        next_attempt_at=None,
        last_error="",
    )
    report.sent += 1
    return True


def send_due(
    session: Session,
    password: str | None,
    *,
    progress: Callable[[int, int], None] | None = None,
    now: dt.datetime | None = None,
) -> SendReport:
    """Send every message due (and previewed); what went, failed and was refused.

    Raises :class:`MailError` when mail is not set up.  A server that cannot be reached
    leaves every message waiting (a little longer each time); a password refused leaves
    them as they were, to go once it is right.
    """
    now = now or clock.now()
    account = get_account(session)
    if account is None:
        raise MailError(
            QT_TRANSLATE_NOOP(
                "Mail", "mail is not set up yet: give the account first (coalition mail-setup)"
            )
        )
    rows, waiting = due(session, now)
    report = SendReport(held=waiting)
    if not rows:
        return report
    try:
        server = accounts.connect(account, password)
    except MailError as exc:
        said = _capital(str(exc))
        left = f"{len(rows)} message{'' if len(rows) == 1 else 's'} wait in the outbox."
        report.errors.append(f"{said} {left}" if said.endswith("?") else f"{said}; {left}")
        if not exc.settings:
            for row in rows:
                row.attempts += 1
                row.status = MailStatus.FAILED
                row.next_attempt_at = now + backoff(row.attempts)
                row.last_error = str(exc)
            session.commit()
            report.failed = len(rows)
        return report
    session.commit()  # the statuses are written on a connection of their own
    try:
        with session.get_bind().engine.connect() as conn:
            _batch(_Statuses(conn), server, account, rows, now, report, progress)
    finally:
        accounts.close(server)
    return report


def _batch(
    conn: _Statuses,
    server: smtplib.SMTP,
    account: MailAccount,
    rows: list[OutgoingMail],
    now: dt.datetime,
    report: SendReport,
    progress: Callable[[int, int], None] | None,
) -> None:
    total = len(rows)
    for number, row in enumerate(rows, 1):
        if not _send_one(conn, server, account, row, now, report):
            report.errors.append(
                f"The connection to the mail server {accounts.where(account)} dropped after "
                f"{report.sent} message{'' if report.sent == 1 else 's'}; the "
                f"{total - number + 1} others wait in the outbox and go at the next send."
            )
            return
        if progress is not None:
            progress(number, total)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def write_dry_run(session: Session, folder: Path) -> list[Path]:
    """Each message waiting in the outbox as an .eml file in ``folder`` (nothing is
    marked sent); the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = session.scalars(
        select(OutgoingMail)
        .where(OutgoingMail.status.in_((MailStatus.QUEUED, MailStatus.FAILED)))
        .order_by(OutgoingMail.created_at, OutgoingMail.recipient)
    ).all()
    written = []
    for number, row in enumerate(rows, 1):
        path = folder / f"{number:04d}-{row.kind.value}-{safe_stem(row.recipient, 'mail')}.eml"
        write_bytes(path, row.raw)
        written.append(path)
    return written


__all__ = ["BACKOFF_MINUTES", "SendReport", "backoff", "send_due", "write_dry_run"]
