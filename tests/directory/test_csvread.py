"""Reading CSV exports: encodings, delimiters, known formats, mapping and bad rows.

The committed files under ``tests/data/csv`` carry the full header rows of real Google
Contacts and Outlook exports, in the encodings those programs write; every name and
address in them is invented (example.org, 555-01xx numbers).
"""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coalition.common.errors import ImportFileError
from coalition.directory import csvread
from coalition.directory.csvread import (
    FIELDS_ORGANIZATION,
    FIELDS_PERSON,
    BadRow,
    CsvTable,
    MappedRecord,
    duplicate_columns_problem,
    iter_records,
    read_table,
    records,
    suggest_mapping,
)

DATA = Path(__file__).parents[1] / "data" / "csv"


def write(tmp_path: Path, data: bytes, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def suggested(table: CsvTable, kind: str) -> dict[str, str]:
    """The suggestion as header → field, for the mapped columns only."""
    mapping = suggest_mapping(table, kind)  # type: ignore[arg-type]  # kind is one of the two Kind literals, passed as text
    return {table.headers[i]: field for i, field in mapping.items() if field}


def people(table: CsvTable) -> list[MappedRecord]:
    return records(table, suggest_mapping(table, "people"))


# --- the committed exports ---------------------------------------------------------------


def test_google_export_in_utf8_with_bom() -> None:
    table = read_table(DATA / "google_contacts.csv")

    assert (table.encoding, table.delimiter, table.source_format) == ("utf-8-sig", ",", "google")
    assert table.headers[0] == "First Name"  # the BOM is not part of the first header
    assert len(table.headers) == 36
    assert table.bad_rows == []
    # Dana's formatted address spans lines 2-4 and Theo's note lines 7-8.
    assert table.row_lines == [2, 5, 6, 7, 9]
    assert suggested(table, "people") == {
        "First Name": "first_name",
        "Last Name": "last_name",
        "Organization Name": "organization",
        "Organization Title": "role",
        "Notes": "notes",
        "E-mail 1 - Value": "email",
        "E-mail 2 - Value": "email2",
        "Phone 1 - Value": "phone",
        "Phone 2 - Value": "phone2",
        "Address 1 - Region": "state",
    }


def test_google_export_records() -> None:
    dana, marcus, ines, theo, priya = people(read_table(DATA / "google_contacts.csv"))

    assert dana == MappedRecord(
        2,
        {
            "name": "Dana Whitfield",
            "first_name": "Dana",
            "last_name": "Whitfield",
            "organization": "Sierra Forward Coalition",
            "role": "State lead",
            "email": "dana.whitfield@example.org",
            "phone": "+1 916-555-0142",
            "state": "CA",
        },
    )
    # Two addresses joined with " ::: " in "E-mail 1 - Value" become email and email2.
    assert (marcus.values["email"], marcus.values["email2"]) == (
        "marcus.oyelaran@example.org",
        "m.oyelaran@example.org",
    )
    assert ines.values["name"] == "Inés Carrasco-Peña"
    assert ines.values["notes"] == "Prefiere español; traduce el guion de la llamada."
    assert (ines.values["email2"], ines.values["phone2"]) == ("ines@example.org", "+1 559-555-0188")
    assert theo.line == 7
    assert theo.values["notes"] == (
        'Met at the Salem rally.\nFollow up about the Tuesday call, "after 5 pm".'
    )
    assert priya.values["name"] == "Priya Raman"  # the middle name "S." is left out


def test_outlook_export_in_windows_1252() -> None:
    table = read_table(DATA / "outlook_contacts_cp1252.csv")

    assert (table.encoding, table.delimiter, table.source_format) == ("cp1252", ",", "outlook")
    assert len(table.headers) == 92
    assert table.row_lines == [2, 3, 4, 5]
    mapping = suggested(table, "people")
    assert mapping == {
        "First Name": "first_name",
        "Last Name": "last_name",
        "Company": "organization",
        "Job Title": "role",
        "Business State": "state",
        "Business Phone": "phone2",
        "Home Phone": "phone3",
        "Mobile Phone": "phone",
        "E-mail Address": "email",
        "E-mail 2 Address": "email2",
        "E-mail 3 Address": "email3",
        "Language": "language",
        "Notes": "notes",
    }
    assert "Title" not in mapping  # Outlook's "Title" is Mr./Ms., not a role

    jose, zoe, aaron, francoise = people(table)
    assert [r.values["name"] for r in (jose, zoe, aaron, francoise)] == [
        "José Núñez",
        "Zoë Müller",
        "Aaron O'Connell",
        "Françoise Lefèvre",
    ]
    assert jose.values["notes"] == "“Call after 6 pm” – prefers Spanish."
    assert zoe.values["organization"] == "Grüne Basis Sacramento"
    assert zoe.values["phone2"] == "+1 916-555-0176"
    assert francoise.values["email2"] == "f.lefevre@example.org"
    assert francoise.values["language"] == "fr"


def test_outlook_export_in_utf16_with_tabs() -> None:
    table = read_table(DATA / "outlook_contacts_utf16.csv")

    assert (table.encoding, table.delimiter, table.source_format) == ("utf-16-le", "\t", "outlook")
    assert len(table.headers) == 92
    # Nobody in this file has a business address, so the state comes from "Home State".
    assert suggested(table, "people")["Home State"] == "state"
    assert [(r.line, r.values["name"], r.values["state"]) for r in people(table)] == [
        (2, "Ánh Trần", "CA"),
        (3, "Łukasz Wróbel", "IL"),
        (4, "Ngozi Adébáyọ̀", "TX"),
    ]


def test_organizations_with_semicolons() -> None:
    table = read_table(DATA / "organizations_semicolon.csv")

    assert (table.encoding, table.delimiter, table.source_format) == ("utf-8", ";", "generic")
    assert suggested(table, "organizations") == {
        "Organization": "name",
        "Acronym": "short_name",
        "Type": "kind",
        "Home State": "home_state",
        "Website": "website",
        "Founded": "founded_on",
        "Status": "status",
        "Notes": "notes",
        "Tags": "tags",
        "Parent": "parent",
    }
    first, second, *_ = records(table, suggest_mapping(table, "organizations"))
    assert first.values["notes"] == "Statewide; runs the Tuesday call"
    assert first.values["tags"] == "statewide, ballot access"
    assert "parent" not in first.values
    assert second == MappedRecord(
        3,
        {
            "name": "Alianza Valle Central",
            "short_name": "AVC",
            "kind": "grassroots",
            "home_state": "CA",
            "website": "https://alianza.example.org",
            "founded_on": "2019-09-01",
            "status": "active",
            "notes": "Central Valley, Spanish-language outreach",
            "tags": "outreach",
            "parent": "Sierra Forward Coalition",
        },
    )


def test_rows_of_the_wrong_width_are_reported_with_their_lines() -> None:
    table = read_table(DATA / "broken_rows.csv")

    assert table.bad_rows == [
        BadRow(5, "row has 3 fields, the header has 5"),
        BadRow(7, "row has 6 fields, the header has 5"),
    ]
    # Marcus's note spans lines 3-4; the blank line at the end is no row at all.
    assert table.row_lines == [2, 3, 6, 8]
    assert [row[0] for row in table.rows] == [
        "Dana Whitfield",
        "Marcus Oyelaran",
        "Priya Raman",
        "Inés Carrasco-Peña",
    ]


# --- encodings and delimiters ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Name\r\nJosé\r\n",  # charset-normalizer alone guesses cp1006 (Urdu) here
        "Name,Notes\r\nZoë Müller,“Yes” – after the call\r\n",  # ... and cp1250 here
        "Name,Dues\r\nAl Brandt,€5\r\n",
    ],
)
def test_short_windows_1252_files_are_read_as_windows_1252(tmp_path: Path, text: str) -> None:
    table = read_table(write(tmp_path, text.encode("cp1252")))

    assert table.encoding == "cp1252"
    assert [table.headers, *table.rows] == [line.split(",") for line in text.split("\r\n")[:-1]]


