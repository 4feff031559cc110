"""One week's call held at another time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coalition.calls import series as calls
from coalition.calls import wall_clock
from coalition.calls.series import Call
from coalition.common.errors import CoalitionError
from coalition.ui.calls.common import differs, edge_note, when
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import error_label
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.widgets import MUTED_STYLE, muted


class MoveDialog(FieldProblems, editing.GuardedDialog):
    """Hold one week's call at another time, in the call's own zone; the series stays.
    Escape asks before throwing away a new time chosen."""

    def __init__(
        self, ctx: AppContext, call: Call, your_zone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert call.series_id is not None and call.original_date is not None
        self.ctx = ctx
        self.call = call
        self.your_zone = your_zone
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Move this week's call"))
        self.general_error = error_label()
        local = call.local_start()
        intro = QLabel(
            self.tr("{title}, usually {value}.").format(
                title=call.title, value=when(call.start, call.time_zone)
            )
            if not call.moved
            else self.tr("{title}, now {value}.").format(
                title=call.title, value=when(call.start, call.time_zone)
            )
        )
        intro.setWordWrap(True)
        self.date = QDateEdit(QDate(local.year, local.month, local.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd yyyy-MM-dd")
        self.time = QTimeEdit(QTime(local.hour, local.minute))
        self.time.setDisplayFormat("HH:mm")
        zone = QLabel(call.time_zone)
        zone.setStyleSheet(MUTED_STYLE)
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" minutes"))
        self.duration.setMaximumWidth(140)
        self.duration.setValue(call.duration_minutes)
        self.preview = muted()
        # What a time the clocks skip or repeat becomes (coalition.calls.wall_clock).
        self.edge_note = muted()
        self.edge_note.setObjectName("edge_note")
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.time)
        row.addWidget(zone)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&New time"), self.field_box("start", _wrap(row)))
        form.addRow(self.tr("&Length"), self.field_box("duration_minutes", self.duration))
        form.addRow("", self.preview)
        form.addRow("", self.edge_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self._preview)
        self.time.timeChanged.connect(self._preview)
        self._preview()
        self.remember_input()

    def new_start(self) -> dt.datetime:
        """The new time as an instant on the call's clock: a time the clocks skip is the
        later time it becomes, a time they repeat the first (coalition.calls.wall_clock)."""
        day, time = self.date.date(), self.time.time()
        zone = ZoneInfo(self.call.time_zone)
        typed = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return typed.replace(tzinfo=zone).astimezone(dt.UTC).astimezone(zone)

    def _preview(self, *_: object) -> None:
        start = self.new_start()
        text = f"Moves to {when(start, self.call.time_zone)}"
        if differs(start, self.call.time_zone, self.your_zone):
            text += f", {when(start, self.your_zone, '%a %H:%M %Z')} your time"
        self.preview.setText(text + ".")
        day, time = self.date.date(), self.time.time()
        found = wall_clock.one_call_edge(
            dt.date(day.year(), day.month(), day.day()),
            dt.time(time.hour(), time.minute()),
            self.call.time_zone,
        )
        note = edge_note(
            found,
            self.tr("%1 does not exist on %2 in %3: the call will be at %4"),
            self.tr(
                "%1 happens twice on %2 in %3: the call will be at the first, %4, "
                "before the clocks go back"
            ),
        )
        self.edge_note.setText(note)
        self.edge_note.setVisible(bool(note))

    def accept(self) -> None:
        self.clear_problems()
        call = self.call
        start = self.new_start()
        day = call.original_date.isoformat() if call.original_date else ""
        try:
            self.ctx.run(
                calls.move_call,
                call.series_id,
                call.original_date,
                start,
                self.duration.value(),
                label=self.tr("Move the call of {day} to {when}").format(
                    day=day, when=when(start, call.time_zone)
                ),
            )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.ctx.message.emit(self.tr("Moved this week's call. Undo with Ctrl+Z."))
        super().accept()


def _wrap(layout: QHBoxLayout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    widget = QWidget()
    widget.setLayout(layout)
    return widget
