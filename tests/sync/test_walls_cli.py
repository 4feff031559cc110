"""`coalition server`: the owner sets up the walls and the organizations' roles from the
command line, against the suite's real PostgreSQL server."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from coalition.store import open_database
from walls_helpers import seed


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "coalition", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )


@pytest.fixture
def role_name(pg_server: Any, pg_url: str) -> Iterator[str]:
    name = f"org_{secrets.token_hex(5)}"
    yield name
    database = str(make_url(pg_url).database)
    pg_server.terminate_connections(database)
    with pg_server.connect() as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    if exists:
        with pg_server.connect(database) as conn:
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
        with pg_server.connect() as conn:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def test_the_owner_walls_the_server_and_adds_an_organizations_role(
    pg_url: str, pg_server: Any, role_name: str
) -> None:
    url = make_url(pg_url)
    bare = f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}"
    env = {"PGPASSWORD": str(url.password)}

    done = run_cli("server", "setup", "--server", bare, env=env)
    assert done.returncode == 0, done.stderr
    assert "walled" in done.stdout

    db = open_database(pg_url)
    seed(db, "organization", name="Ángeles Alpha Party")
    db.close()
    added = run_cli(
        "server", "add-role", "--server", bare, "--role", role_name,
        "--org", "ÁNGELES alpha  party", "--kind", "member", "--name", "Ana of Alpha",
        env=env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    # Found whatever the case, spaces or the server's locale (a "C" one folds A-Z alone).
    assert f"{role_name} acts as a member for Ángeles Alpha Party" in added.stdout
    assert f"\\password {role_name}" in added.stdout

    listed = run_cli("server", "roles", "--server", bare, env=env)
    assert listed.returncode == 0, listed.stderr
    assert role_name in listed.stdout and "Ángeles Alpha Party" in listed.stdout

    # The role exists, and can read once it has a password.
    with pg_server.connect() as conn:
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD 'pw-1'").format(sql.Identifier(role_name)))
    with psycopg.connect(
        host=url.host, port=url.port, user=role_name, password="pw-1", dbname=url.database
    ) as conn:
        assert conn.execute("SELECT name FROM organization").fetchall() == [
            ("Ángeles Alpha Party",)
        ]

    unknown = run_cli(
        "server", "add-role", "--server", bare, "--role", role_name,
        "--org", "Nobody Group", "--kind", "member", env=env,
    )  # fmt: skip
    assert unknown.returncode != 0
    assert "no organization 'Nobody Group'" in unknown.stderr

    with_password = run_cli("server", "roles", "--server", pg_url, env=env)
    assert with_password.returncode != 0 and "password" in with_password.stderr


@pytest.fixture
def owned_database(pg_server: Any) -> Iterator[tuple[str, str]]:
    """A database owned by a role that may not create roles: (its name, the owner's)."""
    owner = f"own_{secrets.token_hex(5)}"
    with pg_server.connect() as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'owner-pw'").format(sql.Identifier(owner))
        )
        conn.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(*map(sql.Identifier, (owner,) * 2))
        )
    yield owner, owner
    pg_server.drop_database(owner)
    with pg_server.connect() as conn:
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(owner)))


def test_an_owner_who_may_not_create_roles_is_given_the_sql_to_hand_on(
    pg_server: Any, owned_database: tuple[str, str]
) -> None:
    database, owner = owned_database
    bare = f"postgresql://{owner}@{pg_server.host}:{pg_server.port}/{database}"
    env = {"PGPASSWORD": "owner-pw"}
    assert run_cli("server", "setup", "--server", bare, env=env).returncode == 0

    added = run_cli(
        "server", "add-role", "--server", bare, "--role", "coalition_staff_x",
        "--kind", "coordinator", "--name", "Coalition staff", env=env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "CREATE ROLE coalition_staff_x LOGIN;" in added.stdout
    assert "GRANT SELECT, INSERT ON sync_log TO coalition_staff_x;" in added.stdout

    listed = run_cli("server", "roles", "--server", bare, env=env)
    assert "coalition_staff_x\tcoordinator\tthe coalition" in listed.stdout
    assert "not created on the server" in listed.stdout
