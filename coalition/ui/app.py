"""Starting the desktop application."""

from __future__ import annotations

import sys

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


def run_gui(target: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    try:
        open_window(target)
    except CoalitionError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    return app.exec()
