"""Where the coalition stands across the states: a representative, a page, or nothing yet."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.states import BY_CODE, Coverage
from coalition.directory.records import STATES_GOAL, get_setting
from coalition.goals.figures import StateCoverage as StateCoverage
from coalition.store.models import Membership, Organization, OrgStatus, Person, SocialPage

DEFAULT_GOAL = 20


def state_coverage(session: Session, today: dt.date | None = None) -> StateCoverage:
    today = today or clock.today()
    reps: dict[str, list[str]] = defaultdict(list)
    for state, name in session.execute(
        select(Membership.represents_state, Person.name)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.represents_state > "",  # "" is no state: the index finds the rest
            or_(Membership.until.is_(None), Membership.until >= today),
            or_(Membership.since.is_(None), Membership.since <= today),
        )
        .order_by(Person.name)
    ):
        if name not in reps[state]:
            reps[state].append(name)
    pages: dict[str, list[str]] = defaultdict(list)
    for state, name in session.execute(
        select(Organization.home_state, Organization.name)
        .where(
            Organization.status == OrgStatus.ACTIVE,
            Organization.id.in_(select(SocialPage.organization_id)),
        )
        .order_by(Organization.name)
    ):
        if state in BY_CODE:
            pages[state].append(name)
    coverage = {
        code: Coverage.REPRESENTATIVE
        if reps.get(code)
        else Coverage.PAGE
        if pages.get(code)
        else Coverage.NONE
        for code in BY_CODE
    }
    try:
        goal = int(get_setting(session, STATES_GOAL, str(DEFAULT_GOAL)))
    except ValueError:
        goal = DEFAULT_GOAL
    return StateCoverage(coverage, dict(reps), dict(pages), goal)


@dataclass(frozen=True)
class Representative:
    person_id: str
    name: str
    role: str
    organization: str


@dataclass(frozen=True)
class StatePage:
    platform: str
    followers: int | None


@dataclass
class PageOrganization:
    organization_id: str
    name: str
    pages: list[StatePage] = field(default_factory=list)


@dataclass
class StatePeople:
    """Who the coalition has in one state, with the ids needed to open them."""

    representatives: list[Representative]
    organizations: list[PageOrganization]


def state_people(session: Session, code: str, today: dt.date | None = None) -> StatePeople:
    """The representatives and the organizations with pages in ``code``.

    The filters are those of :func:`state_coverage` (current memberships, active
    organizations), so the panel never lists someone the map does not count.
    """
    today = today or clock.today()
    representatives = [
        Representative(person_id, name, role, organization)
        for person_id, name, role, organization in session.execute(
            select(Person.id, Person.name, Membership.role, Organization.name)
            .join(Person, Person.id == Membership.person_id)
            .join(Organization, Organization.id == Membership.organization_id)
            .where(
                Membership.represents_state == code,
                or_(Membership.until.is_(None), Membership.until >= today),
                or_(Membership.since.is_(None), Membership.since <= today),
            )
            .order_by(Person.name, Organization.name)
        )
    ]
    organizations: dict[str, PageOrganization] = {}
    for org_id, name, platform, followers in session.execute(
        select(Organization.id, Organization.name, SocialPage.platform, SocialPage.followers)
        .join(SocialPage, SocialPage.organization_id == Organization.id)
        .where(Organization.home_state == code, Organization.status == OrgStatus.ACTIVE)
        .order_by(Organization.name, SocialPage.platform)
    ):
        org = organizations.setdefault(org_id, PageOrganization(org_id, name))
        org.pages.append(StatePage(platform, followers))
    return StatePeople(representatives, list(organizations.values()))
