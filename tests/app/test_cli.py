"""The command line: what a person at a terminal sees, and the exit codes scripts rely on.

Most commands run in-process through :func:`coalition.cli.main`; the demo also runs as a
real ``python -m coalition`` process, because "one line on stderr, no traceback" is a
promise about the whole program, interpreter included.
"""

from __future__ import annotations

import codecs
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

from coalition import cli
from coalition.cli import main
from profile_helpers import set_profile

DATA = Path(__file__).parents[1] / "data" / "csv"


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    """An empty unencrypted database named with --db, made before the commands run, its
    organizer set up (tests/app/test_cli_profile.py: life before that): such a file is
    opened as it is.  (A new file named with --db is created encrypted, its
    recovery key printed: tests/test_private_files.py.)"""
    path = tmp_path / "coalition.db"
    shutil.copyfile(migrated_template, path)
    return set_profile(path)


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_process(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coalition", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_demo_fills_an_empty_database_once(db_path: Path) -> None:
    first = run_process(db_path, "demo")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"Loaded the sample coalition into {db_path}")
    assert first.stderr == ""

    second = run_process(db_path, "demo")

    assert second.returncode == 1
    assert second.stdout == ""
    assert "Traceback" not in second.stderr
    assert second.stderr.count("\n") == 1
    assert second.stderr.startswith("coalition: ") and "empty" in second.stderr


