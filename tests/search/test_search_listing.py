"""Search as you type, and the long lists: what an organizer sees while typing and scrolling."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization, delete_person
from coalition.directory.records import (
    MembershipInput,
    OrganizationInput,
    PersonInput,
    SocialPageInput,
)
from coalition.endorsements.records import EndorsementInput, record_endorsement
from coalition.search import listing
from coalition.search import query as search_module
from coalition.search.listing import CAMPAIGNS, ENDORSEMENTS, ORGANIZATIONS, PEOPLE, ListQuery
from coalition.search.query import match_expression, search
from coalition.store import Database, open_database
from coalition.store.base import sort_key
from coalition.store.changes import writes


@pytest.fixture
def coalition(session: Session, make_org, make_person, make_campaign) -> SimpleNamespace:
    """A small coalition, made through the services as the app would."""
    yes = make_org(
        "Yes California",
        short_name="YesCA",
        kind="grassroots",
        home_state="CA",
        tags=["independence", "ballot"],
        social_pages=[SocialPageInput("X", "x.com/yesca")],
    )
    calexit = make_org(
        "calexit",
        kind="political_party",
        home_state="CA",
        status="prospective",
        tags=["independence"],
    )
    tnm = make_org("Texas Nationalist Movement", short_name="TNM", kind="501c4", home_state="TX")
    chapter = make_org(
        "Yes California San Diego", kind="state_chapter", home_state="CA", parent_id=yes.id
    )
    jane = make_person(
        "Jane Doe", emails=["jane.doe@example.org"], phones=["916-555-0142"], state="CA"
    )
    smith = make_person("jane Smith", emails=["jsmith@example.org"], state="OR")
    jamal = make_person("Jamal Brown", emails=["jamal@example.org"], state="TX")
    jose = make_person(
        "José Núñez", emails=["jose@example.org"], state="CA", notes="Se habla español"
    )
    directory.add_membership(
        session, MembershipInput(jane.id, yes.id, role="Chair", represents_state="CA")
    )
    directory.add_membership(session, MembershipInput(jose.id, yes.id, role="Member"))
    directory.add_membership(
        session, MembershipInput(jamal.id, tnm.id, role="Liaison", represents_state="TX")
    )
    initiative = make_campaign(
        "California Independence Initiative",
        owner_id=yes.id,
        vote_date="2028-11-07",
        signature_goal=546651,
    )
    statement = make_campaign(
        "Statement on self-determination", kind="statement", description="Joint statement"
    )
    candidate = make_campaign("Andrea for Assembly", kind="candidate", vote_date="2026-11-03")
    e1 = record_endorsement(
        session,
        EndorsementInput(endorser_org_id=yes.id, campaign_id=initiative.id, status="endorsed"),
    )
    e2 = record_endorsement(
        session,
        EndorsementInput(endorser_org_id=tnm.id, campaign_id=initiative.id, status="pending"),
    )
    e3 = record_endorsement(
        session,
        EndorsementInput(
            endorser_person_id=jane.id,
            campaign_id=statement.id,
            status="conditional",
            condition="full text first",
        ),
    )
    e4 = record_endorsement(
        session,
        EndorsementInput(endorser_org_id=calexit.id, target_org_id=yes.id, status="endorsed"),
    )
    return SimpleNamespace(**locals())


def _titles(session: Session, query: str, **kw: Any) -> list[str]:
    return [h.title for h in search(session, query, **kw)]


# --- search --------------------------------------------------------------------------


def test_search_narrows_as_you_type(session: Session, coalition: SimpleNamespace) -> None:
    people = ("person",)
    assert sorted(_titles(session, "j", kinds=people)) == [
        "Jamal Brown",
        "Jane Doe",
        "José Núñez",
        "jane Smith",
    ]
    assert sorted(_titles(session, "ja", kinds=people)) == ["Jamal Brown", "Jane Doe", "jane Smith"]
    assert sorted(_titles(session, "jan", kinds=people)) == ["Jane Doe", "jane Smith"]
    assert _titles(session, "jane d") == ["Jane Doe"]
    assert _titles(session, "JANE DO") == ["Jane Doe"]
    assert _titles(session, "jane doe x") == []


def test_one_or_two_letters_find_names_that_start_so(
    session: Session, coalition: SimpleNamespace
) -> None:
    """Short words match names by their start, the few kinds first; from three letters on,
    any word of a record (an e-mail, a last name) counts."""
    assert [(h.kind, h.title) for h in search(session, "ca")] == [
        ("organization", "calexit"),
        ("campaign", "California Independence Initiative"),
    ]
    assert _titles(session, "tn") == ["Texas Nationalist Movement"]  # by its short name
    assert _titles(session, "jo") == ["José Núñez"]  # accents folded
    assert _titles(session, "ja", kinds=("person",)) == ["Jamal Brown", "Jane Doe", "jane Smith"]
    assert _titles(session, "do") == []  # a last name needs three letters…
    assert _titles(session, "doe") == ["Jane Doe"]  # …then the index finds any word


def test_search_ignores_accents_both_ways(session: Session, coalition: SimpleNamespace) -> None:
    assert _titles(session, "jose") == ["José Núñez"]
    assert _titles(session, "José") == ["José Núñez"]
    assert _titles(session, "nunez") == ["José Núñez"]
    assert _titles(session, "espanol") == ["José Núñez"]  # in the notes


def test_search_by_email_tag_and_membership(session: Session, coalition: SimpleNamespace) -> None:
    assert _titles(session, "jsmith") == ["jane Smith"]
    assert _titles(session, "jane.doe@example") == ["Jane Doe"]
    assert sorted(_titles(session, "independence", kinds=("organization",))) == [
        "Yes California",
        "calexit",
    ]
    # Members are found by their organization's short name.
    assert sorted(_titles(session, "yesca", kinds=("person",))) == ["Jane Doe", "José Núñez"]
    assert _titles(session, "joint statement") == ["Statement on self-determination"]


def test_search_ranks_titles_first_and_limits(session: Session, coalition: SimpleNamespace) -> None:
    hits = search(session, "yes california")
    # The organizations named so come before the people whose membership mentions them.
    assert {h.title for h in hits[:2]} == {"Yes California", "Yes California San Diego"}
    assert {h.kind for h in hits[2:]} <= {"person"}
    assert len(search(session, "yes", limit=1)) == 1
    hit = search(session, "espan")[0]
    assert (hit.kind, hit.id) == ("person", coalition.jose.id)
    assert "[" in hit.snippet and "]" in hit.snippet  # the matched word is marked


TYPED = [
    '"',
    '""',
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "*",
    "(",
    ")",
    "jane AND",
    "jane OR (",
    '"jane',
    "jane*",
    "title:jane",
    "-jane",
    "^jane",
    "jane + doe",
    "{kind}",
    "'",
    "a'b",
    "100%",
    "_",
    "\\",
    "; DROP TABLE person;--",
    "",
    "   ",
    "…",
    "🙂",
    "NEAR(jane doe, 2)",
]


def test_anything_typed_never_breaks_search(session: Session, coalition: SimpleNamespace) -> None:
    for typed in TYPED:
        hits = search(session, typed)
        assert isinstance(hits, list), typed
        # Lists filter with the same expression; they must not fail either.
        for spec in (PEOPLE, ORGANIZATIONS, CAMPAIGNS, ENDORSEMENTS):
            n = listing.count(session, spec, ListQuery(text=typed))
            assert len(listing.page(session, spec, ListQuery(text=typed), 0, 100)) == n, (
                typed,
                spec.name,
            )
    assert listing.count(session, PEOPLE, ListQuery()) == 4  # and nothing was dropped


def test_operators_typed_are_words_not_syntax(session: Session, coalition: SimpleNamespace) -> None:
    assert match_expression("jane AND (doe") == '"jane"* "AND"* "doe"*'
    assert match_expression('" * ( ) -') == ""
    assert _titles(session, '"jane d') == ["Jane Doe"]
    assert _titles(session, "(jane) doe*") == ["Jane Doe"]


def test_search_follows_renames_and_deletes(session: Session, coalition: SimpleNamespace) -> None:
    c = coalition
    directory.update_person(
        session,
        c.jane.id,
        PersonInput(name="Janet Roe", emails=["janet.roe@example.org"], state="CA"),
    )
    assert _titles(session, "doe") == []
    assert _titles(session, "roe") == ["Janet Roe"]
    assert _titles(session, "janet.roe") == ["Janet Roe"]

    # Renaming an organization renames it in its members' documents too.
    directory.update_organization(
        session, c.yes.id, OrganizationInput(name="Calexit Now", home_state="CA")
    )
    assert sorted(_titles(session, "calexit now", kinds=("person",))) == ["Janet Roe", "José Núñez"]
    assert _titles(session, "yes california", kinds=("organization",)) == [
        "Yes California San Diego"
    ]

    # A new tag is searchable at once.
    directory.update_organization(
        session, c.tnm.id, OrganizationInput(name="Texas Nationalist Movement", tags=["texit"])
    )
    assert _titles(session, "texit") == ["Texas Nationalist Movement"]

    delete_person(session, c.jose.id)
    assert _titles(session, "jose") == []
    delete_organization(session, c.tnm.id)
    assert _titles(session, "texas") == []
    # Jamal left with the organization's membership: no longer found by it.
    assert _titles(session, "tnm") == []
    assert _titles(session, "jamal") == ["Jamal Brown"]


def test_search_forgets_a_removed_tag_or_email(session: Session, make_org, make_person) -> None:
    """Even when nothing else of the record changed in that edit."""
    org = make_org("Yes California", tags=["independence", "ballot"])
    directory.update_organization(
        session, org.id, OrganizationInput(name="Yes California", tags=["ballot"])
    )
    assert _titles(session, "ballot") == ["Yes California"]
    assert _titles(session, "independence") == []
    jane = make_person("Jane Doe", emails=["jane@example.org", "jdoe@example.org"])
    assert _titles(session, "jdoe") == ["Jane Doe"]
    directory.update_person(
        session, jane.id, PersonInput(name="Jane Doe", emails=["jane@example.org"])
    )
    assert _titles(session, "jdoe") == []


def test_a_deleted_record_leaves_no_words_for_the_next(session: Session, make_person) -> None:
    """SQLite hands a deleted row's rowid to the next row; its old words must not follow."""
    make_person("Ada Zephyrine", emails=["ada@example.org"])
    last = make_person("Bo Quillfeather", emails=["bo@example.org"])
    delete_person(session, last.id)
    make_person("Cy Newcomer", emails=["cy@example.org"])
    assert _titles(session, "quillfeather") == []
    assert _names(session, PEOPLE, ListQuery(text="quill")) == []
    assert _names(session, PEOPLE, ListQuery(text="cy")) == ["Cy Newcomer"]


