"""Lists that say what to do when empty, whole texts where cells are cut short, and menu
texts that show an "&" as one."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip
from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.ui.common.context import AppContext
from coalition.ui.directory.organizations import OrganizationsScreen
from coalition.ui.directory.people import PeopleScreen
from coalition.ui.shell.mainwindow import MainWindow


def _hint(screen: PeopleScreen | OrganizationsScreen) -> QLabel:
    return screen.view.viewport().findChild(QLabel, "emptyHint")


def test_an_empty_people_list_says_how_to_add_or_import_someone(
    qtbot: QtBot, ctx: AppContext
) -> None:
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    qtbot.waitExposed(screen)
    hint = _hint(screen)
    assert hint is not None and hint.isVisible()
    assert hint.text() == "No people yet. Press Ctrl+N to add one, or Ctrl+I to import a CSV."
    assert hint.geometry().intersects(screen.view.viewport().rect())

    ctx.run(directory.create_person, directory.PersonInput(name="Ana Reyes"))
    assert screen.model.rowCount() == 1 and not hint.isVisible()

    qtbot.keyClicks(screen.search, "nobody of that name")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    assert hint.isVisible() and hint.text() == "No people match the filter."


def test_an_empty_organizations_list_says_the_same_for_organizations(
    qtbot: QtBot, ctx: AppContext
) -> None:
    screen = OrganizationsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert (
        _hint(screen).text()
        == "No organizations yet. Press Ctrl+N to add one, or Ctrl+I to import a CSV."
    )


def test_a_member_cut_short_shows_the_whole_line_in_its_tooltip(
    qtbot: QtBot, ctx: AppContext
) -> None:
    long_name = "Maria de los Ángeles Fernández-Castellanos y Villalobos"
    with ctx.db.session() as s:
        org = directory.create_organization(s, directory.OrganizationInput(name="Yes California"))
        person = directory.create_person(s, directory.PersonInput(name=long_name))
        s.flush()
        directory.add_membership(
            s,
            directory.MembershipInput(
                person_id=person.id, organization_id=org.id, role="state representative"
            ),
        )
        org_id = org.id
    screen = OrganizationsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.open_record(org_id)
    members = screen.editor.members
    members.setFixedWidth(160)  # the member's line no longer fits
    QApplication.processEvents()
    item = members.item(0)
    assert item.text().startswith(long_name)
    spot = members.visualItemRect(item).center()
    hover = QHelpEvent(QEvent.Type.ToolTip, spot, members.viewport().mapToGlobal(spot))
    QApplication.sendEvent(members.viewport(), hover)
    assert QToolTip.isVisible() and QToolTip.text() == item.text()
    QToolTip.hideText()


def test_the_view_menu_shows_the_ampersand_of_campaigns_and_endorsements(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    window = MainWindow(sample_ctx)
    qtbot.addWidget(window)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    shown = [
        action.iconText() for action in view_menu.actions()
    ]  # the text without its mnemonic marks
    assert "Campaigns & Endorsements" in shown
    assert not any("_" in text or "  " in text for text in shown)
