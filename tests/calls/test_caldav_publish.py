"""The call schedule published to a real CalDAV server (Radicale, started by the tests on
127.0.0.1: tests/radicale_server.py) and read back by the caldav client and icalendar.

What a participant subscribed to the calendar sees must be what the app's own export
says: the same events, at the same instants, with the same weeks moved and cancelled.
A server that goes away halfway through a publish loses nothing: the next publish once
it is back brings the calendar to the app's state.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from caldav.davclient import DAVClient
from sqlalchemy.orm import Session

from coalition.calls import caldav_publish as caldav_out
from coalition.calls import calendar_outlets as outlets
from coalition.calls import series as calls
from coalition.common import clock
from coalition.store import Database
from coalition.store.models import CallSeries, Person
from memory_keyring import MemoryKeyring
from radicale_server import RadicaleServer

UTC = dt.UTC
LA = ZoneInfo("America/Los_Angeles")
LONDON = ZoneInfo("Europe/London")
TODAY = dt.datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
MOVED = dt.date(2026, 3, 10)  # the first Tuesday of daylight time in Los Angeles
CANCELLED = dt.date(2026, 11, 3)  # the first Tuesday after it ends


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    """The schedule is published from a fixed day: 2026 is the year ahead."""
    with clock.frozen_at(TODAY):
        yield


@pytest.fixture
def calendar(
    db: Database, session: Session, radicale_up: RadicaleServer, memory_keyring: MemoryKeyring
) -> str:
    """A calendar of its own for the test (made by the first publish), set on this
    laptop with its password in the (in-memory) keyring."""
    url = radicale_up.calendar_url(f"calls-{uuid.uuid4().hex[:8]}")
    outlets.set_caldav(session, url, radicale_up.user)
    assert caldav_out.keep_password(url, radicale_up.user, radicale_up.password)
    return url


def weekly(session: Session, make_person: Callable[..., Person], title: str) -> CallSeries:
    dana = make_person(f"{title} organizer", emails=[f"{uuid.uuid4().hex[:6]}@example.org"])
    return calls.create_series(
        session,
        calls.SeriesInput(
            title=title,
            start_date=dt.date(2026, 1, 6),
            start_time="17:30",
            time_zone="America/Los_Angeles",
            organizer_id=dana.id,
            join_url="https://meet.example.org/weekly",
        ),
    )


def publish(db: Database, server: RadicaleServer, **kwargs: Any) -> caldav_out.PublishReport:
    with db.reading() as session:
        current = outlets.outlet(session, outlets.CALDAV)
        assert current is not None
    password = caldav_out.password_for(current.location, current.username)
    assert password == server.password, "the password comes from the keyring"
    return caldav_out.publish(db, password, **kwargs)


def on_server(server: RadicaleServer, url: str) -> dict[str, str]:
    """Every resource of the calendar, by the UID of its events, read by the caldav client."""
    with DAVClient(
        url=url, username=server.user, password=server.password, enable_rfc6764=False
    ) as client:
        found: dict[str, str] = {}
        for event in client.calendar(url=url).events():
            data = event.data
            uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
            assert len(uids) == 1, "one event (with its differing weeks) to a resource"
            found[uids.pop()] = data
        return found


def instants(calendars: list[bytes | str]) -> list[tuple[str, str, str, str]]:
    """(UID, start, end, status) of every call the calendars list over the published
    period, expanded by recurring_ical_events."""
    start, end = outlets.period()
    result = []
    for data in calendars:
        expanded = recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(
            start, end + dt.timedelta(days=1)
        )
        for event in expanded:
            result.append(
                (
                    str(event["UID"]),
                    event.start.astimezone(UTC).isoformat()
                    if isinstance(event.start, dt.datetime)
                    else event.start.isoformat(),
                    event.end.astimezone(UTC).isoformat()
                    if isinstance(event.end, dt.datetime)
                    else event.end.isoformat(),
                    str(event.get("STATUS", "")),
                )
            )
    return sorted(result)


def app_state(db: Database) -> list[tuple[str, str, str, str]]:
    """The same, from the app's own export of the published period."""
    with db.reading() as session:
        return instants([outlets.schedule(session)])


def assert_calendar_is_the_app(db: Database, server: RadicaleServer, url: str) -> dict[str, str]:
    found = on_server(server, url)
    with db.reading() as session:
        exported = icalendar.Calendar.from_ical(outlets.schedule(session))
    assert set(found) == {str(e["UID"]) for e in exported.walk("VEVENT")}
    assert instants(list(found.values())) == app_state(db)
    for data in found.values():
        assert "METHOD:" not in data, "a stored resource is no iTIP message (RFC 4791 4.1)"
    return found


