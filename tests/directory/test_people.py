"""The People screen driven as an organizer would: typing, clicking, undoing, filtering."""

from __future__ import annotations

import os
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization
from coalition.directory.records import MembershipInput, OrganizationInput, PersonInput
from coalition.search.listing import PEOPLE, ListQuery, count
from coalition.ui.common.context import AppContext
from coalition.ui.directory.organizations import OrganizationsScreen
from coalition.ui.directory.people import NO_MEMBERSHIP_BEFORE_SAVE, MembershipDialog, PeopleScreen

CNP = OrganizationInput(name="California National Party", short_name="CNP", home_state="CA")
RED_OREGON = OrganizationInput(name="Red Oregon", home_state="OR")
MARISOL = PersonInput(
    name="Marisol Vega-Ortiz",
    emails=["marisol.vega@example.org"],
    phones=["916-555-0100"],
    state="CA",
)
COLTON = PersonInput(name="Colton Hayes", emails=["colton.hayes@example.org"], state="OR")
WEI = PersonInput(name="Wei Chen", emails=["wei.chen@example.org"], state="CA")


@dataclass
class Directory:
    """Ids of the records every test starts from."""

    cnp: str
    red_oregon: str
    marisol: str
    colton: str
    wei: str


@pytest.fixture
def people(ctx: AppContext) -> Directory:
    """Two organizations and three people, one of them a representative, written through
    the services (one transaction each, as the app writes them) but not onto the undo stack."""

    def write(fn: Callable[..., Any], *args: Any) -> str:
        with ctx.db.session() as session:
            return fn(session, *args).id

    ids = Directory(
        cnp=write(directory.create_organization, CNP),
        red_oregon=write(directory.create_organization, RED_OREGON),
        marisol=write(directory.create_person, MARISOL),
        colton=write(directory.create_person, COLTON),
        wei=write(directory.create_person, WEI),
    )
    write(directory.add_membership, MembershipInput(ids.marisol, ids.cnp, role="Chair"))
    write(
        directory.add_membership,
        MembershipInput(
            ids.colton, ids.red_oregon, role="Oregon representative", represents_state="OR"
        ),
    )
    return ids


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, people: Directory) -> PeopleScreen:
    widget = PeopleScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(screen: PeopleScreen) -> list[str]:
    return [screen.model.data(screen.model.index(row, 0)) for row in range(screen.model.rowCount())]


def stored_people(ctx: AppContext) -> int:
    with ctx.reading() as session:
        return count(session, PEOPLE, ListQuery())


def type_lines(qtbot: QtBot, widget: QWidget, lines: list[str]) -> None:
    """Type into a multi-line field, pressing Return between lines (keyClicks takes no newline)."""
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def membership_cells(screen: PeopleScreen) -> list[list[str]]:
    table = screen.editor.memberships
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_person_typed_in_and_saved_is_listed_and_selected(
    qtbot: QtBot, screen: PeopleScreen
) -> None:
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    editor = screen.editor
    qtbot.keyClicks(editor.name, "Jane Doe")
    type_lines(qtbot, editor.emails, ["jane@example.org, jane.doe@example.org", "JANE@Example.ORG"])
    qtbot.keyClicks(editor.phones, "(916) 555-0142")
    qtbot.keyClicks(editor.state, "Oregon")
    qtbot.keyClicks(editor.language, "en")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert "Jane Doe" in names(screen)
    assert editor.record_id is not None
    assert screen.selected_id() == editor.record_id
    assert editor.heading.text() == "Jane Doe"
    assert not editor.dirty
    with screen.ctx.reading() as session:
        saved = directory.person_input(directory.get_person(session, editor.record_id))
    # A pasted list is split; the same address twice is kept once.
    assert saved.emails == ["jane@example.org", "jane.doe@example.org"]
    assert saved.phones == ["+1 916-555-0142"]
    assert saved.state == "OR"
    assert saved.time_zone == "America/Los_Angeles"  # suggested from the state
    assert editor.add_membership_button.isEnabled()


