"""The bundle's entry point: what `coalition` runs from the source install, frozen.

With ``COALITION_EXIT_WHEN_OPEN`` set (packaging/smoke.py), the window quits as soon as
its database is open and its first screen filled, with status 0, or with status 3 when
that has not happened within the seconds the variable names: the smoke test's way to
start the window headless and time it, the same way from the bundle and from the venv.
Before quitting it prints the window's menus and the sizes of its icon, which the smoke
test reads to see the window speak the system's language and carry its icon.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from coalition.cli import main

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

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
                _describe(window)
                window.close()
            app.exit(0)
        elif clock.elapsed() > patience_s * 1000:
            print(f"the window did not open its database within {patience_s:g} s")
            app.exit(3)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def _describe(window: QMainWindow) -> None:
    """What a person sees first, on stdout for the smoke test: the menus (in the language
    the window speaks) and the sizes of the window's icon."""
    import datetime as dt

    from PySide6.QtCore import QByteArray, QLocale, QTimeZone

    from coalition.ui.common import formatting

    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    sizes = sorted({size.width() for size in window.windowIcon().availableSizes()})
    print(f"menus: {', '.join(menus)}")
    print(f"icon sizes: {', '.join(str(size) for size in sizes)}")
    # What Qt asks of ICU, whose data the Linux bundle carries for English and Spanish
    # only (packaging/linux/trim_icu.py): names sorted in the window's language, a time
    # zone named in it.  The date is Qt's own (CLDR in QtCore), for a reader to compare.
    names = sorted(
        ["Oscar", "Ñandú", "Núñez", "Nunez", "Ángela", "Nuñez"], key=formatting.name_key()
    )
    pacific = QTimeZone(QByteArray(b"America/Los_Angeles"))
    zone = pacific.displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale()
    )
    print(f"names sorted: {', '.join(names)}")
    print(f"time zone: {zone}")
    print(f"date: {formatting.long_date(dt.date(2027, 6, 1))}")


if __name__ == "__main__":
    if os.environ.get(EXIT_WHEN_OPEN):
        _exit_when_open(float(os.environ[EXIT_WHEN_OPEN]))
    sys.exit(main())
