"""The store's own records: coalition-wide settings, the audit trail, and the sync
bookkeeping (the outbox, the server's log, conflicts, private records, this laptop's state).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from coalition.store.base import Base, UTCDateTime, new_id, utcnow


class Setting(Base):
    """A coalition-wide setting (its name, the number of states it aims for...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeLog(Base):
    """The audit trail: one row per inserted, updated or deleted record, with who, where, when.

    ``before`` and ``after`` hold the changed columns as JSON.  Written by the change
    recorder in the same transaction as the change itself, so it can never disagree
    with the data.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_row", "table_name", "row_id"),
        # The deletions, by table: how History finds a record's parts that are gone.
        Index(
            "ix_change_log_deleted",
            "table_name",
            sqlite_where=text("action = 'delete'"),
            postgresql_where=text("action = 'delete'"),
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    transaction_id: Mapped[str] = mapped_column(String(36), index=True)
    actor: Mapped[str] = mapped_column(String(120), default="")
    # The member organization the actor acted for (its name as it was then).
    actor_org: Mapped[str] = mapped_column(String(200), default="", server_default="")
    device: Mapped[str] = mapped_column(String(120), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))
    summary: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# --- sync ------------------------------------------------------------------------------
# Bookkeeping of the coalition server: never itself sent anywhere.


class _ChangeColumns:
    """Who changed which record, when, on which laptop: the outbox and the log alike."""

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    origin: Mapped[str] = mapped_column(String(36), default="")
    transaction_id: Mapped[str] = mapped_column(String(36), default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(120), default="")
    # The member organization the actor acted for; on the server, stamped from the
    # database role that sent the change (see coalition.sync.walls).
    actor_org: Mapped[str] = mapped_column(String(200), default="", server_default="")
    device: Mapped[str] = mapped_column(String(120), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    row: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncOutbox(_ChangeColumns, Base):
    """A change made on this laptop (or brought by a bundle), waiting to be sent.

    One row per changed record, written in the same transaction as the change: ``fields``
    are the columns it changed, ``base`` their values before (the whole row for a
    delete), ``row`` the whole record after (None for a delete).  Kept after sending
    (``sent``) so that a bundle can carry the changes since a date.
    """

    __tablename__ = "sync_outbox"

    base: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    sent: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class SyncLog(_ChangeColumns, Base):
    """On the server: every change as merged, in the order laptops should apply it.

    ``row`` is the record as the server holds it after the change (None: deleted), so a
    laptop that applies the entries in ``seq`` order ends with what the server has.
    """

    __tablename__ = "sync_log"
    __table_args__ = (Index("ix_sync_log_row", "table_name", "row_id"),)

    # A new record taken exactly as its laptop sent it: that laptop need not read it back.
    verbatim: Mapped[bool] = mapped_column(Boolean, default=False)
    # Whose record the entry holds and whether it is shared: the server shows a laptop
    # only the entries of records its role may read (see coalition.sync.walls).
    owner_org_id: Mapped[str | None] = mapped_column(String(36))
    visibility: Mapped[str] = mapped_column(String(8), default="shared", server_default="shared")


class SyncConflict(Base):
    """Two organizers changed the same thing: what each did, who won, and whether someone
    has looked at it.  ``kind``: ``field`` (same field), ``edit_delete`` (one edited,
    the other deleted), ``refused`` (the server could not take a change at all)."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin: Mapped[str] = mapped_column(String(36), default="", index=True)
    delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    found_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    record: Mapped[str] = mapped_column(String(200), default="")
    field: Mapped[str] = mapped_column(String(64), default="")
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    my_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    my_actor: Mapped[str] = mapped_column(String(120), default="")
    my_device: Mapped[str] = mapped_column(String(120), default="")
    their_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    their_actor: Mapped[str] = mapped_column(String(120), default="")
    their_device: Mapped[str] = mapped_column(String(120), default="")
    kept: Mapped[str] = mapped_column(String(8))
    detail: Mapped[str] = mapped_column(Text, default="")
    rows: Mapped[list[Any] | None] = mapped_column(JSON)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str] = mapped_column(String(16), default="")
    # On the server: the database role whose push found it (stamped by the server), the
    # only one, with the coordinators, that reads it.
    server_role: Mapped[str] = mapped_column(String(63), default="", server_default="")


class SyncPrivate(Base):
    """A record kept on this laptop only: never sent to the server or in a bundle."""

    __tablename__ = "sync_private"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class SyncState(Base):
    """This laptop's sync bookkeeping (its replica id, how far it has read the server)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Profile(Base):
    """Who uses Coalition on this laptop: a name, an e-mail address, the member
    organization they act for and their role in it.  Several may share a laptop (an
    event's); one at a time is ``active``.  Kept here only: never synced."""

    __tablename__ = "profile"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(320), default="")
    organization_id: Mapped[str | None] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(16), default="member")
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class CalendarOutlet(Base):
    """Where this laptop keeps the call schedule published: a CalDAV calendar
    (``kind`` "caldav": its URL and user; the password is in the keyring) or a
    subscription feed (``kind`` "feed": a file's path).  Kept here only: never synced."""

    __tablename__ = "calendar_outlet"

    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    location: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(String(200), default="")
    # The whole feed's digest (without DTSTAMP), so an unchanged schedule is not rewritten.
    digest: Mapped[str] = mapped_column(String(64), default="")
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str] = mapped_column(Text, default="")


class PublishedEvent(Base):
    """One event as last published to the CalDAV calendar: the digest of the resource put
    (without DTSTAMP), so that only what changed is put again, and where it was put, so
    that an event gone from the schedule is deleted there.  Kept here only."""

    __tablename__ = "published_event"

    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    href: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))
