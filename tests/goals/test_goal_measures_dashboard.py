"""The dashboard and its dialogs for the work at the table, driven as an organizer would:
a petition goal's card in words, a hand-set figure marked, batches typed in (a verified
count above the raw one refused beside its field), verified, and added up."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coalition.goals import batches as petition
from coalition.sample.goal_figures import VIEWS_GOAL_NAME
from coalition.store.models import GoalMeasure, PetitionBatch, RegistrationTally
from coalition.ui.common.context import AppContext
from coalition.ui.goals.batches import PetitionBatchesDialog
from coalition.ui.goals.dialogs import GoalDialog
from coalition.ui.goals.screen import DashboardScreen
from coalition.ui.goals.tallies import RegistrationsDialog

SIGNATURES = "Valid signatures for the plebiscite"


@pytest.fixture
def dashboard(qtbot: QtBot, sample_ctx: AppContext) -> DashboardScreen:
    screen = DashboardScreen(sample_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def card(screen: DashboardScreen, name: str) -> Any:
    return next(c for c in screen.cards if c.status.name == name)


def batches_count(ctx: AppContext) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(PetitionBatch)) or 0


def test_a_petition_card_says_raw_projected_valid_and_verified_in_words(
    dashboard: DashboardScreen,
) -> None:
    signatures = card(dashboard, SIGNATURES)
    p = signatures.status.petition
    assert signatures.value.text() == f"{p.projected_valid:,} of 546,651"
    share = round(p.raw / 546_651 * 100)
    assert signatures.signatures.text() == (
        f"Projected valid; {p.raw:,} raw ({share}%) · {p.verified:,} verified "
        f"({round(p.verified / 546_651 * 100)}%)"
    )
    assert signatures.signatures.isVisible()
    origin = signatures.status.origin
    assert signatures.source.text() == (
        f"From {origin.records:,} petition batches, {origin.verified:,} verified"
    )
    registrations = card(dashboard, "Voters registered with the CNP")
    assert registrations.source.text().startswith("From ") and "reports" in (
        registrations.source.text()
    )
    assert not registrations.signatures.isVisible()


def test_a_hand_set_figure_is_marked_on_its_card(dashboard: DashboardScreen) -> None:
    views = card(dashboard, VIEWS_GOAL_NAME)
    assert views.source.text().startswith("Set by hand · latest ")
    assert "italic" in views.source.styleSheet()
    assert "not counted from the data" in views.source.toolTip()
    for other in dashboard.cards:
        if other is not views:
            assert "Set by hand" not in other.source.text()


def test_the_card_opens_its_batches_and_the_dashboard_its_reports(
    dashboard: DashboardScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QDialog] = []
    monkeypatch.setattr(DashboardScreen, "_run_dialog", staticmethod(shown.append))
    signatures = card(dashboard, SIGNATURES)
    signatures.setFocus()
    signatures.keyPressEvent(_enter())
    assert isinstance(shown[-1], PetitionBatchesDialog)
    assert shown[-1].campaign_id == signatures.status.campaign_id
    assert "§18650" in shown[-1].note.text()
    actions = [a.text() for a in signatures.menu_button.menu().actions()]
    assert "Petition batches…" in actions
    menu = dashboard.fieldwork_button.menu()
    next(a for a in menu.actions() if a.text() == "Registrations and pledges…").trigger()
    assert isinstance(shown[-1], RegistrationsDialog)
    for dialog in shown:
        dialog.deleteLater()


def _enter() -> Any:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)


def test_batches_are_typed_in_refused_with_why_verified_and_added_up(
    qtbot: QtBot, dashboard: DashboardScreen, sample_ctx: AppContext
) -> None:
    campaign_id = card(dashboard, SIGNATURES).status.campaign_id
    dialog = PetitionBatchesDialog(sample_ctx, campaign_id, 76, parent=dashboard)
    qtbot.addWidget(dialog)
    before = batches_count(sample_ctx)
    rows = dialog.batch_table.rowCount()
    qtbot.keyClicks(dialog.county, "Alpine")
    qtbot.keyClicks(dialog.raw, "1000")
    qtbot.keyClicks(dialog.verified, "1200")
    dialog.collector.clear()
    qtbot.keyClicks(dialog.collector, "Nadia Flores")
    assert not dialog.submit()
    assert dialog.problem_text("verified_count").startswith(
        "1,200 verified is more than the 1,000 raw signatures of this batch"
    )
    assert batches_count(sample_ctx) == before
    dialog.verified.clear()
    assert dialog.submit()
    assert batches_count(sample_ctx) == before + 1
    assert dialog.batch_table.rowCount() == rows + 1
    # The next batch of the night keeps the county and the collector.
    assert (dialog.county.text(), dialog.collector.text()) == ("Alpine", "Nadia Flores")
    counties = [
        dialog.county_table.item(r, 0).text() for r in range(dialog.county_table.rowCount())
    ]
    assert "Alpine" in counties
    collectors = dialog.collector_table
    row = next(
        r for r in range(collectors.rowCount()) if collectors.item(r, 0).text() == "Nadia Flores"
    )
    assert (collectors.item(row, 2).text(), collectors.item(row, 4).text()) == ("1,000", "—")

    # Verify it: choose it in the list, give the verified count, Verify.
    new_row = next(
        r
        for r in range(dialog.batch_table.rowCount())
        if dialog.batch_table.item(r, 1).text() == "Alpine"
    )
    dialog.batch_table.selectRow(new_row)
    assert dialog.verify_button.isEnabled()
    dialog.verified.setText("810")
    assert dialog.verify_chosen()
    with sample_ctx.reading() as session:
        alpine = next(b for b in petition.batches(session, campaign_id) if b.county == "Alpine")
    assert alpine.verified == 810 and alpine.verified_on is not None
    row = next(
        r for r in range(collectors.rowCount()) if collectors.item(r, 0).text() == "Nadia Flores"
    )
    assert collectors.item(row, 4).text() == "81.0%"
    assert "projected valid" in dialog.summary.text()
    # Verify with the count left empty takes the verified count away: asked first.
    dialog.batch_table.selectRow(
        next(
            r
            for r in range(dialog.batch_table.rowCount())
            if dialog.batch_table.item(r, 1).text() == "Alpine"
        )
    )
    dialog.verified.clear()
    asked: list[str] = []
    dialog.confirm = lambda question, _detail, _action: asked.append(question) or False  # type: ignore[method-assign]
    assert not dialog.verify_chosen()
    assert asked == ["Mark this batch as not verified?"]
    with sample_ctx.reading() as session:
        alpine = next(b for b in petition.batches(session, campaign_id) if b.county == "Alpine")
    assert alpine.verified == 810  # kept: the question was answered No
    sample_ctx.undo_stack.undo()
    with sample_ctx.reading() as session:
        alpine = next(b for b in petition.batches(session, campaign_id) if b.county == "Alpine")
    assert alpine.verified is None


def test_registrations_are_reported_and_added_up_by_county(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    dialog = RegistrationsDialog(sample_ctx)
    qtbot.addWidget(dialog)
    with sample_ctx.reading() as session:
        before = session.scalar(select(func.count()).select_from(RegistrationTally)) or 0
    qtbot.keyClicks(dialog.count, "-5")
    assert not dialog.submit()
    assert "cannot be negative" in dialog.problem_text("count")
    dialog.count.setText("42")
    qtbot.keyClicks(dialog.county, "Alpine")
    assert dialog.submit()
    with sample_ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(RegistrationTally)) == before + 1
    table = dialog.county_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Alpine")
    assert table.item(row, 3).text() == "42"


def test_the_goal_dialog_offers_the_new_measures_and_the_valid_share(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    dialog = GoalDialog(sample_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.measure.setCurrentIndex(dialog.measure.findData(GoalMeasure.PETITION_SIGNATURES))
    assert dialog.campaign.isVisible() and dialog.validity.isVisible()
    assert not dialog.unit.isVisible()
    dialog.name.setText("Signatures")
    dialog.target.setText("1000")
    dialog.validity.setText("150")
    dialog.accept()
    assert "campaign" in dialog.problem_text("campaign_id")
    assert "from 1 to 100" in dialog.problem_text("validity_percent")
    dialog.measure.setCurrentIndex(dialog.measure.findData(GoalMeasure.RECORDED))
    assert dialog.measure.currentText() == "Set by hand (values you record)"
    assert not dialog.validity.isVisible() and dialog.unit.isVisible()


@pytest.mark.parametrize("which", ["batches", "registrations"])
def test_escape_asks_before_a_typed_count_is_lost_and_save_adds_it(
    qtbot: QtBot, sample_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    from coalition.ui.common import editing

    dialog: Any = (
        PetitionBatchesDialog(sample_ctx) if which == "batches" else RegistrationsDialog(sample_ctx)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.raw if which == "batches" else dialog.count
    dialog.reject()  # nothing typed: it closes without a question
    assert not dialog.isVisible()
    dialog.show()
    field.setText("555")
    answers = [editing.Answer.CANCEL, editing.Answer.SAVE]
    asked: list[str] = []
    monkeypatch.setattr(
        editing, "ask_hook", lambda _parent, what: asked.append(what) or answers.pop(0)
    )
    dialog.reject()
    assert dialog.isVisible() and field.text() == "555"  # Cancel: kept as typed
    if which == "batches":
        dialog.county.setText("Alpine")
    before = (
        batches_count(sample_ctx) if which == "batches" else _count(sample_ctx, RegistrationTally)
    )
    dialog.reject()  # Save: stored, then closed
    after = (
        batches_count(sample_ctx) if which == "batches" else _count(sample_ctx, RegistrationTally)
    )
    assert len(asked) == 2 and after == before + 1 and not dialog.isVisible()


def _count(ctx: AppContext, model: type) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0
