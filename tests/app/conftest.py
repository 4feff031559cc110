"""What the start-up tests share: a file holding the sample coalition, and a window
started on a file as the `coalition` command starts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from coalition import sample
from coalition.store import open_database
from coalition.ui.shell import app
from coalition.ui.shell.mainwindow import MainWindow


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "coalition.db"
    db = open_database(path)
    with db.session() as session:
        sample.load_sample(session)
    db.close()
    return path


def start_window(qtbot: QtBot, target: Path, settings: QSettings) -> MainWindow:
    window = app.Application().start_window(str(target), settings)
    qtbot.addWidget(window)
    return window
