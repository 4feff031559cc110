"""The Alembic scripts build exactly the schema the models describe, and carry data across."""

from __future__ import annotations

import datetime as dt
import sqlite3
import warnings
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Column, Engine, create_engine, inspect, text

from coalition.search import listing
from coalition.search import query as search
from coalition.store import migrations, open_database
from coalition.store.base import Base
from coalition.store.models import Membership, Organization, Person


def _expression_indexes() -> set[str]:
    """Indexes of the models built on an SQL expression (like lower(address)), not columns.

    SQLite reflection cannot read such indexes back, so autogenerate skips them (with a
    warning) and these tests check them by name in sqlite_master instead.
    """
    return {
        index.name
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if any(not isinstance(e, Column) for e in index.expressions)
    }


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations.HERE))
    return cfg


def _empty_engine(path: Path) -> Engine:
    return create_engine(f"sqlite:///{path}")


def test_head_constant_matches_scripts() -> None:
    assert migrations.script_head() == migrations.HEAD
    assert migrations.HEAD in migrations.all_revisions()
    assert migrations.all_revisions() >= {"0001", "0002"}


def test_empty_database_upgraded_to_head_has_every_table(tmp_path: Path) -> None:
    engine = _empty_engine(tmp_path / "empty.db")
    migrations.upgrade(engine)
    try:
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert {"organization_search", "person_search", "campaign_search"} <= tables
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.HEAD
            indexes = {
                r[0]
                for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
            }
        # Every index the models declare exists, the expression ones included.
        declared = {i.name for t in Base.metadata.tables.values() for i in t.indexes}
        assert declared <= indexes
    finally:
        engine.dispose()


def test_migrations_match_the_models(tmp_path: Path) -> None:
    """Autogenerate finds nothing to do: no model change was left without a migration."""
    engine = _empty_engine(tmp_path / "compare.db")
    migrations.upgrade(engine)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            with warnings.catch_warnings():
                # "skipping expression-based index": see _expression_indexes().
                warnings.simplefilter("ignore")
                diffs = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()

    def expected(diff: object) -> bool:
        # The FTS5 virtual tables (and the shadow tables SQLite makes for them) are created
        # by 0004 with raw SQL on purpose: they have no model, since SQLAlchemy cannot
        # describe a virtual table and the PostgreSQL server has none.  Autogenerate sees
        # them as tables "to remove"; they are the only differences allowed.
        if isinstance(diff, tuple) and diff[0] == "remove_table":
            return diff[1].name.split("_search")[0] in (
                "organization",
                "person",
                "campaign",
                "draft",
                "proposal",
            )
        if isinstance(diff, tuple) and diff[0] in ("add_index", "remove_index"):
            return diff[1].name in _expression_indexes()
        return False

    unexpected = [d for d in diffs if not expected(d)]
    assert unexpected == []


def _insert_0001_rows(path: Path) -> dict[str, str]:
    """Rows as Coalition 0.1 (schema 0001) wrote them, with plain SQL."""
    now = "2024-05-01 12:00:00.000000"
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "INSERT INTO organization (id, name, short_name, kind, home_state, website, status, "
            "notes,"
            " founded_on, created_at, updated_at)"
            " VALUES ('org-1', 'Yes California', 'YesCA', 'grassroots', 'CA',"
            " 'https://yescalifornia.example.org', 'active', 'the original campaign',"
            " '2015-01-15', ?, ?)",
            (now, now),
        )
        conn.execute(
            "INSERT INTO person (id, name, state, language, time_zone, notes, created_at, "
            "updated_at)"
            " VALUES ('person-1', 'Marcus Ruiz Evans', 'CA', 'en', 'America/Los_Angeles',"
            " '', ?, ?)",
            (now, now),
        )
        conn.execute(
            "INSERT INTO person (id, name, state, language, time_zone, notes, created_at, "
            "updated_at)"
            " VALUES ('person-2', 'Élise Roy', 'OR', '', '', '', ?, ?)",
            (now, now),
        )
        conn.execute(
            "INSERT INTO person_email (id, person_id, address, label, position, created_at, "
            "updated_at)"
            " VALUES ('email-1', 'person-1', 'mruizevans@example.org', 'work', 0, ?, ?)",
            (now, now),
        )
        conn.execute(
            "INSERT INTO membership (id, person_id, organization_id, role, since, represents_state,"
            " created_at, updated_at)"
            " VALUES ('member-1', 'person-1', 'org-1', 'Co-founder', '2015-01-15', 'CA', ?, ?)",
            (now, now),
        )
        conn.commit()
    finally:
        conn.close()
    return {"org": "org-1", "person": "person-1", "membership": "member-1"}


