"""Persistence: SQLAlchemy models, the database opener and Alembic migrations.

Nothing here imports Qt: the GUI, the command line and the tests use it alike.
"""

from coalition.store.database import Database, open_database

__all__ = ["Database", "open_database"]

# The search index keeps itself in step with every write once imported.
from coalition.store import search_index as _search_index  # noqa: F401

# isort: split
# Every local change is queued for the coalition server once imported; its change hook
# runs after the search index's, as it always has.
from coalition.store import outbox as _outbox  # noqa: F401

# isort: split
# New records are stamped with their owner, and the rules the directory registers are
# kept by every write and query, once imported.
from coalition.store import ownership as _ownership  # noqa: F401