def test_bad_addresses_are_shown_under_their_fields_and_nothing_is_stored(
    qtbot: QtBot, screen: PeopleScreen
) -> None:
    before = stored_people(screen.ctx)
    screen.new_record()
    editor = screen.editor
    qtbot.keyClicks(editor.name, "Jane Doe")
    qtbot.keyClicks(editor.emails, "jane.example.org")
    qtbot.keyClicks(editor.phones, "12")
    qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert "jane.example.org" in editor.problem_text("emails")
    assert "12" in editor.problem_text("phones")
    assert editor.problem_text("name") == ""
    assert stored_people(screen.ctx) == before
    assert editor.record_id is None and editor.dirty


def test_the_zip_and_county_a_sign_up_gave_are_shown_kept_and_checked(
    qtbot: QtBot, screen: PeopleScreen
) -> None:
    """A sign-up at a table stores where the person lives; the editor shows it, takes a
    correction, refuses what is no ZIP code, and an import of them leaves it alone."""
    ana = screen.ctx.run(
        directory.create_person,
        directory.PersonInput("Ana Ruiz", postal_code="93721", county="Fresno"),
        label="Add person",
    ).id
    assert screen.open_record(ana)
    editor = screen.editor
    assert (editor.postal_code.text(), editor.county.text()) == ("93721", "Fresno")

    editor.postal_code.clear()
    qtbot.keyClicks(editor.postal_code, "9372")
    assert not editor.save()
    assert "9372" in editor.problem_text("postal_code") and editor.dirty
    editor.postal_code.clear()
    qtbot.keyClicks(editor.postal_code, "937211234")
    assert editor.save() and not editor.dirty
    with screen.ctx.db.session() as session:
        stored = directory.get_person(session, ana)
        assert (stored.postal_code, stored.county) == ("93721-1234", "Fresno")
        # A change that does not name them (an import's merge) leaves them as they are.
        data = directory.person_input(stored)
        directory.update_person(session, ana, replace(data, postal_code=None, county=None))
        stored = directory.get_person(session, ana)
        assert (stored.postal_code, stored.county) == ("93721-1234", "Fresno")


def test_the_state_suggests_a_time_zone_but_never_replaces_a_chosen_one(
    qtbot: QtBot, screen: PeopleScreen
) -> None:
    screen.new_record()
    editor = screen.editor
    qtbot.keyClicks(editor.state, "NY")
    assert editor.time_zone.currentText() == "America/New_York"
    editor.state.clear()
    qtbot.keyClicks(editor.state, "Colorado")
    assert editor.time_zone.currentText() == "America/Denver"  # still a guess: it follows

    editor.time_zone.setEditText("")
    qtbot.keyClicks(editor.time_zone.lineEdit(), "Europe/Paris")
    editor.state.clear()
    qtbot.keyClicks(editor.state, "HI")
    assert editor.time_zone.currentText() == "Europe/Paris"


def test_renaming_then_undo_and_redo(qtbot: QtBot, screen: PeopleScreen, people: Directory) -> None:
    assert screen.select_id(people.wei)
    editor = screen.editor
    assert editor.name.text() == "Wei Chen"
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Wei Chen-Lo")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Wei Chen-Lo" in names(screen) and "Wei Chen" not in names(screen)
    assert editor.heading.text() == "Wei Chen-Lo"

    screen.ctx.undo_stack.undo()
    assert "Wei Chen" in names(screen) and "Wei Chen-Lo" not in names(screen)
    assert screen.selected_id() == people.wei
    assert editor.name.text() == "Wei Chen"
    assert editor.heading.text() == "Wei Chen"

    screen.ctx.undo_stack.redo()
    assert "Wei Chen-Lo" in names(screen)
    assert editor.name.text() == "Wei Chen-Lo"


