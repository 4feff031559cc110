"""Organizations' roles on the suite's PostgreSQL server, for the tests of the walls.

Roles belong to the whole cluster, not to a test's database: each is given a name of
its own and dropped after its test.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import insert
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from coalition.store import Database
from coalition.store.base import SHARED, Base
from coalition.store.changes import writes
from coalition.store.models import Organization, Person
from coalition.sync import walls


@dataclass
class Role:
    name: str
    password: str
    database: str
    host: str
    port: int

    def connect(self) -> psycopg.Connection[Any]:
        """A plain psycopg connection as this role (no Coalition code), autocommitting."""
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.name,
            password=self.password,
            dbname=self.database,
            autocommit=True,
            connect_timeout=10,
        )

    def url(self) -> str:
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.name,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)


class Roles:
    """Makes roles on ``server`` for the database ``db`` (walls installed), and drops them."""

    def __init__(self, server: Any, db: Database):
        self.server = server
        self.db = db
        self.database = str(make_url(db.url).database)
        self.made: list[str] = []

    def make(self, org_id: str | None, kind: str, display_name: str = "") -> Role:
        name = f"org_{secrets.token_hex(5)}"
        password = secrets.token_hex(12)
        with self.server.connect() as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )
        self.made.append(name)
        with self.db.engine.begin() as conn:
            walls.record_role(conn, name, org_id, kind, display_name)
            for statement in walls.role_sql(conn, name, self.database):
                conn.exec_driver_sql(statement)
        return Role(name, password, self.database, self.server.host, self.server.port)

    def drop(self) -> None:
        self.server.terminate_connections(self.database)
        for name in self.made:
            with self.server.connect(self.database) as conn:
                conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
            with self.server.connect() as conn:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
        self.made = []


def seed(db: Database, table: str, **values: Any) -> dict[str, Any]:
    """One row written as the server's owner, its other columns as the model's defaults
    (references not checked: only the walls are under test)."""
    meta = Base.metadata.tables[table]
    with db.engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        result = conn.execute(insert(meta).values(**values).returning(meta))
        return dict(result.one()._mapping)


# -- what a laptop writes in these tests, as its own recorded changes ----------------------


@writes("Add an organization")
def add_group(session: Session, name: str) -> str:
    """A group that answers for itself (as the coalition's staff record one)."""
    group = Organization(name=name)
    session.add(group)
    session.flush()
    group.owner_org_id = group.id
    return group.id


@writes("Add a person")
def add_person(session: Session, name: str, owner: str | None, visibility: str = SHARED) -> str:
    person = Person(name=name, owner_org_id=owner, visibility=visibility)
    session.add(person)
    session.flush()
    return person.id


@writes("Rename a person")
def rename(session: Session, person_id: str, name: str) -> None:
    person = session.get(Person, person_id)
    assert person is not None
    person.name = name
