"""The first step of an import: every row of a CSV file checked against the directory,
before anything is written (the writing: :mod:`coalition.directory.importers`).

:func:`preview` reads the rows of a table read by :mod:`coalition.directory.csvread`: each
row is "ok", a "duplicate" of someone or something already there (or earlier in the same
file), or an "error" with the reason.  What a preview holds (:class:`PreviewRow`,
:class:`ImportPreview`) and what an import reports (:class:`ImportReport`) are here too,
with the words both use, so that the dialog shows a preview and the command line an
import's report in the same sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common import validation
from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, sentence_of
from coalition.directory import records as directory
from coalition.directory.csvread import CsvTable, Kind, MappedRecord, iter_records, records
from coalition.directory.importers_export import _FORMULA_STARTS, _membership_text
from coalition.directory.records import OrganizationInput, PersonInput, SocialPageInput
from coalition.store.models import OrgKind, Person
from coalition.store.names import NameIndex, name_key

Status = Literal["ok", "duplicate", "error"]

# Listing every problem of a 5,000-row file would bury the first ones.
_MAX_LISTED = 10


# --- what a preview holds ----------------------------------------------------------------


@dataclass(frozen=True)
class Joined:
    """A membership a row names: the organization by name (with its id when it is in the
    directory already) and the role."""

    organization: str
    organization_id: str | None = None
    role: str = ""


@dataclass(frozen=True)
class PersonRecord:
    """What one row of a people list stores: the person and, optionally, memberships.

    The first membership is ``organization`` (an Organization column with Role beside
    it, or the first of an Organizations column), ``others`` the rest.
    ``organization_id`` is set when the organization is already in the directory;
    otherwise a named organization is created, as a grassroots group (the kind most
    allies are, and easy to change later), on import.
    """

    person: PersonInput
    organization: str = ""
    organization_id: str | None = None
    role: str = ""
    others: tuple[Joined, ...] = ()

    def memberships(self) -> list[Joined]:
        first = Joined(self.organization, self.organization_id, self.role)
        return ([first] if self.organization else []) + list(self.others)


@dataclass(frozen=True)
class OrganizationRecord:
    """What one row of an organization list stores.

    The parent is either already in the directory (``parent_id``) or on another row of
    the same file (``parent_line``), possibly further down: it is created first.
    """

    organization: OrganizationInput
    parent: str = ""
    parent_id: str | None = None
    parent_line: int | None = None


@dataclass(frozen=True)
class PreviewRow:
    """One row as the person importing sees it, with what it would store.

    A duplicate names what it repeats: a record already in the directory
    (``same_as_id``) or an earlier row of the file (``same_as_line``).  ``reason`` says
    why a row is a duplicate or an error, and notes what an "ok" row will also do.
    """

    line: int
    status: Status
    summary: str
    reason: str = ""
    record: PersonRecord | OrganizationRecord | None = None
    same_as_id: str | None = None
    same_as_line: int | None = None


@dataclass(frozen=True)
class ImportPreview:
    """Every row of a file, checked, in file order; the input of :func:`import_rows`."""

    kind: Kind
    source: str
    origin: tuple[str, ...]
    rows: list[PreviewRow]

    @property
    def counts(self) -> dict[Status, int]:
        result: dict[Status, int] = {"ok": 0, "duplicate": 0, "error": 0}
        for row in self.rows:
            result[row.status] += 1
        return result

    def with_status(self, status: Status) -> list[PreviewRow]:
        return [row for row in self.rows if row.status == status]


@dataclass(frozen=True)
class ImportReport:
    """What an import did, as sentences for the command line and the dialog."""

    kind: Kind
    source: str
    origin: tuple[str, ...]
    imported: int
    duplicates: list[PreviewRow]
    merged: bool
    left_out: list[PreviewRow]
    new_organizations: list[str]
    legacy_lines: tuple[int, ...] = ()
    # Headers of the file's columns that no field was read from (the command line's
    # import, which takes the suggested mapping; the window shows its mapping).
    unread: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        where = f" from {self.source}" if self.source else ""
        how = f" ({', '.join(self.origin[:2])})" if self.origin else ""
        result = [f"Imported {count_of(self.imported, self.kind)}{where}{how}"]
        if self.legacy_lines:
            result.append(legacy_note(self.legacy_lines))
        if self.new_organizations:
            result.append(
                f"Added {count_of(len(self.new_organizations), 'organizations')} "
                f"they belong to: {_listed(self.new_organizations)}"
            )
        if self.duplicates:
            verb = "Merged" if self.merged else "Skipped"
            into = " into the records already there" if self.merged else ""
            result.append(
                f"{verb} {_plural(len(self.duplicates), 'duplicate')}{into}: "
                f"{_rows_listed(self.duplicates)}"
            )
        if self.left_out:
            result.append(
                f"Left out {_plural(len(self.left_out), 'row')} that cannot be read: "
                f"{_rows_listed(self.left_out)}"
            )
        if self.unread:
            count = len(self.unread)
            result.append(
                f"Not read: the {'column' if count == 1 else _plural(count, 'column')} "
                f"{_listed([f'“{h}”' for h in self.unread])}"
                + (
                    " (a person's organizations are read from an Organization column with "
                    "Role beside it, or from an Organizations column written as "
                    "“Group A (Chair); Group B”)"
                    if self.kind == "people"
                    and any("organi" in header.casefold() for header in self.unread)
                    else ""
                )
            )
        return result


# --- wording ----------------------------------------------------------------------------

_NOUNS = {"people": ("person", "people"), "organizations": ("organization", "organizations")}
_FORMATS = {"google": "Google Contacts export", "outlook": "Outlook export", "generic": "CSV list"}
_ENCODINGS = {
    "utf-8-sig": "UTF-8 with BOM",
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16 (big-endian)",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32 (big-endian)",
    "cp1252": "Windows-1252",
}
_DELIMITERS = {",": "comma-separated", ";": "semicolon-separated", "\t": "tab-separated"}


def count_of(number: int, kind: str) -> str:
    """ "1 person", "12 people", "1 organization": for messages about either kind."""
    one, many = _NOUNS[kind]
    return f"{number} {one if number == 1 else many}"


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _listed(items: list[str], separator: str = ", ") -> str:
    shown = separator.join(items[:_MAX_LISTED])
    more = len(items) - _MAX_LISTED
    return f"{shown} and {more} more" if more > 0 else shown


def _rows_listed(rows: list[PreviewRow]) -> str:
    return _listed([f"line {row.line} ({row.reason})" for row in rows])


def legacy_note(lines: tuple[int, ...]) -> str:
    """What was read as Windows-1252 in a UTF-8 file, for a look at those names."""
    where = _listed([str(line) for line in lines])
    return (
        f"{_plural(len(lines), 'line')} {'was' if len(lines) == 1 else 'were'} read as "
        f"Windows-1252, the rest as UTF-8: check the accented names on line"
        f"{'' if len(lines) == 1 else 's'} {where}"
    )


def describe(table: CsvTable) -> tuple[str, ...]:
    """What kind of file was read, in words: format, encoding, delimiter.

    Shown before importing so that a wrongly guessed encoding ("Windows-1252" for a
    file the person knows to be Cyrillic) is noticed before the names are stored.
    """
    return (
        _FORMATS[table.source_format],
        _ENCODINGS.get(table.encoding, table.encoding.upper()),
        _DELIMITERS.get(table.delimiter, f"separated by {table.delimiter}"),
    )


# --- preview ------------------------------------------------------------------------------


def _unquoted(text: str) -> str:
    if text.startswith("'") and text[1:2] and text[1] in _FORMULA_STARTS:
        return text[1:]
    return text


def preview(
    session: Session,
    table: CsvTable,
    kind: Kind,
    mapping: Mapping[int, str | None],
    *,
    source: str = "",
    every_row: bool = False,
) -> ImportPreview:
    """Check the rows of ``table``, mapped by ``mapping``, against the directory.

    Nothing is written.  ``source`` (the file's name) is only used in messages.  The rows
    that :func:`coalition.directory.csvread.read_table` could not split into columns come out as
    errors at their line, among the others.  The rows read into ``table`` are checked
    (a preview's first rows), or, with ``every_row``, every row of its file.
    """
    chosen = iter_records(table, mapping) if every_row else records(table, mapping)
    mapped = _unquoted_records(chosen)
    if kind == "people":
        rows = _preview_people(session, mapped)
    elif kind == "organizations":
        rows = _preview_organizations(session, mapped)
    else:
        raise ValueError(
            QT_TRANSLATE_NOOP("Directory", "unknown kind of record: {kind!r}").format(kind=kind)
        )
    rows += [PreviewRow(bad.line, "error", "", bad.reason) for bad in table.bad_rows]
    rows.sort(key=lambda row: row.line)
    return ImportPreview(kind=kind, source=source, origin=describe(table), rows=rows)


def _unquoted_records(chosen: Iterable[MappedRecord]) -> list[tuple[int, dict[str, str]]]:
    return [
        (rec.line, {name: _unquoted(text) for name, text in rec.values.items()}) for rec in chosen
    ]


def _person_input(values: dict[str, str]) -> PersonInput:
    return PersonInput(
        name=values.get("name", ""),
        emails=[values[f] for f in ("email", "email2", "email3") if f in values],
        phones=[values[f] for f in ("phone", "phone2", "phone3") if f in values],
        state=values.get("state", ""),
        language=values.get("language", ""),
        time_zone=values.get("time_zone", ""),
        notes=values.get("notes", ""),
    )


def _person_summary(values: Mapping[str, str], person: PersonInput | None = None) -> str:
    """Name, first address, state, organization: enough to recognize someone in a list."""
    if person is None:  # not valid: show what the file says
        parts = [values.get("name", ""), values.get("email", ""), values.get("state", "")]
    else:
        parts = [person.name, person.emails[0] if person.emails else "", person.state]
    if values.get("organization"):
        parts.append(_membership_text(values["organization"], values.get("role", "")))
    if values.get("organizations"):
        parts.append(values["organizations"])
    return " · ".join(part for part in parts if part)


# address -> (first line it is on, the person or the ok row that line ends up as); an
# "ok" row's addresses hold its line alone, standing for (line, None, line): a 600,000-row
# import keeps every address it has seen, and a tuple each took 40 MiB more.
_Seen = dict[str, int | tuple[int, str | None, int | None]]


def _seen_as(entry: int | tuple[int, str | None, int | None]) -> tuple[int, str | None, int | None]:
    return (entry, None, entry) if isinstance(entry, int) else entry


def _preview_people(
    session: Session,
    mapped: list[tuple[int, dict[str, str]]],
    seen: _Seen | None = None,
    organizations: _OrganizationNames | None = None,
    *,
    summaries: bool = True,
) -> list[PreviewRow]:
    """Check people rows; two rows are the same person when they share an e-mail address.

    Names are no key (the same person is "Bob Lee" in one list and "Robert Lee" in
    another, and two people may share a name); an address belongs to one person.
    An import checks its file a batch at a time, passing ``seen`` (the addresses of the
    batches before, some of them stored by now) and its organizations from batch to batch,
    and no ``summaries`` of the rows that are "ok" (stored, they are not shown).
    """
    checked: list[tuple[int, dict[str, str], PersonInput | ValidationError]] = []
    for line, values in mapped:
        try:
            checked.append((line, values, _person_input(values).validated()))
        except ValidationError as exc:
            checked.append((line, values, exc))
    seen = {} if seen is None else seen
    addresses = (a for _, _, p in checked if isinstance(p, PersonInput) for a in p.emails)
    in_directory = {  # not the people this import stored from earlier batches
        address: person_id
        for address, person_id in directory.people_by_email(session, addresses).items()
        if address not in seen or _seen_as(seen[address])[1] is not None
    }
    organizations = organizations or _OrganizationNames(session)
    rows: list[PreviewRow] = []
    for line, values, person in checked:
        if isinstance(person, ValidationError):
            rows.append(PreviewRow(line, "error", _person_summary(values), str(person)))
            continue
        keys = [address.lower() for address in person.emails]
        known = next((k for k in keys if k in in_directory), None)
        repeated = next((k for k in keys if k in seen), None)
        status: Status = "duplicate"
        same_as_line: int | None = None
        if known is not None:
            same_as_id: str | None = in_directory[known]
            name = _person_name(session, in_directory[known])
            reason: str = QT_TRANSLATE_NOOP(
                "Directory", "{known} is already in the directory ({name})"
            ).format(known=known, name=name)
        elif repeated is not None:
            first, same_as_id, same_as_line = _seen_as(seen[repeated])
            reason = QT_TRANSLATE_NOOP("Directory", "{repeated} is also on line {first}").format(
                repeated=repeated, first=first
            )
        else:
            status, reason, same_as_id = "ok", "", None
        for key in keys:  # later repeats point at whoever this row ends up as
            seen.setdefault(key, line if status == "ok" else (line, same_as_id, same_as_line))
        try:
            record, note = _membership(person, values, organizations)
        except ValueError as exc:
            rows.append(PreviewRow(line, "error", _person_summary(values), sentence_of(exc)))
            continue
        summary = _person_summary(values, person) if summaries or status != "ok" else ""
        row = PreviewRow(
            line, status, summary, reason if status != "ok" else note,
            record=record, same_as_id=same_as_id, same_as_line=same_as_line,
        )  # fmt: skip
        rows.append(row)
    return rows


def _person_name(session: Session, person_id: str) -> str:
    return session.scalar(select(Person.name).where(Person.id == person_id)) or ""


def _membership(
    person: PersonInput, values: dict[str, str], names: _OrganizationNames
) -> tuple[PersonRecord, str]:
    """What a row stores (the person, their organizations and roles), and what an "ok"
    row's reason notes will happen (a duplicate's reason says why it is one, no more).
    Raises ValueError for a name or role too long to keep."""
    organization, role = values.get("organization", ""), values.get("role", "")
    named = [(organization, role)] if organization else []
    named += memberships_in(values.get("organizations", ""), names)
    joined: list[Joined] = []
    seen: set[str] = set()
    for name, its_role in named:
        validation.fits(name, directory.NAME_LIMIT, _ORGANIZATION_NAME)
        validation.fits(its_role.strip(), directory.ROLE_LIMIT, _ROLE)
        org_id = names.find(name)
        key = org_id or name_key(name)
        if key in seen:  # named twice (in both columns): once is a membership
            continue
        seen.add(key)
        joined.append(Joined(name, org_id, its_role.strip()))
    first = joined[0] if joined else Joined("")
    record = PersonRecord(
        person, first.organization, first.organization_id, first.role, tuple(joined[1:])
    )
    new = [j.organization for j in joined if j.organization_id is None]
    if new:
        note = f"organization {_listed(new)} will be created"
    elif role and not organization:
        note = f"role '{role}' left out: no organization is given"
    else:
        note = ""
    return record, note


_ORGANIZATION_NAME = QT_TRANSLATE_NOOP("Fields", "organization's name")
_ROLE = QT_TRANSLATE_NOOP("Fields", "role")
# "Org A (Chair)": an organization and the role in it, as an export writes them.
_WITH_ROLE = re.compile(r"^(?P<name>.*?\S)\s*\((?P<role>[^()]*)\)$")


def memberships_in(text: str, names: _OrganizationNames | None = None) -> list[tuple[str, str]]:
    """The (organization, role) pairs of an Organizations cell as an export writes it:
    "Org A (Chair); Org B".  A name that ends in brackets is kept whole when the
    directory knows it so ("Unidos (Fresno)"); otherwise the brackets hold the role."""
    pairs = []
    for item in text.split(";"):
        item = " ".join(item.split())
        if not item:
            continue
        match = _WITH_ROLE.match(item)
        if match is None or (names is not None and names.find(item) is not None):
            pairs.append((item, ""))
        else:
            pairs.append((match["name"], match["role"].strip()))
    return pairs


class _OrganizationNames:
    """Looks organizations up by name (or short name): case, spaces and then accents
    folded (see :mod:`coalition.store.names`)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._named: NameIndex | None = None

    def find(self, name: str) -> str | None:
        """:func:`~coalition.directory.records.find_organization_by_name`, but every
        organization is read once, at the first name asked: a list naming 500 groups
        asked 500 times (and wrote the ones made so far before each question)."""
        if self._named is None:
            self._named = directory.organizations_by_name(self._session)
        found = self._named.find(name)
        return found[0] if found else None

    def made(self, org_id: str, name: str) -> None:
        """An organization made by this import: later rows naming it find it."""
        if self._named is not None:
            self._named.add(org_id, (name,))


def _split_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.replace(";", ",").split(",") if tag.strip()]