def test_delete_asks_naming_the_person_and_undo_brings_everything_back(
    screen: PeopleScreen, people: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def confirm(question: str, detail: str = "") -> bool:
        asked.append((question, detail))
        return True

    monkeypatch.setattr(screen, "confirm", confirm)
    screen.ctx.run(
        directory.add_membership, MembershipInput(people.marisol, people.red_oregon, role="Donor")
    )
    screen.select_id(people.marisol)
    screen.delete_selected()

    assert asked == [
        (
            "Delete Marisol Vega-Ortiz?",
            "This also deletes their 2 memberships. You can undo this with Ctrl+Z.",
        )
    ]
    assert "Marisol Vega-Ortiz" not in names(screen)

    screen.ctx.undo_stack.undo()
    assert "Marisol Vega-Ortiz" in names(screen)
    assert screen.select_id(people.marisol)
    assert screen.editor.emails.toPlainText() == "marisol.vega@example.org"
    assert sorted(membership_cells(screen)) == [
        ["CNP", "Chair", "", "", ""],
        ["Red Oregon", "Donor", "", "", ""],
    ]


def test_refusing_the_confirmation_deletes_nothing(
    screen: PeopleScreen, people: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen, "confirm", lambda question, detail="": False)
    screen.select_id(people.wei)
    screen.delete_selected()
    assert "Wei Chen" in names(screen)
    assert screen.ctx.undo_stack.count() == 0


def test_search_as_you_type(qtbot: QtBot, screen: PeopleScreen) -> None:
    qtbot.keyClicks(screen.search, "col")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert names(screen) == ["Colton Hayes"]
    assert screen.count_label.text() == "1 person"
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    # Typed with no word in it: nobody is found by it (it listed everyone).
    qtbot.keyClicks(screen.search, "%")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    assert screen.count_label.text() == "0 people"


def test_a_column_with_no_order_of_its_own_leaves_the_arrow_where_the_order_is(
    screen: PeopleScreen,
) -> None:
    header = screen.view.horizontalHeader()
    columns = [c.key for c in screen.spec.columns]
    before = names(screen)
    organizations = next(i for i, c in enumerate(screen.spec.columns) if c.sort_expr is None)
    header.setSortIndicator(organizations, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == columns.index(screen.spec.default_sort)
    assert names(screen) == before


def test_filter_by_state_and_by_organization(screen: PeopleScreen, people: Directory) -> None:
    screen.state_filter.setCurrentIndex(screen.state_filter.findData("CA"))
    assert names(screen) == ["Marisol Vega-Ortiz", "Wei Chen"]
    screen.state_filter.setCurrentIndex(0)
    organization = screen.organization_filter
    organization.setCurrentIndex(organization.findData(people.red_oregon))
    assert names(screen) == ["Colton Hayes"]
    organization.setCurrentIndex(0)
    assert len(names(screen)) == 3


def test_the_organization_filter_follows_the_directory(
    screen: PeopleScreen, people: Directory
) -> None:
    box = screen.organization_filter
    box.setCurrentIndex(box.findData(people.cnp))
    yes_cal = screen.ctx.run(
        directory.create_organization, OrganizationInput(name="Yes California")
    )
    assert box.findData(yes_cal.id) >= 0
    assert box.currentData() == people.cnp  # the choice is kept
    screen.ctx.run(delete_organization, people.cnp)
    assert box.currentData() == ""  # the organization filtered on is gone: everyone shows
    assert len(names(screen)) == 3


def test_representatives_only(qtbot: QtBot, screen: PeopleScreen) -> None:
    qtbot.mouseClick(screen.representatives_only, Qt.MouseButton.LeftButton)
    assert names(screen) == ["Colton Hayes"]
    qtbot.mouseClick(screen.representatives_only, Qt.MouseButton.LeftButton)
    assert len(names(screen)) == 3


def test_memberships_wait_until_the_person_is_saved(screen: PeopleScreen) -> None:
    screen.new_record()
    editor = screen.editor
    assert not editor.add_membership_button.isEnabled()
    assert editor.add_membership_button.toolTip() == NO_MEMBERSHIP_BEFORE_SAVE
    assert editor.add_membership() is None


def test_adding_a_membership_through_the_dialog(
    qtbot: QtBot, ctx: AppContext, screen: PeopleScreen, people: Directory
) -> None:
    organizations = OrganizationsScreen(ctx)
    qtbot.addWidget(organizations)
    organizations.select_id(people.red_oregon)
    screen.select_id(people.wei)
    editor = screen.editor
    assert membership_cells(screen) == []

    qtbot.mouseClick(editor.add_membership_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(MembershipDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.organization.setCurrentIndex(dialog.organization.findData(people.red_oregon))
    qtbot.keyClicks(dialog.role, "Liaison")
    qtbot.keyClicks(dialog.since, "2024-03-01")
    qtbot.keyClicks(dialog.until, "2023-01-01")
    qtbot.keyClicks(dialog.represents, "Nowhere")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    # Wrong values keep the dialog open with each problem under its field.
    assert dialog.isVisible()
    assert "before the start date" in dialog.problem_text("until")
    assert "Nowhere" in dialog.problem_text("represents_state")
    assert membership_cells(screen) == []

    dialog.until.clear()
    dialog.represents.setText("Oregon")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert membership_cells(screen) == [["Red Oregon", "Liaison", "3/1/2024", "", "OR"]]
    assert ctx.undo_stack.undoText() == "Add Wei Chen to Red Oregon"
    represents = PEOPLE.headers.index("Represents")
    row = screen.model.row_of_id(people.wei)
    assert screen.model.data(screen.model.index(row, represents)) == "OR"
    members = organizations.editor.members
    assert "Wei Chen — Liaison · represents OR" in [
        members.item(i).text() for i in range(members.count())
    ]

    ctx.undo_stack.undo()
    assert membership_cells(screen) == []


def test_editing_and_removing_a_membership(
    qtbot: QtBot, screen: PeopleScreen, people: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen.select_id(people.colton)
    editor = screen.editor
    assert not editor.edit_membership_button.isEnabled()
    editor.memberships.selectRow(0)
    assert editor.edit_membership_button.isEnabled()

    qtbot.mouseClick(editor.edit_membership_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(MembershipDialog)
    assert dialog is not None
    assert dialog.role.text() == "Oregon representative"
    assert dialog.ok_button.text() == "Save"
    dialog.role.setText("Chapter lead")
    dialog.accept()
    assert membership_cells(screen) == [["Red Oregon", "Chapter lead", "", "", "OR"]]
    assert screen.ctx.undo_stack.undoText() == "Edit Colton Hayes's membership in Red Oregon"

    questions: list[str] = []

    def confirm(question: str, detail: str = "") -> bool:
        questions.append(question)
        return True

    monkeypatch.setattr(editor, "confirm", confirm)
    editor.memberships.selectRow(0)
    qtbot.mouseClick(editor.remove_membership_button, Qt.MouseButton.LeftButton)
    assert questions == ["Remove Colton Hayes from Red Oregon?"]
    assert membership_cells(screen) == []
    assert "Colton Hayes" in names(screen)

    screen.ctx.undo_stack.undo()
    assert membership_cells(screen) == [["Red Oregon", "Chapter lead", "", "", "OR"]]


def test_memberships_follow_changes_while_the_person_has_unsaved_edits(
    qtbot: QtBot, screen: PeopleScreen, people: Directory
) -> None:
    screen.select_id(people.wei)
    editor = screen.editor
    qtbot.keyClicks(editor.notes, "Met at the Sacramento rally")
    assert editor.dirty
    screen.ctx.run(directory.add_membership, MembershipInput(people.wei, people.cnp, role="Member"))
    assert membership_cells(screen) == [["CNP", "Member", "", "", ""]]
    assert editor.notes.toPlainText() == "Met at the Sacramento rally"  # the unsaved edit stays
