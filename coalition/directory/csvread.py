"""Reading contact and organization lists from CSV files, before anything is stored.

Organizers bring their allies from wherever they keep them: a Google Contacts export, an
Outlook export made on a Windows laptop, or a spreadsheet someone saved as CSV.  Those
files differ in encoding (UTF-8, UTF-16, Windows-1252), delimiter and column names, so
this module turns any of them into one plain table, recognizes the well-known exports,
and suggests which column holds which field.  It touches neither the database nor Qt:
the import service and the import dialog both build on it, and the person who chose the
file confirms the suggested mapping before anything is written.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from charset_normalizer import from_bytes

from coalition.common.errors import ImportFileError
from coalition.common.i18n import QT_TRANSLATE_NOOP

FIELDS_PERSON = (
    "name",
    "first_name",
    "last_name",
    "email",
    "email2",
    "email3",
    "phone",
    "phone2",
    "phone3",
    "state",
    "organization",
    "role",
    "organizations",
    "language",
    "time_zone",
    "notes",
)
FIELDS_ORGANIZATION = (
    "name",
    "short_name",
    "kind",
    "home_state",
    "website",
    "founded_on",
    "status",
    "notes",
    "tags",
    "parent",
    "social_pages",
)

Kind = Literal["people", "organizations"]
SourceFormat = Literal["google", "outlook", "generic"]


@dataclass(frozen=True)
class BadRow:
    """A record left out of the table because its width differs from the header's.

    Such a row cannot be matched to columns safely (a missing field shifts every value
    after it), so it is reported with its line for the person to fix in the file.
    """

    line: int
    reason: str


@dataclass(frozen=True)
class CsvTable:
    """A decoded CSV file: its header, its well-formed data rows and what was found out.

    ``rows`` all have exactly ``len(headers)`` fields; ``row_lines[i]`` is the physical
    line (1-based, the header being line 1) on which ``rows[i]`` starts, so that every
    later complaint about a value can point into the file.
    """

    headers: list[str]
    rows: list[list[str]]
    row_lines: list[int]
    encoding: str
    delimiter: str
    source_format: SourceFormat
    bad_rows: list[BadRow]
    # Lines of a UTF-8 file that were not UTF-8 and were read as Windows-1252 (a file
    # pasted together from two exports): said in the summary, so they get a look.
    legacy_lines: tuple[int, ...] = ()
    # How many data rows the whole file has; ``rows`` may hold only the first ones (a
    # preview), the rest being read again, a batch at a time, by :func:`iter_records`.
    total_rows: int = -1
    text: str = field(default="", repr=False, compare=False)

    @property
    def complete(self) -> bool:
        """Whether ``rows`` holds every row of the file (not just a preview's)."""
        return self.total_rows < 0 or len(self.rows) >= self.total_rows

    @property
    def row_count(self) -> int:
        return len(self.rows) if self.total_rows < 0 else self.total_rows

    def duplicate_headers(self) -> dict[str, list[int]]:
        """Column names that appear more than once (case and spacing ignored), with the
        1-based numbers of their columns: which one holds what is the person's to say."""
        columns: dict[str, list[int]] = {}
        for index, header in enumerate(self.headers):
            if header:
                columns.setdefault(_normalize(header), []).append(index + 1)
        return {
            self.headers[numbers[0] - 1]: numbers
            for numbers in columns.values()
            if len(numbers) > 1
        }


@dataclass(frozen=True)
class MappedRecord:
    """One data row as field name → value; blank cells are left out."""

    line: int
    values: dict[str, str]


# --- decoding -------------------------------------------------------------------------

# UTF-32 before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Files people rename to .csv by mistake, recognized so the message can say what they are.
_SIGNATURES = (
    (b"PK\x03\x04", "an Excel workbook (.xlsx) or another zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls)"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"%PDF", "a PDF document"),
)


def _decode(path: Path, data: bytes) -> tuple[str, str, tuple[int, ...]]:
    """Return the text of ``data``, the encoding it was read with, and the lines of a
    UTF-8 file that were read as Windows-1252.

    A byte-order mark is the only certain evidence, so it wins; strict UTF-8 comes next
    because text in another encoding almost never happens to be valid UTF-8.  A file
    that is not UTF-8 throughout is read a line at a time (:func:`_decode_lines`); only
    a file with no UTF-8 in it at all has its encoding guessed.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strictly(path, data[len(bom) :], encoding), encoding, ()
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise _not_csv(path, what)
    if b"\x00" in data:
        return (*_decode_utf16_without_bom(path, data), ())
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        return _decode_lines(path, data)


# A line of bytes with its ending, split as ``bytes.splitlines(keepends=True)`` splits.
_BYTE_LINE = re.compile(rb"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")
# Decoded lines are joined this many at a time: a list of 600,000 lines, each its own
# object, took 70 MiB beside the file and its text (and as much again as bytes).
_JOINED_LINES = 10_000


def _decode_lines(path: Path, data: bytes) -> tuple[str, str, tuple[int, ...]]:
    """Read a file that is not valid UTF-8 as a whole, one line at a time.

    Lists are pasted together from two exports, one UTF-8 and one from Excel on
    Windows: read as one code page, every accented name of one half would be stored
    garbled (charset-normalizer took one such file for iso8859-10).  So a line that is
    valid UTF-8 is read as UTF-8, and a line that is not is read as Windows-1252 only
    when that reading is plainly Western text (:func:`_windows_1252`).  Anything else
    is refused with its line, before anything is stored.  A file with no UTF-8 in it
    at all is one legacy export: read as Windows-1252 when every line plainly is, and
    refused otherwise (a guess among code pages is what stored names garbled).
    """
    chunks: list[str] = []
    texts: list[str] = []
    legacy: list[int] = []
    unclear: int | None = None
    unclear_line = b""
    utf8_seen = False
    for number, found in enumerate(_BYTE_LINE.finditer(data), 1):
        line = found.group()
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            western = _windows_1252(line)
            if western is None:
                if unclear is None:
                    unclear, unclear_line = number, line
                text = ""
            else:
                text = western
            legacy.append(number)
        else:
            utf8_seen = utf8_seen or not line.isascii()
        texts.append(text)
        if len(texts) == _JOINED_LINES:
            chunks.append("".join(texts))
            texts.clear()
    chunks.append("".join(texts))
    if unclear is None:
        if not utf8_seen:
            return "".join(chunks), "cp1252", ()
        return "".join(chunks), "utf-8", tuple(legacy)
    if utf8_seen:
        what = "neither UTF-8, like the rest of the file, nor plainly Windows-1252"
    else:
        what = f"not UTF-8, and not plainly Windows-1252{_guessed(data)}"
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Directory",
            "{path}: line {unclear} is {what} ({value}), so nothing was read. "
            "Save the list as CSV UTF-8 (Excel: File → Save As → CSV UTF-8) and "
            "import it again.",
        ).format(path=path, unclear=unclear, what=what, value=_excerpt(unclear_line))
    )


# Western words carry their accents one or two at a time among plain letters (Núñez,
# Müller, Ørsted).  Cyrillic, Greek or Hebrew text read in the wrong single-byte code
# page becomes words with no plain letter at all ("Ïðèâåò", "î"), or long runs of
# accented ones: such a line is not plainly Windows-1252.
_WORD_RE = re.compile(r"[^\W\d_]+")
_LONG_RUN = re.compile(r"[^\x00-\x7f]{3,}")


def _windows_1252(line: bytes) -> str | None:
    """``line`` read as Windows-1252, or None when that reading is not plainly right."""
    try:
        text = line.decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes Windows-1252 leaves undefined
        return None
    for word in _WORD_RE.findall(text):
        if word.isascii():
            continue
        if not any(c.isascii() for c in word) or _LONG_RUN.search(word):
            return None
    # Outside words, only the signs Western lists use: a stray cedilla or superscript
    # where a name stands is another script's letter read in the wrong code page.
    if any(ord(c) > 0x7F and not c.isalpha() and c not in _WESTERN_SIGNS for c in text):
        return None
    return text


_WESTERN_SIGNS = frozenset("\u00a0€£¥¢©®°±«»–—‘’‚“”„•…·§¶¿¡×÷™")


def _excerpt(line: bytes, width: int = 40) -> str:
    shown = " ".join(line.decode("utf-8", errors="replace").split())
    if len(shown) > width:
        shown = shown[: width - 1] + "…"
    return f"“{shown}”"


def _decode_strictly(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Directory", "{path} starts like a {encoding} file but is damaged at byte {start}"
            ).format(path=path, encoding=encoding, start=exc.start)
        ) from None


def _decode_utf16_without_bom(path: Path, data: bytes) -> tuple[str, str]:
    """Read UTF-16 that lacks its byte-order mark, or reject the file as binary.

    Text is mostly ASCII, which UTF-16 stores as one NUL byte beside each character, so
    NULs on every other byte mean UTF-16; NULs anywhere else mean binary data.
    """
    if len(data) % 2 == 0:
        half = len(data) // 2
        for encoding, high_bytes in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if high_bytes.count(0) >= 0.7 * half:
                try:
                    return data.decode(encoding), encoding
                except UnicodeDecodeError:
                    break
    raise _not_csv(path, QT_TRANSLATE_NOOP("Directory", "binary data"))


def _guessed(data: bytes) -> str:
    """What charset-normalizer takes a legacy file for, as words for the refusal.

    Only said, never used to read: on a list of names many single-byte code pages decode
    without visible mess, and its pick among them is close to arbitrary (cp1006, Urdu,
    for "José"; iso8859-10 for a UTF-8 file with some Windows-1252 lines), which stored
    every accented name garbled.
    """
    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "cp1252", "ascii"):
        return ""
    return f" (it may be {best.encoding.replace('_', '-')})"


def _not_csv(path: Path, what: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Directory",
            "{path} is not a CSV file: it looks like {what}. Save the list as "
            "CSV (comma-separated values) and import that file.",
        ).format(path=path, what=what)
    )


# --- parsing --------------------------------------------------------------------------

_DELIMITERS = ",;\t|"
_SNIFF_CHARS = 64 * 1024


def _sniff_delimiter(text: str) -> str:
    """Find the delimiter from a sample of whole lines.

    Only the delimiter is taken from ``csv.Sniffer``: its quote guess says "no doubled
    quotes" whenever the sample happens to have none, which would misread a doubled quote
    further down, and every exporter writes standard quotes anyway.  When the sniffer
    gives up, the candidate most frequent in the header line is used.
    """
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        header_line = text.splitlines()[0] if text else ""
        return max(_DELIMITERS, key=lambda d: (header_line.count(d), d == ","))


# A physical line with its ending ("\n", "\r\n" or a lone "\r"), or the last line without one.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time, split as ``io.StringIO(text, newline="")``
    splits them, without its copy of the whole text: StringIO holds four bytes a
    character, so a 47 MiB list of 600,000 people took 190 MiB more while it was read."""
    return (match.group() for match in _LINE.finditer(text))


def _parse(text: str, delimiter: str) -> Iterator[tuple[int, list[str]] | BadRow]:
    """Split ``text`` into records, each with the physical line it starts on.

    The reader is strict so that a quote left open does not silently swallow the rest
    of the file into one cell; such a record, and one with text after a closing quote,
    is yielded as a bad row and reading goes on with the next line.  Blank lines, and
    rows whose every cell is blank (spreadsheets leave them at the end), are dropped.
    Records come one at a time, so that a 200,000-row file is never held as rows.
    """
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield BadRow(start, _explain(exc))
        else:
            if any(cell.strip() for cell in record):
                yield start, record
        start = reader.line_num + 1


def _explain(exc: csv.Error) -> str:
    message = str(exc)
    if "unexpected end of data" in message:
        return "a quote opened in this row is never closed"
    if "expected after" in message:
        return "text follows the closing quote of a field"
    return message


def _check_header(path: Path, headers: list[str]) -> None:
    """Refuse a first line that does not name its columns.

    One unnamed column is common (a trailing delimiter, a spreadsheet's index column);
    several usually mean the first line is a title or data rather than a header, and
    every later suggestion would be wrong.
    """
    unnamed = [str(i + 1) for i, name in enumerate(headers) if not name]
    if len(unnamed) > 1:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Directory",
                "{path}: columns {names} and {unnamed} have no name in the first "
                "line; the first line must name every column",
            ).format(path=path, names=", ".join(unnamed[:-1]), unnamed=unnamed[-1])
        )


