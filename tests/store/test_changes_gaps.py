"""The change record under what users do: a large write is audited, undone and redone
whole, each audit row is named by what tells its record apart, and a row made and
removed within one change leaves nothing behind; on real SQLite files."""

from __future__ import annotations

import datetime as dt
import getpass
import socket

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.directory import records as directory
from coalition.directory.deletion import delete_person
from coalition.directory.records import MembershipInput, PersonInput
from coalition.store import changes
from coalition.store.changes import (
    PackedRow,
    insert_rows,
    last_changeset,
    new_row,
    reapply,
    revert,
    writes,
)
from coalition.store.models import ActionItem, ChangeLog, Organization, OrgStatus, Tag

AT = dt.datetime(2026, 3, 3, 17, 30, tzinfo=dt.UTC)
MANY = 5001  # one more than the audit writes in one batch


@writes("Add tags")
def add_tags(session: Session, names: list[str]) -> None:
    insert_rows(session, Tag, [new_row(Tag, AT, name=name) for name in names])


def log(session: Session, transaction_id: str) -> list[ChangeLog]:
    session.expire_all()
    return list(
        session.scalars(select(ChangeLog).where(ChangeLog.transaction_id == transaction_id))
    )


def tag_count(session: Session) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(Tag)) or 0


def test_a_write_of_thousands_of_rows_is_audited_whole(session: Session) -> None:
    names = [f"tag {i:05}" for i in range(MANY)]
    add_tags(session, names)
    added = last_changeset(session)

    assert tag_count(session) == MANY
    rows = log(session, added.transaction_id)
    assert len(rows) == MANY
    assert sorted(r.summary for r in rows) == names
    assert {(r.action, r.table_name, r.at) for r in rows} == {("insert", "tag", added.at)}


def test_rows_written_in_bulk_are_undone_and_redone(session: Session) -> None:
    add_tags(session, ["ballot", "founding partner"])
    added = last_changeset(session)
    first = session.scalar(select(Tag).where(Tag.name == "ballot"))
    assert first is not None and (first.created_at, first.updated_at) == (AT, AT)
    first_id = first.id

    revert(session, added)
    assert tag_count(session) == 0
    reapply(session, added)

    assert tag_count(session) == 2
    again = session.scalar(select(Tag).where(Tag.name == "ballot"))
    assert again is not None and (again.id, again.created_at) == (first_id, AT)


def test_a_new_row_has_every_column_its_own_id_and_the_columns_defaults() -> None:
    one, two = (
        new_row(Organization, AT, name="Yes California"),
        new_row(Organization, AT, name="CNP"),
    )
    assert one["id"] != two["id"] and len(one["id"]) == len(two["id"])
    assert (one["name"], one["created_at"], one["updated_at"]) == ("Yes California", AT, AT)
    assert one["status"] == OrgStatus.ACTIVE  # the column's default
    assert set(one) == {attr.key for attr in Organization.__mapper__.column_attrs}


def test_a_recorded_row_reads_like_the_dict_it_stands_for() -> None:
    row = PackedRow(("id", "name"), ("t1", "ballot"))
    assert dict(row) == {"id": "t1", "name": "ballot"}
    assert list(row) == ["id", "name"] and len(row) == 2
    assert list(row.items()) == [("id", "t1"), ("name", "ballot")]
    assert repr(row) == repr({"id": "t1", "name": "ballot"})
    assert row.get("notes") is None
    with pytest.raises(KeyError, match="notes"):
        row["notes"]


def test_a_row_made_and_removed_in_one_change_leaves_only_the_rest(session: Session) -> None:
    @writes("Make and unmake")
    def make_and_unmake(s: Session) -> None:
        passing = Tag(name="passing")
        s.add(passing)
        s.flush()
        s.delete(passing)
        s.flush()
        s.add(Tag(name="staying"))

    make_and_unmake(session)

    recorded = last_changeset(session)
    assert [(c.action, c.after["name"]) for c in recorded.changes] == [("insert", "staying")]  # type: ignore[index]
    assert [r.summary for r in log(session, recorded.transaction_id)] == ["staying"]


