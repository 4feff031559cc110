"""History and undo as people read them: an undo counts as a change, a status shows
what it was and what it became, and changes made on another laptop keep the time
their author made them, on real SQLite files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coalition.calls import meetings
from coalition.calls import series as calls
from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization
from coalition.store import audit, changes
from coalition.store.audit import FieldChange
from coalition.store.base import new_id
from coalition.store.changes import RowChange, last_changeset, reapply, revert
from coalition.store.models import Organization
from coalition.sync import bundles
from sync_helpers import Laptop

PASS = "correct horse battery"


def org_row(session: Session, org_id: str) -> Organization:
    session.expire_all()
    row = session.get(Organization, org_id)
    assert row is not None
    return row


def set_notes(session: Session, org_id: str, notes: str) -> None:
    data = directory.organization_input(directory.get_organization(session, org_id))
    data.notes = notes
    directory.update_organization(session, org_id, data)


# --- 5. an undo is a change of its own ------------------------------------------------------------


def test_undo_refreshes_the_time_a_record_last_changed(session: Session, make_org) -> None:  # type: ignore[no-untyped-def]
    org = make_org("Yes California")
    set_notes(session, org.id, "Met at the convention")
    edited = org_row(session, org.id).updated_at

    revert(session, last_changeset(session))

    row = org_row(session, org.id)
    assert row.notes == ""
    assert row.updated_at > edited  # sync sends it as a change made now, not as the old one


def test_redo_refreshes_it_too(session: Session, make_org) -> None:  # type: ignore[no-untyped-def]
    org = make_org("Yes California")
    set_notes(session, org.id, "Met at the convention")
    edit = last_changeset(session)
    revert(session, edit)
    undone = org_row(session, org.id).updated_at

    reapply(session, edit)

    row = org_row(session, org.id)
    assert row.notes == "Met at the convention"
    assert row.updated_at > undone


def test_a_deleted_record_brought_back_by_undo_is_new_to_sync(session: Session, make_org) -> None:  # type: ignore[no-untyped-def]
    org = make_org("Yes California", home_state="CA")
    made = org_row(session, org.id)
    created, updated = made.created_at, made.updated_at
    delete_organization(session, org.id)

    revert(session, last_changeset(session))

    row = org_row(session, org.id)
    assert (row.name, row.home_state, row.created_at) == ("Yes California", "CA", created)
    assert row.updated_at > updated


# --- 6. a status, before and after ----------------------------------------------------------------


def test_history_shows_a_status_old_and_new_value(session: Session, make_org) -> None:  # type: ignore[no-untyped-def]
    org = make_org("Yes California", status="prospective")
    data = directory.organization_input(directory.get_organization(session, org.id))
    data.status = "active"
    directory.update_organization(session, org.id, data)

    latest = audit.history(session, "organization", org.id)[0]

    assert latest.headline() == "Organization changed"
    assert latest.changes == [FieldChange("status", "prospective", "active")]


def test_history_of_a_series_shows_a_cancelled_week_by_its_day_and_status(session: Session) -> None:
    series = calls.create_series(
        session,
        calls.SeriesInput("Coalition call", dt.date(2026, 1, 6), "17:30", "America/Los_Angeles"),
    )
    meetings.prepare_call(session, series.id, dt.date(2026, 1, 13))
    calls.cancel_call(session, series.id, dt.date(2026, 1, 13))

    latest = audit.history(session, "call_series", series.id)[0]

    assert latest.headline() == "Call changed: 2026-01-13"
    assert FieldChange("status", "active", "cancelled") in latest.changes


def test_history_of_a_status_set_back_by_undo(session: Session, make_org) -> None:  # type: ignore[no-untyped-def]
    org = make_org("Yes California", status="prospective")
    data = directory.organization_input(directory.get_organization(session, org.id))
    data.status = "inactive"
    directory.update_organization(session, org.id, data)

    revert(session, last_changeset(session))

    entries = audit.history(session, "organization", org.id)
    assert [e.changes for e in entries[:2]] == [
        [FieldChange("status", "inactive", "prospective")],
        [FieldChange("status", "prospective", "inactive")],
    ]


# --- 7. changes from another laptop keep their author's time --------------------------------------


@pytest.fixture
def pair(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Laptop, Laptop]]:
    ana = Laptop(tmp_path / "ana.db", migrated_template, "ana")
    ben = Laptop(tmp_path / "ben.db", migrated_template, "ben")
    yield ana, ben
    ana.close()
    ben.close()


def made_on(ana: Laptop) -> str:
    with ana.session() as s:
        org = directory.create_organization(s, directory.OrganizationInput(name="Yes California"))
        set_notes(s, org.id, "Met at the convention")
        return org.id


def when_and_who(laptop: Laptop, org_id: str) -> list[tuple[dt.datetime, str, str, str]]:
    with laptop.db.reading() as s:
        return [(e.at, e.actor, e.device, e.verb) for e in audit.history(s, "organization", org_id)]


def test_a_bundle_keeps_the_time_its_author_made_each_change(
    pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    ana, ben = pair
    org_id = made_on(ana)
    bundle = tmp_path / "ana.bundle"
    bundles.export_bundle(ana.db, bundle, PASS)
    written = when_and_who(ana, org_id)
    assert [w[1:] for w in written] == [
        ("ana", "ana-laptop", "changed"),
        ("ana", "ana-laptop", "added"),
    ]

    with ben.acting():
        bundles.import_bundle(ben.db, bundle, PASS)

    assert when_and_who(ben, org_id) == written


def test_the_latest_changes_after_one_of_hundreds_of_rows(session: Session, make_org) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from coalition.sample import loader
    from coalition.store.models import ChangeLog

    loader._load(session)  # one change of hundreds of rows
    session.commit()
    loaded = session.scalar(select(func.count()).select_from(ChangeLog))
    assert loaded is not None and loaded > 4 * 50  # more than the first window asked for
    org_id = make_org("Fresno Votes").id
    for notes in ("Met at the fair", "Called back"):
        directory.update_organization(
            session,
            org_id,
            directory.OrganizationInput(name="Fresno Votes", notes=notes),
        )

    newest = audit.recent_changes(session, 2)
    assert [c.what for c in newest] == ["Organization changed: Fresno Votes"] * 2
    every = audit.recent_changes(session, 50)
    assert [c.what for c in every[:3]] == [
        "Organization changed: Fresno Votes",
        "Organization changed: Fresno Votes",
        "Organization added: Fresno Votes",
    ]
    sample = every[3]
    assert len(every) == 4 and sample.rows == loaded  # every row of it counted
    assert sample.actor == every[0].actor and sample.at <= every[2].at
    assert audit.recent_changes(session, 4) == every


def test_history_of_a_person_keeps_an_address_taken_away(session: Session) -> None:
    person = directory.create_person(
        session,
        directory.PersonInput(name="Ana Ruiz", emails=["ana@example.org", "ana.r@example.org"]),
    )
    session.commit()
    data = directory.person_input(directory.get_person(session, person.id))
    data.emails = ["ana@example.org"]
    directory.update_person(session, person.id, data)
    session.commit()
    lines = [(e.action, e.table, e.summary) for e in audit.history(session, "person", person.id)]
    assert ("delete", "person_email", "ana.r@example.org") in lines  # gone, still told
    assert ("insert", "person_email", "ana@example.org") in lines
    assert ("insert", "person", "Ana Ruiz") in lines


def test_history_leaves_out_a_change_of_nothing_it_shows(session: Session, make_org) -> None:  # type: ignore[no-untyped-def]
    """A record pulled again whose only difference is when the server saved it (or a key
    derived from its name) is written to the trail, as every pulled change is; History
    has nothing to tell of it, and no empty "changed" line shows."""
    org = make_org("Yes California")
    set_notes(session, org.id, "Met at the convention")
    saved = org_row(session, org.id).updated_at
    changes.audit(
        session,
        [
            RowChange(
                "organization",
                org.id,
                {"updated_at": saved, "sort_name": ""},
                {"updated_at": saved + dt.timedelta(seconds=3), "sort_name": "yes california"},
            )
        ],
        new_id(),
        identity=changes.Identity("Ben Ortiz", "bens-laptop"),
    )
    session.commit()
    lines = [(e.action, e.actor, e.changes) for e in audit.history(session, "organization", org.id)]
    assert [(action, actor) for action, actor, _ in lines] == [
        ("update", "Test Organizer"),
        ("insert", "Test Organizer"),
    ]
    assert lines[0][2] == [FieldChange("notes", "", "Met at the convention")]