def read_table(path: str | Path, *, limit: int | None = None) -> CsvTable:
    """Read a CSV file in any common encoding and delimiter into a :class:`CsvTable`.

    With ``limit``, only the first ``limit`` data rows are kept (what a preview shows);
    the others are counted, and read again by :func:`iter_records` when imported.
    Raises :class:`ImportFileError` with a sentence fit to show when the file is
    missing, empty, not text, has a header without names, or has no data rows.
    """
    path = Path(path)
    text, encoding, legacy = _decode(path, _read_bytes(path))
    delimiter = _sniff_delimiter(text)
    parsed = _parse(text, delimiter)
    broken: list[BadRow] = []
    header: list[str] | None = None
    for item in parsed:
        if isinstance(item, BadRow):
            broken.append(item)
            continue
        header = item[1]
        break
    if header is None and not broken:
        raise ImportFileError(QT_TRANSLATE_NOOP("Directory", "{path} is empty").format(path=path))
    if header is None or broken:
        first = broken[0]
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Directory", "{path}: the header on line {line} is broken: {reason}"
            ).format(path=path, line=first.line, reason=first.reason)
        )
    headers = [name.strip() for name in header]
    _check_header(path, headers)
    width = len(headers)
    rows: list[list[str]] = []
    row_lines: list[int] = []
    bad: list[BadRow] = []
    total = 0
    for item in parsed:
        if isinstance(item, BadRow):
            bad.append(item)
        elif len(item[1]) != width:
            bad.append(_width_problem(item, width))
        else:
            total += 1
            if limit is None or len(rows) < limit:
                row_lines.append(item[0])
                rows.append(item[1])
    if not total and not bad:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Directory", "{path} has a header but no rows").format(path=path)
        )
    return CsvTable(
        headers=headers,
        rows=rows,
        row_lines=row_lines,
        encoding=encoding,
        delimiter=delimiter,
        source_format=_recognize(headers),
        bad_rows=bad,
        legacy_lines=legacy,
        total_rows=total,
        text=text,
    )


