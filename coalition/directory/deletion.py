"""What refers to a person, an organization or a campaign, and what becomes of it when
the record is deleted.

A record is referred to in two ways.  Its *parts* (a person's e-mail addresses and
memberships, an organization's tags, a campaign's endorsements) mean nothing without it
and go with it, as they always did.  Its *uses* are other records that stand on their own
and merely name it: the owner of an action item, the organizer of a call series, a
chapter's parent, the group asked to sign off a variant.  Deleting the record cannot
silently take those with it, nor leave them pointing at nothing (the database refuses,
and the person saw "FOREIGN KEY constraint failed").  So :func:`impact` lists the uses
for the question the screen asks, and :func:`clear_uses` does what the person chose:
hand them to another record of the same kind, or remove them (a nullable reference is
emptied; a row that is nothing but the reference, such as a call participant, goes).

Every foreign key to the three tables is listed here, in :data:`USES` or :data:`PARTS`;
a test checks the list against the models, so a new table cannot be forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory import records as directory
from coalition.store.changes import writes
from coalition.store.models import (
    MODEL_BY_TABLE,
    Ballot,
    Consent,
    Endorsement,
    Proxy,
    SharingAgreement,
    SignOff,
    SignUp,
)

REMOVE = "remove"
REASSIGN = "reassign"

# What a removal does to a row that uses the record.
UNSET = "unset"  # the column is emptied; the row stays
DROP = "drop"  # the row is nothing but the reference: it is deleted


@dataclass(frozen=True)
class UseKind:
    """One column that names a record of another table, and what removal does to its rows."""

    table: str
    column: str
    on_remove: str
    label_column: str | None = None  # names the row in the question, when there is one

    @property
    def key(self) -> str:
        return f"{self.table}.{self.column}"


USES: dict[str, tuple[UseKind, ...]] = {
    "person": (
        UseKind("action_item", "owner_id", UNSET, "title"),
        UseKind("call_series", "organizer_id", UNSET, "title"),
        UseKind("standing_item", "owner_id", UNSET, "title"),
        UseKind("agenda_item", "owner_id", UNSET, "title"),
        UseKind("call_participant", "person_id", DROP),
        UseKind("attendance", "person_id", DROP),
        # An answer to an invitation stays, by its address, without the person.
        UseKind("rsvp", "person_id", UNSET, "attendee"),
        UseKind("shift_assignment", "person_id", DROP),
        # A batch keeps the collector's name as written on it.
        UseKind("petition_batch", "collector_id", UNSET, "collector"),
    ),
    "organization": (
        UseKind("organization", "parent_id", UNSET, "name"),
        UseKind("campaign", "owner_id", UNSET, "name"),
        UseKind("call_series", "owner_org_id", UNSET, "title"),
        UseKind("call_participant", "organization_id", DROP),
        UseKind("draft", "owner_org_id", UNSET, "title"),
        UseKind("draft_variant", "organization_id", UNSET, "audience"),
        UseKind("sign_off", "organization_id", DROP),
        # Its ballots and the proxies it gave or held: a closed decision keeps its frozen
        # tally (with the names as they were), an open one counts it as not voting.
        UseKind("ballot", "organization_id", DROP),
        UseKind("proxy", "from_org_id", DROP),
        UseKind("proxy", "to_org_id", DROP),
        UseKind("event_host", "organization_id", DROP),
        # A consent to a group that is gone is no consent.
        UseKind("consent", "organization_id", DROP),
    ),
    # A goal counting a campaign's endorsements means nothing without a campaign.
    "campaign": (
        UseKind("goal", "campaign_id", DROP, "name"),
        UseKind("event", "campaign_id", UNSET, "name"),
        UseKind("registration_tally", "campaign_id", UNSET),
        # A petition batch is a count toward one campaign's measure, nothing without it.
        UseKind("petition_batch", "campaign_id", DROP),
    ),
}

# The rows that go with the record whatever the answer (deleted by its service).
PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "person": (
        ("person_email", "person_id"),
        ("person_phone", "person_id"),
        ("membership", "person_id"),
        ("endorsement", "endorser_person_id"),
        # What the person gave at the table and the consents they gave go with them.
        ("consent", "person_id"),
        ("sign_up", "person_id"),
    ),
    "organization": (
        ("organization_tag", "organization_id"),
        ("social_page", "organization_id"),
        ("membership", "organization_id"),
        ("endorsement", "endorser_org_id"),
        ("endorsement", "target_org_id"),
        ("sharing_agreement", "from_org_id"),
        ("sharing_agreement", "to_org_id"),
    ),
    "campaign": (("endorsement", "campaign_id"),),
}

_NAME = {"person": "name", "organization": "name", "campaign": "name"}
# Rows that may hold one record at most once: (table, the column beside the reference).
_ONCE_PER = {
    ("attendance", "person_id"): "occurrence_id",
    ("call_participant", "person_id"): "series_id",
    ("call_participant", "organization_id"): "series_id",
}


@dataclass(frozen=True)
class Use:
    """How many rows use the record in one way, and the names of the first few."""

    kind: UseKind
    count: int
    names: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.kind.key


@dataclass(frozen=True)
class Impact:
    """What deleting a record touches: the uses to decide about, the parts that go."""

    table: str
    record_id: str
    name: str
    uses: tuple[Use, ...] = ()
    parts: dict[str, int] = field(default_factory=dict)

    @property
    def needs_choice(self) -> bool:
        return bool(self.uses)


def _model(table: str) -> Any:
    return MODEL_BY_TABLE[table]


def _get(session: Session, table: str, record_id: str) -> Any:
    if table not in USES:
        raise ValueError(
            QT_TRANSLATE_NOOP("Directory", "{table} records are not deleted here").format(
                table=table
            )
        )
    row = session.get(_model(table), record_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Directory", "that {table} no longer exists").format(table=table)
        )
    return row


def _users(session: Session, kind: UseKind, record_id: str) -> list[Any]:
    model = _model(kind.table)
    column = getattr(model, kind.column)
    return list(session.scalars(select(model).where(column == record_id).order_by(model.id)))


def impact(session: Session, table: str, record_id: str) -> Impact:
    """What deleting ``record_id`` of ``table`` would touch, for the question to ask."""
    record = _get(session, table, record_id)
    uses = []
    for kind in USES[table]:
        model = _model(kind.table)
        count = (
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(getattr(model, kind.column) == record_id)
            )
            or 0
        )
        if not count:
            continue
        names: tuple[str, ...] = ()
        if kind.label_column is not None:
            rows = session.scalars(
                select(getattr(model, kind.label_column))
                .distinct()
                .where(getattr(model, kind.column) == record_id)
                .order_by(getattr(model, kind.label_column))
                .limit(3)
            )
            names = tuple(str(n) for n in rows if n)
        uses.append(Use(kind, count, names))
    parts: dict[str, int] = {}
    for part_table, column in PARTS[table]:
        model = _model(part_table)
        count = (
            session.scalar(
                select(func.count()).select_from(model).where(getattr(model, column) == record_id)
            )
            or 0
        )
        if count:
            parts[part_table] = parts.get(part_table, 0) + count
    return Impact(table, record_id, getattr(record, _NAME[table]), tuple(uses), parts)


def clear_uses(
    session: Session, table: str, record_id: str, reassign_to: str | None = None
) -> None:
    """Hand every use of the record to ``reassign_to`` (a record of the same table), or,
    without one, remove them: empty the reference, or delete a row that is only that.

    Runs inside the caller's write (the deletion that follows), so that the question's
    answer and the deletion are one change, undone together.
    """
    if reassign_to is not None:
        if reassign_to == record_id:
            raise ValidationError(
                {
                    "reassign_to": QT_TRANSLATE_NOOP(
                        "Directory", "what uses it cannot go to the record being deleted"
                    )
                }
            )
        _get(session, table, reassign_to)
    dropped: list[Any] = []
    for kind in USES[table]:
        for row in _users(session, kind, record_id):
            if reassign_to is None:
                if kind.on_remove == UNSET:
                    setattr(row, kind.column, None)
                else:
                    dropped.append(row)
            elif _is_held_twice(session, kind, row, reassign_to):
                dropped.append(row)  # the other one is there already
            elif kind.column == "parent_id" and row.id == reassign_to:
                row.parent_id = None  # a chapter cannot become its own parent
            else:
                setattr(row, kind.column, reassign_to)
    _unhook_replaced_sign_offs(session, [r for r in dropped if isinstance(r, SignOff)])
    _unhook_ballots_cast_by_proxy(
        session, [r for r in dropped if isinstance(r, Proxy)], dropped_ids={id(r) for r in dropped}
    )
    for row in dropped:
        session.delete(row)
    session.flush()


def _is_held_twice(session: Session, kind: UseKind, row: Any, other_id: str) -> bool:
    """Whether handing ``row`` to ``other_id`` would list them twice (an attendance of a
    call they attended already, a participant of a series they are invited to)."""
    beside = _ONCE_PER.get((kind.table, kind.column))
    if beside is None:
        return False
    model = type(row)
    return (
        session.scalar(
            select(model.id)
            .where(
                getattr(model, kind.column) == other_id,
                getattr(model, beside) == getattr(row, beside),
            )
            .limit(1)
        )
        is not None
    )


def _unhook_replaced_sign_offs(session: Session, going: list[SignOff]) -> None:
    """A sign-off asked again names the one it replaces: that link is emptied first, so
    that the older one can go."""
    ids = {s.id for s in going}
    if not ids:
        return
    for later in session.scalars(select(SignOff).where(SignOff.replaces_id.in_(ids))):
        later.replaces_id = None
    session.flush()


def _unhook_ballots_cast_by_proxy(
    session: Session, going: list[Proxy], dropped_ids: set[int]
) -> None:
    """A ballot cast under a proxy that goes stays the giver's ballot, cast by its holder:
    only its link to the proxy is emptied."""
    ids = {p.id for p in going}
    if not ids:
        return
    for ballot in session.scalars(select(Ballot).where(Ballot.proxy_id.in_(ids))):
        if id(ballot) not in dropped_ids:
            ballot.proxy_id = None
    session.flush()


def choices(session: Session, table: str, record_id: str) -> list[tuple[str, str]]:
    """(id, name) of every other record of ``table``, by name: whom the uses can go to."""
    model = _model(table)
    order = model.sort_name if hasattr(model, "sort_name") else func.lower(model.name)
    rows = session.execute(
        select(model.id, model.name).where(model.id != record_id).order_by(order, model.id)
    )
    return [(r[0], r[1]) for r in rows]


@writes(QT_TRANSLATE_NOOP("Changes", "Delete organization"))
def delete_organization(session: Session, org_id: str, reassign_to: str | None = None) -> None:
    """Delete an organization with its tags, pages, memberships, endorsements and sharing
    agreements.

    What names it and stands on its own (its chapters, the campaigns and calls it owns,
    its sign-offs...) goes to ``reassign_to``, or loses the reference (see
    :func:`clear_uses`).
    """
    org = directory.get_organization(session, org_id)
    clear_uses(session, "organization", org_id, reassign_to)
    for endorsement in session.scalars(
        select(Endorsement).where(
            (Endorsement.endorser_org_id == org_id) | (Endorsement.target_org_id == org_id)
        )
    ):
        session.delete(endorsement)
    # What it let others read, and what others let it read, ends with it.
    for agreement in session.scalars(
        select(SharingAgreement).where(
            (SharingAgreement.from_org_id == org_id) | (SharingAgreement.to_org_id == org_id)
        )
    ):
        session.delete(agreement)
    session.delete(org)


@writes(QT_TRANSLATE_NOOP("Changes", "Delete person"))
def delete_person(session: Session, person_id: str, reassign_to: str | None = None) -> None:
    """Delete a person with their addresses, memberships and the endorsements they made.

    What names them and stands on its own (action items they own, calls they organize
    or attended...) goes to ``reassign_to``, or loses the reference (see
    :func:`clear_uses`).
    """
    person = directory.get_person(session, person_id)
    clear_uses(session, "person", person_id, reassign_to)
    for endorsement in session.scalars(
        select(Endorsement).where(Endorsement.endorser_person_id == person_id)
    ):
        session.delete(endorsement)
    # What they gave at a table goes with them: the consents first, as they name the
    # sign-up they were given at.
    for model in (Consent, SignUp):
        for row in session.scalars(select(model).where(model.person_id == person_id)):
            session.delete(row)
        session.flush()
    session.delete(person)


@writes(QT_TRANSLATE_NOOP("Changes", "Delete"))
def delete_record(
    session: Session, table: str, record_id: str, reassign_to: str | None = None
) -> None:
    """Delete a person, organization or campaign, handing its uses to ``reassign_to`` or
    removing them (see :func:`clear_uses`), with its parts."""
    _get(session, table, record_id)
    if table == "person":
        delete_person(session, record_id, reassign_to=reassign_to)
    elif table == "organization":
        delete_organization(session, record_id, reassign_to=reassign_to)
    else:
        clear_uses(session, table, record_id, reassign_to)
        delete_campaign(session, record_id)


@writes(QT_TRANSLATE_NOOP("Changes", "Delete campaign"))
def delete_campaign(session: Session, campaign_id: str) -> None:
    """Delete a campaign and the endorsements of it."""
    row = _get(session, "campaign", campaign_id)
    for endorsement in session.scalars(
        select(Endorsement).where(Endorsement.campaign_id == campaign_id)
    ):
        session.delete(endorsement)
    session.delete(row)
