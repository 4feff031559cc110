"""A change as it travels: read from this laptop's outbox, sent to the server or written
into a bundle (:class:`Op`); and who made the change already there (:class:`When`)."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import Base
from coalition.store.outbox import LOCAL_TABLES
from coalition.store.rowcodec import decode_row, encode, parse_instant

Progress = Callable[[str, int, int], None]  # (stage, done, total)

# The action of a server log entry for a change the server's walls refused: it names
# the change (so it is not sent again) and holds no record (a pull passes it by).
REFUSED = "refused"
# A server's log entry saying a record is no longer to be read by every organization (made
# private, handed to another while private, or a sharing agreement ended): it holds no
# values, and every laptop reads it; one whose organizer may no longer read the record
# drops its copy (see coalition.sync.withdraw).
HIDE = "hide"


_UNREAD: Any = object()  # a value still in the JSON text it was stored as


@functools.lru_cache(maxsize=256)
def _fields_of(text: str) -> tuple[str, ...]:
    """A change's list of fields, read from its JSON text once for the many alike."""
    return tuple(json.loads(text) or ())


def _stored(text: str | None) -> str:
    """The text a value still unread was stored as (there is one while it is unread)."""
    if text is None:
        raise TypeError("a change's value is neither read nor stored")
    return text


class Op:
    """One record's change, as it travels from a laptop to the server or in a bundle.

    Read from the outbox, its values stay the JSON text they were stored as until
    something asks for them: a new record the server takes as it came is never decoded
    here (the server reads its columns out of that text itself).
    """

    __slots__ = (
        "_at",
        "_base",
        "_fields",
        "_row",
        "action",
        "actor",
        "actor_org",
        "at_text",
        "base_json",
        "device",
        "fields_json",
        "op_id",
        "origin",
        "row_id",
        "row_json",
        "seq",
        "table",
        "transaction_id",
    )

    def __init__(
        self,
        op_id: str,
        origin: str,
        transaction_id: str,
        at: dt.datetime | None,
        actor: str,
        device: str,
        table: str,
        row_id: str,
        action: str,
        fields: list[str] | None = None,
        base: dict[str, Any] | None = None,
        row: dict[str, Any] | None = None,
        seq: int = 0,
        *,
        fields_json: str | None = None,
        base_json: str | None = None,
        row_json: str | None = None,
        at_text: str | None = None,
        actor_org: str = "",
    ):
        self.op_id, self.origin, self.transaction_id = op_id, origin, transaction_id
        self.actor_org = actor_org  # the organization the actor acted for
        self._at, self.at_text, self.actor, self.device = at, at_text, actor, device
        self.table, self.row_id, self.action, self.seq = table, row_id, action, seq
        self.fields_json, self.base_json, self.row_json = fields_json, base_json, row_json
        self._fields = list(fields or []) if fields_json is None else _UNREAD
        self._base = base if base_json is None else _UNREAD
        self._row = row if row_json is None else _UNREAD

    @property
    def at(self) -> dt.datetime:
        """When the change was made (``at_text``: as the outbox stores it, naive UTC)."""
        if self._at is None:
            self._at = parse_instant(_stored(self.at_text))
        return self._at

    @at.setter
    def at(self, value: dt.datetime) -> None:
        self._at, self.at_text = value, None

    @property
    def fields(self) -> list[str]:
        if self._fields is _UNREAD:
            self._fields = list(_fields_of(_stored(self.fields_json)))
        return self._fields

    @fields.setter
    def fields(self, value: list[str]) -> None:
        self._fields, self.fields_json = list(value), None

    @property
    def base(self) -> dict[str, Any] | None:
        if self._base is _UNREAD:
            self._base = json.loads(_stored(self.base_json))
        return self._base

    @base.setter
    def base(self, value: dict[str, Any] | None) -> None:
        self._base, self.base_json = value, None

    @property
    def row(self) -> dict[str, Any] | None:
        if self._row is _UNREAD:
            self._row = json.loads(_stored(self.row_json))
        return self._row

    @row.setter
    def row(self, value: dict[str, Any] | None) -> None:
        self._row, self.row_json = value, None

    def row_once(self) -> dict[str, Any] | None:
        """The record, read from its text without keeping what was read (for one that
        is written once and not looked at again)."""
        if self._row is _UNREAD:
            return json.loads(_stored(self.row_json))  # type: ignore[no-any-return]
        return self._row

    def replace(self, **changes: Any) -> Op:
        """A copy with some attributes changed."""
        copy = Op.__new__(Op)
        for name in Op.__slots__:
            setattr(copy, name, getattr(self, name))
        for name, value in changes.items():
            setattr(copy, name, value)
        return copy

    def __repr__(self) -> str:
        return f"Op({self.action} {self.table} {self.row_id} at {self.at:%Y-%m-%d %H:%M:%S})"

    @classmethod
    def from_outbox(cls, entry: Any, origin: str) -> Op:
        return cls(
            op_id=entry.op_id,
            origin=entry.origin or origin,
            transaction_id=entry.transaction_id,
            at=entry.at,
            actor=entry.actor,
            actor_org=getattr(entry, "actor_org", "") or "",
            device=entry.device,
            table=entry.table_name,
            row_id=entry.row_id,
            action=entry.action,
            fields=list(entry.fields or []),
            base=entry.base,
            row=entry.row,
            seq=entry.seq,
        )

    def columns(self) -> dict[str, Any]:
        """Who made it, when, and to which record: as the outbox and the log store it."""
        return {
            "op_id": self.op_id,
            "origin": self.origin,
            "transaction_id": self.transaction_id,
            "at": self.at,
            "actor": self.actor,
            "actor_org": self.actor_org,
            "device": self.device,
            "table_name": self.table,
            "row_id": self.row_id,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id,
            "origin": self.origin,
            "transaction_id": self.transaction_id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "actor_org": self.actor_org,
            "device": self.device,
            "table": self.table,
            "row_id": self.row_id,
            "action": self.action,
            "fields": self.fields,
            "base": self.base,
            "row": self.row,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Op:
        """Read one change of a bundle; raises ValueError naming what is wrong."""
        if not isinstance(data, dict):
            raise ValueError(QT_TRANSLATE_NOOP("Sync", "a change is not an object"))
        missing = [k for k in ("op_id", "table", "row_id", "action", "at") if k not in data]
        if missing:
            raise ValueError(
                QT_TRANSLATE_NOOP("Sync", "a change lacks {names}").format(names=", ".join(missing))
            )
        table = data["table"]
        if table not in Base.metadata.tables or table in LOCAL_TABLES:
            raise ValueError(
                QT_TRANSLATE_NOOP("Sync", "a change names an unknown table {table!r}").format(
                    table=table
                )
            )
        action = data["action"]
        if action not in ("insert", "update", "delete"):
            raise ValueError(
                QT_TRANSLATE_NOOP("Sync", "a change has an unknown action {action!r}").format(
                    action=action
                )
            )
        at = dt.datetime.fromisoformat(str(data["at"]))
        if at.tzinfo is None:
            raise ValueError(QT_TRANSLATE_NOOP("Sync", "a change's time has no time zone"))
        row, base = data.get("row"), data.get("base")
        if action != "delete" and not isinstance(row, dict):
            raise ValueError(
                QT_TRANSLATE_NOOP("Sync", "a change to {table} carries no record").format(
                    table=table
                )
            )
        if action != "insert" and base is not None and not isinstance(base, dict):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Sync", "a change to {table} has unreadable earlier values"
                ).format(table=table)
            )
        fields = data.get("fields") or []
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Sync", "a change to {table} has an unreadable list of fields"
                ).format(table=table)
            )
        op = cls(
            op_id=str(data["op_id"]),
            origin=str(data.get("origin", "")),
            transaction_id=str(data.get("transaction_id") or data["op_id"]),
            at=at,
            actor=str(data.get("actor", ""))[:120],
            actor_org=str(data.get("actor_org", ""))[:200],
            device=str(data.get("device", ""))[:120],
            table=table,
            row_id=str(data["row_id"]),
            action=action,
            fields=fields,
            base=base,
            row=row,
        )
        # Values must read back as the column types say (dates, enums...).
        decode_row(table, row)
        decode_row(table, base)
        return op


@dataclass
class When:
    at: dt.datetime
    actor: str
    device: str


def later(op: Op, other: When | None) -> bool:
    """Whether ``op`` was made after ``other`` (ties go to the device name, so every
    laptop decides alike)."""
    if other is None:
        return True
    return (op.at, op.device) > (other.at, other.device)


def label(table: str, row: dict[str, Any] | None) -> str:
    if not row:
        return ""
    for key in ("name", "title", "address", "number", "audience", "role", "key"):
        if row.get(key):
            return str(encode(row[key]))[:200]
    return ""
