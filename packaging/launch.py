"""The bundle's entry point: what `coalition` runs from the source install, frozen.

With ``COALITION_EXIT_WHEN_OPEN`` set (packaging/smoke.py), the window quits as soon as
its database is open and its first screen filled, with status 0, or with status 3 when
that has not happened within the seconds the variable names: the smoke test's way to
start the window headless and time it, the same way from the bundle and from the venv.
"""

import os
import sys

from coalition.cli import main

EXIT_WHEN_OPEN = "COALITION_EXIT_WHEN_OPEN"


def _exit_when_open(patience_s: float) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)  # the one run_gui then uses
    clock = QElapsedTimer()
    clock.start()

    def look() -> None:
        opened = [w for w in app.topLevelWidgets() if getattr(w, "ctx", None) is not None]
        if opened:
            for window in opened:
                window.close()
            app.exit(0)
        elif clock.elapsed() > patience_s * 1000:
            print(f"the window did not open its database within {patience_s:g} s")
            app.exit(3)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


if __name__ == "__main__":
    if os.environ.get(EXIT_WHEN_OPEN):
        _exit_when_open(float(os.environ[EXIT_WHEN_OPEN]))
    sys.exit(main())
