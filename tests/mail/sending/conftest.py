"""What the mail tests share: a weekly call series organized by this laptop's organizer,
its participants, and the mail account pointed at the tests' SMTP server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common import clock
from coalition.mail import account as accounts
from coalition.mail import outbox
from coalition.store.models import CallSeries, MailAccount, Person
from smtp_server import SmtpServer

START = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)  # the morning after the first call


@dataclass
class Weekly:
    series: CallSeries
    organizer: Person
    sam: Person  # in America/New_York
    ada: Person
    lee: Person  # no e-mail address


@pytest.fixture
def frozen() -> Iterator[clock.FixedClock]:
    with clock.frozen_at(START) as fixed:
        yield fixed


@pytest.fixture
def weekly(
    session: Session, make_person: Callable[..., Person], frozen: clock.FixedClock
) -> Weekly:
    dana = make_person(
        "Dana Reyes", emails=["organizer@example.org"], time_zone="America/Los_Angeles"
    )
    sam = make_person("Sam Okafor", emails=["sam.okafor@example.org"], time_zone="America/New_York")
    ada = make_person("Ada Lindqvist", emails=["ada@example.org"])
    lee = make_person("Lee Park")
    series = calls.create_series(
        session,
        calls.SeriesInput(
            title="Coalition weekly call",
            start_date=dt.date(2026, 12, 1),
            start_time="17:30",
            time_zone="America/Los_Angeles",
            organizer_id=dana.id,
            description="Round of states, then the week's asks.",
            join_url="https://meet.example.org/coalition-weekly",
            participant_person_ids=[sam.id, ada.id, lee.id],
        ),
    )
    frozen.advance(dt.timedelta(minutes=1))
    return Weekly(series, dana, sam, ada, lee)


@pytest.fixture
def account(session: Session, smtp_server: SmtpServer, memory_keyring: object) -> MailAccount:
    row = accounts.save_account(
        session,
        accounts.AccountInput(
            smtp_host=smtp_server.host,
            smtp_port=smtp_server.port,
            security="none",
            from_address="organizer@example.org",
            from_name="Dana Reyes",
            username=smtp_server.user,
        ),
    )
    accounts.store_password(session, row, smtp_server.password)
    return row


@pytest.fixture
def previewed_all(session: Session, weekly: Weekly) -> None:
    """The organizer saw every kind once: the mail goes."""
    for kind in ("invitation", "agenda", "minutes"):
        outbox.mark_previewed(session, weekly.series.id, kind)
    outbox.mark_previewed(session, None, "digest")
