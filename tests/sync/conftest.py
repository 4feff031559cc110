"""Fixtures of the tests of the server's walls: the coalition's database as its owner
walls it, and database roles made for a test and dropped after it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from coalition.store import Database, open_database
from coalition.sync import walls
from walls_helpers import Roles


@pytest.fixture
def server_db(pg_url: str) -> Iterator[Database]:
    """The coalition's database, migrated and walled by its owner."""
    db = open_database(pg_url)
    with db.engine.begin() as conn:
        walls.install(conn)
    yield db
    db.close()


@pytest.fixture
def roles(pg_server: Any, server_db: Database) -> Iterator[Roles]:
    made = Roles(pg_server, server_db)
    yield made
    made.drop()
