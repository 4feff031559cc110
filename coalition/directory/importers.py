"""Importing people and organizations from CSV files (checking them first:
:mod:`coalition.directory.importers_preview`; exporting:
:mod:`coalition.directory.importers_export`).

An import happens in two steps so that the person importing sees what will happen
before anything is written.  :func:`preview` checks every row of a table read by
:mod:`coalition.directory.csvread` against the directory: each row is "ok", a "duplicate" of
someone or something already there (or earlier in the same file), or an "error" with
the reason.  :func:`import_rows` then writes the whole preview in one transaction: a
file is imported completely or not at all, so one undo removes it and a failure half-way
never leaves half a list behind.  A long list of people is checked and written a batch
at a time, in that same one transaction (:func:`import_table`).
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError, ImportFileError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory import records as directory
from coalition.directory.csvread import (
    CsvTable,
    Kind,
    MappedRecord,
    duplicate_columns_problem,
    iter_records,
    missing_name_problem,
    read_table,
    suggest_mapping,
)
from coalition.directory.importers_preview import (
    ImportPreview,
    ImportReport,
    Joined,
    OrganizationRecord,
    PersonRecord,
    PreviewRow,
    Status,
    _listed,
    _OrganizationNames,
    _parent_chain,
    _plural,
    _preview_people,
    _Seen,
    _unquoted_records,
    count_of,
    describe,
    legacy_note,
    preview,
)
from coalition.directory.records import MembershipInput, OrganizationInput
from coalition.store.base import new_ids, sort_key, utcnow
from coalition.store.changes import insert_rows, writes
from coalition.store.models import (
    Membership,
    OrgKind,
    Person,
    PersonEmail,
    PersonPhone,
)
from coalition.store.names import name_key
from coalition.store.newrows import stamped_template

# What the dialog and the command line take from here (the preview's names among them:
# one module to import, whichever of the two steps a caller needs).
__all__ = [
    "BATCH",
    "ImportCancelled",
    "ImportPreview",
    "ImportReport",
    "OrganizationRecord",
    "PersonRecord",
    "PreviewRow",
    "Progress",
    "Status",
    "count_of",
    "describe",
    "import_file",
    "import_rows",
    "import_table",
    "legacy_note",
    "preview",
]

# rows checked so far, rows in the file: called between batches, where raising
# ImportCancelled stops the import with nothing stored.
Progress = Callable[[int, int], None]

# Rows checked and stored at a time: the session forgets each batch once it is written,
# so a 200,000-row file takes no more memory than a few thousand rows.
BATCH = 1000


# --- import -------------------------------------------------------------------------------


def _refusal(errors: list[PreviewRow]) -> ImportFileError:
    # Reasons hold commas ("row has 3 fields, the header has 5"): rows are set apart by ";".
    listed = _listed([f"line {row.line}: {row.reason}" for row in errors], "; ")
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Directory", "{value} cannot be read, so nothing was imported: {listed}"
        ).format(value=_plural(len(errors), "row"), listed=listed)
    )


@writes(QT_TRANSLATE_NOOP("Changes", "Import contacts"))
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

    def id_for(self, joined: Joined) -> str | None:
        """The id of a membership's organization (None: the row names none).

        Looked up again by name, because the directory may have changed since the preview.
        """
        if joined.organization_id is not None or not joined.organization:
            return joined.organization_id
        key = name_key(joined.organization)
        if key not in self._ids:
            found = self._names.find(joined.organization)
            if found is None:
                made = directory.create_organization(
                    self._session,
                    OrganizationInput(name=joined.organization, kind=OrgKind.GRASSROOTS),
                )
                self.created.append(made.name)
                self._names.made(made.id, made.name)
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
    # Each row a copy of its table's new row made now, with its values (see
    # stamped_template): four a person, hundreds of thousands in a long list.
    person_row, email_row, phone_row, member_row = (
        stamped_template(model, now) for model in (Person, PersonEmail, PersonPhone, Membership)
    )
    people: list[dict[str, Any]] = []
    emails: list[dict[str, Any]] = []
    phones: list[dict[str, Any]] = []
    memberships: list[dict[str, Any]] = []
    placed: dict[int, str] = {}
    new_id = new_ids(_keys_needed(rows)).pop  # made at once, handed out one by one
    org_id_for = organizations.id_for
    for row in rows:
        record = row.record
        assert isinstance(record, PersonRecord)
        data = record.person
        person_id = new_id()
        people.append(
            {
                **person_row, "id": person_id, "name": data.name, "sort_name": sort_key(data.name),
                "state": data.state, "language": data.language, "time_zone": data.time_zone,
                "notes": data.notes,
            }
        )  # fmt: skip
        for position, address in enumerate(data.emails):
            emails.append(
                {
                    **email_row, "id": new_id(), "person_id": person_id, "address": address,
                    "position": position,
                }
            )  # fmt: skip
        for position, number in enumerate(data.phones):
            phones.append(
                {
                    **phone_row, "id": new_id(), "person_id": person_id, "number": number,
                    "position": position,
                }
            )  # fmt: skip
        if record.organization:
            joined = set()
            for membership in record.memberships():
                org_id = org_id_for(membership)
                if org_id is None or org_id in joined:
                    continue
                joined.add(org_id)
                memberships.append(
                    {
                        **member_row, "id": new_id(), "person_id": person_id,
                        "organization_id": org_id, "role": membership.role.strip(),
                    }
                )  # fmt: skip
        placed[row.line] = person_id
    session.flush()  # the organizations made for them are written before their members
    for model, values in (
        (Person, people), (PersonEmail, emails), (PersonPhone, phones), (Membership, memberships)
    ):  # fmt: skip
        insert_rows(session, model, values)
    return placed


def _keys_needed(rows: list[PreviewRow]) -> int:
    """How many new keys storing ``rows`` takes at most: a person, their addresses and
    numbers, their memberships."""
    needed = 0
    for row in rows:
        assert isinstance(row.record, PersonRecord)
        person = row.record.person
        needed += 2 + len(person.emails) + len(person.phones) + len(row.record.others)
    return needed


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
        for membership in record.memberships():
            org_id = organizations.id_for(membership)
            if org_id is not None and not _is_member(session, person_id, org_id):
                directory.add_membership(
                    session, MembershipInput(person_id, org_id, role=membership.role)
                )


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
            social_pages=current.social_pages
            + [
                page
                for page in incoming.social_pages
                if page.url.casefold() not in {p.url.casefold() for p in current.social_pages}
            ],
        )
        directory.update_organization(session, org_id, merged)


class ImportCancelled(CoalitionError):
    """The person stopped the import: the transaction is rolled back, nothing is stored."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


