"""Proxies in the window, over a real SQLite file: given and revoked through the Proxies
dialog, refused with a sentence when not the giving organization's to give, undone with
Ctrl+Z, and named on the proposal they hold for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coalition.decisions import proposals, proxies
from coalition.decisions.proposals import ProposalInput
from coalition.directory.records import OrganizationInput, create_organization
from coalition.store.changes import IDENTITY
from coalition.ui.common.context import AppContext
from coalition.ui.decisions import DecisionsScreen
from coalition.ui.decisions.proxies import GiveProxyDialog, ProxiesDialog

NAMES = ("Cascadia Now", "Greater Idaho", "Red Oregon")


@pytest.fixture
def orgs(ctx: AppContext) -> dict[str, str]:
    return {
        name: ctx.run(create_organization, OrganizationInput(name=name), label="x").id
        for name in NAMES
    }


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, orgs: dict[str, str]) -> Iterator[DecisionsScreen]:
    widget = DecisionsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def propose(ctx: AppContext, title: str = "Endorse the peaceful movement of state borders") -> str:
    data = ProposalInput(
        title=title,
        text="The coalition endorses it.",
        closes_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
    )
    return str(ctx.run(proposals.create_proposal, data, label="Propose").id)


def held(ctx: AppContext) -> list[tuple[str, str, str | None, bool]]:
    """The proxies stored: (from, to, proposal, in force)."""
    with ctx.reading() as session:
        return [
            (p.from_org.name, p.to_org.name, p.proposal_id, p.revoked_at is None)
            for p in proxies.proxies(session)
        ]


def cells(dialog: ProxiesDialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def give(dialog: ProxiesDialog, giver: str, holder: str, proposal_id: str | None = None) -> None:
    form = dialog.give()
    assert isinstance(form, GiveProxyDialog)
    form.from_org.setCurrentText(giver)
    form.to_org.setCurrentText(holder)
    if proposal_id is not None:
        form.one.setChecked(True)
        form.proposal.setCurrentIndex(form.proposal.findData(proposal_id))
    form.note.setText("Our delegate is travelling")
    form.accept()


def test_a_proxy_is_given_shown_revoked_and_undone(
    qtbot: QtBot, ctx: AppContext, screen: DecisionsScreen
) -> None:
    qtbot.mouseClick(screen.proxies_button, Qt.MouseButton.LeftButton)
    dialog = screen.last_dialog
    assert isinstance(dialog, ProxiesDialog) and dialog.isVisible()
    assert dialog.empty.isVisibleTo(dialog) and not dialog.revoke_button.isEnabled()

    give(dialog, "Cascadia Now", "Red Oregon")
    assert held(ctx) == [("Cascadia Now", "Red Oregon", None, True)]
    row = cells(dialog, 0)
    assert row[:4] == [
        "Cascadia Now",
        "Red Oregon",
        "Every proposal until revoked",
        "Test Organizer",
    ]
    assert row[5] == "" and row[6] == "Our delegate is travelling"
    assert dialog.selected_id() is not None and dialog.revoke_button.isEnabled()

    assert dialog.revoke()
    assert held(ctx) == [("Cascadia Now", "Red Oregon", None, False)]
    assert cells(dialog, 0)[5] != "" and not dialog.revoke_button.isEnabled()

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert held(ctx) == [("Cascadia Now", "Red Oregon", None, True)]  # the revocation goes
    assert cells(dialog, 0)[5] == ""
    assert dialog.note.text() == "Undone: Revoke Cascadia Now's proxy held by Red Oregon."
    ctx.undo_stack.undo()  # and so does the proxy
    assert held(ctx) == [] and dialog.table.rowCount() == 0
    ctx.run(create_organization, OrganizationInput(name="Blue Ridge Alliance"), label="Add")
    assert not dialog.undo()  # not a proxy: left to the window's Undo
    assert dialog.error.text().startswith("The last change is not a proxy")


def test_an_organization_cannot_hold_its_own_proxy(screen: DecisionsScreen) -> None:
    dialog = screen.show_proxies()
    form = dialog.give()
    form.from_org.setCurrentText("Red Oregon")
    form.to_org.setCurrentText("Red Oregon")
    form.accept()
    assert form.isVisible() and form.error.text() == "An organization cannot hold its own proxy."


def test_a_proxy_for_one_proposal_names_it(
    ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    proposal_id = propose(ctx)
    dialog = screen.show_proxies()
    give(dialog, "Greater Idaho", "Red Oregon", proposal_id)
    assert held(ctx) == [("Greater Idaho", "Red Oregon", proposal_id, True)]
    assert cells(dialog, 0)[2] == "“Endorse the peaceful movement of state borders”"


def test_a_member_may_not_give_another_groups_proxy(
    ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    ctx.run(proxies.give_proxy, orgs["Cascadia Now"], orgs["Red Oregon"], label="Give a proxy")
    IDENTITY.actor, IDENTITY.role = "Sam Lee", "member"
    IDENTITY.org, IDENTITY.org_id = "Greater Idaho", orgs["Greater Idaho"]
    dialog = screen.show_proxies()

    form = dialog.give()
    assert form.from_org.currentText() == "Greater Idaho"  # their own, to start with
    form.from_org.setCurrentText("Red Oregon")
    form.to_org.setCurrentText("Greater Idaho")
    form.accept()
    assert form.isVisible()  # refused: said under the form, nothing stored
    assert form.error.isVisibleTo(form)
    assert form.error.text() == "Only Red Oregon's organizers or a coordinator can give its proxy."
    assert len(held(ctx)) == 1

    dialog.select(dialog.lines[0].id)
    assert not dialog.revoke()  # Cascadia Now's record, not theirs
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == (
        "Only Cascadia Now's organizers or a coordinator can revoke its proxy."
    )
    assert held(ctx) == [("Cascadia Now", "Red Oregon", None, True)]

    form.from_org.setCurrentText("Greater Idaho")  # their own: given
    form.to_org.setCurrentText("Red Oregon")
    form.accept()
    assert not form.isVisible()
    assert ("Greater Idaho", "Red Oregon", None, True) in held(ctx)


def test_ctrl_shift_p_opens_the_proxies(qtbot: QtBot, screen: DecisionsScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.list.setFocus()
    qtbot.keyClick(
        screen.list,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert isinstance(screen.last_dialog, ProxiesDialog) and screen.last_dialog.isVisible()


def test_a_proposal_names_the_proxies_holding_for_it(
    ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    proposal_id = propose(ctx)
    other = propose(ctx, "Another question")
    ctx.run(proxies.give_proxy, orgs["Cascadia Now"], orgs["Red Oregon"], label="Give a proxy")
    ctx.run(
        proxies.give_proxy,
        orgs["Greater Idaho"],
        orgs["Red Oregon"],
        proposal_id=other,
        label="Give a proxy",
    )
    screen.open_record(proposal_id)
    note = screen.panel.proxy_note
    assert note.isVisibleTo(screen)
    assert note.text().startswith(
        "Cascadia Now's proxy is held by Red Oregon, given by Test Organizer on "
    )
    assert note.text().endswith("(every proposal until revoked).")
    assert "Greater Idaho" not in note.text()  # given for the other proposal only
    screen.open_record(other)
    assert "Greater Idaho's proxy is held by Red Oregon" in note.text()

    with ctx.reading() as session:
        cascadia = [p for p in proxies.proxies(session) if p.from_org_id == orgs["Cascadia Now"]]
    ctx.run(proxies.revoke_proxy, cascadia[0].id, label="Revoke")
    screen.open_record(proposal_id)
    assert not note.isVisibleTo(screen)
