"""Importing people and organizations from CSV files (exporting:
:mod:`coalition.directory.importers_export`).

An import happens in two steps so that the person importing sees what will happen
before anything is written.  :func:`preview` checks every row of a table read by
:mod:`coalition.directory.csvread` against the directory: each row is "ok", a "duplicate" of
someone or something already there (or earlier in the same file), or an "error" with
the reason.  :func:`import_rows` then writes the whole preview in one transaction: a
file is imported completely or not at all, so one undo removes it and a failure half-way
never leaves half a list behind.

"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError, ImportFileError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory import records as directory
from coalition.directory.csvread import (
    CsvTable,
    Kind,
    MappedRecord,
    duplicate_columns_problem,
    iter_records,
    read_table,
    records,
    suggest_mapping,
)
from coalition.directory.importers_export import _FORMULA_STARTS, _membership_text
from coalition.directory.records import MembershipInput, OrganizationInput, PersonInput
from coalition.store.base import sort_key, utcnow
from coalition.store.changes import insert_rows, new_row, writes
from coalition.store.models import (
    Membership,
    OrgKind,
    Person,
    PersonEmail,
    PersonPhone,
)

Status = Literal["ok", "duplicate", "error"]
# rows checked so far, rows in the file: called between batches, where raising
# ImportCancelled stops the import with nothing stored.
Progress = Callable[[int, int], None]

# Rows checked and stored at a time: the session forgets each batch once it is written,
# so a 200,000-row file takes no more memory than a few thousand rows.
BATCH = 1000

# Listing every problem of a 5,000-row file would bury the first ones.
_MAX_LISTED = 10


# --- what a preview holds ----------------------------------------------------------------


@dataclass(frozen=True)
class PersonRecord:
    """What one row of a people list stores: the person and, optionally, a membership.

    ``organization_id`` is set when the organization is already in the directory;
    otherwise a named organization is created, as a grassroots group (the kind most
    allies are, and easy to change later), on import.
    """

    person: PersonInput
    organization: str = ""
    organization_id: str | None = None
    role: str = ""


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
    return " · ".join(part for part in parts if part)


# address -> (first line it is on, the person or the ok row that line ends up as)
_Seen = dict[str, tuple[int, str | None, int | None]]


def _preview_people(
    session: Session,
    mapped: list[tuple[int, dict[str, str]]],
    seen: _Seen | None = None,
    organizations: _OrganizationNames | None = None,
) -> list[PreviewRow]:
    """Check people rows; two rows are the same person when they share an e-mail address.

    Names are no key (the same person is "Bob Lee" in one list and "Robert Lee" in
    another, and two people may share a name); an address belongs to one person.
    An import checks its file a batch at a time, passing ``seen`` (the addresses of the
    batches before, some of them stored by now) and its organizations from batch to batch.
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
        if address not in seen or seen[address][1] is not None
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
            first, same_as_id, same_as_line = seen[repeated]
            reason = QT_TRANSLATE_NOOP("Directory", "{repeated} is also on line {first}").format(
                repeated=repeated, first=first
            )
        else:
            status, reason, same_as_id = "ok", "", None
        for key in keys:  # later repeats point at whoever this row ends up as
            seen.setdefault(
                key, (line, same_as_id, same_as_line if status == "duplicate" else line)
            )
        record, note = _membership(person, values, organizations)
        row = PreviewRow(
            line, status, _person_summary(values, person), reason if status != "ok" else note,
            record=record, same_as_id=same_as_id, same_as_line=same_as_line,
        )  # fmt: skip
        rows.append(row)
    return rows


def _person_name(session: Session, person_id: str) -> str:
    return session.scalar(select(Person.name).where(Person.id == person_id)) or ""


def _membership(
    person: PersonInput, values: dict[str, str], names: _OrganizationNames
) -> tuple[PersonRecord, str]:
    """What a row stores (the person, their organization and role), and what an "ok"
    row's reason notes will happen (a duplicate's reason says why it is one, no more)."""
    organization, role = values.get("organization", ""), values.get("role", "")
    org_id = names.find(organization) if organization else None
    record = PersonRecord(person, organization, org_id, role if organization else "")
    if organization and org_id is None:
        note = f"organization {organization} will be created"
    elif role and not organization:
        note = f"role '{role}' left out: no organization is given"
    else:
        note = ""
    return record, note


