"""Who the application is to the desktop: its names, its id and its icon.

Qt keeps the settings under the organization and application names (on Linux
``~/.config/io.github.coalitionapp.Coalition/Coalition.conf``, on macOS
``io.github.coalitionapp.Coalition.plist``, on Windows the registry key of the same name),
and a Wayland compositor or a task bar matches the window to the desktop entry
(``io.github.coalitionapp.Coalition.desktop``) by the desktop file name.  The settings an
older Coalition kept under "Coalition" are copied to the new place on the first start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from coalition import APP_ID, APP_NAME, ORGANIZATION_DOMAIN, __version__
from coalition.common import resources

# The organization and application names an older Coalition kept its settings under.
OLD_SETTINGS = ("Coalition", "Coalition")

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    """The icon at every size it is drawn at (a task bar picks the nearest)."""
    icon = QIcon()
    for size in resources.ICON_SIZES:
        png = resources.icon_png(size)
        if isinstance(png, Path):  # installed as files: read when a size is first drawn
            icon.addFile(str(png), QSize(size, size))
            continue
        pixmap = QPixmap()  # inside an archive: read now
        if pixmap.loadFromData(png.read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def introduce(app: QGuiApplication) -> None:
    """Give the application its names, its desktop id and its icon; carry older settings."""
    app.setOrganizationName(APP_ID)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    carry_old_settings()


def carry_old_settings() -> bool:
    """Copy the settings an older Coalition kept (the window's size, the splitters, the
    last area…) when there are none yet under the application's id.  The old ones are left
    as they were, for an older Coalition started again.  True if anything was copied."""
    settings = QSettings()
    if settings.allKeys():
        return False
    old = QSettings(*OLD_SETTINGS)
    keys = old.allKeys()
    for key in keys:
        settings.setValue(key, old.value(key))
    settings.sync()
    if keys:
        log.info("Settings copied from %s to %s", old.fileName(), settings.fileName())
    return bool(keys)
