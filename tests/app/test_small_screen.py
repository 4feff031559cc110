"""The main window on a small laptop screen (1280×720): the whole window, its status bar
and every area fit, in English and in Spanish (which runs a fifth longer).

Qt's offscreen platform takes its screens from a JSON file named when the platform is
chosen (``offscreen:configfile=…``), that is before the QApplication exists: the window
is therefore opened in a process of its own, which reports what it measured.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coalition import sample
from coalition.store import open_database
from coalition.ui.shell.mainwindow import AREAS

SCREEN = (1280, 720)

CHILD = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QByteArray, QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    from coalition.store import open_database
    from coalition.ui.common.context import AppContext
    from coalition.ui.shell.mainwindow import AREAS, MainWindow

    db_path, settings_path, language = sys.argv[1], sys.argv[2], sys.argv[3]
    if language != "en":
        from coalition.ui.shell import language as languages

        chosen = QSettings(settings_path, QSettings.Format.IniFormat)
        chosen.setValue(languages.LANGUAGE_KEY, language)
        chosen.sync()
        assert languages.install(chosen) == language

    def rect(r):
        return [r.x(), r.y(), r.width(), r.height()]

    def settle(window):
        for _ in range(5):
            app.processEvents()

    def measure(window):
        bar = window.statusBar()
        top_left = bar.mapToGlobal(bar.rect().topLeft())
        return {
            "frame": rect(window.frameGeometry()),
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            "status_bar": [top_left.x(), top_left.y(), bar.width(), bar.height()],
            "status_bar_visible": bar.isVisible(),
        }

    report = {"available": rect(app.primaryScreen().availableGeometry())}
    db = open_database(db_path)
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings))
    window.show()
    settle(window)
    report["first"] = measure(window)
    report["areas"] = {}
    for area in AREAS:
        screen = window.show_area(area.key)
        settle(window)
        hint = screen.minimumSizeHint()
        report["areas"][area.key] = dict(measure(window), screen=[hint.width(), hint.height()])
    window.close()

    # A size kept from a larger monitor.
    big = QMainWindow()
    big.setGeometry(300, 200, 1900, 1150)
    settings.setValue("window/geometry", big.saveGeometry())
    settings.sync()
    again = MainWindow(AppContext(db, settings))
    again.show()
    settle(again)
    report["remembered"] = measure(again)
    again.close()
    print(json.dumps(report))
    """
)


@pytest.fixture(scope="module", params=["en", "es"])
def measured(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict:
    folder = tmp_path_factory.mktemp(f"small-screen-{request.param}")
    db = open_database(folder / "coalition.db")
    with db.session() as session:
        sample.load_sample(session)
    db.close()
    config = folder / "screen.json"
    width, height = SCREEN
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(folder / "coalition.db"),
            str(folder / "settings.ini"),
            request.param,
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["available"] == [0, 0, width, height], (
        "the offscreen platform did not take the screen"
    )
    return report


def _inside(rect: list[int], available: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = available
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


def test_a_first_window_fits_the_screen_with_its_frame_and_status_bar(measured: dict) -> None:
    first = measured["first"]
    assert _inside(first["frame"], measured["available"]), first["frame"]
    assert first["status_bar_visible"]
    assert _inside(first["status_bar"], measured["available"]), first["status_bar"]


def test_a_size_kept_from_a_larger_monitor_is_brought_back_inside(measured: dict) -> None:
    again = measured["remembered"]
    assert _inside(again["frame"], measured["available"]), again["frame"]
    assert _inside(again["status_bar"], measured["available"]), again["status_bar"]


@pytest.mark.parametrize("key", [area.key for area in AREAS])
def test_every_area_fits_a_1280_by_720_screen(measured: dict, key: str) -> None:
    area = measured["areas"][key]
    width, height = SCREEN
    assert area["screen"][0] <= width and area["screen"][1] <= height, (
        f"{key} asks for {area['screen']}"
    )
    assert area["minimum"][0] <= width and area["minimum"][1] <= height, (
        f"the window with {key} asks for {area['minimum']}"
    )
    assert _inside(area["frame"], measured["available"]), area["frame"]
    assert area["status_bar_visible"] and _inside(area["status_bar"], measured["available"]), area[
        "status_bar"
    ]
