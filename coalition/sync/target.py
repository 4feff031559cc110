"""A database that changes are merged into (:class:`Target`), read and written with SQL
on one connection: rows read once and remembered, writes queued and sent in runs of
alike rows, natural keys asked all at once.  What differs between the server and a
laptop is in :mod:`coalition.sync.server` and :mod:`coalition.sync.local`."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Table,
    bindparam,
    delete,
    insert,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from coalition.store.base import Base
from coalition.store.fastinsert import FastInsert
from coalition.store.models import MODEL_BY_TABLE
from coalition.store.rowcodec import decode_row
from coalition.sync.ops import Op, When

BATCH = 500


@functools.cache
def unique_keys(table: str) -> list[tuple[str, ...]]:
    """The natural keys of a table (a tag's name, one attendance per person and call)."""
    from sqlalchemy import UniqueConstraint

    meta = Base.metadata.tables[table]
    keys = {
        tuple(c.name for c in con.columns)
        for con in meta.constraints
        if isinstance(con, UniqueConstraint)
    }
    keys |= {(c.name,) for c in meta.columns if c.unique and not c.primary_key}
    keys |= {tuple(c.name for c in index.columns) for index in meta.indexes if index.unique}
    return sorted(keys)


def find_same(conn: Connection | Session, table: str, row: dict[str, Any]) -> dict[str, Any] | None:
    """Another row with the same natural key as ``row`` (made on another laptop)."""
    meta = Base.metadata.tables[table]
    pk = next(iter(meta.primary_key.columns))
    for key in unique_keys(table):
        if any(row.get(name) is None for name in key):
            continue
        query = select(meta).where(*(meta.c[name] == row[name] for name in key), pk != row[pk.name])
        found = conn.execute(query.limit(1)).first()
        if found is not None:
            return dict(found._mapping)
    return None


def chunks(conn: Connection | Session, ids: list[str]) -> Iterator[list[str]]:
    """Ids in lists one query can take: all at once as a PostgreSQL array, or a few
    hundred bound values at a time for SQLite."""
    step = (len(ids) or 1) if is_postgres(conn) else BATCH
    for start in range(0, len(ids), step):
        yield ids[start : start + step]


def is_postgres(conn: Connection | Session) -> bool:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return bind.dialect.name == "postgresql"


def _array_text(ids: list[str]) -> str:
    """A PostgreSQL array literal of ``ids`` (one text to send, not one value each)."""
    quoted = (i.replace("\\", "\\\\").replace('"', '\\"') for i in ids)
    return "{" + ",".join(f'"{i}"' for i in quoted) + "}"


def among(conn: Connection | Session, column: Any, ids: list[str]) -> Any:
    if is_postgres(conn):
        # The literal typed as an array where it stands, so the planner holds it as one
        # constant (a cast of a text would be redone for every row it compares).
        from sqlalchemy.types import NullType

        name = f'"{column.table.name}"."{column.name}"'
        return text(f"{name} = ANY(CAST(:ids AS VARCHAR[]))").bindparams(
            bindparam("ids", _array_text(ids), type_=NullType())
        )
    return column.in_(ids)


class Target:
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
        # People merged into others (see coalition.sync.people_merges): merged-away id -> survivor.
        self.merged: dict[str, str] = {}
        self.folds: list[tuple[Op, str]] = []  # their deletions, done last (people_merges.finish)
        # The deletions done by this merge, by transaction (table, id, the row before), and
        # the records whose deletion it refused (an edit came later): what hung on such a
        # record and went in the same transaction comes back with it (see merge.py).
        self.deleted: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        self.kept: dict[str, set[tuple[str, str]]] = {}

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
    def _table(name: str) -> Table:
        return Base.metadata.tables[name]

    def _pk(self, name: str) -> Column[Any]:
        return _primary_key(name)

    def prefetch(self, keys: Iterable[tuple[str, str]]) -> None:
        self.flush_writes()
        by_table: dict[str, set[str]] = defaultdict(set)
        for table, row_id in keys:
            if (table, row_id) not in self._rows:
                by_table[table].add(row_id)
        for table, ids in by_table.items():
            pk = self._pk(table)
            for chunk in chunks(self.conn, sorted(ids)):
                found = self.conn.execute(
                    select(self._table(table)).where(among(self.conn, pk, chunk))
                )
                names = tuple(found.keys())
                for row in found:
                    values = dict(zip(names, row, strict=True))
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
        self.deleted.clear()
        self.kept.clear()

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
            asked = list(found)
            for start in range(0, len(asked), BATCH):
                chunk = asked[start : start + BATCH]
                where = (
                    columns_[0].in_([v[0] for v in chunk])
                    if len(key) == 1
                    else tuple_(*columns_).in_(chunk)
                )
                for holder in self.conn.execute(select(pk, *columns_).where(where)):
                    self._namesakes[(table, key, tuple(holder[1:]))] = str(holder[0])
            for value in asked:
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

    def parts_deleted_with(self, table: str, row_id: str) -> list[tuple[str, dict[str, Any]]]:
        """The rows the last deletion of this record took with it, in its transaction,
        as they stood before (none known here: a laptop's bundle brings them back)."""
        return []

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
            if not isinstance(child, Table):  # every model here is mapped to one table
                raise TypeError(f"{relationship} is not mapped to a table")
            for column in (c for c in relationship.remote_side if c.table is child):
                for row in self.conn.execute(select(child).where(column == row_id)):
                    values = dict(row._mapping)
                    found.extend(
                        self.dependents(child.name, str(values[self._pk(child.name).name]))
                    )
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
                self._update_rows(table, names, rows)
            else:
                ids = [r["k_id"] for r in rows]
                for start in range(0, len(ids), BATCH):
                    self.conn.execute(delete(table).where(pk.in_(ids[start : start + BATCH])))
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
        for (table, action, names), rows in sorted(
            together.items(), key=lambda item: rank[item[0][0]]
        ):
            if action == "raw":
                self._insert_raw(self._table(table), names, rows)
            else:
                self._insert_rows(self._table(table), rows)

    def _insert_raw(self, table: Any, fields_json: str, ops: list[Op]) -> None:
        raise NotImplementedError

    def _update_rows(self, table: Any, names: tuple[str, ...], rows: list[Any]) -> None:
        """A run of updates of the same columns (``k_id``: the record, ``v_<name>``: a value)."""
        pk = self._pk(table.name)
        statement = (
            update(table)
            .where(pk == bindparam("k_id"))
            .values({name: bindparam(f"v_{name}") for name in names})
        )
        self.conn.execute(statement, rows)

    def _insert_rows(self, table: Any, rows: list[dict[str, Any]]) -> None:
        if (
            isinstance(self.conn, Session)
            and self.conn.get_bind().dialect.name == "sqlite"
            and len(rows[0]) == len(table.c)
        ):
            # A pull's new records (all of them, at a first sync) as plain tuples, when
            # they have every column (else SQLAlchemy fills in the defaults): the rows
            # of a run have the same columns (see _queue).
            FastInsert(self.conn, table).write(rows)
            return
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

    def log(
        self,
        op: Op,
        action: str,
        fields: list[str],
        row: dict[str, Any] | None,
        encoded: dict[str, Any] | None = None,
        *,
        as_sent: bool = False,
    ) -> None:
        """One entry for ``op``: the record as it now stands (``encoded``: the same,
        already as JSON values, when the change was taken as it came; ``as_sent``: the
        record stands exactly as the change's own, its values alike)."""
        raise NotImplementedError


def history_when(entries: Iterable[Any], field_name: str | None) -> When | None:
    """The newest entry (newest first) that changed ``field_name``; None = a deletion."""
    for entry in entries:
        if field_name is None:
            if entry.action == "delete":
                return When(entry.at, entry.actor, entry.device)
            continue
        if entry.action == "insert" or field_name in entry.changed:
            return When(entry.at, entry.actor, entry.device)
    return None


@functools.cache
def _primary_key(table: str) -> Column[Any]:
    return next(iter(Base.metadata.tables[table].primary_key.columns))


@functools.cache
def _table_rank() -> dict[str, int]:
    """Tables in an order where each comes after the tables it points at."""
    return {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}


@dataclass
class Entry:
    at: dt.datetime
    actor: str
    device: str
    action: str
    changed: set[str]


@functools.cache
def unique_keys_flat(table: str) -> frozenset[str]:
    return frozenset(name for key in unique_keys(table) for name in key)
