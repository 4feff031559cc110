"""A word that matches a great many people (a statewide directory): what the organizer sees
while typing, without the search ranking every match."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from coalition.search import listing
from coalition.search import query as search_module
from coalition.search.listing import PEOPLE, ListQuery
from coalition.search.query import search


@pytest.fixture
def many_marias(session: Session, make_person, make_campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """More people match "mar" than the search ranks (the limit brought down to 3)."""
    monkeypatch.setattr(search_module, "RANKED", 3)
    for name in ("Ana Martínez", "Zoe Marsh", "Maria Lopez", "Marco Rossi", "Ben Kim"):
        make_person(name, emails=[f"{name.split()[0].lower()}@example.org"])
    make_person("Omar Haddad", emails=["omar@example.org"], notes="met at the march")
    make_campaign("March for the ballot")
    session.flush()


def test_names_that_start_so_come_first_then_other_names(
    session: Session, many_marias: None
) -> None:
    titles = [hit.title for hit in search(session, "mar")]
    # The campaign is ranked; the people, too many to rank, follow it: the names that
    # start with what was typed in their order, then those with such a word, then the rest.
    assert titles[0] == "March for the ballot"
    assert titles[1:3] == ["Marco Rossi", "Maria Lopez"]
    assert set(titles[3:5]) == {"Ana Martínez", "Zoe Marsh"}
    assert titles[5:] == ["Omar Haddad"]


def test_the_limit_holds_and_nobody_twice(session: Session, many_marias: None) -> None:
    hits = search(session, "mar", limit=3)
    assert len(hits) == 3
    assert len({hit.id for hit in hits}) == 3


def test_few_matches_are_still_ranked(session: Session, many_marias: None) -> None:
    assert [hit.title for hit in search(session, "rossi")] == ["Marco Rossi"]


def test_the_people_list_counts_what_it_shows(session: Session, many_marias: None) -> None:
    query = ListQuery(text="mar")
    shown = listing.page(session, PEOPLE, query, 0, 100)
    assert listing.count(session, PEOPLE, query) == len(shown) == 5
    walled = ListQuery(text="mar", filters={"state": "CA"})
    assert listing.count(session, PEOPLE, walled) == 0


@pytest.fixture
def marshes_and_zoes(session: Session, make_person) -> None:  # type: ignore[no-untyped-def]
    """A surname shared by a fifth of the people, spread over the whole list by their
    first names, and a first name shared by a tenth, all at the end of the list."""
    first = ["Ada", "Bea", "Cruz", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai"]
    for n in range(300):
        surname = "Marsh" if n % 5 == 0 else f"Other{n:03d}"
        given = "Zoe" if n % 10 == 3 else first[n % len(first)]
        make_person(f"{given} {surname}")
    session.flush()


@pytest.mark.parametrize("typed", ["marsh", "zoe", "zoe other", "other0"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_word_most_people_share_lists_in_the_same_order(
    session: Session, marshes_and_zoes: None, monkeypatch, typed: str, descending: bool
) -> None:  # type: ignore[no-untyped-def]
    """Walking the name index for a common word shows the same pages, in the same order,
    as sorting every match; where the matches gather at one end it falls back."""
    query = ListQuery(text=typed, descending=descending)
    walked = [listing.page(session, PEOPLE, query, offset, 5) for offset in (0, 5, 40)]
    monkeypatch.setattr(listing, "DENSE", 0)  # never walk
    sorted_ = [listing.page(session, PEOPLE, query, offset, 5) for offset in (0, 5, 40)]
    assert walked == sorted_
    assert walked[0], typed


def test_the_walk_is_taken_for_a_spread_word_only(session: Session, marshes_and_zoes: None) -> None:
    spread = listing._dense_page(session, PEOPLE, ListQuery(text="marsh"), 0, 5)
    assert spread is not None and len(spread) == 5
    # The Zoes are all at the end: the walk from the start gives up for the usual sort,
    # and from the end (descending) finds them at once.
    assert listing._dense_page(session, PEOPLE, ListQuery(text="zoe"), 0, 5) is None
    assert listing._dense_page(session, PEOPLE, ListQuery(text="zoe", descending=True), 0, 5)
