"""The sample's sign-ups at the table: a few people signed up at each of the sample's
events (invented), with the consent each gave to the groups there, one of them someone
already in the directory (a match waiting for review)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.events.signups import (
    SignUpInput,
    consent_wording,
    kiosk_form,
    record_signup,
)
from coalition.store.models import Event

# Invented walk-ins: name, e-mail, phone, ZIP, language, which hosts they said yes to.
_SIGNERS = (
    ("Rosa Delgado", "rosa.delgado@example.org", "", "93721", "es", (0,)),
    ("Tom Becker", "", "(559) 555-0148", "93722", "en", (0, 1)),
    ("Imani Brooks", "imani.b@example.org", "559-555-0163", "93701", "en", ()),
    ("Luis Ortega", "", "", "93706", "es", (1,)),
)
# Someone of the sample already in the directory, signing up again (found by e-mail).
_KNOWN = ("Marisol Vega", "Marisol.Vega@example.org")


def load_signups(session: Session, now: dt.datetime) -> int:
    """Sign people up at the sample's first events (none if it has no events); returns
    how many sign-ups were made."""
    events = session.scalars(select(Event).order_by(Event.starts_at).limit(3)).all()
    made = 0
    for number, event in enumerate(events):
        form = kiosk_form(session, event.id)
        orgs = form.organizations
        for index, (name, email, phone, zip_code, language, said_yes) in enumerate(_SIGNERS):
            consents = {orgs[i][0]: consent_wording(orgs[i][1]) for i in said_yes if i < len(orgs)}
            answers = {key: (index + number) % 2 == 0 for key, _label in form.questions}
            data = SignUpInput(
                name=name,
                email=email.replace("@", f"+{number}@") if email else "",
                phone=phone,
                postal_code=zip_code,
                language=language,
                consents=consents,
                answers=answers,
                zip_confirmed=True,
            )
            record_signup(session, event.id, data, now=now - dt.timedelta(minutes=made))
            made += 1
        if number == 0:
            record_signup(
                session,
                event.id,
                SignUpInput(name=_KNOWN[0], email=_KNOWN[1], zip_confirmed=True),
                now=now,
            )
            made += 1
    return made
