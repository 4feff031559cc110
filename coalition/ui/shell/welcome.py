"""The first-start page, shown instead of empty lists when the database holds nothing yet.

Empty tables tell a newcomer nothing about what the application is for.  This page says
it in one sentence and offers the three ways to begin, each one click away: a sample
to explore, a blank start, or the contacts the organizer already has in a spreadsheet.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coalition import APP_NAME, sample
from coalition.common.errors import CoalitionError
from coalition.sample.profile import act_as_sample_organizer
from coalition.ui.common.context import AppContext
from coalition.ui.common.formatting import number
from coalition.ui.common.widgets import MUTED_STYLE

# Secondary text: the palette's placeholder grey stays legible (disabled grey does not).


class WelcomePage(QWidget):
    """Three ways to begin; :attr:`finished` says which one was taken.

    ``finished`` carries "sample" (the sample is loaded), "empty" or "import" (the
    main window then opens the import dialog).
    """

    finished = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("welcomePage")

        title = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "{app} keeps your coalition's allies and who speaks for them in each state, "
                "the campaigns they back and who endorsed what, on this computer, with or "
                "without a network."
            ).format(app=APP_NAME)
        )
        intro.setWordWrap(True)

        self.sample_button = self._button(
            self.tr("Explore the sample coalition"),
            self.tr(
                "A small multi-state coalition with its groups, people, campaigns and "
                "endorsements. Undo (Ctrl+Z) removes it again."
            ),
        )
        self.empty_button = self._button(
            self.tr("Start with an empty coalition"),
            self.tr("Add your first organization and the people in it yourself."),
        )
        self.import_button = self._button(
            self.tr("Import contacts from a CSV file…"),
            self.tr("From a spreadsheet or an export of Google Contacts or Outlook."),
        )
        self.sample_button.clicked.connect(self.load_sample)
        self.empty_button.clicked.connect(lambda: self.finished.emit("empty"))
        self.import_button.clicked.connect(lambda: self.finished.emit("import"))

        self.location = QLabel(
            self.tr("Your data is kept in {place}").format(place=ctx.db.describe())
        )
        self.location.setObjectName("welcomeLocation")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setStyleSheet(MUTED_STYLE)  # useful to know, not a thing to act on

        column = QWidget()
        column.setMaximumWidth(640)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        for button in (self.sample_button, self.empty_button, self.import_button):
            inner.addWidget(button)
        inner.addSpacing(12)
        inner.addWidget(self.location)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)  # as wide as reads well (640 px at most), centred
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)  # a little above the middle, where the eye lands

    def showEvent(self, event: QShowEvent) -> None:
        """Start on the first choice, so Space or Enter alone explores the sample."""
        self.sample_button.setFocus()
        super().showEvent(event)

    @staticmethod
    def _button(text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        policy = button.sizePolicy()  # keeps height-for-width, so a wrapped description shows
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        button.setSizePolicy(policy)
        return button

    def load_sample(self) -> None:
        """Load the sample as one undoable change; on failure, stay here and say why."""
        try:
            with _busy():
                with self.ctx.db.session() as session:  # explored as its coordinator
                    act_as_sample_organizer(session)
                summary = self.ctx.run(sample.load_sample, label="Load the sample coalition")
        except CoalitionError as exc:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("The sample could not be loaded: {error}.").format(error=exc),
            )
            return
        self.finished.emit("sample")
        # After finished: the window shows an area then, whose own note would hide this one.
        self.ctx.message.emit(
            self.tr(
                "Sample coalition loaded: {organizations} organizations, {people} people, "
                "{campaigns} campaigns. Undo with Ctrl+Z."
            ).format(
                organizations=number(summary.organizations),
                people=number(summary.people),
                campaigns=number(summary.campaigns),
            )
        )


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the sample is written (a second or so on a slow disk)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
