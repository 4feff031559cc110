"""The coalition directory: organizations, people and their memberships.

Each write is one transaction (see :func:`coalition.store.changes.writes`).  Inputs are
plain dataclasses, checked as a whole so that an editor can show every problem at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session, selectinload

from coalition.common import clock, validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, sentence_of
from coalition.common.states import normalize_state

# Imported for its registering the coalition's rules with the store: every service that
# writes (calls, drafts, endorsements, goals) reaches the directory's records.
from coalition.directory import access as _access  # noqa: F401
from coalition.directory.owners import set_visibility
from coalition.store.base import VISIBILITIES
from coalition.store.changes import writes
from coalition.store.database import plain_rows
from coalition.store.models import (
    Endorsement,
    Finance,
    LegalClass,
    Membership,
    Organization,
    OrganizationTag,
    OrgKind,
    OrgStatus,
    Person,
    PersonEmail,
    PersonPhone,
    Setting,
    SocialPage,
    Tag,
)
from coalition.store.names import NameIndex
from coalition.store.ownership import readable_sql

T = TypeVar("T")


class _Problems:
    """Collects one message per field, then raises them together."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}

    def check(self, name: str, fn: Callable[[], T], default: T) -> T:
        try:
            return fn()
        except ValueError as exc:
            self.problems.setdefault(name, sentence_of(exc))
            return default

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def _enum(cls: Any, value: Any, what: str) -> Any:
    if isinstance(value, cls):
        return value
    text = str(value).strip()
    for member in cls:
        if text.lower() in (member.value.lower(), member.label.lower(), member.name.lower()):
            return member
    choices = ", ".join(m.label for m in cls)
    raise ValueError(
        QT_TRANSLATE_NOOP("Directory", "'{text}' is not a {what} (one of: {choices})").format(
            text=text, what=what, choices=choices
        )
    )


# --- organizations -------------------------------------------------------------------


@dataclass
class SocialPageInput:
    platform: str
    url: str
    followers: int | str | None = None


@dataclass
class OrganizationInput:
    name: str
    short_name: str = ""
    kind: OrgKind | str = OrgKind.GRASSROOTS
    parent_id: str | None = None
    home_state: str = ""
    founded_on: dt.date | str | None = None
    website: str = ""
    status: OrgStatus | str = OrgStatus.ACTIVE
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    social_pages: list[SocialPageInput] = field(default_factory=list)
    # "" leaves them as they are; a new organization's legal class then follows its kind
    # (a party, a 501(c)(3) or (c)(4)), else it is an independent ally.
    legal_class: LegalClass | str = ""
    finance: Finance | str = ""
    # "shared" or "private"; "" leaves it as it is (a new one: what the rules say).
    visibility: str = ""

    def validated(self) -> OrganizationInput:
        p = _Problems()
        pages = []
        for i, page in enumerate(self.social_pages):
            pages.append(
                SocialPageInput(
                    platform=p.check(
                        f"social_pages.{i}",
                        partial(validation.required, page.platform, "platform"),
                        "",
                    ),
                    url=p.check(f"social_pages.{i}", partial(validation.url, page.url), ""),
                    followers=p.check(
                        f"social_pages.{i}",
                        partial(validation.positive_int, page.followers, "number of followers"),
                        None,
                    ),
                )
            )
        result = OrganizationInput(
            name=p.check(
                "name",
                lambda: validation.fits(
                    validation.required(
                        self.name, QT_TRANSLATE_NOOP("Fields", "organization's name")
                    ),
                    NAME_LIMIT,
                    QT_TRANSLATE_NOOP("Fields", "organization's name"),
                ),
                "",
            ),
            short_name=p.check(
                "short_name",
                lambda: validation.fits(
                    self.short_name.strip(),
                    SHORT_NAME_LIMIT,
                    QT_TRANSLATE_NOOP("Fields", "short name"),
                ),
                "",
            ),
            kind=p.check(
                "kind", lambda: _enum(OrgKind, self.kind, "kind of organization"), OrgKind.OTHER
            ),
            parent_id=self.parent_id or None,
            home_state=p.check("home_state", lambda: _state_or_region(self.home_state), ""),
            founded_on=p.check(
                "founded_on",
                lambda: validation.date(
                    self.founded_on, QT_TRANSLATE_NOOP("Fields", "founding date")
                ),
                None,
            ),
            website=p.check("website", lambda: validation.url(self.website), ""),
            status=p.check(
                "status", lambda: _enum(OrgStatus, self.status, "status"), OrgStatus.ACTIVE
            ),
            notes=self.notes.strip(),
            tags=sorted({t.strip().lower() for t in self.tags if t.strip()}),
            social_pages=pages,
            legal_class=p.check(
                "legal_class",
                lambda: (
                    _enum(LegalClass, self.legal_class, "legal class") if self.legal_class else ""
                ),
                "",
            ),
            finance=p.check(
                "finance",
                lambda: _enum(Finance, self.finance, "finance status") if self.finance else "",
                "",
            ),
            visibility=p.check("visibility", lambda: _visibility(self.visibility), ""),
        )
        if isinstance(result.founded_on, dt.date) and result.founded_on > clock.today():
            p.problems.setdefault("founded_on", "the founding date cannot be in the future")
        p.raise_if_any()
        return result


