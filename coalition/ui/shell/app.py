"""Starting the desktop application.

The window comes first.  :func:`start_window` shows the main window's shell (sidebar,
menus, an empty area, "Opening …" in the status bar) before SQLAlchemy or any service is
imported.  Once that shell is painted the file is unlocked; the dashboard is shown as
it was last computed when that is still the current data's (read without SQLAlchemy: see
:mod:`coalition.goals.snapshot`), and painted; then :func:`_open_after_paint` opens the
database, the one place where a database is opened at start, and fills the area (the
dashboard computed again, shown anew only where it differs).
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coalition import APP_NAME
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.ui.shell import identity
from coalition.ui.shell.mainwindow import MainWindow

if TYPE_CHECKING:
    from coalition.store.database import Database
    from coalition.store.encryption import KeyMaterial

FIRST_PAINT_PATIENCE_MS = 500  # open the database anyway if no paint came (a hidden window)
LOADING_POLL_MS = 15  # how often a window showing a kept dashboard looks if it can open

# What opening the database and filling the home area import: read on another thread
# while the shell is built and painted, which is Qt's own work and leaves the interpreter
# free most of the time.  Neither SQLAlchemy nor the services touch Qt.
WARM_MODULES = (
    "coalition.store.database",
    "coalition.store.instance",
    "coalition.store.encryption",
    "coalition.directory.profiles",
    "coalition.goals.records",
    "coalition.goals.report",
    "coalition.goals.coverage",
)


# What reading a kept dashboard imports, none of it the database layer nor Qt (widgets'
# modules are imported on the window's thread only): read while the shell is painted
# when there may be one.
KEPT_HOME_MODULES = ("coalition.goals.snapshot",)


def _warm_up(go: threading.Event, unlocking: bool, prepared: threading.Event) -> None:
    """Import :data:`WARM_MODULES` and settle SQLAlchemy's mappings (a tenth of a second
    on the first query otherwise), once ``go`` is set; before that, when ``unlocking``
    an encrypted file, find the keyring (a third of a second on the first lookup) and
    SQLCipher.  A failure is left for the window's own import to meet and report where
    it belongs."""
    if unlocking:
        try:
            from coalition.store import encryption, keychain

            keychain.available()
            encryption.dbapi()
        except Exception:  # met again, and said, when the file is unlocked
            pass
    try:
        if not go.is_set():
            for name in KEPT_HOME_MODULES:
                importlib.import_module(name)
    except Exception:  # met again, and said, where the dashboard is shown
        pass
    finally:
        prepared.set()
    go.wait()
    try:
        for name in WARM_MODULES:
            importlib.import_module(name)
        from coalition.store.models import settle_mappings

        settle_mappings()
    except Exception:  # raised again, and shown, by the window's own import
        pass


class _Warming:
    """:func:`_warm_up` on its own thread, started now or held until :meth:`join` (while
    the kept dashboard is built and painted, which it would only slow down)."""

    def __init__(self, *, held: bool, unlocking: bool = False) -> None:
        self._go = threading.Event()
        self._prepared = threading.Event()
        if not held:
            self._go.set()
        self._thread = threading.Thread(
            target=_warm_up,
            args=(self._go, unlocking, self._prepared),
            name="coalition-warm-up",
            daemon=True,
        )
        self._thread.start()

    def prepared(self) -> None:
        """Wait until what the kept dashboard needs is imported (never imported on two
        threads at once)."""
        self._prepared.wait()

    def release(self) -> None:
        """Let it load the database layer now."""
        self._go.set()

    def loaded(self) -> bool:
        return not self._thread.is_alive()

    def join(self) -> None:
        self._go.set()
        self._thread.join()


def _keeps_home(path: Path) -> bool:
    """Whether the plain file at ``path`` keeps a dashboard for this start (read again,
    and checked, when it is shown)."""
    from coalition.store import snapshot

    return snapshot.read(path, None, "dashboard") is not None


def _file_state(path: Path) -> str:
    from coalition.store.encryption import file_state

    return file_state(path)


def _local_path(target: str) -> Path | None:
    if "://" not in target:
        return Path(target).expanduser().resolve()
    if target.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        database = make_url(target).database
        return (
            Path(database).expanduser().resolve()
            if database not in (None, "", ":memory:")
            else None
        )
    return None


class Cancelled(CoalitionError):
    """The person closed the unlock or set-up dialog: nothing is opened."""


def unlock(parent: QWidget | None, target: str, *, encrypt: bool = False) -> KeyMaterial | None:
    """Hold the database file for this process and get the key to open it with (None: a
    plain file, or a server).  ``encrypt`` sets encryption up (or converts) when the file
    is new or plain; otherwise only an encrypted file asks for its key.  Without a dialog
    when the keyring holds the key."""
    path = _local_path(target)
    if path is None:
        return None
    from coalition.store import instance
    from coalition.store.encryption import file_state

    instance.acquire(path)
    state = file_state(path)
    if state == "encrypted" or (encrypt and state in ("missing", "plain")):
        from coalition.ui.security.unlock import obtain_key  # its dialogs: only when asked

        key = obtain_key(parent, path)
        if key is None:
            raise Cancelled(f"{path} was not opened")
        return key
    return None


def describe_target(target: str) -> str:
    """What the shell's title names before the database is open: the file's full path, or
    the URL without its password (as :meth:`Database.describe` shows them afterwards)."""
    if "://" not in target:
        return str(Path(target).expanduser().resolve())
    parts = urlsplit(target)
    if parts.password is None:
        return target
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


class _AfterFirstPaint(QObject):
    """Calls ``then`` on the turn of the event loop after ``window``'s first paint."""

    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_PATIENCE_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._go)  # queued behind the rest of this paint
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            watched = self.parent()
            if watched is not None:
                watched.removeEventFilter(self)
            then()


