"""Signing up at the table: what a person gives, the record it makes or finds, and the
consents they tick, one organization at a time.

A sign-up is one change, committed the moment it is saved (a closed lid or a crash
loses none).  Its person is found by index only, however large the directory: the same
e-mail address (case ignored), else the same phone number, else the same name in the
same ZIP code; nothing is ever overwritten on a person found, only what was missing
added.  How the person was found is kept on the sign-up, for an organizer to review
later, never shown to the next signer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common import clock, validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, sentence_of
from coalition.common.states import BY_CODE
from coalition.common.validation import DEFAULT_PHONE_REGION
from coalition.events.zipcodes import normalize_zip, state_of_zip
from coalition.store import ownership
from coalition.store.base import same_name_range
from coalition.store.changes import writes
from coalition.store.models import (
    Consent,
    Event,
    EventHost,
    HostRole,
    Organization,
    Person,
    PersonEmail,
    PersonPhone,
    SignUp,
    SignUpMatch,
    SignUpSource,
)

LANGUAGES = ("en", "es")


def consent_wording(org_name: str) -> str:
    """The English wording of one organization's consent box (the form shows its own,
    translated, and stores exactly what it showed)."""
    return f"I agree that {org_name} may contact me about its work."


class ZipOutsideState(ValidationError):
    """The ZIP code is in another state than the event's: asked about, not refused.

    A form turns it into a question; the same input with ``zip_confirmed`` is taken.
    """

    def __init__(self, postal_code: str, zip_state: str, event_state: str) -> None:
        self.postal_code, self.zip_state, self.event_state = postal_code, zip_state, event_state
        super().__init__(
            {
                "postal_code": QT_TRANSLATE_NOOP(
                    "Events",
                    "The ZIP code {postal_code} is in {zip_state}, and this event is in "
                    "{event_state}: is it right?",
                ).format(postal_code=postal_code, zip_state=zip_state, event_state=event_state)
            }
        )


def _email(text: str) -> str:
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("Events", "The e-mail address “{text}” is not valid: {exc}").format(
                text=text, exc=validation.clause(exc)
            )
        ) from None


def _phone(text: str, region: str) -> str:
    """The number in E.164 (+19165550142)."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Events",
                "The phone number “{text}” is not a phone number: write it with its area "
                "code, like 916-555-0142.",
            ).format(text=text)
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_spellings(e164: str) -> list[str]:
    """The ways a number may be written on an existing person: E.164, the directory's
    international format, and the usual national ones (all looked up by one index)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return [e164]
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = str(number.national_number)
    found = [e164, international, national, digits]
    if number.country_code == 1 and len(digits) == 10:
        found += [
            f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            f"{digits[:3]}.{digits[3:6]}.{digits[6:]}",
            f"1{digits}",
            f"+1 ({digits[:3]}) {digits[3:6]}-{digits[6:]}",
        ]
    return list(dict.fromkeys(found))


@dataclass
class SignUpInput:
    """What a person gives at the table.  ``consents``: organization id → the wording
    shown next to the box they ticked; ``answers``: the event's question key → yes/no."""

    name: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    county: str = ""
    language: str = ""
    consents: dict[str, str] = field(default_factory=dict)
    answers: dict[str, bool] = field(default_factory=dict)
    zip_confirmed: bool = False

    def validated(self, event: Event | None, region: str = DEFAULT_PHONE_REGION) -> SignUpInput:
        """The input cleaned (e-mail normalized, phone in E.164, ZIP as 5 or 5+4 digits).

        Raises :class:`ValidationError` with a sentence per field, or, when only the
        ZIP code is in another state than the event's and that was not confirmed,
        :class:`ZipOutsideState`.
        """
        problems: dict[str, str] = {}
        name = " ".join(self.name.split())
        email = phone = postal_code = ""
        if self.email.strip():
            try:
                email = _email(self.email.strip())
            except ValueError as exc:
                problems["email"] = sentence_of(exc)
        if self.phone.strip():
            try:
                phone = _phone(self.phone.strip(), region)
            except ValueError as exc:
                problems["phone"] = sentence_of(exc)
        if self.postal_code.strip():
            try:
                postal_code = normalize_zip(self.postal_code)
            except ValueError as exc:
                problems["postal_code"] = sentence_of(exc)
        if len(name) > 200:
            problems["name"] = QT_TRANSLATE_NOOP("Events", "The name is longer than 200 letters.")
        language = self.language.strip().lower()
        if language and language not in LANGUAGES:
            problems["language"] = QT_TRANSLATE_NOOP(
                "Events", "The language “{language}” is not English or Spanish."
            ).format(language=self.language)
        given = (self.email.strip(), self.phone.strip(), name and self.postal_code.strip())
        if not problems and not any(given):
            problems["name"] = QT_TRANSLATE_NOOP(
                "Events",
                "Give an e-mail address, or a phone number, or your name and ZIP code, "
                "so that we can reach you.",
            )
        if problems:
            raise ValidationError(problems)
        clean = replace(
            self,
            name=name,
            email=email,
            phone=phone,
            postal_code=postal_code,
            county=" ".join(self.county.split())[:80],
            language=language,
            consents={k: v.strip() for k, v in self.consents.items()},
            answers={k: bool(v) for k, v in self.answers.items()},
        )
        event_state = (event.state if event is not None else "").upper()
        zip_state = state_of_zip(postal_code) if postal_code else None
        if event_state and zip_state and zip_state != event_state and not self.zip_confirmed:
            raise ZipOutsideState(postal_code, zip_state, event_state)
        return clean


