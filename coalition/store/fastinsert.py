"""Many rows into one table in one executemany, without SQLAlchemy's work per value.

SQLAlchemy converts every value of every row on its way to the database (a date to
text, a dict to JSON, an enum to its value), a Python call each: for an import's
800,000 rows and as many audit and outbox rows, that took longer than SQLite took to
write them.  :class:`FastInsert` converts by column, once per distinct date and for
None, and hands SQLite plain tuples.  On other databases the rows go through
SQLAlchemy as they are.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON, insert
from sqlalchemy.orm import Session

# Values that many rows hold the same object of: converted once.
_SHARED = (dt.datetime, list)


class FastInsert:
    """Writes rows (dicts with the same keys) into ``table``.

    ``columns`` are the columns written (by default those of the first row: a column
    left out gets its database default, as the outbox's sequence number does).
    ``encoded`` names JSON columns whose values may already be JSON text, written as
    given: the audit trail and the outbox share one encoding of each imported row.
    """

    def __init__(
        self,
        session: Session,
        table: Any,
        columns: Sequence[str] | None = None,
        encoded: Sequence[str] = (),
    ) -> None:
        self._session = session
        self._table = table
        self._dialect = session.get_bind().dialect
        self.fast = self._dialect.name == "sqlite"
        self._columns = tuple(columns) if columns is not None else None
        self._encoded = frozenset(encoded)
        self._plan: tuple[Any, ...] | None = None

    def _prepare(self, names: tuple[str, ...]) -> tuple[Any, ...]:
        converters = []
        for name in names:
            column = self._table.c[name]
            processor = column.type._cached_bind_processor(self._dialect)
            if processor is not None:
                is_json = isinstance(column.type, JSON)
                null = processor(None) if is_json else None
                converters.append((name, processor, null, name in self._encoded))
        return names, converters, self._sql(names), operator.itemgetter(*names)

    def _sql(self, names: tuple[str, ...]) -> str:
        """The statement, its names quoted (a column may be named as a keyword: ``on``)."""
        quote = self._dialect.identifier_preparer.quote
        return (
            f"INSERT INTO {quote(self._table.name)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )

    def converted(self, name: str, value: Any) -> Any:
        """``value`` as this database stores it in column ``name``."""
        processor = self._table.c[name].type._cached_bind_processor(self._dialect)
        return processor(value) if processor is not None else value

    def write_tuples(self, names: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        """Write ``rows``, values of the columns ``names`` already as stored (SQLite only)."""
        if not rows:
            return
        self._session.connection().exec_driver_sql(self._sql(names), rows)

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Write ``rows``; they are changed in place (their values converted)."""
        if not rows:
            return
        if not self.fast:
            self._session.execute(insert(self._table), rows)
            return
        names = self._columns or tuple(rows[0])
        if self._plan is None or self._plan[0] != names:
            self._plan = self._prepare(names)
        _, converters, sql, values = self._plan
        for name, processor, null, already_text in converters:
            last: Any = None
            last_converted: Any = None
            for row in rows:
                value = row[name]
                if value is None:
                    row[name] = null
                elif already_text and type(value) is str:
                    continue
                elif value is last:
                    row[name] = last_converted
                elif type(value) in _SHARED:  # most rows share their instant, their fields
                    last, last_converted = value, processor(value)
                    row[name] = last_converted
                else:
                    row[name] = processor(value)
        if len(names) == 1:
            params = [(values(row),) for row in rows]
        else:
            params = [values(row) for row in rows]
        self._session.connection().exec_driver_sql(sql, params)


# SQLite's page cache during a long write: the indexes of random ids (every table's,
# the audit trail's, the outbox's) are written all over, and with the default 2 MiB
# most of a large import's time went to pages leaving the cache and coming back.
BULK_CACHE_KIB = 64 * 1024


class LargerCache:
    """Gives SQLite a page cache of ``kib`` from :meth:`enter` until :meth:`leave`,
    both called inside the same transaction (the connection is the session's then)."""

    def __init__(self, kib: int = BULK_CACHE_KIB) -> None:
        self._kib = kib
        self._before: int | None = None

    def enter(self, session: Session) -> None:
        if self._before is not None or session.get_bind().dialect.name != "sqlite":
            return
        connection = session.connection()
        self._before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
        connection.exec_driver_sql(f"PRAGMA cache_size = -{int(self._kib)}")

    def leave(self, session: Session) -> None:
        if self._before is None:
            return
        before, self._before = self._before, None
        session.connection().exec_driver_sql(f"PRAGMA cache_size = {before}")
