"""Starting the app: the window's shell first, then the database and the area last shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from coalition.ui.shell import app
from coalition.ui.shell.mainwindow import AREAS
from tests.app.conftest import start_window


def test_the_shell_shows_before_the_database_opens(
    qtbot: QtBot, sample_file: Path, settings: QSettings
) -> None:
    window = start_window(qtbot, sample_file, settings)
    assert window.isVisible()
    assert window.ctx is None
    assert window.stack.count() == 0
    assert window.sidebar.count() > 0
    assert window.statusBar().currentMessage() == f"Opening {sample_file.resolve()}…"
    assert str(sample_file.resolve()) in window.windowTitle()
    assert not window.undo_action.isEnabled()
    with qtbot.waitSignal(window.databaseAttached, timeout=10_000):
        pass
    window.ctx.db.close()


def test_the_window_shows_the_organizations_once_the_database_is_open(
    qtbot: QtBot, sample_file: Path, settings: QSettings
) -> None:
    window = start_window(qtbot, sample_file, settings)
    with qtbot.waitSignal(window.databaseAttached, timeout=10_000):
        pass
    first = AREAS[window.sidebar.currentRow()].key
    assert window.stack.currentWidget() is window.area(first)  # the area chosen in the shell
    screen = window.show_area("organizations")
    assert screen.model.rowCount() > 0  # type: ignore[attr-defined]  # show_area returns a QWidget; this area is a ListScreen
    assert "organizations" in screen.count_label.text()  # type: ignore[attr-defined]  # show_area returns a QWidget; this area is a ListScreen
    assert window.statusBar().currentMessage() != f"Opening {sample_file.resolve()}…"
    assert window.undo_action.shortcut().toString()  # shortcuts come with the database
    assert all(
        action.isEnabled()
        for action in window.actions()
        if action.text() != "&Redo" and action is not window.undo_action
    )
    window.ctx.db.close()


def test_an_unopenable_database_is_said_clearly_and_the_window_closes(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my meeting notes, not a database.\n" * 200)
    said: list[str] = []
    monkeypatch.setattr(
        app.QMessageBox, "critical", lambda _parent, _title, text: said.append(text)
    )
    window = start_window(qtbot, path, settings)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "not a database" in said[0]
    assert str(path) in said[0]
    assert not window.isVisible()
    assert window.ctx is None


def test_the_shell_names_a_server_without_its_password() -> None:
    shown = app.describe_target("postgresql+psycopg://ana:s3cret@db.example.org/coalition")
    assert shown == "postgresql+psycopg://ana:***@db.example.org/coalition"
    assert "s3cret" not in shown


def test_the_command_reaches_the_window_before_the_database_layer(tmp_path: Path) -> None:
    """``coalition`` (no sub-command) hands over to the window without importing
    SQLAlchemy or the models: the window imports them on another thread while its shell
    is painted, and the shell would otherwise wait for them."""
    probe = (
        "import sys\n"
        "import coalition.ui.shell.app as app\n"
        "def run_gui(target, encrypt=False):\n"
        "    print(sorted(m for m in sys.modules\n"
        "                 if m == 'sqlalchemy' or m.startswith('coalition.store.models')))\n"
        "    return 0\n"
        "app.run_gui = run_gui\n"
        "from coalition.cli import main\n"
        f"raise SystemExit(main(['--db', {str(tmp_path / 'c.db')!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
