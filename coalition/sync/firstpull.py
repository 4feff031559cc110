"""A first sync's records, written in bulk: a new laptop brings the whole directory.

A pull applies the server's log entries one record at a time (:mod:`coalition.sync.local`):
each row decoded, compared with what the laptop has, written, and audited.  At a first
sync the laptop has none of them, and for the hundreds of thousands of records of a
statewide directory that work took most of the time.  Here the server reads each
record's column values out of its JSON itself, as the text SQLite stores (an instant
as naive UTC, a yes/no as 1 or 0), and makes the summary and the id of its line in the
audit trail; the laptop writes them with one statement a table.

A batch goes this way only when nothing in it needs the record-by-record path: every
entry brings a whole record (no deletion, no record taken back), each record once, none
with a change still waiting here, and nothing is kept private on this laptop.  Written
in a savepoint: a record already here (its id, or a natural key such as a tag's name)
refuses the batch, which then takes the ordinary path.  Each record's line in the audit
trail says what the ordinary path's says (who made it, when, on which device, for which
organization) but holds no copy of the record: the record itself holds it, and the
history reads it there (:func:`coalition.store.audit.history`).  The copies were half of
what a first sync wrote: 244,500 records of 60,000 people came with 134 MB of audit
lines, of a file of 273 MB.  The search index is written once at the end of the
first sync, as before, and so are the indexes that look records up (put off while the
batches are written: see :func:`coalition.sync.run.pull` and :mod:`coalition.store.indexes`).
"""

from __future__ import annotations

import functools
import operator
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    DateTime,
    Integer,
    Time,
    any_,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON, TypeDecorator

from coalition.store.base import Base, UTCDateTime
from coalition.store.changes import _SUMMARY_KEYS
from coalition.store.database import plain_rows
from coalition.store.models import ChangeLog, SyncLog, SyncOutbox
from coalition.store.outbox import LOCAL_TABLES, private_keys
from coalition.sync.bookkeeping import unsent
from coalition.sync.ops import REFUSED
from coalition.sync.target import Target
from coalition.sync.withdraw import Withdrawals, _references

_OUTBOX = SyncOutbox.__table__.c
_ALIAS = "first_pull"
# SQLite's text of an instant (what SQLAlchemy's DateTime stores there), and of a time.
_INSTANT = "'YYYY-MM-DD HH24:MI:SS.US'"
_TIME = "'HH24:MI:SS.US'"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _value_sql(column: Any) -> str:
    """The server's SQL for one column's value, as the text SQLite stores for it (SQLite
    makes a number of a number's text in a numeric column, as it does when given one)."""
    name = _literal(column.name)
    value = f"{_ALIAS}.j->>{name}"
    kind = column.type
    if isinstance(kind, JSON):  # the value's JSON text as it came, not re-encoded
        return f"({_ALIAS}.raw->{name})::text"
    if isinstance(kind, UTCDateTime):  # naive UTC (read in UTC when it names no offset)
        return f"to_char(({value})::timestamptz AT TIME ZONE 'UTC', {_INSTANT})"
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, DateTime):  # a wall-clock time: as written
        return f"to_char(({value})::timestamp, {_INSTANT})"
    if isinstance(kind, Time):
        return f"to_char(('2000-01-01 ' || ({value}))::timestamp, {_TIME})"
    if isinstance(kind, Boolean):
        return f"CASE {value} WHEN 'true' THEN '1' WHEN 'false' THEN '0' ELSE {value} END"
    return value  # text as it is; a date in ISO 8601, as SQLite stores one


def _summary_sql(table: Any) -> str:
    """The audit trail's summary of a record (see coalition.store.changes._summary): its
    first telling value that is not empty, at most 200 characters."""
    parts = []
    for key in _SUMMARY_KEYS:
        if key not in table.c:
            continue
        empty = "'0'" if isinstance(table.c[key].type, Integer) else "''"
        parts.append(f"NULLIF({_ALIAS}.j->>{_literal(key)}, {empty})")
    if not parts:
        return "''"
    return f"left(COALESCE({', '.join(parts)}, ''), 200)"


def written_tables() -> list[str]:
    """The tables a first sync writes: those of the records, and the audit trail."""
    return list(_written())


@functools.cache
def _written() -> tuple[str, ...]:
    return (*(table.name for table in _tables()), ChangeLog.__tablename__)