def test_utf8_without_bom(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "Name,State\nZoë Müller,CA\n".encode()))

    assert (table.encoding, table.rows) == ("utf-8", [["Zoë Müller", "CA"]])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, encoding: str) -> None:
    table = read_table(write(tmp_path, "Name\tEmail\r\nZoë\tzoe@example.org\r\n".encode(encoding)))

    assert (table.encoding, table.delimiter) == (encoding, "\t")
    assert table.rows == [["Zoë", "zoe@example.org"]]


def test_utf16_big_endian_with_bom(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_BE + "Name,Email\nZoë,zoe@example.org\n".encode("utf-16-be")

    table = read_table(write(tmp_path, data))

    assert (table.encoding, table.rows) == ("utf-16-be", [["Zoë", "zoe@example.org"]])


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    lines = [["Name", "Email", "State"], ["Ann Lee", "ann@example.org", "CA"]]
    lines.append(["Bo Chen", "bo@example.org", "NV"])
    text = "".join(delimiter.join(line) + "\n" for line in lines)

    table = read_table(write(tmp_path, text.encode()))

    assert table.delimiter == delimiter
    assert [table.headers, *table.rows] == lines


def test_single_column_falls_back_to_comma(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"Name\nAnn Lee\nBo Chen\n"))

    assert (table.delimiter, table.rows) == (",", [["Ann Lee"], ["Bo Chen"]])


