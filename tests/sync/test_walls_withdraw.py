"""Records taken back from the laptops of organizations that may no longer read them:
made private after they were shared, or read through a sharing agreement since ended.
Four laptops sync through the suite's real PostgreSQL server, each as its organizer."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

import coalition.directory.access  # (the laptop's walls: registers the rules)
from coalition.directory import owners, sharing
from coalition.search.query import search
from coalition.store import Database
from coalition.store.base import PRIVATE, SHARED
from coalition.store.changes import IDENTITY, writes
from coalition.store.models import (
    ChangeLog,
    Membership,
    Person,
    PersonEmail,
    SyncOutbox,
)
from coalition.store.ownership import ALL_RECORDS
from coalition.sync import firstpull, run, withdraw
from coalition.sync.run import SyncReport
from sync_helpers import Laptop, Server
from walls_helpers import Roles, add_group


@writes("Add a person")
def add_person(
    session: Session, name: str, owner: str | None, address: str, visibility: str = SHARED
) -> tuple[str, str]:
    person = Person(name=name, owner_org_id=owner, visibility=visibility)
    person.emails.append(PersonEmail(address=address))
    session.add(person)
    session.flush()
    return person.id, person.emails[0].id


class Organizers:
    """Each laptop with its organizer's profile: the coalition's staff, two of Alpha's
    organizers, one of Beta's."""

    def __init__(self, laptops: dict[str, Laptop], servers: dict[str, Server]):
        self.laptops = laptops
        self.servers = servers
        self.who: dict[str, tuple[str, str | None, str]] = {"staff": ("coordinator", None, "")}

    @contextlib.contextmanager
    def acting(self, name: str) -> Iterator[Laptop]:
        saved = (IDENTITY.role, IDENTITY.org_id, IDENTITY.org)
        IDENTITY.role, IDENTITY.org_id, IDENTITY.org = self.who[name]
        try:
            yield self.laptops[name]
        finally:
            IDENTITY.role, IDENTITY.org_id, IDENTITY.org = saved

    @contextlib.contextmanager
    def session(self, name: str) -> Iterator[Session]:
        with self.acting(name) as laptop, laptop.session() as s:
            yield s

    def sync(self, name: str) -> SyncReport:
        with self.acting(name) as laptop:
            return laptop.sync(self.servers[name])


def held(laptop: Laptop, *ids: str) -> set[str]:
    """Of ``ids``, the people and e-mails this laptop's database holds (whoever reads)."""
    found: set[str] = set()
    with laptop.db.reading() as s:
        for model in (Person, PersonEmail):
            found.update(
                s.scalars(
                    select(model.id).where(model.id.in_(ids)),
                    execution_options={ALL_RECORDS: True},
                )
            )
    return found


def history_of(laptop: Laptop, *ids: str) -> list[ChangeLog]:
    with laptop.db.reading() as s:
        return list(s.scalars(select(ChangeLog).where(ChangeLog.row_id.in_(ids))))


def found(laptop: Laptop, words: str) -> set[str]:
    """What a search on this laptop finds (read as a coordinator: everything it holds)."""
    with laptop.db.reading() as s:
        return {hit.id for hit in search(s, words)}


def unsent(laptop: Laptop) -> int:
    with laptop.db.reading() as s:
        count = s.scalar(
            select(func.count()).select_from(SyncOutbox).where(or_(SyncOutbox.sent.is_(False)))
        )
    return int(count or 0)


