"""Suggestions on the laptop: a member proposes a change to a record it may not write,
its group and the coordinators read it, a coordinator applies or declines it."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from access_helpers import SHARED_NAME, TEXAS, World, world
from coalition.common.errors import CoalitionError
from coalition.directory import records as directory
from coalition.store.base import PRIVATE
from coalition.store.models import ChangeLog, Person, Suggestion
from coalition.store.ownership import NotPermittedError
from coalition.sync import suggestions

__all__ = ["world"]


def _suggest_rename(session: Session, world: World) -> str:
    world.act("member", "texas")
    return suggestions.suggest(
        session, "person", world.shared_id, {"name": "Open Coalition Keynote"}, "New title"
    )


def test_a_member_suggests_a_change_it_may_not_make(session: Session, world: World) -> None:
    world.act("member", "texas")
    with pytest.raises(NotPermittedError):
        directory.update_person(session, world.shared_id, directory.PersonInput(name="Renamed"))
    made = _suggest_rename(session, world)

    (listed,) = suggestions.open_suggestions(session)
    assert listed.id == made
    assert (listed.record, listed.proposed, listed.note) == (
        SHARED_NAME,
        {"name": "Open Coalition Keynote"},
        "New title",
    )
    assert (listed.suggested_by_org, listed.owner_org_id, listed.visibility) == (
        TEXAS,
        world.texas_id,
        PRIVATE,
    )
    assert session.get(Person, world.shared_id).name == SHARED_NAME  # nothing changed yet
    with pytest.raises(CoalitionError, match="only a coordinator"):
        suggestions.apply(session, made)

    world.act("member", "charity")  # another group does not see it
    assert suggestions.suggestions(session) == []


def test_a_coordinator_applies_it_as_a_recorded_change(session: Session, world: World) -> None:
    made = _suggest_rename(session, world)
    world.act("coordinator")
    suggestions.apply(session, made)

    assert session.get(Person, world.shared_id).name == "Open Coalition Keynote"
    done = session.get(Suggestion, made)
    assert done.status == "applied" and done.decided_at is not None
    assert suggestions.open_suggestions(session) == []
    history = session.scalars(
        select(ChangeLog).where(ChangeLog.row_id == world.shared_id, ChangeLog.action == "update")
    ).all()
    assert [h.after for h in history] == [{"name": "Open Coalition Keynote"}]
    with pytest.raises(CoalitionError, match="applied already"):
        suggestions.decline(session, made, "too late")

    world.act("member", "texas")  # the group that sent it reads what became of it
    (mine,) = suggestions.suggestions(session)
    assert mine.status == "applied"


def test_a_declined_suggestion_says_why_and_changes_nothing(session: Session, world: World) -> None:
    made = _suggest_rename(session, world)
    world.act("coordinator")
    suggestions.decline(session, made, "The speaker keeps that title")
    world.act("member", "texas")
    (mine,) = suggestions.suggestions(session)
    assert (mine.status, mine.answer, mine.decided_by) == (
        "declined",
        "The speaker keeps that title",
        "Someone",
    )
    assert session.get(Person, world.shared_id).name == SHARED_NAME


def test_a_suggestion_must_change_something_a_field_can_hold(
    session: Session, world: World
) -> None:
    world.act("member", "texas")
    with pytest.raises(CoalitionError, match="changes nothing"):
        suggestions.suggest(session, "person", world.shared_id, {"name": SHARED_NAME}, "")
    with pytest.raises(CoalitionError, match="not a field"):
        suggestions.suggest(session, "person", world.shared_id, {"colour": "red"}, "")
    assert suggestions.suggestions(session) == []
