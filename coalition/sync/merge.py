"""One coalition, many laptops: merging offline work through a PostgreSQL server.

Every laptop works on its own database.  Each local change waits in the outbox
(:mod:`coalition.store.outbox`).  A sync *pushes* the waiting changes to the server,
which merges them into its copy of the data in one transaction, and then *pulls* the
server's log of merged changes.  Nothing runs on the server but PostgreSQL: the merge
is done by the pushing laptop, inside the server transaction, under an advisory lock.

Merge rules (the same for the server and for a bundle read on another laptop):

- Changes to different fields of one record both stay.
- The same field changed on both sides is a *conflict*: the later change is kept, the
  other is listed (:class:`~coalition.store.models.SyncConflict`) with both values, who
  and when, and written into the record's history.  Someone reviews it later and may
  choose the other value.
- An edit against a deletion is a conflict too; the later of the two wins (an edit made
  after the deletion brings the record back).
- Minutes and notes of an agenda item keep both texts; the texts of drafts follow their
  revisions, which are separate records and so are always both kept.
- A change the server cannot take (it names a record deleted there) is refused as a
  whole, listed as a conflict with the rows it held, and the laptop returns to what
  the server has.

Each change merged on the server gets exactly one entry in ``sync_log`` holding the
record as the server has it afterwards, so a laptop that applies the entries in order
ends with what the server has: every laptop converges.  A push interrupted before its
commit leaves the server as it was; one interrupted after is recognized by the ids of
its changes and not applied twice.  A pull applies its entries and moves its bookmark
in one local transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Text,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    tuple_,
    type_coerce,
    update,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from coalition import keychain
from coalition.sync import people_merges as sync_merges
from coalition.errors import CoalitionError, DatabaseError, NotFoundError
from coalition.store import Database, open_database, search_index
from coalition.store.base import Base, new_id, sort_key
from coalition.store.changes import ChangeSet, Identity, RowChange, audit, writes
from coalition.store.database import plain_rows
from coalition.store.models import (
    MODEL_BY_TABLE,
    ChangeLog,
    SyncConflict,
    SyncLog,
    SyncOutbox,
    SyncPrivate,
    SyncState,
)
from coalition.store.outbox import (
    APPLYING,
    BOOKKEEPING,
    LOCAL_TABLES,
    SEEDED,
    columns,
    decode_row,
    encode,
    encode_row,
    is_private,
    parse_instant,
    private_keys,
)

# Texts where both organizers' words are kept, one after the other.
MERGED_TEXT = frozenset({("agenda_item", "minutes"), ("agenda_item", "notes")})
# Copies of a draft's newest revision: the revisions are records of their own (always
# both kept), so the later text simply wins here.
FOLLOWS_REVISIONS = frozenset({("draft", "core_text"), ("draft_variant", "text")})

_LOCK_KEY = 0x0C0A11710  # the advisory lock every push takes on the server
_BATCH = 500
PULL_BATCH = 2000
CONNECT_TIMEOUT_S = 8

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class SyncError(CoalitionError):
    """The sync could not be done (server unreachable, went away, refused)."""


# --- changes as they travel ------------------------------------------------------------


_UNREAD: Any = object()  # a value still in the JSON text it was stored as


class Op:
    """One record's change, as it travels from a laptop to the server or in a bundle.

    Read from the outbox, its values stay the JSON text they were stored as until
    something asks for them: a new record the server takes as it came is never decoded
    here (the server reads its columns out of that text itself).
    """

    __slots__ = (
        "op_id", "origin", "transaction_id", "actor", "device", "table", "row_id",
        "action", "seq", "fields_json", "row_json", "base_json", "at_text",
        "_fields", "_row", "_base", "_at",
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
    ):
        self.op_id, self.origin, self.transaction_id = op_id, origin, transaction_id
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
            self._at = parse_instant(self.at_text)  # type: ignore[arg-type]
        return self._at

    @at.setter
    def at(self, value: dt.datetime) -> None:
        self._at, self.at_text = value, None

    @property
    def fields(self) -> list[str]:
        if self._fields is _UNREAD:
            self._fields = list(json.loads(self.fields_json) or [])
        return self._fields

    @fields.setter
    def fields(self, value: list[str]) -> None:
        self._fields, self.fields_json = list(value), None

    @property
    def base(self) -> dict[str, Any] | None:
        if self._base is _UNREAD:
            self._base = json.loads(self.base_json)
        return self._base

    @base.setter
    def base(self, value: dict[str, Any] | None) -> None:
        self._base, self.base_json = value, None

    @property
    def row(self) -> dict[str, Any] | None:
        if self._row is _UNREAD:
            self._row = json.loads(self.row_json)
        return self._row

    @row.setter
    def row(self, value: dict[str, Any] | None) -> None:
        self._row, self.row_json = value, None

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
            raise ValueError("a change is not an object")
        missing = [k for k in ("op_id", "table", "row_id", "action", "at") if k not in data]
        if missing:
            raise ValueError(f"a change lacks {', '.join(missing)}")
        table = data["table"]
        if table not in Base.metadata.tables or table in LOCAL_TABLES:
            raise ValueError(f"a change names an unknown table {table!r}")
        action = data["action"]
        if action not in ("insert", "update", "delete"):
            raise ValueError(f"a change has an unknown action {action!r}")
        at = dt.datetime.fromisoformat(str(data["at"]))
        if at.tzinfo is None:
            raise ValueError("a change's time has no time zone")
        row, base = data.get("row"), data.get("base")
        if action != "delete" and not isinstance(row, dict):
            raise ValueError(f"a change to {table} carries no record")
        if action != "insert" and base is not None and not isinstance(base, dict):
            raise ValueError(f"a change to {table} has unreadable earlier values")
        fields = data.get("fields") or []
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
            raise ValueError(f"a change to {table} has an unreadable list of fields")
        op = cls(
            op_id=str(data["op_id"]),
            origin=str(data.get("origin", "")),
            transaction_id=str(data.get("transaction_id") or data["op_id"]),
            at=at,
            actor=str(data.get("actor", ""))[:120],
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


@dataclass
class MergeResult:
    applied: int = 0
    skipped: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def _later(op: Op, other: When | None) -> bool:
    """Whether ``op`` was made after ``other`` (ties go to the device name, so every
    laptop decides alike)."""
    if other is None:
        return True
    return (op.at, op.device) > (other.at, other.device)


def _label(table: str, row: dict[str, Any] | None) -> str:
    if not row:
        return ""
    for key in ("name", "title", "address", "number", "audience", "role", "key"):
        if row.get(key):
            return str(encode(row[key]))[:200]
    return ""


def _merge_text(current: str, mine: str, base: str | None, op: Op) -> str:
    """Both organizers' words: appended after the common start when both only added,
    else the incoming text after the existing one, under a line saying whose it is."""
    current, mine = current or "", mine or ""
    if base is not None and current.startswith(base) and mine.startswith(base):
        return current + mine[len(base):]
    stamp = op.at.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"{current}\n\n— {op.actor} ({op.device}), {stamp}:\n{mine}"


# --- where changes are merged ----------------------------------------------------------


@functools.cache
def unique_keys(table: str) -> list[tuple[str, ...]]:
    """The natural keys of a table (a tag's name, one attendance per person and call)."""
    from sqlalchemy import UniqueConstraint

    meta = Base.metadata.tables[table]
    keys = {tuple(c.name for c in con.columns) for con in meta.constraints if isinstance(con, UniqueConstraint)}
    keys |= {(c.name,) for c in meta.columns if c.unique and not c.primary_key}
    keys |= {tuple(c.name for c in index.columns) for index in meta.indexes if index.unique}
    return sorted(keys)


def find_same(conn: Connection | Session, table: str, row: dict[str, Any]) -> dict[str, Any] | None:
    """Another row with the same natural key as ``row`` (made on another laptop)."""
    meta = Base.metadata.tables[table]
    pk = list(meta.primary_key.columns)[0]
    for key in unique_keys(table):
        if any(row.get(name) is None for name in key):
            continue
        query = select(meta).where(*(meta.c[name] == row[name] for name in key), pk != row[pk.name])
        found = conn.execute(query.limit(1)).first()
        if found is not None:
            return dict(found._mapping)
    return None


def _chunks(conn: Connection | Session, ids: list[str]) -> Iterator[list[str]]:
    """Ids in lists one query can take: all at once as a PostgreSQL array, or a few
    hundred bound values at a time for SQLite."""
    step = (len(ids) or 1) if _is_postgres(conn) else _BATCH
    for start in range(0, len(ids), step):
        yield ids[start : start + step]


def _is_postgres(conn: Connection | Session) -> bool:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return bind.dialect.name == "postgresql"


def _array_text(ids: list[str]) -> str:
    """A PostgreSQL array literal of ``ids`` (one text to send, not one value each)."""
    quoted = (i.replace("\\", "\\\\").replace('"', '\\"') for i in ids)
    return "{" + ",".join(f'"{i}"' for i in quoted) + "}"


def _among(conn: Connection | Session, column: Any, ids: list[str]) -> Any:
    if _is_postgres(conn):
        # The literal typed as an array where it stands, so the planner holds it as one
        # constant (a cast of a text would be redone for every row it compares).
        from sqlalchemy.types import NullType

        name = f'"{column.table.name}"."{column.name}"'
        return text(f"{name} = ANY(CAST(:ids AS VARCHAR[]))").bindparams(
            bindparam("ids", _array_text(ids), type_=NullType())
        )
    return column.in_(ids)


class _Target:
    """A database that changes are merged into, read and written with SQL on one
    connection; remembers the rows it has read."""

    def __init__(self, conn: Connection | Session):
        self.conn = conn
        # A row read, or written here; an Op: a new record written from its JSON text,
        # decoded only if something asks for it.
        self._rows: dict[tuple[str, str], dict[str, Any] | Op | None] = {}
        # A record made on two laptops under two ids (the same tag, the same week's
        # call): the incoming id stands for the one already here.
        self.aliases: dict[str, str] = {}
        self._pending_writes: list[tuple[tuple[str, str, Any], list[Any]]] = []
        # Whether new records can be written straight from the JSON text they came in,
        # and the changes merged without asking first whether the target has had them.
        self.takes_raw = False
        self.unchecked: set[str] = set()
        self.late_known = 0
        # Natural keys (a tag's name, one attendance per person and call): the id of the
        # record holding each (None: none does), for the keys asked in advance and those
        # written here; the records this merge made; tables whose keys changed otherwise.
        self._namesakes: dict[tuple[str, tuple[str, ...], tuple[Any, ...]], str | None] = {}
        self._created: set[tuple[str, str]] = set()
        self._keys_moved: set[str] = set()
        # Whether a deletion first looks for rows added to the record elsewhere (see
        # _delete_dependents): only once the target has refused one.
        self.careful_deletes = False
        # People merged into others (see coalition.sync_merges): merged-away id -> survivor.
        self.merged: dict[str, str] = {}
        self.folds: list[tuple[Op, str]] = []  # their deletions, done last (sync_merges.finish)

    def accepts_raw(self, op: Op) -> bool:
        """Whether ``op`` can be written straight from the JSON text it came in."""
        return False

    def rewrite(self, table: str, row: dict[str, Any] | None) -> dict[str, Any] | None:
        if row is None or not self.aliases:
            return row
        meta = Base.metadata.tables[table]
        out = dict(row)
        for column in meta.columns:
            if (column.foreign_keys or column.primary_key) and out.get(column.name) in self.aliases:
                out[column.name] = self.aliases[out[column.name]]
        return out

    @staticmethod
    def _table(name: str):  # type: ignore[no-untyped-def]
        return Base.metadata.tables[name]

    def _pk(self, name: str):  # type: ignore[no-untyped-def]
        return list(self._table(name).primary_key.columns)[0]

    def prefetch(self, keys: Iterable[tuple[str, str]]) -> None:
        self.flush_writes()
        by_table: dict[str, set[str]] = defaultdict(set)
        for table, row_id in keys:
            if (table, row_id) not in self._rows:
                by_table[table].add(row_id)
        for table, ids in by_table.items():
            pk = self._pk(table)
            for chunk in _chunks(self.conn, sorted(ids)):
                for row in self.conn.execute(select(self._table(table)).where(_among(self.conn, pk, chunk))):
                    values = dict(row._mapping)
                    self._rows[(table, str(values[pk.name]))] = values
            for row_id in ids:
                self._rows.setdefault((table, row_id), None)

    def _cached(self, key: tuple[str, str]) -> dict[str, Any] | None:
        row = self._rows[key]
        if isinstance(row, Op):
            row = self._rows[key] = decode_row(key[0], row.row)
        return row

    def current(self, table: str, row_id: str) -> dict[str, Any] | None:
        key = (table, row_id)
        if key not in self._rows:
            self.prefetch([key])
        row = self._cached(key)
        return dict(row) if row is not None else None

    def may_be_new(self, table: str, row_id: str) -> bool:
        """Whether the record is not known to be here (not read, or read as missing)."""
        return self._rows.get((table, row_id)) is None

    def reset(self) -> None:
        """Forget everything read and queued (after a rolled-back attempt)."""
        self._rows.clear()
        self.aliases.clear()
        self._pending_writes = []
        self._namesakes.clear()
        self._created.clear()
        self._keys_moved.clear()

    # A record made on two laptops under two ids is found by its natural key.  Asking
    # the target for each new tag or attendance took a round trip each (a flush and a
    # query: 4,000 statements for 1,000 tagged organizations); the keys are now asked
    # all at once, and one that names a record this merge made needs no asking at all.
    def prefetch_namesakes(self, ops: Iterable[Op]) -> None:
        wanted: dict[tuple[str, tuple[str, ...]], set[tuple[Any, ...]]] = defaultdict(set)
        for op in ops:
            if op.action != "insert" or not unique_keys(op.table) or op.row is None:
                continue
            row = decode_row(op.table, op.row) or {}
            for key in unique_keys(op.table):
                values = tuple(row.get(name) for name in key)
                if None not in values:
                    wanted[(op.table, key)].add(values)
        self.flush_writes()
        for (table, key), found in wanted.items():
            meta, pk = self._table(table), self._pk(table)
            columns_ = [meta.c[name] for name in key]
            values = list(found)
            for start in range(0, len(values), _BATCH):
                chunk = values[start : start + _BATCH]
                where = (
                    columns_[0].in_([v[0] for v in chunk]) if len(key) == 1
                    else tuple_(*columns_).in_(chunk)
                )
                for row in self.conn.execute(select(pk, *columns_).where(where)):
                    self._namesakes[(table, key, tuple(row[1:]))] = str(row[0])
            for value in values:
                self._namesakes.setdefault((table, key, value), None)

    def namesake(self, table: str, row: dict[str, Any]) -> str | None:
        """The id of another record here with the same natural key as ``row``."""
        meta, pk = self._table(table), self._pk(table)
        for key in unique_keys(table):
            values = tuple(row.get(name) for name in key)
            if None in values:
                continue
            if table not in self._keys_moved:
                known = (table, key, values)
                if known in self._namesakes:
                    found = self._namesakes[known]
                    if found is not None and found != str(row[pk.name]):
                        return found
                    continue
                if self._made_here(meta, key, values):
                    continue  # it names a record this merge made: no other can hold it
            self.flush_writes()
            same = find_same(self.conn, table, row)
            return str(same[pk.name]) if same is not None else None
        return None

    def dependents(self, table: str, row_id: str) -> list[tuple[str, dict[str, Any]]]:
        """The rows here that go when this record is deleted (the relationships deleted
        with it on a laptop), those that hang on them first."""
        model = MODEL_BY_TABLE.get(table)
        if model is None:
            return []
        self.flush_writes()  # deletions queued by this merge are gone already
        found: list[tuple[str, dict[str, Any]]] = []
        for relationship in model.__mapper__.relationships:
            if not relationship.cascade.delete or relationship.direction.name != "ONETOMANY":
                continue
            child = relationship.mapper.local_table
            for column in (c for c in relationship.remote_side if c.table is child):
                for row in self.conn.execute(select(child).where(column == row_id)):
                    values = dict(row._mapping)
                    found.extend(self.dependents(child.name, str(values[self._pk(child.name).name])))
                    found.append((child.name, values))
        return found

    def forget_namesakes(self) -> None:
        """Ask the target about every natural key from now on."""
        self._namesakes.clear()
        self._created.clear()
        self._keys_moved.update(Base.metadata.tables)

    def _made_here(self, meta: Any, key: tuple[str, ...], values: tuple[Any, ...]) -> bool:
        for name, value in zip(key, values, strict=True):
            for fk in meta.c[name].foreign_keys:
                if (fk.column.table.name, str(value)) in self._created:
                    return True
        return False

    def _note_keys(self, table: str, row: dict[str, Any]) -> None:
        pk = str(row[self._pk(table).name])
        self._created.add((table, pk))
        for key in unique_keys(table):
            values = tuple(row.get(name) for name in key)
            if None not in values:
                self._namesakes[(table, key, values)] = pk

    def forget(self, keys: Iterable[tuple[str, str]]) -> None:
        for key in keys:
            self._rows.pop(key, None)

    # Writes wait in a queue and go out as one statement per run of alike rows (psycopg
    # sends an executemany in one pipeline): a round trip a row made a sync of 10,000
    # records take ~16 s, mostly waiting on the network.
    def insert(self, table: str, row: dict[str, Any]) -> None:
        self._queue(("insert", table, tuple(sorted(row))), dict(row))
        self._rows[(table, str(row[self._pk(table).name]))] = dict(row)
        self._note_keys(table, row)

    def insert_raw(self, op: Op) -> None:
        """A new record, written from the JSON text it came in (see :attr:`takes_raw`)."""
        self._queue(("raw", op.table, op.fields_json), op)
        self._rows[(op.table, op.row_id)] = op
        self._created.add((op.table, op.row_id))

    def update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        params = {f"v_{k}": v for k, v in values.items()}
        params["k_id"] = row_id
        self._queue(("update", table, tuple(sorted(values))), params)
        key = (table, row_id)
        cached = self._cached(key) if key in self._rows else None
        if cached is not None:
            cached.update(values)
        if unique_keys_flat(table) & set(values):
            self._keys_moved.add(table)  # a natural key changed: ask the target from now on

    def delete(self, table: str, row_id: str) -> None:
        self._queue(("delete", table, ()), {"k_id": row_id})
        self._rows[(table, row_id)] = None
        if unique_keys(table):
            self._keys_moved.add(table)

    def _queue(self, kind: tuple[str, str, Any], params: Any) -> None:
        pending = self._pending_writes
        if pending and pending[-1][0] == kind:
            pending[-1][1].append(params)
        else:
            pending.append((kind, [params]))

    def flush_writes(self) -> None:
        pending, self._pending_writes = self._pending_writes, []
        news: list[tuple[str, str, Any, list[Any]]] = []
        for (action, table_name, names), rows in pending:
            if action in ("raw", "insert"):
                news.append((action, table_name, names, rows))
                continue
            if news:
                self._flush_new(news)
                news = []
            table = self._table(table_name)
            pk = self._pk(table_name)
            if action == "update":
                statement = (
                    update(table)
                    .where(pk == bindparam("k_id"))
                    .values({name: bindparam(f"v_{name}") for name in names})
                )
                self.conn.execute(statement, rows)
            else:
                ids = [r["k_id"] for r in rows]
                for start in range(0, len(ids), _BATCH):
                    self.conn.execute(delete(table).where(pk.in_(ids[start : start + _BATCH])))
        if news:
            self._flush_new(news)

    def _flush_new(self, news: list[tuple[str, str, Any, list[Any]]]) -> None:
        """New records queued one after another: nothing between them to keep in step
        with, so each table's go out together (one COPY or statement, not one for each
        run between two other tables'), the tables they point at first."""
        together: dict[tuple[str, str, Any], list[Any]] = {}
        for action, table, names, rows in news:
            together.setdefault((table, action, names), []).extend(rows)
        rank = _table_rank()
        for (table, action, names), rows in sorted(together.items(), key=lambda item: rank[item[0][0]]):
            if action == "raw":
                self._insert_raw(self._table(table), names, rows)
            else:
                self._insert_rows(self._table(table), rows)

    def _insert_raw(self, table: Any, fields_json: str, ops: list[Op]) -> None:
        raise NotImplementedError

    def _insert_rows(self, table: Any, rows: list[dict[str, Any]]) -> None:
        self.conn.execute(insert(table), rows)

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        with self.conn.begin_nested():
            yield
            self.flush_writes()

    # What differs between the server and a laptop:
    def known(self, op_ids: list[str]) -> set[str]:
        raise NotImplementedError

    def last_change(self, table: str, row_id: str, field_name: str | None) -> When | None:
        raise NotImplementedError

    def log(self, op: Op, action: str, fields: list[str], row: dict[str, Any] | None,
            encoded: dict[str, Any] | None = None) -> None:
        raise NotImplementedError


def _history_when(entries: Iterable[Any], field_name: str | None) -> When | None:
    """The newest entry (newest first) that changed ``field_name``; None = a deletion."""
    for entry in entries:
        if field_name is None:
            if entry.action == "delete":
                return When(entry.at, entry.actor, entry.device)
            continue
        if entry.action == "insert" or field_name in entry.changed:
            return When(entry.at, entry.actor, entry.device)
    return None


_COPY_FROM = 50  # rows in one run from which COPY beats a pipelined executemany


def _copy_kind(column: Any) -> str:
    from sqlalchemy import JSON, DateTime, Enum, TypeDecorator

    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, JSON):
        return "json"
    if isinstance(kind, DateTime):
        return "instant"
    if isinstance(kind, Enum):
        return "enum"
    return "plain"


