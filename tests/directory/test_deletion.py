"""Deleting a record others use: what is said about it, and the two ways out."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition import sample
from coalition.common.errors import ValidationError
from coalition.directory import deletion
from coalition.store.base import Base
from coalition.store.models import (
    ActionItem,
    Attendance,
    Ballot,
    CallSeries,
    Goal,
    Organization,
    Person,
    SignOff,
)


def test_every_foreign_key_to_the_deletable_tables_is_listed() -> None:
    """A table added later that names a person, an organization or a campaign must say
    what becomes of it when they are deleted."""
    for target in deletion.USES:
        declared = {(u.table, u.column) for u in deletion.USES[target]} | set(
            deletion.PARTS[target]
        )
        found = {
            (table.name, column.name)
            for table in Base.metadata.sorted_tables
            for column in table.columns
            for fk in column.foreign_keys
            if fk.column.table.name == target
        }
        assert found == declared, target


@pytest.fixture
def loaded(session: Session) -> Session:
    sample.load_sample(session)
    return session


def _person(session: Session, name: str) -> str:
    return session.scalar(select(Person.id).where(Person.name == name))


def test_removing_the_uses_keeps_the_records_that_used_the_person(loaded: Session) -> None:
    brooks = _person(loaded, "Aaliyah Brooks")
    items = loaded.scalars(select(ActionItem.id).where(ActionItem.owner_id == brooks)).all()
    deletion.delete_record(loaded, "person", brooks)
    assert loaded.get(Person, brooks) is None
    assert [loaded.get(ActionItem, i).owner_id for i in items] == [None] * len(items)
    assert loaded.scalar(select(CallSeries.organizer_id)) is None
    assert loaded.scalars(select(Attendance).where(Attendance.person_id == brooks)).all() == []


def test_reassigning_hands_everything_over_without_listing_anyone_twice(loaded: Session) -> None:
    brooks, vega = _person(loaded, "Aaliyah Brooks"), _person(loaded, "Marisol Vega-Ortiz")
    calls_attended = set(
        loaded.scalars(
            select(Attendance.occurrence_id).where(Attendance.person_id.in_([brooks, vega]))
        )
    )
    deletion.delete_record(loaded, "person", brooks, reassign_to=vega)
    assert loaded.scalar(select(CallSeries.organizer_id)) == vega
    assert len(loaded.scalars(select(ActionItem).where(ActionItem.owner_id == vega)).all()) == 3
    attended = loaded.scalars(
        select(Attendance.occurrence_id).where(Attendance.person_id == vega)
    ).all()
    assert sorted(attended) == sorted(calls_attended)  # one line per call, never two


def test_an_organization_asked_to_sign_off_can_be_removed_with_its_sign_offs(
    loaded: Session,
) -> None:
    liberty = loaded.scalar(select(Organization.id).where(Organization.name == "The Liberty Block"))
    impact = deletion.impact(loaded, "organization", liberty)
    assert [(u.key, u.count) for u in impact.uses] == [
        ("sign_off.organization_id", 2),
        ("ballot.organization_id", 2),  # on the sample's two decisions
    ]
    deletion.delete_record(loaded, "organization", liberty)
    assert loaded.scalars(select(SignOff).where(SignOff.organization_id == liberty)).all() == []
    assert loaded.scalars(select(Ballot).where(Ballot.organization_id == liberty)).all() == []


def test_a_campaign_counted_by_a_goal_goes_to_another_or_takes_the_goal(loaded: Session) -> None:
    goal = loaded.scalars(select(Goal).where(Goal.campaign_id.is_not(None))).first()
    campaign, goal_id = goal.campaign_id, goal.id
    other = deletion.choices(loaded, "campaign", campaign)[0][0]
    with pytest.raises(ValidationError):
        deletion.delete_record(loaded, "campaign", campaign, reassign_to=campaign)
    deletion.delete_record(loaded, "campaign", campaign, reassign_to=other)
    assert loaded.get(Goal, goal_id).campaign_id == other
    deletion.delete_record(loaded, "campaign", other)
    assert loaded.get(Goal, goal_id) is None
