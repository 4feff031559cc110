"""Puts the Sync menu and status into a main window once the window has painted its area.

Importing the sync (and the conflict view, the settings dialog) costs about 100 ms,
which the first paint of a window need not wait for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from coalition.ui.common.context import AppContext


def install_sync_soon(window: QMainWindow, ctx: AppContext) -> None:
    """:func:`coalition.ui.sync.controller.install_sync` on the next turn of the event loop."""

    def install() -> None:
        from coalition.ui.sync.controller import install_sync

        if not ctx.db.closed:  # not a database closed meanwhile (a key change, a restore)
            install_sync(window, ctx)

    QTimer.singleShot(0, window, install)
