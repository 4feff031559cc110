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
