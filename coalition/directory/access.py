"""Who may read and who may change a record: the coalition's rules, on this laptop.

The same rules hold on the server (its row-level policies); here they decide what the
screens show as read-only, what a write is refused with, and which private records
the lists, searches and exports leave out.

- A coordinator (the coalition's staff) reads and writes everything.
- A member reads what is shared with the coalition, its own organization's records
  and those of organizations that have a sharing agreement with it; it writes the
  records its organization owns (before and after the change), and makes new records
  owned by its organization.
- A delegate (the member who casts its organization's ballot on decisions) reads and
  writes as a member does.
- An observer reads what a member of its organization reads, and writes nothing.
- A record owned by the coalition itself (no owner) is written by coordinators only.
- No role at all (a database nobody has set a profile for yet) means no walls: the
  command line refuses to write without a profile anyway.

Importing this module registers the rules with the store
(:func:`coalition.store.ownership.register`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.store import ownership
from coalition.store.base import PRIVATE, SHARED, Entity
from coalition.store.changes import IDENTITY
from coalition.store.models import MODEL_BY_TABLE, LegalClass, Organization, SharingAgreement
from coalition.store.ownership import ALL_RECORDS, NotPermittedError

COORDINATOR = "coordinator"
MEMBER = "member"
DELEGATE = "delegate"
OBSERVER = "observer"
ROLES = (COORDINATOR, MEMBER, DELEGATE, OBSERVER)
# Roles that read and write their own organization's records.
MEMBER_ROLES = frozenset({MEMBER, DELEGATE})

# What a 501(c)(3) keeps to itself unless it says otherwise: its contacts.
CHARITY_PRIVATE_TABLES = frozenset({"person", "person_email", "person_phone", "membership"})

__all__ = [
    "CHARITY_PRIVATE_TABLES",
    "COORDINATOR",
    "DELEGATE",
    "MEMBER",
    "MEMBER_ROLES",
    "OBSERVER",
    "PRIVATE",
    "SHARED",
    "NotPermittedError",
    "can_edit",
    "can_read",
    "default_visibility",
    "readable_orgs",
    "why_not_edit",
]


def _walls_up() -> bool:
    return IDENTITY.role not in ("", COORDINATOR)


def org_name(session: Session, org_id: str | None) -> str:
    """The name of an organization for a sentence ("the coalition" for no owner)."""
    if org_id is None:
        return "the coalition"
    table = Organization.__table__
    name = session.execute(
        select(table.c.name).where(table.c.id == org_id), execution_options={ALL_RECORDS: True}
    ).scalar()
    return str(name) if name else "another organization"


def owner_label(session: Session, owner_org_id: str | None) -> str:
    """Who a private record is private to, for a choice: the organization, or the
    coordinators for the coalition's own."""
    return "the coordinators" if owner_org_id is None else org_name(session, owner_org_id)


def new_owner_label(session: Session) -> str:
    """Who a new record made now would be private to."""
    return owner_label(session, IDENTITY.org_id)


def record_owner_label(session: Session, record: Entity | tuple[str, str] | None) -> str:
    """Who ``record`` is private to (a new record: :func:`new_owner_label`)."""
    found = _record(session, record) if record is not None else None
    if found is None:
        return new_owner_label(session)
    return owner_label(session, found.owner_org_id)


def readable_orgs(session: Session) -> frozenset[str] | None:
    """The organizations whose private records the active organizer may read: their own
    and those with an unrevoked sharing agreement to it.  None: every record (a
    coordinator, or no profile yet)."""
    if not _walls_up():
        return None
    if IDENTITY.org_id is None:
        return frozenset()
    table = SharingAgreement.__table__
    granted = session.execute(
        select(table.c.from_org_id).where(
            table.c.to_org_id == IDENTITY.org_id, table.c.revoked_at.is_(None)
        ),
        execution_options={ALL_RECORDS: True},
    ).scalars()
    return frozenset({IDENTITY.org_id, *granted})


def can_read(session: Session, record: Entity) -> bool:
    orgs = ownership.readable_orgs(session)
    return orgs is None or record.visibility != PRIVATE or record.owner_org_id in orgs


def refusal(session: Session, table: str, owners: Iterable[str | None]) -> str | None:
    """Why the active organizer may not write a record owned by ``owners`` (its owner
    before and after the change); None when they may."""
    if not _walls_up():
        return None
    owners = list(owners)
    if IDENTITY.role == OBSERVER:
        org = IDENTITY.org or "your organization"
        return (
            f"You are an observer for {org}: observers read the coalition's records "
            "but change none."
        )
    if IDENTITY.role not in MEMBER_ROLES:
        return f"The role {IDENTITY.role!r} changes no records: ask a coordinator."
    for owner in owners:
        if owner is None or owner != IDENTITY.org_id:
            if owner is None:
                return "This record belongs to the coalition: only a coordinator can change it."
            return (
                f"This record belongs to {org_name(session, owner)}: only its organizers "
                "or a coordinator can change it."
            )
    return None


def _record(session: Session, record: Any) -> Entity | None:
    if isinstance(record, Entity):
        return record
    table, row_id = record
    model = MODEL_BY_TABLE[table]
    found = session.get(model, row_id, execution_options={ALL_RECORDS: True})
    return found if isinstance(found, Entity) else None


def why_not_edit(session: Session, record: Entity | tuple[str, str]) -> str | None:
    """The sentence that says why the active organizer may not change ``record`` (an
    object, or its table and id), naming whose it is and who can; None when they may."""
    found = _record(session, record)
    if found is None:
        return None
    return refusal(session, found.__tablename__, (found.owner_org_id,))


def can_edit(session: Session, record: Entity | tuple[str, str]) -> bool:
    return why_not_edit(session, record) is None


def can_create(session: Session) -> bool:
    """Whether the active organizer may make new records at all (observers may not)."""
    return why_not_create(session) is None


def why_not_create(session: Session) -> str | None:
    """Why the active organizer may not make new records (an observer); None if they may."""
    return refusal(session, "", (IDENTITY.org_id,))


def legal_class_of(session: Session, org_id: str | None) -> LegalClass | None:
    if org_id is None:
        return None
    table = Organization.__table__
    value = session.execute(
        select(table.c.legal_class).where(table.c.id == org_id),
        execution_options={ALL_RECORDS: True},
    ).scalar()
    return LegalClass(value) if value is not None else None


def default_visibility(session: Session, table: str, owner_org_id: str | None) -> str:
    """A new record's visibility when it is part of no other: a 501(c)(3)'s people, their
    e-mails, phones and memberships are private; everything else is shared."""
    if table not in CHARITY_PRIVATE_TABLES:
        return SHARED
    if legal_class_of(session, owner_org_id) == LegalClass.NONPROFIT_C3:
        return PRIVATE
    return SHARED


def new_visibility(session: Session, table: str) -> str:
    """The visibility a new record of ``table`` made now gets, unless chosen otherwise."""
    return default_visibility(session, table, IDENTITY.org_id)


class _Rules:
    def default_visibility(self, session: Session, table: str, owner_org_id: str | None) -> str:
        return default_visibility(session, table, owner_org_id)

    def refusal(self, session: Session, table: str, owners: Iterable[str | None]) -> str | None:
        return refusal(session, table, owners)

    def readable(self, session: Session) -> frozenset[str] | None:
        return readable_orgs(session)


ownership.register(_Rules())
