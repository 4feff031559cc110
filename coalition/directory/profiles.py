"""Who uses Coalition on this laptop: profiles, the one active, and the identity it gives.

A profile is a name, an e-mail address, the member organization its organizer acts for
and their role in it (coordinator, member, delegate or observer: a delegate is a member
who also casts its organization's ballot on the coalition's decisions).  A laptop may
hold several (one shared at an event); exactly one is active at a time.  :func:`activate` makes the
active profile the author of every change from then on (:data:`changes.IDENTITY`):
the audit trail, the sync outbox and the credits of revisions, comments and sign-offs
all name that person and organization, never the operating system's login.

Profiles are kept on this laptop only (never synced); their writes are recorded like
any other, so the audit trail tells who set up whom.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common import validation
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, sentence_of
from coalition.directory import records
from coalition.store import changes
from coalition.store.changes import writes
from coalition.store.models import Organization, Profile

COORDINATOR = "coordinator"
MEMBER = "member"
DELEGATE = "delegate"
OBSERVER = "observer"
ROLES = (COORDINATOR, MEMBER, DELEGATE, OBSERVER)
# Roles that act for a member organization and so must name one.
ORG_ROLES = (MEMBER, DELEGATE, OBSERVER)
ROLE_LABELS = {
    COORDINATOR: QT_TRANSLATE_NOOP(
        "Roles", "coordinator (the coalition's staff: reads and changes everything)"
    ),
    MEMBER: QT_TRANSLATE_NOOP("Roles", "member (changes its own organization's records)"),
    DELEGATE: (
        QT_TRANSLATE_NOOP(
            "Roles",
            "delegate (casts its organization's ballot on decisions; changes its "
            "records as a member does)",
        )
    ),
    OBSERVER: QT_TRANSLATE_NOOP("Roles", "observer (reads, changes nothing)"),
}
# How a coordinator who acts for no member organization is named beside their name.
COALITION_STAFF = "coalition staff"
HOW_TO_SET = "coalition profile --name NAME --email ADDRESS --org ORGANIZATION"


@dataclass
class ProfileInput:
    """What an organizer says about themselves.  ``organization`` is an organization's
    id or name (a name not in the directory becomes a new organization); it may be empty
    for a coordinator only, who then acts for the coalition itself."""

    name: str
    email: str
    organization: str = ""
    role: str = MEMBER

    def validated(self) -> ProfileInput:
        problems: dict[str, str] = {}
        name = email = role = ""
        try:
            name = validation.required(self.name, QT_TRANSLATE_NOOP("Fields", "name"))
        except ValueError as exc:
            problems["name"] = sentence_of(exc)
        try:
            email = validation.email(
                validation.required(self.email, QT_TRANSLATE_NOOP("Fields", "e-mail address"))
            )
        except ValueError as exc:
            problems["email"] = sentence_of(exc)
        role = (self.role or MEMBER).strip().lower()
        if role not in ROLES:
            problems["role"] = QT_TRANSLATE_NOOP(
                "Directory", "'{role}' is not a role (one of: {names})"
            ).format(role=self.role, names=", ".join(ROLES))
        organization = self.organization.strip()
        if not organization and role in ORG_ROLES:
            article = "an" if role == OBSERVER else "a"
            problems["organization"] = QT_TRANSLATE_NOOP(
                "Directory",
                "{article} {role} acts for a member organization: name it (only a "
                "coordinator may act for the coalition itself)",
            ).format(article=article, role=role)
        if problems:
            raise ValidationError(problems)
        return ProfileInput(name=name, email=email, organization=organization, role=role)


def list_profiles(session: Session) -> list[Profile]:
    """Every profile on this laptop, the active one first, then by name."""
    return list(
        session.scalars(
            select(Profile).order_by(Profile.active.desc(), func.lower(Profile.name), Profile.id)
        )
    )


def active_profile(session: Session) -> Profile | None:
    return session.scalar(select(Profile).where(Profile.active.is_(True)).limit(1))


def organization_name(session: Session, profile: Profile) -> str:
    """The name of the organization ``profile`` acts for ("" for the coalition's staff, or
    an organization deleted since)."""
    if profile.organization_id is None:
        return ""
    org = session.get(Organization, profile.organization_id)
    return org.name if org is not None else ""


def describe(session: Session, profile: Profile) -> str:
    """'Dana Reyes (Red Oregon)', as the title bar shows who is at work."""
    org = organization_name(session, profile)
    return f"{profile.name} ({org or COALITION_STAFF})"


def find_profile(session: Session, which: str) -> Profile:
    """The profile of this id, name or e-mail address (case does not matter), or the one
    whose name alone begins so."""
    key = which.strip()
    found = session.get(Profile, key) if key else None
    if found is not None:
        return found
    matches = list(
        session.scalars(
            select(Profile).where(
                (func.lower(Profile.name) == key.lower())
                | (func.lower(Profile.email) == key.lower())
            )
        )
    )
    if len(matches) > 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Directory", "{count} profiles are named '{key}': give the e-mail address instead"
            ).format(count=len(matches), key=key)
        )
    if not matches and key:  # "dana" for Dana Reyes, when only one begins so
        starting = [p for p in list_profiles(session) if p.name.lower().startswith(key.lower())]
        matches = starting if len(starting) == 1 else matches
    if not matches:
        names = ", ".join(p.name for p in list_profiles(session)) or "none yet"
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Directory", "no profile is named '{key}' on this laptop (there are: {names})"
            ).format(key=key, names=names)
        )
    return matches[0]


def _organization(session: Session, text: str) -> Organization | None:
    """The organization of this id or name, created when no such name exists."""
    if not text:
        return None
    org = session.get(Organization, text) or records.find_organization_by_name(session, text)
    if org is None:
        org = records.create_organization(session, records.OrganizationInput(name=text))
    return org


def _matching(session: Session, clean: ProfileInput) -> Profile | None:
    """The profile these details update: the one with this e-mail address, else the one
    with this name (an organizer correcting the other)."""
    for column, value in ((Profile.email, clean.email), (Profile.name, clean.name)):
        found = session.scalar(
            select(Profile).where(func.lower(column) == value.lower()).order_by(Profile.created_at)
        )
        if found is not None:
            return found
    return None


def save_profile(session: Session, data: ProfileInput, profile_id: str | None = None) -> Profile:
    """Set up or correct a profile, make it the active one and act as it from now on.

    ``profile_id`` names the profile to change; without it, the profile with the same
    e-mail address (else name) is changed, or a new one made.  An organization named
    that the directory does not hold is added to it, credited to this organizer.
    """
    clean = data.validated()
    saved = dict(vars(changes.IDENTITY))
    # The change (and a new organization in it) is this organizer's own, made before
    # they hold a role: an observer setting up names a new group all the same.
    _set_identity(clean.name, clean.email, "", "", None)
    try:
        profile = _save(session, clean, profile_id)
    except BaseException:
        vars(changes.IDENTITY).update(saved)
        raise
    activate(session)
    return profile


@writes(QT_TRANSLATE_NOOP("Changes", "Set profile"))
def _save(session: Session, clean: ProfileInput, profile_id: str | None) -> Profile:
    profile = (
        session.get(Profile, profile_id) if profile_id is not None else _matching(session, clean)
    )
    if profile_id is not None and profile is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Directory", "that profile no longer exists"))
    if profile is None:
        profile = Profile(name=clean.name, email=clean.email, role=clean.role, active=False)
        session.add(profile)
    profile.name, profile.email, profile.role = clean.name, clean.email, clean.role
    org = _organization(session, clean.organization)
    profile.organization_id = org.id if org is not None else None
    if org is not None:  # the whole change is theirs, for their organization
        changes.IDENTITY.org, changes.IDENTITY.org_id = org.name, org.id
    _make_active(session, profile)
    return profile


def _make_active(session: Session, profile: Profile) -> None:
    for other in session.scalars(select(Profile).where(Profile.active.is_(True))):
        if other is not profile:
            other.active = False
    session.flush()  # one active at a time, even between the two updates
    profile.active = True


def switch_profile(session: Session, which: str) -> Profile:
    """Make the profile of this id, name or e-mail address the active one, and act as
    it from now on."""
    profile = _switch(session, which)
    activate(session)
    return profile


@writes(QT_TRANSLATE_NOOP("Changes", "Switch profile"))
def _switch(session: Session, which: str) -> Profile:
    profile = find_profile(session, which)
    _make_active(session, profile)
    return profile


def _set_identity(name: str, email: str, role: str, org: str, org_id: str | None) -> None:
    who = changes.IDENTITY
    who.actor, who.email, who.role, who.org, who.org_id = name, email, role, org, org_id


def activate(session: Session) -> Profile | None:
    """Credit every change from now on to the active profile's organizer and organization
    (:data:`changes.IDENTITY`); with no profile, to nobody (a write then is refused by
    the command line and asked about by the window)."""
    profile = active_profile(session)
    if profile is None:
        _set_identity("", "", "", "", None)
        return None
    _set_identity(
        profile.name,
        profile.email,
        profile.role,
        organization_name(session, profile),
        profile.organization_id,
    )
    return profile


def is_set() -> bool:
    """Whether a profile is active (changes have an author)."""
    return bool(changes.IDENTITY.actor)


def credit() -> str:
    """The author of a revision, a comment, a status move or a sign-off, as stored with
    it: 'Dana Reyes (Red Oregon)', or the name alone for the coalition's staff."""
    who = changes.IDENTITY
    return f"{who.actor} ({who.org})" if who.org and who.actor else who.actor
