"""What each organizer's lists, searches, pickers and exports hold: never another
organization's private records (names, addresses, calls, drafts), grepped in the output."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from access_helpers import CHARITY_SECRET, SHARED_NAME, TEXAS_SECRET, World, act_as, build_world
from coalition.calls import calendar_export
from coalition.calls import series as calls
from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.directory import choices, owners
from coalition.directory import records as directory
from coalition.directory.importers_export import export_csv
from coalition.drafts import draft as drafts
from coalition.drafts.export import export_messages
from coalition.goals import coverage, report
from coalition.sample import load_sample
from coalition.search import listing, query
from coalition.store.changes import writes
from coalition.store.models import CallParticipant, CallSeries

TEXAS_CALL = "Bexar Strategy Huddle"
TEXAS_DRAFT = "Bexar Internal Memo"
TEXAS_WORDS = (
    TEXAS_SECRET,
    "donor@texas.example",
    "bexar-countywide-donor.ics",
    "512-555-0100",
    TEXAS_CALL,
    TEXAS_DRAFT,
)
CHARITY_WORDS = (CHARITY_SECRET, "quiet@charity.example", "916-555-0142")


@pytest.fixture
def loaded(session: Session) -> World:
    """The sample coalition, the two organizations' private people, and Texas's private
    call (with its private person invited) and private draft."""
    load_sample(session)
    world = build_world(session)
    act_as("member", world.texas_id, "Texas")
    series = calls.create_series(
        session,
        calls.SeriesInput(
            title=TEXAS_CALL, start_date=clock.today(), start_time="18:00",
            time_zone="America/Chicago", owner_org_id=world.texas_id,
            participant_person_ids=[world.texas_secret_id],
        ),
    )  # fmt: skip
    owners.set_visibility(session, series, "private")
    draft = drafts.create_draft(
        session, drafts.DraftInput(title=TEXAS_DRAFT, channels=["email"]), "Keep it close."
    )
    owners.set_visibility(session, draft, "private")
    world.act("coordinator")
    _invite(session, world.texas_secret_id)
    return world


@writes("Invite to the weekly call")
def _invite(session: Session, person_id: str) -> None:
    """The coalition's own weekly call invites Texas's private person too."""
    series = session.scalars(select(CallSeries).where(CallSeries.organizer_id.is_not(None))).first()
    assert series is not None
    series.participants.append(CallParticipant(person_id=person_id))


def _everything(session: Session, folder: Path) -> str:
    """Every list, search, picker and export an organizer can make, as one text."""
    out: list[str] = []
    for kind in ("people", "organizations"):
        path = folder / f"{kind}.csv"
        export_csv(session, kind, path)  # type: ignore[arg-type]
        out.append(path.read_text(encoding="utf-8"))
    today = clock.today()
    out.append(
        calendar_export.export_schedule(
            session, today - dt.timedelta(days=7), today + dt.timedelta(days=60)
        ).decode()
    )
    for series in session.scalars(select(CallSeries)):
        with contextlib.suppress(CoalitionError):  # no organizer to answer to
            invitations = calendar_export.invitations(session, series.id)
            out += [f"{name} {data.decode()}" for name, data in invitations.items()]
    for path in export_messages(session, folder / "messages"):
        out.append(path.read_text(encoding="utf-8"))
    for words in ("Bexar", "Be", "Sacramento", "Sa", "quiet", "donor", "Secret"):
        out += [f"{h.title} {h.snippet}" for h in query.search(session, words)]
    for spec in listing.SPECS.values():
        rows = listing.page(session, spec, listing.ListQuery(), 0, 10_000)
        out += [repr(r) for r in rows]
        out.append(str(listing.count(session, spec, listing.ListQuery())))
    out += [repr(c) for c in directory.person_choices(session)]
    out += [repr(c) for c in choices.people(session)]
    out.append(repr(report.overview(session)))
    out.append(repr(coverage.state_coverage(session)))
    out.append(repr(report.coalition_graph(session)))
    return "\n".join(out)


@pytest.mark.parametrize(
    ("role", "which", "hidden", "shown"),
    [
        ("member", "charity", TEXAS_WORDS, CHARITY_WORDS),
        ("observer", "charity", TEXAS_WORDS, CHARITY_WORDS),
        ("member", "texas", CHARITY_WORDS, TEXAS_WORDS),
        ("coordinator", None, (), TEXAS_WORDS + CHARITY_WORDS),
    ],
)
def test_exports_hold_no_private_record_of_another_organization(
    session: Session,
    loaded: World,
    tmp_path: Path,
    role: str,
    which: str | None,
    hidden: tuple[str, ...],
    shown: tuple[str, ...],
) -> None:
    loaded.act(role, which)
    text = _everything(session, tmp_path)
    assert SHARED_NAME in text
    assert [w for w in hidden if w in text] == []
    assert [w for w in shown if w in text] == list(shown)
