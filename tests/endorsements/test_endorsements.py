"""Campaigns and endorsements: who endorsed what, on which terms, and when that changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coalition.common.errors import NotFoundError, ValidationError
from coalition.directory.deletion import delete_campaign
from coalition.endorsements import records as svc
from coalition.endorsements.records import CampaignInput, EndorsementInput
from coalition.store.models import (
    Campaign,
    CampaignKind,
    Endorsement,
    EndorsementEvent,
    EndorsementStatus,
    Organization,
    Person,
)

D = dt.date


# --- campaigns -----------------------------------------------------------------------


def test_create_campaign_with_cleaned_values(session: Session, make_org) -> None:
    owner = make_org("Yes California")
    campaign = svc.create_campaign(
        session,
        CampaignInput(
            name=" California Independence Initiative ",
            kind="Ballot initiative",
            owner_id=owner.id,
            website="oag.ca.example.gov/initiatives",
            filing_date="2024-11-01",
            signature_deadline="2025-07-01",
            vote_date="2026-11-03",
            signature_goal="546,651",
        ),
    )
    session.expire_all()
    stored = svc.get_campaign(session, campaign.id)
    assert stored.name == "California Independence Initiative"
    assert stored.kind == CampaignKind.BALLOT_INITIATIVE
    assert stored.owner.name == "Yes California"
    assert stored.website == "https://oag.ca.example.gov/initiatives"
    assert (stored.filing_date, stored.signature_deadline, stored.vote_date) == (
        D(2024, 11, 1),
        D(2025, 7, 1),
        D(2026, 11, 3),
    )
    assert stored.signature_goal == 546651
    assert svc.campaign_input(stored).name == "California Independence Initiative"


def test_campaign_dates_must_come_in_order(session: Session, count_rows) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_campaign(
            session,
            CampaignInput(
                name="Backwards",
                filing_date="2025-03-01",
                signature_deadline="2025-02-01",
                vote_date="2025-01-01",
            ),
        )
    assert set(caught.value.problems) == {"signature_deadline", "vote_date"}
    assert "before the filing date" in caught.value.problems["signature_deadline"]
    assert "before the signature deadline" in caught.value.problems["vote_date"]
    assert count_rows(Campaign) == 0


def test_campaign_bad_fields_are_each_named(session: Session, count_rows) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_campaign(
            session,
            CampaignInput(
                name="",
                kind="referendum",
                website="nowhere",
                vote_date="2301-01-01",
                signature_goal="-5",
            ),
        )
    assert set(caught.value.problems) == {"name", "kind", "website", "vote_date", "signature_goal"}
    with pytest.raises(NotFoundError):
        svc.create_campaign(session, CampaignInput(name="Orphan", owner_id="no-such-org"))
    assert count_rows(Campaign) == 0


def test_campaigns_are_listed_by_vote_date_then_name(session: Session, make_campaign) -> None:
    make_campaign("zeta statement", kind="statement")
    make_campaign("Later vote", vote_date="2028-11-07")
    make_campaign("Alpha statement", kind="statement")
    make_campaign("Sooner vote", vote_date="2026-11-03")
    assert [c.name for c in svc.campaigns(session)] == [
        "Sooner vote",
        "Later vote",
        "Alpha statement",
        "zeta statement",
    ]


def test_update_and_delete_campaign(session: Session, make_org, make_campaign, count_rows) -> None:
    org = make_org("Yes California")
    campaign = make_campaign("Calexit 2028")
    data = svc.campaign_input(campaign)
    data.name, data.vote_date = "Calexit 2028 initiative", "2028-11-07"
    svc.update_campaign(session, campaign.id, data)
    svc.record_endorsement(
        session, EndorsementInput(endorser_org_id=org.id, campaign_id=campaign.id)
    )
    session.expire_all()
    assert svc.get_campaign(session, campaign.id).vote_date == D(2028, 11, 7)
    delete_campaign(session, campaign.id)
    assert count_rows(Campaign) == 0
    assert count_rows(Endorsement) == 0 and count_rows(EndorsementEvent) == 0
    with pytest.raises(NotFoundError):
        svc.get_campaign(session, campaign.id)


# --- endorsements --------------------------------------------------------------------


@pytest.fixture
def parties(
    session: Session,
    make_org: Callable[..., Organization],
    make_person: Callable[..., Person],
    make_campaign: Callable[..., Campaign],
) -> Any:
    class P:
        yes = make_org("Yes California")
        calexit = make_org("Calexit")
        jane = make_person("Jane Doe")
        initiative = make_campaign("California Independence Initiative", vote_date="2028-11-07")
        statement = make_campaign("Statement on self-determination", kind="statement")

    return P


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"campaign_id": "C"}, "endorser"),  # nobody endorses
        (
            {"endorser_org_id": "O", "endorser_person_id": "J", "campaign_id": "C"},
            "endorser",
        ),  # two endorsers
        ({"endorser_org_id": "O"}, "target"),  # endorses nothing
        (
            {"endorser_org_id": "O", "campaign_id": "C", "target_org_id": "T"},
            "target",
        ),  # two targets
        ({"endorser_org_id": "O", "target_org_id": "O"}, "target"),  # itself
    ],
)
def test_exactly_one_endorser_and_one_target(
    session: Session,
    parties: Any,
    count_rows: Callable[[type], int],
    fields: dict[str, str],
    problem: str,
) -> None:
    ids = {
        "O": parties.yes.id,
        "J": parties.jane.id,
        "C": parties.initiative.id,
        "T": parties.calexit.id,
    }
    with pytest.raises(ValidationError) as caught:
        svc.record_endorsement(session, EndorsementInput(**{k: ids[v] for k, v in fields.items()}))
    assert problem in caught.value.problems
    assert count_rows(Endorsement) == 0


def test_endorser_or_target_that_no_longer_exists(
    session: Session, parties: Any, count_rows: Callable[[type], int]
) -> None:
    with pytest.raises(NotFoundError):
        svc.record_endorsement(
            session, EndorsementInput(endorser_org_id="gone", campaign_id=parties.initiative.id)
        )
    with pytest.raises(NotFoundError):
        svc.record_endorsement(
            session, EndorsementInput(endorser_person_id=parties.jane.id, campaign_id="gone")
        )
    assert count_rows(Endorsement) == 0


def test_conditional_endorsement_needs_its_condition(
    session: Session, parties: Any, count_rows: Callable[[type], int]
) -> None:
    base = dict(
        endorser_org_id=parties.yes.id, campaign_id=parties.initiative.id, status="conditional"
    )
    with pytest.raises(ValidationError) as caught:
        svc.record_endorsement(session, EndorsementInput(**base, condition="   "))
    assert set(caught.value.problems) == {"condition"}
    assert count_rows(Endorsement) == 0
    row = svc.record_endorsement(
        session, EndorsementInput(**base, condition="we will need to see the full text first")
    )
    assert row.status == EndorsementStatus.CONDITIONAL
    assert row.condition == "we will need to see the full text first"


def test_condition_is_dropped_when_not_conditional(session: Session, parties: Any) -> None:
    row = svc.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=parties.yes.id,
            campaign_id=parties.initiative.id,
            status="endorsed",
            condition="stale",
        ),
    )
    assert row.condition == ""


def test_first_history_entry_and_default_date(session: Session, parties: Any) -> None:
    row = svc.record_endorsement(
        session,
        EndorsementInput(
            endorser_person_id=parties.jane.id,
            campaign_id=parties.initiative.id,
            status="requested",
            note="asked on the Tuesday call",
            source_url="example.org/call-notes",
        ),
    )
    session.expire_all()
    stored = svc.get_endorsement(session, row.id)
    assert stored.endorser_name == "Jane Doe"
    assert stored.target_name == "California Independence Initiative"
    assert stored.status_on == dt.date.today()
    assert stored.source_url == "https://example.org/call-notes"
    assert [(e.status, e.on, e.note) for e in stored.events] == [
        (EndorsementStatus.REQUESTED, dt.date.today(), "asked on the Tuesday call")
    ]


def test_each_status_change_is_kept_in_history(session: Session, parties: Any) -> None:
    row = svc.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=parties.calexit.id,
            campaign_id=parties.initiative.id,
            status="requested",
            status_on="2024-01-09",
        ),
    )
    svc.set_endorsement_status(
        session,
        row.id,
        "conditional",
        on="2024-02-13",
        condition="we will need to see the full text first",
        note="board meeting",
    )
    svc.set_endorsement_status(session, row.id, "endorsed", on=D(2024, 3, 5), note="text published")
    # Editing the notes only is not a change of status: no new history entry.
    data = svc.endorsement_input(svc.get_endorsement(session, row.id))
    data.notes = "press release sent"
    svc.update_endorsement(session, row.id, data)
    svc.set_endorsement_status(
        session, row.id, "withdrawn", on="2024-06-18", note="changed leadership"
    )

    session.expire_all()
    stored = svc.get_endorsement(session, row.id)
    assert [(e.status.value, e.on, e.condition, e.note) for e in stored.events] == [
        ("requested", D(2024, 1, 9), "", ""),
        ("conditional", D(2024, 2, 13), "we will need to see the full text first", "board meeting"),
        ("endorsed", D(2024, 3, 5), "", "text published"),
        ("withdrawn", D(2024, 6, 18), "", "changed leadership"),
    ]
    assert stored.status == EndorsementStatus.WITHDRAWN
    assert stored.status_on == D(2024, 6, 18)
    assert stored.condition == ""
    assert stored.notes == "press release sent"


def test_a_status_change_dated_before_the_last_one_is_refused(
    session: Session, parties: Any
) -> None:
    """Otherwise the history, read by date, would no longer end with the current status."""
    row = svc.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=parties.calexit.id,
            campaign_id=parties.initiative.id,
            status="pending",
            status_on="2024-03-01",
        ),
    )
    with pytest.raises(ValidationError) as refused:
        svc.set_endorsement_status(session, row.id, "endorsed", on="2024-02-01")
    assert "before the last change of status (2024-03-01)" in refused.value.problems["status_on"]
    session.expire_all()
    assert svc.get_endorsement(session, row.id).status == EndorsementStatus.PENDING
    svc.set_endorsement_status(session, row.id, "endorsed", on="2024-03-01")  # the same day is fine


def test_new_condition_is_a_history_entry_too(session: Session, parties: Any) -> None:
    row = svc.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=parties.yes.id,
            campaign_id=parties.initiative.id,
            status="conditional",
            condition="full text first",
            status_on="2024-01-09",
        ),
    )
    svc.set_endorsement_status(
        session, row.id, "conditional", on="2024-02-01", condition="full text and a budget"
    )
    session.expire_all()
    assert [e.condition for e in svc.get_endorsement(session, row.id).events] == [
        "full text first",
        "full text and a budget",
    ]


def test_bad_status_change_is_refused_and_history_unchanged(session: Session, parties: Any) -> None:
    row = svc.record_endorsement(
        session, EndorsementInput(endorser_org_id=parties.yes.id, campaign_id=parties.initiative.id)
    )
    with pytest.raises(ValidationError) as caught:
        svc.set_endorsement_status(session, row.id, "conditional")  # without the condition
    assert set(caught.value.problems) == {"condition"}
    with pytest.raises(ValidationError):
        svc.set_endorsement_status(session, row.id, "maybe")
    session.expire_all()
    stored = svc.get_endorsement(session, row.id)
    assert stored.status == EndorsementStatus.REQUESTED
    assert len(stored.events) == 1


def test_duplicate_endorsement_is_refused(
    session: Session, parties: Any, count_rows: Callable[[type], int]
) -> None:
    svc.record_endorsement(
        session, EndorsementInput(endorser_org_id=parties.yes.id, campaign_id=parties.initiative.id)
    )
    with pytest.raises(ValidationError) as caught:
        svc.record_endorsement(
            session,
            EndorsementInput(
                endorser_org_id=parties.yes.id, campaign_id=parties.initiative.id, status="endorsed"
            ),
        )
    assert "already recorded" in caught.value.problems["target"]
    # The same endorser for another campaign, or another endorser, is not a duplicate.
    svc.record_endorsement(
        session, EndorsementInput(endorser_org_id=parties.yes.id, campaign_id=parties.statement.id)
    )
    svc.record_endorsement(
        session,
        EndorsementInput(endorser_person_id=parties.jane.id, campaign_id=parties.initiative.id),
    )
    svc.record_endorsement(
        session, EndorsementInput(endorser_org_id=parties.yes.id, target_org_id=parties.calexit.id)
    )
    assert count_rows(Endorsement) == 4
    with pytest.raises(ValidationError):
        svc.record_endorsement(
            session,
            EndorsementInput(endorser_org_id=parties.yes.id, target_org_id=parties.calexit.id),
        )
    assert count_rows(Endorsement) == 4


def test_delete_endorsement_removes_its_history(
    session: Session, parties: Any, count_rows: Callable[[type], int]
) -> None:
    row = svc.record_endorsement(
        session, EndorsementInput(endorser_org_id=parties.yes.id, campaign_id=parties.initiative.id)
    )
    svc.set_endorsement_status(session, row.id, "endorsed")
    svc.delete_endorsement(session, row.id)
    assert count_rows(Endorsement) == 0 and count_rows(EndorsementEvent) == 0
    with pytest.raises(NotFoundError):
        svc.delete_endorsement(session, row.id)


def test_endorsements_of_campaign(session: Session, parties: Any) -> None:
    svc.record_endorsement(
        session, EndorsementInput(endorser_org_id=parties.yes.id, campaign_id=parties.initiative.id)
    )
    svc.record_endorsement(
        session,
        EndorsementInput(endorser_person_id=parties.jane.id, campaign_id=parties.initiative.id),
    )
    svc.record_endorsement(
        session,
        EndorsementInput(endorser_org_id=parties.calexit.id, campaign_id=parties.statement.id),
    )
    names = sorted(
        e.endorser_name for e in svc.endorsements_of_campaign(session, parties.initiative.id)
    )
    assert names == ["Jane Doe", "Yes California"]


def test_endorsement_matrix(
    session: Session,
    parties: Any,
    make_org: Callable[..., Organization],
    make_campaign: Callable[..., Campaign],
) -> None:
    unendorsed = make_campaign("Nobody has endorsed this yet")
    alpha = make_org("alpha group")  # lower case: sorted regardless of case
    a = svc.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=parties.yes.id, campaign_id=parties.initiative.id, status="endorsed"
        ),
    )
    b = svc.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=parties.calexit.id,
            campaign_id=parties.initiative.id,
            status="conditional",
            condition="full text first",
        ),
    )
    c = svc.record_endorsement(
        session,
        EndorsementInput(
            endorser_person_id=parties.jane.id, campaign_id=parties.statement.id, status="declined"
        ),
    )
    svc.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=alpha.id, campaign_id=parties.statement.id, status="pending"
        ),
    )
    # An endorsement of an organization (not a campaign) has no column in the matrix.
    svc.record_endorsement(
        session, EndorsementInput(endorser_person_id=parties.jane.id, target_org_id=parties.yes.id)
    )

    matrix = svc.endorsement_matrix(session)

    # Endorsers down: organizations first, then people, each by name.
    assert [(kind, name) for kind, _id, name in matrix.endorsers] == [
        ("organization", "alpha group"),
        ("organization", "Calexit"),
        ("organization", "Yes California"),
        ("person", "Jane Doe"),
    ]
    # Every campaign across, endorsed or not, in campaign order.
    assert [cid for cid, _name in matrix.campaigns] == [c.id for c in svc.campaigns(session)]
    assert {cid for cid, _name in matrix.campaigns} == {
        parties.initiative.id,
        parties.statement.id,
        unendorsed.id,
    }
    cell = matrix.cells[(parties.calexit.id, parties.initiative.id)]
    assert (cell.endorsement_id, cell.status, cell.condition) == (
        b.id,
        EndorsementStatus.CONDITIONAL,
        "full text first",
    )
    assert matrix.cells[(parties.yes.id, parties.initiative.id)].endorsement_id == a.id
    assert (
        matrix.cells[(parties.jane.id, parties.statement.id)].status == EndorsementStatus.DECLINED
    )
    assert matrix.cells[(parties.jane.id, parties.statement.id)].endorsement_id == c.id
    assert (parties.yes.id, parties.statement.id) not in matrix.cells
    assert len(matrix.cells) == 4


def test_an_endorsement_dated_in_days_to_come_is_refused(
    session: Session, parties: Any, count_rows: Callable[[type], int]
) -> None:
    later = dt.date.today() + dt.timedelta(days=150)
    data = EndorsementInput(
        endorser_org_id=parties.yes.id,
        campaign_id=parties.initiative.id,
        status="conditional",
        condition="If it qualifies",
        status_on=later.isoformat(),
    )
    with pytest.raises(ValidationError) as refused:
        svc.record_endorsement(session, data)
    assert refused.value.problems == {
        "status_on": f"{later.isoformat()} is still to come: an endorsement is recorded when "
        "it is given"
    }
    assert count_rows(Endorsement) == 0
