"""New rows as plain dicts, every column given: what is written in bulk
(:func:`coalition.store.changes.insert_rows`) and recorded as it is."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import inspect

from coalition.store.base import Base, new_id

__all__ = ["new_row", "stamped_template"]


def new_row(model: type[Base], at: dt.datetime, **values: Any) -> dict[str, Any]:
    """Every column of a new row of ``model``: ``values``, a new id, ``at`` as the time it
    was made and changed, the columns' plain defaults, and None for the rest."""
    template, stamped, has_id = _template(model)
    row = template.copy()  # the columns in their order, with their defaults
    for key in stamped:
        row[key] = at
    if has_id and "id" not in values:
        row["id"] = new_id()
    if values.keys() <= row.keys():  # given values replace them, in place
        row.update(values)
    else:
        row.update((key, value) for key, value in values.items() if key in row)
    return row


def stamped_template(model: type[Base], at: dt.datetime) -> dict[str, Any]:
    """A new row of ``model`` made at ``at`` but for its id and values: for a caller
    making thousands, each ``{**template, "id": ..., ...}`` (the columns keep their
    order, which every row written together shares; a name that is no column is
    refused by the database)."""
    template, stamped, _ = _template(model)
    row = template.copy()
    for key in stamped:
        row[key] = at
    return row


@functools.cache
def _template(model: type[Base]) -> tuple[dict[str, Any], tuple[str, ...], bool]:
    """A new row's columns with their defaults, those stamped with its instant, and
    whether it has an id (made for it): built once a model, copied for each row."""
    template = dict(_defaults(model))
    stamped = tuple(key for key in template if key in ("created_at", "updated_at"))
    return template, stamped, "id" in template


@functools.cache
def _defaults(model: type[Base]) -> tuple[tuple[str, Any], ...]:
    """Each column of ``model`` with its plain default (None when it has none)."""
    result = []
    for attr in inspect(model).column_attrs:
        default = attr.columns[0].default
        value = default.arg if default is not None and default.is_scalar else None
        result.append((attr.key, value))
    return tuple(result)
