"""The editor of one agenda item, and the minutes typed into it during the call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coalition.calls import meetings
from coalition.common.errors import CoalitionError, NotFoundError
from coalition.store.models import ItemStatus
from coalition.ui.calls.agenda import AgendaRow, agenda_row
from coalition.ui.calls.common import ITEM_COLORS
from coalition.ui.common import readonly
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import buddy, error_label, plain_text, swatch
from coalition.ui.common.fieldproblems import FieldProblems
from coalition.ui.common.pickers import PersonPicker
from coalition.ui.common.readonly import ReadOnlyBanner
from coalition.ui.common.widgets import bold


def _replace_text(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show ``text`` with the cursor (and the scroll) where the person left them, so that
    a change arriving while they type does not send their next words elsewhere."""
    if isinstance(edit, QLineEdit):
        position = edit.cursorPosition()
        edit.setText(text)
        edit.setCursorPosition(min(position, len(text)))
        return
    position = edit.textCursor().position()
    scroll = edit.verticalScrollBar().value()
    edit.setPlainText(text)
    cursor = edit.textCursor()
    cursor.setPosition(min(position, edit.document().characterCount() - 1))
    edit.setTextCursor(cursor)
    edit.verticalScrollBar().setValue(scroll)


class ItemEditor(FieldProblems, QWidget):
    """One agenda item: what it is, whose, how long, and, on the call, minutes and decision.

    The editor holds the id of the item it was opened on (:attr:`item_id`) and saves only
    to that id, whatever the agenda list beside it shows meanwhile.  What is typed is
    saved when the focus leaves the editor (for another item, the list, another window),
    with Ctrl+S or the Save button; and, through :mod:`coalition.ui.common.editing`, before the
    screen shows another item, week or series.  When the stored item changes under it
    (a save, an undo, a sync), only the fields that differ are shown again, and the cursor
    stays where the person was typing.
    """

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id: str | None = None
        self.dirty = False
        self._loading = False
        self._stored: AgendaRow | None = None  # the item as last read, for discarding
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.general_error = error_label()
        self.heading = bold(QLabel(self.tr("Agenda item")))
        self._make_fields()
        form = self._make_form()
        buttons = self._make_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        self.read_only_banner = ReadOnlyBanner()
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.general_error)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)

        self._watch_edits()
        self.load(None)

    def _make_fields(self) -> None:
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the coalition talks about"))
        self.owner = PersonPicker(self.tr("Who leads it"))
        self.time_box = QSpinBox()
        self.time_box.setRange(0, 480)
        self.time_box.setSingleStep(5)
        self.time_box.setSuffix(self.tr(" min"))
        self.time_box.setSpecialValueText(self.tr("no time box"))
        self.time_box.setToolTip(self.tr("The minutes this item may take on the call"))
        self.status = QComboBox()
        for status in ItemStatus:
            self.status.addItem(swatch(ITEM_COLORS[status]), status.label, status)
        self.status.setToolTip(self.tr("Open items are carried into the next call"))
        # Notes and decision are a few lines; the minutes take the room that is left.
        self.notes = plain_text(self.tr("To prepare, links, context"))
        self.notes.setFixedHeight(72)
        self.minutes = plain_text(self.tr("What was said"))
        self.minutes.setMinimumHeight(100)
        self.decision = plain_text(self.tr("What was decided, if anything"))
        self.decision.setFixedHeight(72)

    def _make_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.field_box("title", self.title))
        form.addRow(self.tr("O&wner"), self.field_box("owner_id", self.owner))
        times = QHBoxLayout()
        times.addWidget(self.field_box("time_box_minutes", self.time_box))
        times.addWidget(buddy(self.tr("St&atus"), self.status))
        times.addWidget(self.field_box("status", self.status), 1)
        form.addRow(buddy(self.tr("Time &box"), self.time_box), times)
        # The minutes take the height left; the boxes of the others keep to their fields.
        for key, label, edit, grows in (
            ("notes", self.tr("&Notes"), self.notes, False),
            ("minutes", self.tr("&Minutes"), self.minutes, True),
            ("decision", self.tr("&Decision"), self.decision, False),
        ):
            box = self.field_box(key, edit)
            box.setSizePolicy(
                QSizePolicy.Policy.Preferred,
                QSizePolicy.Policy.Expanding if grows else QSizePolicy.Policy.Maximum,
            )
            form.addRow(label, box)
        return form

    def _make_buttons(self) -> QHBoxLayout:
        """Action item, Delete and Save, and Ctrl+S to save."""
        self.action_button = QPushButton(self.tr("Action item…"))
        self.action_button.setToolTip(self.tr("Record who owes what from this item"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Take this item off the agenda (undo with Ctrl+Z)"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this item (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        save_action = QAction(self.tr("Save"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        return buttons

    def _watch_edits(self) -> None:
        """Any edit marks the item changed; leaving the editor saves it."""
        self.title.textEdited.connect(self._edited)
        self.owner.editTextChanged.connect(self._edited)
        self.time_box.valueChanged.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        for edit in (self.notes, self.minutes, self.decision):
            edit.textChanged.connect(self._edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    @property
    def record_id(self) -> str | None:
        """The item shown, under the name the main window asks editors for on closing."""
        return self.item_id

    # --- editing.HoldsUnsaved ---------------------------------------------------------------

    def has_unsaved(self) -> bool:
        return self.item_id is not None and self.dirty

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        """Show the item as stored again (nothing, when it is gone)."""
        row: AgendaRow | None = None
        if self.item_id is not None:
            with self.ctx.reading() as session:
                try:
                    row = agenda_row(meetings.get_agenda_item(session, self.item_id))
                except NotFoundError:
                    row = None
        self.load(row)

    def unsaved_label(self) -> str:
        title = self.title.text().strip() or (self._stored.title if self._stored else "")
        return self.tr("the agenda item “{title}”").format(title=title)

    # --- showing -----------------------------------------------------------------------------

    def set_people(self, people: list[tuple[str, str]]) -> None:
        self._loading = True
        try:
            self.owner.set_choices(people, self.owner.person_id())
        finally:
            self._loading = False

    def _edited(self, *_: object) -> None:
        if not self._loading and self.item_id is not None:
            self.dirty = True
            self.save_button.setEnabled(True)

    def _focus_moved(self, old: QWidget | None, now: QWidget | None) -> None:
        """Save when the focus leaves the editor: for the list, another field of the
        screen, another window.  A drop-down of the editor's own (the owner's list) is
        not leaving it."""
        if old is None or not self.has_unsaved() or not self.isAncestorOf(old):
            return
        if now is not None and (
            self.isAncestorOf(now) or now.window().windowType() == Qt.WindowType.Popup
        ):
            return
        self.save()

    def load(self, row: AgendaRow | None) -> None:
        """Show an item (or nothing), forgetting edits not saved."""
        self._loading = True
        try:
            self.clear_problems()
            self.item_id = row.id if row else None
            self._stored = row
            self.heading.setText(
                self.tr("Agenda item")
                if row
                else self.tr("Choose an item of the agenda, or add one")
            )
            self.title.setText(row.title if row else "")
            self.owner.set_person(row.owner_id if row else None)
            self.time_box.setValue((row.time_box or 0) if row else 0)
            self.status.setCurrentIndex(
                self.status.findData(row.status if row else ItemStatus.OPEN)
            )
            for edit, value in (
                (self.notes, row.notes if row else ""),
                (self.minutes, row.minutes if row else ""),
                (self.decision, row.decision if row else ""),
            ):
                edit.setPlainText(value)
                edit.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on after the text
        finally:
            self._loading = False
        self.dirty = False
        self.save_button.setEnabled(False)
        fields: list[QWidget] = [
            self.title, self.owner, self.time_box, self.status, self.notes, self.minutes,
            self.decision, self.action_button, self.delete_button,
        ]  # fmt: skip
        readonly.show_read_only(self.read_only_banner, None, fields)  # as they were first
        for widget in fields:
            widget.setEnabled(row is not None)
        # An item of another group's call is shown as it is, with why it cannot be changed.
        reason = readonly.refusal(self.ctx, "agenda_item", row.id) if row else None
        self.read_only = readonly.show_read_only(
            self.read_only_banner, reason, fields, [self.save_button]
        )

    def show_stored(self, row: AgendaRow) -> None:
        """The item as stored now (after a save, an undo, a sync).

        A field is set again only when its stored value differs from the one shown and
        the person has not changed it since it was last read: what they typed and have
        not saved stays, while a change made elsewhere to another field of the item (its
        status, when the next call carries it over) is shown and not saved back over.
        The cursor stays where it was: the service trims the text it stores, and a field
        set back to its trimmed value would lose the new line just typed and send the
        cursor to the start.
        """
        if row.id != self.item_id:
            self.load(row)
            return
        before, self._stored = self._stored, row
        if self.general_error.property("gone"):
            self.general_error.setProperty("gone", False)
            self.general_error.hide()

        def untouched(shown: object, stored_before: object) -> bool:
            return not self.dirty or (before is not None and shown == stored_before)

        self._loading = True
        try:
            title = self.title.text().strip()
            if title != row.title and untouched(title, before and before.title):
                _replace_text(self.title, row.title)
            owner = self.owner.person_id()
            if (
                owner != row.owner_id
                and not self.owner.problem()
                and untouched(owner, before and before.owner_id)
            ):
                self.owner.set_person(row.owner_id)
            box = self.time_box.value() or None
            if box != row.time_box and untouched(box, before and before.time_box):
                self.time_box.setValue(row.time_box or 0)
            status = self.status.currentData()
            if status != row.status and untouched(status, before and before.status):
                self.status.setCurrentIndex(self.status.findData(row.status))
            for edit, value, earlier in (
                (self.notes, row.notes, before and before.notes),
                (self.minutes, row.minutes, before and before.minutes),
                (self.decision, row.decision, before and before.decision),
            ):
                shown = edit.toPlainText().strip()
                if shown != value and untouched(shown, earlier):
                    _replace_text(edit, value)
        finally:
            self._loading = False

    def item_gone(self) -> None:
        """The item is not on the agenda shown any more (deleted here, by an undo or by
        another organizer).  Nothing typed is thrown away unasked: unsaved text stays on
        screen, said to be unsaved, until the person leaves it through the shared question."""
        if not self.has_unsaved():
            self.load(None)
            return
        self.general_error.setText(
            self.tr(
                "This item is no longer on the agenda (deleted, here or by another organizer): "
                "what you typed under it is not saved. Copy it before you leave it."
            )
        )
        self.general_error.setProperty("gone", True)
        self.general_error.show()

    def save(self) -> bool:
        if self.item_id is None or not self.dirty or self.read_only:
            return True
        self.clear_problems()
        if self.owner.problem():
            self.show_problems({"owner_id": self.owner.problem()})
            return False
        item_id = self.item_id
        title = self.title.text().strip()
        try:
            self.ctx.run(
                meetings.update_agenda_item,
                item_id,
                title=self.title.text(),
                owner_id=self.owner.person_id(),
                time_box_minutes=self.time_box.value() or None,
                notes=self.notes.toPlainText(),
                minutes=self.minutes.toPlainText(),
                decision=self.decision.toPlainText(),
                status=self.status.currentData(),
                label=self.tr("Edit agenda item “{title}”").format(title=title),
            )
        except NotFoundError:
            self.item_gone()
            return False
        except CoalitionError as exc:
            self.show_error(exc)
            return False
        if self.item_id == item_id:
            self.dirty = False
            self.save_button.setEnabled(False)
        self.saved.emit(item_id)
        return True
