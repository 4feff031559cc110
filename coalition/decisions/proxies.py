"""Proxies: one member organization letting another's delegate cast its ballot.

A proxy is the giving organization's record (its organizers or a coordinator make and
revoke it), kept with who gave it and when; for one proposal, or for every proposal
until it is revoked.  Revoking keeps the record: a ballot already cast by proxy stays
what it was.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import CoalitionError, NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory import profiles
from coalition.store.changes import writes
from coalition.store.models import Organization, OrgStatus, Proposal, Proxy


@writes(QT_TRANSLATE_NOOP("Changes", "Give a proxy"))
def give_proxy(
    session: Session,
    from_org_id: str,
    to_org_id: str,
    *,
    proposal_id: str | None = None,
    note: str = "",
) -> Proxy:
    """Record that ``from_org_id`` lets ``to_org_id``'s delegate cast its ballots (on one
    proposal, or on every one until revoked)."""
    if from_org_id == to_org_id:
        raise ValidationError(
            {
                "to_org_id": QT_TRANSLATE_NOOP(
                    "Decisions", "an organization cannot hold its own proxy"
                )
            }
        )
    for org_id in (from_org_id, to_org_id):
        org = session.get(Organization, org_id)
        if org is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Decisions", "The organization named for the proxy no longer exists."
                )
            )
        if org.status != OrgStatus.ACTIVE:
            raise CoalitionError(
                QT_TRANSLATE_NOOP(
                    "Decisions",
                    "{name} is {status}: only active member organizations give or hold proxies.",
                ).format(name=org.name, status=org.status.label.lower())
            )
    if proposal_id is not None:
        proposal = session.get(Proposal, proposal_id)
        if proposal is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Decisions", "The proposal named for the proxy no longer exists.")
            )
        if proposal.closed_at is not None:
            raise CoalitionError(
                QT_TRANSLATE_NOOP(
                    "Decisions", "“{title}” is closed: a proxy for it would count nothing."
                ).format(title=proposal.title)
            )
    if active_proxy(session, from_org_id, to_org_id, proposal_id) is not None:
        raise CoalitionError(QT_TRANSLATE_NOOP("Decisions", "That proxy is already given."))
    now = clock.now()
    for earlier in replaced_by(session, from_org_id, proposal_id):
        earlier.revoked_at = now  # one delegate at a time holds a ballot
    proxy = Proxy(
        from_org_id=from_org_id,
        to_org_id=to_org_id,
        proposal_id=proposal_id,
        given_by=profiles.credit(),
        given_at=now,
        note=note.strip(),
    )
    session.add(proxy)
    return proxy


@writes(QT_TRANSLATE_NOOP("Changes", "Revoke a proxy"))
def revoke_proxy(session: Session, proxy_id: str) -> Proxy:
    proxy = session.get(Proxy, proxy_id)
    if proxy is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Decisions", "No such proxy."))
    if proxy.revoked_at is not None:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Decisions", "That proxy was revoked already, on {day}: nothing was changed."
            ).format(day=proxy.revoked_at.date().isoformat())
        )
    proxy.revoked_at = clock.now()
    return proxy


def replaced_by(session: Session, from_org_id: str, proposal_id: str | None) -> list[Proxy]:
    """The proxies in force that a new one from ``from_org_id`` replaces: those for every
    proposal (for a new one of the same scope), or for the same proposal.  Two delegates
    holding one organization's ballot at once would each cast it."""
    scope: ColumnElement[bool] = (
        Proxy.proposal_id.is_(None) if proposal_id is None else Proxy.proposal_id == proposal_id
    )
    return list(
        session.scalars(
            select(Proxy).where(Proxy.from_org_id == from_org_id, Proxy.revoked_at.is_(None), scope)
        )
    )


def active_proxy(
    session: Session, from_org_id: str, to_org_id: str, proposal_id: str | None
) -> Proxy | None:
    """The unrevoked proxy from one organization to another that holds for a proposal
    (one given for it, or for every proposal)."""
    scope: ColumnElement[bool] = Proxy.proposal_id.is_(None)
    if proposal_id is not None:
        scope = or_(scope, Proxy.proposal_id == proposal_id)
    return session.scalars(
        select(Proxy)
        .where(
            Proxy.from_org_id == from_org_id,
            Proxy.to_org_id == to_org_id,
            Proxy.revoked_at.is_(None),
            scope,
        )
        .order_by(Proxy.given_at, Proxy.id)
    ).first()


def proxies(session: Session, *, proposal_id: str | None = None) -> list[Proxy]:
    """Proxies given, those in force first: every one, or those holding for a proposal."""
    query = select(Proxy)
    if proposal_id is not None:
        query = query.where(or_(Proxy.proposal_id.is_(None), Proxy.proposal_id == proposal_id))
    found = list(session.scalars(query.order_by(Proxy.given_at, Proxy.id)))
    return sorted(found, key=lambda p: p.revoked_at is not None)