def test_a_failed_delete_keeps_the_record_findable(session: Session, make_person) -> None:
    """A delete rolled back by a later failure in the same write leaves the index whole."""
    jane = make_person("Jane Doe", emails=["jane@example.org"])

    @writes("Delete, then fail")
    def delete_then_fail(s: Session) -> None:
        delete_person(s, jane.id)
        s.flush()
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        delete_then_fail(session)
    make_person("Someone Else")  # the next write must not drop Jane's document
    assert _titles(session, "jane") == ["Jane Doe"]


def test_new_records_are_found_immediately(session: Session, make_campaign) -> None:
    assert search(session, "andrea") == []
    make_campaign("Andrea for Assembly", kind="candidate", description="District 7")
    assert [(h.kind, h.title) for h in search(session, "andrea")] == [
        ("campaign", "Andrea for Assembly")
    ]
    assert _titles(session, "district") == ["Andrea for Assembly"]


# --- lists ---------------------------------------------------------------------------


def _names(session: Session, spec: listing.ListSpec, query: ListQuery, col: int = 1) -> list[str]:
    return [row[col] for row in listing.page(session, spec, query, 0, 1000)]


def test_people_list_sorts_and_filters(session: Session, coalition: SimpleNamespace) -> None:
    c = coalition
    everyone = ListQuery()
    assert listing.count(session, PEOPLE, everyone) == 4
    assert _names(session, PEOPLE, everyone) == [
        "Jamal Brown",
        "Jane Doe",
        "jane Smith",
        "José Núñez",
    ]
    assert _names(session, PEOPLE, ListQuery(descending=True)) == [
        "José Núñez",
        "jane Smith",
        "Jane Doe",
        "Jamal Brown",
    ]
    # Each row: the id, then one value per column.
    row = listing.page(session, PEOPLE, ListQuery(filters={"state": "CA"}, text="jane"), 0, 10)
    assert row == [
        (c.jane.id, "Jane Doe", "jane.doe@example.org", "+1 916-555-0142", "CA", "YesCA", "CA")
    ]
    assert PEOPLE.headers == ["Name", "E-mail", "Phone", "State", "Organizations", "Represents"]

    assert _names(session, PEOPLE, ListQuery(sort="email")) == [
        "Jamal Brown",
        "Jane Doe",
        "José Núñez",
        "jane Smith",
    ]
    assert _names(session, PEOPLE, ListQuery(sort="state", descending=True), col=4) == [
        "TX",
        "OR",
        "CA",
        "CA",
    ]
    # A column too costly to sort by falls back to the name.
    assert _names(session, PEOPLE, ListQuery(sort="phone")) == _names(session, PEOPLE, everyone)

    assert _names(session, PEOPLE, ListQuery(filters={"state": "CA"})) == ["Jane Doe", "José Núñez"]
    assert _names(session, PEOPLE, ListQuery(filters={"organization": c.yes.id})) == [
        "Jane Doe",
        "José Núñez",
    ]
    assert _names(session, PEOPLE, ListQuery(filters={"representatives": "1"})) == [
        "Jamal Brown",
        "Jane Doe",
    ]
    assert _names(session, PEOPLE, ListQuery(text="jan")) == ["Jane Doe", "jane Smith"]
    assert _names(session, PEOPLE, ListQuery(text="jan", filters={"state": "OR"})) == ["jane Smith"]
    # Empty and unknown filters are ignored.
    assert listing.count(session, PEOPLE, ListQuery(filters={"state": "", "colour": "red"})) == 4


