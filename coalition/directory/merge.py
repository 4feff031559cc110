"""One person entered twice: finding them, and making the two records one.

Coalitions hear of the same organizer from two groups, or import a sign-up sheet that
names someone already in the directory.  :func:`find_duplicates` tells the editor, before
a save, who else looks like the person being entered (the same e-mail address, or the
same name within one organization); :func:`merge_people` makes two records one, keeping
everything either had on the survivor.

A merge is one change: undone as a whole, and synced like any other.  It also leaves a
:class:`~coalition.store.models.PersonMerge` row behind, so that sync can send what another
laptop still does to the merged-away person to the survivor instead, and the survivor's
history can show the other's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.directory import deletion
from coalition.directory import records as directory
from coalition.directory.records import PersonInput
from coalition.store.base import fold
from coalition.store.changes import writes
from coalition.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    CallParticipant,
    CallSeries,
    Consent,
    Endorsement,
    Membership,
    Organization,
    Person,
    PersonMerge,
    ShiftAssignment,
    SignUp,
    StandingItem,
)

# The person's own values that a merge chooses between, in the order they are shown.
FIELDS = ("name", "state", "language", "time_zone", "notes")


def normalised_name(name: str) -> str:
    """A name as compared for duplicates: case and accents folded, spaces collapsed."""
    return " ".join(fold(name).split())


# --- duplicates --------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    """Another person who looks like the one being entered, and why."""

    person_id: str
    name: str
    email: str = ""  # the address both have, when that is the reason
    organization: str = ""  # the organization both are in, when the name is the reason


def _organizations(session: Session, person_ids: list[str]) -> dict[str, dict[str, str]]:
    """person id -> {organization id: name} of their memberships."""
    found: dict[str, dict[str, str]] = {i: {} for i in person_ids}
    if not person_ids:
        return found
    rows = session.execute(
        select(Membership.person_id, Membership.organization_id, Organization.name)
        .join(Organization, Organization.id == Membership.organization_id)
        .where(Membership.person_id.in_(person_ids))
    )
    for person_id, org_id, name in rows:
        found[person_id][org_id] = name
    return found


def find_duplicates(
    session: Session, data: PersonInput, person_id: str | None = None
) -> list[Duplicate]:
    """Other people with one of ``data``'s e-mail addresses, or with its name in one of
    the same organizations (``person_id``: the person edited, never their own duplicate).

    A person not yet in any organization (being added) could be any namesake: every
    person of the same name is named then.
    """
    found: dict[str, Duplicate] = {}
    by_email = directory.people_by_email(session, data.emails)
    for address in data.emails:
        other = by_email.get(address.strip().lower())
        if other is not None and other != person_id and other not in found:
            name = session.scalar(select(Person.name).where(Person.id == other)) or ""
            found[other] = Duplicate(other, name, email=address.strip())
    key = normalised_name(data.name)
    if key:
        first = key.split()[0]
        # Read through the sort index (a range on its first word), compared here in full.
        namesakes = [
            (i, n)
            for i, n in session.execute(
                select(Person.id, Person.name).where(
                    Person.sort_name >= first, Person.sort_name < first + "\uffff"
                )
            )
            if i != person_id and i not in found and normalised_name(n) == key
        ]
        orgs = _organizations(
            session, [i for i, _ in namesakes] + ([person_id] if person_id else [])
        )
        mine = orgs.get(person_id, {}) if person_id else {}
        for other, name in namesakes:
            theirs = orgs.get(other, {})
            shared = sorted(set(mine) & set(theirs), key=lambda o: theirs[o])
            if shared:
                found[other] = Duplicate(other, name, organization=theirs[shared[0]])
            elif not mine or not theirs:
                found[other] = Duplicate(other, name)
    return list(found.values())


# --- what each has ------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonSide:
    """One of the two people to merge: their values, and how much hangs on them."""

    id: str
    values: dict[str, str]
    emails: list[str]
    phones: list[str]
    counts: dict[str, int] = field(default_factory=dict)  # what hangs on them, by kind

    @property
    def name(self) -> str:
        return self.values["name"]


# What hangs on a person, counted for the merge dialog: (kind, model, column).
_HOLDINGS = (
    ("memberships", Membership, Membership.person_id),
    ("endorsements", Endorsement, Endorsement.endorser_person_id),
    ("action_items", ActionItem, ActionItem.owner_id),
    ("calls_organized", CallSeries, CallSeries.organizer_id),
    ("call_invitations", CallParticipant, CallParticipant.person_id),
    ("attendance", Attendance, Attendance.person_id),
    ("agenda_items", AgendaItem, AgendaItem.owner_id),
    ("standing_items", StandingItem, StandingItem.owner_id),
    ("sign_ups", SignUp, SignUp.person_id),
    ("consents", Consent, Consent.person_id),
    ("shifts", ShiftAssignment, ShiftAssignment.person_id),
)


def person_side(session: Session, person_id: str) -> PersonSide:
    person = directory.get_person(session, person_id)
    data = directory.person_input(person)
    counts = {
        kind: session.scalar(select(func.count()).select_from(model).where(column == person_id))
        or 0
        for kind, model, column in _HOLDINGS
    }
    return PersonSide(
        id=person_id,
        values={name: getattr(data, name) for name in FIELDS},
        emails=list(data.emails),
        phones=list(data.phones),
        counts=counts,
    )


def default_choices(survivor: PersonSide, merged: PersonSide) -> dict[str, str]:
    """The survivor's values, but where they have none and the other has one."""
    return {name: survivor.values[name] or merged.values[name] for name in FIELDS}


