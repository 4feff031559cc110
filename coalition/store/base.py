"""Declarative base and the column types every table shares."""

from __future__ import annotations

import datetime as dt
import enum
import os
import time
import unicodedata
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, Enum, MetaData, String, Table, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from coalition.common import clock
from coalition.common.i18n import QT_TRANSLATE_NOOP

# Stable constraint names, so that Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A new record's key: a UUID (version 7, RFC 9562) as text.

    Its first 48 bits are the time in milliseconds and 74 of the rest are random, so
    rows made on two laptops never collide, and keys made one after another sit side by
    side in every index: a 200,000-row import writes its indexes' pages in order instead
    of all over the file.  Made without :mod:`uuid`'s object: an import makes millions.
    """
    b = bytearray((time.time_ns() // 1_000_000).to_bytes(6, "big") + os.urandom(10))
    b[6] = (b[6] & 0x0F) | 0x70  # version 7
    b[8] = (b[8] & 0x3F) | 0x80  # the RFC 9562 variant
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sort_key(text: str) -> str:
    """The key names sort by: accents and case folded, so 'Élise' sorts with 'elise'.

    SQLite's lower() folds ASCII only; this key is computed here and stored, so the
    database can sort and index it without any function of ours.
    """
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def utcnow() -> dt.datetime:
    return clock.now()


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant, stored as naive UTC and always returned timezone-aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Records", "naive datetime given where an instant (with a time zone) is needed"
                )
            )
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def str_enum(cls: type[enum.Enum]) -> Enum:
    """Store an enum by its value as plain text (portable across SQLite and PostgreSQL)."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    if TYPE_CHECKING:
        # Every model is mapped to a table (none to a join or a select), so Core's insert,
        # update and delete take ``Model.__table__`` as the Table it is.  Declared for the
        # type checker only: the mapping itself sets the attribute.
        __table__: ClassVar[Table]


# A record's visibility: read by every member organization, or by its owner alone.
SHARED = "shared"
PRIVATE = "private"
VISIBILITIES = (SHARED, PRIVATE)


class Entity(Base):
    """Every record: a UUID key and the instants it was made and last changed."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # The member organization that answers for the record (None: the coalition's own,
    # which its coordinators keep), and who may read it: the whole coalition
    # (``shared``) or that organization alone (``private``).  The server enforces both.
    owner_org_id: Mapped[str | None] = mapped_column(String(36))
    visibility: Mapped[str] = mapped_column(String(8), default=SHARED, server_default=SHARED)

    def __init__(self, **kwargs: Any) -> None:
        # The key exists from the moment the object does, not only after a flush, so a
        # service can hand a new record's id to another service in the same transaction.
        kwargs.setdefault("id", new_id())
        # Likewise the plain defaults (a status, a counter): a service reads them before
        # any flush.
        for attr in self.__mapper__.column_attrs:
            default = attr.columns[0].default
            if attr.key not in kwargs and default is not None and default.is_scalar:
                kwargs[attr.key] = default.arg
        super().__init__(**kwargs)
