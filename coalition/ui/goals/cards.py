"""A goal's card on the dashboard, and the framed sections of its side column.

A card shows one goal's progress, pace and projection (late in red), and where its
figure comes from: counted from the data (a petition goal's raw, projected valid and
verified signatures, each in words) or set by hand, which it says.  A click or Enter
opens what is behind it, and its menu edits the goal, its values or batches, or deletes it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
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

from coalition.goals.figures import GoalStatus
from coalition.store.kinds import GoalMeasure
from coalition.ui.common import formatting
from coalition.ui.common.colours import good_style, late_style
from coalition.ui.common.widgets import bold, muted

HAND_STYLE = "font-style: italic;"


def measure_words(measure: GoalMeasure) -> str:
    """How a measure is named to the organizer: counted from the data, or set by hand."""
    words = {
        GoalMeasure.STATES: QCoreApplication.translate(
            "GoalMeasure", "States with a representative or a page"
        ),
        GoalMeasure.REPRESENTED_STATES: QCoreApplication.translate(
            "GoalMeasure", "States with a representative"
        ),
        GoalMeasure.ALLIED_ORGANIZATIONS: QCoreApplication.translate(
            "GoalMeasure", "Allied organizations"
        ),
        GoalMeasure.ENDORSEMENTS: QCoreApplication.translate(
            "GoalMeasure", "Endorsements of a campaign"
        ),
        GoalMeasure.OPEN_ACTION_ITEMS: QCoreApplication.translate(
            "GoalMeasure", "Open action items"
        ),
        GoalMeasure.PETITION_SIGNATURES: QCoreApplication.translate(
            "GoalMeasure", "Petition signatures of a campaign (from its batches)"
        ),
        GoalMeasure.REGISTRATIONS: QCoreApplication.translate(
            "GoalMeasure", "Voter registrations reported"
        ),
        GoalMeasure.PLEDGES: QCoreApplication.translate(
            "GoalMeasure", "Registration pledges (reported and at sign-up)"
        ),
        GoalMeasure.SIGNUPS: QCoreApplication.translate(
            "GoalMeasure", "People signed up at events"
        ),
        GoalMeasure.RECORDED: QCoreApplication.translate(
            "GoalMeasure", "Set by hand (values you record)"
        ),
    }
    return words[measure]


def _share(fraction: float) -> str:
    """A share of the target in whole percent, as the locale writes it: rounded down,
    as `coalition goals` and the report give it (99.6% is not yet 100%)."""
    return formatting.number(math.floor(fraction * 100)) + "%"


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
    batchesRequested = Signal(str)
    talliesRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, status: GoalStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(CARD_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As tall as its wrapped lines need at the width it is given (see resizeEvent).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
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
        self.value = bold(QLabel(self._value_text(status)), 1.25)
        self.value.setWordWrap(True)
        layout.addWidget(self.value)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(status.fraction * 1000))
        self.bar.setFormat(_share(status.fraction))
        self._fit_bar()
        self.bar.setAccessibleName(
            self.tr("{name}: {share}").format(name=status.name, share=_share(status.fraction))
        )
        layout.addWidget(self.bar)
        self.signatures = QLabel(self._signatures_text(status))
        self.signatures.setWordWrap(True)
        self.signatures.setVisible(status.petition is not None)
        layout.addWidget(self.signatures)
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
        self.source = muted(self._origin_text(status))
        self.source.setWordWrap(True)
        if status.hand_set:
            self.source.setStyleSheet(HAND_STYLE)
            self.source.setToolTip(
                self.tr("Typed in by someone, not counted from the data: record a value to move it")
            )
        layout.addWidget(self.source)
        self.setToolTip(self.tr("{name}: click to open what it counts").format(name=status.name))

    def _value_text(self, status: GoalStatus) -> str:
        if status.petition is not None:
            return self.tr("{projected} of {target}").format(
                projected=formatting.number(status.petition.projected_valid),
                target=formatting.number(status.target),
            )
        return status.progress_text()

    def _signatures_text(self, status: GoalStatus) -> str:
        """A petition's raw and verified signatures beside the projected valid ones."""
        p = status.petition
        if p is None:
            return ""
        target = status.target or 1
        return self.tr(
            "Projected valid; {raw} raw ({raw_share}) · {verified} verified ({verified_share})"
        ).format(
            raw=formatting.number(p.raw),
            raw_share=_share(p.raw / target),
            verified=formatting.number(p.verified),
            verified_share=_share(p.verified / target),
        )

    def _origin_text(self, status: GoalStatus) -> str:
        """Where the figure came from, in words: set by hand, or counted from what."""
        o = status.origin
        if status.hand_set:
            if status.as_of is None:
                return self.tr("Set by hand")
            return self.tr("Set by hand · latest {day}").format(day=formatting.date(status.as_of))
        if o.kind == "batches":
            return self.tr("From {batches}, {verified} verified").format(
                batches=self.tr("%Ln petition batches", "", o.records),
                verified=formatting.number(o.verified),
            )
        if o.kind == "reports":
            reports = self.tr("%Ln reports", "", o.records)
            if not o.sign_ups:
                return self.tr("From {reports}").format(reports=reports)
            return self.tr("From {reports} and {sign_ups} that pledged").format(
                reports=reports,
                sign_ups=self.tr("%Ln sign-ups", "", o.sign_ups),
            )
        if o.kind == "sign_ups":
            return self.tr("From {sign_ups} at {events}").format(
                sign_ups=self.tr("%Ln sign-ups", "", o.records),
                events=self.tr("%Ln events", "", o.events),
            )
        return self.tr("Counted from the directory: {what}").format(
            what=measure_words(status.measure).lower()
        )

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
        elif status.measure == GoalMeasure.PETITION_SIGNATURES:
            menu.addAction(
                self.tr("Petition batches…"), lambda: self.batchesRequested.emit(status.goal_id)
            )
        elif status.measure in (GoalMeasure.REGISTRATIONS, GoalMeasure.PLEDGES):
            menu.addAction(
                self.tr("Registrations and pledges…"),
                lambda: self.talliesRequested.emit(status.goal_id),
            )
        menu.addAction(self.tr("Edit goal…"), lambda: self.editRequested.emit(status.goal_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete goal…"), lambda: self.deleteRequested.emit(status.goal_id))
        button.setMenu(menu)
        return button

    def _fit_bar(self) -> None:
        """A thin bar, as tall as its "34%" needs in the font of the day (a fixed 14 pixels
        cut the figure in half at a system font of 150%)."""
        self.bar.setMaximumHeight(max(14, self.bar.fontMetrics().height() + 2))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "bar"):
            self._fit_bar()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow columns wrap the lines: ask for the height they then need, so no line
        is cut (the dashboard's grid gives a card its size hint, not its height for width)."""
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

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
