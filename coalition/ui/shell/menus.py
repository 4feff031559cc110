"""The main window's menus, their shortcuts, and the list of shortcuts F1 shows.

A part of :class:`~coalition.ui.shell.mainwindow.MainWindow` kept in a file of its own: the
menus call the window's commands (open a database, import, undo, show an area), which the
window defines.  A command that needs the database is disabled until it is open, and gets
its shortcut then (see the main window's docstring: a shortcut builds Qt's enums).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenuBar, QMessageBox

from coalition import APP_NAME
from coalition.ui.common.formatting import menu_text
from coalition.ui.common.parts import WidgetPart
from coalition.ui.shell.areas import AREAS
from coalition.ui.shell.language import language_menu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# A menu command's shortcut: "Ctrl+I", or the platform's own (QKeySequence.StandardKey.Open).
Shortcut = str | QKeySequence.StandardKey
# The dashboard is the home, Ctrl+0; the areas after it keep Ctrl+1 … Ctrl+9; the areas
# past the tenth have a key of their own (Ctrl+Shift+T: the table at an event).
EXTRA_SHORTCUTS = {"events": "Ctrl+Shift+T"}
SHORTCUTS = {
    area.key: EXTRA_SHORTCUTS.get(area.key, f"Ctrl+{number}") for number, area in enumerate(AREAS)
}


class WindowMenus(WidgetPart):
    """File, Edit, View and Help, built once; the window runs what they name."""

    settings: QSettings
    undo_group: QUndoGroup
    undo_action: QAction
    redo_action: QAction
    _needs_database: list[QAction]
    _shortcuts: list[tuple[QAction, list[Shortcut]]]

    # The window's commands, which the menus call.
    open_database: Callable[[], None]
    import_csv: Callable[[], None]
    export_csv: Callable[[], None]
    import_calendar: Callable[[], None]
    export_calendar: Callable[[], None]
    load_sample: Callable[[], None]
    switch_profile: Callable[[], QWidget | None]
    restore_backup: Callable[[], None]
    new_recovery_key: Callable[[], None]
    open_search: Callable[[], None]
    show_about: Callable[[], None]
    replay: Callable[..., bool]
    show_area: Callable[[str], QWidget]
    menuBar: Callable[[], QMenuBar]  # the window is a QMainWindow

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: Shortcut | list[Shortcut] | tuple[Shortcut, ...] | None = None,
        tip: str = "",
        database: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if database:
            self._needs_database.append(action)
        if shortcut is not None:
            self._shortcuts.append(
                (action, list(shortcut) if isinstance(shortcut, (list, tuple)) else [shortcut])
            )
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._build_file_menu(bar)
        self._build_edit_menu(bar)
        self._build_view_menu(bar)
        self._build_help_menu(bar)

    def _build_file_menu(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(
            self._action(
                self.tr("&Open database…"), self.open_database, QKeySequence.StandardKey.Open
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Import contacts from CSV…"), self.import_csv, "Ctrl+I")
        )
        file_menu.addAction(
            self._action(self.tr("&Export to CSV…"), self.export_csv, "Ctrl+Shift+E")
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("Import a c&alendar (.ics)…"), self.import_calendar)
        )
        export_calendar = self._action(
            self.tr("Export the &calendar (.ics)…"), self.export_calendar, "Ctrl+Shift+C"
        )
        export_calendar.setObjectName("exportCalendar")  # the calendar's commands follow it
        file_menu.addAction(export_calendar)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Load the &sample coalition"), self.load_sample))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("Switch &profile…"),
                self.switch_profile,
                tip=self.tr("Who is using this laptop: switch to another organizer, or add one"),
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Restore from backup…"),
                self.restore_backup,
                tip=self.tr("Put a daily backup back in the place of this database"),
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("New recovery &key…"),
                self.new_recovery_key,
                tip=self.tr("Encrypt the database and its backups under a new key"),
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, database=False
            )
        )

    def _build_edit_menu(self, bar: QMenuBar) -> None:
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        # Not the undo group's own actions: undo and redo pass the gate of unsaved work,
        # then show what they changed (see replay).
        undo = QAction(self.tr("&Undo"), self)
        redo = QAction(self.tr("&Redo"), self)
        undo.triggered.connect(lambda _checked=False: self.replay(undo=True))
        redo.triggered.connect(lambda _checked=False: self.replay(undo=False))
        for action in (undo, redo):
            action.setEnabled(False)
        self.undo_group.canUndoChanged.connect(undo.setEnabled)
        self.undo_group.canRedoChanged.connect(redo.setEnabled)
        self.undo_group.undoTextChanged.connect(
            lambda text: undo.setText(
                self.tr("&Undo {label}").format(label=text) if text else self.tr("&Undo")
            )
        )
        self.undo_group.redoTextChanged.connect(
            lambda text: redo.setText(
                self.tr("&Redo {label}").format(label=text) if text else self.tr("&Redo")
            )
        )
        self._shortcuts += [
            (undo, [QKeySequence.StandardKey.Undo]),
            (redo, ["Ctrl+Shift+Z", "Ctrl+Y"]),
        ]
        self.undo_action, self.redo_action = undo, redo
        for action in (undo, redo):
            self.addAction(action)
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                self.tr("&Find anything…"),
                self.open_search,
                "Ctrl+K",
                self.tr("Search organizations, people, campaigns, drafts and proposals"),
            )
        )

    def _build_view_menu(self, bar: QMenuBar) -> None:
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        for area in AREAS:
            view_menu.addAction(
                self._action(
                    menu_text(self.tr(area.title)),
                    lambda _c=False, k=area.key: self.show_area(k),
                    SHORTCUTS[area.key],
                )
            )
        view_menu.addSeparator()
        view_menu.addMenu(language_menu(self, self.settings))

    def _build_help_menu(self, bar: QMenuBar) -> None:
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(
            self._action(self.tr("&User guide"), self.show_guide, "F1", database=False)
        )
        help_menu.addAction(
            self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, database=False)
        )
        help_menu.addAction(
            self._action(
                self.tr("&About {app}").format(app=APP_NAME), self.show_about, database=False
            )
        )

    def show_guide(self) -> None:
        from coalition.ui.shell.guide import open_guide

        open_guide(self)

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+K", self.tr("Find anything")),
            ("Ctrl+0", self.tr("The dashboard")),
            ("Ctrl+1 … Ctrl+9", self.tr("Go to an area")),
            ("Ctrl+Shift+T", self.tr("Events: shifts and the sign-up table")),
            (
                "Ctrl+N",
                self.tr("New record in the current list; the cursor starts in its first field"),
            ),
            ("F2 / Enter", self.tr("Edit the selected record")),
            ("Ctrl+S", self.tr("Save the record being edited")),
            ("Delete", self.tr("Delete the selected record (asks first)")),
            ("Ctrl+Z", self.tr("Undo, showing the record it changed")),
            ("Ctrl+Shift+Z / Ctrl+Y", self.tr("Redo, showing the record it changed")),
            ("Ctrl+I", self.tr("Import contacts from CSV")),
            ("Ctrl+Shift+E", self.tr("Export to CSV")),
            ("Ctrl+Shift+C", self.tr("Export the calendar (.ics)")),
            ("Ctrl+Shift+P", self.tr("Proxies given between organizations (Decisions)")),
            ("Ctrl+O", self.tr("Open another database")),
            ("Ctrl+Shift+M", self.tr("The mail outbox: what waits, what went, what failed")),
            (
                "F5",
                self.tr(
                    "Sync with the coalition server (saving or asking about unsaved edits first)"
                ),
            ),
            ("F1", self.tr("The user guide")),
        ]
        html = (
            "<table>"
            + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )
        html += (
            "<p>"
            + self.tr(
                "Leaving a record with unsaved edits (another row, another area, Ctrl+K, closing) "
                "asks whether to save them."
            )
            + "</p>"
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), html)
