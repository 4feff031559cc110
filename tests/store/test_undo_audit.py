"""Undo, redo and the audit trail: every change is one recorded transaction."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization, delete_person
from coalition.directory.records import (
    MembershipInput,
    OrganizationInput,
    PersonInput,
    SocialPageInput,
)
from coalition.endorsements import records as endorsements
from coalition.endorsements.records import EndorsementInput
from coalition.search.query import search
from coalition.store import Database, changes
from coalition.store.changes import last_changeset, reapply, revert, writes
from coalition.store.models import (
    ChangeLog,
    Endorsement,
    EndorsementEvent,
    Membership,
    Organization,
    OrganizationTag,
    Person,
    PersonEmail,
    SocialPage,
)


def _log(session: Session, transaction_id: str | None = None) -> list[ChangeLog]:
    session.expire_all()
    q = select(ChangeLog).order_by(ChangeLog.at, ChangeLog.table_name, ChangeLog.row_id)
    if transaction_id is not None:
        q = q.where(ChangeLog.transaction_id == transaction_id)
    return list(session.scalars(q))


def _transactions(session: Session) -> set[str]:
    return {row.transaction_id for row in _log(session)}


def _titles(session: Session, text: str) -> list[str]:
    return [h.title for h in search(session, text)]


# --- the audit trail -----------------------------------------------------------------


def test_each_service_write_is_one_audited_transaction(
    session: Session, make_org, make_person, make_campaign
) -> None:
    calls = [
        lambda: make_org(
            "Yes California",
            tags=["independence"],
            social_pages=[SocialPageInput("X", "x.com/yesca")],
        ),
        lambda: make_person("Jane Doe", emails=["jane@example.org"]),
        lambda: make_campaign("Calexit 2028"),
    ]
    seen: set[str] = set()
    transactions = []
    for call in calls:
        call()
        cs = last_changeset(session)
        transactions.append(cs.transaction_id)
        assert cs, "the write changed something"
        now = _transactions(session)
        assert now - seen == {cs.transaction_id}  # exactly one new transaction
        seen = now
        rows = _log(session, cs.transaction_id)
        assert len(rows) == len(cs.changes)
        for row in rows:
            assert row.actor and row.device
            assert (row.actor, row.device) == (changes.IDENTITY.actor, changes.IDENTITY.device)
            assert row.action == "insert"
            assert row.before is None and row.after["id"] == row.row_id
    org_rows = _log(session, transactions[0])
    assert {r.table_name for r in org_rows} == {
        "organization",
        "tag",
        "organization_tag",
        "social_page",
    }
    assert next(r for r in org_rows if r.table_name == "organization").summary == "Yes California"


def test_update_records_only_the_changed_fields(session: Session, make_person) -> None:
    jane = make_person(
        "Jane Doe", emails=["jane@example.org"], state="CA", notes="met at the rally"
    )
    directory.update_person(
        session,
        jane.id,
        PersonInput(
            name="Jane Roe", emails=["jane@example.org"], state="CA", notes="met at the rally"
        ),
    )
    rows = _log(session, last_changeset(session).transaction_id)
    assert [(r.table_name, r.action, r.row_id) for r in rows] == [("person", "update", jane.id)]
    before, after = rows[0].before, rows[0].after
    assert (before["name"], after["name"]) == ("Jane Doe", "Jane Roe")
    assert set(before) == set(after)
    # Only what differs: not the untouched fields, not the bookkeeping instant.
    assert all(before[k] != after[k] for k in before)
    assert not set(before) & {
        "id",
        "state",
        "notes",
        "language",
        "time_zone",
        "created_at",
        "updated_at",
    }
    assert rows[0].summary == "Jane Roe"


def test_write_that_changes_nothing_records_nothing(
    session: Session, make_person, change_log_count
) -> None:
    jane = make_person("Jane Doe", emails=["jane@example.org"])
    before = change_log_count()
    directory.update_person(session, jane.id, directory.person_input(jane))
    assert not last_changeset(session)
    assert change_log_count() == before


def test_delete_records_the_whole_rows(session: Session, make_person) -> None:
    jane = make_person("Jane Doe", emails=["jane@example.org"])
    delete_person(session, jane.id)
    rows = _log(session, last_changeset(session).transaction_id)
    assert {(r.table_name, r.action) for r in rows} == {
        ("person", "delete"),
        ("person_email", "delete"),
    }
    person_row = next(r for r in rows if r.table_name == "person")
    assert person_row.after is None
    assert person_row.before["name"] == "Jane Doe" and person_row.before["id"] == jane.id


def test_failing_write_leaves_no_trace(
    session: Session, make_org, change_log_count, count_rows
) -> None:
    org = make_org("Yes California")
    before = change_log_count()
    with pytest.raises(ValidationError):
        directory.create_person(session, PersonInput(name="Jane", emails=["not an address"]))
    with pytest.raises(ValidationError):
        directory.update_organization(
            session, org.id, OrganizationInput(name="", website="nowhere")
        )
    assert change_log_count() == before
    assert count_rows(Person) == 0
    # The session is still usable after the rollback.
    directory.create_person(session, PersonInput(name="Jane Doe"))
    assert count_rows(Person) == 1


def test_nested_writes_are_one_transaction(session: Session, count_rows) -> None:
    @writes("Add an ally with its chair")
    def add_ally(s: Session, org_name: str, person_name: str, email: str) -> Organization:
        org = directory.create_organization(s, OrganizationInput(name=org_name))
        person = directory.create_person(s, PersonInput(name=person_name, emails=[email]))
        directory.add_membership(s, MembershipInput(person.id, org.id, role="Chair"))
        return org

    add_ally(session, "Yes California", "Jane Doe", "jane@example.org")
    cs = last_changeset(session)
    assert cs.label == "Add an ally with its chair"
    assert cs.tables() == {"organization", "person", "person_email", "membership"}
    assert _transactions(session) == {cs.transaction_id}
    assert _titles(session, "jane") == ["Jane Doe"]

    # When the last step fails, the steps before it are rolled back with it.
    with pytest.raises(ValidationError):
        add_ally(session, "Calexit", "Luis Ortega", "not an address")
    assert count_rows(Organization) == 1
    assert count_rows(Person) == 1
    assert _transactions(session) == {cs.transaction_id}
    assert _titles(session, "calexit") == []


# --- undo and redo -------------------------------------------------------------------


def test_undo_create_removes_it_and_redo_brings_it_back(
    session: Session, make_person, count_rows
) -> None:
    jane = make_person("Jane Doe", emails=["jane@example.org"], phones=["916-555-0142"])
    created = last_changeset(session)
    revert(session, created)
    assert count_rows(Person) == 0 and count_rows(PersonEmail) == 0
    assert _titles(session, "jane") == []
    undo = last_changeset(session)
    assert undo.label == "Undo"
    assert {r.action for r in _log(session, undo.transaction_id)} == {"delete"}

    reapply(session, created)
    session.expire_all()
    again = directory.get_person(session, jane.id)
    assert (again.name, again.primary_email, [p.number for p in again.phones]) == (
        "Jane Doe",
        "jane@example.org",
        ["+1 916-555-0142"],
    )
    assert _titles(session, "jane") == ["Jane Doe"]


def test_undo_update_restores_the_values(session: Session, make_org) -> None:
    org = make_org(
        "Yes California",
        home_state="CA",
        website="yes.example.org",
        tags=["independence"],
        social_pages=[SocialPageInput("X", "x.com/yesca", 100)],
    )
    directory.update_organization(
        session,
        org.id,
        OrganizationInput(
            name="Calexit Now",
            home_state="OR",
            website="",
            tags=["independence", "ballot"],
            social_pages=[
                SocialPageInput("X", "x.com/yesca", 250),
                SocialPageInput("Facebook", "facebook.com/calexit"),
            ],
        ),
    )
    edited = last_changeset(session)
    revert(session, edited)
    session.expire_all()
    back = directory.get_organization(session, org.id)
    assert (back.name, back.home_state, back.website) == (
        "Yes California",
        "CA",
        "https://yes.example.org",
    )
    assert back.tags == ["independence"]
    assert [(p.platform, p.url, p.followers) for p in back.social_pages] == [
        ("X", "https://x.com/yesca", 100)
    ]
    assert _titles(session, "calexit") == []
    assert _titles(session, "ballot") == []
    assert _titles(session, "yes california") == ["Yes California"]

    reapply(session, edited)
    session.expire_all()
    redone = directory.get_organization(session, org.id)
    assert (redone.name, redone.home_state, redone.tags) == (
        "Calexit Now",
        "OR",
        ["ballot", "independence"],
    )
    assert [(p.platform, p.followers) for p in redone.social_pages] == [
        ("Facebook", None),
        ("X", 250),
    ]
    assert _titles(session, "calexit") == ["Calexit Now"]


def test_undo_of_an_edit_keeps_what_someone_else_changed_on_the_record_since(
    session: Session, make_org
) -> None:
    """An organizer renames a group; a colleague's note on the same group arrives by sync;
    undoing the rename puts the name back and leaves the colleague's note alone."""
    org = make_org("Yes California", home_state="CA", notes="")
    directory.update_organization(
        session, org.id, OrganizationInput(name="Calexit Now", home_state="CA", notes="")
    )
    renamed = last_changeset(session)

    @writes("Sync")
    def colleague_notes(session: Session) -> None:  # as a pull writes: straight to the row
        session.get(Organization, org.id).notes = "Meets Tuesdays (from Ana)"

    colleague_notes(session)
    revert(session, renamed)
    session.expire_all()
    back = directory.get_organization(session, org.id)
    assert (back.name, back.notes) == ("Yes California", "Meets Tuesdays (from Ana)")
    reapply(session, renamed)
    session.expire_all()
    again = directory.get_organization(session, org.id)
    assert (again.name, again.notes) == ("Calexit Now", "Meets Tuesdays (from Ana)")