# Kinds of organization that are a legal class too.
_KIND_CLASSES = {
    LegalClass.POLITICAL_PARTY.value,
    LegalClass.NONPROFIT_C3.value,
    LegalClass.NONPROFIT_C4.value,
}


_PERSON_NAME = QT_TRANSLATE_NOOP("Fields", "person's name")


# What the name columns keep (see coalition.store.limits, which guards every column).
NAME_LIMIT = 200
SHORT_NAME_LIMIT = 40
ROLE_LIMIT = 120
COUNTY_LIMIT = 80


def _person_name_required(name: str) -> str:
    return validation.fits(validation.required(name, _PERSON_NAME), NAME_LIMIT, _PERSON_NAME)


def _visibility(value: str) -> str:
    value = (value or "").strip().lower()
    if value not in ("", *VISIBILITIES):
        raise ValueError(QT_TRANSLATE_NOOP("Directory", "the visibility is shared or private"))
    return value


def _state_or_region(text: str) -> str:
    """A US state code when the text names one; a region's name is kept as written."""
    value = text.strip()
    if not value:
        return ""
    try:
        return normalize_state(value)
    except ValueError:
        if len(value) <= 3:  # looks like a code, but not one we know
            raise
        return value


def _tag(session: Session, name: str) -> Tag:
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
    return tag


def _apply_organization(session: Session, org: Organization, data: OrganizationInput) -> None:
    if data.parent_id is not None:
        if data.parent_id == org.id:
            raise ValidationError(
                {
                    "parent_id": QT_TRANSLATE_NOOP(
                        "Directory", "an organization cannot be its own parent"
                    )
                }
            )
        if session.get(Organization, data.parent_id) is None:
            raise ValidationError(
                {
                    "parent_id": QT_TRANSLATE_NOOP(
                        "Directory", "the parent organization no longer exists"
                    )
                }
            )
    org.name = data.name
    org.short_name = data.short_name
    org.kind = OrgKind(data.kind)
    org.parent_id = data.parent_id
    org.home_state = data.home_state
    org.founded_on = validation.checked(data.founded_on)
    org.website = data.website
    org.status = OrgStatus(data.status)
    org.notes = data.notes
    if data.legal_class:
        org.legal_class = LegalClass(data.legal_class)
    elif not inspect(org).persistent and OrgKind(org.kind).value in _KIND_CLASSES:
        org.legal_class = LegalClass(org.kind.value)  # a new one: its kind says it
    if data.finance:
        org.finance = Finance(data.finance)
    wanted = set(data.tags)
    for link in list(org.tag_links):
        if link.tag.name not in wanted:
            org.tag_links.remove(link)
    have = {link.tag.name for link in org.tag_links}
    for name in sorted(wanted - have):
        org.tag_links.append(OrganizationTag(tag=_tag(session, name)))
    existing = {(p.platform, p.url): p for p in org.social_pages}
    keep = []
    for page in data.social_pages:
        row = existing.pop((page.platform, page.url), None) or SocialPage(
            platform=page.platform, url=page.url
        )
        row.followers = validation.checked(page.followers)
        keep.append(row)
    org.social_pages = keep