@functools.cache
def _tables() -> tuple[Any, ...]:
    return tuple(
        table
        for table in Base.metadata.sorted_tables
        if table.name not in LOCAL_TABLES and table.name != "alembic_version"
    )


# A pulled entry's values, in this order: its place in the log and what it does, its
# record's values, and from AUDIT on, its line in the audit trail as the audit trail's
# columns (_AUDIT_COLUMNS; "before" and "after" left empty).
_FIELDS = (
    "seq", "action", "vals",
    "audit_id", "at_text", "transaction_id", "actor", "actor_org", "device", "table_name",
    "row_id", "audit_action", "summary",
)  # fmt: skip
_AUDIT = _FIELDS.index("audit_id")
_AUDIT_COLUMNS = (
    "id", "at", "transaction_id", "actor", "actor_org", "device", "table_name", "row_id",
    "action", "summary",
)  # fmt: skip


@functools.cache
def _outer_columns() -> tuple[str, ...]:
    """The SQL of each of _FIELDS, over the entries read (``first_pull``): the record's
    values (None when the entry brings none, or a record without every column this
    version has), and its audit line (its id, instant, summary...)."""
    values, summaries = [], []
    for table in _tables():
        names = ", ".join(_literal(c.name) for c in table.columns)
        array = ", ".join(_value_sql(c) for c in table.columns)
        values.append(
            f"WHEN {_literal(table.name)} THEN CASE WHEN {_ALIAS}.j ?& ARRAY[{names}] "
            f"THEN ARRAY[{array}]::text[] END"
        )
        summaries.append(f"WHEN {_literal(table.name)} THEN {_summary_sql(table)}")
    kind = f"{_ALIAS}.table_name"
    # A UUID version 7 as new_id makes them: the time in milliseconds, then random bits.
    stamp = f"{_ALIAS}.stamp"
    sql = {
        "vals": f"CASE {kind} {' '.join(values)} END",
        "audit_id": f"substr({stamp}, 1, 8) || '-' || substr({stamp}, 9, 4) || '-7' "
        "|| substr(gen_random_uuid()::text, 16)",
        "at_text": f"to_char({_ALIAS}.at, {_INSTANT})",
        "actor_org": f"COALESCE({_ALIAS}.actor_org, '')",
        "audit_action": "'insert'",
        "summary": f"CASE {kind} {' '.join(summaries)} ELSE '' END",
    }
    return tuple(sql.get(name, f"{_ALIAS}.{name}") for name in _FIELDS)


class Pulled(list[tuple[Any, ...]]):
    """Log entries as the driver gives them (plain tuples of _FIELDS): tens of thousands
    of rows without SQLAlchemy's work, or an object, each.  A batch the bulk path refuses
    is read again as an ordinary pull reads it (see :func:`coalition.sync.run.pull`)."""

    def span(self) -> tuple[int, int]:
        """The log places of the first and the last entry."""
        return self[0][0], self[-1][0]


def read_entries(conn: Connection, *where: Any, limit: int) -> Pulled:
    """The next entries of the log (in ``seq`` order), each with its record's values as
    SQLite stores them, and its line in the audit trail."""
    conn.execute(text("SET LOCAL TIME ZONE 'UTC'"))
    return Pulled(plain_rows(conn, entries_query(*where, limit=limit), binary=True))


def transaction_of(entry: tuple[Any, ...]) -> Any:
    """The change (transaction id) of an entry read by :func:`read_entries`."""
    return entry[_FIELDS.index("transaction_id")]


def entries_query(*where: Any, limit: int) -> Any:
    """The pull's query of the next entries, in ``seq`` order, as _FIELDS (run with the
    time zone UTC)."""
    log = SyncLog.__table__.c
    # The entries' places first (their seq, a list made once), then their values, each
    # entry found by its seq: ordered and cut with the values beside them, the server
    # read every entry of the window into a sort spilled to disk and threw most away; and
    # asked for the entries "in" a subquery, it may read the whole log once a batch.
    chosen = select(log.seq).where(*where).order_by(log.seq).limit(limit)
    inner = (
        select(
            log.seq,
            log.transaction_id,
            log.at,
            log.actor,
            log.actor_org,
            log.device,
            log.table_name,
            log.row_id,
            log.action,
            log.row.label("raw"),
            log.row.cast(JSONB).label("j"),
            literal_column(
                "lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0')"
            ).label("stamp"),
        )
        .where(*where, log.seq == any_(func.array(chosen.scalar_subquery())))
        .subquery(_ALIAS)
    )
    return (
        select(
            *(
                literal_column(sql).label(name)
                for sql, name in zip(_outer_columns(), _FIELDS, strict=True)
            )
        )
        .select_from(inner)
        .order_by(inner.c.seq)
    )


