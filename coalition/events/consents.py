"""A group's list of the people who said yes to it: nobody else.

Signing up with one organization is never consent for another: a group's export holds
the people who ticked its own box (and have not withdrawn), each with the date and the
exact wording they were shown.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coalition.common.errors import NotFoundError
from coalition.common.files import replacing
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory.importers_export import spreadsheet_cell
from coalition.directory.records import find_organization_by_name
from coalition.store.models import Consent, Organization, Person

HEADERS = ("name", "email", "phone", "zip", "county", "consent_date", "consent_wording")


def find_organization(session: Session, name_or_id: str) -> Organization:
    """An organization by its id, its name or its short name (any case or accents)."""
    org = session.get(Organization, name_or_id) or find_organization_by_name(session, name_or_id)
    if org is not None:
        return org
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Events", "There is no organization called “{name}”.").format(
            name=name_or_id
        )
    )


def export_consented(session: Session, organization_id: str, path: str | Path) -> int:
    """Write the people who consented to this organization (not withdrawn) to a CSV
    file, one a line, with their latest consent's date and wording; returns how many."""
    consents = session.scalars(
        select(Consent)
        .where(Consent.organization_id == organization_id, Consent.withdrawn_at.is_(None))
        .order_by(Consent.given_at)
    ).all()
    latest: dict[str, Consent] = {}
    for consent in consents:
        latest[consent.person_id] = consent  # later ones last: the newest wins
    people = {
        p.id: p
        for p in session.scalars(
            select(Person)
            .where(Person.id.in_(list(latest)))
            .options(selectinload(Person.emails), selectinload(Person.phones))
        )
    }
    rows = sorted(
        ((people[pid], consent) for pid, consent in latest.items() if pid in people),
        key=lambda pair: (pair[0].sort_name, pair[0].id),
    )
    # Written whole or not at all; what a signer typed is never run as a formula.
    with replacing(path) as temporary, open(temporary, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        for person, consent in rows:
            writer.writerow(
                [
                    spreadsheet_cell(value)
                    for value in (
                        person.name,
                        person.primary_email,
                        person.phones[0].number if person.phones else "",
                        person.postal_code,
                        person.county,
                        consent.given_at.date().isoformat(),
                        consent.wording,
                    )
                ]
            )
    return len(rows)


def organizations_with_consents(session: Session) -> list[tuple[str, str, int]]:
    """(id, name, people) of each organization someone has consented to (and not
    withdrawn), by name: what a consent export can be made for."""
    rows = session.execute(
        select(Organization.id, Organization.name, func.count(func.distinct(Consent.person_id)))
        .join(Consent, Consent.organization_id == Organization.id)
        .where(Consent.withdrawn_at.is_(None))
        .group_by(Organization.id, Organization.name, Organization.sort_name)
        .order_by(Organization.sort_name)
    )
    return [(r[0], r[1], r[2]) for r in rows]