def test_people_list_filters_by_the_start_of_names_while_words_are_short(
    session: Session, coalition: SimpleNamespace
) -> None:
    """One or two letters in the People list's filter find names that start so, as Ctrl+K
    does (every address holds "example.org": "ex" would otherwise list everyone); from
    three letters on, any word of a record counts, and a filter chosen still narrows."""
    assert _names(session, PEOPLE, ListQuery(text="ja")) == [
        "Jamal Brown",
        "Jane Doe",
        "jane Smith",
    ]
    assert listing.count(session, PEOPLE, ListQuery(text="ja")) == 3
    assert _names(session, PEOPLE, ListQuery(text="JO")) == ["José Núñez"]  # accents folded
    assert _names(session, PEOPLE, ListQuery(text="ex")) == []
    assert listing.count(session, PEOPLE, ListQuery(text="ex")) == 0
    assert listing.count(session, PEOPLE, ListQuery(text="exa")) == 4
    assert _names(session, PEOPLE, ListQuery(text="do")) == []  # a last name needs three letters
    assert _names(session, PEOPLE, ListQuery(text="doe")) == ["Jane Doe"]
    only_or = ListQuery(text="ja", filters={"state": "OR"})
    assert _names(session, PEOPLE, only_or) == ["jane Smith"]
    assert listing.count(session, PEOPLE, only_or) == 1
    assert _names(session, PEOPLE, ListQuery(text="ja", descending=True)) == [
        "jane Smith",
        "Jane Doe",
        "Jamal Brown",
    ]