@functools.cache
def _insert_sql(table_name: str, dialect: Any, columns: tuple[str, ...] = ()) -> str:
    """An insert of every column of the table (or of ``columns``), their names quoted."""
    quote = dialect.identifier_preparer.quote
    names = columns or tuple(c.name for c in Base.metadata.tables[table_name].columns)
    marks = ", ".join("?" for _ in names)
    return (
        f"INSERT INTO {quote(table_name)} ({', '.join(quote(n) for n in names)}) VALUES ({marks})"
    )


@functools.cache
def _rank() -> dict[str, int]:
    return {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}


def apply_new(session: Session, entries: Pulled) -> int | None:
    """Write the records of ``entries`` (read by :func:`read_entries`) in bulk when the
    batch can go that way (see the module); returns how many records changed, or None
    when it must take the ordinary path (nothing was written then)."""
    if not entries or session.get_bind().dialect.name != "sqlite":
        return None
    # Done by whole lists (a batch is 10,000 entries): a loop of Python over them cost
    # more than the rest of what is done here.
    tables = set(_written()) - {ChangeLog.__tablename__}
    table_at, id_at, action_at, values_at = (
        _FIELDS.index(n) for n in ("table_name", "row_id", "action", "vals")
    )
    # As the ordinary path, nothing to write for these (a local table, a change refused).
    brought = [e for e in entries if e[table_at] in tables and e[action_at] != REFUSED]
    if [e[values_at] for e in brought].count(None):
        return None  # an entry with no whole record (a deletion, a record taken back...)
    if not {e[action_at] for e in brought} <= {"insert", "update"}:
        return None
    seen = set(
        zip(
            map(operator.itemgetter(table_at), brought),
            map(operator.itemgetter(id_at), brought),
            strict=True,
        )
    )
    if len(seen) < len(brought):
        return None  # a record twice
    present = {e[table_at] for e in brought}
    by_table = {t: [e[values_at] for e in brought if e[table_at] == t] for t in present}
    audit = [e[_AUDIT:] for e in brought]
    if not seen:
        return None
    private = private_keys(session)
    if private[0] or private[1]:
        return None
    pending = session.execute(select(_OUTBOX.table_name, _OUTBOX.row_id).where(unsent(session)))
    if any((row[0], row[1]) in seen for row in pending):
        return None
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    refused = (IntegrityError, session.get_bind().dialect.loaded_dbapi.IntegrityError)
    try:
        with session.begin_nested():
            _write(session, by_table, audit)
    except refused:  # a record, or a natural key, already here
        return None
    _drop_orphans(session, by_table)
    return len(seen)


def _write(session: Session, by_table: dict[str, list[Any]], audit: list[tuple[Any, ...]]) -> None:
    """The records, a statement a table (those pointed at first), then their lines in
    the audit trail in the order of the log: straight to the driver, each row as the
    server made it."""
    dialect = session.get_bind().dialect
    cursor = session.connection().connection.cursor()
    try:
        for table in sorted(by_table, key=_rank().__getitem__):
            cursor.executemany(_insert_sql(table, dialect), by_table[table])
        cursor.executemany(_insert_sql(ChangeLog.__tablename__, dialect, _AUDIT_COLUMNS), audit)
    finally:
        cursor.close()


def _drop_orphans(session: Session, by_table: dict[str, list[Any]]) -> None:
    """Records brought that hang on one this laptop does not hold (one its organizer may
    not read) are not kept, nor their history (see Withdrawals.drop_orphans)."""
    withdrawals = Withdrawals(session, Target(session))
    if withdrawals.readable() is None:
        return
    brought = []
    for table, rows in by_table.items():
        references = _references(table)
        if not references:
            continue
        positions = [
            (name, [c.name for c in Base.metadata.tables[table].columns].index(name))
            for name, _parent in references
        ]
        meta = Base.metadata.tables[table]
        id_at = [c.name for c in meta.columns].index(next(iter(meta.primary_key.columns)).name)
        for values in rows:
            brought.append((table, values[id_at], {name: values[i] for name, i in positions}))
    withdrawals.drop_orphans(brought)
    if withdrawals.gone:
        withdrawals.forget_history()
