"""The main window: a sidebar of areas, the area shown, menus, shortcuts and a status bar.

Areas are built the first time they are shown, so that opening a large database paints
the window without waiting for screens nobody has looked at yet.  The window can also
be made before its database is open (a shell: sidebar, menus, an empty area) and given
the database afterwards with :meth:`MainWindow.attach_database`: this module imports
neither SQLAlchemy nor the services until then, so a cold start paints at once.  The
shell does not touch PySide6's ``Qt`` namespace either (reading it builds its hundred
Python enums, 20 ms; so does a shortcut): its menus get their shortcuts with the
database, when their commands can run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from coalition import APP_NAME
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.ui.common import screenfit
from coalition.ui.common.controls import name_dialog_fields, name_fields
from coalition.ui.shell.areas import AREAS
from coalition.ui.shell.menus import SHORTCUTS, Shortcut, WindowMenus

if TYPE_CHECKING:
    from pathlib import Path

    from coalition.store.encryption import KeyMaterial
    from coalition.ui.common.context import AppContext


class WindowOwner(Protocol):
    """What opens main windows (:class:`coalition.ui.shell.app.Application`): a window that
    gives way to another (open another database, a restore, a key change) asks it."""

    def open_window(self, target: str, key: KeyMaterial | None = None) -> MainWindow: ...


USER_ROLE = 256  # Qt.ItemDataRole.UserRole, by value (see the module's docstring)
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
# What starts once the first area is on screen (sync, the calendar feed, the outbox) waits
# this long after its paint: the window's paint is flushed and on screen first, and the
# organizer's first look is not held up by modules that area does not use.
AFTER_PAINT_MS = 250
PAINT_PATIENCE_MS = 500  # then anyway, if no paint came (a window not shown)
SEARCH_KIND_AREA = {
    "organization": "organizations",
    "person": "people",
    "campaign": "campaigns",
    "draft": "drafts",
    "proposal": "decisions",
}


class _AfterPaint(QObject):
    """Calls ``then`` a moment after ``widget`` is next painted, or after
    :data:`PAINT_PATIENCE_MS` if no paint comes (a window not shown)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_PATIENCE_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(AFTER_PAINT_MS, self, self._go)
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            watched = self.parent()
            if watched is not None:
                watched.removeEventFilter(self)
            then()


