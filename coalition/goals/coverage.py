"""Where the coalition stands across the states: a representative, a page, or nothing yet."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coalition.directory.records import STATES_GOAL, get_setting
from coalition.common.states import BY_CODE, Coverage
from coalition.store.models import Membership, Organization, OrgStatus, Person, SocialPage

DEFAULT_GOAL = 20


@dataclass
class StateCoverage:
    coverage: dict[str, Coverage]  # every state and DC
    representatives: dict[str, list[str]]  # state -> names of its representatives
    pages: dict[str, list[str]]  # state -> names of organizations with a page there
    goal: int

    @property
    def represented(self) -> int:
        return sum(1 for c in self.coverage.values() if c == Coverage.REPRESENTATIVE)

    @property
    def pages_only(self) -> int:
        return sum(1 for c in self.coverage.values() if c == Coverage.PAGE)

    def detail(self, code: str) -> str:
        parts = []
        if self.representatives.get(code):
            parts.append("Representatives: " + ", ".join(self.representatives[code]))
        if self.pages.get(code):
            parts.append("Pages: " + ", ".join(self.pages[code]))
        return "\n".join(parts)


def state_coverage(session: Session, today: dt.date | None = None) -> StateCoverage:
    today = today or dt.date.today()
    reps: dict[str, list[str]] = defaultdict(list)
    for state, name in session.execute(
        select(Membership.represents_state, Person.name)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.represents_state != "",
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
