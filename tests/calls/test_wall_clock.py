"""A time the clocks skip or repeat: the rule the calls follow, and the line the dialogs
show under such a time (the series dialog, and the dialog that moves one week's call)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QTime
from pytestqt.qtbot import QtBot

from coalition.calls import series as calls
from coalition.calls import wall_clock
from coalition.calls.series import Recurrence
from coalition.calls.wall_clock import Edge
from coalition.ui.calls import MoveDialog, SeriesDialog
from coalition.ui.common.context import AppContext
from coalition.ui.common.pickers import set_zone

UTC = dt.UTC
LA = "America/Los_Angeles"


@pytest.mark.parametrize(
    ("zone", "day", "typed", "edge", "local", "shift"),
    [
        (LA, dt.date(2026, 3, 8), "02:30", Edge.GAP, "03:30", 60),
        (LA, dt.date(2026, 11, 1), "01:30", Edge.OVERLAP, "01:30", 60),
        ("Europe/London", dt.date(2026, 3, 29), "01:00", Edge.GAP, "02:00", 60),
        ("Australia/Lord_Howe", dt.date(2026, 10, 4), "02:15", Edge.GAP, "02:45", 30),
        ("Australia/Lord_Howe", dt.date(2026, 4, 5), "01:45", Edge.OVERLAP, "01:45", 30),
        ("America/Santiago", dt.date(2026, 9, 6), "00:30", Edge.GAP, "01:30", 60),
        ("America/Santiago", dt.date(2026, 4, 4), "23:30", Edge.OVERLAP, "23:30", 60),
        ("Australia/Sydney", dt.date(2026, 10, 4), "02:30", Edge.GAP, "03:30", 60),
        (LA, dt.date(2026, 3, 8), "17:30", None, "17:30", 0),
    ],
)
def test_a_skipped_time_moves_forward_and_a_repeated_one_is_the_first(
    zone: str, day: dt.date, typed: str, edge: Edge | None, local: str, shift: int
) -> None:
    found = wall_clock.wall_time(day, dt.time.fromisoformat(typed), zone)

    assert found.edge == edge
    assert found.local.strftime("%H:%M") == local
    assert found.shift == dt.timedelta(minutes=shift)
    assert found.start == calls.instant(day, dt.time.fromisoformat(typed), zone)
    if edge == Edge.OVERLAP:  # the first of the two: the later one is the shift after
        assert found.second.astimezone(ZoneInfo(zone)).strftime("%H:%M") == local
        assert found.second - found.start == found.shift


def test_a_call_meets_the_change_when_it_starts_or_ends_at_it_or_spans_it() -> None:
    spring = dt.date(2026, 3, 8)
    assert wall_clock.meets_edge(spring, dt.time(2, 30), 60, LA)  # starts in the skip
    assert wall_clock.meets_edge(spring, dt.time(1, 30), 60, LA)  # its clock end is skipped
    assert wall_clock.meets_edge(spring, dt.time(1, 30), 120, LA)  # it spans the change
    assert wall_clock.meets_edge(spring, dt.time(1, 0), 60, LA)  # 02:00 is skipped too
    assert not wall_clock.meets_edge(spring, dt.time(0, 30), 60, LA)
    assert not wall_clock.meets_edge(spring, dt.time(17, 30), 60, LA)
    assert not wall_clock.meets_edge(spring, dt.time(2, 30), 60, "UTC")


def test_only_the_days_around_a_change_can_meet_it() -> None:
    days = wall_clock.change_days(LA, 2026)
    assert {dt.date(2026, 3, 8), dt.date(2026, 11, 1), dt.date(2026, 10, 31)} <= days
    assert len(days) == 6
    assert len(wall_clock.change_days("Australia/Lord_Howe", 2026)) == 6
    assert wall_clock.change_days("Asia/Kolkata", 2026) == frozenset()
    assert wall_clock.change_days("UTC", 2026) == frozenset()


def test_the_first_night_a_series_meets() -> None:
    sundays = Recurrence(weekdays=(6,))
    found = wall_clock.series_edge("2026-01-04", "1:30 AM", LA, sundays)
    assert found is not None and (found.day, found.edge) == (dt.date(2026, 11, 1), Edge.OVERLAP)
    found = wall_clock.series_edge(dt.date(2026, 1, 4), "02:30", LA, sundays)
    assert found is not None and (found.day, found.edge) == (dt.date(2026, 3, 8), Edge.GAP)
    ended = Recurrence(weekdays=(6,), until=dt.date(2026, 3, 1))
    assert wall_clock.series_edge("2026-01-04", "02:30", LA, ended) is None
    assert wall_clock.series_edge("2026-01-04", "17:30", LA, sundays) is None
    # What cannot be read yet says nothing: the form says so when it is saved.
    assert wall_clock.series_edge("2026-01-04", "half past", LA, sundays) is None
    assert wall_clock.series_edge("someday", "02:30", LA, sundays) is None
    assert wall_clock.series_edge("2026-01-04", "02:30", "Mars/Olympus", sundays) is None
    assert wall_clock.series_edge("2026-01-04", "02:30", LA, Recurrence(weekdays=())) is None
    assert wall_clock.series_edge("", "02:30", LA, sundays) is None
    assert wall_clock.series_edge("2026-01-04", "02:30", "", sundays) is None


def test_utc_and_no_zone_have_no_such_night() -> None:
    spring, at = dt.date(2026, 3, 8), dt.time(2, 30)
    for zone in ("", "UTC"):
        assert not wall_clock.is_edge(spring, at, zone)
        assert wall_clock.first_edge([spring], at, zone) is None
        assert wall_clock.one_call_edge(spring, at, zone) is None
        assert not wall_clock.is_ambiguous(dt.datetime(2026, 11, 1, 9, tzinfo=UTC), zone)
    assert wall_clock.one_call_edge(spring, at, LA) is not None
    assert wall_clock.is_ambiguous(dt.datetime(2026, 11, 1, 9, tzinfo=UTC), LA)


def _long(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def test_the_series_dialog_says_what_a_skipped_or_repeated_time_becomes(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = SeriesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    set_zone(dialog.time_zone, LA)
    dialog.start_date.setText("2026-03-01")
    for number, box in enumerate(dialog.weekday_boxes):
        box.setChecked(number == 6)
    dialog.start_time.setText("17:30")
    assert dialog.edge_note.isHidden()

    dialog.start_time.setText("02:30")
    assert dialog.edge_note.isVisible()
    assert dialog.edge_note.text() == (
        f"02:30 does not exist on {_long(dt.date(2026, 3, 8))} in America/Los_Angeles: "
        "the call will be at 03:30"
    )
    dialog.start_time.setText("01:30")
    assert dialog.edge_note.text() == (
        f"01:30 happens twice on {_long(dt.date(2026, 11, 1))} in America/Los_Angeles: "
        "the call will be at the first, 01:30 PDT, before the clocks go back"
    )
    dialog.until.setText("2026-10-31")  # the series ends before that night
    assert dialog.edge_note.isHidden()
    dialog.until.setText("")
    set_zone(dialog.time_zone, "Asia/Kolkata")  # a zone without daylight time
    assert dialog.edge_note.isHidden()
    dialog.remember_input()  # closed without a question


def test_the_move_dialog_says_what_a_skipped_time_becomes(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.db.session() as session:
        series = calls.create_series(
            session,
            calls.SeriesInput(
                title="Weekly",
                start_date=dt.date(2026, 3, 1),
                start_time="17:30",
                time_zone="Australia/Lord_Howe",
                recurrence=Recurrence(weekdays=(6,)),
            ),
        )
        session.flush()
        (call,) = calls.calls_between(
            session,
            dt.datetime(2026, 9, 27, tzinfo=UTC),
            dt.datetime(2026, 9, 28, tzinfo=UTC),
            series_id=series.id,
        )
    dialog = MoveDialog(ctx, call, "Australia/Lord_Howe")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.edge_note.isHidden()

    dialog.date.setDate(QDate(2026, 10, 4))
    dialog.time.setTime(QTime(2, 15))
    assert dialog.edge_note.text() == (
        f"02:15 does not exist on {_long(dt.date(2026, 10, 4))} in Australia/Lord_Howe: "
        "the call will be at 02:45"
    )
    assert "02:45" in dialog.preview.text() or "2:45" in dialog.preview.text()
    start = dialog.new_start()
    assert start.astimezone(UTC) == dt.datetime(2026, 10, 3, 15, 45, tzinfo=UTC)
    dialog.remember_input()  # closed without a question