def test_undo_update_restores_removed_tags_pages_and_emails(
    session: Session, make_org, make_person
) -> None:
    """Rows dropped from a collection in an edit (delete-orphan) are recorded and come back."""
    org = make_org(
        "Yes California",
        tags=["independence", "ballot"],
        social_pages=[SocialPageInput("X", "x.com/yesca", 100)],
    )
    directory.update_organization(
        session, org.id, OrganizationInput(name="Yes California", tags=["ballot"])
    )
    edited = last_changeset(session)
    assert {(r.table_name, r.action) for r in _log(session, edited.transaction_id)} >= {
        ("organization_tag", "delete"),
        ("social_page", "delete"),
    }
    revert(session, edited)
    session.expire_all()
    back = directory.get_organization(session, org.id)
    assert back.tags == ["ballot", "independence"]
    assert [p.platform for p in back.social_pages] == ["X"]

    jane = make_person("Jane Doe", emails=["jane@example.org", "jd@example.org"])
    directory.update_person(
        session, jane.id, PersonInput(name="Jane Doe", emails=["jane@example.org"])
    )
    revert(session, last_changeset(session))
    session.expire_all()
    assert [e.address for e in directory.get_person(session, jane.id).emails] == [
        "jane@example.org",
        "jd@example.org",
    ]


