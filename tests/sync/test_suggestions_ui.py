"""The screens of suggestions: a refused change sent to a coordinator from its conflict
card, and the list where a coordinator applies or declines them and a member reads
what became of its group's."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from access_helpers import SHARED_NAME, build_world
from coalition.store.base import SHARED
from coalition.store.changes import IDENTITY, writes
from coalition.store.models import Organization, Person, SyncConflict
from coalition.store.rowcodec import encode_row
from coalition.sync import suggestions
from coalition.ui.common.context import AppContext
from coalition.ui.common.suggest import SuggestDialog
from coalition.ui.directory.people import PeopleScreen
from coalition.ui.sync.conflicts import ConflictsDialog
from coalition.ui.sync.suggestions import SuggestionsDialog

SHOTS = Path(os.environ.get("COALITION_SCREENSHOTS", "/tmp"))


@writes("Add a person")
def add_person(session: Session, name: str, group: str) -> tuple[str, str]:
    org = Organization(name=group)
    session.add(org)
    session.flush()
    org.owner_org_id = org.id
    person = Person(name=name, owner_org_id=org.id, visibility=SHARED)
    session.add(person)
    session.flush()
    return org.id, person.id


@writes("Rename a person")
def rename(session: Session, person_id: str, name: str) -> None:
    person = session.get(Person, person_id)
    assert person is not None
    person.name = name


def refused_rename(ctx: AppContext) -> tuple[str, str]:
    """Sam's record renamed here, the server having refused it (as a sync leaves it)."""
    with ctx.db.session() as s:
        _org, sam = add_person(s, "Sam Shared", "Alpha Party")
        person = s.get(Person, sam)
        assert person is not None
        servers = encode_row({c.name: getattr(person, c.key) for c in Person.__table__.c})
        rename(s, sam, "Samuel Shared")
        conflict = SyncConflict(
            kind="refused",
            table_name="person",
            row_id=sam,
            record="Sam Shared",
            mine="update",
            my_actor="Ben",
            my_device="ben-laptop",
            kept="mine",
            detail="refused by the server, kept on this laptop: Alpha Party's record",
            rows=[{"table": "person", "action": "insert", "row": servers}],
        )
        s.add(conflict)
        s.commit()
        return sam, conflict.id


def name_of(ctx: AppContext, person_id: str) -> str:
    with ctx.reading() as s:
        person = s.get(Person, person_id)
        assert person is not None
        return person.name


def test_a_refused_change_goes_to_a_coordinator_who_applies_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    sam, conflict = refused_rename(ctx)
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    card = dialog.card(conflict)
    assert card.suggest_button is not None
    assert card.suggest_button.text() == "Send to a coordinator…"

    assert dialog.send_to_coordinator(conflict, "He signs as Samuel")
    assert name_of(ctx, sam) == "Sam Shared"  # withdrawn here meanwhile
    assert dialog.heading.text() == "No conflicts to review"

    listed = SuggestionsDialog(ctx)
    qtbot.addWidget(listed)
    assert listed.heading.text() == "1 suggestion to decide"
    (shown,) = listed.shown
    assert (
        "Name: Sam Shared → Samuel Shared" in shown.texts()
        and "He signs as Samuel" in shown.texts()
    )
    assert shown.apply_button is not None and shown.decline_button is not None
    listed.resize(1366, 768)
    listed.show()
    qtbot.waitExposed(listed)
    listed.grab().save(str(SHOTS / "suggestions.png"))

    qtbot.mouseClick(shown.apply_button, qtbot_left())
    assert name_of(ctx, sam) == "Samuel Shared"
    assert listed.heading.text() == "No suggestions to decide"
    ctx.undo_stack.undo()  # an ordinary change: undone like any
    assert name_of(ctx, sam) == "Sam Shared"


def test_a_member_reads_what_became_of_its_groups_suggestions(
    qtbot: QtBot, ctx: AppContext
) -> None:
    sam, _conflict = refused_rename(ctx)
    with ctx.db.session() as s:
        beta, _ben = add_person(s, "Ben", "Beta Fund")
    saved = IDENTITY.role, IDENTITY.org_id, IDENTITY.org
    IDENTITY.role, IDENTITY.org_id, IDENTITY.org = "member", beta, "Beta Fund"
    with ctx.db.session() as s:
        first = suggestions.suggest(s, "person", sam, {"name": "Samuel J. Shared"}, "")
        second = suggestions.suggest(s, "person", sam, {"name": "Sam S."}, "Shorter")
    IDENTITY.role, IDENTITY.org_id, IDENTITY.org = saved
    coordinator = SuggestionsDialog(ctx)
    qtbot.addWidget(coordinator)
    assert coordinator.decline(second, "We keep full names")
    assert [c.view.id for c in coordinator.shown] == [first]

    IDENTITY.role, IDENTITY.org_id, IDENTITY.org = "member", beta, "Beta Fund"
    try:
        member = SuggestionsDialog(ctx)
        qtbot.addWidget(member)
        assert member.heading.text() == "1 suggestion waiting"
        by_id = {c.view.id: c for c in member.shown}
        assert by_id[first].apply_button is None
        assert "We keep full names" in by_id[second].outcome.text()
        assert by_id[second].outcome.text().startswith("Declined by Test Organizer")
        member.resize(760, 520)
        member.show()
        qtbot.waitExposed(member)
        member.grab().save(str(SHOTS / "suggestions_member.png"))
    finally:
        IDENTITY.role, IDENTITY.org_id, IDENTITY.org = saved


def qtbot_left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_member_suggests_a_correction_to_a_record_read_only_to_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    with ctx.db.session() as session:
        world = build_world(session)
    world.act("member", "texas")
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.open_record(world.shared_id)
    banner = screen.editor.read_only_banner
    assert banner.suggest_button.isVisible()
    assert banner.suggest_button.text() == "Suggest a correction…"

    screen.grab().save(str(SHOTS / "readonly_suggest.png"))
    dialog = banner._suggest()
    assert isinstance(dialog, SuggestDialog)
    qtbot.addWidget(dialog)
    assert dialog.inputs["name"].text() == SHARED_NAME
    dialog.inputs["name"].setText("Open Coalition Keynote Speaker")
    dialog.note.setPlainText("As on the flyer")
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(SHOTS / "suggest_correction.png"))
    assert dialog.send()

    with ctx.reading() as s:
        (sent,) = suggestions.suggestions(s)
        assert (sent.proposed, sent.note, sent.owner_org_id) == (
            {"name": "Open Coalition Keynote Speaker"},
            "As on the flyer",
            world.texas_id,
        )
    assert name_of(ctx, world.shared_id) == SHARED_NAME

    world.act("observer", "texas")  # an observer sends nothing
    screen.editor.load(world.shared_id)
    assert banner.reason()
    assert not banner.suggest_button.isVisible()