def _width_problem(item: tuple[int, list[str]], width: int) -> BadRow:
    return BadRow(item[0], f"row has {len(item[1])} fields, the header has {width}")


def iter_rows(table: CsvTable) -> Iterator[tuple[int, list[str]]]:
    """Every well-formed data row of the file, with its line, read again from its text.

    A table read whole gives its rows as they are.  Rows of the wrong width are left
    out, as in ``rows``: they are in ``bad_rows``.
    """
    if table.complete or not table.text:
        yield from zip(table.row_lines, table.rows, strict=True)
        return
    width = len(table.headers)
    parsed = _parse(table.text, table.delimiter)
    for item in parsed:  # the header first (the table has one: it was read)
        if not isinstance(item, BadRow):
            break
    for item in parsed:
        if not isinstance(item, BadRow) and len(item[1]) == width:
            yield item


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Directory", "{path} does not exist").format(path=path)
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Directory", "{path} is a folder, not a CSV file").format(path=path)
        ) from None
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Directory", "cannot read {path}: {strerror}").format(
                path=path, strerror=exc.strerror
            )
        ) from None


# --- recognizing the well-known exports ------------------------------------------------

# Headers that only one of the two exports has (both have "First Name", "Notes", ...).
_GOOGLE_MARKERS = frozenset(
    {
        "given name", "additional name", "family name", "yomi name", "group membership",
        "phonetic first name", "phonetic last name", "file as", "labels",
        "organization name", "organization title", "organization 1 - name",
        "organization 1 - title", "e-mail 1 - type", "e-mail 1 - label", "e-mail 1 - value",
        "phone 1 - type", "phone 1 - label", "phone 1 - value", "address 1 - formatted",
        "address 1 - region",
    }
)  # fmt: skip
_OUTLOOK_MARKERS = frozenset(
    {
        "e-mail address", "e-mail type", "e-mail display name", "e-mail 2 address",
        "e-mail 3 address", "business phone", "home phone", "mobile phone", "company",
        "job title", "business street", "business state", "home street", "home state",
        "other street", "assistant's phone", "company main phone", "categories", "web page",
    }
)  # fmt: skip
_MIN_MARKERS = 3