class _OrganizationNames:
    """Looks organizations up by name (or short name) once per name, case ignored."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, str | None] = {}
        self._named: dict[str, str] | None = None

    def find(self, name: str) -> str | None:
        key = name.strip().casefold()
        if key not in self._ids:
            self._ids[key] = self._lookup(name)
        return self._ids[key]

    def _lookup(self, name: str) -> str | None:
        """:func:`~coalition.directory.records.find_organization_by_name`, but every
        organization is read once, at the first name asked: a list naming 500 groups
        asked 500 times (and wrote the ones made so far before each question)."""
        wanted = name.strip().lower()
        if not wanted:
            return None
        if self._named is None:
            self._named = directory.organizations_by_name(self._session)
        return self._named.get(wanted)


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
    )


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


# --- import -------------------------------------------------------------------------------


def _refusal(errors: list[PreviewRow]) -> ImportFileError:
    # Reasons hold commas ("row has 3 fields, the header has 5"): rows are set apart by ";".
    listed = _listed([f"line {row.line}: {row.reason}" for row in errors], "; ")
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Directory", "{value} cannot be read, so nothing was imported: {listed}"
        ).format(value=_plural(len(errors), "row"), listed=listed)
    )


@writes("Import contacts")
def import_rows(
    session: Session,
    preview: ImportPreview,
    *,
    skip_duplicates: bool = True,
    exclude_errors: bool = False,
) -> ImportReport:
    """Store every "ok" row of ``preview`` in one transaction: all of them, or none.

    A file with rows that cannot be read is refused (:class:`ImportFileError`) unless
    ``exclude_errors`` says, explicitly, to import the others without them: quietly
    dropping a row would lose someone the person importing believes is now stored.
    Duplicates are skipped, or, with ``skip_duplicates=False``, merged into the record
    they repeat: new e-mail addresses, numbers, tags and membership are added and blank
    fields filled in, but nothing already stored is overwritten.
    """
    errors = preview.with_status("error")
    if errors and not exclude_errors:
        raise _refusal(errors)
    ok = preview.with_status("ok")
    duplicates = preview.with_status("duplicate")
    organizations = _MemberOrganizations(session)
    if preview.kind == "people":
        placed = _import_people(session, ok, organizations)
        if not skip_duplicates:
            _merge_people(session, duplicates, placed, organizations)
    else:
        placed = _import_organizations(session, ok)
        if not skip_duplicates:
            _merge_organizations(session, duplicates, placed)
    return ImportReport(
        kind=preview.kind,
        source=preview.source,
        origin=preview.origin,
        imported=len(ok),
        duplicates=duplicates,
        merged=not skip_duplicates,
        left_out=errors,
        new_organizations=organizations.created,
    )


class _MemberOrganizations:
    """The organizations people are imported into, each created the first time it is named."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, str] = {}
        self._names = _OrganizationNames(session)
        self.created: list[str] = []

    def id_for(self, record: PersonRecord) -> str | None:
        """The id of the row's organization (None: the row names none).

        Looked up again by name, because the directory may have changed since the preview.
        """
        if record.organization_id is not None or not record.organization:
            return record.organization_id
        key = record.organization.strip().casefold()
        if key not in self._ids:
            found = self._names.find(record.organization)
            if found is None:
                made = directory.create_organization(
                    self._session,
                    OrganizationInput(name=record.organization, kind=OrgKind.GRASSROOTS),
                )
                self.created.append(made.name)
                found = made.id
            self._ids[key] = found
        return self._ids[key]


def _target(row: PreviewRow, placed: dict[int, str]) -> str:
    """The id of the record a duplicate row repeats: already stored, or made by this import."""
    if row.same_as_id is not None:
        return row.same_as_id
    assert row.same_as_line is not None, "a duplicate always names what it repeats"
    return placed[row.same_as_line]


