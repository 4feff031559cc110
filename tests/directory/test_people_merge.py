"""One person entered twice: warned of before saving, and merged into one record."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition import sample
from coalition.common.errors import ValidationError
from coalition.directory import merge as people_merge
from coalition.directory import records as directory
from coalition.directory.records import MembershipInput, OrganizationInput, PersonInput
from coalition.store import audit
from coalition.store.base import Base
from coalition.store.changes import last_changeset, revert
from coalition.store.models import Attendance, CallSeries, Person, PersonMerge
from coalition.store.outbox import LOCAL_TABLES, synced_tables


def _rows(session: Session) -> dict[str, dict[str, Any]]:
    out = {}
    for table in synced_tables():
        if table in LOCAL_TABLES:
            continue
        meta = Base.metadata.tables[table]
        pk = next(iter(meta.primary_key.columns)).name
        out[table] = {
            r._mapping[pk]: {k: v for k, v in r._mapping.items() if k != "updated_at"}
            for r in session.execute(select(meta))
        }
    return out


def test_normalised_names_fold_case_accents_and_spaces() -> None:
    assert (
        people_merge.normalised_name("  ANA   Ruíz ")
        == people_merge.normalised_name("ana ruiz")
        == "ana ruiz"
    )


def test_a_duplicate_by_address_or_by_name_within_one_organization(session: Session) -> None:
    cnp = directory.create_organization(session, OrganizationInput(name="CNP")).id
    red = directory.create_organization(session, OrganizationInput(name="Red Oregon")).id
    ana = directory.create_person(
        session, PersonInput(name="Ana Ruiz", emails=["ana@example.org"])
    ).id
    directory.add_membership(session, MembershipInput(ana, cnp))
    other = directory.create_person(session, PersonInput(name="ANA  RUÍZ")).id
    directory.add_membership(session, MembershipInput(other, red))

    # A new person: the same address, whatever the name.
    found = people_merge.find_duplicates(
        session, PersonInput(name="A. Ruiz", emails=["Ana@Example.org"])
    )
    assert [(d.person_id, d.email) for d in found] == [(ana, "Ana@Example.org")]
    # A new person, in no organization yet: every namesake.
    found = people_merge.find_duplicates(session, PersonInput(name="ana ruiz"))
    assert {d.person_id for d in found} == {ana, other}
    # An existing person: namesakes of their own organizations only, never themselves.
    assert people_merge.find_duplicates(session, PersonInput(name="Ana Ruiz"), ana) == []
    directory.add_membership(session, MembershipInput(other, cnp))
    (found_one,) = people_merge.find_duplicates(session, PersonInput(name="Ana Ruiz"), ana)
    assert (found_one.person_id, found_one.organization) == (other, "CNP")


@pytest.fixture
def loaded(session: Session) -> Session:
    sample.load_sample(session)
    return session


def test_a_merge_keeps_everything_of_both_and_undo_restores_both_whole(loaded: Session) -> None:
    ids = {p.name: p.id for p in loaded.scalars(select(Person))}
    keep, gone = ids["Aaliyah Brooks"], ids["Marisol Vega-Ortiz"]
    before = _rows(loaded)
    had = {
        side: people_merge.person_side(loaded, i) for side, i in (("keep", keep), ("gone", gone))
    }
    people_merge.merge_people(loaded, keep, gone, {"language": "es", "notes": "Both"})
    changeset = last_changeset(loaded)

    assert loaded.get(Person, gone) is None
    after = people_merge.person_side(loaded, keep)
    assert after.values["language"] == "es" and after.values["notes"] == "Both"
    assert after.values["name"] == "Aaliyah Brooks"
    assert after.emails == had["keep"].emails + had["gone"].emails
    assert (
        after.counts["memberships"]
        == had["keep"].counts["memberships"] + had["gone"].counts["memberships"]
    )
    # Both attended the same five calls: five lines, not ten.
    assert after.counts["attendance"] == 5
    assert loaded.scalar(select(CallSeries.organizer_id)) == keep
    assert (
        loaded.scalar(select(PersonMerge.merged_id).where(PersonMerge.survivor_id == keep)) == gone
    )
    # The survivor's history holds the other's too.
    assert any(e.row_id == gone for e in audit.history(loaded, "person", keep))

    revert(loaded, changeset)
    assert _rows(loaded) == before
    assert loaded.scalars(select(Attendance).where(Attendance.person_id == gone)).all()


def test_a_person_cannot_be_merged_into_themselves(loaded: Session) -> None:
    someone = loaded.scalar(select(Person.id))
    with pytest.raises(ValidationError):
        people_merge.merge_people(loaded, someone, someone)


def test_a_value_refused_leaves_both_people_as_they_were(loaded: Session) -> None:
    keep, gone = list(loaded.scalars(select(Person.id).order_by(Person.sort_name).limit(2)))
    before = _rows(loaded)
    with pytest.raises(ValidationError):
        people_merge.merge_people(loaded, keep, gone, {"time_zone": "Mars/Olympus_Mons"})
    assert _rows(loaded) == before
