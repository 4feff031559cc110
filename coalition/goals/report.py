"""What the dashboard and the board report show besides the goals: this week's call and
its agenda, overdue action items, drafts waiting for a group's sign-off, and the
coalition graph (organizations and campaigns, linked by endorsements and memberships).

Everything is read with aggregates and limits, so that the home screen of a directory of
5,000 organizations and 100,000 people costs a handful of small queries.  The graph is
capped to the organizations with the most members (:data:`GRAPH_LIMIT`): a picture of
5,000 nodes says nothing a person can read, and laying it out would hold up the screen.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload

from coalition.calls import series as calls
from coalition.common import clock
from coalition.common.i18n import translate
from coalition.directory import records as directory
from coalition.goals import layout
from coalition.goals.figures import Overdue as Overdue
from coalition.goals.figures import Overview as Overview
from coalition.goals.figures import Waiting as Waiting
from coalition.goals.figures import WeekCall as WeekCall
from coalition.store import changes
from coalition.store.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    CallOccurrence,
    CallSeries,
    CallStatus,
    Campaign,
    Draft,
    DraftStatus,
    DraftVariant,
    Endorsement,
    EndorsementStatus,
    ItemStatus,
    Membership,
    Organization,
    OrgKind,
    OrgStatus,
    SignOff,
    SignOffAnswer,
)

MY_GROUP = "my_organization"  # setting: the organization whose sign-offs "I" answer
GRAPH_LIMIT = 120
LIST_LIMIT = 8


# --- this week's call -----------------------------------------------------------------------


def local_now(now: dt.datetime | None = None) -> dt.datetime:
    """``now`` (this moment when None) on a clock with a zone: the zone it carries, else
    this computer's.  A test sets the clock by passing ``now``; nothing reads the time
    when the module is imported."""
    now = now or clock.local_now()
    return now if now.tzinfo is not None else now.astimezone()


def week_start(day: dt.date, first_weekday: int = 0) -> dt.date:
    """The first day of the week holding ``day``, weeks starting on ``first_weekday``
    (0 Monday … 6 Sunday: the person's locale says which, the services know no locale)."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def calls_in(session: Session, start: dt.datetime, end: dt.datetime) -> list[calls.Call]:
    """The calls that go ahead in [start, end), as :func:`calls.calls_between` gives them,
    reading only the stored calls near the period (that one loads every stored call of
    every series: five years of a weekly call are thousands of rows, half a second)."""
    margin = dt.timedelta(days=2)  # zones differ from UTC by less than a day
    lo, hi = (start - margin).date(), (end + margin).date()
    stored = list(
        session.scalars(
            select(CallOccurrence).where(
                or_(
                    and_(
                        CallOccurrence.start >= start - margin, CallOccurrence.start < end + margin
                    ),
                    and_(CallOccurrence.original_date >= lo, CallOccurrence.original_date <= hi),
                )
            )
        )
    )
    by_date = {(o.series_id, o.original_date): o for o in stored if o.series_id is not None}
    found: list[calls.Call] = []
    all_series = {row.id: row for row in session.scalars(select(CallSeries))}
    for series in all_series.values():
        for day in calls.rule_dates(series, lo, hi):
            row = by_date.pop((series.id, day), None)
            found.append(
                calls._from_row(row, series)
                if row is not None
                else calls.Call(
                    series.id,
                    None,
                    day,
                    calls.slot_start(series, day),
                    series.duration_minutes,
                    series.time_zone,
                    series.title,
                    series.status,
                    False,
                )
            )
    for (
        series_id,
        _day,
    ), row in by_date.items():  # moved here from a date the rule no longer gives
        found.append(calls._from_row(row, all_series.get(series_id)))
    found += [calls._from_row(row, None) for row in stored if row.series_id is None]
    unique = {(c.series_id, c.occurrence_id, c.original_date): c for c in found}
    return sorted(
        (c for c in unique.values() if start <= c.start < end and c.status != CallStatus.CANCELLED),
        key=lambda c: (c.start, c.title),
    )


def week_call(
    session: Session, now: dt.datetime | None = None, first_weekday: int = 0
) -> WeekCall | None:
    """The next call that has not ended at ``now`` (its start plus its length is later),
    up to eight weeks after this one; ``this_week`` when it starts before this week ends.

    A call already over is never "this week's call": on a Sunday after a Tuesday call,
    the dashboard shows the next Tuesday's (this week's in a locale whose weeks start on
    Sunday, the next call in one whose weeks start on Monday).
    """
    now = local_now(now)
    start = dt.datetime.combine(week_start(now.date(), first_weekday), dt.time(), tzinfo=now.tzinfo)
    week_end = start + dt.timedelta(days=7)
    # From a day back: a call under way (started, not ended) is still the one to join.
    found = calls_in(session, now - dt.timedelta(days=1), week_end + dt.timedelta(weeks=8))
    upcoming = [c for c in found if c.end > now]
    if not upcoming:
        return None
    call = upcoming[0]
    this_week = call.start < week_end
    items = done = owned = over = standing = 0
    if call.occurrence_id is not None:
        items, done, owned, boxes = session.execute(
            select(
                func.count(AgendaItem.id),
                func.count(AgendaItem.id).filter(AgendaItem.status == ItemStatus.DONE),
                func.count(AgendaItem.owner_id),
                func.coalesce(func.sum(AgendaItem.time_box_minutes), 0),
            ).where(AgendaItem.occurrence_id == call.occurrence_id)
        ).one()
        over = int(boxes or 0) - call.duration_minutes
    if call.series_id is not None:
        standing = len(calls.get_series(session, call.series_id).standing_items)
    return WeekCall(
        series_id=call.series_id,
        occurrence_id=call.occurrence_id,
        title=call.title,
        start=call.local_start(),
        this_week=this_week,
        agenda_items=int(items),
        agenda_done=int(done),
        agenda_owned=int(owned),
        minutes_over=max(0, over),
        standing_items=standing,
    )


# --- overdue action items ------------------------------------------------------------------


def overdue_action_items(
    session: Session, today: dt.date | None = None, limit: int = LIST_LIMIT
) -> tuple[list[Overdue], int]:
    """The most overdue open action items (up to ``limit``) and how many are overdue in all."""
    today = today or clock.today()
    late = and_(ActionItem.status == ActionStatus.OPEN, ActionItem.due_on < today)
    total = session.scalar(select(func.count()).select_from(ActionItem).where(late)) or 0
    rows = session.scalars(
        select(ActionItem)
        .where(late)
        .options(joinedload(ActionItem.owner))
        .order_by(ActionItem.due_on, ActionItem.title)
        .limit(limit)
    )
    return [
        Overdue(a.id, a.title, a.owner.name if a.owner else "", due_on, a.occurrence_id)
        for a in rows
        if (due_on := a.due_on) is not None  # always: an item is late by its date
    ], total


# --- drafts waiting for a sign-off ----------------------------------------------------------


class Mine:
    """The organization :func:`my_group` names (what the dashboard shows unless told)."""


MINE = Mine()


def my_group(session: Session) -> str | None:
    """The organization whose sign-offs "I" answer: the one the organizer's profile acts
    for; without a profile, the one chosen on the dashboard (if it still exists)."""
    org_id = changes.IDENTITY.org_id or directory.get_setting(session, MY_GROUP) or None
    if org_id and session.get(Organization, org_id) is None:
        return None
    return org_id


def sign_off_groups(session: Session, also: str | None = None) -> list[tuple[str, str]]:
    """The organizations ever asked to sign off (and ``also``): who "my group" can be."""
    asked = select(SignOff.organization_id).distinct()
    query = select(Organization.id, Organization.name).where(
        Organization.id.in_(asked) | (Organization.id == (also or ""))
    )
    return [
        (org_id, name) for org_id, name in session.execute(query.order_by(Organization.sort_name))
    ]


def waiting_sign_offs(
    session: Session, organization_id: str | None, limit: int = LIST_LIMIT
) -> tuple[list[Waiting], int]:
    """Variants asking ``organization_id`` (or any group, when None) to sign off, oldest
    request first, with how many wait in all."""
    waiting = [
        SignOff.answer == SignOffAnswer.PENDING,
        SignOff.voided_at.is_(None),
        Draft.status.not_in((DraftStatus.PUBLISHED, DraftStatus.RETIRED)),
    ]
    if organization_id is not None:
        waiting.append(SignOff.organization_id == organization_id)
    base = (
        select(
            Draft.id, Draft.title, DraftVariant.audience, Organization.name, SignOff.requested_at
        )
        .select_from(SignOff)
        .join(DraftVariant, DraftVariant.id == SignOff.variant_id)
        .join(Draft, Draft.id == DraftVariant.draft_id)
        .join(Organization, Organization.id == SignOff.organization_id)
        .where(*waiting)
    )
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.execute(base.order_by(SignOff.requested_at, Draft.title).limit(limit))
    return [Waiting(*row) for row in rows], total


# --- the coalition graph ------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    id: str
    kind: str  # "organization" or "campaign"
    name: str
    group: str  # an OrgKind value, or "campaign"
    members: int
    state: str = ""


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str  # "endorsement", "chapter" (a chapter of), "shared" (members in both)
    weight: int = 1
    label: str = ""


@dataclass
class CoalitionGraph:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    total_organizations: int = 0  # before the cap

    @property
    def capped(self) -> bool:
        return self.total_organizations > sum(1 for n in self.nodes if n.kind == "organization")


def coalition_graph(session: Session, limit: int = GRAPH_LIMIT) -> CoalitionGraph:
    """Active and prospective organizations (the ``limit`` with most members), the
    campaigns they endorse, and the links between them.

    Edges: an endorsement (endorsed or conditional) of a campaign or of another
    organization; a chapter to the organization it belongs to; two organizations that
    share members (weighted by how many people belong to both).
    """
    graph = _graph_organizations(session, limit)
    ids = [node.id for node in graph.nodes]
    _add_endorsement_edges(session, graph, ids)
    _add_chapter_edges(session, graph, ids)
    _add_shared_member_edges(session, graph, ids)
    return graph


def _graph_organizations(session: Session, limit: int) -> CoalitionGraph:
    """The graph with its organizations: the ``limit`` live ones with most members."""
    members = func.count(Membership.id)
    live = Organization.status != OrgStatus.INACTIVE
    total = session.scalar(select(func.count()).select_from(Organization).where(live)) or 0
    org_rows = session.execute(
        select(
            Organization.id, Organization.name, Organization.kind, Organization.home_state, members
        )
        .outerjoin(Membership, Membership.organization_id == Organization.id)
        .where(live)
        .group_by(Organization.id)
        .order_by(members.desc(), Organization.sort_name)
        .limit(limit)
    ).all()
    graph = CoalitionGraph(total_organizations=total)
    for org_id, name, kind, state, count in org_rows:
        graph.nodes.append(
            Node(org_id, "organization", name, OrgKind(kind).value, int(count), state)
        )
    return graph


def _add_endorsement_edges(session: Session, graph: CoalitionGraph, ids: list[str]) -> None:
    """Endorsements (endorsed or conditional) of campaigns, and of organizations in the
    graph; the campaigns they endorse become nodes too."""
    kept = set(ids)
    counted = (EndorsementStatus.ENDORSED, EndorsementStatus.CONDITIONAL)
    campaigns: dict[str, int] = defaultdict(int)
    for endorser, campaign_id, target_org, status in session.execute(
        select(
            Endorsement.endorser_org_id,
            Endorsement.campaign_id,
            Endorsement.target_org_id,
            Endorsement.status,
        ).where(Endorsement.endorser_org_id.in_(ids), Endorsement.status.in_(counted))
    ):
        if endorser is None:
            continue  # never: the query asks for the endorsements of these organizations
        label = EndorsementStatus(status).label
        if campaign_id is not None:
            campaigns[campaign_id] += 1
            graph.edges.append(Edge(endorser, campaign_id, "endorsement", 1, label))
        elif target_org in kept:
            graph.edges.append(Edge(endorser, target_org, "endorsement", 1, label))
    if campaigns:
        for campaign_id, name in session.execute(
            select(Campaign.id, Campaign.name)
            .where(Campaign.id.in_(list(campaigns)))
            .order_by(Campaign.name, Campaign.id)  # the same picture for the same coalition
        ):
            graph.nodes.append(
                Node(campaign_id, "campaign", name, "campaign", campaigns[campaign_id])
            )


def _add_chapter_edges(session: Session, graph: CoalitionGraph, ids: list[str]) -> None:
    """A chapter to the organization it belongs to, both in the graph."""
    for org_id, parent_id in session.execute(
        select(Organization.id, Organization.parent_id).where(
            Organization.id.in_(ids), Organization.parent_id.in_(ids)
        )
    ):
        if parent_id is not None:  # always: the query asks for a parent among them
            graph.edges.append(
                Edge(org_id, parent_id, "chapter", 1, translate("Goals", "chapter of"))
            )


def _add_shared_member_edges(session: Session, graph: CoalitionGraph, ids: list[str]) -> None:
    """Two organizations that share members, weighted by how many."""
    other = aliased(Membership)
    for a, b, shared in session.execute(
        select(
            Membership.organization_id,
            other.organization_id,
            func.count(func.distinct(Membership.person_id)),
        )
        .join(
            other,
            and_(
                other.person_id == Membership.person_id,
                other.organization_id > Membership.organization_id,
            ),
        )
        .where(Membership.organization_id.in_(ids), other.organization_id.in_(ids))
        .group_by(Membership.organization_id, other.organization_id)
    ):
        graph.edges.append(
            Edge(
                a,
                b,
                "shared",
                int(shared),
                translate("Goals", "1 shared member")
                if shared == 1
                else translate("Goals", "{count} shared members").format(count=shared),
            )
        )


def graph_layout(graph: CoalitionGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for every node: the linked ones in [-1, 1] by a force-directed (spring)
    layout (:func:`coalition.goals.layout.spring`), the ones without any link in rows
    under them.

    Deterministic for a given graph (a fixed seed), so the picture does not jump between
    refreshes.  Left to the spring layout, a node without links is pushed out to the rim
    and the fitted picture squeezed everything else into a corner: such nodes are laid
    out apart, and the linked part fills its square.
    """
    nodes = list(dict.fromkeys(node.id for node in graph.nodes))
    if not nodes:
        return {}
    shown = set(nodes)
    links: dict[tuple[str, str], float] = {}  # one per pair of nodes, either way round
    for edge in graph.edges:
        a, b = sorted((edge.source, edge.target))
        if a == b or a not in shown or b not in shown:
            continue
        weight = 2.0 if edge.kind in ("endorsement", "chapter") else min(3.0, 0.5 + edge.weight / 2)
        links[a, b] = links.get((a, b), 0.0) + weight
    linked = {end for pair in links for end in pair}
    alone = [node for node in nodes if node not in linked]
    connected = [node for node in nodes if node in linked]
    k = 1.6 / max(1.0, len(connected) ** 0.5)
    placed = layout.spring(connected, links, k=k, iterations=80, seed=seed)
    placed.update(_rows_under(alone, below=1.0 if placed else -_ROW_GAP))
    return placed


_ROW_GAP = 0.22  # between the rows of unlinked nodes, in the layout's units


def _rows_under(nodes: list[str], below: float) -> dict[str, tuple[float, float]]:
    """Unlinked nodes in rows of up to eight across the layout's width, under ``below``."""
    per_row = 8
    placed: dict[str, tuple[float, float]] = {}
    for number, node in enumerate(nodes):
        row, column = divmod(number, per_row)
        in_row = min(per_row, len(nodes) - row * per_row)
        x = 0.0 if in_row == 1 else -1.0 + 2.0 * column / (in_row - 1)
        placed[node] = (x, below + _ROW_GAP * (row + 1))
    return placed


# --- the whole overview -------------------------------------------------------------------


def overview(
    session: Session,
    now: dt.datetime | None = None,
    first_weekday: int = 0,
    group: str | Mine | None = MINE,
) -> Overview:
    """What the dashboard shows besides goals and graph, at ``now`` (its zone's day is
    "today"), weeks starting on ``first_weekday`` (0 Monday … 6 Sunday); the sign-offs
    waiting for ``group`` (by default :func:`my_group`; None: any group)."""
    now = local_now(now)
    today = now.date()
    group = my_group(session) if isinstance(group, Mine) else group
    group_row = session.get(Organization, group) if group else None
    overdue, overdue_total = overdue_action_items(session, today)
    waiting, waiting_total = waiting_sign_offs(session, group)
    return Overview(
        coalition_name=directory.get_setting(
            session, directory.COALITION_NAME, translate("Goals", "The coalition")
        ),
        today=today,
        call=week_call(session, now, first_weekday),
        overdue=overdue,
        overdue_total=overdue_total,
        waiting=waiting,
        waiting_total=waiting_total,
        my_group_name=group_row.name if group_row else "",
    )


def local_time(start: dt.datetime, zone: str | None = None) -> str:
    """'Tue 24 Nov, 17:30 PST' in the call's zone (or ``zone``)."""
    shown = start.astimezone(ZoneInfo(zone)) if zone else start
    return f"{shown:%a} {shown.day} {shown:%b}, {shown:%H:%M} {shown.tzname() or ''}".rstrip()