@dataclass(frozen=True)
class SignUpResult:
    sign_up_id: str
    person_id: str
    match: SignUpMatch


def find_match(
    session: Session, email: str, phone: str, name: str, postal_code: str
) -> tuple[str, SignUpMatch] | None:
    """The person a sign-up is, by index only: the same e-mail address (case ignored),
    else the same phone number (E.164 or as the directory writes it), else the same
    name (case and accents ignored: its sort key) in the same five-digit ZIP code."""
    if email:
        found = session.scalar(
            select(PersonEmail.person_id)
            .where(func.lower(PersonEmail.address) == email.lower())
            .limit(1)
        )
        if found is not None:
            return found, SignUpMatch.EMAIL
    if phone:
        found = session.scalar(
            select(PersonPhone.person_id)
            .where(PersonPhone.number.in_(phone_spellings(phone)))
            .limit(1)
        )
        if found is not None:
            return found, SignUpMatch.PHONE
    if name and postal_code:
        same = same_name_range(name)
        found = session.scalar(
            select(Person.id)
            .where(
                # The same name whatever its accents and case, by ix_person_sort_name.
                Person.sort_name >= same[0],
                Person.sort_name < same[1],
                func.substr(Person.postal_code, 1, 5) == postal_code[:5],
            )
            .limit(1)
        )
        if found is not None:
            return found, SignUpMatch.NAME_ZIP
    return None


def _directory_phone(e164: str) -> str:
    """The number as the directory writes it (+1 916-555-0142)."""
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _new_person(clean: SignUpInput) -> Person:
    phone = _directory_phone(clean.phone) if clean.phone else ""
    state = state_of_zip(clean.postal_code) or ""
    person = Person(
        # A walk-in who gave no name is listed by what they did give.
        name=clean.name or clean.email or phone,
        postal_code=clean.postal_code,
        county=clean.county,
        language=clean.language,
        state=state,
        # Their state's zone, as the directory gives a person of that state.
        time_zone=BY_CODE[state].time_zone if state in BY_CODE else "",
    )
    if clean.email:
        person.emails = [PersonEmail(address=clean.email, position=0)]
    if phone:
        person.phones = [PersonPhone(number=phone, position=0)]
    return person


def _complete(person: Person, clean: SignUpInput) -> None:
    """Add what the person's record lacks (a new address or number goes after theirs);
    never overwrite what is there."""
    if clean.email and clean.email.lower() not in {e.address.lower() for e in person.emails}:
        person.emails.append(PersonEmail(address=clean.email, position=len(person.emails)))
    if clean.phone:
        spellings = set(phone_spellings(clean.phone))
        if not any(p.number in spellings for p in person.phones):
            number = _directory_phone(clean.phone)
            person.phones.append(PersonPhone(number=number, position=len(person.phones)))
    if clean.postal_code and not person.postal_code:
        person.postal_code = clean.postal_code
        if not person.state:
            person.state = state_of_zip(clean.postal_code) or ""
    if clean.county and not person.county:
        person.county = clean.county
    if clean.language and not person.language:
        person.language = clean.language
    if clean.name and not person.name:
        person.name = clean.name


def _may_sign_up_under(session: Session, person_id: str) -> bool:
    """Whether the organizer may add a sign-up (and what was missing) to this person: a
    person another group keeps is not theirs to write to, and a sign-up must never be
    refused at the table for it."""
    policy = ownership.rules()
    if policy is None or session.info.get(ownership.EXEMPT):
        return True
    owner = session.scalar(select(Person.owner_org_id).where(Person.id == person_id))
    return policy.refusal(session, "sign_up", (owner,)) is None


