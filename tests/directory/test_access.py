"""The walls on the laptop: who reads and who changes what, what new records are
stamped with, and which private records each organizer's lists never show."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from access_helpers import (
    CHARITY,
    CHARITY_SECRET,
    SHARED_NAME,
    TEXAS,
    TEXAS_SECRET,
    World,
    act_as,
    build_world,
    share,
    world,
)
from coalition.common.errors import NotFoundError
from coalition.directory import access, importers, owners, sharing
from coalition.directory import records as directory
from coalition.drafts.draft import DraftInput, create_draft
from coalition.drafts.signoffs import answer_sign_off, request_sign_off
from coalition.drafts.variants import add_variant
from coalition.search import listing
from coalition.store import audit, open_database
from coalition.store.base import PRIVATE, SHARED
from coalition.store.changes import last_changeset, revert
from coalition.store.models import Membership, Person, PersonEmail, PersonPhone
from coalition.store.ownership import ALL_RECORDS, NotPermittedError

__all__ = ["world"]


def _names(session: Session) -> set[str]:
    return set(session.scalars(select(Person.name)))


# --- stamping -------------------------------------------------------------------------


def test_a_new_person_belongs_to_its_makers_organization_and_its_parts_follow(
    session: Session, world: World
) -> None:
    texas = session.get(Person, world.texas_secret_id, execution_options={ALL_RECORDS: True})
    assert texas is not None
    assert (texas.owner_org_id, texas.visibility) == (world.texas_id, PRIVATE)
    assert {(e.owner_org_id, e.visibility) for e in texas.emails} == {(world.texas_id, PRIVATE)}
    assert {(p.owner_org_id, p.visibility) for p in texas.phones} == {(world.texas_id, PRIVATE)}


def test_a_charitys_people_are_private_by_default_and_the_partys_are_shared(
    session: Session, world: World
) -> None:
    charity = session.get(Person, world.charity_secret_id, execution_options={ALL_RECORDS: True})
    assert charity is not None
    assert (charity.owner_org_id, charity.visibility) == (world.charity_id, PRIVATE)
    membership = session.scalars(
        select(Membership).where(Membership.person_id == charity.id),
        execution_options={ALL_RECORDS: True},
    ).one()
    assert (membership.owner_org_id, membership.visibility) == (world.charity_id, PRIVATE)
    world.act("member", "texas")
    party_person = directory.create_person(session, directory.PersonInput(name="Party Volunteer"))
    assert (party_person.owner_org_id, party_person.visibility) == (world.texas_id, SHARED)


def test_a_coordinators_new_records_are_the_coalitions_and_an_organization_owns_itself(
    session: Session, world: World
) -> None:
    shared = session.get(Person, world.shared_id)
    assert shared is not None and shared.owner_org_id is None and shared.visibility == SHARED
    org = directory.get_organization(session, world.texas_id)
    assert org.owner_org_id == world.texas_id


# --- the rules --------------------------------------------------------------------------


def test_a_member_changes_its_own_records_and_not_anothers(session: Session, world: World) -> None:
    world.act("member", "texas")
    directory.update_person(
        session, world.texas_secret_id, directory.PersonInput(name=TEXAS_SECRET + " Jr")
    )
    shared = directory.get_person(session, world.shared_id)
    reason = access.why_not_edit(session, shared)
    assert reason == "This record belongs to the coalition: only a coordinator can change it."
    with pytest.raises(NotPermittedError, match="only a coordinator"):
        directory.update_person(session, world.shared_id, directory.PersonInput(name="Renamed"))
    world.act("coordinator")
    assert directory.get_person(session, world.shared_id).name == SHARED_NAME


def test_a_delegate_writes_its_own_organizations_records_and_is_refused_anothers(
    session: Session, world: World
) -> None:
    world.act("delegate", "texas")
    assert access.readable_orgs(session) == frozenset({world.texas_id})
    directory.update_person(
        session, world.texas_secret_id, directory.PersonInput(name=TEXAS_SECRET + " Jr")
    )
    made = directory.create_person(session, directory.PersonInput(name="Delegate's Contact"))
    assert made.owner_org_id == world.texas_id
    assert TEXAS_SECRET + " Jr" in _names(session)
    assert CHARITY_SECRET not in _names(session)
    org = directory.get_organization(session, world.charity_id)
    assert access.why_not_edit(session, org) == (
        f"This record belongs to {CHARITY}: only its organizers or a coordinator can change it."
    )
    data = directory.organization_input(org)
    data.notes = "Not theirs to write"
    with pytest.raises(NotPermittedError, match=CHARITY):
        directory.update_organization(session, world.charity_id, data)


def test_a_delegate_records_a_membership_in_another_group_as_its_own(
    session: Session, world: World
) -> None:
    world.act("delegate", "texas")
    person = directory.create_person(session, directory.PersonInput(name="Joiner"))
    mine = directory.add_membership(
        session,
        directory.MembershipInput(person_id=person.id, organization_id=world.charity_id),
    )
    assert mine.owner_org_id == world.texas_id


def test_the_sentence_names_the_organization_that_owns_the_record(
    session: Session, world: World
) -> None:
    world.act("member", "charity")
    org = directory.get_organization(session, world.texas_id)
    assert access.why_not_edit(session, org) == (
        f"This record belongs to {TEXAS}: only its organizers or a coordinator can change it."
    )
    assert access.why_not_edit(session, ("organization", world.charity_id)) is None
    data = directory.organization_input(org)
    data.notes = "Not theirs to write"
    with pytest.raises(NotPermittedError, match=TEXAS):
        directory.update_organization(session, world.texas_id, data)


def test_an_observer_writes_nothing(session: Session, world: World) -> None:
    world.act("observer", "texas")
    assert "observer" in (access.why_not_edit(session, ("person", world.texas_secret_id)) or "")
    with pytest.raises(NotPermittedError, match="observer"):
        directory.create_person(session, directory.PersonInput(name="Someone New"))
    assert not access.can_create(session)


def test_no_role_means_no_walls(session: Session, world: World) -> None:
    world.act("", None)
    assert access.readable_orgs(session) is None
    assert {TEXAS_SECRET, CHARITY_SECRET} <= _names(session)
    directory.update_person(session, world.shared_id, directory.PersonInput(name="Renamed"))


def test_a_refused_write_leaves_nothing_behind(session: Session, world: World) -> None:
    world.act("member", "charity")
    with pytest.raises(NotPermittedError):
        directory.update_person(session, world.shared_id, directory.PersonInput(name="Renamed"))
    world.act("coordinator")
    assert directory.get_person(session, world.shared_id).name == SHARED_NAME


def test_a_member_records_a_membership_in_another_group_as_its_own_and_cannot_delete_theirs(
    session: Session, world: World
) -> None:
    world.act("coordinator")
    theirs = directory.add_membership(
        session,
        directory.MembershipInput(person_id=world.shared_id, organization_id=world.charity_id),
    )
    world.act("member", "texas")
    person = directory.create_person(session, directory.PersonInput(name="Joiner"))
    mine = directory.add_membership(
        session,
        directory.MembershipInput(person_id=person.id, organization_id=world.charity_id),
    )
    assert mine.owner_org_id == world.texas_id  # Texas's contact list says so
    with pytest.raises(NotPermittedError, match=CHARITY):
        directory.remove_membership(session, theirs.id)


# --- owner and visibility changes -------------------------------------------------------------


def test_making_a_private_record_shared_takes_its_organization_or_a_coordinator(
    session: Session, world: World
) -> None:
    world.act("member", "charity")
    with pytest.raises(NotFoundError):  # it cannot even see it
        owners.set_visibility(session, ("person", world.texas_secret_id), SHARED)
    world.act("member", "texas")
    owners.set_visibility(session, ("person", world.texas_secret_id), SHARED)
    world.act("member", "charity")
    person = directory.get_person(session, world.texas_secret_id)
    assert person.visibility == SHARED
    assert {e.visibility for e in person.emails} == {SHARED}
    assert {p.visibility for p in person.phones} == {SHARED}
    with pytest.raises(NotPermittedError, match=TEXAS):
        owners.set_visibility(session, ("person", world.texas_secret_id), PRIVATE)


def test_a_change_of_visibility_is_recorded_and_undone(session: Session, world: World) -> None:
    owners.set_visibility(session, ("person", world.charity_secret_id), SHARED)
    changes = last_changeset(session)
    assert {c.table for c in changes.changes} >= {"person", "person_email", "membership"}
    revert(session, changes)
    world.act("member", "texas")
    assert CHARITY_SECRET not in _names(session)


def test_a_coordinator_hands_a_record_to_an_organization(session: Session, world: World) -> None:
    owners.set_owner(session, ("person", world.shared_id), world.texas_id)
    world.act("member", "texas")
    directory.update_person(
        session, world.shared_id, directory.PersonInput(name=SHARED_NAME, emails=["a@b.org"])
    )
    emails = session.scalars(
        select(PersonEmail).where(PersonEmail.person_id == world.shared_id)
    ).all()
    assert {e.owner_org_id for e in emails} == {world.texas_id}


def test_visibility_is_chosen_in_the_person_input(session: Session, world: World) -> None:
    world.act("member", "charity")
    person = directory.create_person(
        session, directory.PersonInput(name="Public Face", visibility="shared")
    )
    assert person.visibility == SHARED
    with pytest.raises(Exception, match="shared or private"):
        directory.create_person(session, directory.PersonInput(name="X", visibility="secret"))


# --- what each organizer sees -------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "which", "sees", "hidden"),
    [
        ("member", "texas", {TEXAS_SECRET, SHARED_NAME}, {CHARITY_SECRET}),
        ("observer", "texas", {TEXAS_SECRET, SHARED_NAME}, {CHARITY_SECRET}),
        ("member", "charity", {CHARITY_SECRET, SHARED_NAME}, {TEXAS_SECRET}),
        ("coordinator", None, {TEXAS_SECRET, CHARITY_SECRET, SHARED_NAME}, set()),
    ],
)
def test_each_organizer_sees_its_own_private_records_and_not_anothers(
    session: Session, world: World, role: str, which: str | None, sees: set[str], hidden: set[str]
) -> None:
    world.act(role, which)
    names = _names(session)
    assert sees <= names
    assert not hidden & names
    phones = set(session.scalars(select(PersonPhone.number)))
    if hidden == {CHARITY_SECRET}:
        assert "916-555-0142" not in " ".join(phones)


def test_a_hidden_record_is_not_found_by_its_id(session: Session, world: World) -> None:
    world.act("member", "texas")
    with pytest.raises(Exception, match="no longer exists"):
        directory.get_person(session, world.charity_secret_id)


def test_a_sharing_agreement_opens_the_charitys_records_until_revoked(
    session: Session, world: World
) -> None:
    world.act("member", "texas")
    with pytest.raises(NotPermittedError, match=CHARITY):
        share(session, world)
    world.act("member", "charity")
    share(session, world, note="joint canvass")
    world.act("member", "texas")
    assert CHARITY_SECRET in _names(session)
    [row] = sharing.agreements(session, world.texas_id)
    assert (row.from_org, row.to_org, row.note) == (CHARITY, TEXAS, "joint canvass")
    world.act("member", "charity")
    sharing.revoke(session, row.id)
    world.act("member", "texas")
    assert CHARITY_SECRET not in _names(session)
    assert sharing.agreements(session, world.texas_id) == []
    assert sharing.agreements(session, world.texas_id, include_revoked=True)[0].revoked


def test_a_profile_switch_on_the_same_session_changes_what_is_seen(
    session: Session, world: World
) -> None:
    act_as("member", world.texas_id, TEXAS)
    assert CHARITY_SECRET not in _names(session)
    act_as("member", world.charity_id, CHARITY)
    assert CHARITY_SECRET in _names(session) and TEXAS_SECRET not in _names(session)


def test_a_new_organizations_legal_class_follows_its_kind_until_chosen(session: Session) -> None:
    party = directory.create_organization(
        session, directory.OrganizationInput(name="Party", kind="political_party")
    )
    assert party.legal_class.value == "political_party"
    grassroots = directory.create_organization(
        session, directory.OrganizationInput(name="Grassroots", kind="grassroots")
    )
    assert grassroots.legal_class.value == "independent_ally"
    data = directory.organization_input(grassroots)
    data.legal_class, data.finance = "pac", "coordinated"
    directory.update_organization(session, grassroots.id, data)
    kept = directory.OrganizationInput(name="Grassroots", kind="grassroots")  # says neither
    org = directory.update_organization(session, grassroots.id, kept)
    assert (org.legal_class.value, org.finance.value) == ("pac", "coordinated")


def test_only_the_group_asked_answers_its_sign_off(session: Session, world: World) -> None:
    draft = create_draft(session, DraftInput(title="The question", channels=["x"]), "Core")
    variant = add_variant(session, draft.id, "Texas", organization_id=world.texas_id)
    asked = request_sign_off(session, variant.id, world.texas_id)
    assert asked.owner_org_id == world.texas_id
    world.act("member", "charity")
    with pytest.raises(NotPermittedError, match=TEXAS):
        answer_sign_off(session, asked.id, "approved")
    world.act("member", "texas")
    answered = answer_sign_off(session, asked.id, "approved")
    assert answered.answered_by == "Someone"


def test_a_charitys_import_is_stamped_private_and_stays_its_own(
    session: Session, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows written in bulk are stamped as objects are: a 501(c)(3)'s imported people,
    addresses, numbers and memberships private to it, out of the other group's sight."""
    monkeypatch.setattr(importers, "BATCH", 7)  # several batches: parents found across them
    lines = ["Name,E-mail,Phone,Organization"]
    lines += [
        f"Quiet Donor {i},donor{i}@charity.example,+1 916-555-{i:04d},{CHARITY}" for i in range(30)
    ]
    path = tmp_path / "donors.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    world.act("member", "charity")
    importers.import_file(session, path, "people")
    donors = select(Person.id).where(Person.name.startswith("Quiet Donor"))
    for model in (Person, PersonEmail, PersonPhone):
        key = model.id if model is Person else model.person_id  # type: ignore[attr-defined]
        stamps = set(
            session.execute(select(model.owner_org_id, model.visibility).where(key.in_(donors)))
        )
        assert stamps == {(world.charity_id, PRIVATE)}, model
    members = session.scalars(
        select(Membership).where(Membership.organization_id == world.charity_id)
    ).all()
    assert len(members) == 31 and {(m.owner_org_id, m.visibility) for m in members} == {
        (world.charity_id, PRIVATE)
    }
    world.act("member", "texas")
    assert not any(name.startswith("Quiet Donor") for name in _names(session))
    assert not [e for e in session.scalars(select(PersonEmail.address)) if "charity" in e]