def test_doubled_quotes_after_the_sniffed_sample(tmp_path: Path) -> None:
    filler = "".join(f"Person {i},ok\n" for i in range(5000))
    text = f'Name,Notes\n{filler}Ann Lee,"said ""yes"", then left"\n'

    table = read_table(write(tmp_path, text.encode()))

    assert table.rows[-1] == ["Ann Lee", 'said "yes", then left']


def test_unclosed_quote_is_a_bad_row_not_the_rest_of_the_file(tmp_path: Path) -> None:
    text = 'Name,Notes\nAnn Lee,"never closed\nBo Chen,fine\n'

    table = read_table(write(tmp_path, text.encode()))

    assert table.bad_rows == [BadRow(2, "a quote opened in this row is never closed")]
    assert table.rows == []


def test_text_after_a_closing_quote_is_a_bad_row(tmp_path: Path) -> None:
    text = 'Name,Notes\nAnn Lee,"quoted" then not\nBo Chen,fine\n'

    table = read_table(write(tmp_path, text.encode()))

    assert table.bad_rows == [BadRow(2, "text follows the closing quote of a field")]
    assert (table.row_lines, table.rows) == ([3], [["Bo Chen", "fine"]])


def test_headers_are_stripped_and_rows_kept_as_they_are(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b" Name , E-mail \n Ann Lee ,ann@example.org\n,,\n"))

    assert table.headers == ["Name", "E-mail"]
    assert table.rows == [[" Ann Lee ", "ann@example.org"]]


# --- files that cannot be imported ------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"nothing\.csv does not exist"):
        read_table(tmp_path / "nothing.csv")


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="is a folder"):
        read_table(tmp_path)


@pytest.mark.parametrize("data", [b"", codecs.BOM_UTF8, b"\r\n\r\n", b",,,\r\n,,,\r\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ImportFileError, match=r"list\.csv is empty"):
        read_table(write(tmp_path, data))


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "a PNG picture"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "an Excel workbook"),
        (b"Name,Email\nAnn\x00Lee,ann@example.org\n", "binary data"),
    ],
)
def test_binary_file(tmp_path: Path, data: bytes, what: str) -> None:
    expected = rf"list\.csv is not a CSV file: it looks like {what}"
    with pytest.raises(ImportFileError, match=expected):
        read_table(write(tmp_path, data))