def _organization_input(values: dict[str, str]) -> OrganizationInput:
    return OrganizationInput(
        name=values.get("name", ""),
        short_name=values.get("short_name", ""),
        kind=values.get("kind", OrgKind.GRASSROOTS),
        home_state=values.get("home_state", ""),
        founded_on=values.get("founded_on"),
        website=values.get("website", ""),
        status=values.get("status", "active"),
        notes=values.get("notes", ""),
        tags=_split_tags(values.get("tags", "")),
        social_pages=social_pages_in(values.get("social_pages", "")),
    )


def social_pages_in(text: str) -> list[SocialPageInput]:
    """The pages of a Social pages cell as an export writes it: "Facebook: https://…;
    Instagram: https://…" (a bare address is a page whose platform is its site's name)."""
    pages = []
    for item in text.split(";"):
        item = item.strip()
        if not item:
            continue
        platform, sep, url = item.partition(": ")
        if not sep or "://" in platform or not url.strip():
            url = item
            host = url.split("://", 1)[-1].split("/", 1)[0].removeprefix("www.")
            platform = host.split(".")[0].capitalize() if host else "Web"
        pages.append(SocialPageInput(platform=platform.strip(), url=url.strip()))
    return pages


def _organization_summary(values: Mapping[str, str], org: OrganizationInput | None = None) -> str:
    if org is None:
        parts = [values.get("name", ""), values.get("kind", ""), values.get("home_state", "")]
    else:
        name = f"{org.name} ({org.short_name})" if org.short_name else org.name
        parts = [name, OrgKind(org.kind).label, org.home_state]
    if values.get("parent"):
        parts.append(f"part of {values['parent']}")
    return " · ".join(part for part in parts if part)


