"""Importing CSV lists into a real database, and exporting them back.

An import is all or nothing: these tests count the rows of the database file before and
after every refused or failed import.  The files under ``tests/data/csv`` are real
Google Contacts and Outlook exports in the encodings those programs write, with
invented people (example.org, 555-01xx numbers).
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common.errors import ImportFileError, ValidationError
from coalition.directory import importers, importers_export
from coalition.directory import records as directory
from coalition.directory.csvread import read_table, suggest_mapping
from coalition.directory.importers import ImportPreview
from coalition.store import open_database
from coalition.store.changes import writes
from coalition.store.models import ChangeLog, Membership, Organization, OrgKind, OrgStatus, Person

DATA = Path(__file__).parents[1] / "data" / "csv"


def preview_of(session: Session, path: Path, kind: str = "people") -> ImportPreview:
    table = read_table(path)
    return importers.preview(session, table, kind, suggest_mapping(table, kind), source=path.name)  # type: ignore[arg-type]  # kind is one of the two Kind literals, passed as text


def write_csv(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def people_by_name(session: Session) -> dict[str, Person]:
    session.expire_all()
    return {p.name: p for p in session.scalars(select(Person))}


def snapshot(session: Session) -> dict[str, list[tuple[str, ...]]]:
    """Everything an import may write, to compare before and after a refused one."""
    session.expire_all()
    return {
        "people": sorted((p.id, p.name) for p in session.scalars(select(Person))),
        "organizations": sorted((o.id, o.name) for o in session.scalars(select(Organization))),
        "memberships": sorted((m.id,) for m in session.scalars(select(Membership))),
        "log": sorted((c.id,) for c in session.scalars(select(ChangeLog))),
    }


# --- the committed exports -----------------------------------------------------------------


def test_google_export_imports_people_memberships_and_new_organizations(session: Session) -> None:
    preview = preview_of(session, DATA / "google_contacts.csv")
    assert preview.counts == {"ok": 5, "duplicate": 0, "error": 0}
    assert preview.origin == ("Google Contacts export", "UTF-8 with BOM", "comma-separated")
    dana = preview.rows[0]
    assert (
        dana.summary
        == "Dana Whitfield · dana.whitfield@example.org · CA · Sierra Forward Coalition (State "
        "lead)"
    )
    assert dana.reason == "organization Sierra Forward Coalition will be created"

    report = importers.import_rows(session, preview)

    assert report.lines() == [
        "Imported 5 people from google_contacts.csv (Google Contacts export, UTF-8 with BOM)",
        (
            "Added 4 organizations they belong to: Sierra Forward Coalition, "
            "Alianza Valle Central, Cascade Self-Rule Project, Nevada Home Rule Network"
        ),
    ]
    people = people_by_name(session)
    assert set(people) == {
        "Dana Whitfield", "Marcus Oyelaran", "Inés Carrasco-Peña", "Theo Lindqvist", "Priya Raman",
    }  # fmt: skip
    marcus, ines = people["Marcus Oyelaran"], people["Inés Carrasco-Peña"]
    assert [e.address for e in marcus.emails] == [
        "marcus.oyelaran@example.org",
        "m.oyelaran@example.org",
    ]
    assert [p.number for p in ines.phones] == ["+1 559-555-0121", "+1 559-555-0188"]
    assert ines.notes == "Prefiere español; traduce el guion de la llamada."
    assert people["Theo Lindqvist"].notes == (
        'Met at the Salem rally.\nFollow up about the Tuesday call, "after 5 pm".'
    )
    assert [(m.organization.name, m.role) for m in ines.memberships] == [
        ("Alianza Valle Central", "Directora")
    ]
    assert marcus.memberships == []
    kinds = {o.kind for o in session.scalars(select(Organization))}
    assert kinds == {OrgKind.GRASSROOTS}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "google_contacts.csv",
            {
                "Dana Whitfield",
                "Marcus Oyelaran",
                "Inés Carrasco-Peña",
                "Theo Lindqvist",
                "Priya Raman",
            },
        ),
        (
            "outlook_contacts_cp1252.csv",
            {"José Núñez", "Zoë Müller", "Aaron O'Connell", "Françoise Lefèvre"},
        ),
        ("outlook_contacts_utf16.csv", {"Ánh Trần", "Łukasz Wróbel", "Ngozi Adébáyọ̀"}),
    ],
)
def test_each_export_stores_its_names_exactly(
    session: Session, name: str, expected: set[str]
) -> None:
    report = importers.import_file(session, DATA / name, "people")

    assert report.imported == len(expected)
    assert set(people_by_name(session)) == expected


def test_outlook_cp1252_keeps_typographic_quotes_in_notes(session: Session) -> None:
    importers.import_file(session, DATA / "outlook_contacts_cp1252.csv", "people")

    jose = people_by_name(session)["José Núñez"]
    assert jose.notes == "“Call after 6 pm” – prefers Spanish."
    assert [m.role for m in jose.memberships] == ["Organizer"]


def test_organization_list_with_kinds_statuses_tags_and_parents(session: Session) -> None:
    report = importers.import_file(session, DATA / "organizations_semicolon.csv", "organizations")

    assert report.lines() == [
        "Imported 4 organizations from organizations_semicolon.csv (CSV list, UTF-8)"
    ]
    session.expire_all()
    orgs = {o.name: o for o in session.scalars(select(Organization))}
    sierra, alianza = orgs["Sierra Forward Coalition"], orgs["Alianza Valle Central"]
    assert (sierra.short_name, sierra.kind, sierra.home_state) == (
        "SFC",
        OrgKind.NONPROFIT_C4,
        "CA",
    )
    assert sierra.founded_on == dt.date(2016, 3, 12)
    assert sierra.notes == "Statewide; runs the Tuesday call"
    assert sierra.tags == ["ballot access", "statewide"]
    assert alianza.parent_id == sierra.id
    assert orgs["Nevada Home Rule Network"].parent_id == sierra.id
    assert orgs["Nevada Home Rule Network"].status == OrgStatus.INACTIVE
    assert orgs["Cascade Self-Rule Project"].status == OrgStatus.PROSPECTIVE


def test_a_parent_further_down_the_file_is_created_first(session: Session, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Name,Parent,Type\n"
        "Red Oregon Salem,Red Oregon,State chapter\n"
        "Red Oregon,Calexit Coalition,grassroots\n"
        "Calexit Coalition,,other\n",
    )
    importers.import_file(session, path, "organizations")

    session.expire_all()
    orgs = {o.name: o for o in session.scalars(select(Organization))}
    assert orgs["Red Oregon Salem"].parent_id == orgs["Red Oregon"].id
    assert orgs["Red Oregon"].parent_id == orgs["Calexit Coalition"].id
    assert orgs["Calexit Coalition"].parent_id is None


def test_parents_that_loop_or_are_missing_are_errors(session: Session, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Name,Parent\n"
        "Alpha,Beta\n"
        "Beta,Alpha\n"
        "Gamma,Nowhere Network\n"
        "Delta,Gamma\n"
        "Epsilon,Epsilon\n"
        "Zeta,\n",
    )
    preview = preview_of(session, path, "organizations")

    assert [(r.line, r.status, r.reason) for r in preview.rows] == [
        (2, "error", "the parents on lines 2, 3 form a loop"),
        (3, "error", "the parents on lines 2, 3 form a loop"),
        (
            4,
            "error",
            "the parent organization Nowhere Network is neither in the directory nor in this file",
        ),
        (5, "error", "its parent, on line 4, cannot be imported"),
        (6, "error", "an organization cannot be its own parent"),
        (7, "ok", ""),
    ]


# --- duplicates -------------------------------------------------------------------------------


def test_duplicates_by_email_in_the_directory_and_in_the_file(
    session: Session, tmp_path: Path, make_person: Callable[..., Person]
) -> None:
    make_person("Jane Doe", emails=["jane@example.org"])
    path = write_csv(
        tmp_path,
        "Name,Email,Email 2\n"
        "Jane D.,JANE@example.org,\n"
        "Rob Lee,rob@example.org,\n"
        "Robert Lee,robert@example.org,Rob@Example.org\n"
        "Ana Ruiz,ana@example.org,\n",
    )
    preview = preview_of(session, path)

    assert [(r.line, r.status, r.reason) for r in preview.rows] == [
        (2, "duplicate", "jane@example.org is already in the directory (Jane Doe)"),
        (3, "ok", ""),
        (4, "duplicate", "rob@example.org is also on line 3"),
        (5, "ok", ""),
    ]
    report = importers.import_rows(session, preview)

    assert set(people_by_name(session)) == {"Jane Doe", "Rob Lee", "Ana Ruiz"}
    assert report.lines()[1] == (
        "Skipped 2 duplicates: line 2 (jane@example.org is already in the directory (Jane Doe)), "
        "line 4 (rob@example.org is also on line 3)"
    )


def test_merging_duplicates_adds_what_is_new_and_overwrites_nothing(
    session: Session, tmp_path: Path, make_person: Callable[..., Person]
) -> None:
    make_person("Jane Doe", emails=["jane@example.org"], state="CA")
    path = write_csv(
        tmp_path,
        "Name,Email,Email 2,Phone,State,Organization\n"
        "Jane D.,jane@example.org,jane.doe@example.org,+1 916-555-0100,OR,Yes California\n"
        "Rob Lee,rob@example.org,,,,\n"
        "Robert Lee,rob@example.org,,+1 530-555-0101,NV,\n",
    )
    report = importers.import_rows(session, preview_of(session, path), skip_duplicates=False)

    assert report.lines()[-1].startswith(
        "Merged 2 duplicates into the records already there: line 2"
    )
    people = people_by_name(session)
    assert set(people) == {"Jane Doe", "Rob Lee"}
    jane, rob = people["Jane Doe"], people["Rob Lee"]
    assert [e.address for e in jane.emails] == ["jane@example.org", "jane.doe@example.org"]
    assert [p.number for p in jane.phones] == ["+1 916-555-0100"]
    assert jane.state == "CA"  # already stored: not overwritten
    assert [m.organization.name for m in jane.memberships] == ["Yes California"]
    assert (rob.state, [p.number for p in rob.phones]) == ("NV", ["+1 530-555-0101"])


def test_organizations_already_there_or_repeated_are_duplicates(
    session: Session, tmp_path: Path, make_org: Callable[..., Organization]
) -> None:
    make_org("California National Party", short_name="CNP")
    path = write_csv(tmp_path, "Name\ncnp\nYes California\nyes california\n")

    preview = preview_of(session, path, "organizations")

    assert [(r.status, r.reason) for r in preview.rows] == [
        ("duplicate", "cnp is already in the directory"),
        ("ok", ""),
        ("duplicate", "yes california is also on line 3"),
    ]


# --- all or nothing ---------------------------------------------------------------------------


def test_broken_rows_refuse_the_whole_file_and_store_nothing(session: Session) -> None:
    before = snapshot(session)
    with pytest.raises(ImportFileError) as caught:
        importers.import_file(session, DATA / "broken_rows.csv", "people")

    assert str(caught.value) == (
        "2 rows cannot be read, so nothing was imported: "
        "line 5: row has 3 fields, the header has 5; line 7: row has 6 fields, the header has 5"
    )
    assert snapshot(session) == before


def test_excluding_errors_imports_only_the_good_rows(session: Session) -> None:
    preview = preview_of(session, DATA / "broken_rows.csv")
    assert preview.counts == {"ok": 4, "duplicate": 0, "error": 2}

    report = importers.import_rows(session, preview, exclude_errors=True)

    assert set(people_by_name(session)) == {
        "Dana Whitfield", "Marcus Oyelaran", "Priya Raman", "Inés Carrasco-Peña",
    }  # fmt: skip
    assert people_by_name(session)["Marcus Oyelaran"].notes == "Two lines:\nsecond line of the note"
    assert report.lines()[1] == (
        "Left out 2 rows that cannot be read: line 5 (row has 3 fields, the header has 5), "
        "line 7 (row has 6 fields, the header has 5)"
    )


def test_an_invalid_value_is_an_error_naming_its_line(session: Session, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Name,Email,State\n"
        "Ana Ruiz,ana@example.org,CA\n"
        "Bob,bob@,CA\n"
        ",nobody@example.org,Atlantis\n",
    )
    preview = preview_of(session, path)

    bob, nameless = preview.rows[1], preview.rows[2]
    assert (bob.line, bob.status, bob.summary) == (3, "error", "Bob · bob@ · CA")
    assert bob.reason.startswith("'bob@' is not a valid e-mail address: ")
    assert (
        nameless.reason == "the person's name cannot be empty; 'Atlantis' is not a US state or DC"
    )
    before = snapshot(session)
    with pytest.raises(
        ImportFileError,
        match=r"^2 rows cannot be read, so nothing was imported: line 3: 'bob@' is not",
    ):
        importers.import_rows(session, preview)
    assert snapshot(session) == before


def test_a_failure_half_way_leaves_nothing_behind(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = preview_of(session, DATA / "google_contacts.csv")
    real_sort_key = importers.sort_key  # worked out for each person as their row is made
    calls = []

    def failing_on_the_third(name: str) -> str:
        calls.append(name)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_sort_key(name)

    monkeypatch.setattr(importers, "sort_key", failing_on_the_third)
    before = snapshot(session)
    with pytest.raises(OSError, match="disk full"):
        importers.import_rows(session, preview)

    assert len(calls) == 3
    assert snapshot(session) == before  # the first two people and their organizations too


# --- memberships --------------------------------------------------------------------------------


def test_membership_joins_an_existing_organization_by_name_or_short_name(
    session: Session, tmp_path: Path, make_org: Callable[..., Organization]
) -> None:
    cnp = make_org("California National Party", short_name="CNP", kind="political_party")
    path = write_csv(
        tmp_path,
        "Name,Organization,Role\n"
        "Ana Ruiz,california national party,Chair\n"
        "Bo Chen,CNP,\n"
        "Cy Park,Red Oregon,Liaison\n"
        "Di Vo,Red oregon,\n"
        "Ed Fox,,Treasurer\n",
    )
    preview = preview_of(session, path)
    assert [r.reason for r in preview.rows] == [
        "",
        "",
        "organization Red Oregon will be created",
        "organization Red oregon will be created",
        "role 'Treasurer' left out: no organization is given",
    ]

    report = importers.import_rows(session, preview)

    assert report.new_organizations == ["Red Oregon"]  # once, as first written
    people = people_by_name(session)
    assert [(m.organization_id, m.role) for m in people["Ana Ruiz"].memberships] == [
        (cnp.id, "Chair")
    ]
    assert [m.organization_id for m in people["Bo Chen"].memberships] == [cnp.id]
    red_oregon = directory.find_organization_by_name(session, "Red Oregon")
    assert red_oregon is not None and red_oregon.kind == OrgKind.GRASSROOTS
    assert {m.person.name for m in red_oregon.memberships} == {"Cy Park", "Di Vo"}
    assert people["Ed Fox"].memberships == []


def test_an_organization_is_one_whatever_the_case_spaces_or_accents(
    session: Session, tmp_path: Path, make_org: Callable[..., Organization]
) -> None:
    """ "ÁNGELES UNIDOS", "  Angeles   Unidos " and "Ángeles Unidos" are one group (SQLite's
    lower() folds only A to Z, so the capital Á found nothing); a group made by the list
    is found again by the rows after it however they spell it."""
    angeles = make_org("Ángeles Unidos")
    path = write_csv(
        tmp_path,
        "Name,Organization\n"
        "Ana Ruiz,ÁNGELES UNIDOS\n"
        "Bo Chen,  Angeles   Unidos \n"
        "Cy Park,New Group\n"
        "Di Vo,NÉW  group\n",
    )
    report = importers.import_rows(session, preview_of(session, path))

    assert report.new_organizations == ["New Group"]
    people = people_by_name(session)
    assert {m.organization_id for p in ("Ana Ruiz", "Bo Chen") for m in people[p].memberships} == {
        angeles.id
    }
    made = directory.find_organization_by_name(session, "new group")
    assert made is not None
    assert {m.organization_id for p in ("Cy Park", "Di Vo") for m in people[p].memberships} == {
        made.id
    }
    # The name as typed wins over one alike but for its accents.
    cal = make_org("Cal Con Con")
    accented = make_org("Cál Cön Con")
    assert directory.find_organization_by_name(session, "CÁL CÖN CON").id == accented.id  # type: ignore[union-attr]  # found, as asserted by its id
    assert directory.find_organization_by_name(session, "cal con con").id == cal.id  # type: ignore[union-attr]  # found, as asserted by its id
    # Typed with the keyboard's hyphen and straight quote: the dash and the curly one.
    carolina = make_org("Calexit Coalition – South Carolina")
    obrien = make_org("O’Brien Neighbors")
    found = directory.find_organization_by_name(session, "calexit coalition - south carolina")
    assert found is not None and found.id == carolina.id
    found = directory.find_organization_by_name(session, "O'Brien neighbors")
    assert found is not None and found.id == obrien.id


# --- export -----------------------------------------------------------------------------------


def test_people_round_trip_through_an_export(session: Session, tmp_path: Path) -> None:
    for name in (
        "google_contacts.csv",
        "outlook_contacts_cp1252.csv",
        "outlook_contacts_utf16.csv",
    ):
        importers.import_file(session, DATA / name, "people")
    out = tmp_path / "people.csv"

    assert importers_export.export_csv(session, "people", out) == 12

    # A second membership, with a role, and one in a group whose name ends in brackets.
    ines = people_by_name(session)["Inés Carrasco-Peña"]
    second = directory.create_organization(
        session, directory.OrganizationInput(name="Unidos (Fresno)", kind=OrgKind.GRASSROOTS)
    )
    directory.add_membership(session, directory.MembershipInput(ines.id, second.id, role="Chair"))
    out = tmp_path / "people.csv"

    assert importers_export.export_csv(session, "people", out) == 12
    assert "Unidos (Fresno) (Chair)" in out.read_text(encoding="utf-8-sig")

    fresh = open_database(tmp_path / "fresh.db")
    try:
        with fresh.session() as other:
            report = importers.import_file(other, out, "people")
            assert report.imported == 12
            # Every membership comes back, with its role (the last brackets hold it), and
            # every column with something in it is read.
            assert _people_facts(other) == _people_facts(session)
            assert "Unidos (Fresno)" in report.new_organizations
            assert not [line for line in report.lines() if line.startswith("Not read")]
    finally:
        fresh.close()


def _people_facts(session: Session) -> set[tuple[object, ...]]:
    return {
        (
            p.name,
            tuple(e.address for e in p.emails),
            tuple(x.number for x in p.phones),
            p.state,
            p.notes,
            tuple(sorted((m.organization.name, m.role) for m in p.memberships)),
        )
        for p in people_by_name(session).values()
    }


def test_an_organizations_column_names_several_groups_each_with_its_role(
    session: Session, tmp_path: Path, make_org: Callable[..., Organization]
) -> None:
    make_org("Unidos (Fresno)")
    path = write_csv(
        tmp_path,
        "Name,E-mail,Organizations\n"
        "Ana Ruiz,ana@example.org,Unidos (Fresno); Red Oregon (Liaison);  ; red oregon\n"
        "Bea Li,bea@example.org,Sunrise Fresno (Co-chair)\n",
    )
    preview = preview_of(session, path)
    assert [row.reason for row in preview.rows] == [
        "organization Red Oregon will be created",
        "organization Sunrise Fresno will be created",
    ]
    importers.import_file(session, path, "people")

    people = people_by_name(session)
    assert sorted((m.organization.name, m.role) for m in people["Ana Ruiz"].memberships) == [
        ("Red Oregon", "Liaison"),
        ("Unidos (Fresno)", ""),
    ]
    assert [(m.organization.name, m.role) for m in people["Bea Li"].memberships] == [
        ("Sunrise Fresno", "Co-chair")
    ]


def test_a_name_or_role_too_long_for_the_server_is_a_row_error_not_a_stored_value(
    session: Session, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path,
        "Name,E-mail,Organization,Role\n"
        f"Ana Ruiz,ana@example.org,Sunrise,{'R' * 121}\n"
        f"Bea Li,bea@example.org,{'G' * 201},Member\n"
        f"{'N' * 201},cy@example.org,,\n"
        "Dee Fox,dee@example.org,Sunrise,Chair\n",
    )
    preview = preview_of(session, path)
    assert [(row.status, row.reason) for row in preview.rows] == [
        ("error", "the role is 121 characters long; at most 120 fit"),
        ("error", "the organization's name is 201 characters long; at most 200 fit"),
        ("error", "the person's name is 201 characters long; at most 200 fit"),
        ("ok", "organization Sunrise will be created"),
    ]
    before = snapshot(session)
    with pytest.raises(ImportFileError, match="line 2: the role is 121 characters long"):
        importers.import_file(session, path, "people")
    assert snapshot(session) == before


def test_any_text_too_long_for_its_column_on_the_server_is_refused_as_it_is_written(
    session: Session, make_person: Callable[..., Person]
) -> None:
    """The guard behind the editors: a column no form checks (a time zone's 64 characters)
    is refused with its length, the whole change with it, and nothing is stored."""
    ana = make_person("Ana Ruiz", emails=["ana@example.org"])
    before = snapshot(session)

    @writes("Set county")
    def set_county(session: Session, county: str) -> None:
        session.get_one(Person, ana.id).county = county
        session.get_one(Person, ana.id).name = "Ana Ruiz-Soto"

    with pytest.raises(ValidationError, match="the county is 81 characters long; at most 80"):
        set_county(session, "C" * 81)
    assert snapshot(session) == before
    assert (people_by_name(session)["Ana Ruiz"].county, ana.name) == ("", "Ana Ruiz")
    set_county(session, "C" * 80)
    assert people_by_name(session)["Ana Ruiz-Soto"].county == "C" * 80


def test_export_is_utf8_with_bom_and_readable_headers(
    session: Session, tmp_path: Path, make_org: Callable[..., Organization]
) -> None:
    importers.import_file(session, DATA / "google_contacts.csv", "people")
    out = tmp_path / "people.csv"
    importers_export.export_csv(session, "people", out)

    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    lines = data[len(codecs.BOM_UTF8) :].decode("utf-8").splitlines()
    assert lines[0] == (
        "Name,E-mail,E-mail 2,E-mail 3,Phone,Phone 2,Phone 3,State,Language,Time zone,"
        "Organizations,Represents,Notes"
    )
    assert (
        "Inés Carrasco-Peña,ines.carrasco@example.org,ines@example.org,,+1 559-555-0121,"
        in data.decode("utf-8-sig")
    )
    table = read_table(out)
    mapped = {table.headers[i]: f for i, f in suggest_mapping(table, "people").items() if f}
    assert mapped == {
        "Name": "name", "E-mail": "email", "E-mail 2": "email2", "E-mail 3": "email3",
        "Phone": "phone", "Phone 2": "phone2", "Phone 3": "phone3", "State": "state",
        "Language": "language", "Time zone": "time_zone", "Organizations": "organizations",
        "Notes": "notes",
    }  # fmt: skip


def test_organizations_round_trip_with_parents_listed_after_their_chapters(
    session: Session, tmp_path: Path
) -> None:
    importers.import_file(session, DATA / "organizations_semicolon.csv", "organizations")
    sfc = directory.find_organization_by_name(session, "Sierra Forward Coalition")
    assert sfc is not None
    pages = [
        directory.SocialPageInput("Facebook", "https://facebook.com/sierraforward"),
        directory.SocialPageInput("Instagram", "https://instagram.com/sierra_forward"),
    ]
    directory.update_organization(
        session, sfc.id, replace(directory.organization_input(sfc), social_pages=pages)
    )
    out = tmp_path / "orgs.csv"
    assert importers_export.export_csv(session, "organizations", out) == 4
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == (
        "Name,Short name,Kind,Parent,State,Founded,Website,Status,Tags,Social pages,Notes"
    )
    assert (
        "Alianza Valle Central,AVC,Grassroots group,Sierra Forward Coalition,CA,2019-09-01," in text
    )

    fresh = open_database(tmp_path / "fresh.db")
    try:
        with fresh.session() as other:
            importers.import_file(other, out, "organizations")
            assert _org_facts(other) == _org_facts(session)
    finally:
        fresh.close()


def _org_facts(session: Session) -> set[tuple[object, ...]]:
    session.expire_all()
    return {
        (o.name, o.short_name, o.kind, o.parent.name if o.parent else None, o.home_state,
         o.founded_on, o.website, o.status, tuple(o.tags), o.notes,
         tuple((page.platform, page.url) for page in o.social_pages))
        for o in session.scalars(select(Organization))
    }  # fmt: skip


def test_export_quotes_values_a_spreadsheet_would_run_as_formulas(
    session: Session, tmp_path: Path, make_person: Callable[..., Person]
) -> None:
    note = '=HYPERLINK("https://evil.example.org","click")'
    make_person("-Dash Name", emails=["ana@example.org"], phones=["+1 916-555-0100"], notes=note)
    out = tmp_path / "people.csv"
    importers_export.export_csv(session, "people", out)

    row = read_table(out).rows[0]
    assert row[0] == "'-Dash Name"
    assert row[4] == "+1 916-555-0100"  # a checked phone number cannot hold a formula
    assert row[-1] == "'" + note

    fresh = open_database(tmp_path / "fresh.db")
    try:
        with fresh.session() as other:
            importers.import_file(other, out, "people")
            assert _people_facts(other) == _people_facts(session)
    finally:
        fresh.close()


def test_a_failed_export_keeps_the_old_file_and_leaves_no_part_file(
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_person: Callable[..., Person],
) -> None:
    make_person("Ana Ruiz")
    out = tmp_path / "people.csv"
    out.write_text("the previous export\n", encoding="utf-8")

    def one_row_then_failure(session: Session) -> Iterator[list[str]]:
        yield ["Ana Ruiz"] + [""] * 12
        raise OSError("No space left on device")

    monkeypatch.setattr(importers_export, "_people_rows", one_row_then_failure)
    with pytest.raises(OSError, match="No space left"):
        importers_export.export_csv(session, "people", out)

    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir() if "people.csv" in p.name] == ["people.csv"]


# --- anything at all in a .csv ------------------------------------------------------------------

_fuzz = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _import_or_refuse(session: Session, path: Path, kind: str) -> None:
    """Read, preview and import ``path``; only ImportFileError may stop it, changing nothing."""
    before = snapshot(session)
    try:
        table = read_table(path)
        preview = importers.preview(session, table, kind, suggest_mapping(table, kind))  # type: ignore[arg-type]  # kind is one of the two Kind literals, passed as text
        importers.import_rows(session, preview)
    except ImportFileError as exc:
        assert str(exc)
        assert snapshot(session) == before


@_fuzz
@given(data=st.binary(max_size=2000), kind=st.sampled_from(["people", "organizations"]))
def test_random_bytes_import_or_are_refused_cleanly(
    session: Session, tmp_path: Path, data: bytes, kind: str
) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    _import_or_refuse(session, path, kind)


_CELL = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20
) | st.sampled_from(
    ["Name", "Email", "Phone", "State", "Organization", "Parent", "a@b.example", "CA", ""]
)


@_fuzz
@given(
    header=st.lists(st.sampled_from(["Name", "Email", "Phone", "State", "Organization", "Role",
                                     "Type", "Parent", "Founded", "Website", "Status", "Tags"]),
                    min_size=1, max_size=6),
    rows=st.lists(st.lists(_CELL, max_size=7), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    kind=st.sampled_from(["people", "organizations"]),
)  # fmt: skip
def test_random_text_imports_or_is_refused_cleanly(
    session: Session,
    tmp_path: Path,
    header: list[str],
    rows: list[list[str]],
    delimiter: str,
    kind: str,
) -> None:
    text = "\n".join(delimiter.join(cells) for cells in [header, *rows])
    path = write_csv(tmp_path, text, "random.csv")
    _import_or_refuse(session, path, kind)


def test_a_missing_file_is_one_sentence(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"nowhere\.csv does not exist$"):
        importers.import_file(session, tmp_path / "nowhere.csv", "people")


def test_the_import_is_one_recorded_change(session: Session) -> None:
    from coalition.store.changes import last_changeset

    importers.import_file(session, DATA / "google_contacts.csv", "people")

    changeset = last_changeset(session)
    assert changeset.label == "Import contacts"
    assert changeset.tables() >= {
        "person",
        "person_email",
        "person_phone",
        "membership",
        "organization",
    }
    assert len({c.transaction_id for c in session.scalars(select(ChangeLog))}) == 1


def test_an_outlook_contact_with_only_a_home_state_keeps_it(session: Session) -> None:
    """Outlook fills Business State for some contacts and only Home State for others."""
    importers.import_file(session, DATA / "outlook_contacts_cp1252.csv", "people")

    states = dict(session.execute(select(Person.name, Person.state)).all())
    assert states["Aaron O'Connell"] == "WA"
    assert states["José Núñez"] != ""


# --- files pasted together, columns named twice, long files ------------------------------------


def test_a_pasted_together_file_stores_every_name_right_and_says_which_lines(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "pasted.csv"
    path.write_bytes(
        "Name,E-mail\r\nZoë Müller,zoe@example.org\r\nŁucja Żak,lucja@example.org\r\n".encode()
        + "José Núñez,jose@example.org\r\nInés Peña,ines@example.org\r\n".encode("cp1252")
    )

    report = importers.import_file(session, path, "people")

    assert set(people_by_name(session)) == {"Zoë Müller", "Łucja Żak", "José Núñez", "Inés Peña"}
    assert report.lines()[:2] == [
        "Imported 4 people from pasted.csv (CSV list, UTF-8)",
        "2 lines were read as Windows-1252, the rest as UTF-8: check the accented names on lines "
        "4, 5",
    ]


def test_a_column_named_twice_is_refused_by_name(session: Session, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Name,Phone,E-mail,State,Name,Notes,E-mail\n"
        "Ana Ruiz,,ana@example.org,CA,Ana R.,,ana.work@example.org\n",
    )
    before = snapshot(session)

    with pytest.raises(ImportFileError) as refused:
        importers.import_file(session, path, "people")

    assert str(refused.value).startswith(
        "The column “Name” appears twice (columns 1 and 5); "
        "The column “E-mail” appears twice (columns 3 and 7). "
    )
    assert snapshot(session) == before

    # Said by the person (the window's mapping): both addresses are kept.
    table = read_table(path)
    mapping = {0: "name", 1: None, 2: "email", 3: "state", 4: None, 5: None, 6: "email2"}
    importers.import_table(session, table, "people", mapping)
    ana = people_by_name(session)["Ana Ruiz"]
    assert [e.address for e in ana.emails] == ["ana@example.org", "ana.work@example.org"]


def _long_list(tmp_path: Path, rows: int, broken_at: int | None = None) -> Path:
    lines = ["Name,E-mail,Organization"]
    for i in range(rows):
        address = "not an address" if i == broken_at else f"p{i % (rows - 3)}@example.org"
        lines.append(f"Person {i},{address},Group {i % 4}")
    return write_csv(tmp_path, "\n".join(lines) + "\n")


def test_a_long_file_is_stored_a_batch_at_a_time_as_one_transaction(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importers, "BATCH", 7)
    path = _long_list(tmp_path, 40)  # the last three repeat the first three addresses
    seen: list[tuple[int, int]] = []

    report = importers.import_file(
        session, path, "people", progress=lambda d, t: seen.append((d, t))
    )

    assert report.imported == 37
    assert [row.reason for row in report.duplicates] == [
        "p0@example.org is also on line 2", "p1@example.org is also on line 3",
        "p2@example.org is also on line 4",
    ]  # fmt: skip
    assert sorted(report.new_organizations) == ["Group 0", "Group 1", "Group 2", "Group 3"]
    assert seen == [(7, 40), (14, 40), (21, 40), (28, 40), (35, 40), (40, 40)]
    assert len(people_by_name(session)) == 37
    session.expire_all()
    transactions = session.scalars(select(ChangeLog.transaction_id).distinct()).all()
    assert len(transactions) == 1  # one change, one undo


def test_a_bad_row_late_in_a_long_file_stores_nothing(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importers, "BATCH", 5)
    path = _long_list(tmp_path, 30, broken_at=27)
    before = snapshot(session)

    with pytest.raises(ImportFileError) as refused:
        importers.import_file(session, path, "people")

    assert str(refused.value).startswith("1 row cannot be read, so nothing was imported: line 29:")
    assert snapshot(session) == before


def test_cancelling_between_batches_stores_nothing(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importers, "BATCH", 5)
    path = _long_list(tmp_path, 30)
    before = snapshot(session)

    def stop_at_the_third(done: int, _total: int) -> None:
        if done >= 15:
            raise importers.ImportCancelled()

    with pytest.raises(importers.ImportCancelled):
        importers.import_file(session, path, "people", progress=stop_at_the_third)

    assert snapshot(session) == before


# --- one undoable change ---------------------------------------------------------------------


def _stored_people(session: Session) -> list[tuple[str, str, list[str], list[str], list[str]]]:
    """Each person as a person would check it: name, state, addresses, numbers, groups."""
    session.expire_all()
    return sorted(
        (
            p.name,
            p.state,
            [e.address for e in p.emails],
            [ph.number for ph in p.phones],
            sorted(f"{m.organization.name} ({m.role})" for m in p.memberships),
        )
        for p in session.scalars(select(Person))
    )


def test_a_streamed_import_is_one_change_that_undo_removes_and_redo_puts_back(
    session: Session, tmp_path: Path
) -> None:
    from coalition.search.query import search
    from coalition.store.changes import last_changeset, reapply, revert
    from coalition.store.models import SyncOutbox

    path = write_csv(
        tmp_path,
        "Name,E-mail,Phone,State,Organization,Role\n"
        "Ana Núñez,ana@example.org,+1 916-555-0101,CA,Sunrise Sacramento,Lead\n"
        "Björn Lee,bjorn@example.org,+1 916-555-0102,OR,Sunrise Sacramento,\n",
    )
    importers.import_file(session, path, "people")
    imported = _stored_people(session)
    change = last_changeset(session)
    assert imported == [
        ("Ana Núñez", "CA", ["ana@example.org"], ["+1 916-555-0101"],
         ["Sunrise Sacramento (Lead)"]),
        ("Björn Lee", "OR", ["bjorn@example.org"], ["+1 916-555-0102"],
         ["Sunrise Sacramento ()"]),
    ]  # fmt: skip
    assert {"person", "person_email", "person_phone", "membership"} <= change.tables()
    logged = set(session.scalars(select(ChangeLog.table_name).where(
        ChangeLog.transaction_id == change.transaction_id)))  # fmt: skip
    assert {"person", "person_email", "person_phone", "membership"} <= logged
    queued = session.scalars(select(SyncOutbox.row).where(SyncOutbox.table_name == "person")).all()
    assert sorted(row["name"] for row in queued) == ["Ana Núñez", "Björn Lee"]
    assert [hit.title for hit in search(session, "bjorn")] == ["Björn Lee"]

    revert(session, change)
    assert _stored_people(session) == []
    assert search(session, "bjorn") == []

    reapply(session, change)
    assert _stored_people(session) == imported
    assert [hit.title for hit in search(session, "bjorn")] == ["Björn Lee"]


def test_a_list_with_spanish_headers_imports_by_them(session: Session, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Nombre,Apellidos,Correo electrónico,Teléfono,Organización,Cargo,Idioma\n"
        "Ana,Ruiz Soto,ana@example.org,916-555-0101,Unidos Fresno,Tesorera,es\n",
    )
    report = importers.import_file(session, path, "people")

    assert report.imported == 1 and not report.unread
    ana = people_by_name(session)["Ana Ruiz Soto"]
    assert [e.address for e in ana.emails] == ["ana@example.org"]
    assert [p.number for p in ana.phones] == ["+1 916-555-0101"]
    assert [(m.organization.name, m.role) for m in ana.memberships] == [
        ("Unidos Fresno", "Tesorera")
    ]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("people", "no column of this list holds the person's name (its columns: “Foo”, “Bar”)"),
        ("organizations", "no column of this list holds the organization's name (its columns"),
    ],
)
def test_a_list_with_no_name_column_is_refused_naming_its_columns(
    session: Session, tmp_path: Path, kind: str, expected: str
) -> None:
    path = write_csv(tmp_path, "Foo,Bar\nAna,ana@example.org\nBea,bea@example.org\n")
    before = snapshot(session)

    with pytest.raises(ImportFileError) as refused:
        importers.import_file(session, path, kind)  # type: ignore[arg-type]  # one of the two kinds

    assert str(refused.value).startswith(expected)
    assert "line 2" not in str(refused.value)
    assert snapshot(session) == before


def test_a_google_export_with_its_columns_cut_still_gives_its_addresses_and_numbers(
    session: Session, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path,
        "Name,E-mail 1 - Value,Phone 1 - Value,Notes\nAna Ruiz,ana@example.org,916-555-0142,hi\n",
    )
    report = importers.import_file(session, path, "people")
    assert not report.unread
    ana = people_by_name(session)["Ana Ruiz"]
    assert ([e.address for e in ana.emails], [p.number for p in ana.phones]) == (
        ["ana@example.org"],
        ["+1 916-555-0142"],
    )
