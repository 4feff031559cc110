"""Text that fits its column, checked as it is written.

SQLite keeps a text of any length in a ``VARCHAR(200)``; the coalition server's
PostgreSQL refuses it, and one name pasted too long on a laptop would stop that laptop's
every sync, days later, far from where it was typed.  So every row written to a table
that is shared is checked here, whether it comes from an editor, a service or an import
written in bulk, and a text too long for its column is refused as it is written, the
whole change with it.  The services check the fields people type (names, roles) first,
with sentences of their own; this is the guard behind them for every other column.

Tables that never leave this laptop (mail read from a server, the sync's own records)
are not checked: nothing is refused there that no server would refuse.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import Base
from coalition.store.changes import RowChange, add_bulk_hook, add_hook
from coalition.store.outbox import APPLYING, LOCAL_TABLES

_LIMITS: dict[str, tuple[tuple[str, int], ...]] = {}


def limits(table: str) -> tuple[tuple[str, int], ...]:
    """The text columns of ``table`` that have a length, with it: (column, characters)."""
    found = _LIMITS.get(table)
    if found is None:
        columns = Base.metadata.tables[table].columns
        found = tuple(
            (column.name, int(column.type.length))
            for column in columns
            if isinstance(column.type, String) and column.type.length
        )
        _LIMITS[table] = found
    return found


def too_long(table: str, column: str, length: int, limit: int) -> ValidationError:
    return ValidationError(
        {
            column: QT_TRANSLATE_NOOP(
                "Store",
                "the {column} is {length} characters long; at most {limit} can be kept ({table})",
            ).format(
                column=column.replace("_", " "),
                length=length,
                limit=limit,
                table=table.replace("_", " "),
            )
        }
    )


def check_values(
    table: str, values: Mapping[str, Any], columns: Iterable[str] | None = None
) -> None:
    """Raise :class:`ValidationError` if a text of ``values`` is longer than its column
    (only ``columns`` of them, when given: the ones an update changes)."""
    wanted = None if columns is None else set(columns)
    for column, limit in limits(table):
        if wanted is not None and column not in wanted:
            continue
        value = values.get(column)
        if type(value) is str and len(value) > limit:
            raise too_long(table, column, len(value), limit)


def _check_changes(session: Session, changes: list[RowChange]) -> None:
    if session.info.get(APPLYING):
        return  # from the server or a bundle: it fits there
    for change in changes:
        # Rows written in bulk (encoded) were checked before they were written.
        if change.encoded is not None or change.after is None or change.table in LOCAL_TABLES:
            continue
        if change.table not in Base.metadata.tables:
            continue
        changed = change.changed_fields() if change.action == "update" else None
        check_values(change.table, change.after, changed)


def _check_bulk(
    session: Session, model: type[Base], rows: list[dict[str, Any]], action: str
) -> None:
    table = model.__tablename__
    if action != "insert" or not rows or table in LOCAL_TABLES or session.info.get(APPLYING):
        return
    keys = rows[0].keys()
    for column, limit in limits(table):
        if column not in keys:
            continue
        longest = max(rows, key=lambda row: len(row[column]) if type(row[column]) is str else 0)
        value = longest[column]
        if type(value) is str and len(value) > limit:
            raise too_long(table, column, len(value), limit)


add_hook(_check_changes)
add_bulk_hook(_check_bulk)