@writes(QT_TRANSLATE_NOOP("Changes", "Add organization"))
def create_organization(session: Session, data: OrganizationInput) -> Organization:
    clean = data.validated()
    org = Organization(**({"visibility": clean.visibility} if clean.visibility else {}))
    _apply_organization(session, org, clean)
    session.add(org)  # only once filled: a query above may autoflush
    return org


@writes(QT_TRANSLATE_NOOP("Changes", "Edit organization"))
def update_organization(session: Session, org_id: str, data: OrganizationInput) -> Organization:
    org = get_organization(session, org_id)
    clean = data.validated()
    _apply_organization(session, org, clean)
    if clean.visibility and clean.visibility != org.visibility:
        set_visibility(session, org, clean.visibility)
    return org


def organization_impact(session: Session, org_id: str) -> dict[str, int]:
    """What deleting an organization takes with it, for the confirmation question."""
    return {
        "memberships": session.scalar(
            select(func.count()).where(Membership.organization_id == org_id)
        )
        or 0,
        "endorsements": session.scalar(
            select(func.count()).where(
                (Endorsement.endorser_org_id == org_id) | (Endorsement.target_org_id == org_id)
            )
        )
        or 0,
        "chapters": session.scalar(select(func.count()).where(Organization.parent_id == org_id))
        or 0,
    }


def get_organization(session: Session, org_id: str) -> Organization:
    org = session.get(Organization, org_id)
    if org is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Directory", "that organization no longer exists"))
    return org


def organization_input(org: Organization) -> OrganizationInput:
    """The editable values of an organization, as an editor starts from them."""
    return OrganizationInput(
        name=org.name,
        short_name=org.short_name,
        kind=org.kind,
        parent_id=org.parent_id,
        home_state=org.home_state,
        founded_on=org.founded_on,
        website=org.website,
        status=org.status,
        notes=org.notes,
        tags=org.tags,
        social_pages=[SocialPageInput(p.platform, p.url, p.followers) for p in org.social_pages],
        legal_class=org.legal_class,
        finance=org.finance,
        visibility=org.visibility,
    )


def organization_choices(session: Session) -> list[tuple[str, str]]:
    """(id, name) of every organization, by name: for pickers."""
    rows = session.execute(
        select(Organization.id, Organization.name).order_by(func.lower(Organization.name))
    )
    return [(r[0], r[1]) for r in rows]


def find_organization_by_name(session: Session, name: str) -> Organization | None:
    """The organization called ``name`` (its name or short name, any case or accents;
    see :mod:`coalition.store.names`), among those the organizer may read."""
    found = organizations_by_name(session).find(name)
    return session.get(Organization, found[0]) if found else None


def organizations_by_name(session: Session) -> NameIndex:
    """:func:`find_organization_by_name` for many names: every organization's name and
    short name, read once, among those the organizer may read (the query is filtered as
    any other)."""
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.short_name).order_by(
            Organization.created_at, Organization.id
        )
    )
    return NameIndex((org_id, (name, short_name)) for org_id, name, short_name in rows)


# --- people --------------------------------------------------------------------------


