"""A goal's card on the dashboard, and the framed sections of its side column.

A card shows one goal's progress, pace and projection (late in red); a click or Enter
opens what is behind it, and its menu edits the goal, its values, or deletes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition.goals.records import GoalStatus
from coalition.store.models import GoalMeasure
from coalition.ui.common import formatting
from coalition.ui.common.colours import good_style, late_style
from coalition.ui.common.widgets import bold, muted


def card_frame() -> QFrame:
    """An empty framed card, as the side column's sections are drawn."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    return frame


CARD_STYLE = (
    "QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
)


class GoalCard(QFrame):
    """One goal: its progress, pace and projection; a click opens what is behind it."""

    opened = Signal(str)  # goal id
    editRequested = Signal(str)
    valuesRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, status: GoalStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(CARD_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.title = bold(QLabel(status.name))
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.menu_button = self._menu_button(status)
        top.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.value = bold(QLabel(status.progress_text()), 1.25)
        layout.addWidget(self.value)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(status.fraction * 1000))
        self.bar.setFormat(f"{status.fraction:.0%}")
        self.bar.setMaximumHeight(14)
        self.bar.setAccessibleName(f"{status.name}: {status.fraction:.0%}")
        layout.addWidget(self.bar)
        self.pace = muted(status.pace_text())
        layout.addWidget(self.pace)
        self.projection = QLabel(status.projection_text())
        self.projection.setWordWrap(True)
        if status.projection.misses_deadline:
            self.projection.setStyleSheet(late_style())
            self.projection.setToolTip(
                self.tr("At the pace of the last four weeks, the goal misses its deadline")
            )
        elif status.projection.reached or status.projection.on is not None:
            self.projection.setStyleSheet(good_style())
        layout.addWidget(self.projection)
        measured = (
            status.measure.label
            if status.measure != GoalMeasure.RECORDED
            else (
                self.tr("Recorded, latest {day}").format(day=formatting.date(status.as_of))
                if status.as_of
                else self.tr("Recorded")
            )
        )
        self.source = muted(measured)
        layout.addWidget(self.source)
        self.setToolTip(self.tr("{name}: click to open what it counts").format(name=status.name))

    def _menu_button(self, status: GoalStatus) -> QToolButton:
        """The card's "⋯" button: record a value (a recorded goal), edit, delete."""
        button = QToolButton()
        button.setText("⋯")
        button.setAutoRaise(True)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        button.setAccessibleName(self.tr("Actions for {name}").format(name=status.name))
        button.setToolTip(self.tr("Edit this goal, its values, or delete it"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        if status.measure == GoalMeasure.RECORDED:
            menu.addAction(
                self.tr("Record a value…"), lambda: self.valuesRequested.emit(status.goal_id)
            )
        menu.addAction(self.tr("Edit goal…"), lambda: self.editRequested.emit(status.goal_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete goal…"), lambda: self.deleteRequested.emit(status.goal_id))
        button.setMenu(menu)
        return button

    @property
    def misses_deadline(self) -> bool:
        return self.status.projection.misses_deadline

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.opened.emit(self.status.goal_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.status.goal_id)
            return
        super().keyPressEvent(event)


def item_list() -> QListWidget:
    """A short list of a side section: each line opens what it names."""
    widget = QListWidget()
    widget.setFrameShape(QFrame.Shape.NoFrame)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setWordWrap(True)
    widget.setMaximumHeight(130)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def section(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A framed section of the side column: its frame, its layout, and its heading."""
    frame = card_frame()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.setSpacing(4)
    heading = bold(QLabel(title), 1.05)
    layout.addWidget(heading)
    return frame, layout, heading
