"""Exporting people and organizations to CSV, in a form that imports again.

Exports are written with a byte-order mark, which is what makes Excel read UTF-8, and
with headers that :mod:`coalition.directory.csvread` maps back to the same fields, so an exported
list imports again into another database (:mod:`coalition.directory.importers`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coalition.common.files import replacing
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory.csvread import Kind
from coalition.store.models import Membership, Organization, OrganizationTag, Person

# Spreadsheets run a cell that starts with one of these as a formula; exports put a quote
# before such a value (see :func:`spreadsheet_cell`), which an import takes off again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _membership_text(organization: str, role: str) -> str:
    return f"{organization} ({role})" if role else organization


# --- export ---------------------------------------------------------------------------------

# Headers that coalition.directory.csvread maps back to the same fields (its generic synonyms), so
# that an exported list imports again; "Organizations" and "Represents" are left unmapped.
PEOPLE_HEADERS = (
    "Name", "E-mail", "E-mail 2", "E-mail 3", "Phone", "Phone 2", "Phone 3", "State",
    "Language", "Time zone", "Organizations", "Represents", "Notes",
)  # fmt: skip
ORGANIZATION_HEADERS = (
    "Name", "Short name", "Kind", "Parent", "State", "Founded", "Website", "Status", "Tags",
    "Social pages", "Notes",
)  # fmt: skip
_SLOTS = 3  # e-mail addresses and phone numbers per person in an export


def spreadsheet_cell(text: str) -> str:
    """A value a spreadsheet shows as text, never runs as a formula.

    Lists gathered from many people can hold "=HYPERLINK(...)" in a note; Excel and
    LibreOffice would run it on opening the export, so such values get a leading quote
    (OWASP's advice for CSV injection), which :func:`preview` removes on import.
    """
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _slots(values: list[str]) -> list[str]:
    return (values + [""] * _SLOTS)[:_SLOTS]


def _people_rows(session: Session) -> Iterable[list[str]]:
    people = session.scalars(
        select(Person)
        .options(
            selectinload(Person.emails),
            selectinload(Person.phones),
            selectinload(Person.memberships).selectinload(Membership.organization),
        )
        .order_by(func.lower(Person.name), Person.id)
    )
    for person in people:
        memberships = sorted(person.memberships, key=lambda m: m.organization.name.casefold())
        yield [
            spreadsheet_cell(person.name),
            *(spreadsheet_cell(address) for address in _slots([e.address for e in person.emails])),
            *_slots([p.number for p in person.phones]),  # validated numbers: no formulas
            person.state,
            person.language,
            person.time_zone,
            spreadsheet_cell(
                "; ".join(_membership_text(m.organization.name, m.role) for m in memberships)
            ),
            ", ".join(sorted({m.represents_state for m in memberships if m.represents_state})),
            spreadsheet_cell(person.notes),
        ]


def _organization_rows(session: Session) -> Iterable[list[str]]:
    organizations = session.scalars(
        select(Organization)
        .options(
            selectinload(Organization.parent),
            selectinload(Organization.tag_links).joinedload(OrganizationTag.tag),
            selectinload(Organization.social_pages),
        )
        .order_by(func.lower(Organization.name), Organization.id)
    )
    for org in organizations:
        pages = "; ".join(f"{page.platform}: {page.url}" for page in org.social_pages)
        yield [
            spreadsheet_cell(org.name),
            spreadsheet_cell(org.short_name),
            org.kind.label,
            spreadsheet_cell(org.parent.name if org.parent is not None else ""),
            spreadsheet_cell(org.home_state),
            org.founded_on.isoformat() if org.founded_on else "",
            spreadsheet_cell(org.website),
            org.status.label,
            spreadsheet_cell(", ".join(org.tags)),
            spreadsheet_cell(pages),
            spreadsheet_cell(org.notes),
        ]


def export_csv(session: Session, kind: Kind, path: str | Path) -> int:
    """Write every person or organization to ``path`` as CSV; return how many.

    The file is written beside ``path`` under a temporary name and then renamed over
    it, so that a full disk or a crash never leaves half a list where the old one was.
    It is made readable by its owner only (as :func:`tempfile.mkstemp` creates it): it
    holds people's contact details, unencrypted.
    """
    headers: tuple[str, ...]
    if kind == "people":
        headers, rows = PEOPLE_HEADERS, _people_rows(session)
    elif kind == "organizations":
        headers, rows = ORGANIZATION_HEADERS, _organization_rows(session)
    else:
        raise ValueError(
            QT_TRANSLATE_NOOP("Directory", "unknown kind of record: {kind!r}").format(kind=kind)
        )
    count = 0
    with (
        replacing(path) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
