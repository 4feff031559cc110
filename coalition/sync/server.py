"""The coalition's PostgreSQL database as a merge writes into it (:class:`ServerTarget`):
the merged records plus ``sync_log``, one entry for each change merged; long runs of
new records and of log entries go by COPY."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, text
from sqlalchemy.exc import DBAPIError, ResourceClosedError

from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import PRIVATE, SHARED, Base, new_id
from coalition.store.models import MODEL_BY_TABLE, SyncLog
from coalition.store.outbox import LOCAL_TABLES
from coalition.store.rowcodec import decode_row, encode_row, parse_instant
from coalition.sync import people_merges
from coalition.sync.ops import HIDE, REFUSED, Op, When
from coalition.sync.target import Entry, Target, among, chunks, history_when, unique_keys

# Plain table columns: the sync's queries need no ORM mapping set up first (in a
# fresh process that took half a second before a sync's first query).
_LOG = SyncLog.__table__.c

if TYPE_CHECKING:
    import psycopg

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
    return parse_instant(value).astimezone(dt.UTC).replace(tzinfo=None).isoformat()


# A log entry as :meth:`ServerTarget.log` keeps it until written.
_LOG_COLUMNS = (
    "op_id",
    "origin",
    "transaction_id",
    "at",
    "actor",
    "device",
    "table_name",
    "row_id",
    "action",
    "fields",
    "row",
    "verbatim",
    "actor_org",
    "owner_org_id",
    "visibility",
)


_OWNER_KEY, _VISIBILITY_KEY = '"owner_org_id": ', '"visibility": '


def _whose(op: Op) -> dict[str, Any] | None:
    """A new record's owner and visibility, found in its JSON text as this program writes
    it (one key each, once), without reading the whole record; else read whole."""
    text_ = op.row_json
    if text_ is None or text_.count(_OWNER_KEY) != 1 or text_.count(_VISIBILITY_KEY) != 1:
        return op.row
    found: dict[str, Any] = {}
    for name, key in (("owner_org_id", _OWNER_KEY), ("visibility", _VISIBILITY_KEY)):
        start = text_.index(key) + len(key)
        if text_.startswith("null", start):
            found[name] = None
            continue
        end = text_.find('"', start + 1)
        value = text_[start + 1 : end]
        if text_[start] != '"' or end < 0 or "\\" in value:
            return op.row
        found[name] = value
    return found


def _record_of(op: Op) -> dict[str, Any]:
    """A new record's values as its JSON text gives them."""
    record = op.row_once()
    if record is None:  # accepts_raw lets through only changes that carry a record
        raise TypeError(f"change {op.op_id} came without its record")
    return record


def _write_rows(
    copy: Any, table: Any, names: Sequence[str], keys: Sequence[str], rows: list[dict[str, Any]]
) -> None:
    """Rows into a COPY of ``table``'s columns ``names``, each value read from its row
    under the matching key of ``keys``, as the column's type has PostgreSQL read it."""
    kinds = [_copy_kind(table.c[name]) for name in names]
    pairs = list(zip(keys, kinds, strict=True))
    utc = dt.UTC
    for row in rows:
        values = []
        for key, kind in pairs:
            value = row.get(key)
            if value is not None:
                if kind == "instant":
                    value = value.astimezone(utc).replace(tzinfo=None)
                elif kind == "json":
                    value = json.dumps(value)
                elif kind == "enum":
                    value = value.value if hasattr(value, "value") else value
            values.append(value)
        copy.write_row(values)


@functools.lru_cache(maxsize=256)
def _fields_text_of(fields: tuple[str, ...]) -> str:
    return json.dumps(list(fields))


def _fields_text(fields: list[str]) -> str:
    """A log entry's changed fields as JSON text (the edits of a push change alike)."""
    return _fields_text_of(tuple(fields))


def _as_sent(op: Op, action: str, fields: list[str], values: dict[str, Any] | None) -> bool:
    """Whether an edit left the record exactly as the laptop that sent it holds it: then
    its pull need not bring it back (marked verbatim, as a new record taken as it came;
    brought all the same when another entry of that pull touches the record).  Not for
    what the walls or natural keys follow (who may read it, an agreement, a key)."""
    return (
        action == "update"
        and op.action == "update"
        and values is not None
        and op.table != "sharing_agreement"
        and "visibility" not in fields
        and "owner_org_id" not in fields
        and not unique_keys(op.table)
        and values == op.row
    )


