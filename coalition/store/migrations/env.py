"""Alembic environment: runs on the connection handed over by coalition.store.migrations."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

import coalition.store.models  # noqa: F401  (registers the tables)
from coalition.store.base import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic` on the command line, for writing new revisions
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///coalition-dev.db"
    with create_engine(url).begin() as conn:
        _run(conn)
