"""Fixtures for driving the real widgets over a real SQLite file."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalition.store import Database, open_database
from coalition.ui.common.context import AppContext
from profile_helpers import set_profile_in

if TYPE_CHECKING:
    from coalition.ui.shell.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def american_english() -> Iterator[None]:
    """Screens write dates and numbers in the person's locale: tests read them as an
    organizer in the US would (not in the C locale of a build machine), unless a test
    sets another."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Save / Discard / Cancel question no test asked for fails the test at once,
    instead of waiting for a click that never comes (a test that expects one answers
    it by replacing ``editing.ask_hook`` itself)."""
    from coalition.ui.common import editing

    def unexpected(_parent: object, what: str) -> editing.Answer:
        raise AssertionError(f"unexpected question: save the changes to {what}?")

    monkeypatch.setattr(editing, "ask_hook", unexpected)


@pytest.fixture(scope="session")
def sample_template(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The migrated database with the sample coalition loaded, once for the whole run and
    copied for each test that asks for it (loading the sample costs about a second)."""
    from coalition import sample

    path = tmp_path_factory.mktemp("sample") / "coalition.db"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    with db.session() as session:
        sample.load_sample(session)
    db.close()  # the last connection to close checkpoints the WAL: the copy is whole
    return path


@pytest.fixture
def ui_db(
    request: pytest.FixtureRequest, tmp_path: Path, migrated_template: Path
) -> Iterator[Database]:
    """A database file of the test's own: the sample coalition's when the test asks for
    ``sample_ctx`` (itself, or through the ``window`` on it), an empty one otherwise;
    the suite's organizer is set up on it (tests/app/test_profile_window.py: before)."""
    wants_sample = "sample_ctx" in request.fixturenames
    template = request.getfixturevalue("sample_template") if wants_sample else migrated_template
    path = tmp_path / "coalition.db"
    shutil.copyfile(template, path)
    db = open_database(path)
    with db.session() as session:  # the organizer the suite acts as, set up on it
        set_profile_in(session)
    yield db
    db.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own, never the person's real ones."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(qapp: QApplication, ui_db: Database, settings: QSettings) -> Iterator[AppContext]:
    context = AppContext(ui_db, settings)
    yield context
    context.retire()  # its organizer is lent to no later test (its windows: see tmp_path)


@pytest.fixture
def sample_ctx(ctx: AppContext) -> AppContext:
    """A context whose database holds the sample coalition (see :func:`ui_db`)."""
    return ctx


@pytest.fixture
def window(qtbot: QtBot, sample_ctx: AppContext) -> MainWindow:
    """The main window on the sample coalition, shown and active (shortcuts answer only
    in the active window)."""
    from coalition.ui.shell.mainwindow import MainWindow

    win = MainWindow(sample_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win
