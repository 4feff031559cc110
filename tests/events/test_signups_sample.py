"""The sample's sign-ups: at its events, with consents group by group, and one match of
someone already in the directory waiting for review."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.events.signups import signups_to_review
from coalition.sample.signups import load_signups
from coalition.store.models import Consent, SignUp, SignUpMatch
from tests.events.signup_helpers import make_event


def test_the_sample_signs_people_up_at_its_events(session: Session, make_org, make_person) -> None:
    assert load_signups(session, dt.datetime(2026, 9, 12, 18, tzinfo=dt.UTC)) == 0  # no events
    yes, fresno = make_org("Yes California"), make_org("Fresno Votes")
    make_event(session, hosts=[yes], partners=[fresno])
    make_person("Marisol Vega", emails=["marisol.vega@example.org"])
    session.commit()
    made = load_signups(session, dt.datetime(2026, 9, 12, 18, tzinfo=dt.UTC))
    session.commit()
    assert made == 5
    assert session.scalar(select(func.count()).select_from(SignUp)) == 5
    matches = [item.match for item in signups_to_review(session)]
    assert matches == [SignUpMatch.EMAIL]
    assert session.scalar(select(func.count()).select_from(Consent)) == 4
