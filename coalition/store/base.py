"""Declarative base and the column types every table shares."""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
import uuid
from typing import Any

from sqlalchemy import DateTime, Enum, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so that Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A random UUID as text: rows made on two laptops never collide."""
    return str(uuid.uuid4())


def sort_key(text: str) -> str:
    """The key names sort by: accents and case folded, so 'Élise' sorts with 'elise'.

    SQLite's lower() folds ASCII only; this key is computed here and stored, so the
    database can sort and index it without any function of ours.
    """
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant, stored as naive UTC and always returned timezone-aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an instant (with a time zone) is needed")
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


class Entity(Base):
    """Every record: a UUID key and the instants it was made and last changed."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

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
