"""A record taken away and put back on one laptop before it syncs: the record put back is a
new one holding the same natural key (an organization's tag) or the same values (a
person's e-mail).  After the sync it is there on that laptop, the server and the others."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from coalition.directory import records as directory
from coalition.store.models import OrganizationTag, PersonEmail, Tag
from coalition.sync.run import push
from sync_helpers import Laptop, Server, add_org, shared_org, snapshot


@pytest.fixture
def server(pg_url: str) -> Server:
    return Server(pg_url)


@pytest.fixture
def laptops(tmp_path: Path, migrated_template: Path) -> Iterator[list[Laptop]]:
    made = [Laptop(tmp_path / f"{name}.db", migrated_template, name) for name in ("ana", "ben")]
    yield made
    for laptop in made:
        laptop.close()


def set_tags(laptop: Laptop, org_id: str, tags: list[str]) -> None:
    with laptop.session() as s:
        data = directory.organization_input(directory.get_organization(s, org_id))
        data.tags = tags
        directory.update_organization(s, org_id, data)


def tags_on_laptop(laptop: Laptop, org_id: str) -> list[str]:
    with laptop.db.reading() as s:
        return sorted(
            s.scalars(
                select(Tag.name)
                .join(OrganizationTag, OrganizationTag.tag_id == Tag.id)
                .where(OrganizationTag.organization_id == org_id)
            )
        )


def tags_on_server(server: Server, org_id: str) -> list[str]:
    remote = server.open()
    try:
        with remote.engine.connect() as conn:
            return sorted(
                conn.execute(
                    select(Tag.name)
                    .join(OrganizationTag, OrganizationTag.tag_id == Tag.id)
                    .where(OrganizationTag.organization_id == org_id)
                ).scalars()
            )
    finally:
        remote.close()


def same_everywhere(server: Server, *laptops: Laptop) -> None:
    remote = server.open()
    try:
        expected = snapshot(remote)
    finally:
        remote.close()
    for laptop in laptops:
        assert snapshot(laptop.db) == expected, f"{laptop.name} differs from the server"


def retag(laptop: Laptop, org_id: str, tag: str) -> None:
    """The tag put on, taken off and put back, as three edits."""
    set_tags(laptop, org_id, [tag])
    set_tags(laptop, org_id, [])
    set_tags(laptop, org_id, [tag])


def test_a_tag_taken_off_and_put_back_before_a_sync_stays_on_every_laptop(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben = laptops
    org_id = shared_org(ana, ben, server)
    retag(ana, org_id, "chapter")
    ana.sync(server)
    ben.sync(server)
    assert tags_on_laptop(ana, org_id) == ["chapter"]
    assert tags_on_laptop(ben, org_id) == ["chapter"]
    assert tags_on_server(server, org_id) == ["chapter"]
    ana.sync(server)  # and a later sync does not take it away either
    assert tags_on_laptop(ana, org_id) == ["chapter"]
    same_everywhere(server, ana, ben)


def test_a_new_group_tagged_untagged_and_tagged_again_keeps_its_tag(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben = laptops
    org_id = add_org(ana, "Cal Con Con")
    retag(ana, org_id, "chapter")
    ana.sync(server)
    ben.sync(server)
    assert tags_on_laptop(ana, org_id) == ["chapter"]
    assert tags_on_laptop(ben, org_id) == ["chapter"]
    same_everywhere(server, ana, ben)


def test_a_tag_put_back_after_a_sync_that_only_sent_stays(
    laptops: list[Laptop], server: Server
) -> None:
    """The sync that sent the tag was cut off before it brought anything back."""
    ana, ben = laptops
    org_id = add_org(ana, "CNP")
    ana.sync(server)
    ben.sync(server)
    set_tags(ana, org_id, ["chapter"])
    remote = server.open()
    with ana.acting():
        push(ana.db, remote)
    remote.close()
    set_tags(ana, org_id, [])
    set_tags(ana, org_id, ["chapter"])
    ana.sync(server)
    ben.sync(server)
    assert tags_on_laptop(ana, org_id) == ["chapter"]
    assert tags_on_laptop(ben, org_id) == ["chapter"]
    same_everywhere(server, ana, ben)


def test_a_tag_put_back_while_another_laptop_put_on_the_same_one_stays(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben = laptops
    org_id = shared_org(ana, ben, server)
    set_tags(ben, org_id, ["chapter"])
    ben.sync(server)
    retag(ana, org_id, "chapter")  # before hearing of ben's
    ana.sync(server)
    ben.sync(server)
    ana.sync(server)
    assert tags_on_laptop(ana, org_id) == ["chapter"]
    assert tags_on_laptop(ben, org_id) == ["chapter"]
    assert tags_on_server(server, org_id) == ["chapter"]
    same_everywhere(server, ana, ben)


def test_the_same_tag_made_on_two_laptops_still_becomes_one_on_the_later(
    laptops: list[Laptop], server: Server
) -> None:
    """The laptop whose tag the server found already there takes the server's."""
    ana, ben = laptops
    org_id = shared_org(ana, ben, server)
    set_tags(ana, org_id, ["chapter"])
    set_tags(ben, org_id, ["chapter"])
    ana.sync(server)
    ben.sync(server)
    ana.sync(server)
    for laptop in (ana, ben):
        with laptop.db.reading() as s:
            assert len(s.scalars(select(Tag)).all()) == 1
        assert tags_on_laptop(laptop, org_id) == ["chapter"]
    same_everywhere(server, ana, ben)


def test_an_email_taken_off_and_put_back_before_a_sync_stays(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben = laptops
    with ana.session() as s:
        person_id = directory.create_person(s, directory.PersonInput(name="Dana Ruiz")).id
    ana.sync(server)
    ben.sync(server)
    for emails in (["dana@example.org"], [], ["dana@example.org"]):
        with ana.session() as s:
            data = directory.person_input(directory.get_person(s, person_id))
            data.emails = emails
            directory.update_person(s, person_id, data)
    ana.sync(server)
    ben.sync(server)
    for laptop in (ana, ben):
        with laptop.db.reading() as s:
            addresses = s.scalars(
                select(PersonEmail.address).where(PersonEmail.person_id == person_id)
            ).all()
            assert addresses == ["dana@example.org"], laptop.name
    same_everywhere(server, ana, ben)