def test_row_of_finds_a_row_in_the_sorted_filtered_list(
    session: Session, coalition: SimpleNamespace
) -> None:
    c = coalition
    assert listing.row_of(session, PEOPLE, ListQuery(), c.jose.id) == 3
    assert listing.row_of(session, PEOPLE, ListQuery(descending=True), c.jose.id) == 0
    assert listing.row_of(session, PEOPLE, ListQuery(filters={"state": "CA"}), c.jose.id) == 1
    assert listing.row_of(session, PEOPLE, ListQuery(filters={"state": "TX"}), c.jose.id) is None
    assert listing.row_of(session, PEOPLE, ListQuery(), "no-such-id") is None


def test_organizations_list(session: Session, coalition: SimpleNamespace) -> None:
    c = coalition
    assert _names(session, ORGANIZATIONS, ListQuery()) == [
        "calexit",
        "Texas Nationalist Movement",
        "Yes California",
        "Yes California San Diego",
    ]
    assert _names(session, ORGANIZATIONS, ListQuery(filters={"kind": "political_party"})) == [
        "calexit"
    ]
    assert _names(session, ORGANIZATIONS, ListQuery(filters={"status": "prospective"})) == [
        "calexit"
    ]
    assert _names(session, ORGANIZATIONS, ListQuery(filters={"state": "TX"})) == [
        "Texas Nationalist Movement"
    ]
    assert _names(session, ORGANIZATIONS, ListQuery(filters={"tag": "independence"})) == [
        "calexit",
        "Yes California",
    ]
    assert _names(
        session,
        ORGANIZATIONS,
        ListQuery(filters={"tag": "independence", "state": "CA", "kind": "grassroots"}),
    ) == ["Yes California"]
    assert _names(session, ORGANIZATIONS, ListQuery(text="yes cal")) == [
        "Yes California",
        "Yes California San Diego",
    ]
    by_members = listing.page(
        session, ORGANIZATIONS, ListQuery(sort="members", descending=True), 0, 2
    )
    assert [(r[1], r[6]) for r in by_members] == [
        ("Yes California", 2),
        ("Texas Nationalist Movement", 1),
    ]
    chapter = listing.page(
        session, ORGANIZATIONS, ListQuery(filters={"kind": "state_chapter"}), 0, 5
    )
    assert chapter[0][0] == c.chapter.id and chapter[0][7] == "Yes California"  # "Part of"


