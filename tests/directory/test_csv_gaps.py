"""CSV files whose first line is broken: the person importing gets a sentence that says
which line and what is wrong, and nothing is stored."""

from __future__ import annotations

import codecs
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coalition.cli import main
from coalition.common.errors import ImportFileError
from coalition.directory import importers
from coalition.directory.csvread import (
    duplicate_columns_problem,
    read_table,
    records,
    suggest_mapping,
)
from coalition.store.models import Person
from profile_helpers import set_profile

UNCLOSED = (
    b'Name,"E-mail,Phone\n'
    b"Ana Ruiz,ana@example.org,916-555-0142\nBen Cole,ben@example.org,916-555-0143\n"
)


def write(tmp_path: Path, data: bytes, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (UNCLOSED, "a quote opened in this row is never closed"),
        (b'"Name,E-mail', "a quote opened in this row is never closed"),
        (
            b'Name;"E-mail;Phone\r\nAna Ruiz;ana@example.org;1\r\n',
            "a quote opened in this row is never closed",
        ),
        (
            b'Name,"E-mail"x,Phone\nAna Ruiz,ana@example.org,1\n',
            "text follows the closing quote of a field",
        ),
    ],
)
def test_a_broken_header_is_refused_with_a_sentence(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = write(tmp_path, data)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert str(caught.value) == f"{path}: the header on line 1 is broken: {reason}"


def test_a_broken_header_read_for_a_preview_is_refused_alike(tmp_path: Path) -> None:
    path = write(tmp_path, UNCLOSED)
    with pytest.raises(ImportFileError, match="the header on line 1 is broken"):
        read_table(path, limit=5)


def test_importing_a_file_with_a_broken_header_stores_nothing(
    tmp_path: Path,
    session: Session,
    count_rows: Callable[[type], int],
    change_log_count: Callable[[], int],
) -> None:
    path = write(tmp_path, UNCLOSED)
    with pytest.raises(ImportFileError, match="a quote opened in this row is never closed"):
        importers.import_file(session, path, "people")
    assert count_rows(Person) == 0
    assert change_log_count() == 0


def test_the_command_line_says_it_in_one_line_without_a_traceback(
    tmp_path: Path, migrated_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "coalition.db"
    shutil.copyfile(migrated_template, db)
    set_profile(db)  # importing is a change: by whom
    path = write(tmp_path, UNCLOSED)

    code = main(["--db", str(db), "import-csv", "--kind", "people", str(path)])

    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert (
        err == f"coalition: {path}: the header on line 1 is broken: a quote opened in this row is "
        "never closed\n"
    )


def test_a_quote_opened_in_a_data_row_is_that_rows_problem_only(tmp_path: Path) -> None:
    path = write(tmp_path, b'Name,E-mail\nAna Ruiz,ana@example.org\n"Ben Cole,ben@example.org\n')
    table = read_table(path)
    assert table.headers == ["Name", "E-mail"]
    assert [(bad.line, bad.reason) for bad in table.bad_rows] == [
        (3, "a quote opened in this row is never closed")
    ]
    assert table.rows == [["Ana Ruiz", "ana@example.org"]]


# --- files that are not plainly text --------------------------------------------------------------


def test_utf16_without_a_mark_is_read_when_seven_characters_in_ten_are_plain_ascii(
    tmp_path: Path,
) -> None:
    text = "Name,State\nМария Иванова,CA\nAnn Lees,OR\n"  # 28 of its 40 characters are ASCII
    assert sum(c.isascii() for c in text) / len(text) == 0.7
    for encoding in ("utf-16-le", "utf-16-be"):
        table = read_table(write(tmp_path, text.encode(encoding), f"{encoding}.csv"))
        assert (table.encoding, table.rows) == (
            encoding,
            [["Мария Иванова", "CA"], ["Ann Lees", "OR"]],
        )


@pytest.mark.parametrize("rows", [1, 2, 3])
def test_utf16_without_a_mark_is_read_whatever_its_length(tmp_path: Path, rows: int) -> None:
    text = "Name,State\n" + "Ann Lee,OR\n" * rows + "Bo,CA\n"
    table = read_table(write(tmp_path, text.encode("utf-16-le")))
    assert table.encoding == "utf-16-le" and table.total_rows == rows + 1


@pytest.mark.parametrize(
    "data",
    [
        b"Name,Email\nAnn\x00Lee,ann@example.org\n",
        b"Name,Email\nAnn\x00 Lee,ann@example.org\n",
        (b"A\x00" * 5 + b"AB" * 5) * 4,  # NULs on half the odd bytes: neither text nor UTF-16
    ],
)
def test_binary_data_is_refused_with_what_to_do(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert str(caught.value) == (
        f"{path} is not a CSV file: it looks like binary data. "
        "Save the list as CSV (comma-separated values) and import that file."
    )


# --- a column named more than once ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("Name,E-mail,Email,E-mail", "The column “E-mail” appears twice (columns 2 and 4)"),
        (
            "Name,E-mail,E-mail,E-mail",
            "The column “E-mail” appears three times (columns 2, 3 and 4)",
        ),
        (
            "Name,Phone,Phone,Phone,phone",
            "The column “Phone” appears 4 times (columns 2, 3, 4 and 5)",
        ),
    ],
)
def test_a_column_named_more_than_once_is_counted_in_words(
    tmp_path: Path, header: str, words: str
) -> None:
    width = header.count(",") + 1
    table = read_table(write(tmp_path, f"{header}\n{','.join(['x'] * width)}\n".encode()))
    assert duplicate_columns_problem(table) == (
        f"{words}. Rename the columns in the file, or import it in the window, where you say what "
        "each holds."
    )


def test_utf16_like_data_that_does_not_decode_is_refused_as_binary(tmp_path: Path) -> None:
    data = (
        "Name,State\nAnn Lee,".encode("utf-16-le") + b"\x00\xd8" + "OR\n".encode("utf-16-le")
    )  # a lone surrogate
    path = write(tmp_path, data)
    with pytest.raises(ImportFileError, match="it looks like binary data"):
        read_table(path)


# --- a legacy line that cannot be read: shown, cut to fit -----------------------------------------


def unclear_line(tmp_path: Path, name: str) -> str:
    data = "Name,E-mail\r\nZoë Müller,zoe@example.org\r\n".encode() + f"{name}\r\n".encode("cp1251")
    with pytest.raises(ImportFileError) as refused:
        read_table(write(tmp_path, data))
    return str(refused.value)


def test_the_unclear_line_is_shown_whole_up_to_forty_characters(tmp_path: Path) -> None:
    name = "Иван," + "x" * 35  # 40 characters
    assert f"(“����,{'x' * 35}”)" in unclear_line(tmp_path, name)


def test_a_longer_unclear_line_is_cut_to_forty_with_an_ellipsis(tmp_path: Path) -> None:
    name = "Иван," + "x" * 36  # 41 characters
    assert f"(“����,{'x' * 34}…”)" in unclear_line(tmp_path, name)


def test_a_legacy_file_in_another_script_is_refused_with_a_guess_at_its_code_page(
    tmp_path: Path,
) -> None:
    data = ("Name,E-mail\r\n" + "Иван Петров,ivan@example.org\r\n" * 3).encode("cp1251")
    path = write(tmp_path, data)
    with pytest.raises(ImportFileError) as refused:
        read_table(path)
    message = str(refused.value)
    guess = re.search(
        r"line 2 is not UTF-8, and not plainly Windows-1252 \(it may be ([^)]+)\) \(“", message
    )
    assert guess is not None, message
    assert "_" not in guess.group(1) and guess.group(1) not in ("utf-8", "cp1252", "ascii")


def test_the_refusal_of_an_unclear_line_says_how_to_save_the_file(tmp_path: Path) -> None:
    assert unclear_line(tmp_path, "Иван,ivan@example.org").endswith(
        "so nothing was read. Save the list as CSV UTF-8 (Excel: File → Save As → CSV UTF-8) and "
        "import it again."
    )


@pytest.mark.parametrize("name", ["Ann Петров,ann@example.org", "Ян Lee,yan@example.org"])
def test_a_line_with_a_word_of_another_script_is_not_windows_1252(
    tmp_path: Path, name: str
) -> None:
    assert (
        "line 3 is neither UTF-8, like the rest of the file, nor plainly Windows-1252"
        in unclear_line(tmp_path, name)
    )


def test_a_damaged_file_with_a_byte_order_mark_says_where(tmp_path: Path) -> None:
    path = write(tmp_path, codecs.BOM_UTF8 + b"Name\nAnn \xff Lee\n")
    with pytest.raises(
        ImportFileError, match=r"list\.csv starts like a utf-8-sig file but is damaged at byte 9$"
    ):
        read_table(path)


# --- mapping --------------------------------------------------------------------------------------


def test_a_mapping_that_cannot_be_is_refused_in_words(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"Name,E-mail\nAnn Lee,ann@example.org\n"))
    with pytest.raises(ValueError, match=r"^a field is mapped from more than one column$"):
        records(table, {0: "name", 1: "name"})
    with pytest.raises(ValueError, match=r"^the mapping names a column the table does not have$"):
        records(table, {0: "name", 2: "email"})