@dataclass
class PersonInput:
    name: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    state: str = ""
    language: str = ""
    time_zone: str = ""
    notes: str = ""
    # "shared" or "private"; "" leaves it as it is (a new one: what the rules say).
    visibility: str = ""
    # Where they live, as a sign-up sheet gives it; None leaves it as it is (an import,
    # a merge: what they do not read, they do not clear).
    postal_code: str | None = None
    county: str | None = None

    def validated(self) -> PersonInput:
        # Each check called as it is, not through _Problems.check: an import checks
        # hundreds of thousands of people.  The same problems, in the same order.
        problems: dict[str, str] = {}
        emails: list[str] = []
        known: set[str] = set()  # the addresses so far, lower-cased
        for address in self.emails:
            if address.strip():
                try:
                    value = validation.email(address)
                except ValueError as exc:
                    problems.setdefault("emails", sentence_of(exc))
                    continue
                if value and value.lower() not in known:
                    emails.append(value)
                    known.add(value.lower())
        phones: list[str] = []
        for number in self.phones:
            if number.strip():
                try:
                    value = validation.phone(number)
                except ValueError as exc:
                    problems.setdefault("phones", sentence_of(exc))
                    continue
                if value and value not in phones:
                    phones.append(value)
        checks: tuple[tuple[str, Callable[[str], str], str], ...] = (
            ("name", _person_name_required, self.name),
            ("state", normalize_state, self.state),
            ("language", validation.language, self.language),
            ("time_zone", validation.time_zone, self.time_zone),
            ("visibility", _visibility, self.visibility),
        )
        values: dict[str, str] = {}
        for name, check, given in checks:
            try:
                values[name] = check(given)
            except ValueError as exc:
                problems.setdefault(name, sentence_of(exc))
                values[name] = ""
        postal_code = county = None
        if self.postal_code is not None:
            try:
                postal_code = validation.zip_code(self.postal_code)
            except ValueError as exc:
                problems.setdefault("postal_code", sentence_of(exc))
        if self.county is not None:
            county = " ".join(self.county.split())
            try:
                validation.fits(county, COUNTY_LIMIT, QT_TRANSLATE_NOOP("Fields", "county"))
            except ValueError as exc:
                problems.setdefault("county", sentence_of(exc))
        if problems:
            raise ValidationError(problems)
        return PersonInput(
            emails=emails,
            phones=phones,
            notes=self.notes.strip(),
            postal_code=postal_code,
            county=county,
            **values,
        )


def _apply_person(person: Person, data: PersonInput) -> None:
    person.name = data.name
    person.state = data.state
    person.language = data.language
    person.time_zone = data.time_zone
    person.notes = data.notes
    if data.postal_code is not None:
        person.postal_code = data.postal_code
    if data.county is not None:
        person.county = data.county
    current = {e.address.lower(): e for e in person.emails}
    emails = []
    for position, address in enumerate(data.emails):
        email = current.pop(address.lower(), None) or PersonEmail(address=address)
        email.address, email.position = address, position
        emails.append(email)
    person.emails = emails
    numbers = {ph.number: ph for ph in person.phones}
    phones = []
    for position, number in enumerate(data.phones):
        phone = numbers.pop(number, None) or PersonPhone(number=number)
        phone.position = position
        phones.append(phone)
    person.phones = phones


@writes(QT_TRANSLATE_NOOP("Changes", "Add person"))
def create_person(session: Session, data: PersonInput) -> Person:
    clean = data.validated()
    person = Person(**({"visibility": clean.visibility} if clean.visibility else {}))
    _apply_person(person, clean)
    session.add(person)
    return person


@writes(QT_TRANSLATE_NOOP("Changes", "Edit person"))
def update_person(session: Session, person_id: str, data: PersonInput) -> Person:
    person = get_person(session, person_id)
    clean = data.validated()
    _apply_person(person, clean)
    if clean.visibility and clean.visibility != person.visibility:
        set_visibility(session, person, clean.visibility)
    return person


def person_impact(session: Session, person_id: str) -> dict[str, int]:
    """What deleting a person takes with them, for the confirmation question."""
    return {
        "memberships": session.scalar(select(func.count()).where(Membership.person_id == person_id))
        or 0,
        "endorsements": session.scalar(
            select(func.count()).where(Endorsement.endorser_person_id == person_id)
        )
        or 0,
    }


def get_person(session: Session, person_id: str) -> Person:
    person = session.get(
        Person,
        person_id,
        options=[
            selectinload(Person.emails),
            selectinload(Person.phones),
            selectinload(Person.memberships),
        ],
    )
    if person is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Directory", "that person no longer exists"))
    return person


def person_input(person: Person) -> PersonInput:
    return PersonInput(
        name=person.name,
        emails=[e.address for e in person.emails],
        phones=[p.number for p in person.phones],
        state=person.state,
        language=person.language,
        time_zone=person.time_zone,
        notes=person.notes,
        visibility=person.visibility,
        postal_code=person.postal_code,
        county=person.county,
    )


