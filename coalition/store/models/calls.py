"""Weekly calls: series and their participants and standing items, single calls with
their agendas, attendance and action items.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.store.base import Entity, UTCDateTime, str_enum
from coalition.store.models.directory import Organization, Person

if TYPE_CHECKING:
    from coalition.store.models.mail import Rsvp, SeriesMail


class CallStatus(enum.StrEnum):
    """A series or a single occurrence: going ahead, or called off."""

    ACTIVE = "active"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return shown(
            {
                "active": QT_TRANSLATE_NOOP("CallStatus", "Active"),
                "cancelled": QT_TRANSLATE_NOOP("CallStatus", "Cancelled"),
            }[self.value]
        )


class ItemStatus(enum.StrEnum):
    """An agenda item's state at the end of its call; open items carry into the next."""

    OPEN = "open"
    DONE = "done"
    CARRIED = "carried"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return shown(
            {
                "open": QT_TRANSLATE_NOOP("ItemStatus", "Open"),
                "done": QT_TRANSLATE_NOOP("ItemStatus", "Done"),
                "carried": QT_TRANSLATE_NOOP("ItemStatus", "Carried over"),
                "dropped": QT_TRANSLATE_NOOP("ItemStatus", "Dropped"),
            }[self.value]
        )


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return shown(
            {
                "open": QT_TRANSLATE_NOOP("ActionStatus", "Open"),
                "done": QT_TRANSLATE_NOOP("ActionStatus", "Done"),
                "dropped": QT_TRANSLATE_NOOP("ActionStatus", "Dropped"),
            }[self.value]
        )


class CallSeries(Entity):
    """A recurring call: its rule, its wall-clock time in an IANA zone, and how to join.

    ``rrule`` holds an RFC 5545 recurrence rule without DTSTART (``FREQ=WEEKLY;BYDAY=TU``);
    the first occurrence is ``start_date`` at ``start_time`` in ``time_zone``, so that a
    17:30 Pacific call stays 17:30 Pacific across daylight saving.  ``sequence`` grows with
    every change that attendees' calendars must hear of; ``uid`` never changes.
    """

    __tablename__ = "call_series"

    title: Mapped[str] = mapped_column(String(200))
    organizer_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    owner_org_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    rrule: Mapped[str] = mapped_column(String(200), default="FREQ=WEEKLY")
    start_date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    time_zone: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    join_url: Mapped[str] = mapped_column(String(500), default="")
    dial_in: Mapped[str] = mapped_column(String(60), default="")
    access_code: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[CallStatus] = mapped_column(str_enum(CallStatus), default=CallStatus.ACTIVE)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    # A series changed "from this date onward" ends where its continuation begins.
    continued_from_id: Mapped[str | None] = mapped_column(ForeignKey("call_series.id"), index=True)

    organizer: Mapped[Person | None] = relationship()
    # Relationships for every foreign key, even unused ones: they tell the unit of work
    # which row to write or delete first (undo replays whole change sets at once).
    owner_org: Mapped[Organization | None] = relationship()
    continued_from: Mapped[CallSeries | None] = relationship(remote_side="CallSeries.id")
    participants: Mapped[list[CallParticipant]] = relationship(
        back_populates="series", cascade="all, delete-orphan"
    )
    standing_items: Mapped[list[StandingItem]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="StandingItem.position"
    )
    occurrences: Mapped[list[CallOccurrence]] = relationship(
        back_populates="series", cascade="all, delete-orphan"
    )
    rsvps: Mapped[list[Rsvp]] = relationship(back_populates="series", cascade="all, delete-orphan")
    mail_settings: Mapped[list[SeriesMail]] = relationship(
        back_populates="series", cascade="all, delete-orphan"
    )


class CallParticipant(Entity):
    """Invited by default to every call of a series: a person, or an organization's
    current representatives (resolved when invitations are made)."""

    __tablename__ = "call_participant"
    __table_args__ = (
        CheckConstraint("(person_id IS NULL) <> (organization_id IS NULL)", name="one_participant"),
    )

    series_id: Mapped[str] = mapped_column(ForeignKey("call_series.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)

    series: Mapped[CallSeries] = relationship(back_populates="participants")
    person: Mapped[Person | None] = relationship()
    organization: Mapped[Organization | None] = relationship()


class StandingItem(Entity):
    """An agenda item every call of the series starts with (the template)."""

    __tablename__ = "standing_item"

    series_id: Mapped[str] = mapped_column(ForeignKey("call_series.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    time_box_minutes: Mapped[int | None] = mapped_column(Integer)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))

    series: Mapped[CallSeries] = relationship(back_populates="standing_items")
    owner: Mapped[Person | None] = relationship()


class CallOccurrence(Entity):
    """One call, of a series or on its own.

    For a series, a row exists only once the call has something of its own (an agenda,
    minutes, a move, a cancellation); the other dates come from the rule.
    ``original_date`` is the date the rule gave it (the iCalendar RECURRENCE-ID); ``start``
    is when it really begins (UTC).  A one-off call has no series and its own title and
    time zone.
    """

    __tablename__ = "call_occurrence"
    __table_args__ = (UniqueConstraint("series_id", "original_date"),)

    series_id: Mapped[str | None] = mapped_column(ForeignKey("call_series.id"), index=True)
    original_date: Mapped[dt.date | None] = mapped_column(Date)
    start: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[CallStatus] = mapped_column(str_enum(CallStatus), default=CallStatus.ACTIVE)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    uid: Mapped[str] = mapped_column(String(200), default="")  # one-off calls only
    location: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")  # e.g. an imported file
    # When the organizer marked the minutes final (they are then sent, where sending is on).
    minutes_final_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    series: Mapped[CallSeries | None] = relationship(back_populates="occurrences")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="occurrence", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="occurrence", cascade="all, delete-orphan"
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="occurrence", cascade="all, delete-orphan"
    )
    rsvps: Mapped[list[Rsvp]] = relationship(
        back_populates="occurrence", cascade="all, delete-orphan"
    )


class AgendaItem(Entity):
    """An item of one call's agenda, with what was said and decided about it."""

    __tablename__ = "agenda_item"

    occurrence_id: Mapped[str] = mapped_column(ForeignKey("call_occurrence.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    time_box_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ItemStatus] = mapped_column(str_enum(ItemStatus), default=ItemStatus.OPEN)
    carried_from_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))

    occurrence: Mapped[CallOccurrence] = relationship(back_populates="agenda")
    owner: Mapped[Person | None] = relationship()
    carried_from: Mapped[AgendaItem | None] = relationship(remote_side="AgendaItem.id")


class Attendance(Entity):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("occurrence_id", "person_id"),)

    occurrence_id: Mapped[str] = mapped_column(ForeignKey("call_occurrence.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    # The state the person spoke for on that call (a representative's state, kept as it was).
    state: Mapped[str] = mapped_column(String(2), default="")

    occurrence: Mapped[CallOccurrence] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()


class ActionItem(Entity):
    """Who owes what, by when: decided on a call, followed until done."""

    __tablename__ = "action_item"

    occurrence_id: Mapped[str | None] = mapped_column(ForeignKey("call_occurrence.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))
    title: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(str_enum(ActionStatus), default=ActionStatus.OPEN)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    occurrence: Mapped[CallOccurrence | None] = relationship(back_populates="action_items")
    owner: Mapped[Person | None] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()