def _preview_organizations(
    session: Session, mapped: list[tuple[int, dict[str, str]]]
) -> list[PreviewRow]:
    """Check organization rows; a name (or short name) already known is a duplicate."""
    names = _OrganizationNames(session)
    first_line: dict[str, int] = {}  # name, case ignored -> first readable row with it
    rows: list[PreviewRow] = []
    for line, values in mapped:
        try:
            org = _organization_input(values).validated()
        except ValidationError as exc:
            rows.append(PreviewRow(line, "error", _organization_summary(values), str(exc)))
            continue
        summary = _organization_summary(values, org)
        record = OrganizationRecord(org, parent=values.get("parent", ""))
        key = org.name.casefold()
        existing = names.find(org.name)
        if existing is not None:
            row = PreviewRow(
                line, "duplicate", summary, f"{org.name} is already in the directory",
                record=record, same_as_id=existing,
            )  # fmt: skip
        elif key in first_line:
            row = PreviewRow(
                line, "duplicate", summary, f"{org.name} is also on line {first_line[key]}",
                record=record, same_as_line=first_line[key],
            )  # fmt: skip
        else:
            first_line[key] = line
            row = PreviewRow(line, "ok", summary, record=record)
        rows.append(row)
    return _check_parents(_resolve_parents(rows, names, first_line))


