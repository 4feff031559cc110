"""The window in Spanish: the catalogue is loaded for the chosen language, Qt's own buttons
follow, a missing or broken catalogue leaves the window in English (never a blank label),
and the compiled catalogue is the one its .ts says."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from coalition.ui.common.context import AppContext
from coalition.ui.shell import language
from coalition.ui.shell.mainwindow import MainWindow

CATALOGUE = language.TRANSLATIONS_DIR / "coalition_es.ts"
COMPILED = language.TRANSLATIONS_DIR / "coalition_es.qm"
PLURALS = language.TRANSLATIONS_DIR / "coalition_en.ts"
PLURALS_COMPILED = language.TRANSLATIONS_DIR / "coalition_en.qm"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture
def chosen(tmp_path: Path, qapp: QApplication) -> Iterator[QSettings]:
    """Settings of their own; the translators and the default locale put back after."""
    before = QLocale()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield settings
    language.uninstall()
    QLocale.setDefault(before)


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text()


def test_spanish_chosen_speaks_spanish_down_to_qts_own_buttons(chosen: QSettings) -> None:
    chosen.setValue(language.LANGUAGE_KEY, "es")
    assert language.install(chosen) == "es"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&Archivo"
    assert _cancel_text() == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish


def test_english_chosen_installs_nothing(chosen: QSettings) -> None:
    chosen.setValue(language.LANGUAGE_KEY, "en")
    assert language.install(chosen) == "en"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"


@pytest.mark.parametrize("damage", ["missing", "broken", "empty"])
def test_a_missing_or_broken_catalogue_leaves_the_window_in_english_and_says_so(
    chosen: QSettings,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    damage: str,
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    if damage == "broken":
        (folder / "coalition_es.qm").write_bytes(b"not a catalogue at all" * 20)
    elif damage == "empty":
        (folder / "coalition_es.qm").write_bytes(b"")
    chosen.setValue(language.LANGUAGE_KEY, "es")
    with caplog.at_level(logging.WARNING, logger=language.__name__):
        assert language.install(chosen, folder) == "en"
    assert "the window speaks English" in caplog.text
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"


def test_a_broken_catalogue_still_shows_every_menu_named(
    chosen: QSettings, tmp_path: Path, sample_ctx: AppContext, qtbot: QtBot
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "coalition_es.qm").write_bytes(b"\x3c\xb8\x64\x18" + b"\x00" * 64)
    chosen.setValue(language.LANGUAGE_KEY, "es")
    language.install(chosen, folder)
    window = MainWindow(sample_ctx)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "&File"
    assert all(titles)


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    chosen: QSettings, window: MainWindow
) -> None:
    menu = next(menu for menu in window.findChildren(QMenu) if menu.title() == "&Language")
    names = [action.text() for action in menu.actions()]
    assert names == ["The system's language", "English", "Español"]
    assert menu.actions()[0].isChecked()
    menu.actions()[2].trigger()
    assert window.settings.value(language.LANGUAGE_KEY) == "es"
    assert window.statusBar().currentMessage() == (
        "Coalition will speak Español the next time it starts."
    )
    assert language.chosen(window.settings) == "es"


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
@pytest.mark.parametrize(
    ("source", "compiled"), [(CATALOGUE, COMPILED), (PLURALS, PLURALS_COMPILED)]
)
def test_the_compiled_catalogue_is_the_one_its_ts_says(
    tmp_path: Path, source: Path, compiled: Path
) -> None:
    fresh = tmp_path / compiled.name
    subprocess.run(
        [str(LRELEASE), "-silent", str(source), "-qm", str(fresh)], check=True, timeout=60
    )
    assert compiled.read_bytes() == fresh.read_bytes(), (
        f"{compiled.name} is older than {source.name}: run make translations"
    )


@pytest.mark.parametrize(
    ("choice", "one", "three", "thousands"),
    [
        ("en", "1 day late", "3 days late", "1,200 days late"),
        ("es", "1 día de atraso", "3 días de atraso", "1200 días de atraso"),
    ],
)
def test_counts_take_the_languages_own_plural_and_digits(
    chosen: QSettings, choice: str, one: str, three: str, thousands: str
) -> None:
    chosen.setValue(language.LANGUAGE_KEY, choice)
    language.install(chosen)
    if choice == "es":
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))

    def late(n: int) -> str:
        return QCoreApplication.translate("DashboardScreen", "%Ln days late", "", n)

    assert (late(1), late(3), late(1200)) == (one, three, thousands)


def test_the_translations_folder_travels_with_the_package() -> None:
    # coalition/resources/**/* is the package's data (pyproject.toml)
    assert COMPILED.is_file()
    assert COMPILED.parent.parent.name == "resources"


LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_string_of_the_window_is_in_spanish(tmp_path: Path) -> None:
    """The strings of coalition/ui collected again into a copy of the catalogue: none new,
    none unfinished (a string wrapped in tr() and not translated fails here)."""
    copy = tmp_path / "coalition_es.ts"
    copy.write_bytes(CATALOGUE.read_bytes())
    root = Path(language.__file__).resolve().parents[1]
    sources = sorted(str(path) for path in root.rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        timeout=120,
    )
    catalogue = copy.read_text(encoding="utf-8")
    unfinished = re.findall(
        r"<source>([^<]*)</source>\s*(?:<(?:extra)?comment>[^<]*</(?:extra)?comment>\s*)*"
        r'<translation type="unfinished"',
        catalogue,
    )
    assert unfinished == [], f"{len(unfinished)} strings to translate: {unfinished[:10]}"


def test_the_question_before_a_delete_says_delete_in_spanish(
    chosen: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The button that goes ahead was "Delete" whatever the language."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from coalition.ui.common import fieldproblems

    chosen.setValue(language.LANGUAGE_KEY, "es")
    language.install(chosen)
    said: list[str] = []

    def answer(box: QMessageBox) -> int:
        said.append(box.button(QMessageBox.StandardButton.Yes).text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not fieldproblems.ask_to_confirm(parent, "¿Eliminar?")
    assert said == ["Eliminar"]


def _window_locale_under(environment: str, tmp_path: Path) -> list[str]:
    """A number and a date as a window started under ``LC_ALL=environment`` writes them,
    the language left at the system's (a child process: Qt reads the system's locale
    once, at start)."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QDate, QLocale, QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from coalition.ui.shell import language\n"
        "app = QApplication([])\n"
        "language.install(QSettings(sys.argv[1], QSettings.Format.IniFormat))\n"
        "print(QLocale().toString(185332))\n"
        "print(QLocale().toString(QDate(2026, 12, 7), QLocale.FormatType.ShortFormat))\n"
    )
    env = dict(os.environ, LC_ALL=environment, LANG=environment, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.split("\n")[:2]


def test_a_system_without_a_locale_reads_as_english_in_the_united_states(
    tmp_path: Path,
) -> None:
    """A bare machine's "C" locale would write "185332" and an ISO date beside the
    services' "43,490": the window writes as an organizer in the US reads."""
    assert _window_locale_under("C", tmp_path) == ["185,332", "12/7/26"]
    assert _window_locale_under("POSIX", tmp_path) == ["185,332", "12/7/26"]


def test_a_system_locale_is_followed_as_it_is(tmp_path: Path) -> None:
    number, _day = _window_locale_under("de_DE.UTF-8", tmp_path)
    assert number == "185.332"