def test_a_name_column_wins_over_first_and_last(tmp_path: Path) -> None:
    table = read_table(
        write(tmp_path, b"Name,First name,Last name\nBob Lee,Robert,Lee\n,Ann,Ruiz\n")
    )
    assert [r.values["name"] for r in records(table, suggest_mapping(table, "people"))] == [
        "Bob Lee",
        "Ann Ruiz",
    ]


def test_the_best_synonym_wins_whatever_the_column_order(tmp_path: Path) -> None:
    table = read_table(
        write(tmp_path, b"Name,Mail,Email\nAnn Lee,ann@mail.example.org,ann@example.org\n")
    )
    assert records(table, suggest_mapping(table, "people"))[0].values["email"] == "ann@example.org"


OUTLOOK = (
    b"First Name,Last Name,E-mail Address,Company,Business State,Home State\n"
    b"Ann,Lee,ann@example.org,CNP,,OR\n"
    b"Bo,Ruiz,bo@example.org,CNP,,\n"
)


def test_an_outlook_row_without_a_business_state_takes_its_home_state_or_none(
    tmp_path: Path,
) -> None:
    table = read_table(write(tmp_path, OUTLOOK))
    assert table.source_format == "outlook"
    found = [r.values.get("state") for r in records(table, suggest_mapping(table, "people"))]
    assert found == ["OR", None]


def test_a_hand_made_list_takes_no_value_from_a_column_it_did_not_map(tmp_path: Path) -> None:
    table = read_table(
        write(tmp_path, b"Name,Phone,Tel\nAnn Lee,916-555-0142,\nBo Ruiz,,916-555-0143\n")
    )
    ann, bo = records(table, suggest_mapping(table, "people"))
    assert ann.values["phone"] == "916-555-0142"
    assert "phone" not in bo.values  # "Tel" was left unmapped: the person maps it if they want it


def test_google_joined_addresses_fill_the_free_slots_after_a_single_one(tmp_path: Path) -> None:
    table = read_table(
        write(
            tmp_path,
            b"Name,Given Name,Family Name,E-mail 1 - Value,E-mail 2 - Value,Phone 1 - Value\n"
            b"Ann Lee,Ann,Lee,ann@example.org,a@example.org ::: b@example.org,916-555-0142\n",
        )
    )
    assert table.source_format == "google"
    values = records(table, suggest_mapping(table, "people"))[0].values
    assert (values["email"], values["email2"], values["email3"]) == (
        "ann@example.org",
        "a@example.org",
        "b@example.org",
    )
