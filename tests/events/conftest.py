"""An event at the Fresno fair, hosted by one group with another as partner, and people to
staff its table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from coalition.events import events
from coalition.store.models import Event, Organization, Person


@dataclass
class Fair:
    event: Event
    host: Organization
    partner: Organization
    ana: Person  # with an e-mail and a phone
    ben: Person  # with a phone only
    cruz: Person


@pytest.fixture
def fair(
    session: Session,
    make_org: Callable[..., Organization],
    make_person: Callable[..., Person],
) -> Fair:
    host = make_org("Central Valley Voters", short_name="CVV", home_state="CA")
    partner = make_org("Fresno Youth Vote", home_state="CA")
    event = events.create_event(
        session,
        events.EventInput(
            name="Big Fresno Fair table",
            start="2026-10-10 10:00",
            end="2026-10-10 18:00",
            time_zone="America/Los_Angeles",
            place="Fresno Fairgrounds, 1121 S Chance Ave, Fresno",
            state="California",
            county="Fresno",
            hosts=[host.id],
            partners=[partner.id],
            notes="Bring the banner and clipboards.",
        ),
    )
    ana = make_person("Ana Ruiz", emails=["ana.ruiz@example.org"], phones=["559-555-0101"])
    ben = make_person("Ben Okafor", phones=["559-555-0102"])
    cruz = make_person("Cruz Lee", emails=["cruz@example.org"])
    return Fair(event, host, partner, ana, ben, cruz)
