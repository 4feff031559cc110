"""Starting the desktop application.

The window comes first.  :func:`start_window` shows the main window's shell (sidebar,
menus, an empty area, "Opening …" in the status bar) before SQLAlchemy or any service is
imported, and :func:`_open_after_paint` opens the database once that shell has been
painted: the one place where a database is opened at start, and where a step that must
come before opening it (unlocking it) belongs.  It then fills the area last shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coalition import APP_NAME
from coalition.errors import CoalitionError
from coalition.ui.mainwindow import MainWindow

_windows: list[MainWindow] = []  # windows stay alive while open
FIRST_PAINT_PATIENCE_MS = 500  # open the database anyway if no paint came (a hidden window)


def _keep(window: MainWindow) -> MainWindow:
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    return window


def open_window(target: str) -> MainWindow:
    """Open a database in a new main window (raises CoalitionError if it cannot be opened)."""
    from coalition.store import open_database
    from coalition.ui.context import AppContext

    db = open_database(target)
    window = _keep(MainWindow(AppContext(db)))
    window.show()
    window.show_welcome_if_empty()
    return window


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

    def __init__(self, window: MainWindow, then: Callable[[], None]):
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_PATIENCE_MS, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._go)  # queued behind the rest of this paint
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            then()


def start_window(target: str, settings: QSettings | None = None) -> MainWindow:
    """Show the window's shell now, and open ``target`` into it once it is painted.

    ``window.databaseAttached`` tells when the database is open and the area filled; a
    database that cannot be opened is said in a message, then the window closes and the
    application leaves with status 1.
    """
    window = _keep(MainWindow(settings=settings, location=describe_target(target)))
    window.show()
    _AfterFirstPaint(window, lambda: _open_after_paint(window, target))
    return window


def _open_after_paint(window: MainWindow, target: str) -> None:
    """Open the database (imports SQLAlchemy and the services) and give it to the window."""
    from coalition.store import open_database
    from coalition.ui.context import AppContext

    try:
        db = open_database(target)
    except CoalitionError as exc:
        window.statusBar().showMessage(f"Could not open {describe_target(target)}")
        QMessageBox.critical(window, APP_NAME, str(exc))
        QApplication.exit(1)
        window.close()
        return
    window.attach_database(AppContext(db, window.settings))
    window.show_welcome_if_empty()


def _report_unexpected(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
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
        f"Something went wrong: {exc}\n\nNothing was half-written; the last change may not "
        "have been made. Please report this, with what you were doing.",
    )


def run_gui(target: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    sys.excepthook = _report_unexpected
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    start_window(target)
    return app.exec()