def test_a_shared_organizations_history_leaves_out_anothers_private_parts(
    session: Session, world: World
) -> None:
    """The charity's private person joined Texas's organization: the membership is the
    charity person's (private by its person) and Texas's history, read by a third
    group's organizer, does not name them."""
    directory.add_membership(
        session,
        directory.MembershipInput(
            person_id=world.charity_secret_id, organization_id=world.texas_id
        ),
    )
    world.act("coordinator")
    everything = audit.history(session, "organization", world.texas_id)
    assert any(e.table == "membership" for e in everything)
    act_as("member", "some-third-group-id", "Third")
    seen = audit.history(session, "organization", world.texas_id)
    assert [e for e in seen if e.table == "membership"] == []
    text = repr(seen)
    assert CHARITY_SECRET not in text


def test_the_walls_hold_the_same_on_a_postgresql_database(pg_url: str) -> None:
    """The server's database opened directly (a coordinator's tools do): the same stamps,
    refusals and hidden records as on a laptop's file."""
    db = open_database(pg_url)
    try:
        with db.session() as session:
            world = build_world(session)
            world.act("member", "texas")
            assert CHARITY_SECRET not in _names(session)
            # (the lists' pages are written for the laptop's SQLite; their count is plain)
            assert listing.count(session, listing.PEOPLE, listing.ListQuery()) == 2
            assert CHARITY_SECRET not in repr(directory.person_choices(session))
            with pytest.raises(NotPermittedError, match="only a coordinator"):
                directory.update_person(session, world.shared_id, directory.PersonInput(name="X"))
    finally:
        db.close()


def test_the_latest_changes_leave_out_anothers_private_records(
    session: Session, world: World
) -> None:
    from coalition.store import audit

    def told(role: str, which: str | None) -> str:
        world.act(role, which)
        return " ".join(c.what for c in audit.recent_changes(session, 50))

    assert TEXAS_SECRET in told("coordinator", None)
    assert CHARITY_SECRET in told("coordinator", None)
    as_texas = told("member", "texas")
    assert TEXAS_SECRET in as_texas and CHARITY_SECRET not in as_texas
    as_charity = told("member", "charity")
    assert CHARITY_SECRET in as_charity and TEXAS_SECRET not in as_charity


def test_the_coalitions_settings_are_kept_by_its_coordinators(
    session: Session, world: World
) -> None:
    world.act("member", "texas")
    with pytest.raises(NotPermittedError, match="only a coordinator"):
        directory.set_setting(session, directory.COALITION_NAME, "Texas's coalition")
    world.act("coordinator")
    directory.set_setting(session, directory.COALITION_NAME, "The coalition")
    assert directory.get_setting(session, directory.COALITION_NAME) == "The coalition"