def _recognize(headers: list[str]) -> SourceFormat:
    """Tell a Google or Outlook export from any other file by its distinctive headers.

    Three distinctive headers are needed, so that a hand-made list with a "Company"
    column is not taken for an Outlook export.
    """
    names = {_normalize(h) for h in headers}
    google = len(names & _GOOGLE_MARKERS)
    outlook = len(names & _OUTLOOK_MARKERS)
    if google >= _MIN_MARKERS and google > outlook:
        return "google"
    if outlook >= _MIN_MARKERS and outlook > google:
        return "outlook"
    return "generic"


def _normalize(header: str) -> str:
    return " ".join(header.replace("_", " ").casefold().split())


# --- suggesting a mapping ----------------------------------------------------------------

# Each table maps a field to the headers that may hold it, best first.  A header names
# at most one field per table, so no column is ever claimed by two fields.
_GOOGLE_PEOPLE: dict[str, tuple[str, ...]] = {
    "name": ("Name",),
    "first_name": ("First Name", "Given Name"),
    "last_name": ("Last Name", "Family Name"),
    "email": ("E-mail 1 - Value",),
    "email2": ("E-mail 2 - Value",),
    "email3": ("E-mail 3 - Value",),
    "phone": ("Phone 1 - Value",),
    "phone2": ("Phone 2 - Value",),
    "phone3": ("Phone 3 - Value",),
    "state": ("Address 1 - Region",),
    "organization": ("Organization Name", "Organization 1 - Name"),
    "role": ("Organization Title", "Organization 1 - Title"),
    "language": ("Language",),
    "notes": ("Notes",),
}
# Outlook's "Title" is Mr./Ms., not a job title, which is why exports get exact tables.
_OUTLOOK_PEOPLE: dict[str, tuple[str, ...]] = {
    "first_name": ("First Name",),
    "last_name": ("Last Name",),
    "email": ("E-mail Address",),
    "email2": ("E-mail 2 Address",),
    "email3": ("E-mail 3 Address",),
    "phone": ("Mobile Phone",),
    "phone2": ("Business Phone",),
    "phone3": ("Home Phone",),
    "state": ("Business State", "Home State"),
    "organization": ("Company",),
    "role": ("Job Title",),
    "language": ("Language",),
    "notes": ("Notes",),
}
_GENERIC_PEOPLE: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "contact", "contact name", "display name", "nombre completo",
             "nombre y apellido", "nombre y apellidos"),
    "first_name": ("first name", "firstname", "given name", "first", "forename", "nombre"),
    "last_name": ("last name", "lastname", "family name", "surname", "last", "apellido",
                  "apellidos"),
    "email": ("email", "e-mail", "email address", "e-mail address", "mail", "email 1", "correo",
              "correo electrónico", "correo electronico", "correo-e",
              "e-mail 1 - value", "email 1 - value"),  # a Google export with columns cut
    "email2": ("email 2", "e-mail 2", "email2", "other email", "secondary email", "correo 2",
               "e-mail 2 - value"),
    "email3": ("email 3", "e-mail 3", "email3", "correo 3"),
    "phone": ("phone", "telephone", "mobile", "cell", "phone number", "mobile phone", "tel",
              "teléfono", "telefono", "celular", "móvil", "movil", "phone 1 - value"),
    "phone2": ("phone 2", "phone2", "work phone", "office phone", "business phone",
               "teléfono 2", "telefono 2", "phone 2 - value"),
    "phone3": ("phone 3", "phone3", "home phone", "teléfono 3", "telefono 3"),
    "state": ("state", "region", "province", "state/province", "estado"),
    "organization": ("organization", "organisation", "company", "group", "org", "affiliation",
                     "organización", "organizacion", "grupo"),
    "role": ("title", "role", "position", "job title", "cargo", "puesto"),
    # Several memberships in one cell, as the export writes them: "Org A (Chair); Org B".
    "organizations": ("organizations", "organisations", "memberships", "groups", "affiliations",
                      "organizaciones", "grupos"),
    "language": ("language", "preferred language", "lang", "idioma"),
    "time_zone": ("time zone", "timezone", "tz", "zona horaria"),
    "notes": ("notes", "note", "comments", "comment", "notas", "comentarios"),
}  # fmt: skip
_GENERIC_ORGANIZATIONS: dict[str, tuple[str, ...]] = {
    "name": ("name", "organization", "organisation", "organization name", "group", "org",
             "nombre", "organización", "organizacion", "grupo"),
    "short_name": ("short name", "acronym", "abbreviation", "siglas", "nombre corto"),
    "kind": ("kind", "type", "organization type", "category", "tipo"),
    "home_state": ("home state", "state", "region", "province", "estado"),
    "website": ("website", "url", "web", "web site", "homepage", "web page", "sitio web",
                "página web", "pagina web"),
    "founded_on": ("founded", "founded on", "founding date", "established", "fundación",
                   "fundacion", "fundada"),
    "status": ("status", "estado de la organización"),
    "notes": ("notes", "note", "description", "comments", "notas", "descripción"),
    "tags": ("tags", "labels", "categories", "keywords", "etiquetas"),
    "parent": ("parent", "parent organization", "parent organisation", "parte de"),
    # "Facebook: https://…; Instagram: https://…", as the export writes them.
    "social_pages": ("social pages", "social media", "social", "social links", "redes sociales"),
}  # fmt: skip


