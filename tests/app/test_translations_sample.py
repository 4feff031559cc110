"""The sample coalition in the language the app speaks when it is loaded: its own labels
and agenda in Spanish, its people's and groups' names as they are, and an English load
as it always was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from coalition.cli import language as cli_language
from coalition.cli import main
from coalition.common import i18n
from coalition.sample import SampleSummary, facts, summarize
from coalition.sample.goal_figures import VIEWS_GOAL_NAME
from coalition.sample.people import PEOPLE
from coalition.sample.weekly_call import CALL_TITLE, ROLL_CALL
from coalition.store.database import open_database
from coalition.store.models import (
    CallSeries,
    Goal,
    Membership,
    Organization,
    Person,
    Shift,
    StandingItem,
    Tag,
)
from profile_helpers import set_profile


@pytest.fixture
def empty_db(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "coalition.db"
    shutil.copyfile(migrated_template, path)
    return set_profile(path)


def _demo(db: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli_language.ENVIRONMENT, lang)
    assert main(["--db", str(db), "demo"]) == 0
    i18n.uninstall()


def _read(db: Path) -> tuple[SampleSummary, dict[str, set[str]]]:
    """What the sample holds: its counts, and the texts of each kind of record."""
    database = open_database(db)
    try:
        with database.session() as s:
            return summarize(s), {
                "series": set(s.scalars(select(CallSeries.title))),
                "standing": set(s.scalars(select(StandingItem.title))),
                "goals": set(s.scalars(select(Goal.name))),
                "units": set(s.scalars(select(Goal.unit))),
                "people": set(s.scalars(select(Person.name))),
                "organizations": set(s.scalars(select(Organization.name))),
                "roles": set(s.scalars(select(Membership.role))),
                "tags": set(s.scalars(select(Tag.name))),
                "shifts": set(s.scalars(select(Shift.title))),
            }
    finally:
        database.close()


def test_the_sample_loaded_in_spanish_speaks_spanish_and_keeps_its_names(
    empty_db: Path, tmp_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _demo(empty_db, "es", monkeypatch)
    spanish_summary, spanish = _read(empty_db)
    english_db = set_profile(Path(shutil.copyfile(migrated_template, tmp_path / "en.db")))
    _demo(english_db, "en", monkeypatch)
    english_summary, english = _read(english_db)

    assert spanish["series"] == {"Llamada de la coalición"}
    assert "Pase de lista por estado" in spanish["standing"]
    assert "20 estados con páginas en redes sociales" in spanish["goals"]
    assert "vistas" in spanish["units"]
    assert "Coordinación de la coalición" in spanish["roles"]
    assert "multiestatal" in spanish["tags"]
    assert "Mesa" in spanish["shifts"]
    # Names stay names: the people and the groups are the same in both languages.
    assert spanish["people"] == english["people"]
    assert {p.name for p in PEOPLE} <= spanish["people"]
    assert spanish["organizations"] == english["organizations"]
    # The English load is the sample as it always was, and both hold the same records.
    assert english["series"] == {CALL_TITLE}
    assert ROLL_CALL in english["standing"]
    assert {facts.STATES_GOAL_NAME, VIEWS_GOAL_NAME} <= english["goals"]
    assert "Llamada de la coalición" not in str(english)
    assert spanish_summary == english_summary
    assert spanish_summary.calls > 0 and spanish_summary.people > len(PEOPLE)  # and walk-ins
