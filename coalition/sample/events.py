"""The sample's events: where the groups of the texts meet people in the coming weeks.

- the California National Party's state convention, where its platform is revised (its
  FAQ: "Our party platforms are revised biennially at our Conventions");
- Yes California's table at the Big Fresno Fair, gathering signatures for the plebiscite
  (546,651 valid signatures needed, the policy paper says), with the Freedom Coalition;
- a voter-registration table on the UC Davis quad toward the party's goal of 64,128
  registered voters (its FAQ).

Each has shifts, some taken by the sample's Californians.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.events import events, shifts
from coalition.sample.records import CALCONCON, CFC, CFC_EDU, CNP, PLEBISCITE, YESCAL, flushed
from coalition.store.models import Campaign, Organization, Person

ZONE = "America/Los_Angeles"


@dataclass(frozen=True)
class _Shift:
    title: str
    start: str
    end: str
    slots: int
    people: tuple[str, ...] = ()
    day: int = 0  # days after the event's first


@dataclass(frozen=True)
class _Event:
    name: str
    days_ahead: int  # from the Saturday after the sample is loaded
    start: str
    end: str
    length_days: int
    place: str
    county: str
    hosts: tuple[str, ...]
    partners: tuple[str, ...]
    campaign: str | None
    notes: str
    shifts: tuple[_Shift, ...]


EVENTS: tuple[_Event, ...] = (
    _Event(
        QT_TRANSLATE_NOOP("Sample", "Yes California table at the Big Fresno Fair"),
        7,
        "10:00",
        "18:00",
        0,
        "Big Fresno Fair, 1121 S Chance Ave, Fresno, CA 93702",
        "Fresno",
        (YESCAL,),
        (CFC,),
        PLEBISCITE,
        QT_TRANSLATE_NOOP(
            "Sample",
            "Petition sheets for the plebiscite: 546,651 valid signatures are needed statewide. "
            "Count each clipboard's sheets at the end of every shift.",
        ),
        (
            _Shift(QT_TRANSLATE_NOOP("Sample", "Set-up"), "09:00", "10:00", 2, ("Kenji Watanabe",)),
            _Shift(
                QT_TRANSLATE_NOOP("Sample", "Table, morning"),
                "10:00",
                "14:00",
                3,
                ("Lan Nguyen", "Fatima Haddad"),
            ),
            _Shift(
                QT_TRANSLATE_NOOP("Sample", "Table, afternoon"),
                "14:00",
                "18:00",
                3,
                ("Priya Raman",),
            ),
        ),
    ),
    _Event(
        QT_TRANSLATE_NOOP("Sample", "Voter-registration table on the UC Davis quad"),
        3,
        "11:00",
        "14:00",
        0,
        "UC Davis Quad, Davis, CA 95616",
        "Yolo",
        (CNP,),
        (CFC_EDU,),
        None,
        QT_TRANSLATE_NOOP(
            "Sample",
            "Registration forms and pledge cards: the party's goal is 64,128 registered voters.",
        ),
        (
            _Shift(QT_TRANSLATE_NOOP("Sample", "Table"), "11:00", "12:30", 2, ("Kenji Watanabe",)),
            _Shift(QT_TRANSLATE_NOOP("Sample", "Table"), "12:30", "14:00", 2),
        ),
    ),
    _Event(
        QT_TRANSLATE_NOOP("Sample", "California National Party state convention"),
        21,
        "09:00",
        "17:00",
        1,
        "Sacramento Convention Center, 1400 J St, Sacramento, CA 95814",
        "Sacramento",
        (CNP,),
        (CALCONCON,),
        None,
        QT_TRANSLATE_NOOP(
            "Sample",
            "The platform is revised at the convention. Sign-up table at the main entrance.",
        ),
        (
            _Shift(
                QT_TRANSLATE_NOOP("Sample", "Registration desk"),
                "08:00",
                "12:00",
                2,
                ("Lan Nguyen",),
            ),
            _Shift(QT_TRANSLATE_NOOP("Sample", "Sign-up table"), "12:00", "17:00", 2),
            _Shift(
                QT_TRANSLATE_NOOP("Sample", "Sign-up table"),
                "09:00",
                "13:00",
                2,
                ("Fatima Haddad",),
                day=1,
            ),
        ),
    ),
)


def _saturday_after(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(5 - today.weekday()) % 7 or 7)


def load_events(
    session: Session,
    orgs: dict[str, Organization],
    people: dict[str, Person],
    campaigns: dict[str, Campaign],
    today: dt.date,
) -> list[str]:
    """Create the sample's events with their shifts and the people on them; their ids."""
    made: list[str] = []
    first = _saturday_after(today)
    for item in EVENTS:
        day = first + dt.timedelta(days=item.days_ahead)
        last = day + dt.timedelta(days=item.length_days)
        event = flushed(
            session,
            events.create_event(
                session,
                events.EventInput(
                    name=shown(item.name),
                    start=f"{day.isoformat()} {item.start}",
                    end=f"{last.isoformat()} {item.end}",
                    time_zone=ZONE,
                    place=item.place,
                    state="CA",
                    county=item.county,
                    campaign_id=campaigns[item.campaign].id if item.campaign else None,
                    hosts=[orgs[key].id for key in item.hosts if key in orgs],
                    partners=[orgs[key].id for key in item.partners if key in orgs],
                    notes=shown(item.notes),
                ),
            ),
        )
        for spec in item.shifts:
            on = day + dt.timedelta(days=spec.day)
            shift = flushed(
                session,
                shifts.add_shift(
                    session,
                    event.id,
                    shifts.ShiftInput(spec.start, spec.end, shown(spec.title), spec.slots, day=on),
                ),
            )
            for name in spec.people:
                if name in people:
                    flushed(session, shifts.assign(session, shift.id, people[name].id))
        made.append(event.id)
    return made


__all__ = ["EVENTS", "load_events"]