def _import_people(
    session: Session, rows: list[PreviewRow], organizations: _MemberOrganizations
) -> dict[int, str]:
    """Create a person (and membership) per row; return each row's line -> person id.

    Written as plain rows, a table at a time (see :func:`insert_rows`), not as objects:
    the rows have been validated by the preview, and an object per person, address,
    number and membership made the import of a long list take many minutes.
    """
    now = utcnow()
    people: list[dict[str, Any]] = []
    emails: list[dict[str, Any]] = []
    phones: list[dict[str, Any]] = []
    memberships: list[dict[str, Any]] = []
    placed: dict[int, str] = {}
    for row in rows:
        record = row.record
        assert isinstance(record, PersonRecord)
        data = record.person
        person = new_row(
            Person, now, name=data.name, sort_name=sort_key(data.name), state=data.state,
            language=data.language, time_zone=data.time_zone, notes=data.notes,
        )  # fmt: skip
        person_id = person["id"]
        people.append(person)
        emails += [
            new_row(PersonEmail, now, person_id=person_id, address=address, position=position)
            for position, address in enumerate(data.emails)
        ]
        phones += [
            new_row(PersonPhone, now, person_id=person_id, number=number, position=position)
            for position, number in enumerate(data.phones)
        ]
        org_id = organizations.id_for(record)
        if org_id is not None:
            memberships.append(
                new_row(
                    Membership,
                    now,
                    person_id=person_id,
                    organization_id=org_id,
                    role=record.role.strip(),
                )
            )
        placed[row.line] = person_id
    session.flush()  # the organizations made for them are written before their members
    for model, values in (
        (Person, people), (PersonEmail, emails), (PersonPhone, phones), (Membership, memberships)
    ):  # fmt: skip
        insert_rows(session, model, values)
    return placed


def _merge_people(
    session: Session,
    rows: list[PreviewRow],
    placed: dict[int, str],
    organizations: _MemberOrganizations,
) -> None:
    for row in rows:
        record = row.record
        assert isinstance(record, PersonRecord)
        person_id = _target(row, placed)
        current = directory.person_input(directory.get_person(session, person_id))
        incoming = record.person
        known = {address.lower() for address in current.emails}
        merged = replace(
            current,
            emails=current.emails + [a for a in incoming.emails if a.lower() not in known],
            phones=current.phones + [p for p in incoming.phones if p not in current.phones],
            state=current.state or incoming.state,
            language=current.language or incoming.language,
            time_zone=current.time_zone or incoming.time_zone,
            notes=current.notes or incoming.notes,
        )
        directory.update_person(session, person_id, merged)
        org_id = organizations.id_for(record)
        if org_id is not None and not _is_member(session, person_id, org_id):
            directory.add_membership(session, MembershipInput(person_id, org_id, role=record.role))


def _is_member(session: Session, person_id: str, org_id: str) -> bool:
    memberships = directory.memberships_of_person(session, person_id)
    return any(m.organization_id == org_id for m in memberships)


def _parents_first(rows: list[PreviewRow]) -> list[PreviewRow]:
    """``rows`` ordered so that a parent on another row is created before its chapters.

    The preview has already turned loops into errors, so every chain of parents ends.
    """
    by_line = {row.line: row for row in rows}
    return sorted(rows, key=lambda row: (len(_parent_chain(row, by_line)), row.line))


def _parent_id(record: OrganizationRecord, placed: dict[int, str]) -> str | None:
    if record.parent_line is not None:
        return placed[record.parent_line]
    return record.parent_id


def _import_organizations(session: Session, rows: list[PreviewRow]) -> dict[int, str]:
    """Create an organization per row, parents first; return each row's line -> id."""
    placed: dict[int, str] = {}
    for row in _parents_first(rows):
        record = row.record
        assert isinstance(record, OrganizationRecord)
        data = replace(record.organization, parent_id=_parent_id(record, placed))
        placed[row.line] = directory.create_organization(session, data).id
    return placed


def _merge_organizations(session: Session, rows: list[PreviewRow], placed: dict[int, str]) -> None:
    for row in rows:
        record = row.record
        assert isinstance(record, OrganizationRecord)
        org_id = _target(row, placed)
        current = directory.organization_input(directory.get_organization(session, org_id))
        incoming = record.organization
        merged = replace(
            current,
            short_name=current.short_name or incoming.short_name,
            parent_id=current.parent_id or _parent_id(record, placed),
            home_state=current.home_state or incoming.home_state,
            founded_on=current.founded_on or incoming.founded_on,
            website=current.website or incoming.website,
            notes=current.notes or incoming.notes,
            tags=sorted(set(current.tags) | set(incoming.tags)),
        )
        directory.update_organization(session, org_id, merged)


