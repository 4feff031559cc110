"""Every area read by a screen reader and walked by the keyboard: each control a person
can act on has a name a screen reader speaks (its text, the label it is the buddy of, or
an accessible name), and Tab reaches it (or the table it sits in)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.shell.mainwindow import AREAS, MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
)


def _interactive(widget: QWidget) -> bool:
    """A control a person acts on, not a part of another one (a combo box's or spin
    box's own line edit, a tab bar's scroll arrows, a field's clear button, a view's
    header or scroll bars)."""
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QHeaderView, QScrollBar)):
        return False
    parent = widget.parentWidget()
    return not isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit))


def _path(widget: QWidget, top: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        name = current.objectName() or type(current).__name__
        text = current.text() if isinstance(current, (QAbstractButton, QLineEdit)) else ""
        parts.append(f"{name}[{text}]" if text else name)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _walk(iface: QAccessibleInterface | None, seen: dict[int, QWidget]) -> None:
    """The widgets of the accessible tree under ``iface``, visible ones only."""
    if iface is None or not iface.isValid():
        return
    obj = iface.object()
    if isinstance(obj, QWidget):
        if not obj.isVisible() or id(obj) in seen:
            return
        seen[id(obj)] = obj
        if isinstance(obj, QAbstractItemView):
            return  # its cells are the view's own, reached through it
    for i in range(iface.childCount()):
        _walk(iface.child(i), seen)


def _inside_a_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def areas(window: MainWindow, qtbot: QtBot) -> dict[str, tuple[QWidget, list[QWidget]]]:
    """Each area shown in turn, with the controls its accessible tree holds."""
    found = {}
    for area in AREAS:
        screen = window.show_area(area.key)
        qtbot.wait(10)
        seen: dict[int, QWidget] = {}
        _walk(QAccessible.queryAccessibleInterface(screen), seen)
        found[area.key] = (screen, [w for w in seen.values() if _interactive(w)])
    return found


def test_every_control_of_every_area_has_a_name_a_screen_reader_speaks(
    areas: dict[str, tuple[QWidget, list[QWidget]]],
) -> None:
    unnamed = []
    for key, (screen, controls) in areas.items():
        assert controls, f"{key}: no control found in its accessible tree"
        for widget in controls:
            iface = QAccessible.queryAccessibleInterface(widget)
            name = iface.text(QAccessible.Text.Name).replace("&", "").strip()
            if not name:
                unnamed.append(f"{key}: {_path(widget, screen)}")
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)


def test_tab_reaches_every_enabled_control_of_every_area(
    areas: dict[str, tuple[QWidget, list[QWidget]]],
) -> None:
    unreachable = []
    for key, (screen, controls) in areas.items():
        for widget in controls:
            if not widget.isEnabled() or _inside_a_view(widget):
                continue
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                unreachable.append(f"{key}: {_path(widget, screen)}")
    assert not unreachable, "controls Tab never reaches:\n" + "\n".join(unreachable)


def test_a_field_in_a_form_is_named_by_its_label_and_a_search_field_by_its_hint(
    areas: dict[str, tuple[QWidget, list[QWidget]]],
) -> None:
    screen = areas["organizations"][0]
    editor = screen.editor  # type: ignore[attr-defined]
    assert editor.name.accessibleName() == "Name"
    assert editor.website.accessibleName() == "Website"
    assert editor.pages.table.accessibleName() == "Social pages"
    assert screen.view.accessibleName() == "Organizations"  # type: ignore[attr-defined]
    search = screen.findChild(QLineEdit, "listSearch")
    assert search.accessibleName() == search.placeholderText() != ""


def test_the_charts_and_the_graph_read_out_the_numbers_they_draw(window: MainWindow) -> None:
    dash = window.show_area("dashboard")
    charts = dash.charts  # type: ignore[attr-defined]
    drawn = [chart for chart in charts if chart.status.points]
    assert drawn, "the sample has goals with recorded values"
    for chart in drawn:
        day, value = chart.status.points[-1]
        description = chart.accessibleDescription()
        assert chart.status.progress_text() in description
        assert f"{formatting.date(day)}: {formatting.number(value)}." in description
    dash.tabs.setCurrentWidget(dash.graph_tab)  # type: ignore[attr-defined]
    graph = dash.graph_data  # type: ignore[attr-defined]
    campaigns = sum(1 for node in graph.nodes if node.kind == "campaign")
    description = dash.graph_view.accessibleDescription()  # type: ignore[attr-defined]
    assert f"Campaigns: {campaigns}." in description
    assert f"Endorsements: {sum(e.kind == 'endorsement' for e in graph.edges)}." in description


def test_a_status_shown_in_colour_is_also_written(
    areas: dict[str, tuple[QWidget, list[QWidget]]],
) -> None:
    """Every coloured cell or row (a background, a swatch) carries text beside its colour."""
    coloured, silent = 0, []
    for key, (screen, _controls) in areas.items():
        for view in screen.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or isinstance(view, QHeaderView):
                continue
            for row in range(min(model.rowCount(), 60)):
                column = 0
                while (index := model.index(row, column)).isValid():
                    column += 1
                    roles = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole)
                    if all(index.data(role) is None for role in roles):
                        continue
                    coloured += 1
                    if not str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip():
                        silent.append(f"{key}: {_path(view, screen)} row {row} column {column}")
    assert coloured, "the sample shows statuses in colour somewhere"
    assert not silent, "colour without text:\n" + "\n".join(silent)


# --- the dialogs ----------------------------------------------------------------------------


def _dialogs(ctx: AppContext, window: MainWindow) -> dict[str, QWidget]:
    """One of each of the app's dialogs, made as the window makes them (new, not editing)."""
    from coalition.directory.records import MembershipInput
    from coalition.ui.calls.actions import ActionItemDialog
    from coalition.ui.calls.calendar_dialogs import ExportCalendarDialog
    from coalition.ui.calls.series_dialog import SeriesDialog
    from coalition.ui.decisions.dialog import ProposalDialog
    from coalition.ui.decisions.proxies import GiveProxyDialog
    from coalition.ui.directory.people import MembershipDialog
    from coalition.ui.drafts.dialogs import DraftDialog
    from coalition.ui.endorsements.endorsementdialog import EndorsementDialog
    from coalition.ui.events.review import ReviewDialog
    from coalition.ui.goals.batches import PetitionBatchesDialog
    from coalition.ui.goals.dialogs import GoalDialog
    from coalition.ui.goals.tallies import RegistrationsDialog
    from coalition.ui.mail.account_dialog import MailAccountDialog
    from coalition.ui.shell.about import show_about
    from coalition.ui.shell.profiles import ProfileDialog
    from coalition.ui.sync.bundles import ExportBundleDialog, ImportBundleDialog
    from coalition.ui.sync.server_dialog import ServerDialog

    made: dict[str, QWidget] = {
        "goal": GoalDialog(ctx, parent=window),
        "call series": SeriesDialog(ctx, parent=window),
        "draft": DraftDialog(ctx, parent=window),
        "proposal": ProposalDialog(ctx, window),
        "endorsement": EndorsementDialog(ctx, parent=window),
        "action item": ActionItemDialog(ctx, parent=window),
        "membership": MembershipDialog(
            ctx, "Ana Reyes", MembershipInput(person_id="", organization_id=""), None, window
        ),
        "mail account": MailAccountDialog(ctx, window),
        "sync server": ServerDialog(ctx, window),
        "profile": ProfileDialog(ctx, window),
        "export changes": ExportBundleDialog(ctx, window),
        "import changes": ImportBundleDialog(ctx, window),
        "export calendar": ExportCalendarDialog(ctx, window),
        "give a proxy": GiveProxyDialog(ctx, window),
        "petition batches": PetitionBatchesDialog(ctx, parent=window),
        "registrations and pledges": RegistrationsDialog(ctx, parent=window),
        "sign-up review": ReviewDialog(ctx, window),
    }
    about = show_about(window, ctx.db)
    made["about"] = about
    return made