def test_publish_puts_each_event_once_and_reads_back_as_the_export(
    db: Database,
    session: Session,
    calendar: str,
    radicale_up: RadicaleServer,
    make_person: Callable[..., Person],
    make_campaign: Callable[..., Any],
) -> None:
    weekly(session, make_person, "Coalition weekly call")
    calls.create_one_off(
        session,
        "Press briefing",
        dt.datetime(2026, 2, 3, 10, 0, tzinfo=LONDON),
        45,
        "Europe/London",
    )
    make_campaign("Fair Maps 2026", filing_date=dt.date(2026, 4, 15))

    report = publish(db, radicale_up)

    assert report.created and report.put == 3 and report.deleted == 0
    found = assert_calendar_is_the_app(db, radicale_up, calendar)
    assert len(found) == 3
    weeks = [i for i in app_state(db) if "Press" not in i[0]]
    assert len(weeks) > 50, "the weekly series is there, week by week"
    again = publish(db, radicale_up)
    assert (again.put, again.deleted, again.unchanged) == (0, 0, 3)
    assert "up to date (3 events)" in again.sentence()


def test_a_moved_and_a_cancelled_week_reach_the_calendar(
    db: Database,
    session: Session,
    calendar: str,
    radicale_up: RadicaleServer,
    make_person: Callable[..., Person],
) -> None:
    series = weekly(session, make_person, "Coalition weekly call")
    other = weekly(session, make_person, "Steering group")
    publish(db, radicale_up)

    calls.move_call(session, series.id, MOVED, dt.datetime(2026, 3, 12, 18, 0, tzinfo=LA))
    calls.cancel_call(session, series.id, CANCELLED)
    assert caldav_out.pending(db) == 1
    report = publish(db, radicale_up)

    assert (report.put, report.unchanged) == (1, 1), "the other series is left as it was"
    assert report.uids == [series.uid]
    found = assert_calendar_is_the_app(db, radicale_up, calendar)
    moved = dt.datetime(2026, 3, 12, 18, 0, tzinfo=LA).astimezone(UTC).isoformat()
    cancelled = calls.slot_start(series, CANCELLED).astimezone(UTC).isoformat()
    listed = instants([found[series.uid]])
    assert any(i[1] == moved and i[3] == "CONFIRMED" for i in listed)
    assert any(i[1] == cancelled and i[3] == "CANCELLED" for i in listed)
    assert other.uid in found


def test_a_deleted_series_is_removed_from_the_calendar(
    db: Database,
    session: Session,
    calendar: str,
    radicale_up: RadicaleServer,
    make_person: Callable[..., Person],
) -> None:
    gone = weekly(session, make_person, "Old working group")
    kept = weekly(session, make_person, "Coalition weekly call")
    publish(db, radicale_up)

    calls.delete_series(session, gone.id)
    report = publish(db, radicale_up)

    assert (report.put, report.deleted) == (0, 1)
    assert set(assert_calendar_is_the_app(db, radicale_up, calendar)) == {kept.uid}


def test_a_server_gone_mid_publish_loses_nothing(
    db: Database,
    session: Session,
    calendar: str,
    radicale_up: RadicaleServer,
    make_person: Callable[..., Person],
) -> None:
    series = [weekly(session, make_person, f"Working group {n}") for n in range(4)]
    publish(db, radicale_up)
    for n, row in enumerate(series):
        calls.move_call(session, row.id, MOVED, dt.datetime(2026, 3, 11 + n % 2, 9, 0, tzinfo=LA))
    calls.delete_series(session, series[3].id)
    assert caldav_out.pending(db) == 4

    def kill_after_the_first(_stage: str, done: int, _total: int) -> None:
        if done == 1:
            radicale_up.kill()  # the server's process ends between two PUTs

    with pytest.raises(caldav_out.PublishError, match="cannot reach the calendar server"):
        publish(db, radicale_up, progress=kill_after_the_first)
    assert caldav_out.pending(db) == 3, "the event put before the server went is not put again"
    with db.reading() as session_:
        noted = outlets.outlet(session_, outlets.CALDAV)
        assert noted is not None and "The changes wait" in noted.error

    calls.cancel_call(session, series[0].id, CANCELLED)  # a change made while it is away
    with pytest.raises(caldav_out.PublishError, match="is this laptop online"):
        publish(db, radicale_up)

    radicale_up.start()
    report = publish(db, radicale_up)

    assert (report.put, report.deleted) == (3, 1)
    found = assert_calendar_is_the_app(db, radicale_up, calendar)
    assert set(found) == {row.uid for row in series[:3]}
    assert caldav_out.pending(db) == 0
    with db.reading() as session_:
        noted = outlets.outlet(session_, outlets.CALDAV)
        assert noted is not None and noted.error == "" and noted.published_at is not None


