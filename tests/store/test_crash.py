"""Killed at any moment, the database loses at most the change in flight.

A real child process opens the database and writes through the services in a loop,
printing each organization's id once its transaction has committed.  The test kills it
with SIGKILL at random moments, many times over, and after each kill checks what a
person would: the file passes ``PRAGMA integrity_check``, every change reported done is
there, and no change is there by halves (an organization without its tags or pages, or
without its line in the audit trail).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coalition.store import open_database
from coalition.store.encryption import KeyMaterial
from coalition.store.models import ChangeLog, Organization, OrganizationTag, SocialPage

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

WRITER = textwrap.dedent(
    """
    import itertools, os, sys
    from coalition.directory import records as directory
    from coalition.store import open_database
    from coalition.store.encryption import key_from_typed

    secret = os.environ.get("CRASH_KEY")
    db = open_database(sys.argv[1], key=key_from_typed(secret) if secret else None)
    print("ready", flush=True)
    for n in itertools.count():
        with db.session() as session:
            org = directory.create_organization(session, directory.OrganizationInput(
                name=f"{sys.argv[2]} {n}",
                tags=[f"tag-{n}-a", f"tag-{n}-b", f"tag-{n}-c"],
                notes="x" * (n % 7) * 300,
                social_pages=[
                    directory.SocialPageInput("facebook", f"https://facebook.com/org{n}", 10),
                    directory.SocialPageInput("x", f"https://x.com/org{n}", 20),
                ],
            ))
        print(org.id, flush=True)
    """
)

TAGS, PAGES = 3, 2


def _run_and_kill(path: Path, run: int, secret: str | None, rng: random.Random) -> list[str]:
    env = dict(os.environ)
    env.pop("CRASH_KEY", None)
    if secret:
        env["CRASH_KEY"] = secret
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), f"run{run}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    lines: list[str] = []
    # Kill after a random number of reported commits (counted, not timed, so a slow
    # machine moves the kills but never skips them), then a random moment later.
    wanted = 0 if run % 6 == 5 else rng.randint(1, 4)
    enough = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if len(lines) > wanted:  # "ready" and the commits wanted
                enough.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if wanted == 0:
        # Now and then while it opens the file, before it has written anything.
        threading.Event().wait(rng.uniform(0.0, 0.4))
    else:
        enough.wait(timeout=60)
        threading.Event().wait(rng.uniform(0.0, 0.05))
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=10)
    with child:  # closes its pipe (one left to the garbage collector warns)
        pass
    return [line for line in lines if line != "ready"]


def _check(path: Path, key: KeyMaterial | None, committed: set[str]) -> int:
    db = open_database(path, key=key)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with db.reading() as session:
            ids = set(session.scalars(select(Organization.id)))
            assert committed <= ids, "a change reported as saved was lost"
            tags = dict(
                session.execute(
                    select(OrganizationTag.organization_id, func.count()).group_by(
                        OrganizationTag.organization_id
                    )
                ).all()
            )
            pages = dict(
                session.execute(
                    select(SocialPage.organization_id, func.count()).group_by(
                        SocialPage.organization_id
                    )
                ).all()
            )
            audited = set(
                session.scalars(
                    select(ChangeLog.row_id).where(ChangeLog.table_name == "organization")
                )
            )
            for org_id in ids:
                assert tags.get(org_id) == TAGS, "an organization without all its tags"
                assert pages.get(org_id) == PAGES, "an organization without all its pages"
                assert org_id in audited, "a change missing from the audit trail"
            return len(ids)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("encrypted", "kills"), [(False, 30), (True, 15)], ids=["plain", "encrypted"]
)
def test_killing_a_writer_at_random_moments_never_corrupts_or_half_writes(
    tmp_path: Path, encrypted: bool, kills: int
) -> None:
    rng = random.Random(20260305 + kills)
    path = tmp_path / "coalition.db"
    key = KeyMaterial.generate() if encrypted else None
    open_database(path, key=key).close()
    secret = key.recovery_key() if key is not None else None
    committed: set[str] = set()
    for run in range(kills):
        committed |= set(_run_and_kill(path, run, secret, rng))
        total = _check(path, key, committed)
        # At most the change in flight is lost or kept: nothing else appears.
        assert total - len(committed) <= 1 + run
    assert len(committed) > kills  # the kills did land while it was writing
