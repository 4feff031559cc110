"""`coalition --help`, each sub-command's help and argparse's usage errors in Spanish,
and unchanged in English."""

from __future__ import annotations

import argparse
import gettext

import pytest

from coalition.cli import language as cli_language
from coalition.cli import main


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line per option, whatever the terminal


def test_help_reads_in_spanish(
    wide: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_language.ENVIRONMENT, "es")
    lines = _help(["--help"], capsys).splitlines()
    assert lines[0] == "uso: coalition [-h] [--version] [--db RUTA] [--plain] COMANDO ..."
    assert "argumentos posicionales:" in lines
    assert "opciones:" in lines
    assert any(
        line.split(maxsplit=2) == ["-h,", "--help", "muestra esta ayuda y termina"]
        for line in lines
    )
    assert any(
        line.split()[0] == "add-event"
        and line.split(maxsplit=1)[1]
        == "agrega un evento (una feria, una convención, una mesa en un campus); imprime su id"
        for line in lines
        if line.split()
    )
    assert "Reúne en un solo lugar los aliados" in "\n".join(lines)
    # Only while the command ran: argparse speaks gettext's English again.
    assert vars(argparse)["_"] is gettext.gettext


def test_sub_command_help_reads_in_spanish(
    wide: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_language.ENVIRONMENT, "es")
    out = _help(["add-event", "--help"], capsys)
    assert out.startswith("uso: coalition add-event [-h]")
    for placeholder in ("--name NOMBRE", "[--host ORGANIZACIÓN]", "[--place LUGAR]"):
        assert placeholder in out
    lines = [line.split(maxsplit=2) for line in out.splitlines()]
    assert ["--zone", "ZONA", "zona horaria IANA (por omisión: la del estado)"] in lines


def test_a_usage_error_reads_in_spanish(
    wide: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_language.ENVIRONMENT, "es")
    err = _refused(["add-event", "--name", "Feria"], capsys)
    assert err.startswith("uso: coalition add-event")
    assert err.splitlines()[-1] == (
        "coalition add-event: error: faltan estos argumentos obligatorios: --start, --state"
    )
    err = _refused(["restore"], capsys)
    assert err.splitlines()[-1] == (
        "coalition restore: error: faltan estos argumentos obligatorios: ARCHIVO"
    )
    err = _refused(["add-evnt"], capsys)
    assert "coalition: error: argumento COMANDO: opción no válida: 'add-evnt' (elija entre" in err


def test_english_is_unchanged(
    wide: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_language.ENVIRONMENT, "en")
    lines = _help(["--help"], capsys).splitlines()
    assert lines[0] == "usage: coalition [-h] [--version] [--db PATH] [--plain] COMMAND ..."
    assert "positional arguments:" in lines
    assert "options:" in lines
    assert any(
        line.split(maxsplit=1)
        == ["add-event", "add an event (a fair, a convention, a campus table); prints its id"]
        for line in lines
    )
    out = _help(["add-event", "--help"], capsys)
    for placeholder in ("--name NAME", "[--host ORGANIZATION]", "[--place PLACE]"):
        assert placeholder in out
    lines = [line.split(maxsplit=2) for line in out.splitlines()]
    assert ["--zone", "ZONE", "IANA zone (default: the state's own)"] in lines
    err = _refused(["add-event", "--name", "Fair"], capsys)
    assert err.splitlines()[-1] == (
        "coalition add-event: error: the following arguments are required: --start, --state"
    )
    err = _refused(["restore"], capsys)
    assert err.splitlines()[-1] == (
        "coalition restore: error: the following arguments are required: FILE"
    )