class Application:
    """The owner of this process's main windows: it opens them, keeps them alive while they
    are open, and is handed to each as its ``owner`` (so that a window that must give way
    to another, after a restore or a key change, asks its owner rather than a global).

    ``exit_status`` is what :func:`run_gui` returns: 1 once a database could not be opened.
    """

    def __init__(self) -> None:
        self.windows: list[MainWindow] = []
        self.exit_status = 0

    def _keep(self, window: MainWindow) -> MainWindow:
        self.windows.append(window)
        window.destroyed.connect(
            lambda *_: self.windows.remove(window) if window in self.windows else None
        )
        return window

    def open_window(self, target: str, key: KeyMaterial | None = None) -> MainWindow:
        """Open a database in a new main window (raises CoalitionError if it cannot be opened).

        An encrypted file is unlocked first (``key``, the keyring, or the unlock dialog)."""
        from coalition.store import open_database
        from coalition.ui.common.context import AppContext

        if key is None:
            key = unlock(QApplication.activeWindow(), target)
        db = open_database(target, key=key)
        window = self._keep(MainWindow(AppContext(db), owner=self))
        window.show()
        window.show_welcome_if_empty()
        return window

    def start_window(
        self, target: str, settings: QSettings | None = None, *, encrypt: bool = False
    ) -> MainWindow:
        """Show the window's shell now, and open ``target`` into it once it is painted.

        ``window.databaseAttached`` tells when the database is open and the area filled; a
        database that cannot be opened is said in a message, then the window closes and the
        application leaves with status 1.
        """
        path = _local_path(target)
        state = _file_state(path) if path is not None else "server"
        # The database layer loads beside the shell's painting, but never beside the
        # building of a kept dashboard (whether an encrypted file keeps one is known once
        # it is unlocked, after that paint).
        if state == "plain" and not encrypt:
            may_keep = path is not None and _keeps_home(path)
        else:
            may_keep = state in ("plain", "encrypted")
        warming = _Warming(held=may_keep, unlocking=state == "encrypted" or encrypt)
        window = self._keep(
            MainWindow(settings=settings, location=describe_target(target), owner=self)
        )
        window.show()

        def open_it() -> None:
            try:
                key = unlock(window, target, encrypt=encrypt)
            except CoalitionError as exc:
                _not_opened(self, window, target, exc)
                return
            if may_keep:
                warming.prepared()
            if not may_keep or path is None or not window.show_kept_home(path, key):
                open_now(key)
                return
            # The dashboard as kept, still current: painted before the database layer is
            # loaded, which then loads on its thread while the window stays responsive;
            # then the database is opened, and the dashboard computed behind it.
            _AfterFirstPaint(window.stack.currentWidget() or window, lambda: open_when_loaded(key))

        def open_when_loaded(key: KeyMaterial | None) -> None:
            warming.release()
            if warming.loaded():
                open_now(key)
            else:
                QTimer.singleShot(LOADING_POLL_MS, window, lambda: open_when_loaded(key))

        def open_now(key: KeyMaterial | None) -> None:
            warming.join()  # no import of the database layer on two threads at once
            _open_after_paint(self, window, target, key, encrypt)

        _AfterFirstPaint(window, open_it)
        return window

    def failed_to_open(self, window: MainWindow) -> None:
        """Close the window; the application then leaves with status 1.

        Closing the last window ends the event loop when it runs; QApplication.exit() called
        from a nested loop (a test's wait) would instead leave every later loop of the
        process ending at once.
        """
        self.exit_status = 1
        window.close()


