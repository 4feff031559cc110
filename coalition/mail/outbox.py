"""The outbox: what waits to be sent, what went and what failed, on this laptop only.

:func:`queue_due` adds what has become due (:mod:`coalition.mail.due`); each kind of a
series' mail (its invitations, its agenda, its minutes; the digest) is previewed by the
organizer before its first send: until then it waits in the outbox, and
:func:`previews_needed` says which.  A message can be cancelled while it waits, or sent
again; sent messages are forgotten after the account's ``keep_days`` (but for the last
invitation each person got, which says what they were sent).
"""

from __future__ import annotations

import datetime as dt
import email
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common import clock
from coalition.common.errors import CoalitionError, NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.mail.account import MailError, get_account
from coalition.mail.due import CALENDAR_KINDS, queue_all, series_settings
from coalition.store.changes import writes
from coalition.store.models import (
    CallOccurrence,
    CallSeries,
    MailKind,
    MailStatus,
    OutgoingMail,
    SeriesMail,
    SyncState,
)

# The kinds the organizer previews, and the outbox kinds each covers.
PREVIEW_KINDS = ("invitation", "agenda", "minutes", "digest")
# Where this laptop notes that the digest was previewed (it belongs to no series).
_DIGEST_PREVIEWED = "mail-previewed:digest"


def preview_kind(kind: MailKind) -> str | None:
    """The kind of preview a message needs ("invitation" for all calendar mail), or None."""
    if kind in CALENDAR_KINDS:
        return "invitation"
    if kind in (MailKind.AGENDA, MailKind.MINUTES, MailKind.DIGEST):
        return kind.value
    return None


@dataclass(frozen=True)
class PreviewMessage:
    recipient: str
    subject: str
    text: str
    html: str


@dataclass(frozen=True)
class PreviewNeed:
    series_id: str | None  # None: the digest
    series_title: str
    kind: str
    samples: list[PreviewMessage]
    waiting: int = 0  # messages held until it is previewed

    def sentence(self) -> str:
        """'agenda of 'Coalition weekly call' (3 messages)'."""
        what = f"{self.kind} of '{self.series_title}'" if self.series_id else "weekly digest"
        return f"{what} ({self.waiting} message{'' if self.waiting == 1 else 's'})"


@dataclass
class QueueReport:
    counts: dict[str, int] = field(default_factory=dict)  # MailKind value -> messages added
    skipped: list[str] = field(default_factory=list)  # sentences: who was left out, why
    previews: list[PreviewNeed] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def queue_due(session: Session, now: dt.datetime | None = None) -> QueueReport:
    """Queue everything that has become due (none twice); what was added, who was left
    out for want of an address, and which kinds wait for a preview."""
    account = get_account(session)
    if account is None:
        raise MailError(
            QT_TRANSLATE_NOOP(
                "Mail", "mail is not set up yet: give the account first (coalition mail-setup)"
            )
        )
    queued = queue_all(session, account, now or clock.now())
    return QueueReport(queued.counts, queued.skipped, previews_needed(session))


def _previewed_kinds(row: SeriesMail) -> set[str]:
    return {k for k in (row.previewed or "").split(",") if k}


def previewed(session: Session) -> set[tuple[str | None, str]]:
    """The (series, kind) pairs previewed already; (None, "digest") for the digest."""
    done: set[tuple[str | None, str]] = {
        (row.series_id, kind)
        for row in session.scalars(select(SeriesMail))
        for kind in _previewed_kinds(row)
    }
    if session.get(SyncState, _DIGEST_PREVIEWED) is not None:
        done.add((None, "digest"))
    return done


def held(session: Session, row: OutgoingMail, done: set[tuple[str | None, str]]) -> bool:
    """Whether the message waits for its kind to be previewed."""
    kind = preview_kind(row.kind)
    if kind is None:
        return False
    return (None if kind == "digest" else row.series_id, kind) not in done


def _as_preview(row: OutgoingMail) -> PreviewMessage:
    message = email.message_from_bytes(row.raw, policy=default)
    assert isinstance(message, EmailMessage)
    texts: list[str] = []
    for kind in ("plain", "html"):
        part = message.get_body(preferencelist=(kind,))
        texts.append(str(part.get_content()) if part is not None else "")
    return PreviewMessage(row.recipient, row.subject, texts[0], texts[1])


