"""A sign-up at another group's table never fails on the walls between groups: a person
the organizer's group may not write to is not added to, and the sign-up is kept."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.events.signups import SignUpInput, record_signup
from coalition.store.models import Person, SignUp, SignUpMatch
from tests.events.signup_helpers import make_event


def test_a_member_signs_up_someone_another_group_keeps(
    session: Session, make_org, make_person, organizer
) -> None:
    mine, theirs = make_org("Yes California"), make_org("Fresno Votes")
    event = make_event(session, hosts=[mine])
    organizer.org_id, organizer.org = theirs.id, theirs.name
    organizer.role = "member"
    kept = make_person("Ana Ruiz", emails=["ana@example.org"])
    organizer.org_id, organizer.org = mine.id, mine.name
    result = record_signup(session, event.id, SignUpInput(name="Ana", email="ANA@example.org"))
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(SignUp)) == 1  # kept
    assert result.match == SignUpMatch.NEW and result.person_id != kept.id
    assert session.scalar(select(func.count()).select_from(Person)) == 2
    theirs_now = session.get(Person, kept.id)
    assert theirs_now is not None and theirs_now.name == "Ana Ruiz"  # untouched
    # A coordinator's kiosk adds to the same person: no duplicate.
    organizer.role, organizer.org_id, organizer.org = "coordinator", None, ""
    again = record_signup(session, event.id, SignUpInput(name="Ana", email="ana@EXAMPLE.org"))
    assert again.match == SignUpMatch.EMAIL