def test_search_prints_kind_and_name_per_line(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert run(capsys, db_path, "demo")[0] == 0

    code, out, err = run(capsys, db_path, "search", "Red", "Oregon")

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "organization\tRed Oregon" in lines
    kinds = {"organization", "person", "campaign", "draft", "proposal"}
    assert all(line.split("\t")[0] in kinds for line in lines)


def test_search_without_hits_prints_nothing_and_fails(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert run(capsys, db_path, "search", "zzzzqqq") == (1, "", "")


def test_import_then_search_then_export(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, db_path, "import-csv", "--kind", "people", str(DATA / "google_contacts.csv")
    )

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Imported 5 people from google_contacts.csv (Google Contacts export, UTF-8 with BOM)",
        (
            "Added 4 organizations they belong to: Sierra Forward Coalition, "
            "Alianza Valle Central, Cascade Self-Rule Project, Nevada Home Rule Network"
        ),
        # What the list holds that the directory keeps nothing of (postal addresses…).
        (
            "Not read: the 15 columns “Middle Name”, “File As”, “Labels”, “E-mail 1 - Label”, "
            "“E-mail 2 - Label”, “Phone 1 - Label”, “Phone 2 - Label”, “Address 1 - Label”, "
            "“Address 1 - Formatted”, “Address 1 - Street” and 5 more"
        ),
    ]
    assert (
        "person\tInés Carrasco-Peña" in run(capsys, db_path, "search", "Carrasco")[1].splitlines()
    )

    out_file = tmp_path / "people.csv"
    code, out, err = run(capsys, db_path, "export-csv", "--kind", "people", "--out", str(out_file))

    assert (code, err) == (0, "")
    assert out == f"Wrote 5 people to {out_file} (this file is not encrypted)\n"
    assert out_file.read_bytes().startswith(codecs.BOM_UTF8)


def test_importing_again_skips_the_duplicates(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    args = ("import-csv", "--kind", "people", str(DATA / "outlook_contacts_utf16.csv"))
    run(capsys, db_path, *args)

    code, out, _ = run(capsys, db_path, *args)

    assert code == 0
    assert (
        out.splitlines()[0]
        == "Imported 0 people from outlook_contacts_utf16.csv (Outlook export, UTF-16)"
    )
    assert out.splitlines()[1].startswith(
        "Skipped 3 duplicates: line 2 (anh.tran@example.org is already"
    )


def test_a_file_with_broken_rows_is_refused_whole(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(
        capsys, db_path, "import-csv", "--kind", "people", str(DATA / "broken_rows.csv")
    )

    assert (code, out) == (1, "")
    assert err == (
        "coalition: 2 rows cannot be read, so nothing was imported: line 5: row has 3 fields, "
        "the header has 5; line 7: row has 6 fields, the header has 5\n"
    )
    assert run(capsys, db_path, "search", "Whitfield") == (1, "", "")


def test_a_missing_file_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.csv"

    code, out, err = run(capsys, db_path, "import-csv", "--kind", "organizations", str(missing))

    assert (code, out) == (1, "")
    assert err == f"coalition: {missing} does not exist\n"


def test_exporting_into_a_missing_folder_names_the_file(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "people.csv"

    code, out, err = run(capsys, db_path, "export-csv", "--kind", "people", "--out", str(target))

    assert (code, out) == (1, "")
    assert err == f"coalition: No such file or directory: {target}\n"


def test_exporting_to_no_name_or_to_a_folder_says_which(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, db_path, "export-csv", "--kind", "people", "--out", "")
    assert (code, out, err) == (1, "", "coalition: no file to write was named\n")

    code, out, err = run(capsys, db_path, "export-csv", "--kind", "people", "--out", str(tmp_path))
    assert (code, out) == (1, "")
    assert err == f"coalition: {tmp_path} is a folder: name a file to write in it\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_file_that_is_not_a_database_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(b"these are my meeting notes, not a database\n" * 100)

    code, out, err = run(capsys, garbage, "search", "anything")

    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("coalition: ") and str(garbage) in err
    assert garbage.read_bytes() == b"these are my meeting notes, not a database\n" * 100


def test_a_garbage_database_fails_cleanly_as_a_process(tmp_path: Path) -> None:
    garbage = tmp_path / "coalition.db"
    garbage.write_bytes(bytes(range(256)) * 64)

    result = run_process(garbage, "demo")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and str(garbage) in result.stderr


def test_an_unexpected_fault_is_one_line_too(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from coalition.search import query as search_module

    def broken(*_args: object, **_kwargs: object) -> NoReturn:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(search_module, "search", broken)
    code = cli.main(["--db", str(db_path), "search", "cal"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_INTERNAL
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err


def test_output_to_a_reader_that_stopped_ends_quietly(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    """`coalition search x | head -1`: no "Broken pipe", no traceback, a pipe's status."""
    assert run(capsys, db_path, "demo")[0] == 0
    with subprocess.Popen(
        [sys.executable, "-m", "coalition", "--db", str(db_path), "search", "cal"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before anything is written
        err = process.stderr.read().decode()
        code = process.wait(timeout=120)
    assert err == "", (err, process.returncode)
    assert code in (0, cli.EXIT_PIPE)


def test_a_long_search_is_cut_with_a_note_on_stderr(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert run(capsys, db_path, "demo")[0] == 0
    code, out, err = run(capsys, db_path, "search", *("a b " * 30000).split())
    assert code in (0, 1) and "internal error" not in err
    assert err == "coalition: only the first 12 words are searched\n"
    code, out, err = run(capsys, db_path, "search", "(Red", "Oregon*", '"', ":^")
    assert (code, err) == (0, "") and "organization\tRed Oregon" in out.splitlines()


def test_import_csv_says_which_lines_were_windows_1252_and_refuses_a_column_named_twice(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    pasted = tmp_path / "pasted.csv"
    pasted.write_bytes(
        "Name,E-mail\nZoë Müller,zoe@example.org\n".encode()
        + "José Núñez,jose@example.org\n".encode("cp1252")
    )
    code, out, err = run(capsys, db_path, "import-csv", "--kind", "people", str(pasted))
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        "Imported 2 people from pasted.csv (CSV list, UTF-8)",
        "1 line was read as Windows-1252, the rest as UTF-8: check the accented names on line 3",
    ]
    code, out, _err = run(capsys, db_path, "search", "Núñez")
    assert out == "person\tJosé Núñez\n"

    twice = tmp_path / "twice.csv"
    twice.write_text("Name,E-mail,Name\nAna Ruiz,ana@example.org,Ana R.\n", encoding="utf-8")
    code, out, err = run(capsys, db_path, "import-csv", "--kind", "people", str(twice))
    assert (code, out) == (1, "")
    assert err.startswith("coalition: The column “Name” appears twice (columns 1 and 3). Rename")


@pytest.mark.parametrize("limit", ["-5", "0", "99999999999999999999", "ten"])
def test_history_limit_out_of_range_is_a_usage_mistake(
    capsys: pytest.CaptureFixture[str], db_path: Path, limit: str
) -> None:
    with pytest.raises(SystemExit) as usage:
        run(capsys, db_path, "history", "--limit", limit)
    assert usage.value.code == 2
    assert f"argument --limit: a count from 1 to 1000000, not '{limit}'" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["export-messages", "invite"])
def test_an_out_dir_that_is_a_file_or_nothing_is_a_usage_mistake(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, command: str
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine\n")
    for given, said in ((str(a_file), f"{a_file} is a file, not a folder"),
                        ("", "give the folder to write the files in")):  # fmt: skip
        with pytest.raises(SystemExit) as usage:
            run(capsys, db_path, command, "--out-dir", given)
        assert usage.value.code == 2
        assert f"argument --out-dir: {said}" in capsys.readouterr().err
    assert a_file.read_text() == "mine\n"