def _resolve_parents(
    rows: list[PreviewRow], names: _OrganizationNames, first_line: dict[str, int]
) -> list[PreviewRow]:
    """Find each parent in the directory, else on a row of the file (maybe further down)."""
    result = []
    for row in rows:
        record = row.record
        if not isinstance(record, OrganizationRecord) or not record.parent:
            result.append(row)
            continue
        parent_id = names.find(record.parent)
        parent_line = None if parent_id else first_line.get(record.parent.casefold())
        if record.parent.casefold() == record.organization.name.casefold():
            result.append(
                replace(row, status="error", reason="an organization cannot be its own parent")
            )
        elif parent_id is None and parent_line is None:
            reason = QT_TRANSLATE_NOOP(
                "Directory",
                "the parent organization {parent} is neither in the directory nor in this file",
            ).format(parent=record.parent)
            result.append(replace(row, status="error", reason=reason))
        else:
            result.append(
                replace(row, record=replace(record, parent_id=parent_id, parent_line=parent_line))
            )
    return result


def _check_parents(rows: list[PreviewRow]) -> list[PreviewRow]:
    """Turn rows whose parents loop, or whose parent row cannot be imported, into errors.

    Repeated until nothing changes, because a row's error makes its children's rows
    errors too, and children may come before their parent in the file.
    """
    by_line = {row.line: row for row in rows}
    for row in rows:
        chain = _parent_chain(row, by_line)
        if chain and chain[-1] == row.line:
            loop = ", ".join(str(line) for line in sorted(set(chain)))
            by_line[row.line] = replace(
                row, status="error", reason=f"the parents on lines {loop} form a loop"
            )
    changed = True
    while changed:
        changed = False
        for line, row in by_line.items():
            parent_line = (
                row.record.parent_line if isinstance(row.record, OrganizationRecord) else None
            )
            if (
                row.status == "error"
                or parent_line is None
                or by_line[parent_line].status != "error"
            ):
                continue
            reason = QT_TRANSLATE_NOOP(
                "Directory", "its parent, on line {parent_line}, cannot be imported"
            ).format(parent_line=parent_line)
            by_line[line] = replace(row, status="error", reason=reason)
            changed = True
    return [by_line[row.line] for row in rows]


def _parent_chain(row: PreviewRow, by_line: dict[int, PreviewRow]) -> list[int]:
    """The lines of the parents above ``row`` in the file, stopping at the first repeat."""
    chain: list[int] = []
    current = row
    while isinstance(current.record, OrganizationRecord) and current.record.parent_line is not None:
        line = current.record.parent_line
        if line in chain or line == row.line:
            chain.append(line)
            break
        chain.append(line)
        current = by_line[line]
    return chain
