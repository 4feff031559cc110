"""`coalition profile` and `coalition history`: who uses a database, and who changed what.

Through :func:`coalition.cli.main` on real SQLite files; the refusal of a change before
anyone is set up also as a real process, whose environment names a login (USER) that
must appear nowhere.
"""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coalition.cli import EXIT_USAGE, main

CSV = Path(__file__).parents[1] / "data" / "csv" / "google_contacts.csv"
IMPORT = ("import-csv", "--kind", "people", str(CSV))
SET_DANA = ("profile", "--name", "Dana Reyes", "--email", "dana@example.org", "--org", "Red Oregon")


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    """An empty unencrypted database on which nobody is set up yet."""
    path = tmp_path / "coalition.db"
    shutil.copyfile(migrated_template, path)
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_change_before_anyone_is_set_up_says_how_and_names_no_login(
    tmp_path: Path, db_path: Path
) -> None:
    env = {**os.environ, "USER": "eventlaptop", "LOGNAME": "eventlaptop"}

    done = subprocess.run(
        [sys.executable, "-m", "coalition", "--db", str(db_path), *IMPORT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )

    assert done.returncode == EXIT_USAGE
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "coalition profile --name NAME --email ADDRESS --org ORGANIZATION" in done.stderr
    said = done.stderr.replace(str(db_path), "")  # the path holds the test's folder names
    assert "eventlaptop" not in said and getpass.getuser() not in said


def test_reading_needs_nobody_set_up(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert run(capsys, db_path, "search", "anything") == (1, "", "")
    code, out, _ = run(capsys, db_path, "profile")
    assert code == 0
    assert out.startswith("Nobody is set up on ") and "--name NAME" in out


def test_setting_a_profile_then_changes_are_credited_to_it(
    capsys: pytest.CaptureFixture[str], db_path: Path, organizer: Any
) -> None:
    code, out, err = run(capsys, db_path, *SET_DANA)
    assert (code, err) == (0, "")
    assert out == "You act as Dana Reyes (Red Oregon), member\n"

    assert run(capsys, db_path, "import-csv", "--kind", "people", str(CSV))[0] == 0
    code, out, _ = run(capsys, db_path, "profile")

    assert code == 0
    assert out.splitlines() == [
        "Name:          Dana Reyes",
        "E-mail:        dana@example.org",
        "Organization:  Red Oregon",
        "Role:          member",
    ]
    code, out, _ = run(capsys, db_path, "history", "--limit", "2")
    lines = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and len(lines) == 2
    newest = lines[0]
    assert newest[1:4] == ["Dana Reyes", "Red Oregon", organizer.device]
    assert newest[4].startswith("Person added: ") and "more)" in newest[4]
    assert lines[1][4] == "Organization added: Red Oregon (and 1 more)"


def test_a_second_profile_and_switching_back(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, db_path, *SET_DANA)
    code, out, _ = run(
        capsys, db_path, "profile", "--name", "Lee Park", "--email", "lee@example.org",
        "--role", "coordinator",
    )  # fmt: skip
    assert (code, out) == (0, "You act as Lee Park (coalition staff), coordinator\n")

    out = run(capsys, db_path, "profile")[1]
    assert "Name:          Lee Park" in out
    assert "  Dana Reyes (Red Oregon), dana@example.org, member" in out.splitlines()

    code, out, _ = run(capsys, db_path, "profile", "--switch", "dana")
    assert (code, out) == (0, "You now act as Dana Reyes (Red Oregon)\n")
    assert "Name:          Dana Reyes" in run(capsys, db_path, "profile")[1]


def test_bad_profile_details_are_one_line_each_and_change_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(
        capsys, db_path, "profile", "--name", "Dana", "--email", "dana at example", "--org", "Red"
    )
    assert (code, out) == (1, "")
    assert err.startswith("coalition: ") and "not a valid e-mail address" in err

    code, _, err = run(capsys, db_path, "profile", "--name", "Dana")
    assert code == EXIT_USAGE and "a name and an e-mail address" in err
    code, _, err = run(capsys, db_path, "profile", "--switch", "Nobody")
    assert code == 1 and "no profile is named 'Nobody'" in err
    assert run(capsys, db_path, "profile")[1].startswith("Nobody is set up")


def test_history_of_a_new_database_and_a_bad_limit(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    # A database named that is not there (a name mistyped) is said, not made empty.
    mistyped = db_path.with_name("coalitoin.db")
    code, out, err = run(capsys, mistyped, "history")
    assert (code, out) == (1, "")
    assert err.startswith(f"coalition: there is no database at {mistyped}: check its name")
    assert not mistyped.exists()
    code, out, _ = run(capsys, db_path, "history")
    assert code == 0 and out.startswith("No change is recorded in ")
    with pytest.raises(SystemExit) as usage:
        run(capsys, db_path, "history", "--limit", "0")
    assert usage.value.code == EXIT_USAGE and "--limit" in capsys.readouterr().err


def test_the_sample_is_explored_as_its_own_coordinator(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(capsys, db_path, "demo")
    assert code == 0
    assert "You act as the sample's coordinator, Aaliyah Brooks" in out

    newest = run(capsys, db_path, "history", "--limit", "1")[1].split("\t")
    assert newest[1:3] == ["Aaliyah Brooks", "coalition staff"]
    code, out, _ = run(capsys, db_path, *SET_DANA)
    assert code == 0
    assert "Aaliyah Brooks (coalition staff)" in run(capsys, db_path, "profile")[1]


def test_a_new_organizer_after_the_samples_coordinator_is_a_member_unless_told(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert run(capsys, db_path, "demo")[0] == 0  # the sample's coordinator acts
    code, out, _ = run(capsys, db_path, *SET_DANA)
    assert (code, out) == (0, "You act as Dana Reyes (Red Oregon), member\n")


def test_a_delegate_is_set_up_and_writes_only_its_organizations_records(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(capsys, db_path, *SET_DANA, "--role", "delegate")
    assert (code, out) == (0, "You act as Dana Reyes (Red Oregon), delegate\n")
    assert "Role:          delegate" in run(capsys, db_path, "profile")[1]
    assert run(capsys, db_path, *IMPORT)[0] == 0  # its organization's records, as a member
    code, out, _ = run(capsys, db_path, "history", "--limit", "1")
    assert out.split("\t")[1:3] == ["Dana Reyes", "Red Oregon"]
    with pytest.raises(SystemExit) as usage:
        run(capsys, db_path, "profile", "--role", "chair", "--name", "X")
    assert usage.value.code == EXIT_USAGE
    assert "'delegate'" in capsys.readouterr().err
