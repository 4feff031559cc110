"""Suggestions through the suite's real PostgreSQL server: a change the server's walls
refused goes to the coordinators as a suggestion, one applies it, the record's group
gets the change, and no other group reads the suggestion."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from coalition.store.changes import IDENTITY
from coalition.store.models import Person, Suggestion
from coalition.sync import suggestions
from coalition.sync.conflicts import conflicts
from sync_helpers import Laptop, Server
from walls_helpers import Roles, add_group, add_person, rename


@contextlib.contextmanager
def member_of(org_id: str, org: str) -> Iterator[None]:
    saved = dict(vars(IDENTITY))
    IDENTITY.role, IDENTITY.org_id, IDENTITY.org = "member", org_id, org
    try:
        yield
    finally:
        vars(IDENTITY).update(saved)


def name_on(laptop: Laptop, person_id: str) -> str:
    with laptop.db.reading() as s:
        person = s.get(Person, person_id)
        assert person is not None
        return person.name


@pytest.fixture
def laptops(tmp_path: Path, migrated_template: Path) -> Iterator[dict[str, Laptop]]:
    made = {
        name: Laptop(tmp_path / f"{name}.db", migrated_template, name)
        for name in ("staff", "ana", "ben")
    }
    yield made
    for laptop in made.values():
        laptop.close()


def test_a_refused_edit_sent_as_a_suggestion_is_applied_by_a_coordinator(
    laptops: dict[str, Laptop], pg_url: str, roles: Roles
) -> None:
    staff, ana, ben = laptops["staff"], laptops["ana"], laptops["ben"]
    with staff.session() as s:
        alpha, beta = add_group(s, "Alpha Party"), add_group(s, "Beta Fund")
        sam = add_person(s, "Sam Shared", alpha)
    owner = Server(pg_url)
    staff.sync(owner)
    alpha_role = roles.make(alpha, "member", "Ana of Alpha")
    ana_server = Server(alpha_role.url())
    ben_server = Server(roles.make(beta, "member", "Ben of Beta").url())

    ben.sync(ben_server)
    with ben.session() as s:  # this laptop's walls let it; the server's do not
        rename(s, sam, "Sam Renamed by Beta")
    assert ben.sync(ben_server).conflicts == 1
    with member_of(beta, "Beta Fund"), ben.session() as s:
        (refused,) = conflicts(s)
        made = suggestions.suggest_from_conflict(s, refused.id, "Sam goes by his full name")
    assert name_on(ben, sam) == "Sam Shared"  # withdrawn: the server's copy again
    with ben.db.reading() as s:
        assert conflicts(s) == []
    with member_of(beta, "Beta Fund"):
        assert ben.sync(ben_server).conflicts == 0

    staff.sync(owner)
    with staff.session() as s:
        (waiting,) = suggestions.open_suggestions(s)
        assert (waiting.id, waiting.proposed, waiting.suggested_by_org) == (
            made,
            {"name": "Sam Renamed by Beta"},
            "Beta Fund",
        )
        suggestions.apply(s, made)
    staff.sync(owner)

    with member_of(alpha, "Alpha Party"):
        ana.sync(ana_server)
    assert name_on(ana, sam) == "Sam Renamed by Beta"
    with ana.db.reading() as s:  # Beta's suggestion never reached Alpha's laptop
        assert s.scalars(select(Suggestion)).all() == []
    with alpha_role.connect() as conn:  # nor can Alpha's role read it on the server
        assert conn.execute("SELECT count(*) FROM suggestion").fetchone() == (0,)

    with member_of(beta, "Beta Fund"):
        ben.sync(ben_server)
        with ben.db.reading() as s:
            (mine,) = suggestions.suggestions(s)
            assert mine.status == "applied"
    assert name_on(ben, sam) == "Sam Renamed by Beta"
