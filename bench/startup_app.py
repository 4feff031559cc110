"""Coalition's cold start, for the startup and memory benchmarks (see bench/run.py).

    QT_QPA_PLATFORM=offscreen python bench/startup_app.py DB [--people]

Starts the window as ``coalition`` does
(``coalition.ui.shell.app.Application.start_window``, with fresh settings in a temporary
INI file, so no remembered geometry or area): the window's shell is painted first, then
the database is opened and the first area filled. Prints, as JSON, the moment each was on
screen (``time.perf_counter()``: CLOCK_MONOTONIC on Linux,
the same clock in the parent) and its peak resident memory:

- ``painted``: the first painted main window (sidebar, menus, status bar "Opening …"),
  grabbed as the bare baseline grabs its own;
- ``filled``: the database open and the first area (``area``, the home) shown with its data.

With ``--people`` it then shows the People list and scrolls it to the last row, the
state whose memory the memory benchmark reads.  Leaves with ``os._exit``: Qt's teardown
is no part of a start.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QDir, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication
from startup_bare import peak_rss_kib  # bench/ is on sys.path: this script's folder

from coalition.ui.shell.app import Application


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        raise SystemExit(__doc__)
    ini = Path(QDir.tempPath()) / f"coalition-bench-{os.getpid()}.ini"
    app = QApplication(sys.argv[:1])
    window = Application().start_window(args[0], QSettings(str(ini), QSettings.Format.IniFormat))
    app.processEvents()
    window.grab()  # painted
    painted = time.perf_counter()
    opened_in_shell = window.ctx is not None  # the database was opened before this paint
    while window.ctx is None:  # the database opens on a later turn of the event loop
        if not window.isVisible():
            raise SystemExit(f"{args[0]} could not be opened")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()
    window.grab()  # the first area painted with its data
    filled = time.perf_counter()
    area = window.sidebar.currentItem().text()  # read before --people moves on
    if "--people" in args:
        screen = window.show_area("people")
        app.processEvents()
        screen.view.scrollToBottom()  # type: ignore[attr-defined]  # show_area returns a QWidget; this area is a ListScreen
        app.processEvents()
        window.grab()
    report = {
        "painted": filled if opened_in_shell else painted,
        "filled": filled,
        "area": area,
        "maxrss_kib": peak_rss_kib(),
    }
    print(json.dumps(report), flush=True)
    ini.unlink(missing_ok=True)
    os._exit(0)


if __name__ == "__main__":
    main()
