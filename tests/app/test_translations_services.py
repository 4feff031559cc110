"""The services' sentences in Spanish: what they refuse, the labels they give, and what
the command line prints, from their own catalogue (coalition_services_es.ts), while
``str()`` of an error stays English for the logs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalition.cli import language as cli_language
from coalition.cli import main
from coalition.common import i18n, validation
from coalition.common.errors import CoalitionError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.store.models import ItemStatus, OrgKind
from coalition.ui.common.context import AppContext
from coalition.ui.shell import language
from coalition.ui.shell.profiles import ProfileDialog
from profile_helpers import set_profile

FOLDER = language.TRANSLATIONS_DIR
CATALOGUE = FOLDER / "coalition_services_es.ts"
COMPILED = FOLDER / "coalition_services_es.qm"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
ROOT = Path(language.__file__).resolve().parents[3]  # the checkout


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The services speak Spanish, as the command line makes them when asked to."""
    monkeypatch.setenv(cli_language.ENVIRONMENT, "es")
    assert cli_language.install() == "es"
    yield
    cli_language.uninstall()


def _spanish_env(tmp_path: Path) -> dict[str, str]:
    """A terminal in Spanish, with no language chosen in the window."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.pop(cli_language.ENVIRONMENT, None)
    env["LANG"] = "es_ES.UTF-8"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def test_an_error_reads_english_in_the_log_and_spanish_where_shown(spanish: None) -> None:
    try:
        validation.phone("555")
    except ValueError as exc:
        problem = i18n.sentence_of(exc)
    error = ValidationError({"phone": problem})
    assert str(error) == "'555' has the wrong number of digits for a phone number"
    assert (
        shown(error) == "“555” no tiene la cantidad correcta de dígitos para un número de teléfono"
    )


def test_a_sentence_inside_a_sentence_is_translated_too(spanish: None) -> None:
    field = QT_TRANSLATE_NOOP("Fields", "signature goal")
    inner = QT_TRANSLATE_NOOP("Validation", "the {what} cannot be negative").format(what=field)
    error = CoalitionError(
        QT_TRANSLATE_NOOP("CommandLine", "{option}: {problem}").format(
            option="--goal", problem=inner
        )
    )
    assert str(error) == "--goal: the signature goal cannot be negative"
    assert shown(error) == "--goal: «meta de firmas» no puede ser negativo"


def test_labels_follow_the_language_and_never_change_the_values(spanish: None) -> None:
    assert ItemStatus.CARRIED.label == "Pasa a la siguiente"
    assert OrgKind.GRASSROOTS.label == "Grupo de base"
    assert ItemStatus.CARRIED.value == "carried"


def test_without_a_translator_everything_reads_as_written() -> None:
    assert ItemStatus.CARRIED.label == "Carried over"
    sentence = QT_TRANSLATE_NOOP("Validation", "'{value}' is not a phone number").format(value="x")
    assert shown(sentence) == "'x' is not a phone number"


def test_a_translation_that_does_not_fit_its_values_gives_the_english() -> None:
    i18n.install(lambda context, text: "{missing} roto")
    try:
        sentence = QT_TRANSLATE_NOOP("Drafts", "that draft no longer exists").format()
        assert shown(QT_TRANSLATE_NOOP("Drafts", "x {a}").format(a=1)) == "x 1"
        assert shown(sentence) == "that draft no longer exists"
    finally:
        i18n.uninstall()


def test_the_terminal_locale_and_the_windows_choice_decide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", cli_language.ENVIRONMENT):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert cli_language.wanted() == "es"
    monkeypatch.setenv("LC_MESSAGES", "en_US.UTF-8")
    assert cli_language.wanted() == "en"
    settings = tmp_path / "io.github.coalitionapp.Coalition" / "Coalition.conf"
    settings.parent.mkdir()
    settings.write_text("[ui]\nlanguage=es\n", encoding="utf-8")
    assert cli_language.wanted() == "es"  # chosen in View → Language
    monkeypatch.setenv(cli_language.ENVIRONMENT, "en")
    assert cli_language.wanted() == "en"


def test_a_missing_catalogue_leaves_the_command_line_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_language.ENVIRONMENT, "es")
    assert cli_language.install(tmp_path) == "en"
    assert ItemStatus.OPEN.label == "Open"


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "coalition.db"
    shutil.copyfile(migrated_template, path)
    return set_profile(path)


def test_the_command_line_speaks_spanish_in_a_spanish_terminal(
    db_path: Path, tmp_path: Path
) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "coalition", "--db", str(db_path), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=_spanish_env(tmp_path),
            cwd=ROOT,
        )

    refused = run("declaration", "nothing")
    assert refused.returncode == 1
    assert refused.stderr == "coalition: No hay ninguna propuesta “nothing”.\n"
    shown_profile = run("profile")
    assert shown_profile.returncode == 0, shown_profile.stderr
    assert shown_profile.stdout.splitlines()[0].startswith("Nombre:")
    assert "Organización:" in shown_profile.stdout


def test_in_process_the_language_is_put_back_after_each_command(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(cli_language.ENVIRONMENT, "es")
    assert (
        main(
            [
                "--db",
                str(db_path),
                "export-ics",
                "--from",
                "2026-02-01",
                "--to",
                "2026-01-01",
                "--out",
                str(tmp_path / "x.ics"),
            ]
        )
        == 1
    )
    assert capsys.readouterr().err == (
        "coalition: --to 2026-01-01 es anterior a --from 2026-02-01\n"
    )
    assert ItemStatus.OPEN.label == "Open"  # English again once the command is done


@pytest.fixture
def window_in_spanish(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.LANGUAGE_KEY, "es")
    assert language.install(settings) == "es"
    yield
    language.uninstall()


def test_a_dialog_shows_the_services_refusal_in_spanish(
    window_in_spanish: None, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = ProfileDialog(ctx, first=False)
    qtbot.addWidget(dialog)
    dialog.name.setText("Rosa Núñez")
    dialog.email.setText("rosa at example")
    dialog.accept()
    assert dialog.errors["email"].text().startswith("“rosa at example” no es una dirección")
    assert dialog.saved is None


def test_the_window_going_back_to_english_takes_the_services_along(
    window_in_spanish: None,
) -> None:
    assert ItemStatus.DROPPED.label == "Descartado"
    language.uninstall()
    assert ItemStatus.DROPPED.label == "Dropped"


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_the_compiled_services_catalogue_is_the_one_its_ts_says(tmp_path: Path) -> None:
    fresh = tmp_path / "coalition_services_es.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(CATALOGUE), "-qm", str(fresh)], check=True, timeout=60
    )
    assert COMPILED.read_bytes() == fresh.read_bytes(), (
        "coalition_services_es.qm is older than its .ts: run make translations"
    )


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_sentence_of_the_services_is_in_spanish(tmp_path: Path) -> None:
    """The sentences marked below the window and in the command line collected again into
    a copy of the catalogue: none new, none unfinished."""
    copy = tmp_path / "coalition_services_es.ts"
    copy.write_bytes(CATALOGUE.read_bytes())
    package = ROOT / "coalition"
    sources = sorted(
        str(path) for path in package.rglob("*.py") if (package / "ui") not in path.parents
    )
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
    assert unfinished == [], f"{len(unfinished)} sentences to translate: {unfinished[:10]}"


def test_every_translation_keeps_the_placeholders_it_is_given() -> None:
    """A translation may leave out an English plural ending ({value}) or article, never
    name a value the sentence does not give."""
    catalogue = CATALOGUE.read_text(encoding="utf-8")
    pairs = re.findall(r"<source>([^<]*)</source>\s*<translation>([^<]*)</translation>", catalogue)
    assert len(pairs) > 400
    for source, translation in pairs:
        given = set(re.findall(r"\{([^{}]*)\}", source))
        used = set(re.findall(r"\{([^{}]*)\}", translation))
        assert used <= given, (source, translation)
