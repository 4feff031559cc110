"""`coalition sync` against the real test PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from coalition.directory import records as directory
from coalition.store import open_database
from coalition.store.models import Organization
from profile_helpers import set_profile


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "coalition", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )


def laptop(tmp_path: Path, template: Path, name: str) -> Path:
    path = tmp_path / f"{name}.db"
    shutil.copyfile(template, path)
    return set_profile(path)


def test_sync_from_the_command_line(tmp_path: Path, migrated_template: Path, pg_url: str) -> None:
    ana, ben = (
        laptop(tmp_path, migrated_template, "ana"),
        laptop(tmp_path, migrated_template, "ben"),
    )
    db = open_database(ana)
    with db.session() as s:
        directory.create_organization(s, directory.OrganizationInput(name="Yes California"))
    db.close()

    url = make_url(pg_url)
    bare_text = f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}"
    sent = run_cli(
        "--db", str(ana), "sync", "--server", bare_text, env={"PGPASSWORD": str(url.password)}
    )
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.startswith("Synced: 1 sent")

    # The password from PGPASSWORD, the URL without it.
    got = run_cli(
        "--db", str(ben), "sync", "--server", bare_text, env={"PGPASSWORD": str(url.password)}
    )
    assert got.returncode == 0, got.stderr
    assert "1 received" in got.stdout
    db = open_database(ben)
    with db.reading() as s:
        assert list(s.scalars(select(Organization.name))) == ["Yes California"]
    db.close()

    wrong = run_cli("--db", str(ben), "sync", "--server", bare_text, env={"PGPASSWORD": "wrong"})
    assert wrong.returncode == 1
    assert "refused the user name or password" in wrong.stderr and "wrong" not in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1


def test_sync_without_a_server_says_what_to_give(tmp_path: Path, migrated_template: Path) -> None:
    path = laptop(tmp_path, migrated_template, "solo")
    done = run_cli("--db", str(path), "sync")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "coalition: no coalition server is set: give --server postgresql://user@host:port/db"
    )
    bad = run_cli("--db", str(path), "sync", "--server", "mysql://x@y/z")
    assert bad.returncode == 1 and "is not a PostgreSQL server URL" in bad.stderr


def test_a_password_in_the_url_is_refused_before_anything_is_sent(
    tmp_path: Path, migrated_template: Path, pg_url: str
) -> None:
    """A password on the command line is readable by every local user (ps, /proc)."""
    path = laptop(tmp_path, migrated_template, "ana")
    db = open_database(path)
    with db.session() as s:
        directory.create_organization(s, directory.OrganizationInput(name="Yes California"))
    db.close()
    url = make_url(pg_url)
    secret = str(url.password)
    with_password = url.render_as_string(hide_password=False).replace(
        "postgresql+psycopg", "postgresql"
    )
    assert url.password is not None and "@" in with_password.split("127.0.0.1")[0]

    done = run_cli("--db", str(path), "sync", "--server", with_password, env={"PGPASSWORD": secret})

    assert done.returncode == 1 and done.stdout == ""
    assert secret not in done.stderr and secret[:12] not in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("coalition: the --server URL holds a password")
    assert "$PGPASSWORD" in done.stderr and "keyring" in done.stderr
    # Nothing reached the server: a sync from the other laptop brings nothing.
    other = laptop(tmp_path, migrated_template, "ben")
    bare_text = f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}"
    got = run_cli("--db", str(other), "sync", "--server", bare_text, env={"PGPASSWORD": secret})
    assert got.returncode == 0, got.stderr
    assert got.stdout.startswith("Synced: 0 sent, 0 received")