def suggest_mapping(table: CsvTable, kind: Kind) -> dict[int, str | None]:
    """Suggest, for every column index, the field it holds (None: not imported).

    Known exports are matched on their exact headers, other files on common synonyms,
    case and spacing ignored.  Each field goes to at most one column; when several
    columns could hold it (Outlook's "Business State" and "Home State") the first one
    that has any data wins.  The exports' tables describe people: an organization list
    is matched on synonyms whatever produced it.  Columns whose name is on another
    column too are left for the person to map (see :func:`duplicate_columns_problem`).
    """
    mapping: dict[int, str | None] = dict.fromkeys(range(len(table.headers)))
    # A name on two columns says nothing of which holds what: the person chooses.
    repeated = {number - 1 for numbers in table.duplicate_headers().values() for number in numbers}
    for target, names in _candidate_headers(table.source_format, kind).items():
        free = [i for i, f in mapping.items() if f is None and i not in repeated]
        column = _pick_column(table, names, free=free)
        if column is not None:
            mapping[column] = target
    return mapping


def _candidate_headers(source_format: SourceFormat, kind: Kind) -> dict[str, tuple[str, ...]]:
    if kind == "people":
        return {"google": _GOOGLE_PEOPLE, "outlook": _OUTLOOK_PEOPLE}.get(
            source_format, _GENERIC_PEOPLE
        )
    if kind == "organizations":
        return _GENERIC_ORGANIZATIONS
    raise ValueError(
        QT_TRANSLATE_NOOP("Directory", "unknown kind of record: {kind!r}").format(kind=kind)
    )


