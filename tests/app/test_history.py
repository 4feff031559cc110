"""History…: a record's audit trail, from the editor."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.ui.common.context import AppContext
from coalition.ui.common.history import HistoryDialog
from coalition.ui.directory.organizations import OrganizationsScreen

SHOTS = Path(os.environ.get("COALITION_SCREENSHOTS", "/tmp"))


def test_history_shows_who_changed_what_and_the_parts_changed_with_it(
    qtbot: QtBot, ctx: AppContext, organizer: Any
) -> None:
    organizer.org = "Red Oregon"  # the organization the organizer acts for
    org = ctx.run(
        directory.create_organization,
        directory.OrganizationInput(name="Yes California", tags=["founding partner"]),
    )
    with ctx.reading() as session:
        data = directory.organization_input(directory.get_organization(session, org.id))
    data.website = "https://yescalifornia.example.org"
    data.tags = ["founding partner", "ballot initiative"]
    ctx.run(directory.update_organization, org.id, data)

    dialog = HistoryDialog(ctx, "organization", org.id, "Yes California")
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    headlines = [r.text(2) for r in rows]
    assert "Organization changed" in headlines and "Organization added" in headlines
    assert "Tag added: ballot initiative" in headlines
    changed = rows[headlines.index("Organization changed")]
    assert (changed.child(0).text(2), changed.child(0).text(3), changed.child(0).text(4)) == (
        "website",
        "—",
        "https://yescalifornia.example.org",
    )
    # Who, for which organization; the computer is named, never the computer's login.
    assert {r.text(1) for r in rows} == {"Test Organizer (Red Oregon)"}
    assert rows[0].toolTip(1) == (
        f"Test Organizer, for Red Oregon, on the computer {organizer.device}"
    )
    said = dialog.findChildren(QLabel)[1].text()
    by = f"by Test Organizer (Red Oregon) on {organizer.device}"
    assert said == f"4 changes, {by}. Times are this computer's."
    dialog.grab().save(str(SHOTS / "history.png"))


def test_the_editor_opens_the_history_of_the_record_it_shows(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    screen = OrganizationsScreen(sample_ctx)
    qtbot.addWidget(screen)
    assert not screen.editor.history_button.isVisibleTo(screen)  # a new record has none
    screen.view.selectRow(0)
    assert screen.editor.history_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.editor.history_button, Qt.MouseButton.LeftButton)
    dialog = screen.editor.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.tree.topLevelItem(0).text(2).startswith("Organization added") or dialog.entries
    dialog.close()
