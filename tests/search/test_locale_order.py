"""Names in the order a reader of English or Spanish expects, and found without accents."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.directory import records as directory
from coalition.search import listing
from coalition.search.listing import CAMPAIGNS, ORGANIZATIONS, PEOPLE, ListQuery
from coalition.search.query import search
from coalition.store import migrations, open_database
from coalition.store.base import fold, sort_key
from coalition.store.models import Person

NAMES = ["Núñez", "Nuo", "nuñez", "Nunez", "Nuñez", "Ángela", "Angela", "Müller", "Muller"]
EXPECTED = ["Angela", "Ángela", "Muller", "Müller", "Nunez", "nuñez", "Nuñez", "Núñez", "Nuo"]


def test_key_orders_accents_after_letters_and_case_after_accents() -> None:
    assert sorted(NAMES, key=sort_key) == EXPECTED
    # Accents weigh less than any letter, case less than any accent.
    assert sort_key("Núñez") < sort_key("Nunz")
    assert sort_key("Ana") < sort_key("Ana María") < sort_key("Anab")
    assert fold("Núñez") == fold("NUNEZ") == "nunez"
    assert all(c.isascii() for c in sort_key("Núñez").split("\x01", 1)[1])


def test_people_list_and_sql_order_follow_the_key(session: Session, make_person) -> None:
    for name in NAMES:
        make_person(name)
    session.flush()
    in_sql = session.scalars(select(Person.name).order_by(Person.sort_name)).all()
    assert in_sql == EXPECTED
    rows = listing.page(session, PEOPLE, ListQuery(sort="name"), 0, 50)
    assert [r[1] for r in rows] == EXPECTED


def test_search_ignores_accents_and_case(
    session: Session, make_person, make_org, make_campaign
) -> None:
    for name in NAMES:
        make_person(name)
    make_org("Unión de Vecinos", short_name="UnVé")
    make_campaign("Campaña por la Vivienda")
    session.flush()
    found = {h.title for h in search(session, "nu", kinds=("person",))}
    assert {"Núñez", "nuñez", "Nunez", "Nuñez", "Nuo"} <= found
    # Short words are read as the start of a name, without accents or case.
    assert {h.title for h in search(session, "an", kinds=("person",))} == {"Ángela", "Angela"}
    assert {h.title for h in search(session, "un", kinds=("organization",))} == {"Unión de Vecinos"}
    assert {h.title for h in search(session, "ca", kinds=("campaign",))} == {
        "Campaña por la Vivienda"
    }
    # Whole words through the full-text index, which folds accents too.
    assert {h.title for h in search(session, "nunez", kinds=("person",))} == {
        "Núñez",
        "nuñez",
        "Nunez",
        "Nuñez",
    }
    assert {h.title for h in search(session, "muller", kinds=("person",))} == {"Müller", "Muller"}
    assert {h.title for h in search(session, "union", kinds=("organization",))} == {
        "Unión de Vecinos"
    }
    assert {h.title for h in search(session, "campana", kinds=("campaign",))} == {
        "Campaña por la Vivienda"
    }
    # A list filtered by typing, where the list has no full-text index.
    assert listing.count(session, CAMPAIGNS, ListQuery(text="CAMPANA")) == 1
    assert listing.count(session, ORGANIZATIONS, ListQuery(text="union")) == 1


def test_existing_names_get_the_new_key_on_upgrade(tmp_path: Path) -> None:
    """A database whose keys were made before accents and case counted is sorted anew."""
    db = open_database(tmp_path / "old.db")
    try:
        with db.session() as s:
            for name in NAMES:
                directory.create_person(s, directory.PersonInput(name=name))
        cfg = Config()
        cfg.set_main_option("script_location", str(migrations.HERE))
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0017")
        with db.session() as s:
            keys = set(s.scalars(select(Person.sort_name)))
            assert keys == {"angela", "muller", "nunez", "nuo"}  # the old key: ties
        migrations.upgrade(db.engine)
        with db.session() as s:
            assert s.scalars(select(Person.name).order_by(Person.sort_name)).all() == EXPECTED
    finally:
        db.close()


def test_a_shared_postgresql_database_sorts_names_the_same(pg_url: str) -> None:
    """On the coalition server the key is compared byte by byte, as in SQLite: the
    server's own locale would otherwise skip the levels' separator and mix them."""
    db = open_database(pg_url)
    try:
        with db.session() as s:
            for name in NAMES:
                directory.create_person(s, directory.PersonInput(name=name))
        with db.session() as s:
            assert s.scalars(select(Person.name).order_by(Person.sort_name)).all() == EXPECTED
    finally:
        db.close()
