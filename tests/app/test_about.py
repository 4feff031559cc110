"""Help → About says the version, where the data is kept, whether the database open in the
window is encrypted, and the licence; ``coalition --version`` says the version."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalition import APP_ID, LICENSE, __version__
from coalition.cli import main
from coalition.store import open_database
from coalition.store.encryption import KeyMaterial
from coalition.ui.common.context import AppContext
from coalition.ui.shell.about import AboutBox
from coalition.ui.shell.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path / "share"


def about_of(window: MainWindow, qtbot: QtBot) -> dict[str, str]:
    """Choose Help → About in ``window`` and read what the box says, then close it."""
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    about = next(a for a in help_menu.actions() if a.text().replace("&", "").startswith("About"))
    about.trigger()
    box = window.findChild(AboutBox, "aboutBox")
    assert box is not None and box.isVisible()
    facts = {label: value for label, value in box.facts}
    assert __version__ in box.text()
    box.close()
    qtbot.waitUntil(lambda: window.findChild(AboutBox, "aboutBox") is None)
    return facts


def test_about_a_plain_file(qtbot: QtBot, ctx: AppContext, data_home: Path) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    facts = about_of(window, qtbot)
    assert facts["Version:"] == __version__
    if sys.platform.startswith("linux"):
        assert facts["Data folder:"] == str(data_home / APP_ID)
    assert facts["Database:"] == ctx.db.describe()
    assert facts["Encryption:"].startswith("Not encrypted")
    assert facts["Licence:"] == (
        "GNU General Public License, version 3 or any later version (GPL-3.0-or-later)"
    )


def test_about_an_encrypted_file(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    db = open_database(tmp_path / "sealed.db", key=KeyMaterial.generate())
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings))
    qtbot.addWidget(window)
    window.show()
    try:
        facts = about_of(window, qtbot)
    finally:
        db.close()
    assert facts["Database:"] == str(tmp_path / "sealed.db")
    assert facts["Encryption:"] == "Encrypted on this computer (SQLCipher, AES-256)"


def test_about_before_the_database_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, location="/somewhere/coalition.db")
    qtbot.addWidget(window)
    window.show()
    facts = about_of(window, qtbot)
    assert facts["Database:"] == "/somewhere/coalition.db"
    assert facts["Encryption:"] == "Not known until the database is open"


def test_the_licence_shown_is_the_one_the_package_declares() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project["license"]
    assert (declared if isinstance(declared, str) else declared["text"]) == LICENSE
    assert project["version"] == __version__


def test_version_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--version"])
    assert ended.value.code == 0
    assert capsys.readouterr().out.strip() == f"Coalition {__version__}"
