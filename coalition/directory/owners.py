"""Changing who owns a record and who may read it: recorded changes like any other
(undone, audited, synced) and held to the same rules.

A record's parts go with it: a person's e-mails, phones and memberships take its
visibility, a call series' calls and their agendas its owner and visibility, and so on
(:data:`coalition.store.ownership.PARENTS` and ``VISIBILITY_PARENTS`` say which).
Making a private record shared is a write of that record, so only an organizer of its
organization, or a coordinator, may do it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import VISIBILITIES, Entity
from coalition.store.changes import writes
from coalition.store.models import MODEL_BY_TABLE, Organization
from coalition.store.ownership import ALL_RECORDS, PARENTS, VISIBILITY_PARENTS, Parent

Record = Entity | tuple[str, str]


def _record(session: Session, record: Record) -> Entity:
    if isinstance(record, Entity):
        return record
    table, row_id = record
    found = session.get(MODEL_BY_TABLE[table], row_id)
    if not isinstance(found, Entity):
        raise NotFoundError(QT_TRANSLATE_NOOP("Directory", "that record no longer exists"))
    return found


def _parts(
    session: Session, record: Entity, maps: tuple[dict[str, tuple[Parent, ...]], ...]
) -> Iterator[Entity]:
    """The records that are parts of ``record``, and theirs, by the maps given."""
    table = record.__tablename__
    for mapping in maps:
        for child_table, parents in mapping.items():
            for parent in parents:
                if parent.table != table:
                    continue
                model = MODEL_BY_TABLE[child_table]
                column = getattr(model, parent.column)
                children = session.scalars(
                    select(model).where(column == record.id),
                    execution_options={ALL_RECORDS: True},
                )
                for child in list(children):
                    if isinstance(child, Entity) and child is not record:
                        yield child
                        yield from _parts(session, child, maps)


@writes(QT_TRANSLATE_NOOP("Changes", "Change who can see a record"))
def set_visibility(session: Session, record: Record, visibility: str) -> Entity:
    """Make ``record`` (and its parts) shared with the coalition or private to its
    organization."""
    if visibility not in VISIBILITIES:
        raise ValidationError(
            {"visibility": QT_TRANSLATE_NOOP("Directory", "the visibility is shared or private")}
        )
    found = _record(session, record)
    found.visibility = visibility
    for part in _parts(session, found, (PARENTS, VISIBILITY_PARENTS)):
        part.visibility = visibility
    return found


@writes(QT_TRANSLATE_NOOP("Changes", "Change who a record belongs to"))
def set_owner(session: Session, record: Record, org_id: str | None) -> Entity:
    """Make ``org_id``'s organization (None: the coalition) answer for ``record`` and the
    records that are its parts."""
    if org_id is not None and session.get(Organization, org_id) is None:
        raise ValidationError(
            {"owner": QT_TRANSLATE_NOOP("Directory", "that organization no longer exists")}
        )
    found = _record(session, record)
    found.owner_org_id = org_id
    for part in _parts(session, found, (PARENTS,)):
        part.owner_org_id = org_id
    return found