@contextlib.contextmanager
def _driver_errors(statement: str) -> Iterator[None]:
    """Errors of a COPY sent on the driver's own connection, as SQLAlchemy raises the
    others (a refused record is an IntegrityError, a lost server a DBAPIError)."""
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


@functools.cache
def _table_rank() -> dict[str, int]:
    """Tables in an order where each comes after the tables it points at."""
    return {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}


class RawJSON(str):
    """A JSON value still in its text, written as it is."""


@functools.cache
def _raw_names(table: str, fields_json: str) -> tuple[str, ...] | None:
    """The columns a new record's JSON text gives, or None when it names a column this
    version does not have (then it is read here, and such values are left out)."""
    names = tuple(json.loads(fields_json))
    known = Base.metadata.tables[table].c
    return names if names and all(name in known for name in names) else None


def _utc_text(value: str | None) -> str | None:
    """An instant's ISO 8601 text as the naive UTC the column holds (PostgreSQL would
    drop an offset, not apply it)."""
    if value is None or value.endswith("+00:00"):
        return value
    return parse_instant(value).astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat()


# A log entry as :meth:`ServerTarget.log` keeps it until written.
_LOG_COLUMNS = (
    "op_id", "origin", "transaction_id", "at", "actor", "device", "table_name", "row_id",
    "action", "fields", "row", "verbatim",
)


