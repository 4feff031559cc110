"""Fixtures of the sync tests: a coalition server and laptops that sync with it, and
for the tests of the server's walls, the coalition's database as its owner walls it and
database roles made for a test and dropped after it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coalition.store import Database, open_database
from coalition.sync import walls
from sync_helpers import Laptop, Server
from walls_helpers import Roles


@pytest.fixture
def server(pg_url: str) -> Server:
    return Server(pg_url)


@pytest.fixture
def laptops(tmp_path: Path, migrated_template: Path) -> Iterator[list[Laptop]]:
    """Three new laptops, Ana's, Ben's and Cruz's (a test module may define fewer)."""
    made = [
        Laptop(tmp_path / f"{name}.db", migrated_template, name) for name in ("ana", "ben", "cruz")
    ]
    yield made
    for laptop in made:
        laptop.close()


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
