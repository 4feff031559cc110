"""Registration pledges and registrations: reported per day, county and event, and the
pledges people gave on a sign-up form counted with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.goals import tallies
from coalition.goals.tallies import TallyInput
from coalition.store.changes import last_changeset, revert
from coalition.store.database import open_database
from coalition.store.models import Event, Person, SignUp, TallyKind


def report(session: Session, kind: str, count: int, on: str = "2026-11-01", **kw: Any) -> Any:
    return tallies.record_tally(session, TallyInput(kind=kind, on=on, count=count, **kw))


def event(session: Session, name: str) -> Event:
    row = Event(
        name=name,
        starts_local=dt.datetime(2026, 10, 3, 10),
        ends_local=dt.datetime(2026, 10, 3, 16),
        time_zone="America/Los_Angeles",
        starts_at=dt.datetime(2026, 10, 3, 17, tzinfo=dt.UTC),
        state="CA",
        county="Yolo",
    )
    session.add(row)
    session.commit()
    return row


def sign_up(
    session: Session,
    person: Person,
    at: Event | None,
    pledge: bool | None,
    when: str = "2026-10-03 18:00",
    county: str = "Yolo",
) -> SignUp:
    row = SignUp(
        event_id=at.id if at else None,
        person_id=person.id,
        signed_at=dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC),
        name=person.name,
        county=county,
        answers={} if pledge is None else {"pledge": pledge, "volunteer": True},
    )
    session.add(row)
    session.commit()
    return row


def test_a_report_is_checked_stored_and_undoable(session: Session) -> None:
    row = report(session, "registrations", 38, county=" Yolo ", state="California")
    assert (row.kind, row.count, row.county, row.state) == (
        TallyKind.REGISTRATION,
        38,
        "Yolo",
        "CA",
    )
    with pytest.raises(ValidationError) as caught:
        tallies.record_tally(
            session, TallyInput(kind="promise", on="2099-01-01", count="-3", state="Atlantis")
        )
    assert set(caught.value.problems) == {"kind", "on", "count", "state"}
    assert "pledge or registration" in caught.value.problems["kind"]
    assert "in the future" in caught.value.problems["on"]
    data = tallies.tally_input(row)
    data.count = 40
    tallies.update_tally(session, row.id, data)
    revert(session, last_changeset(session))
    session.expire_all()
    assert tallies.get_tally(session, row.id).count == 38
    tallies.delete_tally(session, row.id)
    assert tallies.tallies(session) == []


def test_totals_by_county_and_event_count_the_pledges_given_at_sign_up(
    session: Session, make_person: Callable[..., Person]
) -> None:
    fair = event(session, "Yolo County Fair")
    report(session, "pledge", 10, county="Yolo", event_id=fair.id)
    report(session, "pledge", 5, county="Sacramento")
    report(session, "registration", 7, county="Yolo", event_id=fair.id)
    ana, ben, cy = make_person("Ana Ruiz"), make_person("Ben Ito"), make_person("Cy Moss")
    sign_up(session, ana, fair, True)
    sign_up(session, ben, fair, False)
    sign_up(session, cy, None, True, county="Sacramento")
    sign_up(session, cy, fair, None)  # no pledge question on that form
    by_county = {t.name: t for t in tallies.totals_by_county(session, TallyKind.PLEDGE)}
    assert (by_county["Yolo"].reported, by_county["Yolo"].signed_up) == (10, 1)
    assert by_county["Sacramento"].total == 6
    by_event = {t.name: t.total for t in tallies.totals_by_event(session, TallyKind.PLEDGE)}
    assert by_event == {"Yolo County Fair": 11, "": 6}
    registrations = tallies.totals_by_event(session, TallyKind.REGISTRATION)
    assert [(t.name, t.total) for t in registrations] == [("Yolo County Fair", 7)]
    pledges = tallies.reported(session, TallyKind.PLEDGE)
    assert (pledges.reports, pledges.sign_ups) == (2, 2)
    assert pledges.at(dt.date(2026, 10, 31)) == 2  # the sign-ups, before the reports
    assert pledges.at(dt.date(2026, 11, 1)) == 17
    people = tallies.signed_up(session)
    assert (people.sign_ups, people.events) == (4, 1)
    assert people.at(dt.date(2026, 10, 3)) == 3  # Cy signed twice: counted once


def test_pledges_at_sign_up_are_counted_in_sql_on_postgresql_too(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.session() as pg:
            from coalition.directory import records as directory

            fair = event(pg, "Campus table")
            ana = directory.create_person(pg, directory.PersonInput(name="Ana Ruiz"))
            ben = directory.create_person(pg, directory.PersonInput(name="Ben Ito"))
            sign_up(pg, ana, fair, True)
            sign_up(pg, ben, fair, False)
            report(pg, "pledge", 3, county="Yolo")
            by_county = {t.name: t for t in tallies.totals_by_county(pg, TallyKind.PLEDGE)}
            assert (by_county["Yolo"].reported, by_county["Yolo"].signed_up) == (3, 1)
            assert tallies.reported(pg, TallyKind.PLEDGE).at(dt.date(2026, 11, 30)) == 4
            assert tallies.signed_up(pg).at(dt.date(2026, 11, 30)) == 2
    finally:
        db.close()