def test_header_without_rows(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"list\.csv has a header but no rows"):
        read_table(write(tmp_path, b"Name,Email,State\r\n\r\n"))


def test_header_with_several_unnamed_columns(tmp_path: Path) -> None:
    data = b"Coalition contacts,,,\nName,Email,Phone,State\nAnn Lee,ann@example.org,,CA\n"

    with pytest.raises(ImportFileError, match="columns 2, 3 and 4 have no name"):
        read_table(write(tmp_path, data))


def test_one_unnamed_column_is_accepted(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"Name,Email,\nAnn Lee,ann@example.org,\n"))

    assert table.headers == ["Name", "Email", ""]
    assert suggested(table, "people") == {"Name": "name", "Email": "email"}


# --- recognizing formats and suggesting a mapping --------------------------------------


def test_older_google_export_is_recognized(tmp_path: Path) -> None:
    header = (
        "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
        "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,"
        "Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,"
        "Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,"
        "Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
        "Phone 1 - Value,Address 1 - Type,Address 1 - Region,Organization 1 - Type,"
        "Organization 1 - Name,Organization 1 - Title"
    )
    row = (
        "Rosa Delgado,Rosa,,Delgado,,,,,,,,,,,,,,,,,,,,,,,es,,* myContacts,* Work,"
        "rosa@example.org ::: rosa.d@example.org ::: rd@example.org ::: r@example.org,"
        "Mobile,+1 916-555-0155,Work,CA,,Valle Unido,Coordinadora"
    )
    table = read_table(write(tmp_path, f"{header}\n{row}\n".encode()))

    assert table.source_format == "google"
    assert records(table, suggest_mapping(table, "people")) == [
        MappedRecord(
            2,
            {
                "name": "Rosa Delgado",
                "first_name": "Rosa",
                "last_name": "Delgado",
                "language": "es",
                # a fourth address finds no free slot: it stays, visible, where it was
                "email": "rosa@example.org ::: r@example.org",
                "email2": "rosa.d@example.org",
                "email3": "rd@example.org",
                "phone": "+1 916-555-0155",
                "state": "CA",
                "organization": "Valle Unido",
                "role": "Coordinadora",
            },
        )
    ]


def test_hand_made_list_with_some_outlook_headers_is_generic(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"First Name,Last Name,Company,Title\nAnn,Lee,SFC,Chair\n"))

    assert table.source_format == "generic"
    assert suggested(table, "people") == {
        "First Name": "first_name",
        "Last Name": "last_name",
        "Company": "organization",
        "Title": "role",
    }


def test_generic_people_synonyms(tmp_path: Path) -> None:
    header = "FULL NAME,E-Mail,e-mail,Cell,Province,Organisation,Position,Time_Zone,Comments,Fax"
    table = read_table(write(tmp_path, f"{header}\nA,b,c,d,e,f,g,h,i,j\n".encode()))

    assert suggest_mapping(table, "people") == {
        0: "name",
        1: None,  # the same name twice: the person says which column is the address
        2: None,
        3: "phone",
        4: "state",
        5: "organization",
        6: "role",
        7: "time_zone",
        8: "notes",
        9: None,
    }


def test_a_column_with_data_is_preferred(tmp_path: Path) -> None:
    data = b"Name,Phone,Telephone\nAnn Lee,,+1 916-555-0101\nBo Chen,,+1 916-555-0102\n"
    table = read_table(write(tmp_path, data))

    assert suggested(table, "people") == {"Name": "name", "Telephone": "phone"}


def test_suggestions_use_only_known_fields() -> None:
    for path in sorted(DATA.glob("*.csv")):
        table = read_table(path)
        assert set(suggested(table, "people").values()) <= set(FIELDS_PERSON)
        assert set(suggested(table, "organizations").values()) <= set(FIELDS_ORGANIZATION)