@pytest.fixture(params=["one by one", "a table at a time"])
def hiding(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Records taken back one by one (a few at once), or a table at a time (many)."""
    if request.param == "a table at a time":
        monkeypatch.setattr(withdraw, "_ONE_BY_ONE", 1)


@pytest.fixture
def laptops(tmp_path: Path, migrated_template: Path) -> Iterator[dict[str, Laptop]]:
    made = {
        name: Laptop(tmp_path / f"{name}.db", migrated_template, name)
        for name in ("staff", "ana", "abe", "ben")
    }
    yield made
    for laptop in made.values():
        laptop.close()


@pytest.fixture
def coalition(
    laptops: dict[str, Laptop], pg_url: str, server_db: Database, roles: Roles
) -> tuple[Organizers, dict[str, str]]:
    """The staff record Alpha and Beta and a shared contact of Alpha's with an e-mail;
    every laptop syncs once, so each has the contact."""
    staff = laptops["staff"]
    with staff.session() as s:
        alpha, beta = add_group(s, "Alpha Party"), add_group(s, "Beta Fund")
        person, email = add_person(s, "Sam Shared", alpha, "sam@example.org")
    alpha_role = Server(roles.make(alpha, "member", "Ana of Alpha").url())
    servers = {
        "staff": Server(pg_url),
        "ana": alpha_role,
        "abe": alpha_role,
        "ben": Server(roles.make(beta, "member", "Ben of Beta").url()),
    }
    orgs = Organizers(laptops, servers)
    orgs.who.update(
        ana=("member", alpha, "Alpha Party"),
        abe=("member", alpha, "Alpha Party"),
        ben=("member", beta, "Beta Fund"),
    )
    for name in ("staff", "ana", "abe", "ben"):
        orgs.sync(name)
    ids = {"alpha": alpha, "beta": beta, "person": person, "email": email}
    return orgs, ids


@pytest.mark.usefixtures("hiding")
def test_a_record_made_private_leaves_the_laptops_of_other_organizations(
    coalition: tuple[Organizers, dict[str, str]],
) -> None:
    orgs, ids = coalition
    ana, abe, ben, staff = (orgs.laptops[n] for n in ("ana", "abe", "ben", "staff"))
    record = (ids["person"], ids["email"])
    assert held(ben, *record) == set(record)
    assert found(ben, "sam@example.org") == {ids["person"]}

    with orgs.session("ana") as s:
        owners.set_visibility(s, ("person", ids["person"]), PRIVATE)
    orgs.sync("ana")
    report = orgs.sync("ben")

    assert held(ben, *record) == set()  # the person and their e-mail
    assert found(ben, "sam@example.org") == set()  # not even in its search
    assert history_of(ben, *record) == []  # nor their values in its history
    assert (report.sent, unsent(ben)) == (0, 0)  # nothing sent back
    assert orgs.sync("ben").sent == 0

    orgs.sync("abe")  # Alpha's other laptop, and the coalition's staff, keep it
    orgs.sync("staff")
    assert held(abe, *record) == held(staff, *record) == set(record)
    with abe.db.reading() as s:
        assert s.get(Person, ids["person"]).visibility == PRIVATE  # type: ignore[union-attr]

    with orgs.session("ana") as s:  # shared again: back on Beta's laptop
        owners.set_visibility(s, ("person", ids["person"]), SHARED)
    orgs.sync("ana")
    orgs.sync("ben")
    assert held(ben, *record) == set(record)
    with ben.db.reading() as s:
        person = s.get(Person, ids["person"])
        assert person is not None and person.name == "Sam Shared"
        assert [e.address for e in person.emails] == ["sam@example.org"]
    assert found(ben, "sam@example.org") == {ids["person"]}
    assert held(ana, *record) == set(record)


def test_records_read_through_an_agreement_leave_when_it_ends(
    coalition: tuple[Organizers, dict[str, str]],
) -> None:
    orgs, ids = coalition
    abe, ben, staff = (orgs.laptops[n] for n in ("abe", "ben", "staff"))
    with orgs.session("ana") as s:
        agreement = sharing.grant(s, ids["alpha"], ids["beta"]).id
    with orgs.session("ana") as s:
        record = add_person(s, "Pat Private", ids["alpha"], "pat@example.org", PRIVATE)
    orgs.sync("ana")
    orgs.sync("ben")
    assert held(ben, *record) == set(record)
    assert held(ben, ids["person"]) == {ids["person"]}

    with orgs.session("ana") as s:
        sharing.revoke(s, agreement)
    orgs.sync("ana")
    report = orgs.sync("ben")

    assert held(ben, *record) == set()
    assert history_of(ben, *record) == []
    assert held(ben, ids["person"]) == {ids["person"]}  # the shared contact stays
    assert (report.sent, unsent(ben)) == (0, 0)
    for name in ("abe", "staff"):
        orgs.sync(name)
    assert held(abe, *record) == held(staff, *record) == set(record)

    with orgs.session("ana") as s:  # shared again: back
        sharing.grant(s, ids["alpha"], ids["beta"])
    orgs.sync("ana")
    orgs.sync("ben")
    assert held(ben, *record) == set(record)
    assert history_of(ben, *record) != []


def test_a_private_record_handed_to_another_organization_leaves_its_old_owners_laptops(
    coalition: tuple[Organizers, dict[str, str]],
) -> None:
    orgs, ids = coalition
    abe, ben, staff = (orgs.laptops[n] for n in ("abe", "ben", "staff"))
    record = (ids["person"], ids["email"])
    with orgs.session("ana") as s:
        owners.set_visibility(s, ("person", ids["person"]), PRIVATE)
    orgs.sync("ana")
    orgs.sync("abe")
    orgs.sync("staff")
    with orgs.session("staff") as s:  # a coordinator hands the contact to Beta
        owners.set_owner(s, ("person", ids["person"]), ids["beta"])
    orgs.sync("staff")

    report = orgs.sync("abe")
    assert held(abe, *record) == set()
    assert history_of(abe, *record) == []
    assert (report.sent, unsent(abe)) == (0, 0)
    orgs.sync("ben")
    assert held(ben, *record) == held(staff, *record) == set(record)
    with ben.db.reading() as s:
        person = s.get(Person, ids["person"])
        assert person is not None and person.owner_org_id == ids["beta"]


@writes("Keep a person to the group")
def make_private(session: Session, person_id: str) -> None:
    person = session.get(Person, person_id)
    assert person is not None
    person.visibility = PRIVATE  # the person only: their e-mail stays as it was


@pytest.mark.usefixtures("hiding")
def test_the_parts_of_a_record_made_private_by_itself_leave_with_it_and_come_back(
    coalition: tuple[Organizers, dict[str, str]],
) -> None:
    orgs, ids = coalition
    ben = orgs.laptops["ben"]
    record = (ids["person"], ids["email"])
    with orgs.session("ana") as s:
        make_private(s, ids["person"])
    orgs.sync("ana")
    orgs.sync("ben")
    assert held(ben, *record) == set()
    assert history_of(ben, *record) == []

    with orgs.session("ana") as s:
        owners.set_visibility(s, ("person", ids["person"]), SHARED)
    orgs.sync("ana")
    orgs.sync("ben")
    assert held(ben, *record) == set(record)


@writes("Record a membership")
def add_membership(session: Session, person_id: str, org_id: str) -> str:
    membership = Membership(person_id=person_id, organization_id=org_id, role="volunteer")
    session.add(membership)
    session.flush()
    return membership.id


@writes("Change a membership")
def change_membership(session: Session, membership_id: str, role: str) -> None:
    membership = session.get(Membership, membership_id)
    assert membership is not None
    membership.role = role


def test_a_record_of_its_own_hanging_on_one_taken_away_does_not_stop_its_sync(
    coalition: tuple[Organizers, dict[str, str]], laptops: dict[str, Laptop]
) -> None:
    orgs, ids = coalition
    ben = orgs.laptops["ben"]
    with orgs.session("ben") as s:  # Beta's record that Sam belongs to it
        membership = add_membership(s, ids["person"], ids["beta"])
    orgs.sync("ben")
    with orgs.session("ana") as s:
        make_private(s, ids["person"])
    orgs.sync("ana")
    orgs.sync("ben")
    assert held(ben, ids["person"]) == set()

    orgs.sync("staff")  # the membership changed elsewhere: brought, and not kept
    with orgs.session("staff") as s:
        change_membership(s, membership, "board")
    orgs.sync("staff")
    report = orgs.sync("ben")
    assert report.sent == 0
    with ben.db.reading() as s:
        assert s.get(Membership, membership, execution_options={ALL_RECORDS: True}) is None

    with orgs.session("ana") as s:  # shared again: the person and the membership back
        owners.set_visibility(s, ("person", ids["person"]), SHARED)
    orgs.sync("ana")
    orgs.sync("ben")
    with ben.db.reading() as s:
        found = s.get(Membership, membership)
        assert found is not None and found.role == "board"


def test_a_new_laptop_written_in_bulk_keeps_nothing_another_group_took_back(
    coalition: tuple[Organizers, dict[str, str]],
    tmp_path: Path,
    migrated_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    orgs, ids = coalition
    with orgs.session("ben") as s:  # Beta's record that Sam belongs to it
        membership = add_membership(s, ids["person"], ids["beta"])
    orgs.sync("ben")
    with orgs.session("ana") as s:  # Sam made private, and more of Alpha's shared after
        make_private(s, ids["person"])
        for n in range(6):
            add_person(s, f"Shared {n}", ids["alpha"], f"shared{n}@example.org")
    orgs.sync("ana")
    orgs.sync("staff")
    with orgs.session("staff") as s:  # the membership changed after Sam was taken back
        change_membership(s, membership, "board")
    orgs.sync("staff")

    # A new laptop of Beta's: its first sync in small batches, most written at once.
    monkeypatch.setattr(run, "PULL_BATCH", 3)
    written: list[bool] = []
    apply_new = firstpull.apply_new

    def counted(session: Session, entries: list[object]) -> int | None:
        result = apply_new(session, entries)
        written.append(result is not None)
        return result

    monkeypatch.setattr(firstpull, "apply_new", counted)
    orgs.laptops["bea"] = Laptop(tmp_path / "bea.db", migrated_template, "bea")
    orgs.servers["bea"] = orgs.servers["ben"]
    orgs.who["bea"] = orgs.who["ben"]
    orgs.sync("bea")
    bea = orgs.laptops["bea"]
    assert True in written and False in written  # in bulk, and record by record
    record = (ids["person"], ids["email"], membership)
    assert held(bea, *record) == set()
    with bea.db.reading() as s:
        assert s.get(Membership, membership, execution_options={ALL_RECORDS: True}) is None
        shared = s.scalars(select(Person.name).where(Person.name.like("Shared %"))).all()
        assert sorted(shared) == [f"Shared {n}" for n in range(6)]
    assert history_of(bea, *record) == []
    assert found(bea, "sam@example.org") == set()
    assert found(bea, "shared3@example.org") != set()
