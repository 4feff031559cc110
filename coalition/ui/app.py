"""Starting the desktop application."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from coalition import APP_NAME
from coalition.errors import CoalitionError
from coalition.store import open_database
from coalition.ui.context import AppContext
from coalition.ui.mainwindow import MainWindow

_windows: list[MainWindow] = []  # windows stay alive while open


def open_window(target: str) -> MainWindow:
    """Open a database in a new main window (raises CoalitionError if it cannot be opened)."""
    db = open_database(target)
    window = MainWindow(AppContext(db))
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    window.show()
    window.show_welcome_if_empty()
    return window


def _report_unexpected(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A fault in a slot would only reach the terminal: say it in the window too.

    Every change is one transaction, so whatever failed wrote nothing.
    """
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
    try:
        open_window(target)
    except CoalitionError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    return app.exec()