def test_campaigns_list(session: Session, coalition: SimpleNamespace) -> None:
    assert _names(session, CAMPAIGNS, ListQuery()) == [
        "Andrea for Assembly",
        "California Independence Initiative",
        "Statement on self-determination",
    ]
    assert _names(session, CAMPAIGNS, ListQuery(filters={"kind": "statement"})) == [
        "Statement on self-determination"
    ]
    assert _names(session, CAMPAIGNS, ListQuery(text="independ")) == [
        "California Independence Initiative"
    ]
    rows = listing.page(session, CAMPAIGNS, ListQuery(sort="vote_date", descending=True), 0, 10)
    assert [r[1] for r in rows[:2]] == ["California Independence Initiative", "Andrea for Assembly"]
    initiative = next(r for r in rows if r[1] == "California Independence Initiative")
    value = {c.key: initiative[i + 1] for i, c in enumerate(CAMPAIGNS.columns)}
    assert value["owner"] == "Yes California"
    assert value["signature_goal"] == 546651
    assert value["endorsed"] == 1  # pending ones do not count


def test_endorsements_list(session: Session, coalition: SimpleNamespace) -> None:
    c = coalition
    assert listing.count(session, ENDORSEMENTS, ListQuery()) == 4
    assert [(r[1], r[2]) for r in listing.page(session, ENDORSEMENTS, ListQuery(), 0, 10)] == [
        ("calexit", "Yes California"),
        ("Jane Doe", "Statement on self-determination"),
        ("Texas Nationalist Movement", "California Independence Initiative"),
        ("Yes California", "California Independence Initiative"),
    ]
    assert (
        _names(session, ENDORSEMENTS, ListQuery(sort="target", descending=True), col=2)[0]
        == "Yes California"
    )
    assert _names(session, ENDORSEMENTS, ListQuery(filters={"status": "endorsed"})) == [
        "calexit",
        "Yes California",
    ]
    assert _names(session, ENDORSEMENTS, ListQuery(filters={"campaign": c.initiative.id})) == [
        "Texas Nationalist Movement",
        "Yes California",
    ]
    assert _names(session, ENDORSEMENTS, ListQuery(filters={"endorser": c.jane.id})) == ["Jane Doe"]
    # Text matches the endorser or what is endorsed.
    assert _names(session, ENDORSEMENTS, ListQuery(text="texas")) == ["Texas Nationalist Movement"]
    assert _names(session, ENDORSEMENTS, ListQuery(text="self-determ")) == ["Jane Doe"]
    conditional = listing.page(
        session, ENDORSEMENTS, ListQuery(filters={"status": "conditional"}), 0, 5
    )
    assert conditional[0][0] == c.e3.id and conditional[0][4] == "full text first"
    assert listing.row_of(session, ENDORSEMENTS, ListQuery(), c.e1.id) == 3


@writes("Add many people")
def _add_people(session: Session, names: list[str]) -> None:
    """One write for the whole batch (a nested service call joins the outer transaction)."""
    states = ["CA", "OR", "TX", "NY", ""]
    for i, name in enumerate(names):
        directory.create_person(
            session,
            PersonInput(
                name=name, emails=[f"person{i}@example.org"], state=states[i % len(states)]
            ),
        )


