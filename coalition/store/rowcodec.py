"""A row as the audit trail and the sync outbox store it (JSON values), and back.

Enums by value, dates and times in ISO 8601; decoding follows each column's type, and
drops the columns this version does not have (a row written by a newer one).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import json.encoder
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from sqlalchemy import Column, Date, DateTime, Enum, Time
from sqlalchemy.types import TypeDecorator

from coalition.store.base import Base

# The C encoder behind json.dumps (None where the interpreter has none).
_c_make_encoder: Any = getattr(json.encoder, "c_make_encoder", None)


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


def _json_default(value: Any) -> Any:
    converted = encode(value)
    if converted is value:
        raise TypeError(f"{type(value).__name__} is not JSON serializable")
    return converted


def json_text_encoder() -> Callable[[Mapping[str, Any]], str]:
    """A row's values as the JSON text the audit trail and the outbox store on SQLite:
    what ``json.dumps`` makes of :func:`encode_row`, without the dict of converted values.

    The rows of one write share their instants (made, changed: the same object in every
    row), so each is converted once, not once a row.  By identity, not equality: two
    equal instants in two time zones are written as each was given.
    """
    converted: dict[int, tuple[Any, Any]] = {}

    def default(value: Any) -> Any:
        known = converted.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        result = _json_default(value)
        if len(converted) < 64:  # the object is held, so its id stays its own
            converted[id(value)] = (value, result)
        return result

    encoder = json.JSONEncoder(default=default)
    if _c_make_encoder is None:
        encode_text = encoder.encode
        return lambda values: encode_text(values if type(values) is dict else dict(values.items()))
    # What ``encoder.encode`` runs for a dict, made once rather than for every row (an
    # import encodes four rows a person): the same C encoder, so the same text.  No
    # check for circular values: a row's values are plain, and the check's bookkeeping
    # would outlive a row that failed to encode.
    chunks = _c_make_encoder(
        None, default, json.encoder.encode_basestring_ascii, None,
        encoder.key_separator, encoder.item_separator, False, False, True,
    )  # fmt: skip
    join = "".join
    return lambda values: join(chunks(values if type(values) is dict else dict(values.items()), 0))


def parse_instant(value: str) -> dt.datetime:
    """An instant stored as ISO 8601 text; one without an offset is in UTC."""
    instant = dt.datetime.fromisoformat(value)
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=dt.UTC)


_INSTANTS: dict[str, dt.datetime] = {}


def _read_instant(value: str) -> dt.datetime:
    """:func:`parse_instant`, remembering the last few hundred: the rows of one change
    share their instants (made, changed), and one object for all of them is converted
    once on its way into the database (see coalition.store.fastinsert), not once a row."""
    instant = _INSTANTS.get(value)
    if instant is None:
        if len(_INSTANTS) >= 512:
            _INSTANTS.clear()
        instant = _INSTANTS[value] = parse_instant(value)
    return instant


def _decoder(column: Column[Any]) -> Any:
    """How a stored value of ``column`` becomes a Python value again (None: as it is)."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class
    if isinstance(kind, DateTime):
        return _read_instant
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


class PackedRow(Mapping[str, Any]):
    """A recorded row as its values alone, read like the dict of column -> value it stands for.

    An import records hundreds of thousands of new rows, all of one few tables: a dict
    per row, each holding its own copy of the column names, took most of its memory.
    These share one tuple of names per table.
    """

    __slots__ = ("_keys", "_values")

    def __init__(self, keys: tuple[str, ...], values: tuple[Any, ...]) -> None:
        self._keys = keys
        self._values = values

    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[self._keys.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self._values[self._keys.index(key)]
        except ValueError:
            return default

    def items(self) -> Any:
        return zip(self._keys, self._values, strict=True)

    def __repr__(self) -> str:
        return repr(dict(self.items()))