def test_undo_delete_of_organization_brings_everything_back(
    session: Session, make_org, make_person, make_campaign, count_rows
) -> None:
    org = make_org(
        "Yes California",
        short_name="YesCA",
        tags=["independence", "ballot"],
        social_pages=[
            SocialPageInput("X", "x.com/yesca", 1200),
            SocialPageInput("Facebook", "facebook.com/yesca"),
        ],
    )
    ally = make_org("Calexit")
    jane = make_person("Jane Doe", emails=["jane@example.org"])
    luis = make_person("Luis Ortega")
    campaign = make_campaign("Calexit 2028", owner_id=org.id)
    directory.add_membership(
        session,
        MembershipInput(jane.id, org.id, role="Chair", since="2020-01-01", represents_state="CA"),
    )
    directory.add_membership(session, MembershipInput(luis.id, org.id, role="Treasurer"))
    given = endorsements.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=org.id,
            campaign_id=campaign.id,
            status="requested",
            status_on="2024-01-09",
        ),
    )
    endorsements.set_endorsement_status(
        session, given.id, "endorsed", on="2024-03-05", note="board vote"
    )
    received = endorsements.record_endorsement(
        session,
        EndorsementInput(
            endorser_org_id=ally.id,
            target_org_id=org.id,
            status="conditional",
            condition="full text",
        ),
    )
    snapshot = {
        model: count_rows(model)
        for model in (
            Organization,
            Membership,
            OrganizationTag,
            SocialPage,
            Endorsement,
            EndorsementEvent,
        )
    }

    delete_organization(session, org.id)
    deleted = last_changeset(session)
    assert count_rows(Organization) == 1 and count_rows(Endorsement) == 0
    assert _titles(session, "yesca") == []

    revert(session, deleted)
    session.expire_all()

    assert {model: count_rows(model) for model in snapshot} == snapshot
    back = directory.get_organization(session, org.id)
    assert (back.name, back.short_name, back.tags) == (
        "Yes California",
        "YesCA",
        ["ballot", "independence"],
    )
    assert [(p.platform, p.followers) for p in back.social_pages] == [
        ("Facebook", None),
        ("X", 1200),
    ]
    members = {
        m.person.name: (m.role, m.represents_state) for m in directory.members_of(session, org.id)
    }
    assert members == {"Jane Doe": ("Chair", "CA"), "Luis Ortega": ("Treasurer", "")}
    assert endorsements.get_campaign(session, campaign.id).owner_id == org.id
    history = endorsements.get_endorsement(session, given.id)
    assert history.status.value == "endorsed"
    assert [(e.status.value, e.note) for e in history.events] == [
        ("requested", ""),
        ("endorsed", "board vote"),
    ]
    assert endorsements.get_endorsement(session, received.id).condition == "full text"
    # Search finds it again, and its members through it.
    assert _titles(session, "yes california")[0] == "Yes California"
    assert sorted(_titles(session, "yesca")) == ["Jane Doe", "Luis Ortega", "Yes California"]

    reapply(session, deleted)
    assert (
        count_rows(Organization) == 1
        and count_rows(Membership) == 0
        and count_rows(Endorsement) == 0
    )
    assert _titles(session, "yesca") == []


