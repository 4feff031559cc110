"""Pickers leave the choice to the person, and tell namesakes apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.directory.records import MembershipInput, OrganizationInput, PersonInput
from coalition.ui.calls.actions import ActionItemDialog
from coalition.ui.common.context import AppContext
from coalition.ui.directory.people import MembershipDialog
from coalition.ui.endorsements.endorsementdialog import EndorsementDialog


def _texts(box: QComboBox) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_a_new_membership_waits_for_the_organization_to_be_chosen(
    qtbot: QtBot, ctx: AppContext
) -> None:
    with ctx.db.session() as s:
        directory.create_organization(s, OrganizationInput(name="Alpha Alliance"))
        beta = directory.create_organization(s, OrganizationInput(name="Beta Group"))
        wei = directory.create_person(s, PersonInput(name="Wei Chen"))
        s.flush()
        beta_id, wei_id = beta.id, wei.id
    dialog = MembershipDialog(ctx, "Wei Chen", MembershipInput(wei_id, organization_id=""))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.organization.currentText() == ""  # not the first organization of the list
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert (
        dialog.problem_text("organization_id") == "Choose the organization this membership is in."
    )
    with ctx.reading() as s:
        assert directory.get_person(s, wei_id).memberships == []

    qtbot.keyClicks(dialog.organization.lineEdit(), "Beta Group")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with ctx.reading() as s:
        assert [m.organization_id for m in directory.get_person(s, wei_id).memberships] == [beta_id]


def _namesakes(ctx: AppContext) -> None:
    with ctx.db.session() as s:
        red = directory.create_organization(s, OrganizationInput(name="Red Oregon"))
        directory.create_person(s, PersonInput(name="Ana Reyes", emails=["ana@example.org"]))
        directory.create_person(s, PersonInput(name="Ana Reyes", emails=["a.reyes@example.org"]))
        third = directory.create_person(s, PersonInput(name="Ana Reyes"))
        directory.create_person(s, PersonInput(name="Ben Olsen", emails=["ben@example.org"]))
        s.flush()
        directory.add_membership(s, MembershipInput(third.id, red.id, role="member"))


def test_namesakes_show_their_address_or_organization_in_the_owner_picker(
    qtbot: QtBot, ctx: AppContext
) -> None:
    _namesakes(ctx)
    dialog = ActionItemDialog(ctx, title="Call the state party")
    qtbot.addWidget(dialog)
    offered = _texts(dialog.owner)
    assert sorted(offered) == [
        "Ana Reyes — Red Oregon",
        "Ana Reyes — a.reyes@example.org",
        "Ana Reyes — ana@example.org",
        "Ben Olsen",  # no namesake: the name alone
    ]
    completer = dialog.owner.completer()
    completer.setCompletionPrefix("reyes")
    assert completer.completionCount() == 3


def test_namesakes_are_told_apart_in_the_endorser_picker(qtbot: QtBot, ctx: AppContext) -> None:
    _namesakes(ctx)
    dialog = EndorsementDialog(ctx, endorser=("person", ""))
    qtbot.addWidget(dialog)
    dialog.endorser_is_person.setChecked(True)
    assert "Ana Reyes — ana@example.org" in _texts(dialog.endorser)
