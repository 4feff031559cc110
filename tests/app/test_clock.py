"""The one clock: what a person sees as "today" follows it, so a test can stand anywhere
in time (and a run that crosses midnight agrees with itself)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.states import Coverage
from coalition.directory import records as directory
from coalition.directory.records import MembershipInput, OrganizationInput, PersonInput
from coalition.goals.coverage import state_coverage

NOON_IN_OREGON = dt.datetime(2026, 3, 10, 20, 0, tzinfo=dt.UTC)


def test_a_representative_whose_term_ends_today_counts_until_the_clock_passes_the_day(
    session: Session,
) -> None:
    org = directory.create_organization(
        session, OrganizationInput(name="Red Oregon", home_state="OR")
    )
    ana = directory.create_person(session, PersonInput(name="Ana Reyes"))
    with clock.frozen_at(NOON_IN_OREGON) as now:
        last_day = clock.today()
        directory.add_membership(
            session,
            MembershipInput(ana.id, org.id, represents_state="OR", until=last_day.isoformat()),
        )
        assert state_coverage(session).coverage["OR"] == Coverage.REPRESENTATIVE
        now.advance(dt.timedelta(days=2))
        assert clock.today() == last_day + dt.timedelta(days=2)
        assert state_coverage(session).coverage["OR"] != Coverage.REPRESENTATIVE


def test_a_fixed_clock_needs_a_zone() -> None:
    with pytest.raises(ValueError, match="aware"):
        clock.FixedClock(dt.datetime(2026, 3, 10, 12, 0))


def test_the_clock_goes_back_to_the_computer_after_the_block() -> None:
    with clock.frozen_at(NOON_IN_OREGON):
        assert clock.now() == NOON_IN_OREGON
    assert abs(clock.now() - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
