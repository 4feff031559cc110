"""Setting up who uses a test's database, as an organizer does before changing anything.

A command that writes refuses a database on which nobody is set up (tests/app/
test_cli_profile.py); the tests of other commands set up the same organizer that the
suite's ``organizer`` fixture acts as, so their changes are credited as before.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from coalition.directory import profiles
from coalition.store import open_database

NAME, EMAIL, ROLE = "Test Organizer", "organizer@example.org", "coordinator"


def set_profile_in(session: Session, org: str = "", role: str = ROLE) -> None:
    """Set up the test organizer on the database of ``session`` (acting as them)."""
    profiles.save_profile(session, profiles.ProfileInput(NAME, EMAIL, org, role))


def set_profile(path: Path, org: str = "", role: str = ROLE) -> Path:
    """Set up the test organizer on the (unencrypted) database file at ``path``."""
    db = open_database(path)
    try:
        with db.session() as session:
            set_profile_in(session, org, role)
    finally:
        db.close()
    return path
