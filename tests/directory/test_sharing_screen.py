"""The organization editor's sharing section: an organization's organizers share its
private records with another group, and stop; the other group's organizers see them
in their People list meanwhile; nobody else may do it for them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from access_helpers import CHARITY, CHARITY_SECRET, TEXAS, World, build_world
from coalition.directory import records as directory
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext
from coalition.ui.directory.organizations import OrganizationsScreen
from coalition.ui.directory.people import PeopleScreen
from coalition.ui.directory.sharing_box import SharingBox

SHOTS = Path(os.environ.get("COALITION_SHOTS", "/work/shots"))


@pytest.fixture
def world(ctx: AppContext) -> World:
    with ctx.db.session() as session:
        return build_world(session)


def _show(qtbot: QtBot, screen: OrganizationsScreen | PeopleScreen) -> None:
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)


def _people_names(qtbot: QtBot, ctx: AppContext) -> set[str]:
    screen = PeopleScreen(ctx)
    _show(qtbot, screen)
    model = screen.model
    return {str(model.index(row, 0).data()) for row in range(model.rowCount())}


def _sharing_of(
    qtbot: QtBot, ctx: AppContext, org_id: str
) -> tuple[OrganizationsScreen, SharingBox]:
    screen = OrganizationsScreen(ctx)
    _show(qtbot, screen)
    assert screen.open_record(org_id)
    return screen, screen.editor.sharing  # type: ignore[attr-defined]


class Answers:
    """What the organizer answers: whom to share with, and yes or no to the question."""

    def __init__(self, box: SharingBox, whom: tuple[str, str, str] | None, yes: bool = True):
        self.questions: list[tuple[str, str]] = []
        box.ask_whom = lambda: whom  # type: ignore[method-assign]

        def confirm(question: str, detail: str, action: str) -> bool:
            self.questions.append((question, detail))
            return yes

        box.confirm = confirm  # type: ignore[method-assign]


def test_the_charity_shares_with_texas_who_then_sees_its_private_person_until_it_stops(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    world.act("member", "texas")
    assert CHARITY_SECRET not in _people_names(qtbot, ctx)

    world.act("member", "charity")
    screen, box = _sharing_of(qtbot, ctx, world.charity_id)
    assert box.isVisible() and box.share_button.isEnabled()
    assert not box.stop_button.isEnabled()  # nothing shared yet, nothing chosen
    answers = Answers(box, (world.texas_id, TEXAS, "joint canvass"))
    assert box.share_with()
    [(question, detail)] = answers.questions
    assert question == f"Share {CHARITY}'s private records with {TEXAS}?"
    assert detail.startswith(f"{TEXAS}'s organizers will read {CHARITY}'s private people")
    [line] = [box.given.item(i).text() for i in range(box.given.count())]
    assert line.startswith(f"{TEXAS} — since ") and "by Someone" in line
    assert "joint canvass" in line
    if SHOTS.is_dir():
        qtbot.wait(100)  # the form laid out at its size
        for area in screen.findChildren(QScrollArea):
            if area.isAncestorOf(box):
                area.ensureWidgetVisible(box.received)
        qtbot.wait(50)
        screen.grab().save(str(SHOTS / "sharing.png"))

    world.act("member", "texas")
    assert CHARITY_SECRET in _people_names(qtbot, ctx)
    _, texas_box = _sharing_of(qtbot, ctx, world.texas_id)
    assert texas_box.received.item(0).text().startswith(f"{CHARITY} — since ")

    world.act("member", "charity")
    box.refresh()
    box.given.setCurrentRow(0)
    assert box.stop_button.isEnabled()
    answers = Answers(box, None)
    assert box.stop_sharing()
    assert answers.questions[0][0] == f"Stop sharing {CHARITY}'s private records with {TEXAS}?"
    assert box.given.item(0).data(256) is None  # only the line saying no one reads them

    world.act("member", "texas")
    assert CHARITY_SECRET not in _people_names(qtbot, ctx)


def test_sharing_is_undone_with_the_other_changes(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    world.act("member", "charity")
    _, box = _sharing_of(qtbot, ctx, world.charity_id)
    Answers(box, (world.texas_id, TEXAS, ""))
    assert box.share_with()
    assert box.given.item(0).text().startswith(TEXAS)
    ctx.undo_stack.undo()
    assert box.given.item(0).data(256) is None
    world.act("member", "texas")
    assert CHARITY_SECRET not in _people_names(qtbot, ctx)


def test_a_cancelled_question_shares_nothing(qtbot: QtBot, ctx: AppContext, world: World) -> None:
    world.act("member", "charity")
    _, box = _sharing_of(qtbot, ctx, world.charity_id)
    Answers(box, (world.texas_id, TEXAS, ""), yes=False)
    assert not box.share_with()
    world.act("member", "texas")
    assert CHARITY_SECRET not in _people_names(qtbot, ctx)


def test_another_groups_organizer_cannot_share_for_it_and_is_told_why(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    with ctx.db.session() as session:
        third = directory.create_organization(
            session, directory.OrganizationInput(name="Red Oregon", kind="political_party")
        )
    world.act("member", "texas")  # Texas would gain by it, but it is not Texas's to give
    _, box = _sharing_of(qtbot, ctx, world.charity_id)
    assert not box.share_button.isEnabled() and not box.stop_button.isEnabled()
    assert box.reason.isVisible() and CHARITY in box.reason.text()
    assert CHARITY in box.share_button.toolTip()
    Answers(box, (third.id, "Red Oregon", ""))
    assert not box.share_with()
    world.act("member", "charity")
    box.refresh()
    assert box.share_button.isEnabled() and box.reason.isHidden()


def test_unsaved_edits_are_asked_about_before_sharing(
    qtbot: QtBot, ctx: AppContext, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.act("member", "charity")
    screen, box = _sharing_of(qtbot, ctx, world.charity_id)
    qtbot.keyClicks(screen.editor.name, " of California")  # type: ignore[attr-defined]
    asked: list[str] = []

    def stay(parent: object, what: str) -> editing.Answer:
        asked.append(what)
        return editing.Answer.CANCEL

    monkeypatch.setattr(editing, "ask_hook", stay)
    answers = Answers(box, (world.texas_id, TEXAS, ""))
    assert not box.share_with()
    assert asked and not answers.questions
    assert screen.editor.dirty