@writes(QT_TRANSLATE_NOOP("Changes", "Import contacts"))
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
    with _collected_a_batch_at_a_time() as batch_done:
        for batch in _batches(iter_records(table, mapping), BATCH):
            _import_batch(
                session, batch, tally, seen, names, organizations, skip_duplicates, exclude_errors
            )
            batch_done()
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


def _import_batch(
    session: Session,
    batch: list[MappedRecord],
    tally: _Tally,
    seen: _Seen,
    names: _OrganizationNames,
    organizations: _MemberOrganizations,
    skip_duplicates: bool,
    exclude_errors: bool,
) -> None:
    """Check a batch of a people list, and store it unless a row that cannot be read has
    been found (and the person did not say to leave such rows out)."""
    rows = _preview_people(session, _unquoted_records(batch), seen, names, summaries=False)
    tally.errors += [row for row in rows if row.status == "error"]
    tally.checked += len(batch)
    if tally.errors and not exclude_errors:
        return
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


# A full collection of reference cycles every so many batches (see below).
_FULL_COLLECTION_EVERY = 50


@contextlib.contextmanager
def _collected_a_batch_at_a_time() -> Iterator[Callable[[], None]]:
    """Python's collection of reference cycles, run after each batch (the batch's own
    objects; everything every :data:`_FULL_COLLECTION_EVERY` batches) rather than as
    it counts objects made.

    A batch makes a few hundred thousand objects (rows, their recorded changes) that
    live until it is written: counting them, the collector went through everything the
    process holds again and again, a fifth of a long import's time.  What it collects
    is collected all the same, a batch later at most.
    """
    enabled = gc.isenabled()
    gc.disable()
    batches = 0

    def batch_done() -> None:
        nonlocal batches
        batches += 1
        gc.collect(2 if batches % _FULL_COLLECTION_EVERY == 0 else 1)

    try:
        yield batch_done
    finally:
        if enabled:
            gc.enable()


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
    if problem := missing_name_problem(table, kind, mapping):
        raise ImportFileError(problem)
    report = import_table(session, table, kind, mapping, source=Path(path).name, progress=progress)
    unread = tuple(  # those with something in them (among the rows read first)
        table.headers[index].strip()
        for index, field in mapping.items()
        if field is None
        and table.headers[index].strip()
        and any(index < len(row) and row[index].strip() for row in table.rows)
    )
    return replace(report, unread=unread)