def test_unknown_kind() -> None:
    table = read_table(DATA / "broken_rows.csv")

    with pytest.raises(ValueError, match="unknown kind"):
        suggest_mapping(table, "events")  # type: ignore[arg-type]  # not a Kind, on purpose: the error is what is tested


# --- records -----------------------------------------------------------------------------


def test_edited_mapping(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, b"A,B,C\n  Ann  ,Lee, \n"))

    assert records(table, {0: "first_name", 1: "last_name", 2: "notes"}) == [
        MappedRecord(2, {"first_name": "Ann", "last_name": "Lee", "name": "Ann Lee"})
    ]
    assert records(table, {1: "name"}) == [MappedRecord(2, {"name": "Lee"})]


@pytest.mark.parametrize(
    "mapping", [{0: "email", 1: "email"}, {0: "name", 3: "notes"}], ids=["twice", "no column"]
)
def test_invalid_mapping(tmp_path: Path, mapping: dict[int, str | None]) -> None:
    table = read_table(write(tmp_path, b"A,B,C\nAnn,Lee,x\n"))

    with pytest.raises(ValueError):
        records(table, mapping)


# --- files pasted together from two exports ------------------------------------------------

_UTF8_HALF = ["Name,E-mail", "Zoë Müller,zoe@example.org", "Łukasz Nowak,lukasz@example.org"]
_WINDOWS_HALF = [
    "José Núñez,jose@example.org",
    "Inés Carrasco-Peña,ines@example.org",
    "Chloé “Coco” Dubois,chloe@example.org",
]


def _pasted(utf8: list[str], windows: list[str]) -> bytes:
    return b"".join(
        [
            *(line.encode() + b"\r\n" for line in utf8),
            *(line.encode("cp1252") + b"\r\n" for line in windows),
        ]
    )


def test_a_utf8_file_with_windows_1252_lines_reads_each_line_right(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, _pasted(_UTF8_HALF, _WINDOWS_HALF)))

    assert table.encoding == "utf-8"
    assert [row[0] for row in table.rows] == [
        "Zoë Müller",
        "Łukasz Nowak",
        "José Núñez",
        "Inés Carrasco-Peña",
        "Chloé “Coco” Dubois",
    ]
    assert table.legacy_lines == (4, 5, 6)


def test_windows_1252_lines_in_a_utf8_file_are_never_read_as_cyrillic(tmp_path: Path) -> None:
    """Mostly UTF-8, and a few Western names: charset-normalizer alone said cp1251 or
    another code page, and every accented name was stored garbled."""
    names = [
        f"{first} {last},p{i}@example.org"
        for i, (first, last) in enumerate(
            [("Zoë", "Müller"), ("Renée", "Faÿ"), ("Jürgen", "Groß"), ("Łucja", "Żak")] * 5
        )
    ]
    data = _pasted(
        ["Name,E-mail", *names], ["Ana Núñez,ana@example.org", "Édith Noël,edith@example.org"]
    )
    table = read_table(write(tmp_path, data))

    assert table.rows[-2:] == [
        ["Ana Núñez", "ana@example.org"],
        ["Édith Noël", "edith@example.org"],
    ]
    assert table.rows[:20] == [line.split(",") for line in names]


def test_a_line_neither_utf8_nor_plainly_windows_1252_refuses_the_file(tmp_path: Path) -> None:
    data = (
        "Name,E-mail\r\nZoë Müller,zoe@example.org\r\n".encode()
        + "Иван Петров,ivan@example.org\r\n".encode("cp1251")
        + "José Núñez,jose@example.org\r\n".encode("cp1252")
    )
    path = write(tmp_path, data)

    with pytest.raises(ImportFileError) as refused:
        read_table(path)

    message = str(refused.value)
    assert message.startswith(
        f"{path}: line 3 is neither UTF-8, like the rest of the file, nor plainly Windows-1252"
    )
    assert "(“���� ������,ivan@example.org”)" in message
    assert "Save the list as CSV UTF-8" in message