class ImportCancelled(CoalitionError):
    """The person stopped the import: the transaction is rolled back, nothing is stored."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


@writes("Import contacts")
def import_table(
    session: Session,
    table: CsvTable,
    kind: Kind,
    mapping: Mapping[int, str | None],
    *,
    source: str = "",
    skip_duplicates: bool = True,
    exclude_errors: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check and store every row of ``table``'s file in one transaction: all, or none.

    The same rules as :func:`preview` then :func:`import_rows`, but a list of people is
    read, checked and stored a batch at a time (:data:`BATCH` rows), the session
    forgetting each batch once written, so memory stays flat however long the file.
    ``progress`` is called after each batch; raising :class:`ImportCancelled` from it
    (or anything else) rolls the whole import back.  An organization list is checked
    whole first: a chapter's parent may be further down the file.  ``mapping`` is the
    person's: a file naming a column twice is refused by :func:`import_file`, not here.
    """
    if kind != "people":
        checked = preview(session, table, kind, mapping, source=source, every_row=True)
        report = import_rows(
            session, checked, skip_duplicates=skip_duplicates, exclude_errors=exclude_errors
        )
        if progress is not None:
            progress(len(checked.rows), len(checked.rows))
        return replace(report, legacy_lines=table.legacy_lines)
    return _import_people_streamed(
        session, table, mapping, source, skip_duplicates, exclude_errors, progress
    )


def _batches(items: Iterator[MappedRecord], size: int) -> Iterator[list[MappedRecord]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


@dataclass
class _Tally:
    """What a streamed import has done so far (the rows themselves are not kept)."""

    imported: int = 0
    checked: int = 0
    duplicates: list[PreviewRow] = field(default_factory=list)
    errors: list[PreviewRow] = field(default_factory=list)
    placed: dict[int, str] = field(default_factory=dict)


def _import_people_streamed(
    session: Session,
    table: CsvTable,
    mapping: Mapping[int, str | None],
    source: str,
    skip_duplicates: bool,
    exclude_errors: bool,
    progress: Progress | None,
) -> ImportReport:
    """Store a people list a batch at a time; see :func:`import_table`.

    Once a row that cannot be read is found (and the person did not say to leave such
    rows out), nothing more is stored, but the rest is still checked so that the refusal
    lists every such row; the transaction is then rolled back.
    """
    tally = _Tally(errors=[PreviewRow(bad.line, "error", "", bad.reason) for bad in table.bad_rows])
    total = table.row_count + len(table.bad_rows)
    seen: _Seen = {}
    names = _OrganizationNames(session)
    organizations = _MemberOrganizations(session)
    for batch in _batches(iter_records(table, mapping), BATCH):
        rows = _preview_people(session, _unquoted_records(batch), seen, names)
        tally.errors += [row for row in rows if row.status == "error"]
        tally.checked += len(batch)
        if not tally.errors or exclude_errors:
            ok = [row for row in rows if row.status == "ok"]
            duplicates = [row for row in rows if row.status == "duplicate"]
            placed = _import_people(session, ok, organizations)
            if not skip_duplicates:  # who each line became: only merging asks
                tally.placed.update(placed)
                _merge_people(session, duplicates, tally.placed, organizations)
            tally.imported += len(ok)
            tally.duplicates += [replace(row, record=None) for row in duplicates]
            session.flush()
            session.expunge_all()  # what is written is recorded: the objects can go
        if progress is not None:
            progress(tally.checked + len(table.bad_rows), total)
    if tally.errors and not exclude_errors:
        raise _refusal(sorted(tally.errors, key=lambda row: row.line))
    return ImportReport(
        kind="people",
        source=source,
        origin=describe(table),
        imported=tally.imported,
        duplicates=tally.duplicates,
        merged=not skip_duplicates,
        left_out=sorted(tally.errors, key=lambda row: row.line),
        new_organizations=organizations.created,
        legacy_lines=table.legacy_lines,
    )


def import_file(
    session: Session, path: str | Path, kind: Kind, *, progress: Progress | None = None
) -> ImportReport:
    """Import a whole file with the suggested mapping (the command line's import).

    Raises :class:`ImportFileError` when the file cannot be read, names a column twice
    (which of the two holds what is for the person to say, in the window), or any row of
    it cannot be imported; nothing is stored then.
    """
    table = read_table(path, limit=BATCH)
    problem = duplicate_columns_problem(table)
    if problem:
        raise ImportFileError(problem)
    mapping = suggest_mapping(table, kind)
    return import_table(session, table, kind, mapping, source=Path(path).name, progress=progress)
