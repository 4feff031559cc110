"""The window asks who is using it before anything is changed, and switches hands.

On real SQLite files; ``ctx`` fixtures come with the suite's organizer set up, so these
tests clear the profile table themselves to see a database on which nobody is.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from coalition.common.errors import CoalitionError
from coalition.directory import profiles
from coalition.directory import records as directory
from coalition.store.models import Organization, Profile
from coalition.ui.common.context import AppContext
from coalition.ui.shell.mainwindow import MainWindow
from coalition.ui.shell.profiles import ProfileDialog, SwitchProfileDialog

SHOTS = Path(os.environ.get("COALITION_SCREENSHOTS", "/tmp"))


def _nobody(ctx: AppContext) -> None:
    with ctx.db.session() as session:
        session.execute(delete(Profile))
        session.commit()


def _open(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _asked(qtbot: QtBot, window: MainWindow) -> ProfileDialog:
    qtbot.waitUntil(lambda: window.findChild(ProfileDialog) is not None)
    dialog = window.findChild(ProfileDialog)
    assert dialog is not None
    return dialog


def test_first_start_asks_who_and_credits_them(
    qtbot: QtBot, sample_ctx: AppContext, organizer: Any
) -> None:
    _nobody(sample_ctx)
    window = _open(qtbot, sample_ctx)
    dialog = _asked(qtbot, window)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # nothing changes first
    assert organizer.actor == ""  # nobody: not the computer's login either
    assert window.windowTitle().startswith("Nobody set up (read only) — ")
    assert dialog.organization.findText("Red Oregon") > 0  # the coalition's organizations

    qtbot.keyClicks(dialog.name, "Dana Reyes")
    qtbot.keyClicks(dialog.email, "dana@example.org")
    dialog.organization.setCurrentIndex(dialog.organization.findText("Red Oregon"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert window.windowTitle().startswith("Dana Reyes (Red Oregon) — Coalition — ")
    assert (organizer.actor, organizer.org, organizer.role) == (
        "Dana Reyes",
        "Red Oregon",
        "member",
    )


def test_a_new_organization_typed_in_is_added_and_bad_details_are_marked(
    qtbot: QtBot, ctx: AppContext, organizer: Any
) -> None:
    _nobody(ctx)
    window = _open(qtbot, ctx)
    dialog = _asked(qtbot, window)
    qtbot.keyClicks(dialog.email, "not an address")
    dialog.role.setCurrentIndex(dialog.role.findData("observer"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors["name"].text() == "The name cannot be empty"
    assert "not a valid e-mail address" in dialog.errors["email"].text()
    assert "acts for a member organization" in dialog.errors["organization"].text()
    dialog.grab().save(str(SHOTS / "profile_dialog_problems.png"))

    qtbot.keyClicks(dialog.name, "Lee Park")
    dialog.email.setText("lee@example.org")
    dialog.organization.setEditText("Valley Allies")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible(), dialog.general_error.text()
    with ctx.reading() as session:
        made = directory.find_organization_by_name(session, "Valley Allies")
        assert isinstance(made, Organization)
        assert organizer.org_id == made.id and organizer.role == "observer"


def test_looking_around_only_changes_nothing_and_says_how_to_set_up(
    qtbot: QtBot, ctx: AppContext
) -> None:
    _nobody(ctx)
    window = _open(qtbot, ctx)
    dialog = _asked(qtbot, window)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert window.isVisible()
    with pytest.raises(CoalitionError, match=r"File → Switch profile…"):
        ctx.run(directory.create_organization, directory.OrganizationInput(name="X"))
    with ctx.reading() as session:
        assert directory.is_empty(session)


def test_switching_profiles_on_a_shared_laptop(
    qtbot: QtBot, sample_ctx: AppContext, organizer: Any
) -> None:
    with sample_ctx.db.session() as session:
        profiles.save_profile(
            session, profiles.ProfileInput("Dana", "d@example.org", "Red Oregon", "coordinator")
        )
    window = _open(qtbot, sample_ctx)
    sample_ctx.run(directory.create_organization, directory.OrganizationInput(name="Before"))
    assert sample_ctx.undo_stack.count() == 1

    switch = window.switch_profile()
    assert isinstance(switch, SwitchProfileDialog)
    texts = [switch.list.item(i).text() for i in range(switch.list.count())]
    assert texts[0] == "Dana (Red Oregon), d@example.org, coordinator (using now)"
    assert "Test Organizer (coalition staff), organizer@example.org, coordinator" in texts
    added = switch.add()
    qtbot.keyClicks(added.name, "Sam Okafor")
    qtbot.keyClicks(added.email, "sam@example.org")
    added.organization.setCurrentIndex(added.organization.findText("Red New York"))
    qtbot.mouseClick(added.ok_button, Qt.MouseButton.LeftButton)

    assert not switch.isVisible()
    assert window.windowTitle().startswith("Sam Okafor (Red New York) — ")
    assert sample_ctx.undo_stack.count() == 0  # Dana's change is not Sam's to undo

    switch = window.switch_profile()
    row = next(
        i for i in range(switch.list.count()) if switch.list.item(i).text().startswith("Dana")
    )
    switch.list.setCurrentRow(row)
    qtbot.mouseClick(switch.switch_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle().startswith("Dana (Red Oregon) — ")
    assert organizer.actor == "Dana"


def test_the_first_start_dialog_at_1366x768(qtbot: QtBot, sample_ctx: AppContext) -> None:
    """The screenshot the issue asks for: the dialog over the window on a small laptop."""
    _nobody(sample_ctx)
    window = _open(qtbot, sample_ctx)
    window.resize(1366, 768)
    dialog = _asked(qtbot, window)
    QApplication.processEvents()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.sizeHint().width() <= 700  # not stretched across the screen
    dialog.grab().save(str(SHOTS / "profile_dialog.png"))
    window.grab().save(str(SHOTS / "profile_window.png"))


def _dana_and_ben(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, template: Path, settings: Any
) -> tuple[MainWindow, AppContext, MainWindow]:
    """Dana's window (Red Oregon) on ``ctx``, then Ben's (Beta Fund) on a second database,
    opened last: the process acts as Ben.  Close the second database after."""
    import shutil

    from coalition.store import open_database

    with ctx.db.session() as session:
        profiles.save_profile(session, profiles.ProfileInput("Dana", "d@example.org", "Red Oregon"))
    first = _open(qtbot, ctx)
    shutil.copyfile(template, tmp_path / "other.db")
    other_db = open_database(tmp_path / "other.db")
    with other_db.session() as session:
        profiles.save_profile(session, profiles.ProfileInput("Ben", "b@example.org", "Beta Fund"))
    other = AppContext(other_db, settings)
    return first, other, _open(qtbot, other)


def _credited(ctx: AppContext, summary: str) -> tuple[str, str]:
    from coalition.store.models import ChangeLog

    with ctx.reading() as session:
        made = session.query(ChangeLog).filter(ChangeLog.summary == summary).one()
    return made.actor, made.actor_org


def test_two_windows_on_two_databases_credit_each_its_own_organizer(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, migrated_template: Path, settings: Any
) -> None:
    first, other, second = _dana_and_ben(qtbot, ctx, tmp_path, migrated_template, settings)
    try:
        assert second.windowTitle().startswith("Ben (Beta Fund)")

        ctx.run(directory.create_organization, directory.OrganizationInput(name="Oregon Allies"))

        assert _credited(ctx, "Oregon Allies") == ("Dana", "Red Oregon")
        assert first.windowTitle().startswith("Dana (Red Oregon)")
    finally:
        second.close()
        other.db.close()


def test_a_closed_window_no_longer_lends_its_organizer_to_the_one_still_open(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, migrated_template: Path, settings: Any
) -> None:
    _first, other, second = _dana_and_ben(qtbot, ctx, tmp_path, migrated_template, settings)
    try:
        second.close()
        with ctx.reading():  # Dana's window at work again
            pass
        with other.reading():  # a timer of Ben's closed window, firing late
            pass
        # Work of Dana's window off its thread (a sync, an import) writes as the process acts.
        with ctx.db.session() as session:
            directory.create_organization(session, directory.OrganizationInput(name="Late"))
        assert _credited(ctx, "Late") == ("Dana", "Red Oregon")
    finally:
        other.db.close()


def test_a_delegate_is_chosen_in_the_dialog_and_acts_for_its_organization(
    qtbot: QtBot, sample_ctx: AppContext, organizer: Any
) -> None:
    _nobody(sample_ctx)
    window = _open(qtbot, sample_ctx)
    dialog = _asked(qtbot, window)
    roles = [dialog.role.itemData(i) for i in range(dialog.role.count())]
    assert roles == ["member", "delegate", "coordinator", "observer"]
    assert "ballot" in dialog.role.itemText(roles.index("delegate"))

    qtbot.keyClicks(dialog.name, "Dana Reyes")
    qtbot.keyClicks(dialog.email, "dana@example.org")
    dialog.role.setCurrentIndex(dialog.role.findData("delegate"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["organization"].text().startswith("A delegate acts for")

    dialog.organization.setCurrentIndex(dialog.organization.findText("Red Oregon"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible(), dialog.general_error.text()
    assert (organizer.actor, organizer.org, organizer.role) == (
        "Dana Reyes",
        "Red Oregon",
        "delegate",
    )