@pytest.fixture
def dialogs(
    window: MainWindow, sample_ctx: AppContext, qtbot: QtBot
) -> Iterator[dict[str, tuple[QWidget, list[QWidget]]]]:
    found = {}

    def walk(key: str, dialog: QWidget) -> None:
        seen: dict[int, QWidget] = {}
        _walk(QAccessible.queryAccessibleInterface(dialog), seen)
        found[key] = (dialog, [w for w in seen.values() if _interactive(w)])

    # A new organization, person or campaign is written in the list screen's own form.
    for key in ("organizations", "people", "campaigns"):
        screen = window.show_area(key)
        screen.new_record()  # type: ignore[attr-defined]
        qtbot.wait(10)
        walk(f"new {key}", screen.editor)  # type: ignore[attr-defined]
    made = _dialogs(sample_ctx, window)
    for key, dialog in made.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        walk(key, dialog)
    yield found
    for dialog in made.values():
        if isinstance(dialog, QDialog):
            dialog.reject()


def test_every_dialog_names_its_controls_and_tab_reaches_them(
    dialogs: dict[str, tuple[QWidget, list[QWidget]]],
) -> None:
    unnamed, unreachable = [], []
    for key, (dialog, controls) in dialogs.items():
        assert controls, f"{key}: no control found in its accessible tree"
        for widget in controls:
            iface = QAccessible.queryAccessibleInterface(widget)
            if not iface.text(QAccessible.Text.Name).replace("&", "").strip():
                unnamed.append(f"{key}: {_path(widget, dialog)}")
            if (
                widget.isEnabled()
                and not _inside_a_view(widget)
                and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                unreachable.append(f"{key}: {_path(widget, dialog)}")
    assert not unnamed, "dialog controls without an accessible name:\n" + "\n".join(unnamed)
    assert not unreachable, "dialog controls Tab never reaches:\n" + "\n".join(unreachable)


def _tab_order(dialog: QWidget) -> list[QWidget]:
    """The controls Tab visits in ``dialog``, from its first, once round."""
    order: list[QWidget] = []
    start = dialog.nextInFocusChain()
    widget = start
    while True:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and _interactive(widget)
            and dialog.isAncestorOf(widget)
        ):
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start or widget is dialog:
            return order


