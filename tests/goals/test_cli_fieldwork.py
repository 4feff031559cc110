"""Petition batches, registration reports and the goals on the command line, as a person
at a terminal sees them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.cli import main
from coalition.directory import profiles
from coalition.endorsements import records as endorsements
from coalition.goals import records as goals
from coalition.goals.records import GoalInput, ObservationInput
from coalition.store.models import GoalMeasure, PetitionBatch, RegistrationTally


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def coalition_db(session: Session, db_path: Path) -> Path:
    profiles.save_profile(
        session,
        profiles.ProfileInput(name="Test Organizer", email="test@example.org", role="coordinator"),
    )
    campaign = endorsements.create_campaign(
        session,
        endorsements.CampaignInput(name="Independence plebiscite", kind="ballot_initiative"),
    )
    goals.create_goal(
        session,
        GoalInput(
            name="Valid signatures",
            measure=GoalMeasure.PETITION_SIGNATURES,
            campaign_id=campaign.id,
            target=546_651,
            deadline="2027-03-15",
            validity_percent=75,
        ),
    )
    followers = goals.create_goal(
        session, GoalInput(name="Followers", target=5000, unit="followers")
    )
    goals.record_observation(
        session, followers.id, ObservationInput("2026-11-01", 1250, "page insights")
    )
    return db_path


def count(session: Session, model: type) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_add_batch_prints_its_id_and_goals_counts_it(
    capsys: pytest.CaptureFixture[str], coalition_db: Path, session: Session
) -> None:
    code, out, err = run(
        capsys,
        coalition_db,
        "add-batch",
        "--campaign",
        "independence plebiscite",
        "--county",
        "Yolo",
        "--raw",
        "1,000",
        "--verified",
        "800",
        "--collector",
        "Ana Ruiz",
        "--date",
        "2026-11-02",
    )
    assert (code, err) == (0, "")
    stored = session.get(PetitionBatch, out.strip())
    assert stored is not None
    assert (stored.raw_count, stored.verified_count, stored.collector) == (1000, 800, "Ana Ruiz")
    run(capsys, coalition_db, "add-batch", "--campaign", "Independence", "--county", "Yolo",
        "--raw", "500", "--date", "2026-11-03")  # fmt: skip
    code, out, err = run(capsys, coalition_db, "goals")
    assert (code, err) == (0, "")
    blocks = out.strip().split("\n\n")
    assert blocks[0].splitlines() == [
        "Valid signatures",
        "  figure: 1,200 valid signatures · progress 0%",
        "  from: counted from data: from 2 petition batches, 1 verified",
        "  signatures: 1,500 raw · 1,200 projected valid (80%) · 800 verified of 546,651",
        "  valid share: the 80.0% found valid in 1 verified batch",
        "  target: 546,651 · deadline: 2027-03-15",
    ]
    assert blocks[1].splitlines() == [
        "Followers",
        "  figure: 1,250 followers · progress 25%",
        "  from: set by hand, latest 2026-11-01",
        "  target: 5,000 · deadline: none",
    ]


def test_more_verified_than_raw_exits_2_with_why_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], coalition_db: Path, session: Session
) -> None:
    code, out, err = run(
        capsys, coalition_db, "add-batch", "--campaign", "Independence plebiscite",
        "--county", "Yolo", "--raw", "1000", "--verified", "1200",
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err.startswith(
        "coalition: --verified: 1,200 verified is more than the 1,000 raw signatures of this batch"
    )
    assert err.rstrip().endswith("nothing was stored")
    assert count(session, PetitionBatch) == 0
    code, _out, err = run(
        capsys, coalition_db, "add-batch", "--campaign", "No such thing", "--county", "Yolo",
        "--raw", "10",
    )  # fmt: skip
    assert code == 1 and "no campaign called “No such thing”" in err


def test_add_tally_reports_pledges_and_registrations(
    capsys: pytest.CaptureFixture[str], coalition_db: Path, session: Session
) -> None:
    code, out, err = run(
        capsys, coalition_db, "add-tally", "--kind", "registration", "--count", "38",
        "--county", "Yolo", "--date", "2026-11-01",
    )  # fmt: skip
    assert (code, err) == (0, "")
    row = session.get(RegistrationTally, out.strip())
    assert row is not None and (row.count, row.county) == (38, "Yolo")
    code, out, err = run(capsys, coalition_db, "add-tally", "--kind", "pledge", "--count", "-4")
    assert (code, out) == (2, "")
    assert "--count: the count cannot be negative" in err
    assert count(session, RegistrationTally) == 1


def test_goals_on_an_empty_database_says_so(
    capsys: pytest.CaptureFixture[str], db: object, db_path: Path
) -> None:
    assert run(capsys, db_path, "goals") == (0, "No goals yet.\n", "")
