"""Loading the sample coalition into an empty database, in one recorded transaction, and
counting what it holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, figure, translate
from coalition.directory import records as directory
from coalition.sample.campaigns import load_campaigns, load_endorsements
from coalition.sample.decisions import load_decisions
from coalition.sample.events import load_events
from coalition.sample.fieldwork import load_fieldwork
from coalition.sample.goal_figures import STATES_GOAL, load_goals
from coalition.sample.organizations import load_organizations
from coalition.sample.people import load_people
from coalition.sample.shared_drafts import load_borders_release, load_question_draft
from coalition.sample.signups import load_signups
from coalition.sample.weekly_call import load_calls
from coalition.store.changes import last_changeset, writes
from coalition.store.models import (
    ActionItem,
    CallOccurrence,
    Campaign,
    Draft,
    DraftVariant,
    Endorsement,
    EndorsementEvent,
    Membership,
    Organization,
    Person,
    Proposal,
)
from coalition.store.ownership import EXEMPT

COALITION_NAME = "California independence coalition (sample)"
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Sample", "the database already holds a directory; the sample goes only into an empty one"
)


@dataclass(frozen=True)
class SampleSummary:
    """What :func:`load_sample` put in the database."""

    organizations: int
    people: int
    memberships: int
    campaigns: int
    endorsements: int
    endorsement_events: int
    calls: int  # stored calls: held, prepared, moved, cancelled, one-off
    action_items: int
    drafts: int
    draft_variants: int
    decisions: int = 0  # proposals, open and closed
    represented_states: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        """What was loaded, in the reader's language (the sample has several of each)."""
        return translate(
            "Sample",
            "{organizations} organizations, {people} people, {campaigns} campaigns, "
            "{endorsements} endorsements, {calls} calls, {action_items} action items, "
            "{drafts} drafts with {draft_variants} variants, {decisions} decisions",
        ).format(
            organizations=figure(self.organizations),
            people=figure(self.people),
            campaigns=figure(self.campaigns),
            endorsements=figure(self.endorsements),
            calls=figure(self.calls),
            action_items=figure(self.action_items),
            drafts=figure(self.drafts),
            draft_variants=figure(self.draft_variants),
            decisions=figure(self.decisions),
        )


def load_sample(session: Session) -> SampleSummary:
    """Fill an empty database with the sample coalition, in one transaction.

    Raises :class:`CoalitionError` when the directory already holds anything: the sample
    is a starting point, never mixed into someone's own data.
    """
    if not directory.is_empty(session):
        raise CoalitionError(NOT_EMPTY)
    _load(session)
    # Made up for exploring: never sent to a coalition server, nor in a bundle.
    from coalition.sync.private import keep_private

    keep_private(session, last_changeset(session))
    return summarize(session)


def _people_belong_to_their_groups(session: Session) -> None:
    """Each person (with their addresses and phones) is the record of the group of their
    first membership, as a coalition that kept its contacts before owners would find
    them: Red Oregon's organizers keep Red Oregon's people."""
    session.flush()
    for person in session.scalars(select(Person).order_by(Person.sort_name)):
        first = min(person.memberships, key=lambda m: (m.created_at, m.id), default=None)
        if first is None or person.owner_org_id is not None:
            continue
        person.owner_org_id = first.organization_id
        for part in (*person.emails, *person.phones):
            part.owner_org_id = first.organization_id


def _load(session: Session) -> None:
    # The sample is the coalition's as it comes, whoever loads it: no walls to check.
    session.info[EXEMPT] = True
    try:
        _load_all(session)
    finally:
        session.info.pop(EXEMPT, None)


@writes(QT_TRANSLATE_NOOP("Changes", "Load the sample coalition"))
def _load_all(session: Session) -> None:
    # Checked again inside the transaction: nothing may have arrived in between.
    if not directory.is_empty(session):
        raise CoalitionError(NOT_EMPTY)
    directory.set_setting(session, directory.COALITION_NAME, COALITION_NAME)
    directory.set_setting(session, directory.STATES_GOAL, str(STATES_GOAL))

    orgs = load_organizations(session)
    people = load_people(session, orgs)
    _people_belong_to_their_groups(session)
    campaigns = load_campaigns(session, orgs)
    load_endorsements(session, orgs, people, campaigns)
    load_calls(session, orgs, people, clock.today())
    load_borders_release(session, orgs)
    load_question_draft(session, orgs, clock.now())
    load_decisions(session, orgs, people, clock.now())
    load_goals(session, campaigns, clock.today())
    load_events(session, orgs, people, campaigns, clock.today())
    load_signups(session, clock.now())
    load_fieldwork(session, people, campaigns, clock.today())


def summarize(session: Session) -> SampleSummary:
    """Count what the directory holds, in the terms of :class:`SampleSummary`."""

    def count(column: object) -> int:
        return session.scalar(select(func.count(column))) or 0  # type: ignore[arg-type]

    today = clock.today()
    states = session.scalars(
        select(Membership.represents_state)
        .distinct()
        .where(
            Membership.represents_state != "",
            (Membership.until.is_(None)) | (Membership.until >= today),
        )
        .order_by(Membership.represents_state)
    )
    return SampleSummary(
        organizations=count(Organization.id),
        people=count(Person.id),
        memberships=count(Membership.id),
        campaigns=count(Campaign.id),
        endorsements=count(Endorsement.id),
        endorsement_events=count(EndorsementEvent.id),
        calls=count(CallOccurrence.id),
        action_items=count(ActionItem.id),
        drafts=count(Draft.id),
        draft_variants=count(DraftVariant.id),
        decisions=count(Proposal.id),
        represented_states=tuple(states),
    )
