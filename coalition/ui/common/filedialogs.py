"""File dialogs that open where the person last was, per purpose.

Qt's file dialogs start in the process's working directory when given a bare file name:
for a desktop app that is wherever it was launched from (often the home folder, or the
folder of the bundle).  Each purpose (the calendar exports, the CSV imports, the board
report…) remembers the folder last used for it in the settings, and starts in the
Documents folder the first time.  The settings are the window's own (``ctx.settings``),
so a test's settings file keeps a test's folders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "folders/{purpose}"


def documents() -> str:
    """The person's Documents folder (their home when the platform names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found or str(Path.home())


def start_folder(settings: QSettings, purpose: str, first: str | Path | None = None) -> str:
    """Where a dialog for ``purpose`` opens: the folder used last, if it is still there;
    else ``first`` (a folder that makes sense the first time), else Documents."""
    remembered = str(settings.value(KEY.format(purpose=purpose), "") or "")
    if remembered and Path(remembered).is_dir():
        return remembered
    if first is not None and Path(first).is_dir():
        return str(first)
    return documents()


def remember(settings: QSettings, purpose: str, path: str | Path) -> None:
    """Keep the folder of ``path`` (or ``path`` itself, a folder) for the next dialog."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    settings.setValue(KEY.format(purpose=purpose), str(folder))


def open_file(
    parent: QWidget | None,
    settings: QSettings,
    purpose: str,
    title: str,
    filters: str,
    first: str | Path | None = None,
) -> str:
    """Ask for a file to read; '' when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, title, start_folder(settings, purpose, first), filters
    )
    if path:
        remember(settings, purpose, path)
    return path


def save_file(
    parent: QWidget | None, settings: QSettings, purpose: str, title: str, name: str, filters: str
) -> str:
    """Ask where to write a file, suggesting ``name`` in the folder last used; '' when
    cancelled."""
    suggested = str(Path(start_folder(settings, purpose)) / Path(name).name)
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if path:
        remember(settings, purpose, path)
    return path


def folder(parent: QWidget | None, settings: QSettings, purpose: str, title: str) -> str:
    """Ask for a folder to write into; '' when cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title, start_folder(settings, purpose))
    if path:
        remember(settings, purpose, path)
    return path