def _pick_column(table: CsvTable, names: tuple[str, ...], free: list[int]) -> int | None:
    wanted = [_normalize(name) for name in names]
    candidates = sorted(
        (i for i in free if _normalize(table.headers[i]) in wanted),
        key=lambda i: wanted.index(_normalize(table.headers[i])),
    )
    for column in candidates:
        if any(row[column].strip() for row in table.rows):
            return column
    return candidates[0] if candidates else None


# --- mapped records ---------------------------------------------------------------------

# Google puts several addresses or numbers of the same label in one cell, " ::: " apart.
_JOINED = " ::: "
_SEPARATOR = _JOINED.strip()
_SLOT_GROUPS = (("email", "email2", "email3"), ("phone", "phone2", "phone3"))


def records(table: CsvTable, mapping: Mapping[int, str | None]) -> list[MappedRecord]:
    """Apply a (possibly user-edited) mapping to the well-formed rows read into ``table``.

    Values are stripped and blank ones left out; Google's joined cells are spread over
    the numbered e-mail and phone fields; a person without a "name" column gets
    "first last" (a middle name is not part of how organizers address people).
    """
    return list(_mapped(table, mapping, zip(table.row_lines, table.rows, strict=True)))


def iter_records(table: CsvTable, mapping: Mapping[int, str | None]) -> Iterator[MappedRecord]:
    """:func:`records` for every row of the file, a preview's table included, one at a time."""
    return _mapped(table, mapping, iter_rows(table))


def _mapped(
    table: CsvTable, mapping: Mapping[int, str | None], rows: Iterator[tuple[int, list[str]]]
) -> Iterator[MappedRecord]:
    _check_mapping(table, mapping)
    fallbacks = _fallback_columns(table, mapping)
    for line, row in rows:
        values = _mapped_values(row, mapping)
        for field_name, columns in fallbacks.items():
            if field_name not in values:
                found = next((row[c].strip() for c in columns if row[c].strip()), "")
                if found:
                    values[field_name] = found
        for slots in _SLOT_GROUPS:
            _spread_joined(values, slots)
        _compose_name(values)
        yield MappedRecord(line, values)


