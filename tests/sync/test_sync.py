"""Laptops working offline, merged through a real PostgreSQL server (started by the suite)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError
from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization
from coalition.search import query as search
from coalition.store import open_database
from coalition.store.changes import writes
from coalition.store.models import (
    ChangeLog,
    Organization,
    OrganizationTag,
    Person,
    SyncLog,
    Tag,
)
from coalition.sync import run
from coalition.sync.conflicts import accept, choose_other, conflicts, other_choice
from coalition.sync.connection import ServerProfile, SyncError, load_profile, save_profile
from coalition.sync.private import _queue, set_private
from coalition.sync.run import push, status, sync
from sync_helpers import (
    Laptop,
    Server,
    add_org,
    edit_org,
    edit_person,
    notes_edited_on_both,
    org,
    snapshot,
)


def test_a_new_record_reaches_another_laptop_and_its_search(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben, _ = laptops
    org_id = add_org(ana, "Yes California", home_state="CA", tags=["ballot"])
    report = ana.sync(server)
    assert report.sent >= 2 and report.conflicts == 0
    assert "sent" in report.sentence()

    ben.sync(server)
    got = org(ben, org_id)
    assert got is not None and got.name == "Yes California" and got.home_state == "CA"
    with ben.db.reading() as s:
        assert [t.name for t in s.scalars(select(Tag))] == ["ballot"]
        assert [hit.id for hit in search.search(s, "Yes California")][:1] == [org_id]
        history = s.scalars(select(ChangeLog).where(ChangeLog.row_id == org_id)).all()
        assert [(h.actor, h.action) for h in history] == [("ana", "insert")]


def test_nothing_waits_after_a_sync_and_a_second_sync_sends_nothing(
    laptops: list[Laptop], server: Server
) -> None:
    ana, _, _ = laptops
    add_org(ana, "Cal Con Con")
    with ana.db.reading() as s:
        assert status(s).waiting == 1
    ana.sync(server)
    with ana.db.reading() as s:
        assert status(s).waiting == 0
        assert status(s).last_sync is not None
    again = ana.sync(server)
    assert (again.sent, again.received, again.conflicts) == (0, 0, 0)


def test_different_fields_of_one_record_both_stay(laptops: list[Laptop], server: Server) -> None:
    ana, ben, _ = laptops
    org_id = add_org(ana, "CNP", website="https://cnp.example.org")
    ana.sync(server)
    ben.sync(server)
    edit_org(ana, org_id, notes="Met on Tuesday")
    edit_org(ben, org_id, website="https://calnationalparty.example.org")
    ana.sync(server)
    report = ben.sync(server)
    ana.sync(server)
    assert report.conflicts == 0
    for laptop in (ana, ben):
        got = org(laptop, org_id)
        assert got is not None
        assert (got.notes, got.website) == (
            "Met on Tuesday",
            "https://calnationalparty.example.org",
        )
    assert snapshot(ana.db) == snapshot(ben.db)


def test_the_same_field_is_a_conflict_the_later_kept_the_other_listed(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben, _ = laptops
    first, later = "Endorses if the full text is published", "Endorsed at the June meeting"
    org_id = notes_edited_on_both(ana, ben, server, first, later)
    ana.sync(server)
    report = ben.sync(server)
    ana.sync(server)
    assert report.conflicts == 1
    for laptop in (ana, ben):
        assert org(laptop, org_id).notes == "Endorsed at the June meeting"  # type: ignore[union-attr]

    with ben.db.reading() as s:
        (conflict,) = conflicts(s)
        assert conflict.field == "notes" and conflict.record == "Yes California"
        assert conflict.mine == "Endorsed at the June meeting" and conflict.my_actor == "ben"
        assert (
            conflict.theirs == "Endorses if the full text is published"
            and conflict.their_actor == "ana"
        )
        assert conflict.kept == "mine" and conflict.their_at < conflict.my_at
        # The value not kept stays in the record's history.
        (entry,) = s.scalars(
            select(ChangeLog).where(ChangeLog.row_id == org_id, ChangeLog.action == "conflict")
        ).all()
        assert entry.before == {"notes": "Endorses if the full text is published"}
        assert status(s).conflicts == 1

    # Ben looks at it and chooses Ana's words after all: a change like any other.
    with ben.session() as s:
        choose_other(s, conflict.id)
    with ben.db.reading() as s:
        assert status(s).conflicts == 0
        assert conflicts(s, include_resolved=True)[0].resolution == "other"
    ben.sync(server)
    ana.sync(server)
    assert org(ana, org_id).notes == "Endorses if the full text is published"  # type: ignore[union-attr]


def test_an_earlier_edit_loses_and_is_listed_on_the_laptop_that_sent_it(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben, _ = laptops
    org_id = add_org(ana, "Red Oregon")
    ana.sync(server)
    ben.sync(server)
    edit_org(ben, org_id, website="https://old.example.org")  # earlier, sent later
    edit_org(ana, org_id, website="https://redoregon.example.org")
    ana.sync(server)
    report = ben.sync(server)
    assert report.conflicts == 1
    assert org(ben, org_id).website == "https://redoregon.example.org"  # type: ignore[union-attr]
    with ben.db.reading() as s:
        (conflict,) = conflicts(s)
        assert conflict.kept == "theirs" and conflict.mine == "https://old.example.org"
        assert other_choice(s, conflict) == "Use the other value"
    with ben.session() as s:
        accept(s, conflict.id)
    with ben.db.reading() as s:
        assert conflicts(s) == []


def test_an_edit_against_a_deletion_is_shown_and_the_later_wins(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben, _ = laptops
    gone_id = add_org(ana, "Calexit Now")
    back_id = add_org(ana, "Sovereign California")
    ana.sync(server)
    ben.sync(server)
    # Deleted by Ana, then edited by Ben: the later edit brings the record back.
    with ana.session() as s:
        delete_organization(s, back_id)
    edit_org(ben, back_id, notes="Still active in Sacramento")
    # Edited by Ben, then deleted by Ana: it stays deleted, and Ben's edit is listed.
    edit_org(ben, gone_id, notes="New contact")
    with ana.session() as s:
        delete_organization(s, gone_id)
    ana.sync(server)
    report = ben.sync(server)
    ana.sync(server)
    assert report.conflicts == 2
    for laptop in (ana, ben):
        assert org(laptop, gone_id) is None
        brought_back = org(laptop, back_id)
        assert brought_back is not None and brought_back.notes == "Still active in Sacramento"
    with ben.db.reading() as s:
        by_record = {c.record: c for c in conflicts(s)}
        assert (
            by_record["Calexit Now"].kind == "edit_delete"
            and by_record["Calexit Now"].kept == "theirs"
        )
        assert by_record["Calexit Now"].their_actor == "ana"
        assert by_record["Sovereign California"].kept == "mine"
        assert other_choice(s, by_record["Calexit Now"]) == "Bring it back"
    # Ben restores the organization Ana deleted.
    with ben.session() as s:
        choose_other(s, by_record["Calexit Now"].id)
    ben.sync(server)
    ana.sync(server)
    restored = org(ana, gone_id)
    assert restored is not None and restored.notes == "New contact"
    assert snapshot(ana.db) == snapshot(ben.db)


def test_a_deleted_group_goes_with_what_another_laptop_added_to_it_and_can_come_back(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben, _ = laptops
    org_id = add_org(ana, "Short-lived group")
    ana.sync(server)
    ben.sync(server)
    edit_org(ben, org_id, tags=["ballot"])  # ben tags it, and sends that first
    with ana.session() as s:
        delete_organization(s, org_id)
    ben.sync(server)
    report = ana.sync(server)
    ben.sync(server)
    assert report.conflicts == 1
    for laptop in (ana, ben):
        assert org(laptop, org_id) is None
        with laptop.db.reading() as s:
            assert s.scalar(select(func.count()).select_from(OrganizationTag)) == 0
    with ana.db.reading() as s:
        (listed,) = conflicts(s)
        assert (
            listed.kind == "edit_delete" and listed.kept == "mine" and listed.their_actor == "ben"
        )
        assert "1 record (organization tag) added to it there went with it" in listed.detail
    with ana.session() as s:  # the other choice: the group back, with ben's tag
        choose_other(s, listed.id)
    ana.sync(server)
    ben.sync(server)
    for laptop in (ana, ben):
        with laptop.db.reading() as s:
            assert list(directory.get_organization(s, org_id).tags) == ["ballot"]
    assert snapshot(ana.db) == snapshot(ben.db)


def test_the_same_tag_made_on_two_laptops_becomes_one(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben, _ = laptops
    first = add_org(ana, "Yes California", tags=["ballot"])
    second = add_org(ben, "CNP", tags=["ballot"])
    ana.sync(server)
    report = ben.sync(server)
    ana.sync(server)
    assert report.conflicts == 0
    for laptop in (ana, ben):
        with laptop.db.reading() as s:
            (tag,) = s.scalars(select(Tag)).all()
            linked = set(
                s.scalars(
                    select(OrganizationTag.organization_id).where(OrganizationTag.tag_id == tag.id)
                )
            )
            assert tag.name == "ballot" and linked == {first, second}
    assert snapshot(ana.db) == snapshot(ben.db)


def test_many_records_tagged_alike_on_two_laptops_keep_one_tag_and_one_link_each(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben, _ = laptops
    shared = [add_org(ana, f"Shared {n}") for n in range(30)]
    ana.sync(server)
    ben.sync(server)
    for org_id in shared:  # the same tags, put on the same groups on both laptops
        edit_org(ana, org_id, tags=["urgent"])
        edit_org(ben, org_id, tags=["urgent"])
    anas = [add_org(ana, f"Ana's new {n}", tags=["urgent", "ballot"]) for n in range(30)]
    bens = [add_org(ben, f"Ben's new {n}", tags=["ballot"]) for n in range(30)]
    ana.sync(server)
    report = ben.sync(server)
    ana.sync(server)
    assert report.conflicts == 0
    for laptop in (ana, ben):
        with laptop.db.reading() as s:
            tags = {t.name: t.id for t in s.scalars(select(Tag))}
            assert sorted(tags) == ["ballot", "urgent"]
            links = s.execute(select(OrganizationTag.organization_id, OrganizationTag.tag_id)).all()
            assert len(links) == len(set(links))
            linked = {name: {o for o, t in links if t == tag_id} for name, tag_id in tags.items()}
            assert linked["urgent"] == set(shared) | set(anas)
            assert linked["ballot"] == set(anas) | set(bens)
    assert snapshot(ana.db) == snapshot(ben.db)


def test_minutes_written_on_two_laptops_keep_both(laptops: list[Laptop], server: Server) -> None:
    from coalition.calls import meetings
    from coalition.calls import series as calls

    ana, ben, _ = laptops
    with ana.session() as s:
        series = calls.create_series(
            s,
            calls.SeriesInput(
                title="Coalition call",
                start_date=dt.date(2026, 11, 3),
                start_time=dt.time(17, 30),
                time_zone="America/Los_Angeles",
            ),
        )
        occurrence = meetings.prepare_call(s, series.id, dt.date(2026, 11, 3))
        item = meetings.add_agenda_item(s, occurrence.id, "States report")
        item_id = item.id
    ana.sync(server)
    ben.sync(server)

    def write_minutes(laptop: Laptop, words: str) -> None:
        with laptop.session() as s:
            item = meetings.get_agenda_item(s, item_id)
            meetings.update_agenda_item(
                s,
                item_id,
                title=item.title,
                owner_id=item.owner_id,
                time_box_minutes=item.time_box_minutes,
                notes=item.notes,
                minutes=words,
                decision=item.decision,
                status=item.status,
            )

    write_minutes(ana, "Oregon page launched.")
    write_minutes(ben, "Texas looking for a lead.")
    ana.sync(server)
    report = ben.sync(server)
    ana.sync(server)
    assert report.conflicts == 0
    for laptop in (ana, ben):
        with laptop.db.reading() as s:
            minutes = meetings.get_agenda_item(s, item_id).minutes
            assert "Oregon page launched." in minutes and "Texas looking for a lead." in minutes


def test_a_private_record_never_reaches_the_server(laptops: list[Laptop], server: Server) -> None:
    ana, ben, _ = laptops
    with ana.session() as s:
        person = directory.create_person(
            s,
            directory.PersonInput(
                name="Dana Private", emails=["dana@example.org"], notes="cell: ask first"
            ),
        )
        person_id = person.id
        set_private(s, "person", person_id, True)
    add_org(ana, "Public Group")
    ana.sync(server)
    ben.sync(server)
    with ben.db.reading() as s:
        assert s.get(Person, person_id) is None
    with server.open().engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Person.__table__)).scalar() == 0
        assert (
            conn.execute(
                select(func.count())
                .select_from(SyncLog)
                .where(SyncLog.table_name.in_(["person", "person_email"]))
            ).scalar()
            == 0
        )
    with ana.db.reading() as s:
        assert s.get(Person, person_id) is not None
        assert status(s).waiting == 0
    # Shared again: sent whole, with the e-mail address.
    with ana.session() as s:
        set_private(s, "person", person_id, False)
    ana.sync(server)
    ben.sync(server)
    with ben.db.reading() as s:
        shared = s.get(Person, person_id)
        assert shared is not None and [e.address for e in shared.emails] == ["dana@example.org"]
    # Made private again once shared: taken off the server and the others' laptops, kept here.
    with ana.session() as s:
        set_private(s, "person", person_id, True)
    ana.sync(server)
    ben.sync(server)
    with ben.db.reading() as s:
        assert s.get(Person, person_id) is None
    with ana.db.reading() as s:
        assert s.get(Person, person_id) is not None


@pytest.mark.parametrize("others", [0, 60])  # alone, or among new records sent by COPY
def test_a_record_sent_whole_again_takes_its_values_on_the_server(
    laptops: list[Laptop], server: Server, others: int
) -> None:
    from coalition.store.base import new_id

    ana, ben, _ = laptops
    org_id = add_org(ana, "Sent twice", notes="first")
    ana.sync(server)
    fresh = [add_org(ana, f"New group {n}") for n in range(others)]
    with ana.db.session() as s:  # as sharing a record again sends it: whole, as an insert
        row = dict(
            s.execute(select(Organization.__table__).where(Organization.id == org_id))
            .one()
            ._mapping
        )
        row["notes"] = "second"
        _queue(s, "organization", org_id, "insert", row, new_id())
        s.commit()
    report = ana.sync(server)
    assert report.conflicts == 0 and report.sent == others + 1
    with server.open().engine.connect() as conn:
        assert (
            conn.execute(select(Organization.notes).where(Organization.id == org_id)).scalar()
            == "second"
        )
        assert (
            conn.execute(select(func.count()).select_from(Organization.__table__)).scalar()
            == others + 1
        )
    ben.sync(server)
    assert org(ben, org_id).notes == "second"  # type: ignore[union-attr]
    assert {o for o in fresh if org(ben, o) is not None} == set(fresh)


def test_times_given_in_another_zone_are_kept_on_the_server_as_the_same_instant(
    laptops: list[Laptop], server: Server
) -> None:
    ana, ben, _ = laptops
    berlin = dt.timezone(dt.timedelta(hours=2))

    @writes("Add a group")
    def add(session: Session) -> str:
        group = Organization(
            name="Zone group", created_at=dt.datetime(2026, 5, 1, 12, 0, tzinfo=berlin)
        )
        session.add(group)
        session.flush()
        return group.id

    with ana.session() as s:
        org_id = add(s)
    ana.sync(server)
    with server.open().engine.connect() as conn:
        created = conn.execute(
            select(Organization.created_at).where(Organization.id == org_id)
        ).scalar()
    assert created == dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.UTC)
    ben.sync(server)
    assert org(ben, org_id).created_at == created  # type: ignore[union-attr]


def test_the_server_profile_is_kept_without_its_password(
    laptops: list[Laptop], server: Server
) -> None:
    ana = laptops[0]
    with ana.db.session() as s:
        save_profile(s, server.profile)
    with ana.db.reading() as s:
        assert load_profile(s) == server.profile
    path = Path(ana.db.path)  # type: ignore[arg-type]
    wal = path.with_name(path.name + "-wal")
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert server.password and server.password.encode() not in raw


def test_three_laptops_converge(laptops: list[Laptop], server: Server) -> None:
    ana, ben, cruz = laptops
    a = add_org(ana, "Yes California")
    b = add_org(ben, "CNP")
    c = add_org(cruz, "Cal Con Con")
    for laptop in (ana, ben, cruz, ana, ben):
        laptop.sync(server)
    edit_org(cruz, a, notes="from cruz")
    with ben.session() as s:
        delete_organization(s, c)
    edit_org(ana, b, website="https://cnp.example.org")
    for laptop in (cruz, ben, ana, cruz, ben):
        laptop.sync(server)
    assert snapshot(ana.db) == snapshot(ben.db) == snapshot(cruz.db)
    with server.open().engine.connect() as conn:
        names = set(conn.execute(select(Organization.__table__.c.name)).scalars())
    assert names == {"Yes California", "CNP"}


def test_pulled_changes_are_not_sent_back(laptops: list[Laptop], server: Server) -> None:
    ana, ben, _ = laptops
    add_org(ana, "Yes California")
    ana.sync(server)
    ben.sync(server)
    with ben.db.reading() as s:
        assert status(s).waiting == 0


def test_sync_of_an_app_with_no_server_profile_names_what_is_missing(
    db_path: Path, migrated_template: Path
) -> None:
    import shutil

    shutil.copyfile(migrated_template, db_path)
    db = open_database(db_path)
    with db.reading() as s:
        assert load_profile(s) is None
        assert not status(s).configured
    db.close()
    with pytest.raises(CoalitionError):
        ServerProfile.from_url("sqlite:///x.db")


def test_draft_revisions_from_two_laptops_are_both_kept(
    laptops: list[Laptop], server: Server
) -> None:
    from coalition.drafts.draft import DraftInput, create_draft
    from coalition.drafts.lookup import get_draft
    from coalition.drafts.revisions import revisions, save_core_text

    ana, ben, _ = laptops
    with ana.session() as s:
        draft = create_draft(
            s, DraftInput(title="Why a plebiscite", channels=["email"]), "California decides."
        )
        draft_id = draft.id
    ana.sync(server)
    ben.sync(server)
    with ana.session() as s:
        save_core_text(s, draft_id, "California decides its future.")
    with ben.session() as s:
        save_core_text(s, draft_id, "Californians decide, together.")  # later
    ana.sync(server)
    report = ben.sync(server)
    ana.sync(server)
    assert report.conflicts == 0
    for laptop in (ana, ben):
        with laptop.db.reading() as s:
            texts = {r.text for r in revisions(s, draft_id)}
            assert texts == {
                "California decides.",
                "California decides its future.",
                "Californians decide, together.",
            }
            assert get_draft(s, draft_id).core_text == "Californians decide, together."
    assert snapshot(ana.db) == snapshot(ben.db)


def test_the_sample_coalition_never_leaves_the_laptop(
    laptops: list[Laptop], server: Server
) -> None:
    from coalition import sample

    ana, ben, _ = laptops
    with ana.session() as s:
        sample.load_sample(s)
    mine = add_org(ana, "A real group")  # made after the sample: shared as usual
    with ana.db.reading() as s:
        assert status(s).waiting == 1
    ana.sync(server)
    ben.sync(server)
    with ben.db.reading() as s:
        assert list(s.scalars(select(Organization.id))) == [mine]
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_undoing_the_sample_sends_nothing(laptops: list[Laptop]) -> None:
    """Its marks stay (a record deleted keeps its mark, so that an undo brings it back
    private): they mark nothing that is there, and nothing is sent."""
    from coalition import sample
    from coalition.store.changes import last_changeset, revert

    ana = laptops[0]
    with ana.session() as s:
        sample.load_sample(s)
        loaded = last_changeset(s)
    with ana.session() as s:
        revert(s, loaded)
    with ana.db.reading() as s:
        assert status(s).waiting == 0
    # What comes after is the coalition's own, and goes out as usual.
    with ana.session() as s:
        directory.set_setting(s, directory.COALITION_NAME, "Our coalition")
    with ana.db.reading() as s:
        assert status(s).waiting == 1


def test_a_large_push_goes_in_batches_that_each_hold_whole_changes(
    laptops: list[Laptop], server: Server, pg_server: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, ben, _ = laptops
    monkeypatch.setattr(run, "PUSH_BATCH", 4)
    # Three organizations with two tags each: three rows and more per change.
    ids = [add_org(ana, f"Group {n}", tags=[f"t{n}", "shared"]) for n in range(3)]
    seen: list[tuple[int, int]] = []
    database = server.profile.database

    def cut(stage: str, done: int, total: int) -> None:
        if stage == "Sending":
            seen.append((done, total))
            if len(seen) == 2:
                pg_server.terminate_connections(database)  # type: ignore[attr-defined]

    with pytest.raises(SyncError):
        ana.sync(server, cut)
    # The first batch went through whole; the change being sent when cut off did not.
    with server.open().engine.connect() as conn:
        names = set(conn.execute(select(Organization.__table__.c.name)).scalars())
        links = conn.execute(select(func.count()).select_from(OrganizationTag.__table__)).scalar()
    assert names == {"Group 0"} and links == 2
    assert seen[0][1] == seen[1][1] and seen[0][0] < seen[1][0]
    ana.sync(server)
    ben.sync(server)
    with ben.db.reading() as s:
        assert set(s.scalars(select(Organization.id))) == set(ids)
    assert snapshot(ana.db) == snapshot(ben.db)


def test_an_encrypted_laptop_syncs_and_its_file_stays_sealed(
    tmp_path: Path, laptops: list[Laptop], server: Server
) -> None:
    """The database in the data folder is always encrypted: the usual case for sync."""
    from coalition.store.encryption import KeyMaterial

    key = KeyMaterial.generate()
    path = tmp_path / "sealed.db"
    sealed = open_database(path, key=key)
    try:
        with sealed.session() as s:
            org_id = directory.create_organization(
                s, directory.OrganizationInput(name="Sealed Group")
            ).id
        report = sync(sealed, server.profile, server.password)
        assert report.sent == 1
        ben = laptops[1]
        ben.sync(server)
        assert org(ben, org_id) is not None
        edit_org(ben, org_id, notes="from ben")
        ben.sync(server)
        sync(sealed, server.profile, server.password)
        with sealed.reading() as s:
            assert s.get(Organization, org_id).notes == "from ben"  # type: ignore[union-attr]
    finally:
        sealed.close()
    assert b"Sealed Group" not in path.read_bytes()
    assert b"from ben" not in path.read_bytes()


def test_records_written_before_the_outbox_existed_go_out_at_the_first_sync(
    laptops: list[Laptop], server: Server
) -> None:
    from coalition.store.models import SyncOutbox

    ana, ben, _ = laptops
    parent = add_org(ana, "Parent group")
    chapter = add_org(ana, "Chapter", parent_id=parent, tags=["ballot"])
    with ana.db.session() as s:  # as a database from before the outbox has them
        s.execute(SyncOutbox.__table__.delete())
        s.execute(text("DELETE FROM sync_state WHERE key = 'seeded'"))
        s.commit()
    report = ana.sync(server)
    assert report.sent >= 4  # two organizations, a tag, its link
    ben.sync(server)
    assert org(ben, chapter).parent_id == parent  # type: ignore[union-attr]
    assert snapshot(ana.db) == snapshot(ben.db)
    again = ana.sync(server)
    assert again.sent == 0


@pytest.mark.parametrize("listed", [1000, 0])  # the records touched again listed, or grouped
@pytest.mark.parametrize("one_pass", [True, False])  # found in one pass (a short span), or not
def test_a_record_sent_and_changed_elsewhere_before_the_pull_comes_back_changed(
    laptops: list[Laptop],
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
    listed: int,
    one_pass: bool,
) -> None:
    monkeypatch.setattr(run, "_LISTED_AGAIN", listed)
    if not one_pass:
        monkeypatch.setattr(run, "_ONE_PASS", 0)
    ana, ben, _ = laptops
    edited = add_org(ana, "Yes California", notes="first")
    kept = add_org(ana, "Sierra Forward", notes="first")
    remote = server.open()
    push(ana.db, remote)  # sent as made; ana pulls only after ben's edit
    remote.close()
    ben.sync(server)
    edit_org(ben, edited, notes="ben's")
    ben.sync(server)
    report = ana.sync(server)
    assert report.received == 1
    got_edited, got_kept = org(ana, edited), org(ana, kept)
    assert got_edited is not None and got_edited.notes == "ben's"
    assert got_kept is not None and got_kept.notes == "first"


def test_a_person_changed_after_being_deleted_comes_back_whole_through_the_server(
    laptops: list[Laptop], server: Server
) -> None:
    """Ana deletes Eli; Ben, later, writes a note on him: Eli comes back with the address,
    the number and the membership that went with him, on the server and both laptops."""
    from coalition.directory import deletion
    from sync_helpers import ELI_WHOLE, eli_as_held, eli_with_parts

    ana, ben, _ = laptops
    eli_id = eli_with_parts(ana)
    ana.sync(server)
    ben.sync(server)
    with ana.session() as s:
        deletion.delete_person(s, eli_id)
    edit_person(ben, eli_id, notes="called him today, keep")
    ana.sync(server)
    ben.sync(server)
    ana.sync(server)

    for laptop in (ana, ben):
        assert eli_as_held(laptop, eli_id) == ELI_WHOLE, laptop.name
    assert snapshot(ana.db) == snapshot(ben.db)


def test_a_private_record_deleted_and_brought_back_by_undo_stays_private(
    laptops: list[Laptop], server: Server
) -> None:
    """Undo of a delete (or of a merge) put the record back without its mark, and the
    next sync sent a group's private contact to the server."""
    from coalition.directory import deletion
    from coalition.store.changes import last_changeset, revert
    from coalition.sync.private import is_record_private

    ana, ben, _ = laptops
    with ana.session() as s:
        person = directory.create_person(
            s, directory.PersonInput(name="Dana Private", emails=["dana@example.org"])
        )
        person_id = person.id
        set_private(s, "person", person_id, True)
        email_id = person.emails[0].id
    with ana.session() as s:
        deletion.delete_person(s, person_id)
        done = last_changeset(s)
    with ana.session() as s:
        assert done is not None
        revert(s, done)
        s.commit()
    with ana.db.reading() as s:
        assert s.get(Person, person_id) is not None
        assert is_record_private(s, "person", person_id)
        assert [e.id for e in s.get_one(Person, person_id).emails] == [email_id]
        assert status(s).waiting == 0  # nothing of it waits to be sent
    ana.sync(server)
    ben.sync(server)
    with ben.db.reading() as s:
        assert s.get(Person, person_id) is None
    with server.open().engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Person.__table__)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(SyncLog)).scalar() == 0
