"""The baseline of the cold-start and memory benchmarks: a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python bench/startup_bare.py

An empty QMainWindow holding a QTableView, shown and painted (grabbed): the least any
PySide6 table application pays to put a window on screen.  Prints, as JSON, the moment
it was painted (``time.perf_counter()``, as bench/startup_app.py does) and its peak
resident memory, then leaves with ``os._exit``: Qt's teardown is no part of a start.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def peak_rss_kib() -> int:
    """The process's peak resident memory in KiB.

    VmHWM, the high-water mark of this process's own memory map.  ``ru_maxrss`` would
    not do: Linux carries it over from the parent's memory across fork and exec, so a
    child of a big Python parent reports the parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # painted
    painted = time.perf_counter()  # CLOCK_MONOTONIC on Linux: the parent's clock too
    print(json.dumps({"painted": painted, "maxrss_kib": peak_rss_kib()}), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
