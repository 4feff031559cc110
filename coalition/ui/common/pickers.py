"""Pickers every area uses: a person, an organization, a time zone."""

from __future__ import annotations

import zoneinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from coalition.directory import records as directory
from coalition.ui.common.widgets import NameChooser

if TYPE_CHECKING:
    from coalition.ui.common.context import AppContext


class PersonPicker(NameChooser):
    """An editable list of people found by any part of a name; an empty one means nobody.

    Typed text is trusted only when it names someone: :meth:`problem` tells a dialog
    to say so under the field instead of storing no owner silently.
    """

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            placeholder or QCoreApplication.translate("PersonPicker", "Nobody yet"), parent
        )
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_person(self, person_id: str | None) -> None:
        self.set_chosen(person_id)

    def person_id(self) -> str | None:
        """The id of the person shown; the current item first, so namesakes stay apart."""
        return self.chosen_id()

    def problem(self) -> str:
        """What is wrong with the text typed ('' when it names someone, or nobody)."""
        text = self.currentText().strip()
        if text and self.person_id() is None:
            return self.tr("no one called “{name}” is in the directory").format(name=text)
        return ""


class OrganizationPicker(QComboBox):
    """One organization among all of them, or none ("—"): a chapter's parent, a
    campaign's owner.

    Only the chosen one is listed until the picker is opened or focused: listing all of
    them (5,000 in a large coalition) each time a record is shown would slow both the
    screen's first showing and every change of the selected row.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._exclude: str | None = None
        self._complete = False
        self.addItem("—", None)

    def show_choice(self, org_id: str | None, name: str, exclude: str | None = None) -> None:
        """List only ``org_id`` (named ``name``), choose it; ``exclude`` is never offered."""
        self._exclude = exclude
        self._complete = False
        blocked = self.blockSignals(True)
        self.clear()
        self.addItem("—", None)
        if org_id is not None:
            self.addItem(name, org_id)
        self.setCurrentIndex(self.count() - 1)
        self.blockSignals(blocked)

    def load_all(self) -> None:
        """List every organization (but the one edited), keeping the choice."""
        if self._complete:
            return
        self._complete = True
        current = self.currentData()
        with self.ctx.reading() as session:
            choices = [
                (o, n) for o, n in directory.organization_choices(session) if o != self._exclude
            ]
        blocked = self.blockSignals(True)
        self.clear()
        self.addItem("—", None)
        for org_id, name in choices:
            self.addItem(name, org_id)
        self.setCurrentIndex(max(0, super().findData(current)))
        self.blockSignals(blocked)

    def findData(self, data: object, *args: Any) -> int:
        """Where ``data`` is among all organizations (listed first if need be)."""
        index = super().findData(data, *args)
        if index < 0 and not self._complete:
            self.load_all()
            index = super().findData(data, *args)
        return index

    def showPopup(self) -> None:
        self.load_all()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.load_all()  # the keyboard walks through the choices too
        super().focusInEvent(event)


def time_zone_box() -> QComboBox:
    """An editable picker: the common US zones first, then the world, completing on any part."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMaxVisibleItems(20)
    common = [zone for zone, _ in COMMON_ZONES]
    for zone, label in COMMON_ZONES:
        box.addItem(zone)
        box.setItemData(
            box.count() - 1,
            QCoreApplication.translate("TimeZones", label),
            Qt.ItemDataRole.ToolTipRole,
        )
    box.insertSeparator(box.count())
    everything = world_zones()
    box.addItems([z for z in everything if z not in common])
    completer = QCompleter(everything, box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "angeles" finds America/Los_Angeles
    box.setCompleter(completer)
    line = box.lineEdit()
    assert line is not None  # an editable box has one
    line.setPlaceholderText(QCoreApplication.translate("Pickers", "America/Los_Angeles"))
    line.setClearButtonEnabled(True)
    box.setCurrentIndex(-1)
    return box


def set_zone(box: QComboBox, zone: str) -> None:
    """Show ``zone`` in the picker, selecting its item when it has one."""
    index = box.findText(zone) if zone else -1
    box.setCurrentIndex(index)
    if index < 0:
        box.setEditText(zone)


# The zones most of the coalition lives in, west to east, offered before the world's.
COMMON_ZONES: tuple[tuple[str, str], ...] = (
    ("America/Los_Angeles", str(QT_TRANSLATE_NOOP("TimeZones", "Pacific time"))),
    ("America/Denver", str(QT_TRANSLATE_NOOP("TimeZones", "Mountain time"))),
    ("America/Phoenix", str(QT_TRANSLATE_NOOP("TimeZones", "Arizona time (no daylight saving)"))),
    ("America/Chicago", str(QT_TRANSLATE_NOOP("TimeZones", "Central time"))),
    ("America/New_York", str(QT_TRANSLATE_NOOP("TimeZones", "Eastern time"))),
    ("America/Anchorage", str(QT_TRANSLATE_NOOP("TimeZones", "Alaska time"))),
    ("Pacific/Honolulu", str(QT_TRANSLATE_NOOP("TimeZones", "Hawaii time"))),
)


# Canonical IANA areas: the legacy aliases ("US/Pacific", "PST8PDT", "Navajo") are still
# accepted when typed, but listing them would show every zone two or three times.
_ZONE_AREAS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Arctic/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)


def world_zones() -> list[str]:
    """Every canonical IANA zone name, sorted, plus UTC."""
    zones = {z for z in zoneinfo.available_timezones() if z.startswith(_ZONE_AREAS)}
    return sorted(zones | {"UTC"})
