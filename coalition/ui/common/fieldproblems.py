"""A form's problems beside its fields, and the two small questions every form asks.

:class:`FieldProblems` shows a service's :class:`ValidationError` under the fields it
names (the dialogs and the record editors share it); :func:`sentence` writes a service's
message as a sentence in the reader's language; :func:`ask_to_confirm` asks before
something destructive, Cancel first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coalition import APP_NAME
from coalition.common.errors import CoalitionError, ValidationError
from coalition.common.i18n import shown
from coalition.ui.common.colours import error_style, invalid_style
from coalition.ui.common.parts import WidgetPart


class FieldProblems(WidgetPart):
    """Shows a service's :class:`ValidationError` beside the fields it names.

    For forms and dialogs that keep ``_fields`` (key -> widget), ``_errors`` (key -> the
    label under that widget) and a ``general_error`` label for what names no field.  A
    key like ``social_pages.1`` marks the ``social_pages`` field.
    """

    _fields: dict[str, QWidget]
    _errors: dict[str, QLabel]
    general_error: QLabel
    # A record the organizer may not change, shown (see guard_read_only).
    read_only = False

    def field_box(self, key: str, widget: QWidget) -> QWidget:
        """``widget`` with its own error line under it, known to :meth:`show_problems`."""
        box = QWidget()
        box.setFocusProxy(widget)  # the row's label's &-key reaches the field, not the box
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(error_style())
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self._fields.setdefault(key, widget)
        self._errors[key] = error
        return box

    def show_problems(self, problems: dict[str, str]) -> None:
        unplaced = []
        for key, message in problems.items():
            field_key = key.split(".")[0]
            label = self._errors.get(field_key)
            if label is None:
                unplaced.append(message)
                continue
            label.setText(sentence(message))
            label.show()
            self._fields[field_key].setStyleSheet(invalid_style())
        if unplaced:
            self.general_error.setText("\n".join(sentence(m) for m in unplaced))
            self.general_error.show()
        self._make_room()
        first = next(
            (self._fields[k.split(".")[0]] for k in problems if k.split(".")[0] in self._fields),
            None,
        )
        if first is not None:
            first.setFocus()

    def _make_room(self) -> None:
        """Grow the window to hold the sentences just shown (a window sized when it
        opened squeezed a text box under its own error line), within the screen."""
        layout = self.layout() if isinstance(self, QWidget) else None
        if layout is None:
            return
        layout.activate()
        wanted = self.sizeHint().height()
        if self.height() >= wanted:
            return
        screen = self.screen()
        room = screen.availableGeometry().height() - 60 if screen is not None else wanted
        self.resize(self.width(), min(wanted, room))

    def lay_out_form(self, form: QFormLayout, ok_text: str) -> None:
        """A dialog's body: the line for problems naming no field, the form, then OK
        (saying what it does) and Cancel."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        if not isinstance(self, QDialog):
            raise TypeError("OK and Cancel close a dialog: the form is not in one")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def show_error(self, exc: CoalitionError) -> None:
        """A service's refusal: each problem beside its field, anything else on top."""
        if isinstance(exc, ValidationError):
            self.show_problems(exc.problems)
        else:
            self.show_problems({"": shown(exc)})

    def clear_problems(self) -> None:
        for key, label in self._errors.items():
            label.hide()
            self._fields[key].setStyleSheet("")
        self.general_error.hide()

    def problem_text(self, key: str) -> str:
        """The message shown under a field ('' when it is fine): for tests and tooltips."""
        label = self._errors[key]
        return label.text() if label.isVisibleTo(self) else ""


def ask_to_confirm(
    parent: QWidget, question: str, detail: str = "", action: str | None = None
) -> bool:
    """Ask before something destructive; Cancel is the default answer.  The button that
    goes ahead says ``action``, or "Delete" in the window's language."""
    if action is None:
        action = QCoreApplication.translate("ListScreen", "Delete")
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question, parent=parent)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(action)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def sentence(message: str) -> str:
    """A service's message as shown under a field: in the reader's language,
    capitalised, with a full stop."""
    message = shown(message)
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