def test_before_any_write_there_is_nothing_to_undo(session: Session) -> None:
    nothing = last_changeset(session)
    assert not nothing
    assert (nothing.label, nothing.transaction_id, nothing.changes) == ("", "", [])


def test_each_audit_row_is_named_by_what_tells_it_apart(session: Session, make_org) -> None:  # type: ignore[no-untyped-def]
    org = make_org("Yes California", tags=["ballot"])
    person = directory.create_person(
        session,
        PersonInput(name="Ana Ruiz", emails=["ana@example.org"], phones=["+1 916-555-0142"]),
    )
    by_table = {
        r.table_name: r.summary for r in log(session, last_changeset(session).transaction_id)
    }
    assert by_table == {
        "person": "Ana Ruiz",
        "person_email": "ana@example.org",
        "person_phone": "+1 916-555-0142",
    }
    directory.add_membership(session, MembershipInput(person.id, org.id, role="Field director"))
    assert [r.summary for r in log(session, last_changeset(session).transaction_id)] == [
        "Field director"
    ]
    tag_link = session.scalars(
        select(ChangeLog.summary).where(ChangeLog.table_name == "organization_tag")
    ).all()
    assert tag_link == [""]  # a link between two records has no name of its own

    delete_person(session, person.id)
    deleted = {
        r.table_name: (r.action, r.summary)
        for r in log(session, last_changeset(session).transaction_id)
    }
    assert deleted["person"] == ("delete", "Ana Ruiz")


def test_a_long_name_is_cut_in_the_audit_row(session: Session) -> None:
    add_tags(session, ["x" * 80])
    (row,) = log(session, last_changeset(session).transaction_id)
    assert row.summary == "x" * 80

    @writes("Long notes")
    def long_title(s: Session) -> None:
        s.add(ActionItem(title="n" * 300))  # an action item's title keeps 300

    long_title(session)
    (row,) = log(session, last_changeset(session).transaction_id)
    assert row.summary == "n" * 200


def test_a_hook_added_twice_runs_once_per_change(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(changes, "_HOOKS", list(changes._HOOKS))
    seen: list[list[str]] = []

    def hook(_s: Session, made: list[changes.RowChange]) -> None:
        seen.append([c.table for c in made])

    changes.add_hook(hook)
    changes.add_hook(hook)
    add_tags(session, ["ballot"])

    assert seen == [["tag"]]


def test_without_a_profile_changes_name_the_machine_never_its_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    nobody = changes._default_identity()
    assert (nobody.actor, nobody.device) == ("", socket.gethostname())
    assert "root" not in (nobody.actor, nobody.org, nobody.email)


def test_a_series_a_cancelled_week_and_a_setting_are_named_in_their_audit_rows(
    session: Session,
) -> None:
    from coalition.calls import series as calls

    series = calls.create_series(
        session,
        calls.SeriesInput("Coalition call", dt.date(2026, 1, 6), "17:30", "America/Los_Angeles"),
    )
    assert [r.summary for r in log(session, last_changeset(session).transaction_id)] == [
        "Coalition call"
    ]
    calls.cancel_call(
        session, series.id, dt.date(2026, 1, 13)
    )  # a week stored only to be cancelled
    assert [r.summary for r in log(session, last_changeset(session).transaction_id)] == [
        "cancelled"
    ]
    directory.set_setting(session, directory.STATES_GOAL, "50")
    assert [r.summary for r in log(session, last_changeset(session).transaction_id)] == [
        directory.STATES_GOAL
    ]


def test_values_are_kept_in_the_record_as_plain_text() -> None:
    assert changes.jsonable(OrgStatus.ACTIVE) == "active"
    assert changes.jsonable(dt.date(2026, 1, 6)) == "2026-01-06"
    assert changes.jsonable(AT) == "2026-03-03T17:30:00+00:00"
    assert changes.jsonable(dt.time(17, 30)) == "17:30:00"
    assert changes.jsonable(5) == 5