def test_data_written_at_0001_survives_upgrade_and_is_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = _empty_engine(path)
    migrations.upgrade(engine, "0001")
    engine.dispose()
    ids = _insert_0001_rows(path)

    db = open_database(path)
    try:
        assert db.backup_path is not None
        with db.reading() as s:
            org = s.get(Organization, ids["org"])
            assert org is not None
            assert (org.name, org.short_name, org.home_state) == ("Yes California", "YesCA", "CA")
            assert org.founded_on == dt.date(2015, 1, 15)
            assert org.created_at == dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
            person = s.get(Person, ids["person"])
            assert person is not None
            assert person.primary_email == "mruizevans@example.org"
            membership = s.get(Membership, ids["membership"])
            assert membership is not None
            assert (membership.role, membership.represents_state) == ("Co-founder", "CA")
            assert membership.organization.name == "Yes California"

            # The 0002 backfill indexed what was already there.
            by_email = search.search(s, "mruizev")
            assert [(h.kind, h.id) for h in by_email] == [("person", ids["person"])]
            by_name = search.search(s, "yes calif", kinds=("organization",))
            assert [h.id for h in by_name] == [ids["org"]]
            # A member is found through the name of their organization, too.
            assert ids["person"] in {h.id for h in search.search(s, "yesca", kinds=("person",))}
            assert [h.title for h in search.search(s, "elise")] == ["Élise Roy"]

            # Rows from before the sort keys existed sort like new ones (accents folded).
            people = listing.page(s, listing.PEOPLE, listing.ListQuery(), 0, 10)
            assert [r[1] for r in people] == ["Élise Roy", "Marcus Ruiz Evans"]
    finally:
        db.close()


def test_people_a_sign_up_left_without_a_sort_key_get_theirs(tmp_path: Path) -> None:
    path = tmp_path / "signed-up.db"
    engine = _empty_engine(path)
    migrations.upgrade(engine, "0019")
    engine.dispose()
    now = "2026-11-28 18:00:00.000000"
    conn = sqlite3.connect(path)
    try:
        for row_id, name, key in (
            ("p-1", "Zoe Alvarez", ""),  # signed up at the table: no key
            ("p-2", "Ana Ruiz", ""),
            ("p-3", "Marta Núñez", "marta nunez\x01\x01baaaabbaaa"),  # keyed: left as it is
        ):
            conn.execute(
                "INSERT INTO person (id, name, sort_name, state, language, time_zone, notes,"
                " created_at, updated_at) VALUES (?, ?, ?, 'CA', '', '', '', ?, ?)",
                (row_id, name, key, now, now),
            )
        conn.commit()
    finally:
        conn.close()

    db = open_database(path)
    try:
        with db.reading() as s:
            people = listing.page(s, listing.PEOPLE, listing.ListQuery(), 0, 10)
            assert [r[1] for r in people] == ["Ana Ruiz", "Marta Núñez", "Zoe Alvarez"]
            assert s.get(Person, "p-3").sort_name == "marta nunez\x01\x01baaaabbaaa"  # type: ignore[union-attr]
    finally:
        db.close()


def test_downgrade_to_base_and_back_up(tmp_path: Path) -> None:
    db = open_database(tmp_path / "roundtrip.db")
    try:
        cfg = _alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        with db.engine.connect() as conn:
            assert migrations.current_revision(conn) is None

        migrations.upgrade(db.engine)
        assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
        with db.engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.HEAD

        # And the rebuilt schema works end to end: a write is indexed and found.
        from coalition.directory import records as directory

        with db.session() as s:
            directory.create_organization(s, directory.OrganizationInput(name="Calexit Now"))
            assert [h.title for h in search.search(s, "calex")] == ["Calexit Now"]
    finally:
        db.close()


def test_downgrade_one_step_keeps_directory(tmp_path: Path) -> None:
    """Going back to 0001 drops only what 0002 added (search and audit), not the allies."""
    from coalition.directory import records as directory

    db = open_database(tmp_path / "step.db")
    try:
        with db.session() as s:
            directory.create_organization(s, directory.OrganizationInput(name="Yes California"))
        cfg = _alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        tables = set(inspect(db.engine).get_table_names())
        assert "change_log" not in tables and "search_index" not in tables
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM organization")).scalars().all() == [
                "Yes California"
            ]
    finally:
        db.close()