def test_a_wrong_password_is_said_and_nothing_is_marked_published(
    db: Database,
    session: Session,
    calendar: str,
    radicale_up: RadicaleServer,
    make_person: Callable[..., Person],
) -> None:
    weekly(session, make_person, "Coalition weekly call")

    with pytest.raises(caldav_out.PublishError) as raised:
        caldav_out.publish(db, "not the password")

    assert "refused the user name or password for 'organizer'" in str(raised.value)
    assert "not the password" not in str(raised.value)
    assert caldav_out.pending(db) == 1


def test_another_calendar_gets_everything_anew(
    db: Database,
    session: Session,
    calendar: str,
    radicale_up: RadicaleServer,
    make_person: Callable[..., Person],
) -> None:
    weekly(session, make_person, "Coalition weekly call")
    publish(db, radicale_up)
    second = radicale_up.calendar_url(f"calls-{uuid.uuid4().hex[:8]}")

    assert outlets.set_caldav(session, second, radicale_up.user)
    caldav_out.keep_password(second, radicale_up.user, radicale_up.password)
    report = publish(db, radicale_up)

    assert report.created and report.put == 1
    assert_calendar_is_the_app(db, radicale_up, second)
    assert not outlets.set_caldav(session, second, radicale_up.user), "the same one again"


def test_a_calendar_address_with_a_password_in_it_is_refused(session: Session) -> None:
    with pytest.raises(Exception, match="holds a user name or password"):
        outlets.set_caldav(session, "https://dana:secret@dav.example.org/cal/", "dana")
    with pytest.raises(Exception, match="is not a calendar's address"):
        outlets.set_caldav(session, "dav.example.org/cal", "dana")
    assert outlets.outlet(session, outlets.CALDAV) is None


def test_a_calendar_of_another_user_is_refused_in_a_sentence(
    db: Database,
    session: Session,
    radicale_up: RadicaleServer,
    memory_keyring: MemoryKeyring,
    make_person: Callable[..., Person],
) -> None:
    weekly(session, make_person, "Coalition weekly call")
    url = f"{radicale_up.url}someone-else/calls/"
    outlets.set_caldav(session, url, radicale_up.user)

    with pytest.raises(caldav_out.PublishError) as raised:
        caldav_out.publish(db, radicale_up.password)

    assert str(raised.value) == (
        f"the calendar server at 127.0.0.1:{radicale_up.port} does not let 'organizer' "
        "write to that calendar (HTTP 403: is it theirs, or shared with them?); the changes "
        "wait until it does"
    )
    assert caldav_out.pending(db) == 1


def test_each_outlet_is_brought_up_to_date_and_said_apart(
    db: Database,
    session: Session,
    radicale_up: RadicaleServer,
    memory_keyring: MemoryKeyring,
    make_person: Callable[..., Person],
    tmp_path: Path,
) -> None:
    assert caldav_out.bring_up_to_date(db, None) == caldav_out.Outcome()
    with pytest.raises(caldav_out.PublishError, match="no calendar is set to publish to"):
        caldav_out.publish(db, None)
    assert caldav_out.pending(db) == 0

    weekly(session, make_person, "Coalition weekly call")
    folder = tmp_path / "shared"
    folder.mkdir()
    outlets.set_feed(session, folder / "calls.ics")
    url = radicale_up.calendar_url(f"calls-{uuid.uuid4().hex[:8]}")
    outlets.set_caldav(session, url, radicale_up.user)

    first = caldav_out.bring_up_to_date(db, None)  # the password is in no keyring yet
    assert first.feed_written and not first.feed_error
    assert "the password of 'organizer' for the shared calendar is not known" in (
        first.caldav_error
    )
    assert first.report is None and caldav_out.pending(db) == 1

    (folder / "calls.ics").unlink()
    folder.rmdir()  # the shared folder was unmounted
    second = caldav_out.bring_up_to_date(db, radicale_up.password)
    assert second.feed_error.startswith(f"the feed could not be written to {folder}")
    assert second.report is not None and second.report.put == 1 and not second.caldav_error
    session.expire_all()
    feed = outlets.outlet(session, outlets.FEED)
    assert feed is not None and "could not be written" in feed.error


def test_without_a_keyring_the_password_is_kept_for_this_run_only(no_keyring: None) -> None:
    url = "https://dav.example.org/calendars/dana/calls/"
    assert not caldav_out.keep_password(url, "dana", "s3cret")
    assert caldav_out.password_for(url, "dana") == "s3cret"
