"""Who explores the sample: its coalition coordinator, when nobody is set up yet.

Loading the sample into a new database should not first ask a newcomer who they are: the
sample's changes are credited to its own coordinator (an invented person of the sample),
whose profile becomes this laptop's.  An organizer who then works for real sets their own
profile (``coalition profile --name ...`` or File → Switch profile…); the sample's stays
in the list, to switch back to.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from coalition.directory import profiles
from coalition.directory import records as directory
from coalition.store.models import Profile

SAMPLE_PROFILE = profiles.ProfileInput(
    name="Aaliyah Brooks",
    email="aaliyah.brooks@example.org",
    organization="",
    role=profiles.COORDINATOR,
)


def act_as_sample_organizer(session: Session) -> Profile | None:
    """Set up and activate the sample's coordinator when no profile is active and the
    directory is empty (the sample is about to be loaded); None otherwise."""
    if profiles.active_profile(session) is not None or not directory.is_empty(session):
        return None
    return profiles.save_profile(session, SAMPLE_PROFILE)
