"""Persistence: SQLAlchemy models, the database opener and Alembic migrations.

Nothing here imports Qt: the GUI, the command line and the tests use it alike.

Importing the package imports nothing else: ``coalition.store.instance`` (the hold on a
file) and ``coalition.store.encryption`` (what a file is, its key) are what the command
line needs before the window, and they need no SQLAlchemy.  ``Database`` and
``open_database`` are :mod:`coalition.store.database`'s, imported when first asked for;
that module brings in the models and what keeps every write in step (the change record,
the search index, the sync outbox, the owners).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coalition.store.database import Database, open_database

__all__ = ["Database", "open_database"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from coalition.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
