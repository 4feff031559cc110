"""The sample coalition, loaded into a real SQLite file as the first-start screen would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.calls import actions, documents, meetings
from coalition.calls import series as calls
from coalition.common.errors import CoalitionError
from coalition.common.states import BY_CODE
from coalition.decisions import ballots as decision_ballots
from coalition.decisions import proposals as decision_proposals
from coalition.decisions.declaration import declaration_markdown
from coalition.directory import records as directory
from coalition.drafts.channels import count
from coalition.drafts.comments import comment_thread
from coalition.drafts.export import message_pack
from coalition.drafts.lock import locked_reason
from coalition.drafts.merge import render
from coalition.drafts.revisions import revisions
from coalition.drafts.signoffs import VariantState, active_sign_offs, all_sign_offs, variant_state
from coalition.drafts.status import status_history
from coalition.drafts.variants import variants
from coalition.goals import records as goals
from coalition.goals.coverage import state_coverage
from coalition.sample import SampleSummary, facts, load_sample, summarize
from coalition.sample.goal_figures import VIEWS_SOURCE
from coalition.search.query import search
from coalition.store.changes import last_changeset, revert
from coalition.store.database import Database, open_database
from coalition.store.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Attendance,
    Ballot,
    BallotCapacity,
    CallOccurrence,
    CallSeries,
    CallStatus,
    Campaign,
    CampaignKind,
    ChangeLog,
    Draft,
    DraftComment,
    DraftRevision,
    DraftStatus,
    DraftStatusChange,
    DraftVariant,
    Endorsement,
    EndorsementStatus,
    GoalObservation,
    Membership,
    Organization,
    OrgKind,
    OrgStatus,
    Person,
    PersonEmail,
    PersonPhone,
    Proposal,
    Proxy,
    Setting,
    SignOff,
    SignOffAnswer,
    SocialPage,
)

Loaded = tuple[Session, SampleSummary]

# The ten states the article names, and Oregon, the sample's guess at the eleventh.
REPRESENTED = ("AZ", "IL", "IN", "ND", "NH", "NY", "OK", "OR", "PA", "SC", "WY")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "c.db")
    yield database
    database.close()


@pytest.fixture
def loaded(db: Database) -> Iterator[Loaded]:
    session = db.session()
    summary = load_sample(session)
    yield session, summary
    session.close()


def _org(session: Session, name: str) -> Organization:
    org = session.scalar(select(Organization).where(Organization.name == name))
    assert org is not None, name
    return org


def _campaign(session: Session, name: str) -> Campaign:
    row = session.scalar(select(Campaign).where(Campaign.name == name))
    assert row is not None, name
    return row


def _counts(session: Session) -> dict[str, int]:
    return {
        model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
        for model in (
            Organization,
            Person,
            Membership,
            Campaign,
            Endorsement,
            Setting,
            ChangeLog,
            CallSeries,
            CallOccurrence,
            ActionItem,
            Draft,
            DraftVariant,
        )
    }


def test_sample_loads_with_its_summary(loaded: Loaded) -> None:
    session, summary = loaded
    assert not directory.is_empty(session)
    assert 15 <= summary.organizations <= 20
    assert 30 <= summary.people <= 50  # with those who signed up at its events
    assert summary.campaigns >= 4
    assert summary.endorsements >= 8
    assert summary == summarize(session)
    assert directory.get_setting(session, directory.COALITION_NAME) == (
        "California independence coalition (sample)"
    )
    assert directory.get_setting(session, directory.STATES_GOAL) == "20"


def test_eleven_states_represented_of_a_goal_of_twenty(loaded: Loaded) -> None:
    session, summary = loaded
    coverage = state_coverage(session)
    assert coverage.represented == 11
    assert coverage.goal == 20
    assert tuple(sorted(coverage.representatives)) == REPRESENTED
    assert summary.represented_states == REPRESENTED
    assert 2 <= coverage.pages_only <= 3
    assert "Michael Tran" in coverage.representatives["SC"]


def test_a_former_representative_keeps_the_history(loaded: Loaded) -> None:
    session, _ = loaded
    former = session.scalars(
        select(Membership).where(Membership.represents_state != "", Membership.until.is_not(None))
    ).all()
    assert len(former) == 1
    assert (former[0].person.name, former[0].represents_state) == ("Dale Eriksen", "WY")
    # Someone else took over: the state is still represented, by someone other than him.
    coverage = state_coverage(session)
    assert "WY" in REPRESENTED
    assert coverage.representatives["WY"] == ["Shelby Cordova"]


def test_the_plebiscite_has_its_figures_and_no_invented_owner(loaded: Loaded) -> None:
    session, _ = loaded
    plebiscite = _campaign(session, "Calexit: California Independence Plebiscite of 2025")
    assert plebiscite.signature_goal == 546651
    assert plebiscite.owner is None  # the paper names no organization behind it
    assert plebiscite.vote_date == dt.date(2028, 11, 7)


def test_cnp_endorsed_cfcs_initiative_with_a_history(loaded: Loaded) -> None:
    session, _ = loaded
    cnp = _org(session, "California National Party")
    initiative = _campaign(
        session, "California Freedom Coalition's ballot initiative on Independence"
    )
    assert initiative.owner is not None and initiative.owner.short_name == "CFC"
    row = session.scalar(
        select(Endorsement).where(
            Endorsement.endorser_org_id == cnp.id, Endorsement.campaign_id == initiative.id
        )
    )
    assert row is not None
    assert row.status == EndorsementStatus.ENDORSED
    assert len(row.events) >= 3
    assert [e.status for e in row.events][:3] == [
        EndorsementStatus.REQUESTED,
        EndorsementStatus.PENDING,
        EndorsementStatus.ENDORSED,
    ]
    days = [e.on for e in row.events]
    assert days == sorted(days)
    assert row.status_on == days[-1]


def test_a_conditional_endorsement_carries_its_condition(loaded: Loaded) -> None:
    session, _ = loaded
    rows = session.scalars(
        select(Endorsement).where(Endorsement.status == EndorsementStatus.CONDITIONAL)
    ).all()
    assert rows
    for row in rows:
        assert "full text" in row.condition
        assert row.events[-1].condition == row.condition


def test_every_kind_of_endorsement_is_there(loaded: Loaded) -> None:
    session, _ = loaded
    statuses = set(session.scalars(select(Endorsement.status)))
    assert statuses == set(EndorsementStatus)
    assert session.scalar(select(Endorsement).where(Endorsement.endorser_person_id.is_not(None)))
    assert session.scalar(select(Endorsement).where(Endorsement.target_org_id.is_not(None)))


def test_every_email_is_at_example_org(loaded: Loaded) -> None:
    session, summary = loaded
    addresses = session.scalars(select(PersonEmail.address)).all()
    assert len(addresses) > summary.people  # some people have two
    assert all(a.endswith("@example.org") for a in addresses)


def test_other_contact_details_are_invented(loaded: Loaded) -> None:
    session, _ = loaded
    numbers = session.scalars(select(PersonPhone.number)).all()
    assert numbers and all(n.startswith("+1 ") and "-555-01" in n for n in numbers)
    urls = [
        *session.scalars(select(SocialPage.url)),
        *session.scalars(select(Organization.website).where(Organization.website != "")),
        *session.scalars(select(Campaign.website).where(Campaign.website != "")),
    ]
    assert urls and all(".example.org" in u for u in urls)


def test_people_time_zones_match_their_state(loaded: Loaded) -> None:
    session, _ = loaded
    people = session.scalars(select(Person)).all()
    assert all(p.time_zone == BY_CODE[p.state].time_zone for p in people)
    assert any(p.language == "es" for p in people)


def test_cfc_funds_have_cfc_as_parent(loaded: Loaded) -> None:
    session, _ = loaded
    cfc = _org(session, "California Freedom Coalition")
    children = session.scalars(select(Organization).where(Organization.parent_id == cfc.id)).all()
    assert {c.kind for c in children} == {OrgKind.NONPROFIT_C3, OrgKind.NONPROFIT_C4}
    assert all(c.name.startswith("California Freedom Coalition ") for c in children)


def test_statuses_are_varied(loaded: Loaded) -> None:
    session, _ = loaded
    statuses = session.scalars(select(Organization.status)).all()
    assert statuses.count(OrgStatus.PROSPECTIVE) >= 2
    assert statuses.count(OrgStatus.INACTIVE) == 1


def test_search_finds_the_sample(loaded: Loaded) -> None:
    session, _ = loaded
    hits = search(session, "Freedom")
    titles = {h.title for h in hits}
    assert "California Freedom Coalition" in titles
    assert "California Freedom Coalition Education Fund" in titles
    assert any(h.kind == "person" for h in search(session, "Michael"))
    assert any(h.kind == "campaign" for h in search(session, "plebiscite"))


def test_loading_twice_is_refused_and_changes_nothing(loaded: Loaded) -> None:
    session, summary = loaded
    before = _counts(session)
    with pytest.raises(CoalitionError, match="already holds a directory"):
        load_sample(session)
    assert _counts(session) == before
    assert summarize(session) == summary


def test_the_sample_goes_only_into_an_empty_database(db: Database) -> None:
    session = db.session()
    directory.create_person(session, directory.PersonInput(name="Someone Else"))
    before = _counts(session)
    with pytest.raises(CoalitionError):
        load_sample(session)
    assert _counts(session) == before
    session.close()


def test_one_undo_removes_the_whole_sample(loaded: Loaded, db: Database) -> None:
    session, _ = loaded
    changeset = last_changeset(session)
    assert changeset.label == "Load the sample coalition"
    revert(session, changeset)
    assert directory.is_empty(session)
    for model in (
        Organization,
        Person,
        Membership,
        Campaign,
        Endorsement,
        Setting,
        CallSeries,
        CallOccurrence,
        AgendaItem,
        Attendance,
        ActionItem,
        Draft,
        DraftVariant,
        DraftRevision,
        DraftStatusChange,
        SignOff,
        DraftComment,
        Proposal,
        Ballot,
        Proxy,
    ):
        assert session.scalar(select(func.count()).select_from(model)) == 0, model
    assert search(session, "Freedom") == []
    # A fresh session on the same file sees the same: the undo was committed.
    with db.reading() as other:
        assert directory.is_empty(other)
        assert state_coverage(other).represented == 0


# --- the weekly call ---------------------------------------------------------------------


def _weekly(session: Session) -> CallSeries:
    series = session.scalar(select(CallSeries).where(CallSeries.title == "Coalition call"))
    assert series is not None
    return series


def _weeks(session: Session) -> list[calls.Call]:
    """The weekly calls from six weeks before today to two weeks after, in order."""
    now = dt.datetime.now(dt.UTC)
    return calls.calls_between(
        session,
        now - dt.timedelta(weeks=7),
        now + dt.timedelta(days=15),
        series_id=_weekly(session).id,
    )


def test_the_weekly_call_is_tuesdays_at_1730_pacific(loaded: Loaded) -> None:
    session, summary = loaded
    series = _weekly(session)
    assert (series.start_time, series.time_zone, series.duration_minutes) == (
        dt.time(17, 30),
        "America/Los_Angeles",
        60,
    )
    assert series.rrule == "FREQ=WEEKLY;BYDAY=TU"
    assert series.organizer is not None and series.organizer.name == "Aaliyah Brooks"
    assert series.join_url == "https://meet.example.org/coalition-call"
    assert series.dial_in == "+1 916-555-0199" and series.access_code
    assert [(s.title, s.time_box_minutes) for s in series.standing_items] == [
        ("Roll call by state", 5),
        ("Wins of the week", 10),
        ("Message of the week: tailoring the question per state", 20),
        ("Action items review", 10),
    ]
    # Every current representative is invited, through their groups; the former one is not.
    invited = calls.invitees(session, series.id)
    states = {
        m.represents_state
        for p in invited
        for m in p.memberships
        if m.represents_state and m.until is None
    }
    assert tuple(sorted(states)) == REPRESENTED
    assert "Dale Eriksen" not in [p.name for p in invited]
    assert summary.calls == session.scalar(select(func.count()).select_from(CallOccurrence))
    assert f"{summary.calls} calls, {summary.action_items} action items" in str(summary)


def test_six_past_weeks_with_one_moved_and_one_cancelled(loaded: Loaded) -> None:
    session, _ = loaded
    now = dt.datetime.now(dt.UTC)
    past = [c for c in _weeks(session) if c.start < now]
    assert len(past) == 6 and all(c.occurrence_id for c in past)
    moved = [c for c in past if c.moved]
    assert len(moved) == 1 and moved[0].local_start().strftime("%A") == "Thursday"
    cancelled = [c for c in past if c.status == CallStatus.CANCELLED]
    assert len(cancelled) == 1
    for call in past:
        if call in cancelled:
            continue
        assert len(meetings.states_represented(session, call.occurrence_id)) >= 8
        minutes = documents.minutes_markdown(session, call.occurrence_id)
        assert "- Minutes: " in minutes and "- Decision: " in minutes


def test_action_items_done_open_and_one_overdue(loaded: Loaded) -> None:
    session, summary = loaded
    rows = actions.action_items(session)
    assert len(rows) == summary.action_items >= 10
    assert [r.title for r in rows if r.overdue] == [
        "Collect each group's sign-off on the declaration"
    ]
    statuses = [r.status for r in rows]
    assert statuses.count(ActionStatus.OPEN) >= 3 and statuses.count(ActionStatus.DONE) >= 5
    done = session.scalars(select(ActionItem).where(ActionItem.status == ActionStatus.DONE)).all()
    assert all(a.done_on is not None and a.done_on <= dt.date.today() for a in done)


def test_the_next_calls_are_prepared_with_what_was_left_open(loaded: Loaded) -> None:
    session, _ = loaded
    now = dt.datetime.now(dt.UTC)
    upcoming = [c for c in _weeks(session) if c.start >= now - dt.timedelta(hours=1)][:2]
    assert len(upcoming) == 2 and all(c.occurrence_id for c in upcoming)
    items = meetings.agenda(session, upcoming[0].occurrence_id)
    carried = [i for i in items if i.carried_from_id]
    assert [i.title for i in carried] == ["Tailored question for New York and Illinois"]
    assert meetings.time_box_overrun(session, upcoming[0].occurrence_id) > 0
    for call in upcoming:
        review = actions.open_action_items_for(session, call.occurrence_id)
        assert len(review) >= 3 and any(r.overdue for r in review)


def test_a_one_off_call_with_the_oregon_groups(loaded: Loaded) -> None:
    session, _ = loaded
    one_off = session.scalar(
        select(CallOccurrence).where(CallOccurrence.title == "Coordination call with Oregon groups")
    )
    assert one_off is not None and one_off.series_id is None
    assert one_off.start > dt.datetime.now(dt.UTC)
    assert len(meetings.agenda(session, one_off.id)) == 2


def test_the_calls_are_loaded_in_the_same_single_transaction(loaded: Loaded) -> None:
    session, _ = loaded
    changeset = last_changeset(session)
    assert changeset.label == "Load the sample coalition"
    assert {
        "call_series",
        "call_occurrence",
        "agenda_item",
        "attendance",
        "action_item",
        "organization",
        "person",
        "draft",
        "draft_variant",
        "draft_revision",
        "sign_off",
        "draft_comment",
    } <= changeset.tables()
    transactions = session.scalars(select(ChangeLog.transaction_id).distinct()).all()
    assert transactions == [changeset.transaction_id]


# --- the shared drafts ---------------------------------------------------------------------------


def _draft(session: Session, title: str) -> Draft:
    row = session.scalar(select(Draft).where(Draft.title == title))
    assert row is not None, title
    return row


def test_the_question_draft_has_a_variant_approved_one_in_review_one_sent_back(
    loaded: Loaded,
) -> None:
    session, summary = loaded
    assert (summary.drafts, summary.draft_variants) == (3, 4)  # the declaration adopted
    assert "3 drafts with 4 variants, 2 decisions" in str(summary)
    draft = _draft(session, "Would you really mind if California left?")
    assert draft.status == DraftStatus.IN_REVIEW
    assert draft.channels == ["x", "facebook", "email"]
    assert draft.owner_org is not None and draft.owner_org.name == "Calexit Coalition"
    assert "make America great again by making America STATES again" in draft.core_text
    assert [c.status for c in status_history(session, draft.id)] == [
        DraftStatus.DRAFT,
        DraftStatus.IN_REVIEW,
    ]
    states = {v.audience: variant_state(session, v.id) for v in variants(session, draft.id)}
    assert states == {
        "South Carolina": VariantState.APPROVED,
        "Oregon": VariantState.WAITING,
        "Illinois": VariantState.CHANGES_REQUESTED,
    }
    for variant in variants(session, draft.id):
        rendered = render(session, variant.id)
        assert rendered.missing == [] and variant.state
        assert "{" not in rendered.text and BY_CODE[variant.state].name in rendered.text
        fits_x = count("x", rendered.text).over == 0
        assert fits_x == (variant.audience != "Illinois")  # what Red Illinois objects to
    pack = message_pack(session, draft.id, "markdown")
    assert "## South Carolina" in pack and "## Oregon" not in pack and "## Illinois" not in pack


def test_an_edit_after_a_sign_off_left_a_voided_one_in_the_sample(loaded: Loaded) -> None:
    session, _ = loaded
    draft = _draft(session, "Would you really mind if California left?")
    south = next(v for v in variants(session, draft.id) if v.audience == "South Carolina")
    assert [r.number for r in revisions(session, draft.id, south.id)] == [3, 2, 1]
    history = all_sign_offs(session, south.id)
    (voided,) = [s for s in history if s.voided_at is not None]
    assert voided.answer == SignOffAnswer.APPROVED and voided.revision.number == 2
    (again,) = [s for s in history if s.replaces_id == voided.id]
    assert again.answer == SignOffAnswer.APPROVED and again.revision.number == 3
    assert voided.answered_at < voided.voided_at <= again.requested_at < again.answered_at
    assert {s.organization.name for s in history} == {
        "The Liberty Block",
        "Calexit Coalition – South Carolina",
    }
    illinois = next(v for v in variants(session, draft.id) if v.audience == "Illinois")
    (asked,) = active_sign_offs(session, illinois.id)
    assert asked.answer == SignOffAnswer.CHANGES_REQUESTED and "X" in asked.comment


def test_the_sample_drafts_have_threaded_comments_by_coalition_people(loaded: Loaded) -> None:
    session, _ = loaded
    draft = _draft(session, "Would you really mind if California left?")
    names = set(session.scalars(select(Person.name)))
    for variant_id in (None, *(v.id for v in variants(session, draft.id))):
        for root in comment_thread(session, draft.id, variant_id):
            node, depth = root, 0
            while node.replies:
                node, depth = node.replies[0], depth + 1
                assert node.comment.created_at > root.comment.created_at
            assert depth == 2 and root.comment.author in names
    assert sum(len(comment_thread(session, draft.id, v.id)) for v in draft.variants) == 1
    assert len(comment_thread(session, draft.id)) == 1


def test_the_press_release_was_published_after_its_sign_offs(loaded: Loaded) -> None:
    session, _ = loaded
    draft = _draft(session, "Coalition endorses the peaceful movement of state borders")
    history = status_history(session, draft.id)
    assert [c.status for c in history] == [
        DraftStatus.DRAFT,
        DraftStatus.IN_REVIEW,
        DraftStatus.APPROVED,
        DraftStatus.PUBLISHED,
    ]
    assert [c.at for c in history] == sorted(c.at for c in history)
    (new_york,) = variants(session, draft.id)
    assert variant_state(session, new_york.id) == VariantState.APPROVED
    assert len(active_sign_offs(session, new_york.id)) == 2
    assert "peaceful movement of state borders" in render(session, new_york.id).text


# --- the decisions --------------------------------------------------------------------------


def test_the_declaration_on_state_borders_was_adopted_on_its_call(loaded: Loaded) -> None:
    session, summary = loaded
    assert summary.decisions == 2
    proposal = decision_proposals.get_proposal(
        session, "Declaration: the peaceful movement of state borders"
    )
    assert proposal.outcome is not None and proposal.outcome.label == "Adopted"
    assert proposal.closed_at == proposal.closes_at < dt.datetime.now(dt.UTC)
    call = session.get(CallOccurrence, proposal.occurrence_id)
    assert call is not None and call.start <= proposal.opens_at < proposal.closes_at
    assert facts.BORDERS_DECLARATION in proposal.text
    rows = decision_ballots.ballot_rows(session, proposal.id)
    assert all(row.standing and not row.late for row in rows)
    capacities = {row.organization: row.capacity for row in rows}
    assert capacities["Calexit Coalition – South Carolina"] == BallotCapacity.CHAIR
    assert capacities["Red Pennsylvania"] == BallotCapacity.PROXY
    assert list(capacities.values()).count(BallotCapacity.DELEGATE) == 5
    (proxy,) = session.scalars(select(Proxy))
    assert proxy.given_at < call.start and proxy.proposal_id == proposal.id

    minutes = documents.minutes_markdown(session, call.id)
    assert (
        "- **Declaration: the peaceful movement of state borders**: Adopted (approve 5, "
        "object 1, abstain 1; did not vote: Calexit Coalition – Wyoming)"
    ) in minutes
    declared = session.get(Draft, proposal.declaration_id)
    assert declared is not None and declared.status == DraftStatus.PUBLISHED
    assert "changes only by another decision" in (locked_reason(session, declared) or "")
    assert [r.at for r in declared.revisions] == [proposal.closes_at]
    text = declaration_markdown(session, proposal.id)
    assert (
        "- Red Pennsylvania\n" in text and "## Abstained\n\n- Calexit Coalition – Indiana" in text
    )


def test_a_decision_is_open_on_the_next_call_with_ballots_in(loaded: Loaded) -> None:
    session, _ = loaded
    (row,) = decision_proposals.list_proposals(session, decision_proposals.OPEN)
    assert (row.voted, row.voters, row.counts) == (3, 8, {"approve": 2, "object": 1, "abstain": 0})
    proposal = decision_proposals.get_proposal(session, row.id)
    call = session.get(CallOccurrence, proposal.occurrence_id)
    now = dt.datetime.now(dt.UTC)
    assert call is not None and now < call.start < proposal.closes_at
    assert all(b.cast_at < now for b in decision_ballots.ballot_rows(session, row.id))
    assert "open until " in documents.minutes_markdown(session, call.id)


def test_search_finds_the_sample_drafts_by_variant_and_comment(loaded: Loaded) -> None:
    session, _ = loaded
    for word in ("Southerners", "chocolate", "divorce"):
        assert [h.kind for h in search(session, word)] == ["draft"], word


# --- what the public texts say ---------------------------------------------------------------


def test_the_facts_are_what_the_texts_say() -> None:
    """The constants the sample is built from, against the words of the reference texts:
    changing one of them changes the story, and has to be done here too."""
    assert facts.CALL_WORDING == "every Tuesday at 5:30 Pacific"
    assert (dt.date(2026, 12, 1).weekday(), "TU") == (facts.CALL_WEEKDAY, facts.CALL_RRULE_DAY)
    assert (dt.time(17, 30), "America/Los_Angeles") == (facts.CALL_TIME, facts.CALL_ZONE)
    assert facts.FIRST_STATES == ("IL", "IN", "ND", "SC", "NH", "AZ")
    assert facts.JOINED_STATES == ("OK", "NY", "PA", "WY")
    assert facts.ELEVENTH_STATE not in facts.NAMED_STATES  # the one the texts do not name
    assert (facts.REPRESENTED_STATES, facts.STATES_GOAL) == (11, 20)
    assert facts.STATES_GOAL_WORDING == (
        "The goal is to have 20 states with social media pages advocating for an America "
        "without a California."
    )
    assert facts.UNDEMOCRATIC_STATES == ("OR", "IL", "NY", "PA", "CO")
    assert facts.PLEBISCITE_SIGNATURES == 546_651
    assert facts.PLEBISCITE_QUESTION == (
        "Should California leave the United States and become a free and independent country?"
    )
    assert (64_128, dt.date(2017, 2, 10)) == (
        facts.CNP_QUALIFYING_VOTERS,
        facts.CNP_QUALIFYING_AS_OF,
    )
    assert (facts.CNP_CHARTERED_YEAR, facts.CFC_FOUNDED) == (2015, (2017, 3))
    assert facts.INITIATIVE_2018_CONDITION == (
        "We will need to see the full text of that initiative before we can support it."
    )


def test_the_weekly_call_is_the_one_the_article_gives(loaded: Loaded) -> None:
    session, _ = loaded
    series = _weekly(session)
    assert series.rrule == f"FREQ=WEEKLY;BYDAY={facts.CALL_RRULE_DAY}"
    assert (series.start_time, series.time_zone) == (facts.CALL_TIME, facts.CALL_ZONE)
    assert facts.CALL_WORDING in series.description
    for call in _weeks(session):
        if not call.moved:
            local = call.local_start()
            assert (local.weekday(), local.time()) == (facts.CALL_WEEKDAY, facts.CALL_TIME)


def test_the_states_and_the_goal_are_the_articles(loaded: Loaded) -> None:
    session, _ = loaded
    coverage = state_coverage(session)
    assert set(coverage.representatives) == {*facts.NAMED_STATES, facts.ELEVENTH_STATE}
    assert (coverage.represented, coverage.goal) == (facts.REPRESENTED_STATES, facts.STATES_GOAL)
    statuses = {s.name: s for s in goals.statuses(session)}
    states = statuses[facts.STATES_GOAL_NAME]
    assert (states.current, states.target) == (facts.REPRESENTED_STATES, facts.STATES_GOAL)
    assert facts.STATES_GOAL_WORDING in goals.get_goal(session, states.goal_id).notes
    assert statuses["Valid signatures for the plebiscite"].target == facts.PLEBISCITE_SIGNATURES
    assert statuses["Voters registered with the CNP"].target == facts.CNP_QUALIFYING_VOTERS
    # A group at home in every state the article names.
    homes = set(session.scalars(select(Organization.home_state)))
    assert set(facts.NAMED_STATES) <= homes


def test_the_groups_have_the_legal_forms_the_texts_give(loaded: Loaded) -> None:
    session, _ = loaded
    cnp, cfc = _org(session, facts.CNP_NAME), _org(session, facts.CFC_NAME)
    assert cnp.kind == OrgKind.POLITICAL_PARTY and cnp.founded_on is not None
    assert cnp.founded_on.year == facts.CNP_CHARTERED_YEAR
    assert cfc.kind == OrgKind.GRASSROOTS and cfc.founded_on is not None
    assert (cfc.founded_on.year, cfc.founded_on.month) == facts.CFC_FOUNDED
    for name, kind in (
        (facts.CFC_EDUCATION_FUND, OrgKind.NONPROFIT_C3),
        (facts.CFC_ADVOCACY_FUND, OrgKind.NONPROFIT_C4),
    ):
        fund = _org(session, name)
        assert (fund.kind, fund.parent_id) == (kind, cfc.id)
    for name in (facts.CALCONCON_NAME, facts.YES_CALIFORNIA_NAME, facts.LIBERTY_BLOCK_NAME):
        assert _org(session, name).kind == OrgKind.GRASSROOTS
    coalition = _org(session, facts.COALITION_NAME)
    for name in facts.RED_GROUPS:
        assert _org(session, name).parent_id == coalition.id


def test_the_endorsements_the_texts_tell(loaded: Loaded) -> None:
    session, _ = loaded
    cnp = _org(session, facts.CNP_NAME)

    def by_cnp(campaign: str) -> Endorsement:
        row = session.scalar(
            select(Endorsement).where(
                Endorsement.endorser_org_id == cnp.id,
                Endorsement.campaign_id == _campaign(session, campaign).id,
            )
        )
        assert row is not None, campaign
        return row

    assert by_cnp(facts.CFC_INITIATIVE_NAME).status == EndorsementStatus.ENDORSED
    later = by_cnp(facts.INITIATIVE_2018_NAME)
    assert later.status == EndorsementStatus.CONDITIONAL
    assert later.condition == facts.INITIATIVE_2018_CONDITION
    borders = _campaign(session, "Peaceful movement of state borders")
    assert facts.BORDERS_DECLARATION in borders.description
    assert borders.owner is not None and borders.owner.name == facts.COALITION_NAME
    question = _draft(session, "Would you really mind if California left?")
    assert facts.QUESTION_WORDING.lower() in question.core_text.lower()


def test_what_is_invented_says_so(loaded: Loaded) -> None:
    session, _ = loaded
    for row in session.scalars(select(Endorsement)):
        assert row.notes, row.id
        assert "Invented" in row.notes or "FAQ" in row.notes or "article" in row.notes
    chapters = session.scalars(
        select(Organization).where(Organization.kind == OrgKind.STATE_CHAPTER)
    ).all()
    assert chapters and all("invented (example)" in c.notes for c in chapters)
    assert "(example)" in _org(session, "Red Oregon").notes
    sources = set(session.scalars(select(GoalObservation.source)))
    assert sources == {VIEWS_SOURCE}
    assert all("invented" in source for source in sources)
    candidates = session.scalars(
        select(Campaign.name).where(Campaign.kind == CampaignKind.CANDIDATE)
    )
    assert all(name.endswith("(example)") for name in candidates)


def test_each_groups_organizers_keep_its_sample_people_and_no_other_groups(
    loaded: Loaded, organizer: Any
) -> None:
    from coalition.store.ownership import NotPermittedError

    session, _ = loaded
    oregon = session.scalars(select(Organization).where(Organization.name == "Red Oregon")).one()
    organizer.role, organizer.org_id, organizer.org = "member", oregon.id, oregon.name
    marguerite = session.scalars(select(Person).where(Person.name == "Marguerite Olsen")).one()
    assert marguerite.owner_org_id == oregon.id
    data = directory.person_input(marguerite)
    data.notes = "Met at the Salem rally"
    directory.update_person(session, marguerite.id, data)  # Red Oregon's own

    kenji = session.scalars(select(Person).where(Person.name == "Kenji Watanabe")).one()
    assert kenji.owner_org_id not in (None, oregon.id)
    data = directory.person_input(kenji)
    data.notes = "not ours to change"
    with pytest.raises(NotPermittedError):
        directory.update_person(session, kenji.id, data)
