"""A message being typed: its live counts per channel, a note, Save and Revert."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coalition.drafts.channels import CHANNELS, count
from coalition.ui.common.colours import late_style
from coalition.ui.common.flowlayout import FlowLayout
from coalition.ui.common.widgets import MUTED_STYLE, muted
from coalition.ui.drafts.common import titled_column

# --- the live counts --------------------------------------------------------------------


class CountBar(QWidget):
    """One label per channel of the draft: characters used of the channel's limit.

    Counted on every keystroke (a count is a length: nothing to wait for), in red with how
    far over once the text no longer fits, so that a post is cut before it is sent.  The
    labels wrap onto a second line rather than widen the window past a laptop's screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._layout = FlowLayout(self, h_spacing=14)
        self._none = muted(self.tr("Choose the channels above to count against their limits."))
        self._layout.addWidget(self._none)

    def set_channels(self, channels: tuple[str, ...]) -> None:
        if tuple(self.labels) == channels:
            return
        for label in self.labels.values():
            self._layout.removeWidget(label)
            label.hide()  # gone at once, not when the event loop gets to deleting it
            label.deleteLater()
        self.labels = {}
        for key in (k for k in channels if k in CHANNELS):
            label = QLabel()
            label.setObjectName(f"count_{key}")
            self.labels[key] = label
            self._layout.addWidget(label)
        self._none.setVisible(not self.labels)

    def show_counts(self, text: str) -> None:
        number = QLocale().toString
        for key, label in self.labels.items():
            channel = CHANNELS[key]
            counted = count(key, text)
            if counted.limit is None:
                label.setText(
                    self.tr("{label} {value}").format(
                        label=channel.label, value=number(counted.used)
                    )
                )
                label.setToolTip(self.tr("{channel}: no limit").format(channel=channel.label))
                label.setStyleSheet(MUTED_STYLE)
                continue
            line = self.tr("{channel} {used} / {limit}").format(
                channel=channel.label, used=number(counted.used), limit=number(counted.limit)
            )
            if counted.over:
                line += self.tr(" · +{over} over").format(over=number(counted.over))
            label.setText(line)
            label.setStyleSheet(late_style() if counted.over else "")
            tip = self.tr("{channel}: at most {limit} characters").format(
                channel=channel.label, limit=number(counted.limit)
            )
            if counted.over:
                tip += self.tr("; cut {over}").format(over=number(counted.over))
            label.setToolTip(tip)


class MessageEditor(QWidget):
    """A message's text with its live counts, a note for the revision, Save and Revert.

    Saving is the owner's business (``on_save``): the core and a variant are saved by
    different services.  ``counted`` turns the typed text into the text that is counted
    (a variant is counted as its audience reads it, merge fields filled).
    """

    def __init__(
        self,
        on_save: Callable[[], bool],
        placeholder: str,
        label: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dirty = False
        self._on_save = on_save
        self._label = label
        self._loading = False
        self.counted: Callable[[str], str] = lambda text: text
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.counts = CountBar()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What changed (kept with the revision)"))
        self.note.setClearButtonEnabled(True)
        self.note.setAccessibleName(self.note.placeholderText())
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes not yet saved"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save as a new revision (Ctrl+S)"))
        self.save_button.clicked.connect(on_save)
        self._saved_text = ""
        self.revert_button.clicked.connect(self.revert)
        save_action = QAction(self.tr("Save"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(on_save)
        self.addAction(save_action)

        self.heading = muted()
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(titled_column(self.heading, self.edit))
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.counts)
        layout.addLayout(bottom)
        self.edit.textChanged.connect(self._changed)
        self._set_dirty(False)

    def add_beside(self, heading: QLabel, widget: QWidget) -> None:
        """Show ``widget`` to the right of the text, under its own heading."""
        self.body.addWidget(titled_column(heading, widget))

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Show the stored text, forgetting what was typed (the cursor stays where it was)."""
        self._saved_text = text
        if self.edit.toPlainText() != text:
            self._loading = True
            try:
                cursor = self.edit.textCursor().position()
                self.edit.setPlainText(text)
                moved = self.edit.textCursor()
                moved.setPosition(min(cursor, len(text)))
                self.edit.setTextCursor(moved)
            finally:
                self._loading = False
        self.note.clear()
        self._set_dirty(False)
        self.recount()

    def revert(self) -> None:
        """Forget what was typed since the last save."""
        self.set_text(self._saved_text)

    def set_channels(self, channels: tuple[str, ...]) -> None:
        self.counts.set_channels(channels)
        self.recount()

    def recount(self) -> None:
        self.counts.show_counts(self.counted(self.text()))

    def _changed(self) -> None:
        self.recount()
        if not self._loading:
            self._set_dirty(self.text() != self._saved_text)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    # --- editing.HoldsUnsaved: what the gate asks before this text is left ---------------

    def has_unsaved(self) -> bool:
        return self.dirty

    def save_unsaved(self) -> bool:
        return self._on_save()

    def discard_unsaved(self) -> None:
        self.revert()

    def unsaved_label(self) -> str:
        return self._label()
