"""Events to sign up at, for the sign-up and kiosk tests (made as a test's setting)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from coalition.store.models import Event, EventHost, HostRole, Organization


def make_event(
    session: Session,
    hosts: list[Organization] = (),  # type: ignore[assignment]
    partners: list[Organization] = (),  # type: ignore[assignment]
    **fields: Any,
) -> Event:
    start = dt.datetime(2026, 9, 12, 10, 0)
    values: dict[str, Any] = {
        "name": "Fresno County Fair table",
        "starts_local": start,
        "ends_local": start + dt.timedelta(hours=6),
        "time_zone": "America/Los_Angeles",
        "starts_at": dt.datetime(2026, 9, 12, 17, 0, tzinfo=dt.UTC),
        "state": "CA",
        "county": "Fresno",
        "questions": [
            {"key": "volunteer", "label": "I'd like to volunteer"},
            {"key": "pledge", "label": "I pledge to register to vote"},
        ],
    }
    values.update(fields)
    event = Event(**values)
    event.hosts = [EventHost(organization_id=o.id, role=HostRole.HOST) for o in hosts] + [
        EventHost(organization_id=o.id, role=HostRole.PARTNER) for o in partners
    ]
    session.add(event)
    session.commit()
    return event
