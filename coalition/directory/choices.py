"""What the pickers offer: every person or organization by name, and, for names that
more than one record carries, what tells them apart.

Two "Ana Reyes" looked the same in every picker, and an organizer had to guess which
one owned an action item.  A name shared by several records gets what tells them apart
after it ("Ana Reyes — ana@example.org", "Ana Reyes — Red Oregon"); a name nobody else
carries stays as it is.  Details are read only for the namesakes, so a directory of
100,000 people costs no more than the names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.directory import records as directory
from coalition.store.models import Membership, Organization, PersonEmail

SEPARATOR = " — "
_BATCH = 500


def _shared(choices: list[tuple[str, str]]) -> list[str]:
    """The ids whose name, as written, another record carries too (counted as written:
    a pass over 100,000 names costs a hundredth of a second; folding case tripled it)."""
    counts = Counter(name for _, name in choices)
    if len(counts) == len(choices):
        return []
    return [rid for rid, name in choices if counts[name] > 1]


def _batches(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start : start + _BATCH]


def _labelled(choices: list[tuple[str, str]], details: dict[str, str]) -> list[tuple[str, str]]:
    return [
        (rid, f"{name}{SEPARATOR}{details[rid]}" if details.get(rid) else name)
        for rid, name in choices
    ]


def person_details(session: Session, person_ids: list[str]) -> dict[str, str]:
    """Person id -> their first e-mail address, or else the organizations they belong to."""
    found: dict[str, str] = {}
    for batch in _batches(person_ids):
        rows = session.execute(
            select(PersonEmail.person_id, PersonEmail.address)
            .where(PersonEmail.person_id.in_(batch))
            .order_by(PersonEmail.person_id, PersonEmail.position)
        )
        for person_id, address in rows:
            found.setdefault(person_id, address)
    missing = [pid for pid in person_ids if pid not in found]
    groups: dict[str, list[str]] = {}
    for batch in _batches(missing):
        rows = session.execute(
            select(Membership.person_id, Organization.name)
            .join(Organization, Organization.id == Membership.organization_id)
            .where(Membership.person_id.in_(batch))
            .order_by(Organization.name)
        )
        for person_id, name in rows:
            groups.setdefault(person_id, []).append(name)
    found.update(
        {
            pid: ", ".join(names[:2]) + (" …" if len(names) > 2 else "")
            for pid, names in groups.items()
        }
    )
    return found


def people(session: Session) -> list[tuple[str, str]]:
    """(id, label) of every person, by name; namesakes with their e-mail or organization."""
    choices = directory.person_choices(session)
    shared = _shared(choices)
    return _labelled(choices, person_details(session, shared)) if shared else choices


def organizations(session: Session) -> list[tuple[str, str]]:
    """(id, label) of every organization, by name; namesakes (a party's chapters named
    alike) with their state, or else their short name."""
    choices = directory.organization_choices(session)
    shared = _shared(choices)
    if not shared:
        return choices
    details: dict[str, str] = {}
    for batch in _batches(shared):
        rows = session.execute(
            select(Organization.id, Organization.home_state, Organization.short_name).where(
                Organization.id.in_(batch)
            )
        )
        details.update({rid: state or short for rid, state, short in rows})
    return _labelled(choices, details)
