"""Escape in a dialog with something typed in it asks before throwing it away; an
untouched dialog closes at once.  The dialogs of the directory, the dashboard and the
server settings (the calls' and drafts' own are tested beside their screens)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coalition.directory import records as directory
from coalition.store.models import Endorsement, Goal, Membership
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext
from coalition.ui.directory.people import MembershipDialog
from coalition.ui.endorsements.endorsementdialog import EndorsementDialog
from coalition.ui.goals.dialogs import GoalDialog
from coalition.ui.sync.server_dialog import ServerDialog


def _membership(ctx: AppContext) -> tuple[QDialog, QLineEdit]:
    with ctx.reading() as session:
        person = session.scalars(select(directory.Person).order_by(directory.Person.name)).first()
        assert person is not None
        data = directory.MembershipInput(person_id=person.id, organization_id=None)
    dialog = MembershipDialog(ctx, person.name, data)
    return dialog, dialog.role


def _endorsement(ctx: AppContext) -> tuple[QDialog, QLineEdit]:
    dialog = EndorsementDialog(ctx)
    return dialog, dialog.source


def _goal(ctx: AppContext) -> tuple[QDialog, QLineEdit]:
    dialog = GoalDialog(ctx)
    return dialog, dialog.name


def _server(ctx: AppContext) -> tuple[QDialog, QLineEdit]:
    dialog = ServerDialog(ctx)
    return dialog, dialog.host


DIALOGS: dict[str, Callable[[AppContext], tuple[QDialog, QLineEdit]]] = {
    "membership": _membership,
    "endorsement": _endorsement,
    "goal": _goal,
    "server": _server,
}


def _rows(ctx: AppContext) -> tuple[int, int, int]:
    with ctx.reading() as session:
        return tuple(  # type: ignore[return-value]  # three counts, as the generator below makes
            session.scalar(select(func.count()).select_from(model))
            for model in (Membership, Endorsement, Goal)
        )


@pytest.mark.parametrize("kind", DIALOGS)
def test_escape_with_typed_input_asks_and_cancel_keeps_it(
    qtbot: QtBot, sample_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    answers = [editing.Answer.CANCEL, editing.Answer.DISCARD]
    asked: list[str] = []

    def answer(_parent: object, what: str) -> editing.Answer:
        asked.append(what)
        return answers.pop(0)

    monkeypatch.setattr(editing, "ask_hook", answer)
    before = _rows(sample_ctx)
    dialog, field = DIALOGS[kind](sample_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    qtbot.keyClicks(field, "typed by hand")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.windowTitle() in asked[0]
    assert (
        dialog.isVisible() and "typed by hand" in field.text()
    )  # Cancel: still there, still typed

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()  # Discard: gone, and nothing stored
    assert _rows(sample_ctx) == before


@pytest.mark.parametrize("kind", DIALOGS)
def test_escape_in_an_untouched_dialog_closes_it_without_a_question(
    qtbot: QtBot, sample_ctx: AppContext, kind: str
) -> None:
    dialog, _field = DIALOGS[kind](sample_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the conftest's guard fails the test on a question

    assert not dialog.isVisible()
