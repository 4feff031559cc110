"""Deleting what others use: every record of the sample, through the screens, and back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coalition.directory import deletion as service
from coalition.directory.deletion import Impact
from coalition.store.base import Base
from coalition.store.models import Campaign, Organization, Person
from coalition.store.outbox import LOCAL_TABLES, synced_tables
from coalition.ui.common import deletion
from coalition.ui.common.context import AppContext
from coalition.ui.common.listscreen import ListScreen
from coalition.ui.directory.organizations import OrganizationsScreen
from coalition.ui.directory.people import PeopleScreen
from coalition.ui.endorsements.campaigns import CampaignsScreen


def rows(ctx: AppContext) -> dict[str, dict[str, dict[str, Any]]]:
    """Every record of every table, as stored (but when it was last touched)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with ctx.db.engine.connect() as conn:
        for table in synced_tables():
            if table in LOCAL_TABLES:
                continue
            meta = Base.metadata.tables[table]
            pk = next(iter(meta.primary_key.columns)).name
            out[table] = {
                str(r._mapping[pk]): {k: v for k, v in r._mapping.items() if k != "updated_at"}
                for r in conn.execute(select(meta))
            }
    return out


class Answers:
    """Answers the questions as a person would, alternating between the two choices,
    and remembers what was asked."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.sentences: list[str] = []
        self.confirmed: list[str] = []
        self.turn = 0

    def ask(
        self, parent: QWidget | None, impact: Impact, choices: list[tuple[str, str]]
    ) -> deletion.Decision | None:
        dialog = deletion.DeleteDialog(impact, choices, parent)
        self.qtbot.addWidget(dialog)
        dialog.show()  # as exec() would, without waiting in a loop of its own
        self.qtbot.waitExposed(dialog)
        self.sentences.append(dialog.sentence.text())
        assert dialog.picker.currentText() == "" and not dialog.reassign.isChecked()
        assert not dialog.delete_button.isEnabled()  # nothing is chosen for the person
        self.turn += 1
        if self.turn % 2 and choices:
            self.qtbot.keyClicks(dialog.picker.lineEdit(), choices[-1][1])
            popup = dialog.picker.completer().popup()
            if popup.isVisible():  # the name offered as it is typed: clicked
                index = popup.model().index(0, 0)
                self.qtbot.mouseClick(
                    popup.viewport(),
                    Qt.MouseButton.LeftButton,
                    pos=popup.visualRect(index).center(),
                )
            assert dialog.reassign.isChecked()
        else:
            dialog.remove.setFocus()  # from the keyboard: Tab to it, Space
            self.qtbot.keyClick(dialog.remove, Qt.Key.Key_Space)
        assert dialog.delete_button.isEnabled()
        self.qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == deletion.QDialog.DialogCode.Accepted and not dialog.isVisible()
        return dialog.decision()

    def confirm(self, question: str, detail: str = "", action: str = "Delete") -> bool:
        self.confirmed.append(question)
        return True


def _press_delete(qtbot: QtBot, screen: ListScreen, record_id: str) -> None:
    assert screen.select_id(record_id)
    rect = screen.view.visualRect(screen.view.currentIndex())
    qtbot.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.selected_id() == record_id
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_Delete)


@pytest.mark.parametrize(
    ("screen_class", "model"),
    [(OrganizationsScreen, Organization), (PeopleScreen, Person), (CampaignsScreen, Campaign)],
)
def test_every_sample_record_is_deleted_with_a_sentence_and_comes_back_whole(
    qtbot: QtBot,
    sample_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    screen_class: type[ListScreen],
    model: Any,
) -> None:
    ctx = sample_ctx
    screen = screen_class(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    answers = Answers(qtbot)
    monkeypatch.setattr(deletion, "ask_hook", answers.ask)
    monkeypatch.setattr(screen, "confirm", answers.confirm)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    with ctx.reading() as session:
        ids = list(session.scalars(select(model.id).order_by(model.name)))
        used = {i for i in ids if service.impact(session, model.__tablename__, i).needs_choice}
    assert ids

    for record_id in ids:
        before = rows(ctx)
        asked = len(answers.sentences) + len(answers.confirmed)
        _press_delete(qtbot, screen, record_id)
        assert len(answers.sentences) + len(answers.confirmed) == asked + 1
        assert errors == []
        with ctx.reading() as session:
            assert session.get(model, record_id) is None
        assert screen.model.row_of_id(record_id) is None
        ctx.undo_stack.undo()
        assert rows(ctx) == before
        assert screen.model.row_of_id(record_id) is not None

    # Every record others use was asked about with a sentence, the others simply confirmed.
    assert len(answers.sentences) == len(used)
    assert len(answers.confirmed) == len(ids) - len(used)
    assert all(s.endswith(".") and " is " in s for s in answers.sentences)

    # And one after the other, for good: none is refused.
    for record_id in ids:
        _press_delete(qtbot, screen, record_id)
    assert errors == []
    assert screen.model.rowCount() == 0


def test_the_sentence_names_what_uses_a_person(sample_ctx: AppContext) -> None:
    with sample_ctx.reading() as session:
        brooks = session.scalar(select(Person.id).where(Person.name == "Aaliyah Brooks"))
        impact = service.impact(session, "person", brooks)
        first = session.scalar(select(Person.id).order_by(Person.created_at).limit(1))
        first_impact = service.impact(session, "person", first)
    # The sample's first person: once an uncaught "FOREIGN KEY constraint failed".
    assert deletion.uses_sentence(first_impact) == (
        "Marisol Vega-Ortiz is a participant in 1 call series and on the attendance list of 5 "
        "calls."
    )
    assert deletion.uses_sentence(impact) == (
        "Aaliyah Brooks is the owner of 3 action items, the organizer of the call series "
        "“Coalition call”, "
        "the owner of 4 agenda items, a participant in 1 call series and on the attendance list "
        "of 5 calls."
    )


def test_cancel_deletes_nothing_and_leaves_nothing_to_undo(
    qtbot: QtBot, sample_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = PeopleScreen(sample_ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    seen: list[str] = []

    def cancel(
        parent: QWidget | None, impact: Impact, choices: list[tuple[str, str]]
    ) -> deletion.Decision | None:
        dialog = deletion.DeleteDialog(impact, choices, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog.sentence.text())
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )
        assert dialog.result() == deletion.QDialog.DialogCode.Rejected
        return dialog.decision()

    monkeypatch.setattr(deletion, "ask_hook", cancel)
    with sample_ctx.reading() as session:
        brooks = session.scalar(select(Person.id).where(Person.name == "Aaliyah Brooks"))
    before = rows(sample_ctx)
    screen.select_id(brooks)
    screen.delete_selected()
    assert seen and seen[0].startswith("Aaliyah Brooks is the owner of 3 action items")
    assert rows(sample_ctx) == before
    assert sample_ctx.undo_stack.count() == 0