def _open_after_paint(
    owner: Application,
    window: MainWindow,
    target: str,
    key: KeyMaterial | None,
    encrypt: bool = False,
) -> None:
    """Open the database with ``key`` (imports SQLAlchemy and the services) and give it to
    the window; the day's backup follows a little later."""
    from coalition.store import open_database
    from coalition.ui.common.context import AppContext

    try:
        _encrypt_plain_file(window, target, key)
        db = open_database(target, key=key)
    except CoalitionError as exc:
        _not_opened(owner, window, target, exc)
        return
    window.attach_database(AppContext(db, window.settings))
    window.show_welcome_if_empty()
    if db.path is not None and db.is_sqlite:
        # The window as the timer's context: closed before then, the backup waits for
        # the next start instead of reaching for a window that is gone.
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window, lambda: _daily_backup(window, db))


def _not_opened(owner: Application, window: MainWindow, target: str, exc: CoalitionError) -> None:
    """Say why the database could not be opened (not when the person cancelled), then
    close the window."""
    if not isinstance(exc, Cancelled):
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "Could not open {place}").format(
                place=describe_target(target)
            )
        )
        QMessageBox.critical(window, APP_NAME, shown(exc))
    owner.failed_to_open(window)


def _encrypt_plain_file(window: MainWindow, target: str, key: KeyMaterial | None) -> None:
    """Convert a plain file to an encrypted one off the UI thread, the window showing that
    it is at work (every page is rewritten and checked: seconds on a large file)."""
    path = _local_path(target)
    if key is None or path is None:
        return
    from coalition.store.database import prepare_file
    from coalition.store.encryption import file_state
    from coalition.ui.common.background import run_busy

    if file_state(path) != "plain":
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("app", "Encrypting {name}…").format(name=path.name)
    )
    run_busy(
        window,
        QCoreApplication.translate(
            "app",
            "Encrypting your coalition's data on this computer…\nThis happens once, "
            "and takes a few seconds for a large database.",
        ),
        lambda: prepare_file(path, key),
    )


DAILY_BACKUP_DELAY_MS = 3000  # after the first screen is filled, never in its way


def _daily_backup(window: MainWindow, db: Database) -> None:
    from coalition.store import backups

    if window.ctx is None or window.ctx.db is not db or db.path is None:
        return  # closed, or another database by now
    try:
        made = backups.daily_backup_if_due(db.path, db.key)
    except CoalitionError as exc:
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "The day's backup could not be made: {error}").format(
                error=exc
            ),
            10000,
        )
        return
    if made is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "Backed up to {place}").format(place=made), 6000
        )


def _report_unexpected(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A fault in a slot would only reach the terminal: say it in the window too.

    Every change is one transaction, so whatever failed wrote nothing.
    """
    import traceback

    traceback.print_exception(kind, exc, tb)
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        APP_NAME,
        QCoreApplication.translate(
            "app",
            "Something went wrong: {error}\n\nNothing was half-written; the last change may "
            "not have been made. Please report this, with what you were doing.",
        ).format(error=exc),
    )


def run_gui(target: str, *, encrypt: bool = False) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    sys.excepthook = _report_unexpected
    identity.introduce(app)
    from coalition.ui.shell import language

    language.install(QSettings())
    owner = Application()
    owner.start_window(target, encrypt=encrypt)
    status = app.exec()
    return status or owner.exit_status