def test_paging_two_thousand_people_is_consistent(session: Session) -> None:
    rng = random.Random(20)
    first = [
        "ana",
        "Ana",
        "BEN",
        "ben",
        "Carla",
        "dmitri",
        "Eve",
        "frank",
        "Zoe",
        "zed",
        "Mia",
        "mia",
    ]
    last = ["Lee", "lee", "Ng", "Smith", "smith", "Garcia", "Okafor", "Brown"]
    # Many exact and case-only duplicates: ties must not shuffle across page boundaries.
    names = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(2000)]
    _add_people(session, names)

    query = ListQuery()
    total = listing.count(session, PEOPLE, query)
    assert total == 2000
    full = listing.page(session, PEOPLE, query, 0, total)
    # By name, case breaking the ties of letters (lower first), then by id.
    expected = sorted((sort_key(r[1]), r[0]) for r in full)
    assert [(sort_key(r[1]), r[0]) for r in full] == expected

    for size in (97, 250):
        paged = []
        for offset in range(0, total, size):
            paged.extend(listing.page(session, PEOPLE, query, offset, size))
        assert paged == full
        assert len({r[0] for r in paged}) == total

    backwards = listing.page(session, PEOPLE, ListQuery(descending=True), 0, total)
    assert backwards == list(reversed(full))

    for row_id in (full[0][0], full[1234][0], full[-1][0]):
        index = next(i for i, r in enumerate(full) if r[0] == row_id)
        assert listing.row_of(session, PEOPLE, query, row_id) == index

    # The same holds for a filtered, text-searched list.
    filtered = ListQuery(text="smi", filters={"state": "CA"})
    n = listing.count(session, PEOPLE, filtered)
    assert 0 < n < total
    paged = []
    for offset in range(0, n, 33):
        paged.extend(listing.page(session, PEOPLE, filtered, offset, 33))
    assert [r[0] for r in paged] == [r[0] for r in full if r[4] == "CA" and "smith" in r[1].lower()]


def test_accented_names_sort_with_their_letter(session: Session, make_person) -> None:
    """Case and accents are folded: 'Élise' sorts among the e's, not after 'Zoe'."""
    for name in ["Zoe Adams", "Éric Blanc", "adam Smith", "élise Roy", "Frank Ng"]:
        make_person(name)
    assert _names(session, PEOPLE, ListQuery()) == [
        "adam Smith",
        "élise Roy",
        "Éric Blanc",
        "Frank Ng",
        "Zoe Adams",
    ]


# --- whatever is pasted ----------------------------------------------------------------

PASTED = "We will need to see the full text first. " * 400 + "a b c d e f g h i j " * 3000


@pytest.fixture(scope="module")
def sample_db(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> Iterator[Database]:
    """The sample coalition, loaded once for the tests that only read it."""
    from coalition import sample

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    with database.session() as s:
        sample.load_sample(s)
    yield database
    database.close()


def test_a_pasted_page_of_short_words_is_searched_by_its_start(sample_db: Database) -> None:
    with sample_db.reading() as s:
        assert search(s, "a b " * 30000) == search(s, "a b " * 6)
        assert search(s, "yes " * 5000)  # "Yes California"
        assert search(s, PASTED) == search(s, " ".join(PASTED.split()[: search_module.MAX_WORDS]))
    assert search_module.is_cut(PASTED) and not search_module.is_cut("Yes California")
    # A word cut by the limit is left out rather than searched as a wrong prefix.
    words, cut = search_module.searched_words(
        "x" * (search_module.MAX_CHARS - 3) + " californ" + "ia"
    )
    assert cut and words == ["x" * (search_module.MAX_CHARS - 3)]


def test_search_syntax_typed_is_taken_literally(sample_db: Database) -> None:
    with sample_db.reading() as s:
        plain = search(s, "Yes California")
        assert any(h.title == "Yes California" for h in plain)
        for typed in (
            '"Yes California',
            "Yes* California",
            "^Yes California",
            "(Yes) California)",
            "Yes: California",
            "title:Yes California",
            '"Yes" "California"*',
        ):
            assert search(s, typed) == search(
                s, "Yes California" + (" title" if "title" in typed else "")
            ), typed
        # Operators are words to find like any other, in any case.
        for word in ("NEAR", "AND", "OR", "NOT"):
            assert search(s, f"Yes {word} California") == search(
                s, f"yes {word.lower()} california"
            )


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    typed=st.one_of(
        st.text(),
        st.text(min_size=1000, max_size=3000),
        st.builds(  # a pasted page: a few words and signs, over and over
            lambda words, times: " ".join(words * times),
            st.lists(
                st.sampled_from(["a", "é", "yes", "NEAR", "AND", '"', "*", "(", ":", "^"]),
                min_size=1,
                max_size=6,
            ),
            st.integers(1, 30000),
        ),
    )
)
def test_any_text_pasted_is_answered_without_an_error(sample_db: Database, typed: str) -> None:
    with sample_db.reading() as s:
        hits = search(s, typed)
        assert len(hits) <= 50
        for spec in (PEOPLE, ORGANIZATIONS):
            assert listing.count(s, spec, ListQuery(text=typed)) >= 0