def test_undo_delete_of_organization_with_chapters(session: Session, make_org) -> None:
    """The parent must exist again before its chapters point back at it (foreign keys are on)."""
    parent = make_org("Yes California")
    chapter = make_org("Yes California San Diego", parent_id=parent.id)
    delete_organization(session, parent.id)
    deleted = last_changeset(session)
    revert(session, deleted)
    session.expire_all()
    assert directory.get_organization(session, chapter.id).parent_id == parent.id


def test_undo_delete_of_person_brings_back_their_endorsements(
    session: Session, make_org, make_person, make_campaign, count_rows
) -> None:
    org = make_org("Yes California")
    jane = make_person("Jane Doe", emails=["jane@example.org", "jdoe@example.org"])
    directory.add_membership(session, MembershipInput(jane.id, org.id, role="Chair"))
    campaign = make_campaign("Calexit 2028")
    endorsements.record_endorsement(
        session, EndorsementInput(endorser_person_id=jane.id, campaign_id=campaign.id)
    )
    delete_person(session, jane.id)
    revert(session, last_changeset(session))
    session.expire_all()
    back = directory.get_person(session, jane.id)
    assert [e.address for e in back.emails] == ["jane@example.org", "jdoe@example.org"]
    assert (
        count_rows(Membership) == 1
        and count_rows(Endorsement) == 1
        and count_rows(EndorsementEvent) == 1
    )
    assert _titles(session, "jdoe") == ["Jane Doe"]


def test_undo_is_itself_audited_and_undoable(session: Session, make_person) -> None:
    jane = make_person("Jane Doe")
    directory.update_person(session, jane.id, PersonInput(name="Jane Roe"))
    revert(session, last_changeset(session))
    undo = last_changeset(session)
    rows = _log(session, undo.transaction_id)
    assert [(r.table_name, r.action) for r in rows] == [("person", "update")]
    assert (rows[0].before["name"], rows[0].after["name"]) == ("Jane Roe", "Jane Doe")
    revert(session, undo)  # undoing the undo is a redo
    session.expire_all()
    assert directory.get_person(session, jane.id).name == "Jane Roe"
    assert len(_transactions(session)) == 4


def test_log_rows_are_in_the_same_database_file(
    db: Database, session: Session, make_org: Callable[..., Organization]
) -> None:
    """The trail is committed with the change: a new session (or a restart) sees both."""
    make_org("Yes California")
    with db.session() as other:
        assert other.scalar(select(func.count()).select_from(ChangeLog)) == 1
        assert other.scalar(select(Organization.name)) == "Yes California"
