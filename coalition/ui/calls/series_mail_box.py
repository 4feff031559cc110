"""What a call series sends, in its dialog: the invitations, the agenda (so many days
before each call, at a time of the series' zone) and the minutes, each of which can be
turned off (:func:`coalition.mail.outbox.series_mail`, saved by
:func:`~coalition.mail.outbox.save_series_mail`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from coalition.mail import outbox as mail_outbox
from coalition.ui.common.context import AppContext

DEFAULTS: dict[str, Any] = {
    "invitations": True,
    "agenda": True,
    "agenda_days_before": 1,
    "agenda_at": "10:00",
    "minutes": True,
}


class SeriesMailBox(QWidget):
    """One line: Invitations · Agenda N days before at HH:MM · Minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesMail")
        self.invitations = QCheckBox(self.tr("Invitations"))
        self.invitations.setObjectName("mailInvitations")
        self.invitations.setToolTip(
            self.tr(
                "Each participant gets the series as an invitation their calendar can "
                "accept, and an update after each change"
            )
        )
        self.agenda = QCheckBox(self.tr("Agenda,"))
        self.agenda.setObjectName("mailAgenda")
        self.agenda.setToolTip(self.tr("The agenda and the open action items, before each call"))
        self.days_before = QSpinBox()
        self.days_before.setObjectName("mailAgendaDays")
        self.days_before.setAccessibleName(self.tr("Days before the call"))
        self.days_before.setRange(0, 14)
        self.days_before.valueChanged.connect(self._say_days)
        self.agenda_at = QLineEdit()
        self.agenda_at.setObjectName("mailAgendaAt")
        self.agenda_at.setPlaceholderText("10:00")
        self.agenda_at.setFixedWidth(64)
        self.agenda_at.setToolTip(self.tr("A time of the series' own zone (HH:MM)"))
        self.minutes = QCheckBox(self.tr("Minutes, once marked final"))
        self.minutes.setObjectName("mailMinutes")
        self.minutes.setToolTip(
            self.tr("The minutes and the new action items, when you mark them final")
        )
        self.agenda.toggled.connect(self.days_before.setEnabled)
        self.agenda.toggled.connect(self.agenda_at.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.invitations)
        layout.addSpacing(8)
        layout.addWidget(self.agenda)
        layout.addWidget(self.days_before)
        self.at_label = QLabel(self.tr("at"))
        layout.addWidget(self.at_label)
        layout.addWidget(self.agenda_at)
        layout.addSpacing(8)
        layout.addWidget(self.minutes)
        layout.addStretch(1)
        self.set_values(DEFAULTS)

    def _say_days(self, days: int) -> None:
        if days == 0:
            self.days_before.setSuffix(self.tr(": the same day"))
        else:
            self.days_before.setSuffix(
                self.tr(" day before") if days == 1 else self.tr(" days before")
            )

    def load(self, ctx: AppContext, series_id: str | None) -> None:
        if series_id is None:
            self.set_values(DEFAULTS)
            return
        with ctx.reading() as session:
            row = mail_outbox.series_mail(session, series_id)
            self.set_values({key: getattr(row, key) for key in DEFAULTS})

    def set_values(self, values: dict[str, Any]) -> None:
        self.invitations.setChecked(bool(values["invitations"]))
        self.agenda.setChecked(bool(values["agenda"]))
        self.days_before.setValue(int(values["agenda_days_before"]))
        self._say_days(self.days_before.value())
        self.agenda_at.setText(str(values["agenda_at"]))
        self.minutes.setChecked(bool(values["minutes"]))
        self.days_before.setEnabled(self.agenda.isChecked())
        self.agenda_at.setEnabled(self.agenda.isChecked())
        self.loaded = self.values()

    def values(self) -> dict[str, Any]:
        return {
            "invitations": self.invitations.isChecked(),
            "agenda": self.agenda.isChecked(),
            "agenda_days_before": self.days_before.value(),
            "agenda_at": self.agenda_at.text().strip(),
            "minutes": self.minutes.isChecked(),
        }

    def changed(self) -> bool:
        return self.values() != self.loaded

    def problem(self) -> str:
        """What is wrong with the time, before the service is asked ('' when nothing)."""
        text = self.agenda_at.text().strip()
        hours, _, minutes = text.partition(":")
        if not self.agenda.isChecked():
            return ""
        if not (
            hours.isdigit()
            and minutes.isdigit()
            and len(minutes) == 2
            and 0 <= int(hours) < 24
            and 0 <= int(minutes) < 60
        ):
            return self.tr("the agenda's time is written HH:MM, like 10:00 (not “{text}”)").format(
                text=text
            )
        return ""