@writes(QT_TRANSLATE_NOOP("Changes", "Sign up"))
def record_signup(
    session: Session,
    event_id: str | None,
    data: SignUpInput,
    *,
    now: dt.datetime | None = None,
    source: SignUpSource = SignUpSource.KIOSK,
) -> SignUpResult:
    """Store one sign-up as given, with the person it made or found and one consent per
    organization ticked (its wording and date).  One transaction, committed at once."""
    event = None
    if event_id is not None:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Events", "That event no longer exists."))
    clean = data.validated(event)
    at = now or clock.now()
    match = find_match(session, clean.email, clean.phone, clean.name, clean.postal_code)
    if match is not None and not _may_sign_up_under(session, match[0]):
        match = None  # another group's record: theirs to keep; this one is the signer's
    if match is None:
        person = _new_person(clean)
        session.add(person)
        how = SignUpMatch.NEW
    else:
        found = session.get(Person, match[0])
        if found is None:  # pragma: no cover - the index said it was there
            raise NotFoundError(QT_TRANSLATE_NOOP("Events", "The matching person vanished."))
        person, how = found, match[1]
        _complete(person, clean)
    session.flush()
    sign_up = SignUp(
        event_id=event_id,
        person_id=person.id,
        signed_at=at,
        name=clean.name,
        email=clean.email,
        phone=clean.phone,
        postal_code=clean.postal_code,
        county=clean.county,
        language=clean.language,
        answers=dict(clean.answers),
        match=how,
        source=source,
    )
    session.add(sign_up)
    session.flush()
    if clean.consents:
        known = set(
            session.scalars(
                select(Organization.id).where(Organization.id.in_(list(clean.consents)))
            )
        )
        asking = set(consenting_organizations(session, event_id)) if event_id else known
        for org_id, wording in clean.consents.items():
            if org_id not in known:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Events", "An organization asking for consent no longer exists."
                    )
                )
            if org_id not in asking:
                raise ValidationError(
                    {
                        "consents": QT_TRANSLATE_NOOP(
                            "Events",
                            "An organization that neither hosts this event nor takes part "
                            "in it cannot be given consent at its table.",
                        )
                    }
                )
            session.add(
                Consent(
                    person_id=person.id,
                    organization_id=org_id,
                    given_at=at,
                    wording=wording,
                    event_id=event_id,
                    sign_up_id=sign_up.id,
                )
            )
    return SignUpResult(sign_up.id, person.id, how)


@dataclass(frozen=True)
class KioskForm:
    """What the kiosk's form asks for one event: its hosts' and partners' consent boxes
    (hosts first), and its own questions."""

    event_id: str
    event_name: str
    state: str
    county: str
    organizations: list[tuple[str, str]]  # (id, name)
    questions: list[tuple[str, str]]  # (key, label)


def consenting_organizations(session: Session, event_id: str) -> dict[str, str]:
    """The organizations a sign-up at the event may consent to, id -> name: its hosts,
    then its partners (signing up with one group is not consent for another)."""
    rows = session.execute(
        select(Organization.id, Organization.name, EventHost.role)
        .join(EventHost, EventHost.organization_id == Organization.id)
        .where(EventHost.event_id == event_id)
        .order_by(EventHost.role != HostRole.HOST, Organization.sort_name)
    ).all()
    return dict((org_id, name) for org_id, name, _role in rows)


def kiosk_form(session: Session, event_id: str) -> KioskForm:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Events", "That event no longer exists."))
    organizations = list(consenting_organizations(session, event_id).items())
    questions = [
        (str(q.get("key", "")), str(q.get("label", "")))
        for q in event.questions or []
        if q.get("key")
    ]
    return KioskForm(event.id, event.name, event.state, event.county, organizations, questions)


# --- review -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewItem:
    """A sign-up that found an existing person: what was typed beside who it matched."""

    sign_up_id: str
    signed_at: dt.datetime
    event_name: str
    match: SignUpMatch
    typed: dict[str, str]
    person_id: str
    person: dict[str, str]


def signups_to_review(session: Session) -> list[ReviewItem]:
    """Sign-ups matched to an existing person and not reviewed yet, oldest first."""
    rows = session.execute(
        select(SignUp, Event.name)
        .outerjoin(Event, Event.id == SignUp.event_id)
        .where(SignUp.match != SignUpMatch.NEW, SignUp.reviewed_at.is_(None))
        .order_by(SignUp.signed_at)
    ).all()
    items = []
    for sign_up, event_name in rows:
        person = session.get(Person, sign_up.person_id)
        items.append(
            ReviewItem(
                sign_up_id=sign_up.id,
                signed_at=sign_up.signed_at,
                event_name=event_name or "",
                match=sign_up.match,
                typed=_fields(
                    sign_up.name,
                    [sign_up.email],
                    [sign_up.phone],
                    sign_up.postal_code,
                    sign_up.county,
                ),
                person_id=sign_up.person_id,
                person=_fields(
                    person.name,
                    [e.address for e in person.emails],
                    [p.number for p in person.phones],
                    person.postal_code,
                    person.county,
                )
                if person is not None
                else {},
            )
        )
    return items


def _fields(
    name: str, emails: Iterable[str], phones: Iterable[str], postal_code: str, county: str
) -> dict[str, str]:
    return {
        "name": name,
        "email": ", ".join(e for e in emails if e),
        "phone": ", ".join(p for p in phones if p),
        "postal_code": postal_code,
        "county": county,
    }


@writes(QT_TRANSLATE_NOOP("Changes", "Review sign-ups"))
def mark_reviewed(session: Session, ids: Iterable[str], *, now: dt.datetime | None = None) -> int:
    """Mark sign-ups as looked at; returns how many were."""
    at = now or clock.now()
    count = 0
    for sign_up_id in ids:
        sign_up = session.get(SignUp, sign_up_id)
        if sign_up is not None and sign_up.reviewed_at is None:
            sign_up.reviewed_at = at
            count += 1
    return count
