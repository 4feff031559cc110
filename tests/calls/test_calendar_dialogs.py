"""Calendar export, import, invitations and notices from the window, on a real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coalition.calls import series as calls
from coalition.common.errors import CoalitionError
from coalition.directory import records as directory
from coalition.store.models import CallOccurrence
from coalition.ui.calls import calendar_dialogs
from coalition.ui.common.context import AppContext

DATA = Path(__file__).resolve().parent.parent / "data" / "ics"


@pytest.fixture
def series_id(ctx: AppContext) -> str:
    with ctx.db.session() as session:
        dana = directory.create_person(
            session, directory.PersonInput(name="Dana Reyes", emails=["dana.reyes@example.org"])
        )
        sam = directory.create_person(
            session, directory.PersonInput(name="Sam Okafor", emails=["sam.okafor@example.org"])
        )
        lee = directory.create_person(session, directory.PersonInput(name="Lee Park"))
        series = calls.create_series(
            session,
            calls.SeriesInput(
                title="Coalition call",
                start_date=dt.date.today() - dt.timedelta(days=30),
                start_time="17:30",
                time_zone="America/Los_Angeles",
                organizer_id=dana.id,
                participant_person_ids=[sam.id, lee.id],
            ),
        )
        return series.id


def test_the_schedule_is_exported_for_the_chosen_period(
    ctx: AppContext, series_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "schedule.ics"
    today = dt.date.today()
    text = calendar_dialogs.export_calendar(ctx, out, today, today + dt.timedelta(days=365))

    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert summaries == ["Coalition call"]
    assert text == f"Wrote 1 event to {out}."
    with pytest.raises(CoalitionError, match="ends before it begins"):
        calendar_dialogs.export_calendar(ctx, out, today, today - dt.timedelta(days=1))


def test_the_export_dialog_offers_every_series_and_defaults_to_a_year(
    qtbot: QtBot, ctx: AppContext, series_id: str
) -> None:
    dialog = calendar_dialogs.ExportCalendarDialog(ctx, series_id=series_id)
    qtbot.addWidget(dialog)
    start, end = dialog.period()
    assert start == dt.date.today() and (end - start).days in (365, 366)
    assert dialog.series.currentData() == series_id
    assert not dialog.deadlines.isEnabled()  # one series alone has no campaign deadlines
    dialog.series.setCurrentIndex(0)
    assert dialog.deadlines.isEnabled()
    assert "yyyy" in dialog.start.displayFormat()  # "6/1/2027", not "6/1/27"


def test_a_period_that_ends_before_it_begins_is_said_before_a_file_is_asked_for(
    qtbot: QtBot, ctx: AppContext, series_id: str
) -> None:
    dialog = calendar_dialogs.ExportCalendarDialog(ctx, series_id=series_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.setDate(QDate(2027, 6, 1))
    dialog.end.setDate(QDate(2027, 1, 1))
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text() == "The period ends before it begins: choose a later To."
    assert dialog.start.date() == QDate(2027, 6, 1)  # what was chosen stays
    dialog.end.setDate(QDate(2027, 12, 31))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_invitations_are_one_file_per_reachable_person(
    ctx: AppContext, series_id: str, tmp_path: Path
) -> None:
    text = calendar_dialogs.write_invitations(ctx, series_id, tmp_path / "out")

    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["sam-okafor.ics"]
    assert "Wrote 1 invitation" in text and "No e-mail address for: Lee Park." in text


def test_a_cancelled_week_gives_cancellation_notices(
    qtbot: QtBot, ctx: AppContext, series_id: str, tmp_path: Path
) -> None:
    with ctx.reading() as session:
        upcoming = calls.next_call(session, series_id)
    assert upcoming is not None and upcoming.original_date is not None
    ctx.run(calls.cancel_call, series_id, upcoming.original_date)

    text = calendar_dialogs.write_notice(ctx, series_id, upcoming.original_date, tmp_path)
    calendar = icalendar.Calendar.from_ical((tmp_path / "sam-okafor.ics").read_bytes())
    assert calendar["METHOD"] == "CANCEL"
    assert text.startswith("Wrote 1 cancellation")


def test_importing_a_partners_calendar_is_one_undo_step(ctx: AppContext) -> None:
    def stored() -> int:
        with ctx.reading() as session:
            return session.query(CallOccurrence).count()

    text = calendar_dialogs.import_calendar(ctx, DATA / "partner_schedule.ics")
    assert stored() > 0 and "Imported" in text
    ctx.undo_stack.undo()
    assert stored() == 0


def test_a_broken_calendar_changes_nothing(ctx: AppContext) -> None:
    with pytest.raises(CoalitionError):
        calendar_dialogs.import_calendar(ctx, DATA / "partner_truncated.ics")
    assert ctx.undo_stack.count() == 0
