"""The language the window speaks: the system's, or the one chosen in View → Language.

The choice is kept in the settings (``LANGUAGE_KEY``: "system", "en" or "es") and applied
when the application starts, before any window is made: Coalition's own catalogue
(``coalition/resources/translations/coalition_<lang>.qm``, compiled from the ``.ts`` by
``pyside6-lrelease``), the services' (``coalition_services_<lang>.qm``: their errors,
validation messages and labels, shown through :func:`coalition.common.i18n.shown`) and
Qt's ``qtbase`` catalogue for the standard buttons ("Cancel", "Yes").  A catalogue that
is missing or cannot be read leaves the window in English, the language its strings are
written in, and says so in the log: a label is never blank.

The sentences that count ("%Ln days late") are written once, with Qt's plural forms; English
has a catalogue of its own that holds only those forms (``coalition_en.ts``, collected with
``lupdate -pluralonly``), installed first and never taken out, so that English says "1 day
late" and "3 days late", and a Spanish catalogue installed after it is read first.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from coalition.common import i18n

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
# The languages the window can speak, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
# The services' sentences (errors, validation, labels) have a catalogue of their own,
# collected from the packages below the window and shared with the command line.
SERVICES = "coalition_services"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"

# English's own plural forms: the only entries of coalition_en.ts.
PLURALS = "coalition_en"

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer
_plurals: list[QTranslator] = []  # English's plural forms, installed once for good


def chosen(settings: QSettings) -> str:
    """The language chosen in the settings: "system", or a key of ``LANGUAGES``."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def locale_for(choice: str) -> QLocale:
    """The locale the window uses for ``choice``: the system's, or the chosen language in
    the system's country (Spanish in the United States writes its dates as there).

    A system that names no locale ("C" or "POSIX": a bare machine, a container, a
    session started without ``LANG``) is read as English in the United States, the
    language the window is written in: Qt's C locale writes "185332" and "2026-12-07"
    where the services' sentences beside them say "43,490"."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if choice == SYSTEM:
        return system
    language = QLocale(choice).language()
    return QLocale(language, system.territory())


def install(settings: QSettings, directory: Path | None = None) -> str:
    """Install the translators for the chosen language; return the language the window
    will speak ("en" when there is no catalogue for it, or it cannot be read)."""
    uninstall()
    install_english_plurals()
    choice = chosen(settings)
    locale = locale_for(choice)
    if choice != SYSTEM or locale != QLocale.system():
        QLocale.setDefault(locale)
    code = QLocale.languageToCode(locale.language())
    if code == "en" or code not in LANGUAGES:
        return "en"
    folder = directory if directory is not None else TRANSLATIONS_DIR
    own = QTranslator()
    if not own.load(locale, "coalition", "_", str(folder)) or own.isEmpty():
        log.warning(
            "No readable translation for %s in %s: the window speaks English",
            locale.name(),
            folder,
        )
        return "en"
    QCoreApplication.installTranslator(own)
    _installed.append(own)
    services = QTranslator()  # the services' sentences: errors, labels (coalition.common.i18n)
    if services.load(locale, SERVICES, "_", str(folder)) and not services.isEmpty():
        QCoreApplication.installTranslator(services)
        _installed.append(services)
    else:
        log.warning("No readable translation of the services' sentences in %s", folder)
    i18n.install(_translated)
    i18n.install_numbers(_number)
    i18n.install_days(_day)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    standard = QTranslator()
    if standard.load(locale, "qtbase", "_", qt_folder):
        QCoreApplication.installTranslator(standard)
        _installed.append(standard)
    else:
        log.info("Qt's own translation for %s not found in %s", locale.name(), qt_folder)
    return code


def install_english_plurals(directory: Path | None = None) -> bool:
    """Install English's plural forms ("1 day late", "3 days late") once; every other
    catalogue is installed after it, so Qt reads theirs first.  False when the catalogue
    cannot be read: the counts then read "1 days late", and the log says why."""
    if _plurals:
        return True
    folder = directory if directory is not None else TRANSLATIONS_DIR
    english = QTranslator()
    if not english.load(PLURALS, str(folder)) or english.isEmpty():
        log.warning("No readable English plural forms in %s", folder)
        return False
    QCoreApplication.installTranslator(english)
    _plurals.append(english)
    return True


def _number(value: float, decimals: int) -> str:
    if decimals:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toString(round(value))


def _day(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def uninstall() -> None:
    """Take the translators out again (the window speaks English)."""
    i18n.uninstall()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """View → Language: System / English / Español, one checked; a choice is kept in the
    settings and said to apply the next time Coalition starts."""
    menu = QMenu(tr("&Language"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = chosen(settings)
    options = [(SYSTEM, tr("The system's language")), *LANGUAGES.items()]
    for key, label in options:
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(key == current)
        action.setData(key)
        group.addAction(action)
        menu.addAction(action)

    def choose(action: QAction) -> None:
        key = str(action.data())
        settings.setValue(LANGUAGE_KEY, key)
        settings.sync()
        if key == SYSTEM:
            sentence = tr("Coalition will follow the system's language the next time it starts.")
        else:
            sentence = tr("Coalition will speak {language} the next time it starts.").format(
                language=action.text()
            )
        window = parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(sentence, 10000)
        else:
            QMessageBox.information(parent, tr("Language"), sentence)

    group.triggered.connect(choose)
    return menu
