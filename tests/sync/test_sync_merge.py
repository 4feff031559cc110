"""Two people made one on one laptop, while another still edits the one merged away:
both survive, through the real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from coalition.directory import merge as people_merge
from coalition.directory import records as directory
from coalition.store.models import Membership, Person, PersonPhone
from coalition.sync.conflicts import choose_other, conflicts
from sync_helpers import Laptop, Server, edit_person, snapshot


@pytest.fixture
def server(pg_url: str) -> Server:
    return Server(pg_url)


@pytest.fixture
def laptops(tmp_path: Path, migrated_template: Path) -> Iterator[list[Laptop]]:
    made = [Laptop(tmp_path / f"{name}.db", migrated_template, name) for name in ("ana", "ben")]
    yield made
    for laptop in made:
        laptop.close()


def _twice_entered(ana: Laptop, ben: Laptop, server: Server) -> tuple[str, str, str]:
    """Ana Ruiz entered twice (once by each group), both laptops up to date."""
    with ana.session() as s:
        org = directory.create_organization(s, directory.OrganizationInput(name="Red Oregon")).id
    with ana.session() as s:
        keep = directory.create_person(
            s, directory.PersonInput(name="Ana Ruiz", emails=["ana@example.org"], notes="Chair")
        ).id
    with ana.session() as s:
        gone = directory.create_person(
            s, directory.PersonInput(name="Ana  Ruíz", phones=["916-555-0100"])
        ).id
    with ana.session() as s:
        directory.add_membership(s, directory.MembershipInput(gone, org, role="Treasurer"))
    ana.sync(server)
    ben.sync(server)
    return keep, gone, org


def _merge(laptop: Laptop, keep: str, gone: str) -> None:
    with laptop.session() as s:
        people_merge.merge_people(s, keep, gone)


def _people(laptop: Laptop) -> dict[str, Person]:
    with laptop.db.reading() as s:
        people = {p.id: p for p in s.scalars(select(Person))}
        for p in people.values():
            _ = p.phones, p.memberships
        return people


def test_an_edit_synced_after_the_merge_lands_on_the_survivor(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben = laptops
    keep, gone, org = _twice_entered(ana, ben, server)
    _merge(ana, keep, gone)
    edit_person(ben, gone, language="es", phones=["916-555-0100", "916-555-0199"])
    with ben.session() as s:
        directory.add_membership(s, directory.MembershipInput(gone, org, role="Spokesperson"))

    ana.sync(server)
    report = ben.sync(server)
    ana.sync(server)

    assert report.conflicts == 0
    for laptop in (ana, ben):
        people = _people(laptop)
        assert gone not in people
        survivor = people[keep]
        assert survivor.language == "es"
        assert sorted(p.number for p in survivor.phones) == ["+1 916-555-0100", "+1 916-555-0199"]
        assert sorted(m.role for m in survivor.memberships) == ["Spokesperson", "Treasurer"]
    assert snapshot(ana.db) == snapshot(ben.db)


def test_an_edit_synced_before_the_merge_is_moved_or_listed(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben = laptops
    keep, gone, org = _twice_entered(ana, ben, server)
    edit_person(ben, gone, notes="Prefers Spanish", phones=["916-555-0100", "916-555-0199"])
    with ben.session() as s:
        directory.add_membership(s, directory.MembershipInput(gone, org, role="Spokesperson"))
    ben.sync(server)
    _merge(ana, keep, gone)  # Ana has not heard of Ben's edit

    report = ana.sync(server)
    ben.sync(server)

    for laptop in (ana, ben):
        people = _people(laptop)
        assert gone not in people
        survivor = people[keep]
        # What Ben added went to the survivor; the notes he changed are a conflict.
        assert sorted(p.number for p in survivor.phones) == ["+1 916-555-0100", "+1 916-555-0199"]
        assert sorted(m.role for m in survivor.memberships) == ["Spokesperson", "Treasurer"]
        assert survivor.notes == "Chair"
    assert report.conflicts == 1
    with ana.db.reading() as s:
        (conflict,) = conflicts(s)
        assert (conflict.row_id, conflict.field, conflict.theirs) == (
            keep,
            "notes",
            "Prefers Spanish",
        )
    with ana.session() as s:
        choose_other(s, conflict.id)
        assert s.get(Person, keep).notes == "Prefers Spanish"  # type: ignore[union-attr]
    ana.sync(server)
    ben.sync(server)
    assert snapshot(ana.db) == snapshot(ben.db)


def test_a_merge_undone_on_its_laptop_brings_both_back_everywhere(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben = laptops
    keep, gone, _org = _twice_entered(ana, ben, server)
    with ana.session() as s:
        people_merge.merge_people(s, keep, gone)
        from coalition.store.changes import last_changeset, revert

        changeset = last_changeset(s)
    ana.sync(server)
    ben.sync(server)
    assert gone not in _people(ben)
    with ana.session() as s:
        revert(s, changeset)
    ana.sync(server)
    ben.sync(server)
    people = _people(ben)
    assert {keep, gone} <= set(people)
    with ben.db.reading() as s:
        assert s.scalar(select(Membership.person_id)) == gone
        assert [p.person_id for p in s.scalars(select(PersonPhone))] == [gone]
    assert snapshot(ana.db) == snapshot(ben.db)
