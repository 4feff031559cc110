"""Who came to a call: the invited with the state each speaks for, and guests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coalition.calls import meetings
from coalition.calls.series import Call
from coalition.ui.calls.callview import CallView
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import attempt
from coalition.ui.common.pickers import PersonPicker


class AttendanceTab:
    """The Attendance tab of :class:`~coalition.ui.calls.panel.CallPanel`: a part of the
    panel (it uses the panel's context, call and tabs), kept beside it by idea."""

    ctx: AppContext
    call: Call | None
    tabs: QTabWidget
    openRequested: SignalInstance

    def _build_attendance_tab(self) -> QWidget:
        self.states_label = QLabel()
        self.states_label.setObjectName("statesRepresented")
        self.states_label.setWordWrap(True)
        self.attendance_list = QListWidget()
        self.attendance_list.setObjectName("attendanceList")
        self.attendance_list.setToolTip(
            QCoreApplication.translate(
                "AttendanceTab", "Check who came; double-click opens the person"
            )
        )
        self.attendance_list.itemChanged.connect(self._attendance_changed)
        self.attendance_list.itemDoubleClicked.connect(
            lambda item: self.openRequested.emit("person", item.data(Qt.ItemDataRole.UserRole))
        )
        self.guest = PersonPicker(
            QCoreApplication.translate("AttendanceTab", "Someone else who came…")
        )
        add_guest = QPushButton(QCoreApplication.translate("AttendanceTab", "Add"))
        add_guest.setToolTip(
            QCoreApplication.translate(
                "AttendanceTab", "Mark someone present who is not among the invited"
            )
        )
        add_guest.clicked.connect(self.add_guest)
        guests = QHBoxLayout()
        guests.addWidget(self.guest, 1)
        guests.addWidget(add_guest)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.states_label)
        layout.addWidget(self.attendance_list, 1)
        layout.addLayout(guests)
        return tab

    def _show_attendance(self, view: CallView) -> None:
        self.attendance_list.blockSignals(True)
        self.attendance_list.clear()
        for person_id, text, present in view.attendance or []:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            self.attendance_list.addItem(item)
        self.attendance_list.blockSignals(False)
        states = view.states or []
        came = sum(1 for _p, _t, present in view.attendance or [] if present)
        self.states_label.setText(
            QCoreApplication.translate(
                "AttendanceTab", "States represented ({value}): {value2}"
            ).format(value=len(states), value2=", ".join(states))
            if states
            else QCoreApplication.translate("AttendanceTab", "States represented: none yet")
        )
        listed = len(view.attendance or [])
        self.tabs.setTabText(
            1,
            QCoreApplication.translate("AttendanceTab", "Attendance ({came} of {listed})").format(
                came=came, listed=listed
            )
            if listed
            else QCoreApplication.translate("AttendanceTab", "Attendance"),
        )

    # --- attendance -----------------------------------------------------------------------------

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        if self.call is None or self.call.occurrence_id is None:
            return
        present = item.checkState() == Qt.CheckState.Checked
        name = item.text()
        attempt(
            self.ctx,
            meetings.set_attendance,
            self.call.occurrence_id,
            item.data(Qt.ItemDataRole.UserRole),
            present,
            label=(
                QCoreApplication.translate("AttendanceTab", "{name} came")
                if present
                else QCoreApplication.translate("AttendanceTab", "{name} did not come")
            ).format(name=name),
        )

    def add_guest(self) -> None:
        person_id = self.guest.person_id()
        if person_id is None or self.call is None or self.call.occurrence_id is None:
            return
        attempt(
            self.ctx,
            meetings.set_attendance,
            self.call.occurrence_id,
            person_id,
            True,
            label=QCoreApplication.translate("AttendanceTab", "{name} came").format(
                name=self.guest.currentText().strip()
            ),
        )
        self.guest.set_person(None)