# --- the merge ------------------------------------------------------------------------------


@writes(QT_TRANSLATE_NOOP("Changes", "Merge people"))
def merge_people(
    session: Session, survivor_id: str, merged_id: str, chosen: dict[str, str] | None = None
) -> Person:
    """Make ``merged_id`` and ``survivor_id`` one person, ``survivor_id``, with the field
    values ``chosen`` (by default :func:`default_choices`).

    Every address, number, membership, endorsement, action item, call, invitation,
    attendance, agenda item, sign-up, consent and shift of the merged-away person is the
    survivor's afterwards; an address, a number, an invitation or an attendance both had
    is kept once.
    """
    if survivor_id == merged_id:
        raise ValidationError(
            {"merged_id": QT_TRANSLATE_NOOP("Directory", "choose two different people to merge")}
        )
    survivor = directory.get_person(session, survivor_id)
    merged = directory.get_person(session, merged_id)
    values = default_choices(person_side(session, survivor_id), person_side(session, merged_id))
    values.update({k: v for k, v in (chosen or {}).items() if k in FIELDS})
    # Checked before anything moves: a value refused leaves both people as they were.
    clean = PersonInput(
        name=values["name"],
        state=values["state"],
        language=values["language"],
        time_zone=values["time_zone"],
        notes=values["notes"],
    ).validated()

    # Written first, so that sync reads the mapping before the changes that follow it.
    session.add(PersonMerge(merged_id=merged_id, survivor_id=survivor_id, merged_name=merged.name))
    session.flush()
    for earlier in session.scalars(select(PersonMerge).where(PersonMerge.survivor_id == merged_id)):
        earlier.survivor_id = survivor_id

    addresses = {e.address.lower() for e in survivor.emails}
    for email in list(merged.emails):
        if email.address.lower() in addresses:
            session.delete(email)
            continue
        email.position = len(survivor.emails)
        email.person = survivor
    numbers = {p.number for p in survivor.phones}
    for phone in list(merged.phones):
        if phone.number in numbers:
            session.delete(phone)
            continue
        phone.position = len(survivor.phones)
        phone.person = survivor
    for membership in list(merged.memberships):
        membership.person = survivor
    for endorsement in session.scalars(
        select(Endorsement).where(Endorsement.endorser_person_id == merged_id)
    ):
        endorsement.endorser_person_id = survivor_id
    # What either gave at a table stays theirs, each consent with its own date and wording.
    for sign_up in session.scalars(select(SignUp).where(SignUp.person_id == merged_id)):
        sign_up.person_id = survivor_id
    for consent in session.scalars(select(Consent).where(Consent.person_id == merged_id)):
        consent.person_id = survivor_id
    _present_if_either(session, survivor_id, merged_id)
    session.flush()
    deletion.clear_uses(session, "person", merged_id, reassign_to=survivor_id)

    session.delete(merged)
    session.flush()
    for name in FIELDS:
        setattr(survivor, name, getattr(clean, name))
    return survivor


def _present_if_either(session: Session, survivor_id: str, merged_id: str) -> None:
    """A call both attended keeps the survivor's line, marked present if either was."""
    theirs = {
        a.occurrence_id: a
        for a in session.scalars(select(Attendance).where(Attendance.person_id == merged_id))
    }
    for mine in session.scalars(
        select(Attendance).where(
            Attendance.person_id == survivor_id, Attendance.occurrence_id.in_(theirs)
        )
    ):
        other = theirs[mine.occurrence_id]
        if other.present and not mine.present:
            mine.present = True
        if not mine.state and other.state:
            mine.state = other.state


def merged_into(session: Session, person_id: str) -> list[str]:
    """The ids of the people merged into ``person_id`` (at any depth)."""
    return list(
        session.scalars(select(PersonMerge.merged_id).where(PersonMerge.survivor_id == person_id))
    )