class MainWindow(WindowMenus, QMainWindow):
    databaseAttached = Signal()  # the database is open and the current area shown

    def __init__(
        self,
        ctx: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        location: str = "",
        owner: WindowOwner | None = None,
    ):
        """A window on ``ctx``; or, without it, the shell of one on the database at
        ``location`` (its name only), until :meth:`attach_database`."""
        super().__init__(parent)
        name_dialog_fields()  # a screen reader hears each dialog's field by its label
        self.owner = owner  # opens the windows that take this one's place
        self.ctx: AppContext = None  # type: ignore[assignment]  # set by attach_database
        self.settings = ctx.settings if ctx is not None else (settings or QSettings())
        location = ctx.db.describe() if ctx is not None else location
        self.setWindowTitle(f"{APP_NAME} — {location}" if location else APP_NAME)
        self._screens: dict[str, QWidget] = {}
        #: The first area is shown with its data (as kept, or computed from the database).
        self.home_shown = False
        self._by_command = False  # an area shown by show_area, not by the sidebar's keys
        self._needs_database: list[QAction] = []  # enabled once the database is open
        self._shortcuts: list[
            tuple[QAction, list[Shortcut]]
        ] = []  # given once the database is open

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(1)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 5px 8px; }")
        self.sidebar.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        for area in AREAS:
            item = QListWidgetItem(self.tr(area.title))
            item.setData(USER_ROLE, area.key)
            item.setToolTip(f"{self.tr(area.tip)} ({SHORTCUTS[area.key]})")
            self.sidebar.addItem(item)
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(self.tr(a.title)) for a in AREAS)
        self.sidebar.setMinimumWidth(widest + 40)
        self.sidebar.setMaximumWidth(widest + 120)
        self.stack = QStackedWidget()
        self.welcome: QWidget | None = None

        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self.status_db = QLabel(location)
        self.status_db.setToolTip(self.tr("The database this window works on"))
        self.statusBar().addPermanentWidget(self.status_db)

        self.undo_group = QUndoGroup(self)  # the undo actions follow the open database's stack
        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._area_chosen)
        self._fitted = False  # fitted to the screen again once the frame is known
        self._restore()
        if ctx is not None:
            self.attach_database(ctx)
        else:
            self.statusBar().showMessage(
                self.tr("Opening {location}…").format(location=location)
                if location
                else self.tr("Opening…")
            )
            for action in self._needs_database:
                action.setEnabled(False)

    def attach_database(self, ctx: AppContext) -> None:
        """Work on ``ctx``'s database from now on, and show the area chosen in the shell."""
        self.ctx = ctx
        location = ctx.db.describe()
        from coalition.ui.shell import profiles

        acting = profiles.activate(ctx)  # every change from now on is credited to them
        self.update_title()
        ctx.changed.connect(lambda _tables: self.update_title())
        self.status_db.setText(location)
        self.statusBar().clearMessage()
        ctx.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ctx.error.connect(self.show_error)
        self.undo_group.addStack(ctx.undo_stack)
        self.undo_group.setActiveStack(ctx.undo_stack)
        for action in self._needs_database:
            action.setEnabled(True)
        for action, keys in self._shortcuts:
            action.setShortcuts([QKeySequence(key) for key in keys])
        self._shortcuts.clear()
        from coalition.ui.common import editing

        editing.gate_clicks(self.sidebar, self._sidebar_clicked)
        self._area_chosen(self.sidebar.currentRow())
        self.home_shown = True
        # Sync, the shared calendar and the outbox once the area is painted with its data:
        # their modules (the Calls screen's among them) would only make it wait.
        _AfterPaint(self.stack.currentWidget() or self, lambda: self._install_background(ctx))
        if not acting:  # asked once the window is up, before anything can be changed
            QTimer.singleShot(0, self, self.ask_who_is_using)
        self.databaseAttached.emit()

    def _install_background(self, ctx: AppContext) -> None:
        """The Sync menu and status, the shared calendar and its feed kept current, the
        outbox sent in the background and the Mail menu (each on a later turn)."""
        if ctx is not self.ctx or ctx.db.closed:  # another database meanwhile, or closed
            return
        from coalition.ui.sync.start import install_sync_soon

        install_sync_soon(self, ctx)
        from coalition.ui.calls.publishing import install_publishing_soon

        install_publishing_soon(self, ctx)
        from coalition.ui.mail.sender import install_mail_soon

        install_mail_soon(self, ctx)

    # --- who is at the keyboard (coalition.ui.shell.profiles) ----------------------------

    def update_title(self) -> None:
        """'Dana Reyes (Red Oregon) — Coalition — the database', or that nobody is set up."""
        from coalition.ui.shell.profiles import who_is_acting

        who = who_is_acting(self.ctx) or self.tr("Nobody set up (read only)")
        self.setWindowTitle(f"{who} — {APP_NAME} — {self.ctx.db.describe()}")

    def ask_who_is_using(self) -> QWidget | None:
        """The first-start question, unless someone was set up meanwhile (the sample)."""
        from coalition.ui.shell.profiles import ProfileDialog, who_is_acting

        if self.ctx is None or who_is_acting(self.ctx):
            return None
        dialog = ProfileDialog(self.ctx, self)
        dialog.finished.connect(lambda _result: self.update_title())
        dialog.open()
        return dialog

    def switch_profile(self) -> QWidget | None:
        """File → Switch profile…: after the edits typed so far are saved or discarded
        (the next organizer would otherwise save them under their own name)."""
        from coalition.ui.common import editing
        from coalition.ui.shell.profiles import SwitchProfileDialog

        if not editing.may_leave_all(self.unsaved_screens(), self):
            return None
        dialog = SwitchProfileDialog(self.ctx, self)
        dialog.finished.connect(lambda _result: self.update_title())
        dialog.open()
        return dialog

    # --- areas -------------------------------------------------------------------------

    def area(self, key: str) -> QWidget:
        """The screen of an area, built the first time it is asked for."""
        if key not in self._screens:
            area = next(a for a in AREAS if a.key == key)
            module_name, class_name = area.factory.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            self._add_screen(key, cls(self.ctx))
        widget = self._screens[key]
        if getattr(widget, "ctx", self) is None and self.ctx is not None:
            widget.attach(self.ctx)  # type: ignore[attr-defined]  # shown before the database
        return widget

    def _add_screen(self, key: str, widget: QWidget) -> None:
        widget.setObjectName(f"screen_{key}")
        if hasattr(widget, "restore_state"):
            widget.restore_state()
        if hasattr(widget, "openRequested"):
            widget.openRequested.connect(self.open_record)
        self._screens[key] = widget
        self.stack.addWidget(widget)

    def show_kept_home(self, path: Path, key: KeyMaterial | None) -> bool:
        """In the shell, before the database is open: show the dashboard as it was last
        computed, when that is still exactly the current data's (see
        :mod:`coalition.goals.snapshot`).  False when it is not (nothing is shown then)."""
        if self.ctx is not None or self.sidebar.currentRow() != 0:
            return False
        from coalition.goals import snapshot
        from coalition.ui.goals.screen import DashboardScreen, kept_context

        data = snapshot.kept(path, key, kept_context())
        if data is None:
            return False
        screen = DashboardScreen(None, settings=self.settings)
        screen.show_kept(data)
        self._add_screen(AREAS[0].key, screen)
        name_fields(screen)
        self.stack.setCurrentWidget(screen)
        # Shown and laid out now (what its widgets queued): its first paint shows it
        # whole, never a frame of it half placed.
        QApplication.sendPostedEvents()
        self.home_shown = True
        return True

    def show_area(self, key: str) -> QWidget:
        """Show the area ``key`` (asking first if the screen shown holds unsaved edits)."""
        row = next(i for i, a in enumerate(AREAS) if a.key == key)
        self._by_command = True  # not the sidebar's own keys: the screen takes the focus
        try:
            if self.sidebar.currentRow() != row:
                self.sidebar.setCurrentRow(row)  # calls _area_chosen
            else:
                self._area_chosen(row)
        finally:
            self._by_command = False
        return self.area(key)

    def go_to_area(self, key: str) -> bool:
        """:meth:`show_area`; False when the person chose to stay where they were."""
        screen = self.show_area(key)
        return self.stack.currentWidget() is screen

    def _area_chosen(self, row: int) -> None:
        if row < 0 or self.ctx is None:  # the shell shows its area once the database is open
            return
        from coalition.ui.common import editing

        area = AREAS[row]
        current = self.stack.currentWidget()
        if (
            current is not None
            and current is not self._screens.get(area.key)
            and not editing.may_leave(current, self)
        ):
            self._mark_area_of(current)
            return
        try:
            widget = self.area(area.key)
        except CoalitionError as exc:
            self.show_error(shown(exc))
            return
        switched = self.stack.currentWidget() is not widget
        name_fields(widget)
        self.stack.setCurrentWidget(widget)
        if switched:
            self._focus_screen(widget)
        self.statusBar().showMessage(self.tr(area.tip), 3000)

    def _mark_area_of(self, screen: QWidget) -> None:
        """Put the sidebar back on ``screen`` without showing it again."""
        key = next((k for k, w in self._screens.items() if w is screen), None)
        if key is None:
            return
        blocked = self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(next(i for i, a in enumerate(AREAS) if a.key == key))
        self.sidebar.blockSignals(blocked)

    def _sidebar_clicked(self, index: QModelIndex) -> bool:
        """Ask before a click in the sidebar leaves unsaved edits (see editing.gate_clicks)."""
        from coalition.ui.common import editing

        current = self.stack.currentWidget()
        if not index.isValid() or index.row() == self.sidebar.currentRow():
            return False
        if not isinstance(current, editing.HoldsUnsaved) or not current.has_unsaved():
            return False
        if editing.may_leave(current, self):
            self.sidebar.setCurrentRow(index.row())
        return True

    def _focus_screen(self, screen: QWidget) -> None:
        """Keys reach the screen just shown: its shortcuts (Ctrl+N) need the focus inside it.

        After Ctrl+1…Ctrl+9 the focus stays on a widget of the screen left, now hidden, or
        Qt hands it to whatever comes next (a filter box, where Ctrl+Z undoes typing, not
        the last change): the screen decides where it starts (its list).  A sidebar
        walked with the arrow keys keeps the focus; Ctrl+1…Ctrl+9 pressed there does not.
        """
        if self._by_command or QApplication.focusWidget() is not self.sidebar:
            screen.setFocus()

    def unsaved_screens(self) -> list[QWidget]:
        """The screens holding typed work not yet saved, the one shown first."""
        from coalition.ui.common import editing

        shown = self.stack.currentWidget()
        screens = sorted(self._screens.values(), key=lambda screen: screen is not shown)
        return [s for s in screens if isinstance(s, editing.HoldsUnsaved) and s.has_unsaved()]

    def open_record(self, kind: str, record_id: str) -> None:
        """Show a record wherever it was found (global search, the matrix, the map)."""
        key = SEARCH_KIND_AREA.get(kind, kind)
        if not self.go_to_area(key):
            return
        screen = self._screens[key]
        if record_id and hasattr(screen, "open_record"):  # no id: the area itself (the dashboard)
            screen.open_record(record_id)

    def propose_to_call(self, occurrence_id: str, call_title: str = "") -> QWidget | None:
        """Put a proposal to a call (the call's Decisions tab asks): the Decisions area
        shows, with the new proposal's dialog open on it."""
        if not self.go_to_area("decisions"):
            return None
        screen = self._screens["decisions"]
        new_proposal = getattr(screen, "new_proposal", None)
        if new_proposal is None:
            return None
        dialog: QWidget = new_proposal(occurrence_id, call_title)
        return dialog

    # --- undo and redo -----------------------------------------------------------------

    def replay(self, *, undo: bool) -> bool:
        """Undo (or redo) the last change, then show it: its area, its record, its name.

        The screen shown and the one the change is shown on pass the gate first, so that
        an editor never keeps text the undo has just replaced in the database (a later
        Save would quietly put it back).
        """
        from coalition.ui.common import editing
        from coalition.ui.shell import undoplace

        if self.ctx is None:
            return False
        stack = self.ctx.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return False
        command = stack.command(stack.index() - 1 if undo else stack.index())
        label = command.text()
        changeset = getattr(command, "changeset", None)
        place = undoplace.place_of(changeset, undo=undo) if changeset is not None else None
        holders = [self.stack.currentWidget()]
        if place is not None and place.area in self._screens:
            holders.append(self._screens[place.area])
        before = (stack.index(), stack.count())
        if not editing.may_leave_all(dict.fromkeys(h for h in holders if h is not None), self):
            return False
        if (stack.index(), stack.count()) != before:
            # The edits were saved: a change newer than the one asked about.
            self.statusBar().showMessage(
                self.tr("Saved your edits first; undo again to undo them.")
                if undo
                else self.tr("Saved your edits: there is nothing left to redo."),
                6000,
            )
            return False
        if undo:
            stack.undo()
        else:
            stack.redo()
        if stack.count() != before[1]:  # it could not be replayed; the error was shown
            return False
        if place is not None and self.go_to_area(place.area):
            screen = self._screens[place.area]
            if place.record_id and hasattr(screen, "open_record"):
                screen.open_record(place.record_id)
        text = self.tr("Undid: {label}") if undo else self.tr("Redid: {label}")
        self.statusBar().showMessage(text.format(label=label), 6000)
        return True

    # --- first start ---------------------------------------------------------------------

    def show_welcome_if_empty(self) -> None:
        from coalition.directory import records as directory

        with self.ctx.reading() as session:
            empty = directory.is_empty(session)
        if not empty or self.settings.value(self._welcome_key(), False, type=bool):
            return
        from coalition.ui.shell.welcome import WelcomePage

        self.welcome = WelcomePage(self.ctx)
        self.welcome.finished.connect(self._welcome_done)
        self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)

    def _welcome_key(self) -> str:
        """The welcome is answered once per database: a new empty file offers it again."""
        import hashlib

        digest = hashlib.sha1(self.ctx.db.describe().encode()).hexdigest()[:16]
        return f"welcome/dismissed/{digest}"

    def _welcome_done(self, choice: str) -> None:
        self.settings.setValue(self._welcome_key(), True)
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
        if choice == "import":
            self.import_csv()
        self._area_chosen(max(0, self.sidebar.currentRow()))

    # --- commands ----------------------------------------------------------------------

    def open_search(self) -> None:
        from coalition.ui.shell.searchdialog import SearchDialog

        dialog = SearchDialog(self.ctx, self)
        dialog.activated.connect(self.open_record)
        dialog.exec()

    def import_csv(self) -> None:
        from coalition.ui.directory.importdialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.exec()

    def export_csv(self) -> None:
        from coalition.ui.directory.exportcsv import export_csv_interactively

        export_csv_interactively(self.ctx, self)

    def export_calendar(self) -> None:
        from coalition.ui.calls.calendar_dialogs import export_calendar_interactively

        export_calendar_interactively(self.ctx, self)

    def import_calendar(self) -> None:
        from coalition.ui.calls.calendar_dialogs import import_calendar_interactively

        import_calendar_interactively(self.ctx, self)

    def restore_backup(self) -> None:
        from coalition.ui.security.restore import restore_interactively

        restore_interactively(self)

    def new_recovery_key(self) -> None:
        from coalition.ui.security.rekey import new_recovery_key_interactively

        new_recovery_key_interactively(self)

    def load_sample(self) -> None:
        from coalition import sample
        from coalition.sample.profile import act_as_sample_organizer

        try:
            with self.ctx.db.session() as session:  # explored as its coordinator, if nobody
                act_as_sample_organizer(session)
            summary = self.ctx.run(sample.load_sample, label="Load the sample coalition")
        except CoalitionError as exc:
            self.show_error(shown(exc))
            return
        self.ctx.message.emit(
            self.tr("Sample coalition loaded: {summary}. Undo with Ctrl+Z.").format(summary=summary)
        )

    def open_database(self) -> None:
        from coalition.ui.common import filedialogs

        here = self.ctx.db.path.parent if self.ctx.db.path is not None else None
        path = filedialogs.open_file(
            self,
            self.settings,
            "databases",
            self.tr("Open a Coalition database"),
            "Coalition databases (*.db);;All files (*)",
            first=here,
        )
        if not path:
            return
        if self.owner is None:
            return
        try:
            self.owner.open_window(path)
        except CoalitionError as exc:
            self.show_error(shown(exc))

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, APP_NAME, text)

    def show_about(self) -> None:
        from coalition.ui.shell.about import show_about

        show_about(self, self.ctx.db if self.ctx is not None else None, self.status_db.text())

    # --- remembered size and layout --------------------------------------------------------

    def _restore(self) -> None:
        settings = self.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # a first window: comfortable, but never larger than the screen it opens on
            self.resize(screenfit.first_size(self))
        screenfit.fit_on_screen(self)  # a geometry kept from a larger monitor comes back inside
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([self.sidebar.minimumWidth(), 1080])
        self.sidebar.setCurrentRow(0)  # the dashboard: every start begins at home

    def showEvent(self, event: QShowEvent) -> None:
        """Once shown, the window manager's frame is known: fit the whole window, frame and
        status bar included, inside the screen."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self, lambda: screenfit.fit_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        from coalition.ui.common import editing

        if not editing.may_leave_all(self.unsaved_screens(), self):
            event.ignore()
            return
        settings = self.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        row = self.sidebar.currentRow()
        if row >= 0:
            settings.setValue("window/area", AREAS[row].key)
        for screen in self._screens.values():
            if hasattr(screen, "save_state"):
                screen.save_state()
        settings.sync()
        home = self._screens.get(AREAS[0].key)
        if home is not None and hasattr(home, "keep_for_next_start"):
            self.hide()  # gone from the screen while the dashboard is kept for next time
            home.keep_for_next_start()
        if self.ctx is not None:  # (None: no database was attached)
            self.ctx.retire()
        event.accept()


def app_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
