"""Sharing agreements: one organization lets another read its private records.

An agreement is a record of the granting organization (its organizers or a coordinator
make and revoke it), explicit and revocable: revoked, it stays, with when and by whom.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from coalition.common import clock
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory import access
from coalition.directory.records import find_organization_by_name
from coalition.store.changes import IDENTITY, writes
from coalition.store.models import Organization, SharingAgreement


@dataclass(frozen=True)
class AgreementRow:
    id: str
    from_org_id: str
    from_org: str
    to_org_id: str
    to_org: str
    note: str
    granted_by: str
    revoked: bool
    since: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    revoked_by: str = ""


@writes(QT_TRANSLATE_NOOP("Changes", "Share private records with an organization"))
def grant(session: Session, from_org_id: str, to_org_id: str, note: str = "") -> SharingAgreement:
    """Let ``to_org_id`` read ``from_org_id``'s private records (kept if it already may)."""
    if from_org_id == to_org_id:
        raise ValidationError(
            {
                "to_org_id": QT_TRANSLATE_NOOP(
                    "Directory", "an organization already reads its own records"
                )
            }
        )
    for org_id, field in ((from_org_id, "from_org_id"), (to_org_id, "to_org_id")):
        if session.get(Organization, org_id) is None:
            raise ValidationError(
                {field: QT_TRANSLATE_NOOP("Directory", "that organization no longer exists")}
            )
    current = session.scalar(
        select(SharingAgreement).where(
            SharingAgreement.from_org_id == from_org_id,
            SharingAgreement.to_org_id == to_org_id,
            SharingAgreement.revoked_at.is_(None),
        )
    )
    if current is not None:
        return current
    agreement = SharingAgreement(
        from_org_id=from_org_id,
        to_org_id=to_org_id,
        note=note.strip(),
        granted_by=IDENTITY.actor,
        owner_org_id=from_org_id,
    )
    session.add(agreement)
    return agreement


@writes(QT_TRANSLATE_NOOP("Changes", "Stop sharing private records with an organization"))
def revoke(session: Session, agreement_id: str) -> SharingAgreement:
    agreement = session.get(SharingAgreement, agreement_id)
    if agreement is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Directory", "that sharing agreement no longer exists")
        )
    if agreement.revoked_at is None:
        agreement.revoked_at = clock.now()
        agreement.revoked_by = IDENTITY.actor
    return agreement


def agreements(
    session: Session, org_id: str | None = None, *, include_revoked: bool = False
) -> list[AgreementRow]:
    """The agreements (of ``org_id``, given or received), by who grants them."""
    giver, taker = aliased(Organization), aliased(Organization)
    query = (
        select(SharingAgreement, giver.name, taker.name)
        .join(giver, giver.id == SharingAgreement.from_org_id)
        .join(taker, taker.id == SharingAgreement.to_org_id)
        .order_by(giver.sort_name, taker.sort_name)
    )
    if org_id is not None:
        query = query.where(
            (SharingAgreement.from_org_id == org_id) | (SharingAgreement.to_org_id == org_id)
        )
    if not include_revoked:
        query = query.where(SharingAgreement.revoked_at.is_(None))
    return [
        AgreementRow(
            a.id,
            a.from_org_id,
            from_name,
            a.to_org_id,
            to_name,
            a.note,
            a.granted_by,
            a.revoked_at is not None,
            a.created_at,
            a.revoked_at,
            a.revoked_by,
        )
        for a, from_name, to_name in session.execute(query)
    ]


def why_not_share(session: Session, org_id: str) -> str | None:
    """Why the active organizer may not share ``org_id``'s private records (or stop
    sharing them), naming who may; None when they may."""
    if access.why_not_edit(session, ("organization", org_id)) is None:
        return None
    org = session.get(Organization, org_id)
    name = org.name if org is not None else "this organization"
    return (
        f"Only {name}'s own organizers or a coordinator can share its private records "
        "or stop sharing them."
    )


def current(session: Session, from_org_id: str, to_org_id: str) -> AgreementRow | None:
    """The agreement in force by which ``from_org_id`` shares with ``to_org_id``, if any."""
    for row in agreements(session, from_org_id):
        if row.from_org_id == from_org_id and row.to_org_id == to_org_id:
            return row
    return None


def find_organization(session: Session, text: str) -> Organization:
    """The organization named ``text`` (its name, short name or id, any case); a
    NotFoundError naming the nearest names otherwise."""
    key = text.strip()
    if key:
        found = session.get(Organization, key)
        if found is not None:
            return found
        found = find_organization_by_name(session, key)
        if found is not None:
            return found
    names = list(session.scalars(select(Organization.name)))
    near = difflib.get_close_matches(key, names, n=3, cutoff=0.5)
    if not near:
        lowered = key.lower()
        near = [n for n in names if lowered and lowered in n.lower()][:3]
    hint = "; did you mean " + " or ".join(f"“{n}”" for n in near) + "?" if near else ""
    raise NotFoundError(
        QT_TRANSLATE_NOOP(
            "Directory", "no organization called “{key}” is in the directory{hint}"
        ).format(key=key, hint=hint)
    )
