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
- ``filled``: the first area (``area``, the home) shown with its data: as kept from the
  last start when that is still the current data's (the database layer loading behind
  it), else computed once the database is open;
- ``opened``: the database open and the first area computed from it (the same moment as
  ``filled`` when nothing was kept).

With ``--people`` it then shows the People list and scrolls it to the last row, the
state whose memory the memory benchmark reads.  Leaves with ``os._exit``: Qt's teardown
is no part of a start.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QEventLoop, QSettings
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
    # Shown, laid out and painted, and no further: the timers due then (the opening of
    # the database) run on the next turns of the event loop, after this paint.
    app.sendPostedEvents()
    window.grab()  # painted
    painted = time.perf_counter()
    opened_in_shell = window.home_shown  # the first area had its data at this paint

    def wait_until(ready: Callable[[], bool]) -> float:
        while not ready():  # the database opens on a later turn of the event loop
            if not window.isVisible():
                raise SystemExit(f"{args[0]} could not be opened")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        # Laid out and painted, and no further: a call queued now may be the database's
        # opening, which a kept dashboard does not wait for.
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        window.grab()  # the first area painted with its data
        return time.perf_counter()

    filled = painted if opened_in_shell else wait_until(lambda: window.home_shown)
    opened = wait_until(lambda: window.ctx is not None)
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
        "opened": opened,
        "area": area,
        "maxrss_kib": peak_rss_kib(),
    }
    print(json.dumps(report), flush=True)
    ini.unlink(missing_ok=True)
    os._exit(0)


if __name__ == "__main__":
    main()
