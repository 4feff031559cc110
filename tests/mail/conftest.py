"""A coalition whose weekly call has gone out as invitations, for the replies to come back.

"Coalition weekly call": Tuesdays 17:30 America/Los_Angeles from 2026-12-01, organized
by Dana Reyes; invited are Sam Okafor and Lee Park by name, and Ana Ruiz as the
representative of the Yes California organization.  Kim Cho is in the directory but not
invited.  The clock stands at Monday 2026-12-07 12:00 UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common import clock
from coalition.directory import records as directory
from coalition.store.models import CallOccurrence, CallSeries, MailAccount, Organization, Person

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
NEXT_WEEK = dt.date(2026, 12, 8)


@dataclass
class Coalition:
    series: CallSeries
    dana: Person  # the organizer
    sam: Person
    lee: Person
    ana: Person  # Yes California's representative
    kim: Person  # not invited
    yes_california: Organization


@pytest.fixture(autouse=True)
def monday() -> Iterator[clock.FixedClock]:
    with clock.frozen_at(NOW) as fixed:
        yield fixed


@pytest.fixture
def coalition(
    session: Session,
    make_person: Callable[..., Person],
    make_org: Callable[..., Organization],
) -> Coalition:
    dana = make_person("Dana Reyes", emails=["dana.reyes@example.org"])
    sam = make_person("Sam Okafor", emails=["sam.okafor@example.org", "sam@okafor.example.net"])
    lee = make_person("Lee Park", emails=["lee.park@example.org"])
    ana = make_person("Ana Ruiz", emails=["ana.ruiz@yescalifornia.example.org"])
    kim = make_person("Kim Cho", emails=["kim.cho@example.org"])
    org = make_org("Yes California", home_state="CA")
    directory.add_membership(
        session,
        directory.MembershipInput(
            person_id=ana.id, organization_id=org.id, represents_state="CA", since="2026-01-01"
        ),
    )
    series = calls.create_series(
        session,
        calls.SeriesInput(
            title="Coalition weekly call",
            start_date=dt.date(2026, 12, 1),
            start_time="17:30",
            time_zone="America/Los_Angeles",
            organizer_id=dana.id,
            join_url="https://meet.example.org/coalition-weekly",
            participant_person_ids=[sam.id, lee.id],
            participant_org_ids=[org.id],
        ),
    )
    return Coalition(series, dana, sam, lee, ana, kim, org)


@pytest.fixture
def one_off(session: Session) -> CallOccurrence:
    return calls.create_one_off(
        session,
        "Ballot-access strategy session",
        dt.datetime(2026, 12, 10, 18, 0, tzinfo=dt.UTC),
        90,
        "America/New_York",
    )


@pytest.fixture
def mail_account(session: Session) -> Callable[..., MailAccount]:
    """This laptop's mail account, reading the mailbox at ``host:port``."""

    def make(host: str, port: int, security: str = "none") -> MailAccount:
        account = session.get(MailAccount, "default") or MailAccount(id="default")
        account.smtp_host, account.smtp_port = host, 2525
        account.from_address, account.from_name = "dana.reyes@example.org", "Dana Reyes"
        account.username = "dana.reyes@example.org"
        account.imap_host, account.imap_port, account.imap_security = host, port, security
        session.add(account)
        session.commit()
        return account

    return make
