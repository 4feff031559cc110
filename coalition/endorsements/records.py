"""Campaigns (what can be endorsed) and endorsements, with the history of every status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coalition.common import clock, validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory.records import _enum, _Problems, get_organization, get_person
from coalition.store.changes import writes
from coalition.store.models import (
    Campaign,
    CampaignKind,
    Endorsement,
    EndorsementEvent,
    EndorsementStatus,
    Organization,
    Person,
)

# --- campaigns -----------------------------------------------------------------------


@dataclass
class CampaignInput:
    name: str
    kind: CampaignKind | str = CampaignKind.BALLOT_INITIATIVE
    owner_id: str | None = None
    description: str = ""
    website: str = ""
    filing_date: dt.date | str | None = None
    signature_deadline: dt.date | str | None = None
    vote_date: dt.date | str | None = None
    signature_goal: int | str | None = None

    def validated(self) -> CampaignInput:
        p = _Problems()
        result = CampaignInput(
            name=p.check(
                "name",
                lambda: validation.required(
                    self.name, QT_TRANSLATE_NOOP("Fields", "campaign's name")
                ),
                "",
            ),
            kind=p.check(
                "kind",
                lambda: _enum(CampaignKind, self.kind, "kind of campaign"),
                CampaignKind.STATEMENT,
            ),
            owner_id=self.owner_id or None,
            description=self.description.strip(),
            website=p.check("website", lambda: validation.url(self.website), ""),
            filing_date=p.check(
                "filing_date",
                lambda: validation.date(
                    self.filing_date, QT_TRANSLATE_NOOP("Fields", "filing date")
                ),
                None,
            ),
            signature_deadline=p.check(
                "signature_deadline",
                lambda: validation.date(
                    self.signature_deadline, QT_TRANSLATE_NOOP("Fields", "signature deadline")
                ),
                None,
            ),
            vote_date=p.check(
                "vote_date",
                lambda: validation.date(self.vote_date, QT_TRANSLATE_NOOP("Fields", "vote date")),
                None,
            ),
            signature_goal=p.check(
                "signature_goal",
                lambda: validation.positive_int(
                    self.signature_goal, QT_TRANSLATE_NOOP("Fields", "signature goal")
                ),
                None,
            ),
        )
        filing, deadline, vote = result.filing_date, result.signature_deadline, result.vote_date
        if isinstance(filing, dt.date) and isinstance(deadline, dt.date) and deadline < filing:
            p.problems.setdefault(
                "signature_deadline", "the signature deadline comes before the filing date"
            )
        if isinstance(deadline, dt.date) and isinstance(vote, dt.date) and vote < deadline:
            p.problems.setdefault("vote_date", "the vote comes before the signature deadline")
        p.raise_if_any()
        return result


def _apply_campaign(session: Session, row: Campaign, data: CampaignInput) -> None:
    if data.owner_id is not None:
        get_organization(session, data.owner_id)
    for key in CampaignInput.__dataclass_fields__:
        setattr(row, key, getattr(data, key))
    row.kind = CampaignKind(data.kind)


@writes(QT_TRANSLATE_NOOP("Changes", "Add campaign"))
def create_campaign(session: Session, data: CampaignInput) -> Campaign:
    row = Campaign()
    _apply_campaign(session, row, data.validated())
    session.add(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Edit campaign"))
def update_campaign(session: Session, campaign_id: str, data: CampaignInput) -> Campaign:
    row = get_campaign(session, campaign_id)
    _apply_campaign(session, row, data.validated())
    return row


def get_campaign(session: Session, campaign_id: str) -> Campaign:
    row = session.get(Campaign, campaign_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Endorsements", "that campaign no longer exists"))
    return row


def campaign_input(row: Campaign) -> CampaignInput:
    return CampaignInput(**{k: getattr(row, k) for k in CampaignInput.__dataclass_fields__})


def campaigns(session: Session) -> list[Campaign]:
    return list(
        session.scalars(
            select(Campaign).order_by(
                Campaign.vote_date.is_(None), Campaign.vote_date, func.lower(Campaign.name)
            )
        )
    )


# --- endorsements ----------------------------------------------------------------------


def _status_day(value: dt.date | str | None) -> dt.date:
    """The day a status was given: today by default, never a day to come (a status dated
    in May refused every later change made before May)."""
    day = validation.date(value, QT_TRANSLATE_NOOP("Fields", "date")) or clock.today()
    if day > clock.today():
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Endorsements",
                "{day} is still to come: an endorsement is recorded when it is given",
            ).format(day=day.isoformat())
        )
    return day


@dataclass
class EndorsementInput:
    """Who endorses what.  Give exactly one endorser and exactly one target."""

    endorser_org_id: str | None = None
    endorser_person_id: str | None = None
    campaign_id: str | None = None
    target_org_id: str | None = None
    status: EndorsementStatus | str = EndorsementStatus.REQUESTED
    condition: str = ""
    status_on: dt.date | str | None = None
    source_url: str = ""
    is_public: bool = True
    notes: str = ""
    note: str = ""  # what is said about this change of status, kept in its history

    def validated(self) -> EndorsementInput:
        p = _Problems()
        if bool(self.endorser_org_id) == bool(self.endorser_person_id):
            p.problems["endorser"] = QT_TRANSLATE_NOOP(
                "Endorsements", "choose one endorser: an organization or a person"
            )
        if bool(self.campaign_id) == bool(self.target_org_id):
            p.problems["target"] = QT_TRANSLATE_NOOP(
                "Endorsements", "choose what is endorsed: a campaign or an organization"
            )
        status = p.check(
            "status",
            lambda: _enum(EndorsementStatus, self.status, "status"),
            EndorsementStatus.PENDING,
        )
        condition = self.condition.strip()
        if status == EndorsementStatus.CONDITIONAL and not condition:
            p.problems["condition"] = QT_TRANSLATE_NOOP(
                "Endorsements", "a conditional endorsement needs its condition"
            )
        result = EndorsementInput(
            endorser_org_id=self.endorser_org_id or None,
            endorser_person_id=self.endorser_person_id or None,
            campaign_id=self.campaign_id or None,
            target_org_id=self.target_org_id or None,
            status=status,
            condition=condition if status == EndorsementStatus.CONDITIONAL else "",
            status_on=p.check("status_on", lambda: _status_day(self.status_on), None),
            source_url=p.check("source_url", lambda: validation.url(self.source_url), ""),
            is_public=bool(self.is_public),
            notes=self.notes.strip(),
            note=self.note.strip(),
        )
        if result.endorser_org_id and result.endorser_org_id == result.target_org_id:
            p.problems["target"] = QT_TRANSLATE_NOOP(
                "Endorsements", "an organization cannot endorse itself"
            )
        p.raise_if_any()
        return result


def _check_parties(session: Session, data: EndorsementInput) -> None:
    if data.endorser_org_id:
        get_organization(session, data.endorser_org_id)
    if data.endorser_person_id:
        get_person(session, data.endorser_person_id)
    if data.campaign_id:
        get_campaign(session, data.campaign_id)
    if data.target_org_id:
        get_organization(session, data.target_org_id)


def find_endorsement(session: Session, data: EndorsementInput) -> Endorsement | None:
    return session.scalar(
        select(Endorsement).where(
            Endorsement.endorser_org_id.is_(data.endorser_org_id)
            if data.endorser_org_id is None
            else Endorsement.endorser_org_id == data.endorser_org_id,
            Endorsement.endorser_person_id.is_(None)
            if data.endorser_person_id is None
            else Endorsement.endorser_person_id == data.endorser_person_id,
            Endorsement.campaign_id.is_(None)
            if data.campaign_id is None
            else Endorsement.campaign_id == data.campaign_id,
            Endorsement.target_org_id.is_(None)
            if data.target_org_id is None
            else Endorsement.target_org_id == data.target_org_id,
        )
    )


@writes(QT_TRANSLATE_NOOP("Changes", "Record endorsement"))
def record_endorsement(session: Session, data: EndorsementInput) -> Endorsement:
    """Create an endorsement, with the first entry of its history."""
    clean = data.validated()
    _check_parties(session, clean)
    if find_endorsement(session, clean) is not None:
        raise ValidationError(
            {
                "target": QT_TRANSLATE_NOOP(
                    "Endorsements",
                    "this endorsement is already recorded; change its status instead",
                )
            }
        )
    row = Endorsement(
        endorser_org_id=clean.endorser_org_id,
        endorser_person_id=clean.endorser_person_id,
        campaign_id=clean.campaign_id,
        target_org_id=clean.target_org_id,
        status=EndorsementStatus(clean.status),
        condition=clean.condition,
        status_on=clean.status_on,
        source_url=clean.source_url,
        is_public=clean.is_public,
        notes=clean.notes,
    )
    row.events.append(
        EndorsementEvent(
            status=row.status, condition=row.condition, on=clean.status_on, note=clean.note
        )
    )
    session.add(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Change endorsement"))
def update_endorsement(
    session: Session, endorsement_id: str, data: EndorsementInput
) -> Endorsement:
    """Edit an endorsement; a new status or condition adds an entry to its history."""
    row = get_endorsement(session, endorsement_id)
    clean = data.validated()
    _check_parties(session, clean)
    status = EndorsementStatus(clean.status)
    if status != row.status or clean.condition != row.condition:
        last = max((e.on for e in row.events), default=None)
        if last is not None and isinstance(clean.status_on, dt.date) and clean.status_on < last:
            raise ValidationError(
                {
                    "status_on": QT_TRANSLATE_NOOP(
                        "Endorsements", "this comes before the last change of status ({last})"
                    ).format(last=last.isoformat())
                }
            )
        row.events.append(
            EndorsementEvent(
                status=status, condition=clean.condition, on=clean.status_on, note=clean.note
            )
        )
        row.status_on = validation.checked(clean.status_on)
    row.status = status
    row.condition = clean.condition
    row.source_url = clean.source_url
    row.is_public = clean.is_public
    row.notes = clean.notes
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Change endorsement status"))
def set_endorsement_status(
    session: Session,
    endorsement_id: str,
    status: EndorsementStatus | str,
    *,
    on: dt.date | str | None = None,
    condition: str = "",
    note: str = "",
) -> Endorsement:
    row = get_endorsement(session, endorsement_id)
    data = endorsement_input(row)
    data.status, data.status_on, data.condition, data.note = status, on, condition, note
    return update_endorsement(session, endorsement_id, data)


@writes(QT_TRANSLATE_NOOP("Changes", "Delete endorsement"))
def delete_endorsement(session: Session, endorsement_id: str) -> None:
    session.delete(get_endorsement(session, endorsement_id))


def get_endorsement(session: Session, endorsement_id: str) -> Endorsement:
    row = session.get(Endorsement, endorsement_id, options=[selectinload(Endorsement.events)])
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Endorsements", "that endorsement no longer exists"))
    return row


def endorsement_input(row: Endorsement) -> EndorsementInput:
    return EndorsementInput(
        endorser_org_id=row.endorser_org_id,
        endorser_person_id=row.endorser_person_id,
        campaign_id=row.campaign_id,
        target_org_id=row.target_org_id,
        status=row.status,
        condition=row.condition,
        status_on=row.status_on,
        source_url=row.source_url,
        is_public=row.is_public,
        notes=row.notes,
    )


def endorsements_of_campaign(session: Session, campaign_id: str) -> list[Endorsement]:
    return list(
        session.scalars(
            select(Endorsement)
            .where(Endorsement.campaign_id == campaign_id)
            .options(
                selectinload(Endorsement.endorser_org), selectinload(Endorsement.endorser_person)
            )
        )
    )


@dataclass(frozen=True)
class MatrixCell:
    endorsement_id: str
    status: EndorsementStatus
    condition: str


@dataclass
class Matrix:
    """Endorsers down, campaigns across: the status of each endorsement."""

    endorsers: list[tuple[str, str, str]]  # (kind 'organization'|'person', id, name)
    campaigns: list[tuple[str, str]]  # (id, name)
    cells: dict[tuple[str, str], MatrixCell]  # (endorser id, campaign id) -> cell


def endorsement_matrix(session: Session) -> Matrix:
    rows = session.execute(
        select(
            Endorsement.id,
            Endorsement.endorser_org_id,
            Endorsement.endorser_person_id,
            Endorsement.campaign_id,
            Endorsement.status,
            Endorsement.condition,
            Organization.name,
            Person.name,
        )
        .outerjoin(Organization, Organization.id == Endorsement.endorser_org_id)
        .outerjoin(Person, Person.id == Endorsement.endorser_person_id)
        .where(Endorsement.campaign_id.is_not(None))
    ).all()
    endorsers: dict[str, tuple[str, str, str]] = {}
    cells: dict[tuple[str, str], MatrixCell] = {}
    for eid, org_id, person_id, campaign_id, status, condition, org_name, person_name in rows:
        who = org_id or person_id
        if who is None or campaign_id is None:
            continue  # neither can be: the table's check wants one endorser, the query a campaign
        endorsers[who] = ("organization", who, org_name) if org_id else ("person", who, person_name)
        cells[(who, campaign_id)] = MatrixCell(eid, status, condition)
    campaign_list = [(c.id, c.name) for c in campaigns(session)]
    ordered = sorted(endorsers.values(), key=lambda e: (e[0] != "organization", e[2].lower()))
    return Matrix(ordered, campaign_list, cells)
