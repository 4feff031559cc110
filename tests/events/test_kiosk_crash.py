"""Kill the kiosk mid-session (kill -9, a crash, a battery out): every sign-up it said was
saved is in the database when it is opened again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from coalition.directory import records as directory
from coalition.store import open_database
from coalition.store.models import SignUp
from profile_helpers import set_profile_in
from tests.events.signup_helpers import make_event

CHILD = Path(__file__).with_name("kiosk_child.py")
ROOT = Path(__file__).resolve().parents[2]


def test_every_saved_sign_up_survives_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "table.db"
    db = open_database(path)
    with db.session() as session:
        set_profile_in(session)
        yes = directory.create_organization(session, directory.OrganizationInput(name="Yes CA"))
        event_id = make_event(session, hosts=[yes]).id
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), event_id, str(tmp_path / "settings.ini")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    printed: list[str] = []
    try:
        for line in child.stdout:
            assert line.startswith("saved"), line
            printed.append(f"Signer {line.split()[1]}")
            if len(printed) == 25:
                break
    finally:
        child.send_signal(signal.SIGKILL)  # mid-session: it is typing the next one
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    db = open_database(path)
    try:
        with db.reading() as session:
            names = set(session.scalars(select(SignUp.name)))
    finally:
        db.close()
    assert set(printed) <= names
    assert len(names) >= 25
