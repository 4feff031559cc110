"""Sharing through the coalition server, in the window.

:class:`SyncController`: the Sync menu, the status-bar label ("Synced 10:42", "3 changes
waiting", "Offline", "2 conflicts"), a sync in a worker thread with its progress, and an
automatic sync every few minutes while a server is set up and its password known.  An
automatic sync never opens a dialog: what went wrong is in the label's tooltip.  The
dialogs it opens are in :mod:`coalition.ui.sync.server_dialog`,
:mod:`coalition.ui.sync.conflicts` and :mod:`coalition.ui.sync.bundles`.

:func:`install_sync` puts all of it into a main window once its database is open.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QProgressBar, QSizePolicy

from coalition.common import clock
from coalition.sync.connection import ServerProfile, close_kept, load_profile, password_for
from coalition.sync.run import SyncReport, status, sync
from coalition.ui.common import editing, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import sentence
from coalition.ui.common.widgets import MUTED_STYLE
from coalition.ui.sync.common import ClickableLabel, Job, all_tables, when
from coalition.ui.sync.conflicts import ConflictsDialog
from coalition.ui.sync.server_dialog import PasswordDialog, ServerDialog
from coalition.ui.sync.suggestions import SuggestionsDialog

SYNC_EVERY_MS = 5 * 60 * 1000  # the automatic sync, while a server is set up
FIRST_SYNC_AFTER_MS = 20 * 1000  # the first one, once the window has settled
UNSAVED_RETRY_MS = 30 * 1000  # an automatic sync put off while an editor holds unsaved edits
STATUS_DEBOUNCE_MS = 250  # counting what waits after a burst of changes, once
STATUS_LABEL_WIDTH = 300  # the status-bar label's widest; longer texts are elided
SYNC_SHORTCUT = "F5"
CONFLICT_STYLE = "color: #a04000; font-weight: bold;"


class SyncController(QObject):
    """Syncs the window's database with the coalition server, by hand or every few minutes."""

    synced = Signal(object)  # the SyncReport of a sync that went through
    syncFailed = Signal(str)

    def __init__(self, window: QMainWindow, ctx: AppContext):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.job: Job | None = None
        self._interactive = False
        self.offline_reason = ""
        self.conflicts_dialog: ConflictsDialog | None = None
        self.suggestions_dialog: SuggestionsDialog | None = None
        self.server_dialog: ServerDialog | None = None
        self._conflicts = 0

        bar = window.statusBar()
        self.stage = QLabel()
        self.stage.setObjectName("syncStage")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.label = ClickableLabel(widest=STATUS_LABEL_WIDTH)
        self.label.setObjectName("syncStatus")
        self.label.setMaximumWidth(STATUS_LABEL_WIDTH)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.clicked.connect(self._label_clicked)
        for position, widget in enumerate((self.stage, self.progress, self.label)):
            bar.insertPermanentWidget(position, widget)
        self.stage.hide()
        self.progress.hide()

        self.sync_action = QAction(self.tr("Sync &now"), window)
        self.sync_action.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.sync_action.setStatusTip(
            self.tr("Send your changes to the coalition server and bring the others' (F5)")
        )
        self.sync_action.triggered.connect(self.sync_now)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), window)
        self.conflicts_action.setStatusTip(
            self.tr("What two organizers changed alike, and what was kept")
        )
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.suggestions_action = QAction(self.tr("Su&ggestions…"), window)
        self.suggestions_action.setStatusTip(
            self.tr("Changes organizers may not make themselves, sent to the coordinators")
        )
        self.suggestions_action.triggered.connect(self.open_suggestions)
        self.server_action = QAction(self.tr("Coalition &server…"), window)
        self.server_action.setStatusTip(
            self.tr("The server this laptop syncs with, and its password")
        )
        self.server_action.triggered.connect(self.open_settings)
        for action in (self.sync_action, self.conflicts_action, self.server_action):
            window.addAction(action)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.auto_sync)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(STATUS_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        ctx.changed.connect(self._changed)  # a bound slot: let go of when this goes
        window.installEventFilter(self)
        self.refresh()
        self._schedule(FIRST_SYNC_AFTER_MS)

    # --- the status label ---------------------------------------------------------------------

    def _changed(self, _tables: set[str]) -> None:
        self._debounce.start()

    def running(self) -> bool:
        return self.job is not None

    def refresh(self) -> None:
        """Say where this laptop stands: what waits, when it last synced, conflicts."""
        self._debounce.stop()
        with self.ctx.reading() as session:
            profile = load_profile(session)
            # Counting the waiting changes reads them: not for a laptop that shares nothing.
            state = status(session) if profile is not None else None
        if profile is None or state is None:
            self._conflicts = 0
            self.label.set_full_text(
                self.tr("Not shared"),
                self.tr(
                    "This laptop keeps its data to itself. To share it with the coalition, "
                    "set up the server in Sync → Coalition server…"
                ),
            )
            self.label.setStyleSheet(MUTED_STYLE)
            self.sync_action.setEnabled(True)
            return
        self._conflicts = state.conflicts
        parts: list[str] = []
        tip: list[str] = [self.tr("Coalition server: {server}").format(server=profile.describe())]
        if self.running():
            parts.append(self.tr("Syncing…"))
        if state.waiting:
            waiting = (
                self.tr("1 change waiting")
                if state.waiting == 1
                else self.tr("{n} changes waiting")
            )
            parts.append(waiting.format(n=formatting.number(state.waiting)))
        if state.conflicts:
            conflicts = self.tr("1 conflict") if state.conflicts == 1 else self.tr("{n} conflicts")
            parts.append(conflicts.format(n=formatting.number(state.conflicts)))
        if self.offline_reason and not self.running():
            offline = self.tr("Offline: {reason}").format(reason=self.offline_reason)
            parts.append(offline)  # last: the part cut when long
            tip.append(offline)
        if not parts:
            parts.append(
                self.tr("Synced {when}").format(when=self._short(state.last_sync))
                if state.last_sync
                else self.tr("Not synced yet")
            )
        if state.last_sync:
            tip.append(self.tr("Last synced {when}.").format(when=when(state.last_sync)))
        if state.conflicts:
            tip.append(self.tr("Click to review the conflicts."))
        else:
            tip.append(self.tr("Click to sync now ({shortcut}).").format(shortcut=SYNC_SHORTCUT))
        self.label.set_full_text(" · ".join(parts), "\n".join(tip))
        if state.conflicts:
            self.label.setStyleSheet(CONFLICT_STYLE)
        elif self.offline_reason:
            self.label.setStyleSheet(error_style())
        else:
            self.label.setStyleSheet("")

    @staticmethod
    def _short(at: dt.datetime) -> str:
        local = at.astimezone()
        if local.date() == clock.local_now().date():
            return formatting.time(local)
        return f"{formatting.day_month(local.date())} {formatting.time(local)}"

    def _label_clicked(self) -> None:
        if self._conflicts:
            self.open_conflicts()
        else:
            self.sync_now()

    # --- syncing ------------------------------------------------------------------------------

    def _profile(self) -> ServerProfile | None:
        with self.ctx.reading() as session:
            return load_profile(session)

    def unsaved(self) -> list[object]:
        """The window's screens holding typed edits not yet saved (see editing.HoldsUnsaved)."""
        screens = getattr(self.window, "unsaved_screens", None)
        return list(screens()) if callable(screens) else []

    def sync_now(self) -> None:
        """The menu's Sync now: asks what is missing (the server, its password) first.

        Unsaved edits are saved or answered for first: what comes in may change the
        record being edited, and a later Save would then write the old text over it.
        """
        if self.running():
            self.ctx.message.emit(self.tr("A sync is already running."))
            return
        if not editing.may_leave_all(self.unsaved(), self.window):
            return
        profile = self._profile()
        if profile is None:
            self.open_settings(modal=True)
            profile = self._profile()
            if profile is None:
                return
        password = password_for(profile)
        if password is None:
            password = self.ask_password(profile)
            if password is None:
                return
        self._start(profile, password, interactive=True)

    def ask_password(self, profile: ServerProfile) -> str | None:
        dialog = PasswordDialog(profile, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.keep()

    def auto_sync(self) -> None:
        """The timer's sync: only when nothing needs asking, and never with a dialog."""
        if self.running():
            return
        if self.unsaved():  # never under an editor's feet: once its edits are saved or dropped
            self._schedule(UNSAVED_RETRY_MS)
            return
        profile = self._profile()
        password = password_for(profile) if profile is not None else None
        if profile is None or password is None:
            self._schedule()
            return
        self._start(profile, password, interactive=False)

    def _schedule(self, after_ms: int = SYNC_EVERY_MS) -> None:
        self.timer.start(after_ms)

    def _start(self, profile: ServerProfile, password: str, *, interactive: bool) -> None:
        self.timer.stop()  # no automatic sync while this one runs
        self._interactive = interactive
        db = self.ctx.db
        job = Job(lambda progress: sync(db, profile, password, progress), password)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        self.job = job
        self.stage.setText(self.tr("Connecting…"))
        self.stage.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.refresh()
        job.start()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(
            self.tr("{stage} {done} of {total}").format(
                stage=stage, done=formatting.number(done), total=formatting.number(total)
            )
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end_job(self) -> None:
        if self.job is not None:
            self.job.wait()  # it signalled as its last act: this returns at once
            self.job.deleteLater()
            self.job = None
        self.stage.hide()
        self.progress.hide()
        self._schedule()

    def _succeeded(self, report: SyncReport) -> None:
        self._end_job()
        self.offline_reason = ""
        if report.received or report.conflicts:
            self.ctx.changed.emit(all_tables())  # every screen shows what came in
        self.refresh()
        self.ctx.message.emit(report.sentence())
        self.synced.emit(report)

    def _failed(self, reason: str) -> None:
        self._end_job()
        self.offline_reason = sentence(reason)
        self.refresh()
        self.ctx.message.emit(self.tr("Offline: {reason}").format(reason=self.offline_reason))
        self.syncFailed.emit(self.offline_reason)

    def wait(self) -> None:
        """Let a running sync end (before the window closes: never cut a thread off)."""
        if self.job is not None:
            self.window.statusBar().showMessage(self.tr("Finishing the sync…"))
            self.job.wait()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.wait()
            close_kept()  # the server's connection a sync kept for the next one
        return False

    # --- dialogs ------------------------------------------------------------------------------

    def open_settings(self, _checked: bool = False, *, modal: bool = False) -> ServerDialog:
        dialog = ServerDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        self.server_dialog = dialog
        dialog.finished.connect(self._settings_closed)
        if modal:
            dialog.exec()
        else:
            dialog.open()
        return dialog

    def _settings_closed(self, _result: int) -> None:
        self.server_dialog = None

    def _settings_saved(self) -> None:
        self.offline_reason = ""
        self.refresh()
        self._schedule(FIRST_SYNC_AFTER_MS)

    def open_conflicts(self) -> ConflictsDialog:
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.ctx, self.window)
        self.conflicts_dialog.refresh()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        return self.conflicts_dialog

    def open_suggestions(self) -> SuggestionsDialog:
        if self.suggestions_dialog is None:
            self.suggestions_dialog = SuggestionsDialog(self.ctx, self.window)
        self.suggestions_dialog.refresh()
        self.suggestions_dialog.show()
        self.suggestions_dialog.raise_()
        return self.suggestions_dialog


def install_sync(window: QMainWindow, ctx: AppContext) -> SyncController:
    """The Sync menu (before Help), its shortcut and the status-bar label, on ``window``."""
    existing = getattr(window, "sync_controller", None)
    if isinstance(existing, SyncController):
        return existing
    controller = SyncController(window, ctx)
    bar = window.menuBar()
    menu = bar.addMenu(QCoreApplication.translate("Controller", "&Sync"))
    menu.setObjectName("syncMenu")
    help_menu = next(
        (a for a in bar.actions() if a.menu() is not None and a.menu().objectName() == "helpMenu"),
        None,
    )
    if help_menu is not None:
        bar.insertMenu(help_menu, menu)
    menu.addAction(controller.sync_action)
    menu.addAction(controller.conflicts_action)
    menu.addAction(controller.suggestions_action)
    menu.addSeparator()
    menu.addAction(controller.server_action)
    menu.addSeparator()
    export_action = menu.addAction(QCoreApplication.translate("Controller", "&Export changes…"))
    export_action.setObjectName("exportBundle")
    export_action.setStatusTip(
        QCoreApplication.translate(
            "Controller",
            "Write this laptop's changes to an encrypted file, for a group with no server",
        )
    )
    export_action.triggered.connect(lambda: _bundle_dialog(window, ctx, export=True))
    import_action = menu.addAction(QCoreApplication.translate("Controller", "&Import changes…"))
    import_action.setObjectName("importBundle")
    import_action.setStatusTip(
        QCoreApplication.translate(
            "Controller", "Merge the changes in a file another organizer exported"
        )
    )
    import_action.triggered.connect(lambda: _bundle_dialog(window, ctx, export=False))
    window.sync_controller = controller  # type: ignore[attr-defined]
    return controller


def _bundle_dialog(window: QMainWindow, ctx: AppContext, *, export: bool) -> None:
    from coalition.ui.sync.bundles import ExportBundleDialog, ImportBundleDialog

    dialog = (ExportBundleDialog if export else ImportBundleDialog)(ctx, window)
    if dialog.exec() and dialog.result_text:
        window.statusBar().showMessage(dialog.result_text, 10000)
        controller = getattr(window, "sync_controller", None)
        if isinstance(controller, SyncController):
            controller.refresh()