class ServerTarget(_Target):
    """The coalition's PostgreSQL database: the merged data plus ``sync_log``."""

    def __init__(self, conn: Connection):
        super().__init__(conn)
        self._log: list[tuple[Any, ...]] = []
        self.takes_raw = conn.dialect.name == "postgresql"

    def accepts_raw(self, op: Op) -> bool:
        """Whether ``op`` is a new record that can be written from its JSON text."""
        return (
            self.takes_raw
            and op.action == "insert"
            and op.row_json is not None
            and op.fields_json is not None
            and not self.aliases
            and not sync_merges.names_merged(self, op.row_json)
            and not unique_keys(op.table)
            and _raw_names(op.table, op.fields_json) is not None
        )

    def _insert_raw(self, table: Any, fields_json: str, ops: list[Op]) -> None:
        """New records by one COPY, their values straight from their JSON text: text,
        dates and enums are read by PostgreSQL as the column's type says."""
        names = _raw_names(table.name, fields_json)
        assert names is not None
        instants = [i for i, name in enumerate(names) if _copy_kind(table.c[name]) == "instant"]
        nested = [i for i, name in enumerate(names) if _copy_kind(table.c[name]) == "json"]
        loads = json.loads
        raw = self.conn.connection.driver_connection
        statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
        with _driver_errors(statement), raw.cursor() as cursor, cursor.copy(statement) as copy:
            for op in ops:
                record = loads(op.row_json)  # type: ignore[arg-type]
                values = [record.get(name) for name in names]
                for i in instants:
                    values[i] = _utc_text(values[i])
                for i in nested:
                    if values[i] is not None:
                        values[i] = json.dumps(values[i])
                copy.write_row(values)

    def reset(self) -> None:
        super().reset()
        self._log = []

    def known(self, op_ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(self.conn, op_ids):
            found.update(
                self.conn.execute(select(SyncLog.op_id).where(_among(self.conn, SyncLog.op_id, chunk))).scalars()
            )
        return found

    def last_change(self, table: str, row_id: str, field_name: str | None) -> When | None:
        self.flush_writes()
        self.flush()
        rows = self.conn.execute(
            select(SyncLog.at, SyncLog.actor, SyncLog.device, SyncLog.action, SyncLog.fields)
            .where(SyncLog.table_name == table, SyncLog.row_id == row_id)
            .order_by(SyncLog.seq.desc())
        ).all()
        entries = [
            _Entry(r.at, r.actor, r.device, r.action, set(r.fields or [])) for r in rows
        ]
        return _history_when(entries, field_name)

    def log(self, op: Op, action: str, fields: list[str], row: dict[str, Any] | None,
            encoded: dict[str, Any] | None = None) -> None:
        """One entry for ``op``: the record as it now stands (``encoded``: the same,
        already as JSON values, when the change was taken as it came)."""
        values = encoded if encoded is not None else encode_row(row)
        self._log_entry(
            op, action, RawJSON(json.dumps(fields)),
            None if values is None else RawJSON(json.dumps(values)), encoded is not None,
        )

    def log_raw(self, op: Op) -> None:
        """The entry of a new record taken as it came, its JSON text as it came."""
        self._log_entry(op, "insert", RawJSON(op.fields_json), RawJSON(op.row_json), True)

    def _log_entry(self, op: Op, action: str, fields: RawJSON, row: RawJSON | None, verbatim: bool) -> None:
        self._log.append((
            op.op_id, op.origin, op.transaction_id, op.at_text or op.at, op.actor, op.device, op.table,
            op.row_id, action, fields, row, verbatim,
        ))

    def flush(self) -> None:
        """Write the log entries made so far (one COPY on PostgreSQL)."""
        entries, self._log = self._log, []
        if not entries:
            return
        if self.conn.dialect.name != "postgresql" or len(entries) < _COPY_FROM:
            self.conn.execute(insert(SyncLog.__table__), [
                {
                    name: json.loads(value) if isinstance(value, RawJSON)
                    else parse_instant(value) if name == "at" and isinstance(value, str) else value
                    for name, value in zip(_LOG_COLUMNS, entry, strict=True)
                }
                for entry in entries
            ])
            return
        utc = dt.timezone.utc
        raw = self.conn.connection.driver_connection
        statement = f"COPY sync_log ({', '.join(_LOG_COLUMNS)}) FROM STDIN"
        with _driver_errors(statement), raw.cursor() as cursor, cursor.copy(statement) as copy:
            write = copy.write_row
            for entry in entries:  # the instant as the naive UTC the column holds
                at = entry[3]
                if isinstance(at, str):
                    write(entry)
                else:
                    write((*entry[:3], at.astimezone(utc).replace(tzinfo=None), *entry[4:]))

    def _insert_rows(self, table: Any, rows: list[dict[str, Any]]) -> None:
        # Long runs of new records go to PostgreSQL by COPY, the rest as statements.
        self._copy(table, rows)

    def _copy(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """Write rows with one COPY (PostgreSQL), or one executemany elsewhere."""
        if self.conn.dialect.name != "postgresql" or len(rows) < _COPY_FROM:
            self.conn.execute(insert(table), rows)
            return

        names = sorted({name for row in rows for name in row})
        kinds = [_copy_kind(table.c[name]) for name in names]
        raw = self.conn.connection.driver_connection
        statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
        with _driver_errors(statement), raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                values = []
                for name, kind in zip(names, kinds, strict=True):
                    value = row.get(name)
                    if value is not None:
                        if kind == "instant":
                            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
                        elif kind == "json":
                            value = json.dumps(value)
                        elif kind == "enum":
                            value = value.value if hasattr(value, "value") else value
                    values.append(value)
                copy.write_row(values)

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        with self.conn.begin_nested():
            yield
            self.flush_writes()
            self.flush()


@dataclass
class _Entry:
    at: dt.datetime
    actor: str
    device: str
    action: str
    changed: set[str]


class LocalTarget(_Target):
    """This laptop's database, when changes from a bundle are merged into it: they are
    queued in its outbox (to travel on to a server) and written to its history."""

    def __init__(self, session: Session):
        super().__init__(session)
        self.session = session
        self.changes: list[tuple[Op, RowChange]] = []

    def known(self, op_ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(op_ids), _BATCH):
            chunk = op_ids[start : start + _BATCH]
            found.update(
                self.session.execute(select(SyncOutbox.op_id).where(SyncOutbox.op_id.in_(chunk))).scalars()
            )
        return found

    def last_change(self, table: str, row_id: str, field_name: str | None) -> When | None:
        rows = self.session.execute(
            select(ChangeLog.at, ChangeLog.actor, ChangeLog.device, ChangeLog.action, ChangeLog.after)
            .where(ChangeLog.table_name == table, ChangeLog.row_id == row_id)
            .order_by(ChangeLog.at.desc())
        ).all()
        entries = [_Entry(r.at, r.actor, r.device, r.action, set(r.after or {})) for r in rows]
        return _history_when(entries, field_name)

    def delete(self, table: str, row_id: str) -> None:
        self.flush_writes()
        search_index.note_core_delete(self.session, table, row_id)
        super().delete(table, row_id)

    def log(self, op: Op, action: str, fields: list[str], row: dict[str, Any] | None,
            encoded: dict[str, Any] | None = None) -> None:
        self.session.execute(
            insert(SyncOutbox.__table__),
            [
                {
                    **op.columns(),
                    "action": op.action,
                    "fields": op.fields,
                    "base": op.base,
                    "row": op.row,
                    "sent": False,
                }
            ],
        )


# --- the merge -------------------------------------------------------------------------


def _conflict(
    op: Op,
    kind: str,
    *,
    record: str,
    field_name: str = "",
    mine: Any = None,
    theirs: Any = None,
    their: When | None = None,
    kept: str,
    detail: str = "",
    rows: list[Any] | None = None,
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "origin": op.origin,
        "delivered": False,
        "found_at": dt.datetime.now(dt.timezone.utc),
        "kind": kind,
        "table_name": op.table,
        "row_id": op.row_id,
        "record": record[:200],
        "field": field_name,
        "mine": encode(mine),
        "theirs": encode(theirs),
        "my_at": op.at,
        "my_actor": op.actor,
        "my_device": op.device,
        "their_at": their.at if their else None,
        "their_actor": their.actor if their else "",
        "their_device": their.device if their else "",
        "kept": kept,
        "detail": detail,
        "rows": rows,
        "resolved_at": None,
        "resolution": "",
    }


@functools.cache
def unique_keys_flat(table: str) -> frozenset[str]:
    return frozenset(name for key in unique_keys(table) for name in key)


def _merge_op(target: _Target, op: Op, out: list[dict[str, Any]]) -> None:
    if target.merged or op.table == "person_merge":
        followed = sync_merges.follow(target, op, out)
        if followed is None:
            return
        op = followed
    table = op.table
    if op.row_id in target.aliases:
        op = op.replace(row_id=target.aliases[op.row_id])
    row_id = op.row_id
    if op.op_id in target.unchecked:
        if target.accepts_raw(op) and target.may_be_new(table, row_id):
            assert isinstance(target, ServerTarget)
            target.insert_raw(op)  # a new record, taken as it came
            target.log_raw(op)
            return
        if target.known([op.op_id]):  # not new after all: asked now, as the others were
            target.late_known += 1
            return
    current = target.current(table, row_id)
    incoming = sync_merges.onto_survivors(target, table, target.rewrite(table, decode_row(table, op.row)))
    cols = columns(table)
    if op.action == "insert" and current is None and incoming is not None and unique_keys(table):
        same = target.namesake(table, incoming)
        if same is not None:
            # Made here and there under two ids: one record, the values merged as edits.
            pk = list(Base.metadata.tables[table].primary_key.columns)[0].name
            target.aliases[op.row_id] = same
            target.prefetch([(table, same)])
            merged = op.replace(op_id=new_id(), action="update", row_id=same)
            merged.fields = [k for k in op.fields if k not in unique_keys_flat(table) and k != pk]
            merged.base = {}
            merged.row = encode_row({**incoming, pk: same})
            _merge_op(target, merged, out)
            target.log(op, "state", [], None)
            return

    if op.action == "insert" or (op.action == "update" and current is None):
        assert incoming is not None
        if current is None:
            gone = target.last_change(table, row_id, None) if op.action == "update" else None
            if gone is not None and not _later(op, gone):
                out.append(
                    _conflict(
                        op, "edit_delete", record=_label(table, incoming), their=gone, kept="theirs",
                        detail="changed here, but deleted there afterwards: stays deleted",
                        rows=[{"table": op.table, "action": "insert", "row": op.row}],
                    )
                )
                target.log(op, "state", [], None)
                return
            target.insert(table, incoming)
            if gone is not None:
                out.append(
                    _conflict(
                        op, "edit_delete", record=_label(table, incoming), their=gone, kept="mine",
                        detail="deleted there, then changed here: brought back",
                    )
                )
            target.log(op, "insert", sorted(incoming), incoming, encoded=op.row if not (target.aliases or target.merged) else None)
            return
        # An insert seen again (a record made private and then shared): take its values.
        changes = {k: v for k, v in incoming.items() if k in cols and current.get(k) != v}
        if changes:
            target.update(table, row_id, changes)
        target.log(op, "update" if changes else "state", sorted(changes), target.current(table, row_id))
        return

    if op.action == "update":
        assert current is not None and incoming is not None
        base = target.rewrite(table, decode_row(table, op.base)) or {}
        applied: dict[str, Any] = {}
        for name in op.fields:
            if name not in incoming or name not in cols or name in BOOKKEEPING:
                continue
            now, mine = current.get(name), incoming[name]
            if now == mine:
                continue
            if name in base and now == base[name]:
                applied[name] = mine
                continue
            if (table, name) in MERGED_TEXT:
                applied[name] = _merge_text(now, mine, base.get(name), op)
                continue
            theirs_when = target.last_change(table, row_id, name)
            mine_later = _later(op, theirs_when)
            if (table, name) not in FOLLOWS_REVISIONS:
                out.append(
                    _conflict(
                        op, "field", record=_label(table, {**current, **applied}), field_name=name,
                        mine=mine, theirs=now, their=theirs_when, kept="mine" if mine_later else "theirs",
                    )
                )
            if mine_later:
                applied[name] = mine
        if applied:
            if "name" in applied and "sort_name" in cols:
                applied["sort_name"] = sort_key(applied["name"])
            if "updated_at" in cols and incoming.get("updated_at") is not None:
                applied["updated_at"] = incoming["updated_at"]
            target.update(table, row_id, applied)
        target.log(
            op,
            "update" if applied else "state",
            sorted(k for k in applied if k not in BOOKKEEPING),
            target.current(table, row_id),
        )
        return

    # delete
    if current is None:
        target.log(op, "state", [], None)
        return
    before = target.rewrite(table, decode_row(table, op.base)) or {}
    edited = [
        name for name, value in current.items()
        if name not in BOOKKEEPING and name in before and before[name] != value
    ]
    if not edited:
        went = _delete_dependents(target, op, table, row_id)
        target.delete(table, row_id)
        if went:  # added to it elsewhere, and gone with it: listed, to be brought back
            out.append(
                _conflict(
                    op, "edit_delete", record=_label(table, current), kept="mine",
                    theirs={ADDED: _what_went(went)},
                    their=target.last_change(went[0][0], str(went[0][1]["id"]), "id"),
                    detail=f"deleted here; {_what_went(went)} added to it there went with it",
                    rows=_rows_back(table, current, went),
                )
            )
        target.log(op, "delete", [], None)
        return
    whens = [w for name in edited if (w := target.last_change(table, row_id, name)) is not None]
    newest = max(whens, key=lambda w: (w.at, w.device)) if whens else None
    label = _label(table, current)
    theirs = {name: encode(current[name]) for name in edited}
    if _later(op, newest):
        went = _delete_dependents(target, op, table, row_id)
        if went:
            theirs[ADDED] = _what_went(went)
        target.delete(table, row_id)
        out.append(
            _conflict(
                op, "edit_delete", record=label, theirs=theirs, their=newest, kept="mine",
                detail="changed there, then deleted here",
                rows=_rows_back(table, current, went),
            )
        )
        target.log(op, "delete", [], None)
    else:
        out.append(
            _conflict(
                op, "edit_delete", record=label, theirs=theirs, their=newest, kept="theirs",
                detail="deleted here, then changed there: kept",
                rows=[{"table": table, "action": "delete", "row": encode_row(current)}],
            )
        )
        target.log(op, "state", [], current)


def _delete_dependents(target: _Target, op: Op, table: str, row_id: str) -> list[tuple[str, dict[str, Any]]]:
    """A record deleted here goes with what hangs on it (its tags, memberships, a call's
    agenda), as it does on the laptop that deleted it; what was added to it elsewhere, and
    so is still there, goes too, each with its own log entry.  Returns what went.

    The laptop's own deletions of what hung on it come first in its push, so this looks
    only once the target has refused a deletion (a row still points at the record): a
    lookup for every record deleted would cost a round trip each."""
    if not target.careful_deletes:
        return []
    went = target.dependents(table, row_id)
    for child_table, child in went:
        child_id = str(child[target._pk(child_table).name])
        target.delete(child_table, child_id)
        target.log(op.replace(op_id=new_id(), table=child_table, row_id=child_id), "delete", [], None)
    return went


ADDED = "added"  # in a conflict's other side: what was added to a record deleted here


def _what_went(went: list[tuple[str, dict[str, Any]]]) -> str:
    kinds = sorted({table.replace("_", " ") for table, _ in went})
    return f"{len(went)} record{'s' if len(went) != 1 else ''} ({', '.join(kinds)})"


def _rows_back(table: str, current: dict[str, Any], went: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The rows the other choice puts back: the record first, then what hung on it."""
    return [{"table": table, "action": "insert", "row": encode_row(current)}] + [
        {"table": child_table, "action": "insert", "row": encode_row(child)} for child_table, child in reversed(went)
    ]


def _groups(ops: list[Op]) -> Iterator[list[Op]]:
    group: list[Op] = []
    for op in ops:
        if group and op.transaction_id != group[0].transaction_id:
            yield group
            group = []
        group.append(op)
    if group:
        yield group


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text_ = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if "foreign key" in text_.lower():
        return "it refers to a record that was deleted on the other side"
    if "unique" in text_.lower() or "duplicate key" in text_.lower():
        return "another organizer already recorded the same thing"
    return text_


def merge(
    target: _Target, ops: list[Op], progress: Progress | None = None, stage: str = "Merging"
) -> MergeResult:
    """Merge ``ops`` into ``target`` (each local transaction in its own savepoint)."""
    result = MergeResult()
    sync_merges.load(target)
    # New records are written as they came without first asking whether the server has
    # them, or has had this very change (a push whose answer was lost): its keys refuse a
    # second copy, and then everything is merged again with every question asked.
    unasked = {op.op_id for op in ops if target.accepts_raw(op)}
    target.unchecked = unasked
    known = target.known([op.op_id for op in ops if op.op_id not in unasked])
    fresh = [op for op in ops if op.op_id not in known]
    target.prefetch((op.table, op.row_id) for op in fresh if op.op_id not in unasked)
    target.prefetch_namesakes(fresh)
    # Most pushes hold nothing the server refuses: all in one savepoint, few round trips.
    # If something is refused, start again with a savepoint for each transaction.
    try:
        found: list[dict[str, Any]] = []
        target.late_known = 0
        with target.savepoint():
            for number, op in enumerate(fresh, start=1):
                _merge_op(target, op, found)
                if progress is not None and (number % 200 == 0 or number == len(fresh)):
                    progress(stage, number, len(fresh))
            sync_merges.finish(target, found)
        result.conflicts = found
        result.skipped = len(ops) - len(fresh) + target.late_known
        result.applied = len(fresh) - target.late_known
        return result
    except IntegrityError:
        target.reset()
        target.takes_raw = False
        target.unchecked = set()
        target.careful_deletes = True
        sync_merges.load(target)
        known = target.known([op.op_id for op in ops])
        fresh = [op for op in ops if op.op_id not in known]
        target.prefetch((op.table, op.row_id) for op in fresh)
        target.prefetch_namesakes(fresh)
    result.skipped = len(ops) - len(fresh)
    done = 0
    for group in _groups(fresh):
        found: list[dict[str, Any]] = []
        try:
            with target.savepoint():
                for op in group:
                    _merge_op(target, op, found)
                sync_merges.finish(target, found)
        except IntegrityError as exc:
            target.folds = []
            target.forget((op.table, op.row_id) for op in group)
            target.forget_namesakes()  # some were written by the group just undone
            if isinstance(target, ServerTarget):
                target._log = []
            reason = _reason(exc)
            found = []
            rows = [
                {"table": op.table, "action": "delete" if op.row is None else "insert",
                 "row": op.row if op.row is not None else op.base}
                for op in group
            ]
            for op in group:
                now = target.current(op.table, op.row_id)
                target.log(op, "state", [], now)
                found.append(
                    _conflict(
                        op, "refused", record=_label(op.table, op.row or op.base), kept="theirs",
                        detail=f"not taken: {reason}", rows=rows if op is group[0] else None,
                        mine=op.action,
                    )
                )
            if isinstance(target, ServerTarget):
                target.flush()
        result.conflicts.extend(found)
        result.applied += len(group)
        done += len(group)
        if progress is not None:
            progress(stage, done, len(fresh))
    if isinstance(target, ServerTarget):
        target.flush()
    return result


# --- this laptop's bookkeeping ---------------------------------------------------------


def _state(session: Session, key: str) -> str | None:
    return session.execute(select(SyncState.value).where(SyncState.key == key)).scalar()


def _set_state(session: Session, key: str, value: str) -> None:
    if session.get(SyncState, key) is None:
        session.execute(insert(SyncState.__table__), [{"key": key, "value": value}])
    else:
        session.execute(update(SyncState.__table__).where(SyncState.key == key).values(value=value))


def replica_id(session: Session) -> str:
    """This database's own id (made once): marks the changes that come from it."""
    value = _state(session, "replica")
    if not value:
        value = new_id()
        _set_state(session, "replica", value)
        session.commit()
    return value


# The outbox as :func:`pending_ops` reads it, its JSON values as the text they are
# stored as (decoded only if asked for).
_OUTBOX_READ = (
    "seq", "op_id", "origin", "transaction_id", "at", "actor", "device", "table_name", "row_id",
    "action", "fields", "base", "row",
)


def _outbox_columns() -> list[Any]:
    table = SyncOutbox.__table__
    return [
        type_coerce(table.c[name], Text).label(name) if name in ("at", "fields", "base", "row") else table.c[name]
        for name in _OUTBOX_READ
    ]


def pending_ops(session: Session, *, after: int = 0, limit: int | None = None) -> tuple[list[Op], list[int]]:
    """The changes waiting to be sent (after outbox entry ``after``; about ``limit`` of
    them, never cutting a transaction in two), and the outbox entries of private
    records (never sent, and to be marked as dealt with)."""
    origin = replica_id(session)
    private = private_keys(session)
    ops: list[Op] = []
    withheld: list[int] = []
    waiting = select(*_outbox_columns()).where(unsent(session), SyncOutbox.seq > after)
    conn = session.connection()
    entries = plain_rows(conn, waiting.order_by(SyncOutbox.seq).limit(limit))
    if limit is not None and len(entries) == limit:
        last_seq, transaction_id = entries[-1][0], entries[-1][3]
        entries += plain_rows(
            conn,
            waiting.where(SyncOutbox.seq > last_seq, SyncOutbox.transaction_id == transaction_id)
            .order_by(SyncOutbox.seq),
        )
    for seq, op_id, from_, transaction_id, at, actor, device, table, row_id, action, fields, base, row in entries:
        op = Op(
            op_id, from_ or origin, transaction_id, None, actor, device, table, row_id, action, seq=seq,
            fields_json=fields, base_json=base, row_json=row, at_text=at,
        )
        if from_ == UNSHARE:
            op.origin = origin
            ops.append(op)
        elif private[0] and is_private(table, row_id, op.row or op.base, private):
            withheld.append(seq)
        else:
            ops.append(op)
    return ops, withheld


def waiting_count(session: Session) -> int:
    """How many changes wait to be sent: one count, unless records are kept private
    (then the waiting changes are read, to leave theirs out)."""
    if session.scalar(select(func.count()).select_from(SyncPrivate)):
        ops, _ = pending_ops(session)
        return len(ops)
    return session.scalar(select(func.count()).select_from(SyncOutbox).where(unsent(session))) or 0


PUSHED = "pushed"  # the last outbox entry a push delivered


def unsent(session: Session) -> Any:
    """The outbox entries still to be sent: not set aside (a private record's are, as
    they are made) and after the last one a push delivered.  Entries are numbered in
    the order their transactions committed and never removed, so one bookmark marks a
    whole push as sent without rewriting its entries."""
    pushed = int(_state(session, PUSHED) or 0)
    return SyncOutbox.sent.is_(False) & (SyncOutbox.seq > pushed)


def _mark_pushed(session: Session, upto: int) -> None:
    if upto > int(_state(session, PUSHED) or 0):
        _set_state(session, PUSHED, str(upto))


# --- applying what the server holds ----------------------------------------------------


def apply_entries(session: Session, entries: list[Any]) -> int:
    """Make this laptop's records what the server's log entries say they are.

    Records with changes still waiting here are left alone: their next push meets the
    server's value and the merge decides.  Private records are never touched.  Runs in
    the caller's transaction; returns how many records changed.
    """
    pending = {
        (r[0], r[1])
        for r in session.execute(
            select(SyncOutbox.table_name, SyncOutbox.row_id).where(unsent(session))
        )
    }
    private = private_keys(session)
    target = _Target(session)
    target.prefetch((e.table_name, e.row_id) for e in entries if e.table_name not in LOCAL_TABLES)
    session.info[APPLYING] = True
    try:
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
        by_origin: dict[tuple[str, str, str, dt.datetime], list[RowChange]] = defaultdict(list)
        changed = 0
        for entry in entries:
            table, row_id = entry.table_name, entry.row_id
            if table in LOCAL_TABLES or table not in Base.metadata.tables:
                continue
            if (table, row_id) in pending:
                continue
            wanted = decode_row(table, entry.row)
            if is_private(table, row_id, wanted, private):
                continue
            now = target.current(table, row_id)
            if wanted is None:
                if now is None:
                    continue
                target.flush_writes()
                search_index.note_core_delete(session, table, row_id)
                target.delete(table, row_id)
            elif now is None:
                same = None
                if unique_keys(table):
                    target.flush_writes()
                    same = find_same(session, table, wanted)
                if same is not None:
                    _adopt(session, target, table, same, wanted)
                target.insert(table, wanted)
            else:
                diff = {k: v for k, v in wanted.items() if now.get(k) != v}
                if not diff:
                    continue
                target.update(table, row_id, diff)
            changed += 1
            after = target.current(table, row_id)
            key = (entry.transaction_id, entry.actor, entry.device, entry.at)
            by_origin[key].append(RowChange(table, row_id, now, after))
        target.flush_writes()
        all_changes = [c for changes in by_origin.values() for c in changes]
        search_index.update(session, all_changes)
        for (transaction_id, actor, device, at), changes in by_origin.items():
            audit(session, changes, transaction_id, at=at, identity=Identity(actor, device))
        return changed
    finally:
        session.info.pop(APPLYING, None)


def _adopt(session: Session, target: _Target, table: str, mine: dict[str, Any], theirs: dict[str, Any]) -> None:
    """A record this laptop made under its own id turns out to exist already (the same
    tag, made on two laptops): what pointed at ours now points at the shared one."""
    pk = list(Base.metadata.tables[table].primary_key.columns)[0].name
    old, new = mine[pk], theirs[pk]
    target.flush_writes()
    for other in Base.metadata.sorted_tables:
        if other.name in LOCAL_TABLES:
            continue
        for column in other.columns:
            if any(fk.column.table.name == table for fk in column.foreign_keys):
                session.execute(update(other).where(column == old).values({column.name: new}))
                target.forget([(other.name, key) for (t, key) in list(target._rows) if t == other.name])
    search_index.note_core_delete(session, table, str(old))
    target.delete(table, str(old))
    target.flush_writes()


# --- the server ------------------------------------------------------------------------


@dataclass
class ServerProfile:
    """How to reach the coalition's server (the password is never part of it)."""

    host: str = ""
    port: int = 5432
    database: str = "coalition"
    user: str = ""
    sslmode: str = "prefer"

    def url(self, password: str | None = None) -> URL:
        query = {"connect_timeout": str(CONNECT_TIMEOUT_S)}
        if self.sslmode:
            query["sslmode"] = self.sslmode
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password or None,
            host=self.host or None,
            port=self.port or None,
            database=self.database or None,
            query=query,
        )

    @property
    def keyring_name(self) -> str:
        return f"server:{self.user}@{self.host}:{self.port}/{self.database}"

    def describe(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str | URL) -> ServerProfile:
        parsed = make_url(url) if isinstance(url, str) else url
        if not parsed.get_backend_name().startswith("postgresql"):
            raise SyncError(f"{parsed.render_as_string(hide_password=True)} is not a PostgreSQL server URL")
        sslmode = parsed.query.get("sslmode", "prefer")
        return cls(
            host=parsed.host or "localhost",
            port=parsed.port or 5432,
            database=parsed.database or "coalition",
            user=parsed.username or "",
            sslmode=sslmode if isinstance(sslmode, str) else sslmode[0],
        )


SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def load_profile(session: Session) -> ServerProfile | None:
    raw = _state(session, "server")
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return ServerProfile(**{k: data[k] for k in ("host", "port", "database", "user", "sslmode")})
    except (ValueError, KeyError, TypeError):
        return None


def save_profile(session: Session, profile: ServerProfile | None) -> None:
    if profile is None:
        session.execute(delete(SyncState.__table__).where(SyncState.key == "server"))
    else:
        _set_state(
            session,
            "server",
            json.dumps(
                {
                    "host": profile.host,
                    "port": profile.port,
                    "database": profile.database,
                    "user": profile.user,
                    "sslmode": profile.sslmode,
                }
            ),
        )
    session.commit()


def password_for(profile: ServerProfile, url_password: str | None = None) -> str | None:
    """The server password: in the URL, else ``PGPASSWORD``, else the keyring (or typed
    in this run when there is no keyring)."""
    if url_password:
        return url_password
    env = os.environ.get("PGPASSWORD")
    if env:
        return env
    try:
        return keychain.get(profile.keyring_name)
    except keychain.KeyringUnavailable:
        return None


def _friendly(exc: BaseException, profile: ServerProfile) -> str:
    orig = getattr(exc, "orig", None) or exc
    message = str(orig).strip()
    low = message.lower()
    where = f"{profile.host}:{profile.port}"
    if "password authentication failed" in low or "no password supplied" in low:
        return f"the server at {where} refused the user name or password for {profile.user!r}"
    if "does not exist" in low and "database" in low:
        return f"the server at {where} has no database {profile.database!r}"
    if "connection refused" in low or "could not connect" in low or "timeout" in low or "timed out" in low:
        return f"cannot reach the coalition server at {where}: is it running, and is this laptop online?"
    if "terminat" in low or "server closed the connection" in low or "connection" in low:
        return (
            f"the connection to the server at {where} was lost during the sync; nothing was "
            "half-written, and the next sync resumes where this one stopped"
        )
    first = message.splitlines()[0] if message else type(orig).__name__
    return f"the server at {where} answered: {first}"


def connect(profile: ServerProfile, password: str | None) -> Database:
    """Open the server database, creating or upgrading its schema with our migrations.

    A server whose schema is newer than this app is refused, with a message to update.
    """
    try:
        return open_database(profile.url(password).render_as_string(hide_password=False))
    except DatabaseError as exc:
        cause = exc.__cause__
        if cause is not None and isinstance(cause, (DBAPIError, SQLAlchemyError)):
            raise SyncError(_friendly(cause, profile)) from exc
        message = str(exc).replace(profile.url(password).render_as_string(hide_password=True), f"the server at {profile.host}:{profile.port}")
        if password:
            message = message.replace(password, "***")
        raise SyncError(message) from exc
    except (DBAPIError, SQLAlchemyError) as exc:
        raise SyncError(_friendly(exc, profile)) from exc


def test_connection(profile: ServerProfile, password: str | None) -> str:
    """Connect once and say what was found (for Settings → Test connection)."""
    server = connect(profile, password)
    try:
        with server.engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            changes = conn.execute(select(func.count()).select_from(SyncLog)).scalar() or 0
    except (DBAPIError, SQLAlchemyError) as exc:
        raise SyncError(_friendly(exc, profile)) from exc
    finally:
        server.close()
    return f"Connected to PostgreSQL {version} at {profile.host}:{profile.port}; {changes:,} changes shared so far."


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    already_there: int = 0

    def sentence(self) -> str:
        parts = [f"{self.sent:,} sent", f"{self.received:,} received"]
        if self.conflicts:
            parts.append(f"{self.conflicts:,} conflict{'s' if self.conflicts != 1 else ''} to review")
        return "Synced: " + ", ".join(parts) + "."


def _server_id(conn: Connection) -> str:
    value = conn.execute(select(SyncState.value).where(SyncState.key == "server_id")).scalar()
    if value:
        return value
    value = new_id()
    conn.execute(insert(SyncState.__table__), [{"key": "server_id", "value": value}])
    return value


PUSH_BATCH = 5000  # changes a server transaction takes: memory stays flat, a cut loses little


def seed_outbox(session: Session) -> int:
    """Queue the records that no change in the outbox covers: a database written before
    Coalition kept an outbox sends its whole directory at its first sync.  Done once;
    returns how many records were queued."""
    if _state(session, SEEDED):
        return 0
    from coalition.store.changes import IDENTITY

    now = dt.datetime.now(dt.timezone.utc)
    queued = 0
    for table in Base.metadata.sorted_tables:  # parents before the rows that point at them
        if table.name in LOCAL_TABLES or table.name not in MODEL_BY_TABLE:
            continue
        pk = list(table.primary_key.columns)[0]
        covered = select(SyncOutbox.row_id).where(SyncOutbox.table_name == table.name)
        rows = [
            dict(r._mapping) for r in session.execute(select(table).where(pk.not_in(covered)))
        ]
        if not rows:
            continue
        session.execute(
            insert(SyncOutbox.__table__),
            [
                {
                    "op_id": new_id(),
                    "origin": "",
                    "transaction_id": new_id(),
                    "at": now,
                    "actor": IDENTITY.actor,
                    "device": IDENTITY.device,
                    "table_name": table.name,
                    "row_id": str(row[pk.name]),
                    "action": "insert",
                    "fields": sorted(row),
                    "base": None,
                    "row": encode_row(row),
                    "sent": False,
                }
                for row in rows
            ],
        )
        queued += len(rows)
    _set_state(session, SEEDED, now.isoformat())
    session.commit()
    return queued


def _bulk(work: Callable[..., Any]) -> Callable[..., Any]:
    """Work on thousands of records that makes no reference cycles: the cycle collector
    waits until it is done.  Left running, it walks every object of the program each
    time the new ones pile up (~0.1 s, several times in one sync of 10,000 records);
    what the work leaves behind is freed as it goes, by reference counting."""

    @functools.wraps(work)
    def run(*args: Any, **kwargs: Any) -> Any:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return work(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return run


@_bulk
def push(local: Database, server: Database, progress: Progress | None = None) -> tuple[int, int, int]:
    """Send the waiting changes, a batch to a server transaction; returns (sent,
    conflicts found, already on the server)."""
    with local.session() as session:
        origin = replica_id(session)
        seed_outbox(session)
        total = session.scalar(select(func.count()).select_from(SyncOutbox).where(unsent(session))) or 0
    sent = found = already = 0
    after = done = 0
    while True:
        with local.session() as session:
            ops, withheld = pending_ops(session, after=after, limit=PUSH_BATCH)
            if not ops and not withheld:
                break
            after = max([op.seq for op in ops] + withheld)
            if not ops:  # only changes to records kept here: nothing goes out
                _mark_pushed(session, after)
                session.commit()
        done += len(withheld)
        if not ops:
            continue

        def step(stage: str, number: int, _count: int, base: int = done) -> None:
            if progress is not None:
                progress(stage, base + number, total)

        with server.engine.connect() as conn, conn.begin():
            if server.engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
            _server_id(conn)
            result = merge(ServerTarget(conn), ops, step, "Sending")
            if result.conflicts:
                for conflict in result.conflicts:
                    conflict["origin"] = origin
                conn.execute(insert(SyncConflict.__table__), result.conflicts)
        with local.session() as session:
            _mark_pushed(session, after)
            session.commit()
        sent += result.applied
        found += len(result.conflicts)
        already += result.skipped
        done += len(ops)
    return sent, found, already


@_bulk
def pull(local: Database, server: Database, progress: Progress | None = None) -> int:
    """Bring the server's merged changes here; returns how many records changed.

    Records this laptop sent and the server took as they came (``verbatim``) are not
    brought back: the laptop holds them already.
    """
    with server.engine.connect() as conn:
        server_id = _server_id(conn)
        conn.commit()
        mark = f"pulled:{server_id}"
        with local.session() as session:
            last = int(_state(session, mark) or 0)
            origin = replica_id(session)
        newest = conn.execute(select(func.max(SyncLog.seq))).scalar() or 0
        # Skipped only when nothing else this pull brings touches the record: one deleted
        # there before this laptop brought it back must be seen deleted and back.  (Found
        # once for the whole pull, by one pass over its entries, not a lookup for each.)
        span = (SyncLog.seq > last) & (SyncLog.seq <= newest)
        touched_again = (
            select(SyncLog.table_name, SyncLog.row_id)
            .where(span)
            .group_by(SyncLog.table_name, SyncLog.row_id)
            .having(func.count() > 1)
        )
        wanted = span & ~(
            SyncLog.verbatim
            & (SyncLog.origin == origin)
            & tuple_(SyncLog.table_name, SyncLog.row_id).not_in(touched_again)
        )
        received = 0
        done = 0
        total: int | None = None
        while True:
            entries = conn.execute(
                select(SyncLog).where(SyncLog.seq > last, wanted).order_by(SyncLog.seq).limit(PULL_BATCH)
            ).all()
            if total is None:  # counted only when there is more than one batch to show
                total = len(entries) if len(entries) < PULL_BATCH else conn.execute(
                    select(func.count()).select_from(SyncLog).where(SyncLog.seq > last, wanted)
                ).scalar() or 0
            conn.rollback()
            if not entries:
                break
            with local.session() as session:
                received += apply_entries(session, entries)
                last = entries[-1].seq
                _set_state(session, mark, str(last))
                session.commit()
            done += len(entries)
            if progress is not None:
                progress("Receiving", done, total)
        if newest > last:  # what is left is this laptop's own, as it sent it
            with local.session() as session:
                _set_state(session, mark, str(newest))
                session.commit()
        _deliver_conflicts(local, conn)
    return received


def _deliver_conflicts(local: Database, conn: Connection) -> None:
    """Bring the conflicts this laptop's pushes found (kept on the server until delivered,
    so a connection lost right after a push loses none of them)."""
    with local.session() as session:
        origin = replica_id(session)
    rows = conn.execute(
        select(SyncConflict.__table__).where(SyncConflict.origin == origin, SyncConflict.delivered.is_(False))
    ).all()
    conn.rollback()
    if not rows:
        return
    with local.session() as session:
        have = set(
            session.execute(select(SyncConflict.id).where(SyncConflict.id.in_([r.id for r in rows]))).scalars()
        )
        fresh = [dict(r._mapping) for r in rows if r.id not in have]
        if fresh:
            for row in fresh:
                row["delivered"] = True
            session.execute(insert(SyncConflict.__table__), fresh)
            record_conflicts_in_history(session, fresh)
        session.commit()
    with conn.begin():
        conn.execute(
            update(SyncConflict.__table__)
            .where(SyncConflict.id.in_(bindparam("ids", expanding=True)))
            .values(delivered=True),
            {"ids": [r.id for r in rows]},
        )


def record_conflicts_in_history(session: Session, conflicts: list[dict[str, Any]]) -> None:
    """Each conflict goes into the record's history: the value that was not kept stays
    readable there."""
    for c in conflicts:
        kept_mine = c["kept"] == "mine"
        winner = (c["my_actor"], c["my_device"]) if kept_mine else (c["their_actor"], c["their_device"])
        loser_value = c["theirs"] if kept_mine else c["mine"]
        kept_value = c["mine"] if kept_mine else c["theirs"]
        session.add(
            ChangeLog(
                at=c["found_at"],
                transaction_id=c["id"],
                actor=winner[0],
                device=winner[1],
                table_name=c["table_name"],
                row_id=c["row_id"],
                action="conflict",
                summary=(c["record"] or "")[:200],
                before={c["field"] or "record": loser_value},
                after={c["field"] or "record": kept_value},
            )
        )


def sync(
    local: Database,
    profile: ServerProfile,
    password: str | None,
    progress: Progress | None = None,
) -> SyncReport:
    """Push then pull.  Raises :class:`SyncError` with a sentence fit to show."""
    server = connect(profile, password)
    try:
        sent, conflicts, already = push(local, server, progress)
        received = pull(local, server, progress)
    except (DBAPIError, SQLAlchemyError) as exc:
        raise SyncError(_friendly(exc, profile)) from exc
    finally:
        server.close()
    with local.session() as session:
        _set_state(session, "last_sync", dt.datetime.now(dt.timezone.utc).isoformat())
        session.commit()
    return SyncReport(sent=sent, received=received, conflicts=conflicts, already_there=already)


# --- what the status bar and the conflict view show ------------------------------------


@dataclass
class Status:
    waiting: int
    conflicts: int
    last_sync: dt.datetime | None
    configured: bool


def status(session: Session) -> Status:
    last = _state(session, "last_sync")
    return Status(
        waiting=waiting_count(session),
        conflicts=session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        or 0,
        last_sync=dt.datetime.fromisoformat(last) if last else None,
        configured=load_profile(session) is not None,
    )


def conflicts(session: Session, *, include_resolved: bool = False) -> list[SyncConflict]:
    query = select(SyncConflict).order_by(SyncConflict.found_at.desc(), SyncConflict.id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    return list(session.execute(query).scalars())


# --- records kept on this laptop only --------------------------------------------------


def _children(session: Session, table: str, row_id: str) -> list[tuple[str, dict[str, Any]]]:
    """Rows of other tables that point at this record (its e-mails, memberships...)."""
    found: list[tuple[str, dict[str, Any]]] = []
    for other in Base.metadata.sorted_tables:
        if other.name in LOCAL_TABLES:
            continue
        for column in other.columns:
            if any(fk.column.table.name == table for fk in column.foreign_keys):
                for row in session.execute(select(other).where(column == row_id)):
                    found.append((other.name, dict(row._mapping)))
    return found


def _queue(session: Session, table: str, row_id: str, action: str, row: dict[str, Any],
           transaction_id: str, origin: str = "") -> None:
    from coalition.store.changes import IDENTITY

    session.execute(
        insert(SyncOutbox.__table__),
        [
            {
                "op_id": new_id(),
                "origin": origin,
                "transaction_id": transaction_id,
                "at": dt.datetime.now(dt.timezone.utc),
                "actor": IDENTITY.actor,
                "device": IDENTITY.device,
                "table_name": table,
                "row_id": row_id,
                "action": action,
                "fields": sorted(row) if action == "insert" else [],
                "base": encode_row(row) if action == "delete" else None,
                "row": encode_row(row) if action == "insert" else None,
                "sent": False,
            }
        ],
    )


UNSHARE = "unshare"  # outbox origin of the deletions that take a record off the server


def keep_private(session: Session, changeset: ChangeSet) -> None:
    """Keep the records one change made on this laptop for good (the sample coalition):
    marked private, and what it queued for the server withheld."""
    rows = {
        (c.table, c.row_id) for c in changeset.changes if c.table not in LOCAL_TABLES and c.after is not None
    }
    have = private_keys(session)[0]
    fresh = [{"table_name": t, "row_id": r} for t, r in sorted(rows - have)]
    if fresh:
        session.execute(insert(SyncPrivate.__table__), fresh)
    session.execute(
        update(SyncOutbox.__table__)
        .where(SyncOutbox.transaction_id == changeset.transaction_id)
        .values(sent=True)
    )
    session.commit()


def is_record_private(session: Session, table: str, row_id: str) -> bool:
    return session.get(SyncPrivate, (table, row_id)) is not None


def set_private(session: Session, table: str, row_id: str, private: bool) -> None:
    """Keep a record (and what hangs on it) on this laptop only, or share it again.

    Made private after it was sent, it is taken off the server at the next sync (the
    others' copies go too); shared again, it is sent whole.
    """
    pk = list(Base.metadata.tables[table].primary_key.columns)[0]
    row = session.execute(select(Base.metadata.tables[table]).where(pk == row_id)).first()
    if row is None:
        raise NotFoundError("that record no longer exists")
    values = dict(row._mapping)
    children = _children(session, table, row_id)
    if private == is_record_private(session, table, row_id):
        return
    transaction_id = new_id()
    if private:
        session.add(SyncPrivate(table_name=table, row_id=row_id))
        was_sent = session.scalar(
            select(func.count()).select_from(SyncOutbox).where(
                SyncOutbox.table_name == table, SyncOutbox.row_id == row_id, ~unsent(session)
            )
        ) or _state(session, "last_sync") is not None
        if was_sent:
            for child_table, child in children:
                _queue(session, child_table, str(child["id"]), "delete", child, transaction_id, UNSHARE)
            _queue(session, table, row_id, "delete", values, transaction_id, UNSHARE)
    else:
        session.execute(
            delete(SyncPrivate.__table__).where(SyncPrivate.table_name == table, SyncPrivate.row_id == row_id)
        )
        _queue(session, table, row_id, "insert", values, transaction_id)
        for child_table, child in children:
            _queue(session, child_table, str(child["id"]), "insert", child, transaction_id)
    session.commit()


# --- deciding a conflict again ---------------------------------------------------------


def _set_resolved(session: Session, conflict_id: str, resolution: str) -> None:
    session.execute(
        update(SyncConflict.__table__)
        .where(SyncConflict.id == conflict_id)
        .values(resolved_at=dt.datetime.now(dt.timezone.utc), resolution=resolution)
    )


def accept(session: Session, conflict_id: str) -> None:
    """Leave the conflict as the default decided it."""
    _set_resolved(session, conflict_id, "kept")
    session.commit()


def other_choice(session: Session, conflict: SyncConflict) -> str:
    """What choosing the other side does, in words for a button."""
    if conflict.kind == "field":
        return "Use the other value"
    if conflict.kind == "refused":
        return "Try it again"
    exists = session.get(MODEL_BY_TABLE[conflict.table_name], conflict.row_id) is not None
    return "Delete it" if exists else "Bring it back"


def choose_other(session: Session, conflict_id: str) -> None:
    """Undo the default decision: the other value, the record brought back, or deleted.

    One local change, recorded like any edit (undo, history) and sent at the next sync.
    """
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFoundError("that conflict is no longer listed")
    try:
        _choose_other(session, conflict)
    except IntegrityError as exc:
        raise CoalitionError(
            f"{conflict.record or 'the record'} cannot be brought back: {_reason(exc)}"
        ) from exc


@writes("Decide a sync conflict")
def _choose_other(session: Session, conflict: SyncConflict) -> None:
    model = MODEL_BY_TABLE[conflict.table_name]
    obj = session.get(model, conflict.row_id)
    if conflict.kind == "field":
        if obj is None:
            raise CoalitionError(f"{conflict.record or 'the record'} has since been deleted")
        value = conflict.theirs if conflict.kept == "mine" else conflict.mine
        decoded = decode_row(conflict.table_name, {conflict.field: value}) or {}
        setattr(obj, conflict.field, decoded.get(conflict.field))
    elif conflict.kind == "edit_delete" and obj is not None:
        session.delete(obj)
    else:
        items = conflict.rows or []
        if conflict.kind == "edit_delete":
            items = [{**item, "action": "insert"} for item in items]
        for item in items:
            table, raw = item.get("table"), item.get("row")
            if table not in MODEL_BY_TABLE or not raw:
                continue
            row_model = MODEL_BY_TABLE[table]
            row = decode_row(table, raw) or {}
            pk = list(Base.metadata.tables[table].primary_key.columns)[0].name
            existing = session.get(row_model, row.get(pk))
            if item.get("action") == "delete":
                if existing is not None:
                    session.delete(existing)
            elif existing is None:
                session.add(row_model(**{k: v for k, v in row.items() if k != "updated_at"}))
            else:
                for key, value in row.items():
                    if key not in BOOKKEEPING and getattr(existing, key) != value:
                        setattr(existing, key, value)
            session.flush()
    # Through the ORM, so that undoing this choice puts the conflict back on the list.
    conflict.resolved_at = dt.datetime.now(dt.timezone.utc)
    conflict.resolution = "other"
