"""Events at the table: the event itself, its hosts, volunteer shifts and who takes them,
the people who sign up there and the consents they give, one organization at a time.

An event keeps the wall-clock time and IANA zone it was given (like a call series), so
that "Saturday 10:00 in Fresno" stays 10:00 Pacific; ``starts_at`` is the same instant in
UTC, kept for sorting and "what is next".  Shifts' times are wall-clock in the event's
zone.

A :class:`SignUp` is what one person gave at one event (the form as they filled it in),
linked to the :class:`Person` it created or matched.  A :class:`Consent` is one
organization's permission to contact a person, with the date and the exact wording shown:
signing up with one group is never consent for another.  Petition signatures are never
people (see :mod:`.goals`).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coalition.store.base import Entity, UTCDateTime, str_enum
from coalition.store.models.directory import Organization, Person
from coalition.store.models.endorsements import Campaign


class EventStatus(enum.StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"


class HostRole(enum.StrEnum):
    """An organization's part in an event: it runs it, or it takes part."""

    HOST = "host"
    PARTNER = "partner"


class SignUpMatch(enum.StrEnum):
    """How a sign-up found its person: a new record, or an existing one by what matched."""

    NEW = "new"
    EMAIL = "email"
    PHONE = "phone"
    NAME_ZIP = "name_zip"


class SignUpSource(enum.StrEnum):
    KIOSK = "kiosk"  # typed by the person at the table
    CSV = "csv"  # a paper sheet typed into a spreadsheet
    HAND = "hand"  # entered by an organizer


class Event(Entity):
    """A convention, a county fair, a campus table, a rally."""

    __tablename__ = "event"
    __table_args__ = (CheckConstraint("ends_local >= starts_local", name="ends_after_start"),)

    name: Mapped[str] = mapped_column(String(200))
    starts_local: Mapped[dt.datetime] = mapped_column(DateTime)  # wall clock in time_zone
    ends_local: Mapped[dt.datetime] = mapped_column(DateTime)
    time_zone: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)  # the same, UTC
    place: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(2), default="", index=True)
    county: Mapped[str] = mapped_column(String(80), default="")
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The event's own questions on the sign-up form: [{"key": "volunteer", "label": "…"}].
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    status: Mapped[EventStatus] = mapped_column(str_enum(EventStatus), default=EventStatus.ACTIVE)
    uid: Mapped[str] = mapped_column(String(255), default="")  # stable calendar UID
    sequence: Mapped[int] = mapped_column(Integer, default=0)

    campaign: Mapped[Campaign | None] = relationship()
    hosts: Mapped[list[EventHost]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )
    shifts: Mapped[list[Shift]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Shift.starts_local"
    )


class EventHost(Entity):
    """An organization hosting or partnering in an event."""

    __tablename__ = "event_host"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    role: Mapped[HostRole] = mapped_column(str_enum(HostRole), default=HostRole.HOST)

    event: Mapped[Event] = relationship(back_populates="hosts")
    organization: Mapped[Organization] = relationship()


class Shift(Entity):
    """A stretch of an event that needs ``slots`` volunteers."""

    __tablename__ = "shift"
    __table_args__ = (
        CheckConstraint("slots >= 0", name="slots_not_negative"),
        CheckConstraint("ends_local >= starts_local", name="ends_after_start"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")  # "Table", "Set-up"
    starts_local: Mapped[dt.datetime] = mapped_column(DateTime)  # in the event's zone
    ends_local: Mapped[dt.datetime] = mapped_column(DateTime)
    slots: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="shifts")
    assignments: Mapped[list[ShiftAssignment]] = relationship(
        back_populates="shift", cascade="all, delete-orphan"
    )


class ShiftAssignment(Entity):
    """A person taking a shift, and when they checked in and out."""

    __tablename__ = "shift_assignment"

    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    checked_out_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    reminded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")

    shift: Mapped[Shift] = relationship(back_populates="assignments")
    person: Mapped[Person] = relationship()


class SignUp(Entity):
    """One person's sign-up at one event, as given (their record is ``person_id``).

    ``match`` says how the person was found (``new`` when the sign-up made the record);
    an organizer reviews matches later (``reviewed_at``), never the next signer.
    ``answers`` holds the event's own questions: {"volunteer": true, "pledge": false}.
    """

    __tablename__ = "sign_up"

    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    county: Mapped[str] = mapped_column(String(80), default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    match: Mapped[SignUpMatch] = mapped_column(str_enum(SignUpMatch), default=SignUpMatch.NEW)
    source: Mapped[SignUpSource] = mapped_column(str_enum(SignUpSource), default=SignUpSource.KIOSK)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    event: Mapped[Event | None] = relationship()
    person: Mapped[Person] = relationship()


class Consent(Entity):
    """One organization's permission to contact a person: when, and the words shown."""

    __tablename__ = "consent"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    given_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    wording: Mapped[str] = mapped_column(Text, default="")
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), index=True)
    sign_up_id: Mapped[str | None] = mapped_column(ForeignKey("sign_up.id"), index=True)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    person: Mapped[Person] = relationship()
    organization: Mapped[Organization] = relationship()
    # Known to the unit of work so that a consent goes in after the event and the sign-up
    # it was given at (an undo that brings all three back).
    event: Mapped[Event | None] = relationship()
    sign_up: Mapped[SignUp | None] = relationship()
