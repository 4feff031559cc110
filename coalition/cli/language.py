"""The language the command line speaks: the one chosen in the window, else the system's.

The window keeps its choice in Qt's settings (``ui/language``: "system", "en" or "es"); a
choice of a language is followed here too.  Otherwise the locale of the messages decides,
as for any program at a terminal: ``LC_ALL``, else ``LC_MESSAGES``, else ``LANG``
(``es_MX.UTF-8`` → Spanish).  ``COALITION_LANGUAGE`` ("en", "es" or "system") comes before
both, for a script that wants one language whatever the machine says.

English needs nothing loaded, so a command in English starts as fast as before.  Another
language loads the services' catalogue (``coalition_services_<lang>.qm``) through Qt's
QTranslator, and every sentence the services raise or the command line prints goes
through it (:mod:`coalition.common.i18n`).  A missing or broken catalogue leaves the
command line in English.
"""

from __future__ import annotations

import argparse
import configparser
import datetime as dt
import logging
import os
import sys
from pathlib import Path

from coalition import APP_ID, APP_NAME
from coalition.common import i18n
from coalition.common.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es")
SYSTEM = "system"
ENVIRONMENT = "COALITION_LANGUAGE"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
CATALOGUE = "coalition_services"

_kept: list[object] = []  # the QTranslator in use: Qt's object must outlive its use

# argparse's own words (its headings, its usage line and its errors), which it passes
# through gettext as it writes them: marked here so that the catalogue has them, and
# shown from it while a language is installed (see _install_argparse_words).
ARGPARSE = "argparse"
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)

_ARGPARSE_GETTEXT = {name: vars(argparse)[name] for name in ("_", "ngettext")}  # gettext's


def _settings_file() -> Path:
    """Where Qt keeps the window's settings on Linux and the BSDs (an INI file)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / APP_ID / f"{APP_NAME}.conf"


def saved_choice() -> str:
    """The language chosen in the window's View → Language ("system" when none)."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(_settings_file(), encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError):
            return SYSTEM
        value = parser.get("ui", "language", fallback=SYSTEM).strip()
    else:  # the registry, or a property list: only Qt reads them
        from PySide6.QtCore import QSettings

        value = str(QSettings(APP_ID, APP_NAME).value("ui/language", SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def system_language() -> str:
    """The language of the messages in the locale the terminal gives ("en" by default)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def wanted() -> str:
    """The language the command line should speak now."""
    forced = os.environ.get(ENVIRONMENT, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    if forced != SYSTEM:
        choice = saved_choice()
        if choice != SYSTEM:
            return choice
    return system_language()


def install(directory: Path | None = None) -> str:
    """Speak the wanted language from now on; return the one spoken ("en" when its
    catalogue is missing or cannot be read)."""
    uninstall()
    language = wanted()
    if language == "en":
        return "en"
    from PySide6.QtCore import QTranslator

    folder = directory if directory is not None else TRANSLATIONS_DIR
    translator = QTranslator()
    path = folder / f"{CATALOGUE}_{language}.qm"
    if not translator.load(str(path)) or translator.isEmpty():
        log.warning("No readable translation in %s: the command line speaks English", path)
        return "en"

    def translated(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    _kept.append(translator)
    i18n.install(translated)
    _install_argparse_words(translated)
    from PySide6.QtCore import QLocale

    # The numbers as the language writes them where the terminal is (es_MX: 43,490;
    # es_ES: 43.490).
    where = os.environ.get("LC_ALL") or os.environ.get("LC_NUMERIC") or os.environ.get("LANG")
    locale = QLocale((where or language).split(".")[0].split("@")[0])
    if locale.language() != QLocale(language).language():
        locale = QLocale(language)

    def number(value: float, decimals: int) -> str:
        if decimals:
            return locale.toString(float(value), "f", decimals)
        return locale.toString(round(value))

    i18n.install_numbers(number)

    def day(when: dt.date) -> str:
        from PySide6.QtCore import QDate

        return locale.toString(QDate(when.year, when.month, when.day), "d MMM yyyy")

    i18n.install_days(day)
    return language


def _install_argparse_words(translated: i18n.Translator) -> None:
    """argparse's own words from the catalogue (it looks ``_`` and ``ngettext`` up in its
    module as it writes them; :func:`uninstall` puts gettext's back)."""

    def words(text: str | None) -> str | None:
        return text if text is None else translated(ARGPARSE, text)

    def plural_words(singular: str, plural: str, count: int) -> str:
        return translated(ARGPARSE, singular if count == 1 else plural)

    vars(argparse).update(_=words, ngettext=plural_words)


def uninstall() -> None:
    """English again (the sentences as written)."""
    i18n.uninstall()
    _kept.clear()
    vars(argparse).update(_ARGPARSE_GETTEXT)
