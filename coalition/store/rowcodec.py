"""A row as the audit trail and the sync outbox store it (JSON values), and back.

Enums by value, dates and times in ISO 8601; decoding follows each column's type, and
drops the columns this version does not have (a row written by a newer one).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Column, Date, DateTime, Enum, Time
from sqlalchemy.types import TypeDecorator

from coalition.store.base import Base


def columns(table: str) -> dict[str, Column[Any]]:
    return {c.name: c for c in Base.metadata.tables[table].columns}


def encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return value


def encode_row(row: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return None if row is None else {k: encode(v) for k, v in row.items()}


def parse_instant(value: str) -> dt.datetime:
    """An instant stored as ISO 8601 text; one without an offset is in UTC."""
    instant = dt.datetime.fromisoformat(value)
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=dt.UTC)


def _decoder(column: Column[Any]) -> Any:
    """How a stored value of ``column`` becomes a Python value again (None: as it is)."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class
    if isinstance(kind, DateTime):
        return parse_instant
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Time):
        return dt.time.fromisoformat
    return None


_DECODERS: dict[str, dict[str, Any]] = {}


def decode_row(table: str, row: dict[str, Any] | None) -> dict[str, Any] | None:
    """A stored row back in Python values; columns this version doesn't have are dropped."""
    if row is None:
        return None
    decoders = _DECODERS.get(table)
    if decoders is None:
        decoders = _DECODERS[table] = {name: _decoder(c) for name, c in columns(table).items()}
    out = {}
    for key, value in row.items():
        if key not in decoders:
            continue
        convert = decoders[key]
        out[key] = convert(value) if convert is not None and value is not None else value
    return out
