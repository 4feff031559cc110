"""The newest areas in Spanish: what Edit → Undo names, the events' and goals' refusals,
and the fieldwork commands, while the change set and ``str()`` of an error stay English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from coalition.cli import language as cli_language
from coalition.cli import main
from coalition.common.errors import ValidationError
from coalition.common.i18n import shown
from coalition.directory import profiles
from coalition.endorsements import records as endorsements
from coalition.events import events
from coalition.goals import records as goals
from coalition.goals.records import GoalInput
from coalition.store import audit
from coalition.store.models import GoalMeasure
from coalition.ui.common.context import AppContext
from coalition.ui.shell import language


@pytest.fixture
def window_in_spanish(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.LANGUAGE_KEY, "es")
    assert language.install(settings) == "es"
    yield
    language.uninstall()


def test_edit_undo_names_the_change_in_spanish_and_the_change_set_keeps_english(
    window_in_spanish: None, ctx: AppContext
) -> None:
    goal = ctx.run(goals.create_goal, GoalInput(name="Followers", target=5000))
    assert ctx.undo_stack.undoText() == "Agregar meta"
    assert ctx.undo_stack.command(0).changeset.label == "Add goal"  # type: ignore[attr-defined]
    event = ctx.run(
        events.create_event,
        events.EventInput(name="Fresno fair table", start="2026-10-03 10:00", state="CA"),
    )
    ctx.run(events.cancel_event, event.id)
    assert ctx.undo_stack.undoText() == "Cancelar evento"
    ctx.undo_stack.undo()
    assert ctx.undo_stack.redoText() == "Cancelar evento"
    assert ctx.undo_stack.undoText() == "Agregar evento"
    with ctx.reading() as session:
        assert goals.get_goal(session, goal.id).name == "Followers"


def test_an_events_refusal_is_english_in_the_log_and_spanish_where_shown(
    window_in_spanish: None,
) -> None:
    with pytest.raises(ValidationError) as caught:
        events.EventInput(
            name="Fair", start="2026-10-03 10:00", end="2026-10-03 09:00", state="CA"
        ).validated()
    assert caught.value.problems["end"] == (
        "the end (2026-10-03 09:00) comes before the start (2026-10-03 10:00)"
    )
    assert (
        shown(caught.value) == "el fin (2026-10-03 09:00) es anterior al inicio (2026-10-03 10:00)"
    )


@pytest.fixture
def fieldwork_db(session: Session, db_path: Path) -> Path:
    profiles.save_profile(
        session,
        profiles.ProfileInput(name="Test Organizer", email="test@example.org", role="coordinator"),
    )
    campaign = endorsements.create_campaign(
        session,
        endorsements.CampaignInput(name="Independence plebiscite", kind="ballot_initiative"),
    )
    goals.create_goal(
        session,
        GoalInput(
            name="Valid signatures",
            measure=GoalMeasure.PETITION_SIGNATURES,
            campaign_id=campaign.id,
            target=546_651,
            deadline="2027-03-15",
            validity_percent=75,
        ),
    )
    return db_path


def test_add_batch_refuses_in_spanish_and_goals_reads_in_spanish(
    fieldwork_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_language.ENVIRONMENT, "es")
    # Numbers as Spanish writes them where the terminal is: Mexico groups with commas.
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_NUMERIC", raising=False)
    code = main(
        ["--db", str(fieldwork_db), "add-batch", "--campaign", "Independence plebiscite",
         "--county", "Yolo", "--raw", "1000", "--verified", "1200"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == (
        "coalition: --verified: 1,200 verificadas es más que las 1,000 firmas recogidas de "
        "este lote; un lote no puede tener más firmas válidas de las que contiene; "
        "no se guardó nada\n"
    )
    code = main(["--db", str(fieldwork_db), "goals"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Valid signatures",
        "  cifra: 0 firmas válidas · avance 0 %",
        "  origen: contado a partir de los datos: de 0 lotes de firmas, 0 verificados",
        "  firmas: 0 recogidas · 0 válidas previstas (75%) · 0 verificadas de 546,651",
        "  porcentaje válido: el 75 % que espera la meta (todavía no hay lotes verificados)",
        "  meta: 546,651 · fecha límite: 2027-03-15",
    ]
    # Spain groups with points.
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert main(["--db", str(fieldwork_db), "goals"]) == 0
    assert "  meta: 546.651 · fecha límite: 2027-03-15" in capsys.readouterr().out.splitlines()


def test_history_says_what_happened_in_spanish(window_in_spanish: None, ctx: AppContext) -> None:
    event = ctx.run(
        events.create_event,
        events.EventInput(name="Fresno fair table", start="2026-10-03 10:00", state="CA"),
    )
    ctx.run(events.cancel_event, event.id)
    with ctx.reading() as session:
        headlines = [entry.headline() for entry in audit.history(session, "event", event.id)]
    assert headlines == ["Evento: se cambió", "Evento: se agregó"]
    language.uninstall()
    with ctx.reading() as session:
        headlines = [entry.headline() for entry in audit.history(session, "event", event.id)]
    assert headlines == ["Event changed", "Event added"]


def test_the_lists_column_headings_and_a_sync_summary_speak_spanish(
    window_in_spanish: None, ctx: AppContext, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    from coalition.sync.run import SyncReport
    from coalition.ui.directory.people import PeopleScreen

    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    headings = [
        screen.model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(screen.model.columnCount())
    ]
    assert headings[:3] == ["Nombre", "Correo electrónico", "Teléfono"]
    # Spanish as the system's country writes it: "1,200" in the US, "1200" in Spain.
    sent = QLocale().toString(1200)
    assert sent in ("1,200", "1200", "1.200")
    assert SyncReport(sent=1200, received=3, conflicts=1).sentence() == (
        f"Sincronizado: {sent} enviados, 3 recibidos, 1 conflicto por revisar."
    )