def person_choices(session: Session) -> list[tuple[str, str]]:
    """(id, name) of every person, by name: for pickers (read from the sort index alone)."""
    query = select(Person.id, Person.name).order_by(Person.sort_name, Person.id)
    readable = readable_sql(session, "person")
    if readable:  # read around the ORM: its filter of private records too
        query = query.where(text(readable))
    return plain_rows(session.connection(), query)


def people_by_email(session: Session, addresses: Iterable[str]) -> dict[str, str]:
    """Lower-cased address -> person id, for the addresses already in the directory."""
    keys = sorted({a.strip().lower() for a in addresses if a.strip()})
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        batch = keys[start : start + 500]
        rows = session.execute(
            select(func.lower(PersonEmail.address), PersonEmail.person_id).where(
                func.lower(PersonEmail.address).in_(batch)
            )
        )
        found.update({r[0]: r[1] for r in rows})
    return found


# --- memberships -----------------------------------------------------------------------


@dataclass
class MembershipInput:
    person_id: str
    organization_id: str
    role: str = ""
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    represents_state: str = ""

    def validated(self) -> MembershipInput:
        p = _Problems()
        result = replace(
            self,
            role=p.check(
                "role",
                lambda: validation.fits(
                    self.role.strip(), ROLE_LIMIT, QT_TRANSLATE_NOOP("Fields", "role")
                ),
                "",
            ),
            since=p.check(
                "since",
                lambda: validation.date(self.since, QT_TRANSLATE_NOOP("Fields", "start date")),
                None,
            ),
            until=p.check(
                "until",
                lambda: validation.date(self.until, QT_TRANSLATE_NOOP("Fields", "end date")),
                None,
            ),
            represents_state=p.check(
                "represents_state", lambda: normalize_state(self.represents_state), ""
            ),
        )
        if (
            isinstance(result.since, dt.date)
            and isinstance(result.until, dt.date)
            and result.until < result.since
        ):
            p.problems.setdefault("until", "the end date comes before the start date")
        p.raise_if_any()
        return result


def _apply_membership(session: Session, row: Membership, data: MembershipInput) -> None:
    get_person(session, data.person_id)
    get_organization(session, data.organization_id)
    row.person_id = data.person_id
    row.organization_id = data.organization_id
    row.role = data.role
    row.since = validation.checked(data.since)
    row.until = validation.checked(data.until)
    row.represents_state = data.represents_state


@writes(QT_TRANSLATE_NOOP("Changes", "Add membership"))
def add_membership(session: Session, data: MembershipInput) -> Membership:
    row = Membership()
    _apply_membership(session, row, data.validated())
    session.add(row)
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Edit membership"))
def update_membership(session: Session, membership_id: str, data: MembershipInput) -> Membership:
    row = session.get(Membership, membership_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Directory", "that membership no longer exists"))
    _apply_membership(session, row, data.validated())
    return row


@writes(QT_TRANSLATE_NOOP("Changes", "Remove membership"))
def remove_membership(session: Session, membership_id: str) -> None:
    row = session.get(Membership, membership_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Directory", "that membership no longer exists"))
    session.delete(row)


def memberships_of_person(session: Session, person_id: str) -> list[Membership]:
    return list(
        session.scalars(
            select(Membership)
            .where(Membership.person_id == person_id)
            .options(selectinload(Membership.organization))
            .order_by(Membership.since)
        )
    )


def members_of(session: Session, org_id: str) -> list[Membership]:
    return list(
        session.scalars(
            select(Membership)
            .where(Membership.organization_id == org_id)
            .options(selectinload(Membership.person))
            .join(Person)
            .order_by(func.lower(Person.name))
        )
    )


# --- settings ------------------------------------------------------------------------

STATES_GOAL = "states_goal"
COALITION_NAME = "coalition_name"


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else default


@writes(QT_TRANSLATE_NOOP("Changes", "Change setting"))
def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def is_empty(session: Session) -> bool:
    """True when the directory holds nothing yet (the first-start screen is offered)."""
    return (
        session.scalar(select(Organization.id).limit(1)) is None
        and session.scalar(select(Person.id).limit(1)) is None
    )
