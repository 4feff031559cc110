"""Petition batches: counts only, checked as an organizer types them, added up per county
and collector, and the campaign's raw, verified and projected-valid signatures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import ValidationError
from coalition.goals import batches as petition
from coalition.goals.batches import BatchInput
from coalition.store.changes import last_changeset, revert
from coalition.store.models import Campaign, PetitionBatch


@pytest.fixture
def campaign(make_campaign: Callable[..., Campaign]) -> Campaign:
    return make_campaign("Independence plebiscite", kind="ballot_initiative")


def batch(
    session: Session,
    campaign: Campaign,
    raw: int,
    verified: int | None = None,
    *,
    county: str = "Sacramento",
    collector: str = "Ana Ruiz",
    on: str = "2026-11-02",
    verified_on: str | None = None,
) -> PetitionBatch:
    return petition.record_batch(
        session,
        BatchInput(
            campaign_id=campaign.id,
            collected_on=on,
            county=county,
            raw_count=raw,
            verified_count=verified,
            verified_on=verified_on,
            collector=collector,
            state="ca",
        ),
    )


def test_a_batch_is_counts_and_never_a_signer(session: Session, campaign: Campaign) -> None:
    row = batch(session, campaign, 1000)
    assert (row.raw_count, row.verified_count, row.county, row.state) == (
        1000,
        None,
        "Sacramento",
        "CA",
    )
    columns = {c.key for c in inspect(PetitionBatch).columns}
    assert not {"name", "address", "signer", "email", "phone"} & columns
    assert "§18650" in petition.PRIVACY_NOTE and "never a signer's name" in petition.PRIVACY_NOTE
    assert "§18650" in (petition.__doc__ or "")


def test_more_verified_than_raw_is_refused_with_why_and_nothing_is_stored(
    session: Session, campaign: Campaign, count_rows: Callable[[type], int]
) -> None:
    with pytest.raises(ValidationError) as caught:
        batch(session, campaign, 1000, 1200)
    assert caught.value.problems["verified_count"].startswith(
        "1,200 verified is more than the 1,000 raw signatures of this batch"
    )
    assert count_rows(PetitionBatch) == 0
    row = batch(session, campaign, 1000)
    with pytest.raises(ValidationError, match="1,001 verified is more than the 1,000 raw"):
        petition.verify_batch(session, row.id, 1001)
    session.expire_all()
    assert session.get(PetitionBatch, row.id).verified_count is None  # type: ignore[union-attr]


def test_every_problem_is_named_beside_its_field(session: Session, campaign: Campaign) -> None:
    tomorrow = clock.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        petition.record_batch(
            session,
            BatchInput(
                campaign_id=None,
                collected_on=tomorrow,
                raw_count="lots",
                state="Atlantis",
            ),
        )
    problems = caught.value.problems
    assert set(problems) == {"campaign_id", "collected_on", "raw_count", "state"}
    assert "is in the future" in problems["collected_on"]
    assert "whole number" in problems["raw_count"]
    with pytest.raises(ValidationError) as caught:
        batch(session, campaign, 100, 90, on="2026-11-02", verified_on="2026-11-01")
    assert "before it was collected" in caught.value.problems["verified_on"]


def test_verifying_edits_and_deletes_are_undoable(session: Session, campaign: Campaign) -> None:
    row = batch(session, campaign, 1000)
    petition.verify_batch(session, row.id, "812", "2026-11-20")
    assert (row.verified_count, row.verified_on) == (812, dt.date(2026, 11, 20))
    revert(session, last_changeset(session))
    session.expire_all()
    assert session.get(PetitionBatch, row.id).verified_count is None  # type: ignore[union-attr]
    data = petition.batch_input(row)
    data.county = "Yolo"
    petition.update_batch(session, row.id, data)
    assert row.county == "Yolo"
    petition.delete_batch(session, row.id)
    assert petition.batches(session, campaign.id) == []
    revert(session, last_changeset(session))
    assert [b.county for b in petition.batches(session, campaign.id)] == ["Yolo"]


def test_totals_by_county_and_by_collector(session: Session, campaign: Campaign) -> None:
    batch(session, campaign, 1000, 800, county="Sacramento", collector="Ana Ruiz")
    batch(session, campaign, 500, None, county="Sacramento", collector="Ben Ito")
    batch(session, campaign, 2000, 1500, county="Los Angeles", collector="Ben Ito")
    by_county = petition.totals_by_county(session, campaign.id)
    assert [(t.name, t.batches, t.raw, t.verified) for t in by_county] == [
        ("Los Angeles", 1, 2000, 1500),
        ("Sacramento", 2, 1500, 800),
    ]
    assert by_county[0].validity_rate == 0.75
    # The unverified batch does not dilute the rate: 800 of the 1,000 verified.
    assert by_county[1].validity_rate == 0.8
    by_collector = {t.name: t for t in petition.totals_by_collector(session, campaign.id)}
    assert (by_collector["Ben Ito"].raw, by_collector["Ben Ito"].verified) == (2500, 1500)
    assert by_collector["Ben Ito"].validity_rate == 0.75
    assert by_collector["Ana Ruiz"].validity_rate == 0.8
    # Newest first: the later of two batches of one day on top.
    assert [b.raw for b in petition.batches(session, campaign.id, county="Sacramento")] == [
        500,
        1000,
    ]
    assert [b.raw for b in petition.batches(session, campaign.id, verified=False)] == [500]


def test_projected_valid_uses_the_observed_rate_else_the_expected_one(
    session: Session, campaign: Campaign
) -> None:
    batch(session, campaign, 1000)
    batch(session, campaign, 3000)
    before = petition.petition_progress(session, campaign.id, 70)
    assert (before.raw, before.verified, before.projected_valid) == (4000, 0, 2800)
    assert not before.observed and "70%" in before.source
    batch(session, campaign, 2000, 1600)  # 80% valid
    after = petition.petition_progress(session, campaign.id, 70)
    # 1,600 verified + the 4,000 unverified at the 80% observed.
    assert (after.raw, after.verified, after.projected_valid) == (6000, 1600, 4800)
    assert after.validity_rate == 0.8 and after.observed
    assert after.origin == "from 3 petition batches, 1 verified"


def test_the_history_follows_the_days_collected_and_verified(
    session: Session, campaign: Campaign
) -> None:
    batch(session, campaign, 1000, on="2026-10-01")
    batch(session, campaign, 1000, 900, on="2026-10-05", verified_on="2026-10-20")
    at = petition.petition_history(session, campaign.id, 50)
    assert at(dt.date(2026, 9, 30)).raw == 0
    early = at(dt.date(2026, 10, 10))
    assert (early.raw, early.verified, early.projected_valid) == (2000, 0, 1000)
    late = at(dt.date(2026, 10, 21))
    assert (late.raw, late.verified, late.projected_valid) == (2000, 900, 1800)
