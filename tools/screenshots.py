"""The screenshots of the README and the AppStream page, taken from the real window.

    coalition --db build/screenshots/sample.db --plain demo
    TZ=America/Los_Angeles xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python tools/screenshots.py --db build/screenshots/sample.db docs/screenshots

`make screenshots` does both, under libfaketime's clock so that the sample's dates stay
the same, in English into docs/screenshots and in Spanish (--language es) into
docs/screenshots/es.  The window is 1366×768 and speaks the language asked for whatever
the machine's; its settings are a throwaway file, never the user's.  Each picture is the
main window grabbed by Qt, saved with an 8-bit palette so that it stays small; the sign-up
form of the sample's next event (the kiosk, a window of its own) is taken at 1366×768 and
at 1280×800, a touch screen's size (kiosk.png, kiosk-1280x800.png).  The program exits
non-zero when a screen could not be shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt
from PySide6.QtGui import QImage, QImageWriter
from PySide6.QtWidgets import QApplication, QWidget

WIDTH, HEIGHT = 1366, 768
KIOSK_SIZES = ((1366, 768, "kiosk"), (1280, 800, "kiosk-1280x800"))


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let the window lay itself out and paint (deferred loads run on the event loop)."""
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def save(window: QWidget, path: Path, size: tuple[int, int] = (WIDTH, HEIGHT)) -> None:
    """The window as it is now, with a palette of 256 colours."""
    image = window.grab().toImage()
    if (image.width(), image.height()) != size:
        raise RuntimeError(
            f"the window is {image.width()}×{image.height()}, not {size[0]}×{size[1]}"
        )
    small = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    writer = QImageWriter(str(path), QByteArray(b"png"))
    writer.setQuality(0)  # for a PNG, the strongest compression
    if not writer.write(small):
        raise RuntimeError(f"could not write {path}: {writer.errorString()}")
    print(f"{path} ({path.stat().st_size // 1024} KB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a database holding the sample coalition")
    parser.add_argument("out", type=Path, help="the folder the pictures go to")
    parser.add_argument(
        "--language", choices=("en", "es"), default="en", help="the window's language"
    )
    parser.add_argument(
        "--every-area",
        action="store_true",
        help="a picture of every area instead (areas/KEY.png), to look them all over",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication([sys.argv[0]])
    spoken = QLocale.Language.Spanish if args.language == "es" else QLocale.Language.English
    QLocale.setDefault(QLocale(spoken, QLocale.Country.UnitedStates))

    from coalition.calls import series as calls
    from coalition.decisions import proposals
    from coalition.directory import profiles
    from coalition.drafts import listing
    from coalition.store import open_database
    from coalition.ui.common.context import AppContext
    from coalition.ui.shell import language
    from coalition.ui.shell.mainwindow import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="coalition-shots-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.LANGUAGE_KEY, args.language)
    language.install(settings)
    db = open_database(args.db)
    with db.session() as session:
        profiles.activate(session)
    ctx = AppContext(db, settings)

    window = MainWindow(ctx)
    window.show()
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.activateWindow()
    settle(app, 60)

    def dashboard() -> None:
        window.show_area("dashboard")

    def call() -> None:
        now = dt.datetime.now(dt.UTC)
        with ctx.reading() as session:
            weekly = [
                c
                for c in calls.calls_between(session, now, now + dt.timedelta(days=8))
                if c.series_id and c.occurrence_id
            ]
        if not weekly:
            raise RuntimeError("the sample has no weekly call in the coming week")
        coming = min(weekly, key=lambda c: c.start)
        window.open_record("calls", coming.occurrence_id or "")
        settle(app)
        calls_screen: Any = window.area("calls")
        panel = calls_screen.panel
        panel.tabs.setCurrentIndex(0)
        settle(app)
        # An item chosen, so that its editor shows what an item holds.
        items = panel.agenda_view.model()
        if items is None or items.rowCount() < 5:
            raise RuntimeError("the coming call has no agenda")
        panel.agenda_view.setCurrentIndex(items.index(4, 0))

    def draft() -> None:
        with ctx.reading() as session:
            shared = [d for d in listing.drafts(session) if d.variant_count > 1]
        if not shared:
            raise RuntimeError("the sample has no draft with variants")
        most = max(shared, key=lambda d: d.variant_count)
        window.open_record("drafts", most.id)
        settle(app)
        drafts_screen: Any = window.area("drafts")
        panel = drafts_screen.panel
        panel.tabs.setCurrentIndex(1)
        settle(app)
        if panel.variant_list.count() == 0:
            raise RuntimeError("the sample's draft has no variant")
        panel.variant_list.setCurrentRow(0)

    def matrix() -> None:
        window.show_area("matrix")

    def decision() -> None:
        with ctx.reading() as session:
            voting = [p for p in proposals.list_proposals(session) if p.is_open]
        if not voting:
            raise RuntimeError("the sample has no proposal being voted")
        screen: Any = window.show_area("decisions")
        settle(app)
        screen.open_record(voting[0].id)
        settle(app)
        screen.panel.chair_button.setChecked(True)

    screens: list[tuple[str, Callable[[], None]]] = [
        ("dashboard", dashboard),
        ("call", call),
        ("draft", draft),
        ("endorsements", matrix),
        ("decisions", decision),
    ]
    if args.every_area:
        from coalition.ui.shell.mainwindow import AREAS

        screens = [
            (f"areas/{area.key}", lambda key=area.key: window.show_area(key)) for area in AREAS
        ]
        (args.out / "areas").mkdir(exist_ok=True)
    failed = []
    for name, show in screens:
        try:
            show()
            settle(app, 60)
            save(window, args.out / f"{name}.png")
        except Exception as error:  # one screen failing must not hide the others
            print(f"*** {name}: {error}", file=sys.stderr)
            failed.append(name)
    try:
        if not args.every_area:
            kiosk_pictures(app, ctx, args.out)
    except Exception as error:
        print(f"*** kiosk: {error}", file=sys.stderr)
        failed.append("kiosk")
    window.close()
    if failed:
        print(f"*** not shown: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def kiosk_pictures(app: QApplication, ctx: Any, out: Path) -> None:
    """The sign-up form of the sample's next event, in a window of each size (at a table
    it fills the screen; here the window is the screen's size)."""
    from coalition.events import events
    from coalition.ui.events.kiosk import KioskWindow

    with ctx.reading() as session:
        coming = events.upcoming(session, dt.datetime.now(dt.UTC), limit=1)
        if not coming:
            raise RuntimeError("the sample has no event to come")
        event_id = coming[0].id
    for width, height, name in KIOSK_SIZES:
        kiosk = KioskWindow(ctx, event_id)
        kiosk._unlocked = True  # a picture of the form: no going back to full screen
        kiosk.show()
        kiosk.setGeometry(0, 0, width, height)
        kiosk.name.setFocus()
        settle(app, 60)
        save(kiosk, out / f"{name}.png", (width, height))
        kiosk.close()
        kiosk.deleteLater()
        settle(app)


if __name__ == "__main__":
    sys.exit(main())
