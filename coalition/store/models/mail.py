"""E-mail: the organizer's own mail account, the outbox of what this laptop sends, what
came back, and the answers people gave to the call invitations.

The account, the outbox and the inbox are this laptop's own (never synced: the organizer
sends through their own SMTP server, and a message is sent once, from here).  An answer
to an invitation (:class:`Rsvp`) is the coalition's: every organizer sees who is coming.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.store.base import Base, Entity, UTCDateTime, new_id, str_enum, utcnow
from coalition.store.models.calls import CallOccurrence, CallSeries
from coalition.store.models.directory import Person


class MailAccount(Base):
    """How this laptop sends and reads mail: one row (``id`` "default").  The password
    is in the keyring (or, with no keyring, sealed under the database's own key), never
    here."""

    __tablename__ = "mail_account"

    id: Mapped[str] = mapped_column(String(16), primary_key=True, default="default")
    smtp_host: Mapped[str] = mapped_column(String(255), default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(16), default="starttls")  # starttls|tls|none
    from_address: Mapped[str] = mapped_column(String(320), default="")
    from_name: Mapped[str] = mapped_column(String(200), default="")
    username: Mapped[str] = mapped_column(String(320), default="")
    imap_host: Mapped[str] = mapped_column(String(255), default="")
    imap_port: Mapped[int] = mapped_column(Integer, default=993)
    imap_security: Mapped[str] = mapped_column(String(16), default="tls")
    # Mail sent by this laptop on its own (agendas before calls, minutes, digests).
    automatic: Mapped[bool] = mapped_column(Boolean, default=True)
    send_digest: Mapped[bool] = mapped_column(Boolean, default=False)
    # Sent messages are forgotten after this many days.
    keep_days: Mapped[int] = mapped_column(Integer, default=90)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class MailStatus(enum.StrEnum):
    QUEUED = "queued"  # waits to be sent (now, or at next_attempt_at)
    SENT = "sent"
    FAILED = "failed"  # tried; will be tried again at next_attempt_at unless given up
    REFUSED = "refused"  # the server refused the recipient: not tried again
    CANCELLED = "cancelled"  # taken out of the outbox by the organizer


class MailKind(enum.StrEnum):
    INVITATION = "invitation"  # METHOD:REQUEST, the whole series (or a one-off call)
    UPDATE = "update"  # METHOD:REQUEST with a raised SEQUENCE
    CANCELLATION = "cancellation"  # METHOD:CANCEL: a week, a series, or a removed participant
    AGENDA = "agenda"
    MINUTES = "minutes"
    DIGEST = "digest"  # a person's own open action items, weekly
    DECLARATION = "declaration"
    TEST = "test"
    SHIFT_REMINDER = "shift_reminder"  # a volunteer's shift at an event, the day before


class OutgoingMail(Base):
    """One message to one recipient, as it will be (or was) sent: the whole MIME message
    in ``raw``, built once, so that a retry sends the very same bytes with the same
    Message-ID.  ``dedupe_key`` says what it is for ("invitation:<uid>:<address>:<seq>"):
    a second queueing of the same thing adds nothing."""

    __tablename__ = "outgoing_mail"
    __table_args__ = (Index("ix_outgoing_mail_due", "status", "next_attempt_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[MailKind] = mapped_column(str_enum(MailKind))
    dedupe_key: Mapped[str] = mapped_column(String(400), unique=True)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    recipient: Mapped[str] = mapped_column(String(320))
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    series_id: Mapped[str | None] = mapped_column(String(36), index=True)
    occurrence_id: Mapped[str | None] = mapped_column(String(36), index=True)
    person_id: Mapped[str | None] = mapped_column(String(36))
    status: Mapped[MailStatus] = mapped_column(str_enum(MailStatus), default=MailStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class IncomingMail(Base):
    """A message read for replies (from the mailbox over IMAP, or a file dropped on the
    window), kept so that it is read once and so that what was not applied is listed:
    ``outcome`` "applied", "counter" (shown, not applied), "unknown sender", "ignored"
    (with the reason in ``note``)."""

    __tablename__ = "incoming_mail"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    sender: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(16), default="imap")  # imap|file
    outcome: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    rsvp_id: Mapped[str | None] = mapped_column(String(36))


class Partstat(enum.StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    NEEDS_ACTION = "needs_action"

    @property
    def label(self) -> str:
        return shown(
            {
                "accepted": QT_TRANSLATE_NOOP("Partstat", "Accepted"),
                "declined": QT_TRANSLATE_NOOP("Partstat", "Declined"),
                "tentative": QT_TRANSLATE_NOOP("Partstat", "Tentative"),
                "needs_action": QT_TRANSLATE_NOOP("Partstat", "Not answered"),
            }[self.value]
        )


class Rsvp(Entity):
    """What a person answered to a call's invitation: for one week (``occurrence_id``)
    or for the whole series (None), the latest answer standing.  A COUNTER (another time
    proposed) is kept in ``counter`` and shown, never applied."""

    __tablename__ = "rsvp"
    __table_args__ = (Index("ix_rsvp_series_person", "series_id", "person_id"),)

    series_id: Mapped[str | None] = mapped_column(ForeignKey("call_series.id"), index=True)
    occurrence_id: Mapped[str | None] = mapped_column(ForeignKey("call_occurrence.id"), index=True)
    # The week the answer is about, as the invitation's RECURRENCE-ID gave it (a week not
    # prepared yet has no occurrence row).
    original_date: Mapped[dt.date | None] = mapped_column(Date)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    attendee: Mapped[str] = mapped_column(String(320))
    partstat: Mapped[Partstat] = mapped_column(str_enum(Partstat))
    comment: Mapped[str] = mapped_column(Text, default="")
    counter: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    reply_message_id: Mapped[str] = mapped_column(String(255), default="")

    series: Mapped[CallSeries | None] = relationship(back_populates="rsvps")
    occurrence: Mapped[CallOccurrence | None] = relationship(back_populates="rsvps")
    person: Mapped[Person | None] = relationship()


class SeriesMail(Entity):
    """What a call series sends, and when: its invitations, its agenda (a lead time
    before each call, in the series' zone), its minutes (when marked final).  One row per
    series; none means the defaults (everything on, the agenda the day before at 10:00)."""

    __tablename__ = "series_mail"

    series_id: Mapped[str] = mapped_column(ForeignKey("call_series.id"), unique=True)
    invitations: Mapped[bool] = mapped_column(Boolean, default=True)
    agenda: Mapped[bool] = mapped_column(Boolean, default=True)
    agenda_days_before: Mapped[int] = mapped_column(Integer, default=1)
    agenda_at: Mapped[str] = mapped_column(String(5), default="10:00")  # HH:MM, series' zone
    minutes: Mapped[bool] = mapped_column(Boolean, default=True)
    # Each kind is previewed by the organizer before its first send.
    previewed: Mapped[str] = mapped_column(String(200), default="")  # kinds, comma-separated

    series: Mapped[CallSeries] = relationship(back_populates="mail_settings")