def _waiting(session: Session) -> list[OutgoingMail]:
    return list(
        session.scalars(
            select(OutgoingMail)
            .where(OutgoingMail.status.in_((MailStatus.QUEUED, MailStatus.FAILED)))
            .order_by(OutgoingMail.created_at, OutgoingMail.recipient)
        )
    )


def previews_needed(session: Session, *, samples: int = 3) -> list[PreviewNeed]:
    """Each (series, kind) with messages waiting for their first preview, with a few of
    them as they will be sent."""
    done = previewed(session)
    groups: dict[tuple[str | None, str], list[OutgoingMail]] = {}
    for row in _waiting(session):
        if held(session, row, done):
            kind = preview_kind(row.kind)
            assert kind is not None
            groups.setdefault((None if kind == "digest" else row.series_id, kind), []).append(row)
    titles = {s.id: s.title for s in session.scalars(select(CallSeries))}
    return [
        PreviewNeed(
            series_id,
            titles.get(series_id, "") if series_id else "Weekly digest",
            kind,
            [_as_preview(r) for r in rows[:samples]],
            len(rows),
        )
        for (series_id, kind), rows in groups.items()
    ]


def preview(session: Session, series_id: str | None, kind: str) -> list[PreviewMessage]:
    """The waiting messages of one series and kind (``series_id`` None: the digest), as
    they will be sent."""
    if kind not in PREVIEW_KINDS:
        raise ValidationError(
            {"kind": QT_TRANSLATE_NOOP("Mail", "there is no preview of {kind!r}").format(kind=kind)}
        )
    return [
        _as_preview(row)
        for row in _waiting(session)
        if preview_kind(row.kind) == kind and (kind == "digest" or row.series_id == series_id)
    ]


@writes(QT_TRANSLATE_NOOP("Changes", "Preview mail"))
def mark_previewed(session: Session, series_id: str | None, kind: str) -> None:
    """Note that the organizer saw this kind of the series' mail: it goes from now on."""
    if kind not in PREVIEW_KINDS:
        raise ValidationError(
            {"kind": QT_TRANSLATE_NOOP("Mail", "there is no preview of {kind!r}").format(kind=kind)}
        )
    if kind == "digest":
        if session.get(SyncState, _DIGEST_PREVIEWED) is None:
            session.add(SyncState(key=_DIGEST_PREVIEWED, value=clock.now().isoformat()))
        return
    if series_id is None:
        raise ValidationError(
            {
                "series_id": QT_TRANSLATE_NOOP(
                    "Mail", "a preview of {kind} is of one call series"
                ).format(kind=kind)
            }
        )
    row = _stored_settings(session, series_id)
    kinds = _previewed_kinds(row) | {kind}
    row.previewed = ",".join(k for k in PREVIEW_KINDS if k in kinds)


def _stored_settings(session: Session, series_id: str) -> SeriesMail:
    calls.get_series(session, series_id)
    row = session.scalar(select(SeriesMail).where(SeriesMail.series_id == series_id))
    if row is None:
        row = SeriesMail(series_id=series_id)
        session.add(row)
    return row


def series_mail(session: Session, series_id: str) -> SeriesMail:
    """What the series sends and when (the defaults, not stored, when it has no row)."""
    return series_settings(session, series_id)


_SETTINGS = ("invitations", "agenda", "agenda_days_before", "agenda_at", "minutes")


@writes(QT_TRANSLATE_NOOP("Changes", "Change what a call series sends"))
def save_series_mail(session: Session, series_id: str, **fields: object) -> SeriesMail:
    """Change the series' mail settings (invitations, agenda, agenda_days_before,
    agenda_at "HH:MM", minutes)."""
    unknown = sorted(set(fields) - set(_SETTINGS))
    if unknown:
        raise ValidationError(
            {
                unknown[0]: QT_TRANSLATE_NOOP(
                    "Mail", "a call series has no mail setting {unknown!r}"
                ).format(unknown=unknown[0])
            }
        )
    problems: dict[str, str] = {}
    if "agenda_days_before" in fields:
        days = fields["agenda_days_before"]
        if not isinstance(days, int) or not 0 <= days <= 14:
            problems["agenda_days_before"] = QT_TRANSLATE_NOOP(
                "Mail", "the agenda goes 0 to 14 days before the call"
            )
    if "agenda_at" in fields:
        try:
            fields["agenda_at"] = calls.read_wall_time(str(fields["agenda_at"])).strftime("%H:%M")
        except (ValueError, CoalitionError):
            problems["agenda_at"] = QT_TRANSLATE_NOOP(
                "Mail", "'{fields}' is not a time of day such as 10:00"
            ).format(fields=fields["agenda_at"])
    if problems:
        raise ValidationError(problems)
    row = _stored_settings(session, series_id)
    for name, value in fields.items():
        setattr(row, name, bool(value) if name in ("invitations", "agenda", "minutes") else value)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Mark minutes final"))