def _fallback_columns(table: CsvTable, mapping: Mapping[int, str | None]) -> dict[str, list[int]]:
    """In a known export, the unmapped columns that hold the same field in other rows.

    Outlook fills "Business State" for some contacts and only "Home State" for others:
    a row whose mapped column is blank takes the value from its alternative.
    """
    if table.source_format == "generic":
        return {}
    candidates = _candidate_headers(table.source_format, "people")
    mapped = {index for index, field in mapping.items() if field is not None}
    result: dict[str, list[int]] = {}
    for index, target in mapping.items():
        if target is None:
            continue
        names = [_normalize(n) for n in candidates.get(target, ())]
        if _normalize(table.headers[index]) not in names:
            continue  # the person chose another column for it: no fallback
        columns = [
            i
            for i, header in enumerate(table.headers)
            if i not in mapped and _normalize(header) in names
        ]
        if columns:
            result[target] = columns
    return result


def _check_mapping(table: CsvTable, mapping: Mapping[int, str | None]) -> None:
    fields = [field for field in mapping.values() if field is not None]
    if len(fields) != len(set(fields)):
        raise ValueError(
            QT_TRANSLATE_NOOP("Directory", "a field is mapped from more than one column")
        )
    if any(not 0 <= index < len(table.headers) for index in mapping):
        raise ValueError(
            QT_TRANSLATE_NOOP("Directory", "the mapping names a column the table does not have")
        )


def _mapped_values(row: list[str], mapping: Mapping[int, str | None]) -> dict[str, str]:
    cells = ((field, row[index].strip()) for index, field in mapping.items())
    return {field: text for field, text in cells if field is not None and text}


def _spread_joined(values: dict[str, str], slots: tuple[str, ...]) -> None:
    """Move the extra items of a joined cell into the group's empty slots.

    Items that find no empty slot stay joined where they were, so that nothing is
    dropped silently: validation then shows them to the person importing.
    """
    if not any(_SEPARATOR in values.get(slot, "") for slot in slots):
        return  # nothing joined: nothing to move (most rows of most files)
    free = [slot for slot in slots if slot not in values]
    for slot in slots:
        items = [item.strip() for item in values.get(slot, "").split(_JOINED.strip())]
        items = [item for item in items if item]
        if len(items) < 2:
            continue
        while len(items) > 1 and free:
            values[free.pop(0)] = items.pop(1)
        values[slot] = _JOINED.join(items)


def _compose_name(values: dict[str, str]) -> None:
    if "name" not in values:
        full = " ".join(values[f] for f in ("first_name", "last_name") if f in values)
        if full:
            values["name"] = full


def missing_name_problem(table: CsvTable, kind: Kind, mapping: Mapping[int, str | None]) -> str:
    """The sentence refusing a list none of whose columns holds a name ('' when one does):
    every row would be refused alike, and the file's own headers say more than that."""
    fields = set(mapping.values())
    if "name" in fields or (kind == "people" and fields & {"first_name", "last_name"}):
        return ""
    headers = ", ".join(f"“{header.strip()}”" for header in table.headers if header.strip())
    if kind == "people":
        return QT_TRANSLATE_NOOP(
            "Directory",
            "no column of this list holds the person's name (its columns: {headers}); name "
            "one “Name”, or “First name” and “Last name”, or import it in the window, where "
            "you say what each column holds",
        ).format(headers=headers)
    return QT_TRANSLATE_NOOP(
        "Directory",
        "no column of this list holds the organization's name (its columns: {headers}); "
        "name one “Name”, or import it in the window, where you say what each column holds",
    ).format(headers=headers)


def duplicate_columns_problem(table: CsvTable) -> str:
    """The sentence refusing a file whose header names a column twice ('' when none does).

    Which of two "E-mail" columns is the address to keep is for the person to say (the
    import dialog lets them map each column); importing the first and dropping the
    second silently would lose every address in it.
    """
    sentences = [
        f"The column “{name}” appears {_times(len(numbers))} "
        f"(columns {', '.join(map(str, numbers[:-1]))} and {numbers[-1]})"
        for name, numbers in table.duplicate_headers().items()
    ]
    if not sentences:
        return ""
    return (
        "; ".join(sentences)
        + ". Rename the columns in the file, or import it in the window, where you say what each "
        "holds."
    )


def _times(count: int) -> str:
    return {2: "twice", 3: "three times"}.get(count, f"{count} times")