def _out_of_visual_order(dialog: QWidget) -> list[str]:
    """Where Tab goes up, or left on the same line: the tab order should read the dialog
    as its labels are read, top to bottom and left to right (the OK and Cancel row aside,
    whose order each platform sets)."""
    order = [w for w in _tab_order(dialog) if not isinstance(w.parentWidget(), QDialogButtonBox)]
    wrong = []
    for before, after in itertools.pairwise(order):
        a = before.mapTo(dialog, before.rect().center())
        b = after.mapTo(dialog, after.rect().center())
        a_top, b_top = (
            before.mapTo(dialog, before.rect().topLeft()),
            after.mapTo(dialog, after.rect().topLeft()),
        )
        same_line = abs(a.y() - b.y()) < min(before.height(), after.height()) / 2
        if (same_line and b.x() < a.x()) or (not same_line and b_top.y() < a_top.y()):
            wrong.append(f"{_path(before, dialog)} → {_path(after, dialog)}")
    return wrong


@pytest.mark.parametrize(
    "key",
    ["goal", "call series", "draft", "sync server", "mail account", "profile", "export changes"],
)
def test_tab_follows_the_dialog_from_top_to_bottom_and_left_to_right(
    dialogs: dict[str, tuple[QWidget, list[QWidget]]], key: str
) -> None:
    dialog = dialogs[key][0]
    assert len(_tab_order(dialog)) > 2
    wrong = _out_of_visual_order(dialog)
    assert not wrong, f"{key}: Tab goes back against the reading order:\n" + "\n".join(wrong)


def test_the_list_of_areas_is_named(window: MainWindow) -> None:
    """A screen reader says what the sidebar is before reading its first area."""
    iface = QAccessible.queryAccessibleInterface(window.sidebar)
    assert iface is not None and iface.text(QAccessible.Text.Name) == "Areas"