def test_a_lone_sign_where_a_name_stands_is_not_taken_for_windows_1252(tmp_path: Path) -> None:
    """ "ё" written in Windows-1251 is the byte B8, a cedilla in Windows-1252: a name of
    one cedilla is another script's letter, not a Western name."""
    path = write(tmp_path, b"Name,E-mail\r\n" + "ё,yo@example.org\r\n".encode("cp1251"))

    with pytest.raises(ImportFileError) as refused:
        read_table(path)

    assert "line 2 is not UTF-8, and not plainly Windows-1252" in str(refused.value)


def test_a_whole_windows_1252_file_is_still_read_as_windows_1252(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, _pasted([], ["Name,E-mail", *_WINDOWS_HALF])))

    assert (table.encoding, table.legacy_lines) == ("cp1252", ())
    assert table.rows[0] == ["José Núñez", "jose@example.org"]


# --- a column named twice ----------------------------------------------------------------------


def test_a_column_named_twice_is_left_for_the_person(tmp_path: Path) -> None:
    header = "Name,Phone,E-mail,State,name,Notes,e-mail"
    table = read_table(
        write(tmp_path, f"{header}\nAna,1,a@example.org,CA,Ana B,x,b@example.org\n".encode())
    )

    assert table.duplicate_headers() == {"Name": [1, 5], "E-mail": [3, 7]}
    mapping = suggest_mapping(table, "people")
    assert [mapping[i] for i in (0, 2, 4, 6)] == [None, None, None, None]
    assert mapping[1] == "phone" and mapping[3] == "state"
    assert duplicate_columns_problem(table) == (
        "The column “Name” appears twice (columns 1 and 5); "
        "The column “E-mail” appears twice (columns 3 and 7). "
        "Rename the columns in the file, or import it in the window, where you say what each holds."
    )


# --- a preview reads the first rows only ----------------------------------------------------


def test_a_preview_keeps_its_first_rows_and_the_import_reads_them_all(tmp_path: Path) -> None:
    lines = [f"Person {i},p{i}@example.org" for i in range(25)]
    text = (
        "Name,E-mail\n"
        + "\n".join(lines[:10])
        + "\ntoo,many,fields\n"
        + "\n".join(lines[10:])
        + "\n"
    )
    table = read_table(write(tmp_path, text.encode()), limit=5)

    assert [row[0] for row in table.rows] == [f"Person {i}" for i in range(5)]
    assert (table.row_count, table.complete) == (25, False)
    every = list(iter_records(table, {0: "name", 1: "email"}))
    assert [record.values["name"] for record in every] == [f"Person {i}" for i in range(25)]
    assert [record.line for record in every][9:11] == [11, 13]
    assert table.bad_rows == [BadRow(12, "row has 3 fields, the header has 2")]


@given(
    st.text(alphabet=st.sampled_from(["a", ",", '"', "\n", "\r", "\x0b", "\x85", "\u2028", "é"]))
)
def test_lines_are_split_as_a_text_stream_splits_them(text: str) -> None:
    """The file is read line by line straight from its text: a lone carriage return ends
    a line, the other Unicode line breaks stay inside their cell, as with StringIO."""
    assert list(csvread._lines(text)) == list(io.StringIO(text, newline=""))


@given(st.binary().map(lambda data: data.replace(b"\x00", b"")))
def test_a_file_not_utf8_throughout_is_split_as_bytes_split_their_lines(data: bytes) -> None:
    """Such a file is decoded a line at a time without a list of its lines: the lines
    (and so the numbers of those read as Windows-1252) are those of bytes.splitlines."""
    found = [match.group() for match in csvread._BYTE_LINE.finditer(data)]
    assert found == data.splitlines(keepends=True)
