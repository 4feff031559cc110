"""One gate for leaving typed work: save it, or ask Save / Discard / Cancel.

Anki never switches notes, closes or runs a command on a note without first saving what
the editor holds (``editor.call_after_note_saved``).  Coalition does the same through one
small protocol instead of a check per screen: anything that can hold typed, unsaved input
(a record editor, an agenda item's minutes, a draft's text, a comment box) implements
:class:`HoldsUnsaved`, and every way of leaving it — another row, another screen, Ctrl+K,
a filter change, closing the window, quitting, a sync about to change the record — calls
:func:`may_leave` first.  The answer is the same on every screen.

Dialogs with typed input use :class:`GuardedDialog`: Escape or the close button asks
before throwing away what was typed.

Tests answer the question by replacing :data:`ask_hook` (``monkeypatch.setattr(editing,
"ask_hook", lambda parent, what: Answer.SAVE)``); the code always calls it through this
module, never through a name imported elsewhere.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTime,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@runtime_checkable
class HoldsUnsaved(Protocol):
    """What can hold typed input not yet stored."""

    def has_unsaved(self) -> bool:
        """Whether leaving now would lose something the person typed."""

    def save_unsaved(self) -> bool:
        """Store it through a service; False when it was refused (the problems are shown)."""

    def discard_unsaved(self) -> None:
        """Forget it: show the stored record again (or nothing, for a new one)."""

    def unsaved_label(self) -> str:
        """What holds the edits, for the question: "the organization “Sunrise Alliance”"."""


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def _ask_with_box(parent: QWidget | None, what: str) -> Answer:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Coalition")
    box.setText(tr("Save the changes to {what}?").format(what=what))
    box.setInformativeText(tr("If you don't save them, what you typed is lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    clicked = box.exec()
    if clicked == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if clicked == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


# Replaced by tests (see the module's docstring).
ask_hook: Callable[[QWidget | None, str], Answer] = _ask_with_box


def may_leave(holder: object, parent: QWidget | None = None) -> bool:
    """Save, discard or stay: True when the caller may go on and leave ``holder``."""
    if not isinstance(holder, HoldsUnsaved) or not holder.has_unsaved():
        return True
    answer = ask_hook(parent, holder.unsaved_label())
    if answer is Answer.SAVE:
        return holder.save_unsaved()
    if answer is Answer.DISCARD:
        holder.discard_unsaved()
        return True
    return False


def may_leave_all(holders: Iterable[object], parent: QWidget | None = None) -> bool:
    """:func:`may_leave` for each in turn; stops at the first Cancel or refused save."""
    return all(may_leave(holder, parent) for holder in holders)


class _ClickGate(QObject):
    """See :func:`gate_clicks`."""

    def __init__(self, view: QAbstractItemView, clicked: Callable[[QModelIndex], bool]):
        super().__init__(view)
        self._view = view
        self._clicked = clicked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            index = self._view.indexAt(event.position().toPoint())
            return self._clicked(index)
        return False


def gate_clicks(view: QAbstractItemView, clicked: Callable[[QModelIndex], bool]) -> None:
    """Let ``clicked(index)`` decide a click on ``view`` before the view moves to it.

    An item view changes its current row in the middle of the mouse press and selects
    the clicked row after that: a question asked from ``currentChanged`` comes too late
    to keep the selection where it was on Cancel.  ``clicked`` returns True when it dealt
    with the click itself (asked, then selected the row or stayed): the view never sees it.
    """
    view.viewport().installEventFilter(_ClickGate(view, clicked))


# --- dialogs ---------------------------------------------------------------------------


def _value_of(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit,)):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText() if widget.isEditable() else None)
    if isinstance(widget, QDateTimeEdit):
        value = widget.dateTime()
        return value.toString() if isinstance(value, (QDateTime, QDate, QTime)) else value
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def input_snapshot(root: QWidget) -> dict[int, Any]:
    """The values of every input widget under ``root``, keyed by the widget."""
    snapshot: dict[int, Any] = {}
    for widget in root.findChildren(QWidget):
        if widget.property("editingIgnore"):
            continue
        value = _value_of(widget)
        if value is not None:
            snapshot[id(widget)] = value
    return snapshot


class GuardedDialog(QDialog):
    """A dialog that asks before Escape or closing throws away what was typed.

    Call :meth:`remember_input` once the fields are filled (the end of ``__init__``);
    from then on :meth:`reject` compares the fields with what they held and, if the person
    changed any, asks Save / Discard / Cancel (Save runs :meth:`accept`, which keeps its
    own checks).  A widget with the property ``editingIgnore`` set is not compared.
    """

    _remembered: dict[int, Any] | None = None

    def remember_input(self) -> None:
        self._remembered = input_snapshot(self)

    def input_changed(self) -> bool:
        return self._remembered is not None and input_snapshot(self) != self._remembered

    def unsaved_label(self) -> str:
        """What the question names: the dialog by its title ("Save the changes to
        “Record an answer”?"); a dialog may say more (the draft or person it is for)."""
        title = self.windowTitle()
        return tr("“{title}”").format(title=title) if title else tr("this dialog")

    def reject(self) -> None:
        if self.input_changed():
            answer = ask_hook(self, self.unsaved_label())
            if answer is Answer.CANCEL:
                return
            if answer is Answer.SAVE:
                self.accept()
                return
        super().reject()


class GuardedForm(GuardedDialog):
    """A list with a form under it (a goal's values, petition batches, registration
    counts): Escape or Close asks before what was typed in the form is lost, and Save
    adds it.  The dialog gives :meth:`form_fields` and :meth:`submit`, and calls
    :meth:`remember_input` each time it fills the form (new, or a row chosen)."""

    def form_fields(self) -> list[QWidget]:
        raise NotImplementedError

    def submit(self) -> bool:
        raise NotImplementedError

    def _form_values(self) -> dict[int, Any]:
        return {id(widget): _value_of(widget) for widget in self.form_fields()}

    def remember_input(self) -> None:
        self._remembered = self._form_values()

    def input_changed(self) -> bool:
        return self._remembered is not None and self._form_values() != self._remembered

    def accept(self) -> None:
        if self.input_changed() and not self.submit():
            return  # its problems are shown beside the fields; the dialog stays
        super().accept()
