"""Bundle files: changes carried between laptops with no common server."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coalition.directory import records as directory
from coalition.search import query as search
from coalition.store.models import ChangeLog, Organization, Person, SyncOutbox
from coalition.sync import bundles
from coalition.sync.conflicts import conflicts
from coalition.sync.private import set_private
from profile_helpers import set_profile_in
from sync_helpers import Laptop, add_org, snapshot

PASS = "correct horse battery"


@pytest.fixture
def pair(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Laptop, Laptop]]:
    ana = Laptop(tmp_path / "ana.db", migrated_template, "ana")
    ben = Laptop(tmp_path / "ben.db", migrated_template, "ben")
    yield ana, ben
    ana.close()
    ben.close()


def edit_notes(laptop: Laptop, org_id: str, notes: str) -> None:
    with laptop.session() as s:
        data = directory.organization_input(directory.get_organization(s, org_id))
        data.notes = notes
        directory.update_organization(s, org_id, data)


def counts(laptop: Laptop) -> tuple[int, int, int]:
    with laptop.db.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(Organization)) or 0,
            s.scalar(select(func.count()).select_from(ChangeLog)) or 0,
            s.scalar(select(func.count()).select_from(SyncOutbox)) or 0,
        )


def test_a_bundle_carries_changes_to_another_laptop(
    pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    ana, ben = pair
    org_id = add_org(ana, "Yes California", tags=["ballot"], home_state="CA")
    bundle = tmp_path / "ana.bundle"
    assert bundles.export_bundle(ana.db, bundle, PASS) >= 3
    assert b"Yes California" not in bundle.read_bytes()  # sealed, not just compressed

    with ben.acting():
        report = bundles.import_bundle(ben.db, bundle, PASS)
    assert report.applied >= 3 and report.conflicts == 0
    assert "applied" in report.sentence()
    with ben.db.reading() as s:
        assert s.get(Organization, org_id).home_state == "CA"  # type: ignore[union-attr]
        assert [h.id for h in search.search(s, "Yes California")][:1] == [org_id]
        (entry,) = s.scalars(select(ChangeLog).where(ChangeLog.row_id == org_id)).all()
        assert (entry.actor, entry.action) == ("ana", "insert")
    assert snapshot(ana.db) == snapshot(ben.db)

    again = bundles.import_bundle(ben.db, bundle, PASS)
    assert again.applied == 0 and again.already_here == report.applied


def test_the_same_field_changed_on_both_laptops_is_listed(
    pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    ana, ben = pair
    org_id = add_org(ana, "CNP")
    bundle = tmp_path / "first.bundle"
    bundles.export_bundle(ana.db, bundle, PASS)
    bundles.import_bundle(ben.db, bundle, PASS)
    edit_notes(ben, org_id, "ben's notes")
    edit_notes(ana, org_id, "ana's notes")  # later
    bundles.export_bundle(ana.db, bundle, PASS, since=dt.date.today())
    with ben.acting():
        report = bundles.import_bundle(ben.db, bundle, PASS)
    assert report.conflicts == 1
    with ben.db.reading() as s:
        assert s.get(Organization, org_id).notes == "ana's notes"  # type: ignore[union-attr]
        (conflict,) = conflicts(s)
        assert (conflict.my_actor, conflict.mine, conflict.their_actor, conflict.theirs) == (
            "ana",
            "ana's notes",
            "ben",
            "ben's notes",
        )


def test_since_leaves_out_older_changes_and_private_records_stay_home(
    pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    ana, ben = pair
    add_org(ana, "Old group")
    with ana.db.session() as s:
        s.execute(SyncOutbox.__table__.update().values(at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
        s.commit()
    add_org(ana, "New group")
    with ana.session() as s:
        person = directory.create_person(s, directory.PersonInput(name="Private Person"))
        set_private(s, "person", person.id, True)
    bundle = tmp_path / "since.bundle"
    bundles.export_bundle(ana.db, bundle, PASS, since=dt.date(2026, 1, 1))
    bundles.import_bundle(ben.db, bundle, PASS)
    with ben.db.reading() as s:
        assert list(s.scalars(select(Organization.name))) == ["New group"]
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_a_wrong_passphrase_is_refused_and_nothing_written(
    pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    ana, ben = pair
    add_org(ana, "Yes California")
    bundle = tmp_path / "ana.bundle"
    bundles.export_bundle(ana.db, bundle, PASS)
    before = counts(ben)
    with pytest.raises(bundles.BundleError, match=r"the passphrase does not open ana\.bundle"):
        bundles.import_bundle(ben.db, bundle, "not the passphrase")
    assert counts(ben) == before


def test_a_short_passphrase_is_refused(pair: tuple[Laptop, Laptop], tmp_path: Path) -> None:
    for weak in ("short", " " * 8, "aaaaaaaaaaaa"):
        with pytest.raises(bundles.BundleError, match="at least 8 characters"):
            bundles.export_bundle(pair[0].db, tmp_path / "x.bundle", weak)
    assert not (tmp_path / "x.bundle").exists()


def sealed(document: object) -> bytes:
    return bundles.seal(json.dumps(document).encode(), PASS)


def good_document(ana: Laptop, tmp_path: Path) -> dict:
    bundle = tmp_path / "good.bundle"
    bundles.export_bundle(ana.db, bundle, PASS)
    return json.loads(bundles.unseal(bundle.read_bytes(), PASS, "good.bundle"))


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: {**d, "schema": "0999"}, "newer version of Coalition.*update Coalition"),
        (lambda d: {**d, "format": "something else"}, "not a Coalition bundle"),
        (lambda d: {**d, "changes": "many"}, "no list of changes"),
        (
            lambda d: {
                **d,
                "changes": d["changes"]
                + [
                    {
                        "op_id": "x",
                        "table": "sync_state",
                        "row_id": "1",
                        "action": "insert",
                        "at": "2026-01-01T00:00:00+00:00",
                        "row": {},
                    }
                ],
            },
            "unknown table 'sync_state'",
        ),
        (
            lambda d: {**d, "changes": [{**d["changes"][0], "at": "yesterday"}]},
            "change 1 .*cannot be read",
        ),
        (
            lambda d: {
                **d,
                "changes": [{**d["changes"][0], "row": {**d["changes"][0]["row"], "kind": "cult"}}],
            },
            "change 1 .*cannot be read",
        ),
    ],
)
def test_a_damaged_bundle_says_what_is_wrong_and_writes_nothing(
    pair: tuple[Laptop, Laptop],
    tmp_path: Path,
    mutate,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    ana, ben = pair
    add_org(ana, "Yes California")
    document = mutate(good_document(ana, tmp_path))
    bad = tmp_path / "bad.bundle"
    bad.write_bytes(sealed(document))
    before = counts(ben)
    with pytest.raises(bundles.BundleError, match=message):
        bundles.import_bundle(ben.db, bad, PASS)
    assert counts(ben) == before


def test_a_change_naming_a_record_missing_here_is_refused_and_listed(
    pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    ana, ben = pair
    org_id = add_org(ana, "Parent")
    with ana.session() as s:
        person = directory.create_person(s, directory.PersonInput(name="Lee"))
        directory.add_membership(
            s, directory.MembershipInput(person_id=person.id, organization_id=org_id, role="Lead")
        )
    bundle = tmp_path / "late.bundle"
    bundles.export_bundle(ana.db, bundle, PASS)
    document = json.loads(bundles.unseal(bundle.read_bytes(), PASS, "late.bundle"))
    # Only the membership travels: the organization it names is not on Ben's laptop.
    document["changes"] = [c for c in document["changes"] if c["table"] == "membership"]
    bundle.write_bytes(sealed(document))
    report = bundles.import_bundle(ben.db, bundle, PASS)
    assert report.conflicts == 1
    with ben.db.reading() as s:
        (conflict,) = conflicts(s)
        assert conflict.kind == "refused" and "deleted on the other side" in conflict.detail


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(junk=st.binary(max_size=300))
def test_fuzz_random_bytes_are_refused_cleanly(
    pair: tuple[Laptop, Laptop], tmp_path: Path, junk: bytes
) -> None:
    _, ben = pair
    path = tmp_path / "junk.bundle"
    for data in (junk, bundles.MAGIC + junk):
        path.write_bytes(data)
        before = counts(ben)
        with pytest.raises(bundles.BundleError):
            bundles.import_bundle(ben.db, path, PASS)
        assert counts(ben) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.data(),
    field=st.sampled_from(
        ["op_id", "table", "row_id", "action", "at", "fields", "base", "row", "transaction_id"]
    ),
    value=json_values,
)
def test_fuzz_mangled_changes_never_half_write(
    pair: tuple[Laptop, Laptop], tmp_path: Path, data: st.DataObject, field: str, value: object
) -> None:
    """A well-sealed bundle with one change mangled: refused with a message, or taken
    whole; never a crash, never half of it."""
    ana, ben = pair
    if not (tmp_path / "doc.json").exists():
        add_org(ana, "Yes California", tags=["ballot"])
        add_org(ana, "CNP")
        (tmp_path / "doc.json").write_text(json.dumps(good_document(ana, tmp_path)))
    document = json.loads((tmp_path / "doc.json").read_text())
    index = data.draw(st.integers(0, len(document["changes"]) - 1))
    document["changes"][index][field] = value
    path = tmp_path / "mangled.bundle"
    path.write_bytes(sealed(document))
    before = counts(ben)
    try:
        bundles.import_bundle(ben.db, path, PASS)
    except bundles.BundleError as exc:
        assert str(exc) and counts(ben) == before
    with ben.db.reading() as s:
        assert s.execute(select(func.count()).select_from(Organization)).scalar() in (0, 1, 2)


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coalition", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_command_line_export_and_import(pair: tuple[Laptop, Laptop], tmp_path: Path) -> None:
    ana, ben = pair
    add_org(ana, "Yes California")
    env = {**os.environ, bundles.PASSPHRASE_ENV: PASS}
    out = tmp_path / "cli.bundle"
    done = run_cli(
        "--db",
        str(ana.db.path),
        "export-bundle",
        "--out",
        str(out),
        "--since",
        "2020-01-01",
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Wrote 1 change to {out} (encrypted with the passphrase).\n"
    # The database itself (or its journal) is never written over by a bundle.
    for target in (str(ana.db.path), f"{ana.db.path}-wal"):
        over = run_cli("--db", str(ana.db.path), "export-bundle", "--out", target, env=env)
        assert (over.returncode, over.stdout) == (1, "")
        assert over.stderr == (
            f"coalition: {target} is the database Coalition has open: choose another file "
            "to write\n"
        )
    assert Path(str(ana.db.path)).read_bytes().startswith(b"SQLite format 3\x00")
    with ana.db.reading() as s:
        assert list(s.scalars(select(Organization.name))) == ["Yes California"]
    with ben.db.session() as s:  # importing is a change on Ben's laptop: by whom
        set_profile_in(s)
    read = run_cli("--db", str(ben.db.path), "import-bundle", str(out), env=env)
    assert read.returncode == 0, read.stderr
    assert "applied" in read.stdout
    with ben.db.reading() as s:
        assert list(s.scalars(select(Organization.name))) == ["Yes California"]

    wrong = run_cli(
        "--db",
        str(ben.db.path),
        "import-bundle",
        str(out),
        env={**env, bundles.PASSPHRASE_ENV: "wrong passphrase"},
    )
    assert wrong.returncode == 1
    assert (
        wrong.stderr.strip()
        == "coalition: the passphrase does not open cli.bundle (or the file was damaged on the way)"
    )

    bad_date = run_cli(
        "--db",
        str(ana.db.path),
        "export-bundle",
        "--out",
        str(out),
        "--since",
        "2026-13-40",
        env=env,
    )
    assert bad_date.returncode == 1 and "--since" in bad_date.stderr

    no_pass = {k: v for k, v in env.items() if k != bundles.PASSPHRASE_ENV}
    refused = run_cli("--db", str(ben.db.path), "import-bundle", str(out), env=no_pass)
    assert refused.returncode == 1 and "COALITION_BUNDLE_PASSPHRASE" in refused.stderr


def test_a_person_changed_after_being_deleted_comes_back_whole_on_both_laptops(
    pair: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    """Ana deletes Eli; Ben, later, writes a note on him: Eli is kept, and with him his
    address, his number and his membership, which went in the same deletion."""
    from coalition.common import clock
    from coalition.directory import deletion
    from sync_helpers import ELI_WHOLE, edit_person, eli_as_held, eli_with_parts

    ana, ben = pair
    eli_id = eli_with_parts(ana)
    bundle = tmp_path / "first.bundle"
    bundles.export_bundle(ana.db, bundle, PASS)
    with ben.acting():
        bundles.import_bundle(ben.db, bundle, PASS)

    start = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    with clock.frozen_at(start), ana.session() as s:
        deletion.delete_person(s, eli_id)
    with clock.frozen_at(start + dt.timedelta(minutes=5)):
        edit_person(ben, eli_id, notes="called him today, keep")

    to_ben, to_ana = tmp_path / "to_ben.bundle", tmp_path / "to_ana.bundle"
    bundles.export_bundle(ana.db, to_ben, PASS)
    with ben.acting():
        report = bundles.import_bundle(ben.db, to_ben, PASS)
    assert report.conflicts == 1
    assert eli_as_held(ben, eli_id) == ELI_WHOLE
    bundles.export_bundle(ben.db, to_ana, PASS)
    with ana.acting():
        bundles.import_bundle(ana.db, to_ana, PASS)
    assert eli_as_held(ana, eli_id) == ELI_WHOLE
    assert snapshot(ana.db) == snapshot(ben.db)
