"""A kiosk in a process of its own, for the crash test: it types sign-ups through the
keyboard, one after another, and prints "saved N" as each is saved, until killed."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coalition.directory import profiles
from coalition.store import open_database
from coalition.ui.common.context import AppContext
from coalition.ui.events.kiosk import KioskWindow


def main() -> None:
    db_path, event_id, settings_path = sys.argv[1:4]
    app = QApplication([sys.argv[0]])
    db = open_database(db_path)
    with db.reading() as session:
        profiles.activate(session)
    ctx = AppContext(db, QSettings(settings_path, QSettings.Format.IniFormat))
    ctx.remember_identity()
    kiosk = KioskWindow(ctx, event_id)
    kiosk.showFullScreen()
    app.processEvents()
    number = 0
    while True:
        number += 1
        QTest.keyClicks(kiosk.name, f"Signer {number}")
        QTest.keyClicks(kiosk.email, f"signer{number}@example.org")
        QTest.keyClicks(kiosk.zip, "93721")
        QTest.keyClick(kiosk.zip, Qt.Key.Key_Return)
        if kiosk.name.text():  # not saved: say why and stop
            print("refused", kiosk.email_error.text(), kiosk.name_error.text(), flush=True)
            return
        print(f"saved {number}", flush=True)
        app.processEvents()


if __name__ == "__main__":
    main()
