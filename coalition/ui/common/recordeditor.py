"""The editor beside a list screen: one record's fields, the problems under them, Save.

A subclass builds its fields with :meth:`RecordEditor.add_field` (or ``line``, ``text``,
``combo``) and implements ``fill`` and ``submit``; the editor keeps what is typed until it
is saved or reverted, locks itself on a record the organizer may not change, and answers
the unsaved-changes gate (:mod:`coalition.ui.common.editing`).
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.ui.common import readonly
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.readonly import ReadOnlyBanner

# Editors whose records have a History… (their kind_label is their table).
HISTORY_TABLES = {"organization", "person", "campaign"}

W = TypeVar("W", bound=QWidget)


class RecordEditor(FieldProblems, QWidget):
    """A form for one record: fields, a message under each field that is wrong, Save.

    Subclasses build their fields with :meth:`add_field` and implement :meth:`fill`
    (record id -> widgets, or blank for a new one) and :meth:`submit` (widgets -> a
    service call through ``self.ctx.run``, returning the record's id).
    """

    saved = Signal(str)
    # True when the record shown may not be changed by the organizer (see set_read_only).
    read_only_changed = Signal(bool)
    kind_label = "record"
    # The table of the records edited: the rules say from it whether the organizer may
    # change the one shown (None: the editor does not ask).
    record_table: str | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.read_only = False
        self._loading = False
        self._stored_name = ""  # the record's name as stored, for the question about edits
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.read_only_banner = ReadOnlyBanner()
        outer.addWidget(self.read_only_banner)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.extra = QVBoxLayout()
        outer.addLayout(self.extra)
        outer.addStretch(1)
        buttons = QHBoxLayout()
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(
            self.tr("Every change to this record: when, by whom, on which computer")
        )
        self.history_button.clicked.connect(self.show_history)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes not yet saved"))
        self.revert_button.clicked.connect(lambda: self.load(self.record_id))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        save_action = QAction(self.tr("Save"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        self._set_dirty(False)

    # --- building --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._buttons_last()
        super().showEvent(event)

    def _buttons_last(self) -> None:
        """History, Revert and Save after every field and whatever a form adds below its
        fields, as they are drawn: made first, they came first in the Tab order, so that
        Tab from the heading went to Save before the name."""
        buttons = (self.history_button, self.revert_button, self.save_button)
        last: QWidget | None = None
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None:
            if (
                self.isAncestorOf(widget)
                and not any(widget is button for button in buttons)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                last = widget
            widget = widget.nextInFocusChain()
        if last is None:
            return
        for button in buttons:
            QWidget.setTabOrder(last, button)
            last = button

    def add_field(self, key: str, label: str, widget: W, tip: str = "") -> W:
        if tip:
            widget.setToolTip(tip)
        self.form.addRow(label, self.field_box(key, widget))
        self._watch(widget)
        return widget

    def line(self, key: str, label: str, placeholder: str = "", tip: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        self.add_field(key, label, edit, tip)
        return edit

    def text(self, key: str, label: str, placeholder: str = "", height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        self.add_field(key, label, edit)
        return edit

    def combo(self, key: str, label: str, choices: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        for text, value in choices:
            box.addItem(text, value)
        self.add_field(key, label, box)
        return box

    def _watch(self, widget: QWidget) -> None:
        signal = None
        if isinstance(widget, QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
        elif hasattr(widget, "toggled"):
            signal = widget.toggled
        if signal is not None:
            signal.connect(self.mark_dirty)

    # --- state -------------------------------------------------------------------------

    def mark_dirty(self, *_: Any) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty and not self.read_only)
        self.revert_button.setEnabled(dirty and self.record_id is not None and not self.read_only)
        self.history_button.setVisible(
            self.record_id is not None and self.kind_label in HISTORY_TABLES
        )

    def show_history(self) -> QWidget | None:
        """The audit trail of the record shown (organizations, people, campaigns)."""
        if self.record_id is None or self.kind_label not in HISTORY_TABLES:
            return None
        from coalition.ui.common.history import show_history

        return show_history(self.ctx, self.kind_label, self.record_id, self.heading.text(), self)

    def load(self, record_id: str | None) -> None:
        """Show ``record_id`` (or a blank form for a new record), discarding unsaved edits."""
        self._loading = True
        try:
            self.clear_problems()
            self.record_id = record_id
            try:
                self.fill(record_id)
            except CoalitionError:
                self.record_id = None
                self.fill(None)
        finally:
            self._loading = False
        self._stored_name = self.heading.text()
        self.set_read_only(self.edit_refusal())
        self._set_dirty(record_id is None)

    # --- what the organizer may change ------------------------------------------------------

    def edit_refusal(self) -> str | None:
        """Why the organizer may not change the record shown (or make a new one); None
        when they may."""
        if self.record_table is None:
            return None
        return readonly.refusal(self.ctx, self.record_table, self.record_id)

    def locked_widgets(self) -> list[QWidget]:
        """What a read-only record locks besides its fields (a subclass's own buttons)."""
        return []

    def set_read_only(self, reason: str | None) -> None:
        """Show the record as read-only with ``reason`` in the banner, or editable (None)."""
        self.read_only = reason is not None
        self.read_only_banner.show_reason(reason)
        self.read_only_banner.offer_suggestion(
            self.ctx, self.record_table, self.record_id if self.read_only else None
        )
        self.read_only_changed.emit(self.read_only)
        readonly.lock([*self._fields.values(), *self.locked_widgets()], self.read_only)
        self._set_dirty(self.dirty if hasattr(self, "dirty") else False)

    # --- the gate (editing.HoldsUnsaved) ----------------------------------------------------

    def kind_text(self) -> str:
        """The kind of record, as the question about unsaved edits names it."""
        return self.kind_label

    def has_input(self) -> bool:
        """Whether any text field holds something: a blank new form holds nothing to lose."""
        for widget in self._fields.values():
            if isinstance(widget, QLineEdit) and widget.text().strip():
                return True
            if isinstance(widget, QPlainTextEdit) and widget.toPlainText().strip():
                return True
            if (
                isinstance(widget, QComboBox)
                and widget.isEditable()
                and widget.currentText().strip()
            ):
                return True
        return False

    def has_unsaved(self) -> bool:
        if not self.dirty:
            return False
        return self.record_id is not None or self.has_input()

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        """Show the stored record again; a new record's form is emptied."""
        self.load(self.record_id)
        if self.record_id is None:
            self._set_dirty(False)

    def unsaved_label(self) -> str:
        if self.record_id is not None:
            return self.tr("the {kind} “{name}”").format(
                kind=self.kind_text(), name=self._stored_name
            )
        name = self._fields.get("name")
        typed = name.text().strip() if isinstance(name, QLineEdit) else ""
        if typed:
            return self.tr("the new {kind} “{name}”").format(kind=self.kind_text(), name=typed)
        return self.tr("the new {kind}").format(kind=self.kind_text())

    def first_field(self) -> QWidget | None:
        """The field a new record starts in (the name)."""
        return next(iter(self._fields.values()), None)

    def save(self) -> bool:
        if not self.dirty and self.record_id is not None:
            return True
        if self.read_only:
            return False
        self.clear_problems()
        try:
            record_id = self.submit()
        except CoalitionError as exc:
            self.show_error(exc)
            return False
        # Show what was stored (normalized e-mails and phones, the new heading).
        self.load(record_id)
        self.saved.emit(record_id)
        return True

    # --- for subclasses -------------------------------------------------------------------

    def fill(self, record_id: str | None) -> None:
        raise NotImplementedError

    def submit(self) -> str:
        raise NotImplementedError