class ServerTarget(Target):
    """The coalition's PostgreSQL database: the merged data plus ``sync_log``."""

    conn: Connection  # a connection of its own, never a laptop's session

    def __init__(self, conn: Connection):
        super().__init__(conn)
        self._log: list[tuple[Any, ...]] = []
        self.takes_raw = conn.dialect.name == "postgresql"
        # PostgreSQL takes no COPY into a table whose rows are walled off (row-level
        # security: see coalition.sync.walls); then rows go through a scratch table.
        self.copies = self.takes_raw
        # Who the server says made the changes (a walled server takes no other author).
        self.author: tuple[str, str] | None = None
        if self.takes_raw:
            walled, stamps = conn.execute(
                text(
                    "SELECT row_security_active('sync_log'), "
                    "to_regprocedure('coalition_author()') IS NOT NULL"
                )
            ).one()
            self.copies = not walled
            if stamps:
                actor, org = conn.execute(
                    text("SELECT actor, actor_org FROM coalition_author()")
                ).one()
                self.author = (str(actor), str(org))

    def _driver(self) -> psycopg.Connection[Any]:
        """The driver's own connection under ours, for COPY (which SQLAlchemy does not say)."""
        raw: psycopg.Connection[Any] | None = self.conn.connection.driver_connection
        if raw is None:
            raise ResourceClosedError(
                QT_TRANSLATE_NOOP("Sync", "the connection to the server is closed")
            )
        return raw

    def accepts_raw(self, op: Op) -> bool:
        """Whether ``op`` is a new record that can be written from its JSON text."""
        return (
            self.takes_raw
            and op.action == "insert"
            and op.row_json is not None
            and op.fields_json is not None
            and not self.aliases
            and not people_merges.names_merged(self, op.row_json)
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
        with self._copy_in(table.name, names) as copy:
            for op in ops:
                record = _record_of(op)
                values = [record.get(name) for name in names]
                for i in instants:
                    values[i] = _utc_text(values[i])
                for i in nested:
                    if values[i] is not None:
                        values[i] = json.dumps(values[i])
                copy.write_row(values)

    @contextlib.contextmanager
    def _copy_in(self, table: str, names: Sequence[str]) -> Iterator[Any]:
        """A COPY of rows into ``table``'s columns ``names``.  Where its rows are walled
        (row-level security: PostgreSQL takes no COPY there), they go into a scratch
        table of this session's, and one INSERT moves them on, through the walls."""
        raw = self._driver()
        listed = ", ".join(f'"{name}"' for name in names)
        if self.copies:
            statement = f"COPY {table} ({listed}) FROM STDIN"
            with _driver_errors(statement), raw.cursor() as cursor, cursor.copy(statement) as copy:
                yield copy
            return
        # Made once a session (emptied at each commit), of the table's columns without
        # its constraints: the INSERT checks them, and the walls.
        scratch = f"coalition_in_{table}"
        statement = f"INSERT INTO {table} ({listed}) SELECT {listed} FROM pg_temp.{scratch}"
        with _driver_errors(statement), raw.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {scratch} ON COMMIT DELETE ROWS AS "
                f"SELECT * FROM {table} WITH NO DATA"
            )
            with cursor.copy(f"COPY pg_temp.{scratch} ({listed}) FROM STDIN") as copy:
                yield copy
            cursor.execute(statement)
            cursor.execute(f"DELETE FROM pg_temp.{scratch}")

    def reset(self) -> None:
        super().reset()
        self._log = []

    def known(self, op_ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in chunks(self.conn, op_ids):
            found.update(
                self.conn.execute(
                    select(_LOG.op_id).where(among(self.conn, _LOG.op_id, chunk))
                ).scalars()
            )
        return found

    def last_change(self, table: str, row_id: str, field_name: str | None) -> When | None:
        self.flush_writes()
        self.flush()
        rows = self.conn.execute(
            select(_LOG.at, _LOG.actor, _LOG.device, _LOG.action, _LOG.fields)
            .where(_LOG.table_name == table, _LOG.row_id == row_id)
            .order_by(_LOG.seq.desc())
        ).all()
        entries = [Entry(r.at, r.actor, r.device, r.action, set(r.fields or [])) for r in rows]
        return history_when(entries, field_name)

    def parts_deleted_with(self, table: str, row_id: str) -> list[tuple[str, dict[str, Any]]]:
        """The rows the last deletion of this record took with it (the same transaction),
        each as the log last held it before."""
        self.flush_writes()
        self.flush()
        transaction_id = self.conn.execute(
            select(_LOG.transaction_id)
            .where(_LOG.table_name == table, _LOG.row_id == row_id, _LOG.action == "delete")
            .order_by(_LOG.seq.desc())
            .limit(1)
        ).scalar()
        if transaction_id is None:
            return []
        deleted = self.conn.execute(
            select(_LOG.table_name, _LOG.row_id, _LOG.seq).where(
                _LOG.transaction_id == transaction_id, _LOG.action == "delete"
            )
        ).all()
        parts = []
        for part_table, part_id, seq in deleted:
            if (part_table, part_id) == (table, row_id) or part_table not in MODEL_BY_TABLE:
                continue
            before = self.conn.execute(
                select(_LOG.row)
                .where(
                    _LOG.table_name == part_table,
                    _LOG.row_id == part_id,
                    _LOG.seq < seq,
                    _LOG.row.is_not(None),
                )
                .order_by(_LOG.seq.desc())
                .limit(1)
            ).scalar()
            row = decode_row(part_table, before) if isinstance(before, dict) else None
            if row is not None:
                parts.append((part_table, row))
        return parts

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
        record stands exactly as the change's own, so its JSON text is written as it
        came, neither encoded nor written out again)."""
        text_: str | None = None
        if as_sent and op.row_json is not None:
            values, text_ = op.row, op.row_json
        else:
            values = encoded if encoded is not None else encode_row(row)
        if text_ is None and values is not None:
            text_ = json.dumps(values)
        self._log_entry(
            op,
            action,
            RawJSON(_fields_text(fields)),
            None if text_ is None else RawJSON(text_),
            encoded is not None or _as_sent(op, action, fields, values),
            values if values is not None else (op.base or op.row),
        )
        if action in ("update", "delete") and (
            op.table == "sharing_agreement" or "visibility" in fields or "owner_org_id" in fields
        ):
            self._log_withdrawal(op, action, fields, row)
        if op.table == "sharing_agreement" and (
            action == "insert" or (action == "update" and "revoked_at" in fields)
        ):
            self._log_granted(op, row)
        elif (
            action == "update"
            and "visibility" in fields
            and (row or {}).get("visibility") == SHARED
        ):
            self._log_parts(op)

    def _log_parts(self, op: Op) -> None:
        """After a record is made shared again: what hangs on it (a person's e-mails,
        phones, memberships), as it stands, for the laptops that dropped it with the
        record when it was made private (:mod:`coalition.sync.withdraw`), one entry
        each, read by the same organizers as each part."""
        for table, values in self.dependents(op.table, op.row_id):
            self._log_state(op, table, values)

    def _log_state(self, op: Op, table: str, values: dict[str, Any]) -> None:
        row_id = str(values[self._pk(table).name])
        self._log_entry(
            op.replace(op_id=new_id(), table=table, row_id=row_id),
            "state",
            RawJSON("[]"),
            RawJSON(json.dumps(encode_row(values))),
            False,
            values,
        )

    def _log_granted(self, op: Op, agreement: dict[str, Any] | None) -> None:
        """After an agreement in force is logged (made, or no longer revoked): the
        granting organization's private records, as they stand, for the laptops of the
        organization it now lets read them, which took them away when an earlier
        agreement ended (or never had them): one entry each, read by the same organizers
        as the records.  Only ever as many as that organization's private records, once
        an agreement."""
        if agreement is None or agreement.get("revoked_at") is not None:
            return
        owner = agreement.get("from_org_id")
        if owner is None:
            return
        self.flush_writes()
        for table in Base.metadata.sorted_tables:
            if table.name in LOCAL_TABLES or "visibility" not in table.c:
                continue
            rows = self.conn.execute(
                select(table).where(table.c.owner_org_id == owner, table.c.visibility == PRIVATE)
            )
            for found in rows:
                self._log_state(op, table.name, dict(found._mapping))

    def _log_withdrawal(
        self, op: Op, action: str, fields: list[str], row: dict[str, Any] | None
    ) -> None:
        """After a change that takes a record from organizations that could read it, an
        entry every laptop reads saying so, without its values: a laptop whose organizer
        may no longer read it drops its copy (:mod:`coalition.sync.withdraw`).

        Read by every role (shared): the server's log has no way to name only the readers
        who lost the record, and the entry tells the others nothing but that a record they
        may never have seen, by its id, is now private to its owner.  Its owner is the
        record's (for an agreement ended: the organization that granted it)."""
        if op.table == "sharing_agreement" and (action == "delete" or "revoked_at" in fields):
            record = row if row is not None else decode_row(op.table, op.base or op.row) or {}
            if action != "delete" and record.get("revoked_at") is None:
                return
            owner = record.get("from_org_id")
        elif action == "update" and row is not None and row.get("visibility") == PRIVATE:
            owner = row.get("owner_org_id")
        else:
            return
        self._log_entry(
            op.replace(op_id=new_id()),
            HIDE,
            RawJSON("[]"),
            None,
            False,
            {"owner_org_id": owner, "visibility": SHARED},
        )

    def log_raw(self, op: Op) -> None:
        """The entry of a new record taken as it came, its JSON text as it came."""
        # Whose record it is: read from its text where the server's walls read the log
        # by it (elsewhere left for the walls, when put up, to fill in: see walls.install).
        record = _whose(op) if self.author is not None else None
        self._log_entry(op, "insert", RawJSON(op.fields_json), RawJSON(op.row_json), True, record)
        if op.table == "sharing_agreement":
            self._log_granted(op, op.row)

    def log_refused(self, op: Op) -> None:
        """The entry of a change the server's walls refused: it names the change, so
        that it is not sent again, and holds no record (see coalition.sync.ops.REFUSED)."""
        self._log_entry(op, REFUSED, RawJSON("[]"), None, False, None)

    def _log_entry(
        self,
        op: Op,
        action: str,
        fields: RawJSON,
        row: RawJSON | None,
        verbatim: bool,
        record: dict[str, Any] | None,
    ) -> None:
        # Whose record it is and whether it is shared (a walled server checks them
        # against the row), and who made it (as the server says, where it says).
        record = record or {}
        actor, actor_org = self.author or (op.actor, op.actor_org)
        self._log.append(
            (
                op.op_id,
                op.origin,
                op.transaction_id,
                op.at_text or op.at,
                actor,
                op.device,
                op.table,
                op.row_id,
                action,
                fields,
                row,
                verbatim,
                actor_org,
                record.get("owner_org_id"),
                record.get("visibility") or "shared",
            )
        )

    def flush(self) -> None:
        """Write the log entries made so far (one COPY on PostgreSQL)."""
        entries, self._log = self._log, []
        if not entries:
            return
        if self.conn.dialect.name != "postgresql" or len(entries) < _COPY_FROM:
            self.conn.execute(
                insert(SyncLog.__table__),
                [
                    {
                        name: json.loads(value)
                        if isinstance(value, RawJSON)
                        else parse_instant(value)
                        if name == "at" and isinstance(value, str)
                        else value
                        for name, value in zip(_LOG_COLUMNS, entry, strict=True)
                    }
                    for entry in entries
                ],
            )
            return
        utc = dt.UTC
        with self._copy_in("sync_log", _LOG_COLUMNS) as copy:
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
        with self._copy_in(table.name, names) as copy:
            _write_rows(copy, table, names, names, rows)

    def _update_rows(self, table: Any, names: tuple[str, ...], rows: list[Any]) -> None:
        """A run of updates of the same columns as one statement: the new values by COPY
        into a scratch table of this session's, then one UPDATE … FROM it.  An update a
        record at a time, even pipelined, took most of a push of 5,000 edited people.
        The walls and the server's triggers see each row as they see any update."""
        if self.conn.dialect.name != "postgresql" or len(rows) < _COPY_FROM:
            super()._update_rows(table, names, rows)
            return
        pk = self._pk(table.name).name
        last: dict[str, Any] = {}
        for row in rows:  # the same columns each time: a record's last values stand
            last[row["k_id"]] = row
        scratch = f"coalition_up_{table.name}"
        listed = [pk, *names]
        settings = ", ".join(f'"{name}" = s."{name}"' for name in names)
        statement = (
            f"UPDATE {table.name} AS t SET {settings} FROM pg_temp.{scratch} AS s "
            f'WHERE t."{pk}" = s."{pk}"'
        )
        with _driver_errors(statement), self._driver().cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {scratch} ON COMMIT DELETE ROWS AS "
                f"SELECT * FROM {table.name} WITH NO DATA"
            )
            columns_ = ", ".join(f'"{name}"' for name in listed)
            with cursor.copy(f"COPY pg_temp.{scratch} ({columns_}) FROM STDIN") as copy:
                keys = ["k_id", *(f"v_{name}" for name in names)]
                _write_rows(copy, table, listed, keys, list(last.values()))
            cursor.execute(statement)
            cursor.execute(f"DELETE FROM pg_temp.{scratch}")

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        with self.conn.begin_nested():
            yield
            self.flush_writes()
            self.flush()
