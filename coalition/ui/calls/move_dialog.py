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
from coalition.calls.series import Call
from coalition.common.errors import CoalitionError
from coalition.ui.calls.common import differs, when
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import error_label
from coalition.ui.common.listscreen import FieldProblems
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
        self.setWindowTitle("Move this week's call")
        self.general_error = error_label()
        local = call.local_start()
        intro = QLabel(
            f"{call.title}, usually {when(call.start, call.time_zone)}."
            if not call.moved
            else f"{call.title}, now {when(call.start, call.time_zone)}."
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
        self.duration.setSuffix(" minutes")
        self.duration.setMaximumWidth(140)
        self.duration.setValue(call.duration_minutes)
        self.preview = muted()
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.time)
        row.addWidget(zone)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow("&New time", self.field_box("start", _wrap(row)))
        form.addRow("&Length", self.field_box("duration_minutes", self.duration))
        form.addRow("", self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Move")
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
        day, time = self.date.date(), self.time.time()
        return dt.datetime(
            day.year(),
            day.month(),
            day.day(),
            time.hour(),
            time.minute(),
            tzinfo=ZoneInfo(self.call.time_zone),
        )

    def _preview(self, *_: object) -> None:
        start = self.new_start()
        text = f"Moves to {when(start, self.call.time_zone)}"
        if differs(start, self.call.time_zone, self.your_zone):
            text += f", {when(start, self.your_zone, '%a %H:%M %Z')} your time"
        self.preview.setText(text + ".")

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
                label=f"Move the call of {day} to {when(start, call.time_zone)}",
            )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.ctx.message.emit("Moved this week's call. Undo with Ctrl+Z.")
        super().accept()


def _wrap(layout: QHBoxLayout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    widget = QWidget()
    widget.setLayout(layout)
    return widget
