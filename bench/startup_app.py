"""Coalition's cold start, for the startup and memory benchmarks (see bench/run.py).

    QT_QPA_PLATFORM=offscreen python bench/startup_app.py DB [--people]

Opens the database and paints the main window as a first start does (fresh settings in
a temporary INI file, so no remembered geometry or area).  With ``--people`` it then
shows the People list and scrolls it to the last row, the state whose memory the
memory benchmark reads.  Prints its peak resident memory as JSON and leaves with
``os._exit``: the parent times the process up to the painted window, not Qt's teardown.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from startup_bare import peak_rss_kib  # bench/ is on sys.path: this script's folder

from coalition.store import open_database
from coalition.ui.context import AppContext
from coalition.ui.mainwindow import MainWindow


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        raise SystemExit(__doc__)
    ini = Path(tempfile.gettempdir()) / f"coalition-bench-{os.getpid()}.ini"
    app = QApplication(sys.argv[:1])
    db = open_database(args[0])
    window = MainWindow(AppContext(db, QSettings(str(ini), QSettings.Format.IniFormat)))
    window.show()
    app.processEvents()
    window.grab()  # painted
    if "--people" in args:
        screen = window.show_area("people")
        app.processEvents()
        screen.view.scrollToBottom()  # type: ignore[attr-defined]
        app.processEvents()
        window.grab()
    print(json.dumps({"maxrss_kib": peak_rss_kib()}), flush=True)
    ini.unlink(missing_ok=True)
    os._exit(0)


if __name__ == "__main__":
    main()
