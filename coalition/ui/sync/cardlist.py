"""A dialog listing cards (sync conflicts, suggestions): a heading with a "show the ones
already dealt with" box, a line saying what the list is, a problem line, a sentence when
the list is empty, the cards in a scroll area, and Close.  Refreshed when data changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.widgets import MUTED_STYLE, bold, muted


class CardListDialog(QDialog):
    """The frame of a list of cards; a subclass fills ``cards`` in :meth:`refresh`."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        explanation: str,
        toggle: str,
        empty_name: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.resize(760, 520)
        self.heading = bold(QLabel(), 1.15)
        explain = muted(explanation)
        self.toggle = QCheckBox(toggle)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.toggle)
        self.problem = QLabel()
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.empty = QLabel()
        self.empty.setObjectName(empty_name)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setWordWrap(True)
        self.cards_box = QWidget()
        self.cards = QVBoxLayout(self.cards_box)
        self.cards.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_box)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.problem)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        ctx.changed.connect(self._changed)

    def start(self) -> None:
        """Listen to the box and fill the list: called by the subclass once it is built."""
        self.toggle.toggled.connect(lambda _on: self.refresh())
        self.refresh()

    def _changed(self, _tables: set[str]) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
