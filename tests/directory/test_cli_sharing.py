"""`coalition share` and `coalition shares`, through :func:`coalition.cli.main` on real
SQLite files: an organization's organizers let another group read its private records,
and stop; that group's organizers find them meanwhile; nobody else may do it for them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from access_helpers import CHARITY, CHARITY_SECRET, TEXAS, build_world
from coalition.cli import EXIT_ERROR, main
from coalition.store import open_database
from profile_helpers import set_profile

TEXAS_ORGANIZER = ("profile", "--name", "Tex Organizer", "--email", "tex@example.org")
CHARITY_ORGANIZER = ("profile", "--name", "Cal Organizer", "--email", "cal@example.org")


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    """Texas and the charity (whose person is private to it), set up by a coordinator."""
    path = tmp_path / "coalition.db"
    shutil.copyfile(migrated_template, path)
    set_profile(path)
    db = open_database(path)
    try:
        with db.session() as session:
            build_world(session)
    finally:
        db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def act_for(capsys: pytest.CaptureFixture[str], db: Path, who: tuple[str, ...], org: str) -> None:
    code, _, err = run(capsys, db, *who, "--org", org, "--role", "member")
    assert code == 0, err


def finds(capsys: pytest.CaptureFixture[str], db: Path, text: str) -> bool:
    code, out, _ = run(capsys, db, "search", text)
    return code == 0 and text in out


def test_the_charity_shares_with_texas_until_it_stops(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    act_for(capsys, db_path, TEXAS_ORGANIZER, TEXAS)
    assert not finds(capsys, db_path, CHARITY_SECRET)

    act_for(capsys, db_path, CHARITY_ORGANIZER, CHARITY)
    code, out, err = run(
        capsys, db_path, "share", "--from", CHARITY, "--to", TEXAS, "--note", "joint canvass"
    )
    assert (code, err) == (0, "")
    assert out == f"{TEXAS}'s organizers may now read {CHARITY}'s private records\n"

    act_for(capsys, db_path, TEXAS_ORGANIZER, TEXAS)
    assert finds(capsys, db_path, CHARITY_SECRET)
    code, out, _ = run(capsys, db_path, "shares")
    header, line = out.splitlines()
    assert header == "from\tto\tsince\tgranted by\tstopped"
    giver, taker, since, by, stopped = line.split("\t")
    assert (giver, taker, by, stopped) == (CHARITY, TEXAS, "Cal Organizer", "no")
    assert len(since) == len("2026-12-07")

    act_for(capsys, db_path, CHARITY_ORGANIZER, CHARITY)
    code, out, err = run(
        capsys, db_path, "share", "--stop", "--from", CHARITY.lower(), "--to", TEXAS
    )
    assert (code, err) == (0, "")
    assert out == f"{CHARITY} no longer shares its private records with {TEXAS}\n"
    _, out, _ = run(capsys, db_path, "shares")
    assert out.splitlines()[1].split("\t")[4].endswith(" by Cal Organizer")

    act_for(capsys, db_path, TEXAS_ORGANIZER, TEXAS)
    assert not finds(capsys, db_path, CHARITY_SECRET)


def test_a_third_groups_organizer_cannot_share_for_another(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    act_for(capsys, db_path, ("profile", "--name", "Ore", "--email", "o@example.org"), "Red Oregon")
    code, out, err = run(capsys, db_path, "share", "--from", CHARITY, "--to", "Red Oregon")
    assert code != 0 and out == ""
    assert err == (
        f"coalition: Only {CHARITY}'s own organizers or a coordinator can share its private "
        "records or stop sharing them.\n"
    )
    _, out, _ = run(capsys, db_path, "shares")
    assert out == "No organization shares its private records with another.\n"
    assert not finds(capsys, db_path, CHARITY_SECRET)


def test_an_unknown_name_is_one_line_with_the_nearest_names(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(capsys, db_path, "share", "--from", "Golden State", "--to", TEXAS)
    assert (code, out) == (EXIT_ERROR, "")
    assert err == (
        "coalition: no organization called “Golden State” is in the directory; "
        f"did you mean “{CHARITY}”?\n"
    )


def test_stopping_what_was_never_shared_says_so(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, _, err = run(capsys, db_path, "share", "--stop", "--from", CHARITY, "--to", TEXAS)
    assert code != 0
    assert err == f"coalition: {CHARITY} does not share its private records with {TEXAS}\n"