def mark_minutes_final(session: Session, occurrence_id: str) -> None:
    """The minutes are final: they go to the participants (when the series sends them)."""
    row = session.get(CallOccurrence, occurrence_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Mail", "that call no longer exists"))
    if row.minutes_final_at is None:
        row.minutes_final_at = clock.now()


def outbox(session: Session, status: str | None = None) -> list[OutgoingMail]:
    """The outbox, newest first (or the messages of one status)."""
    query = select(OutgoingMail).order_by(OutgoingMail.created_at.desc(), OutgoingMail.recipient)
    if status is not None:
        query = query.where(OutgoingMail.status == MailStatus(status))
    return list(session.scalars(query))


def _mail(session: Session, mail_id: str) -> OutgoingMail:
    row = session.get(OutgoingMail, mail_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Mail", "that message is no longer in the outbox"))
    return row


def cancel_mail(session: Session, mail_id: str) -> None:
    """Take a waiting message out of the outbox: it is not sent."""
    row = _mail(session, mail_id)
    if row.status == MailStatus.SENT:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Mail", "the message to {recipient} was sent already").format(
                recipient=row.recipient
            )
        )
    row.status = MailStatus.CANCELLED
    row.next_attempt_at = None
    session.commit()


def resend_mail(session: Session, mail_id: str) -> None:
    """Send the message (the same bytes) again at the next send, at once."""
    row = _mail(session, mail_id)
    row.status = MailStatus.QUEUED
    row.next_attempt_at = None
    row.last_error = ""
    session.commit()


def _kept_invitations(session: Session) -> set[str]:
    """The last invitation each person got of each series: kept, as it says what they
    were sent (an invitation forgotten would be sent again)."""
    latest = (
        select(
            func.max(OutgoingMail.created_at).label("at"),
            OutgoingMail.series_id,
            OutgoingMail.recipient,
        )
        .where(OutgoingMail.kind.in_(CALENDAR_KINDS), OutgoingMail.occurrence_id.is_(None))
        .group_by(OutgoingMail.series_id, OutgoingMail.recipient)
        .subquery()
    )
    return set(
        session.scalars(
            select(OutgoingMail.id).join(
                latest,
                (OutgoingMail.series_id == latest.c.series_id)
                & (OutgoingMail.recipient == latest.c.recipient)
                & (OutgoingMail.created_at == latest.c.at),
            )
        )
    )


def prune(session: Session, now: dt.datetime | None = None) -> int:
    """Forget the messages sent (or cancelled, or refused) more than ``keep_days`` ago;
    how many were forgotten."""
    account = get_account(session)
    days = account.keep_days if account is not None else 90
    before = (now or clock.now()) - dt.timedelta(days=days)
    kept = _kept_invitations(session)
    old = [
        row.id
        for row in session.scalars(
            select(OutgoingMail).where(
                OutgoingMail.status.in_(
                    (MailStatus.SENT, MailStatus.CANCELLED, MailStatus.REFUSED)
                ),
                func.coalesce(OutgoingMail.sent_at, OutgoingMail.created_at) < before,
            )
        )
        if row.id not in kept
    ]
    for chunk in _chunks(old, 500):
        session.execute(delete(OutgoingMail).where(OutgoingMail.id.in_(chunk)))
    session.commit()
    return len(old)


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


__all__ = [
    "PREVIEW_KINDS",
    "PreviewMessage",
    "PreviewNeed",
    "QueueReport",
    "cancel_mail",
    "mark_minutes_final",
    "mark_previewed",
    "outbox",
    "preview",
    "previews_needed",
    "prune",
    "queue_due",
    "resend_mail",
    "save_series_mail",
    "series_mail",
]
