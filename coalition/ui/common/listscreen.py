"""The shape shared by the directory screens: a searchable, sortable list on the left and
the selected record's editor on the right.

A screen subclass names its :class:`~coalition.search.listing.ListSpec`, adds its filters and
gives a :class:`RecordEditor`.  Typing filters as you type (debounced); the list keeps the
selected record selected across refreshes, undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError, ValidationError
from coalition.common.i18n import shown
from coalition.search.listing import ListSpec
from coalition.ui.common import editing, formatting, readonly
from coalition.ui.common.colours import error_style, invalid_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.listmodel import Colorer, Formatter, ListModel
from coalition.ui.common.parts import WidgetPart
from coalition.ui.common.readonly import ReadOnlyBanner
from coalition.ui.common.widgets import show_when_empty

# Editors whose records have a History… (their kind_label is their table).
HISTORY_TABLES = {"organization", "person", "campaign"}

W = TypeVar("W", bound=QWidget)


def _listed(text: str) -> str:
    """A screen's noun or search hint, marked QT_TRANSLATE_NOOP("ListScreen", …) where the
    screen writes it."""
    return QCoreApplication.translate("ListScreen", text)


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
        first = next(
            (self._fields[k.split(".")[0]] for k in problems if k.split(".")[0] in self._fields),
            None,
        )
        if first is not None:
            first.setFocus()

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


def ask_to_confirm(
    parent: QWidget, question: str, detail: str = "", action: str = "Delete"
) -> bool:
    """Ask before something destructive; Cancel is the default answer."""
    box = QMessageBox(QMessageBox.Icon.Question, "Coalition", question, parent=parent)
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


class ListScreen(QWidget):
    """A list of records with search-as-you-type, filters, and an editor beside it."""

    title = "Records"
    noun = ("record", "records")
    spec: ListSpec
    formatters: ClassVar[dict[str, Formatter]] = {}
    colors: ClassVar[dict[str, Colorer]] = {}
    tables: ClassVar[set[str]] = set()  # a change to one of these refreshes the list
    # What the columns usually hold, to size them in the font in use until the person
    # resizes them (a remembered layout wins).
    column_samples: ClassVar[dict[str, str]] = {}
    list_share = (600, 440)  # the list's and the editor's widths to start with
    search_hint = "name, notes"  # what typing in the filter box looks through
    # Over the empty list, what to do ("No people yet. Press Ctrl+N…"), marked with
    # QT_TRANSLATE_NOOP("ListScreen", …) where it is written.
    empty_hint = ""

    selectionChangedTo = Signal(object)  # the selected id, or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ListModel(ctx, self.spec, self.formatters, self.colors)
        self.editor = self.make_editor()
        # A record the organizer may not change is not theirs to delete either.
        self.editor.read_only_changed.connect(self._editor_read_only)
        self.editor.saved.connect(self._after_save)

        self._make_search()
        self._make_buttons()
        bar, filters_row = self._make_bars()
        self._make_table()
        self._make_splitter()
        self._lay_out_list(bar, filters_row)
        self._add_list_keys()
        self.setFocusProxy(self.view)  # a screen shown from the keyboard starts on its list
        self._restoring = False  # putting the selection back after a Cancel
        editing.gate_clicks(self.view, self._row_clicked)

        ctx.changed.connect(self._on_changed)
        self.add_filters()
        self._update_count()
        self.editor.load(None)
        self.editor._set_dirty(False)

    def _make_search(self) -> None:
        """The filter box, which filters a moment after the typing stops."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Filter {value}… ({search_hint})").format(
                value=_listed(self.noun[1]), search_hint=_listed(self.search_hint)
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("listSearch")
        self.search.setMinimumWidth(140)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(
            lambda: self._apply(lambda: self.model.set_text(self.search.text()))
        )
        self.search.textChanged.connect(lambda _t: self._debounce.start())

    def _make_buttons(self) -> None:
        """The count of records and the New and Delete buttons."""
        self.count_label = QLabel()
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New {value}").format(value=_listed(self.noun[0])))
        self.new_button.setToolTip(
            self.tr("New {value} (Ctrl+N)").format(value=_listed(self.noun[0]))
        )
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected {value} (Delete)").format(value=_listed(self.noun[0]))
        )
        self.delete_button.clicked.connect(self.delete_selected)

    def _make_bars(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The top bar, and the row the filters go in."""
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        # Filters get a row of their own, so that a narrow window still fits them.
        self.filter_bar = QHBoxLayout()
        filters_row = QHBoxLayout()
        filters_row.addLayout(self.filter_bar)
        filters_row.addStretch(1)
        return bar, filters_row

    def _make_table(self) -> None:
        """The list itself, sortable, one row selected at a time."""
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(
            self.model.sort_column(), Qt.SortOrder.AscendingOrder
        )
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setObjectName(f"{self.spec.name}View")
        listed = _listed(self.noun[1])
        self.view.setAccessibleName(listed[:1].upper() + listed[1:])
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)
        show_when_empty(self.view, self._empty_text)

    def _make_splitter(self) -> None:
        """The list beside the editor, which scrolls on its own."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(320)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{self.spec.name}Splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    def _lay_out_list(self, bar: QHBoxLayout, filters_row: QHBoxLayout) -> None:
        """The bars above the list and the editor, sized to start with."""
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters_row)
        layout.addWidget(self.splitter, 1)
        self._size_columns()
        self.splitter.setSizes(list(self.list_share))

    def _add_list_keys(self) -> None:
        # One shortcut per key in any one place: Ctrl+N anywhere on the screen; Delete,
        # and F2 or Enter to edit, on the list (in a field they edit the text).
        new_action = QAction(self.tr("New"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_record)
        self.addAction(new_action)
        delete_action = QAction(self.tr("Delete"), self.view)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(delete_action)
        edit_action = QAction(self.tr("Edit"), self.view)
        edit_action.setShortcuts(
            [
                QKeySequence(Qt.Key.Key_F2),
                QKeySequence(Qt.Key.Key_Return),
                QKeySequence(Qt.Key.Key_Enter),
            ]
        )
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self.edit_selected)
        self.view.addAction(edit_action)

    def _size_columns(self) -> None:
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        for index, column in enumerate(self.spec.columns):
            sample = self.column_samples.get(column.key)
            if sample is not None:
                width = metrics.horizontalAdvance(sample) + 14
                heading = header.sectionSizeFromContents(index).width()
                self.view.setColumnWidth(index, max(width, heading))

    # --- for subclasses ---------------------------------------------------------------

    def make_editor(self) -> RecordEditor:
        raise NotImplementedError

    def add_filters(self) -> None:
        """Add filter widgets to ``self.filter_bar`` (see :meth:`add_filter_combo`)."""

    def add_filter_combo(
        self, name: str, everything: str, choices: list[tuple[str, str]]
    ) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"filter_{name}")
        # Filters may shrink with the window rather than set its minimum width.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # …but never below their first choice ("All kinds", "Todos los tipos"), read whole.
        box.setMinimumContentsLength(max(6, len(everything)))
        box.addItem(everything, "")
        for text, value in choices:
            box.addItem(text, value)
        box.currentIndexChanged.connect(
            lambda _i: self._apply(lambda: self.model.set_filter(name, box.currentData()))
        )
        self.filter_bar.addWidget(box)
        return box

    def delete_record(self, record_id: str) -> bool:
        """Ask, then delete through a service; return whether it was deleted."""
        raise NotImplementedError

    # --- behaviour ----------------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: str | None) -> bool:
        row = self.model.row_of_id(record_id) if record_id else None
        if row is None:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def open_record(self, record_id: str) -> bool:
        """Show a record found elsewhere (search, the matrix): clear filters that hide it.

        Passes the gate first; False when the person chose to stay on the record edited.
        """
        if record_id != self.editor.record_id and not editing.may_leave(self, self):
            self._show_edited_row()
            return False
        if not self.select_id(record_id):
            self.search.clear()
            self._debounce.stop()
            self.model.set_text("")
            if not self.select_id(record_id):
                self.editor.load(record_id)
        return True

    def new_record(self) -> None:
        if not editing.may_leave(self, self):
            self._show_edited_row()
            return
        self._restoring = True
        try:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
        finally:
            self._restoring = False
        self.editor.load(None)
        self.edit_selected()

    def edit_selected(self) -> None:
        """Put the cursor in the editor's first field (F2, Enter on the list)."""
        first = self.editor.first_field()
        if first is not None:
            first.setFocus()

    def _editor_read_only(self, read_only: bool) -> None:
        self.delete_button.setEnabled(not read_only)
        self.delete_button.setToolTip(
            self.editor.read_only_banner.reason()
            if read_only
            else self.tr("Delete the selected {value} (Delete)").format(value=_listed(self.noun[0]))
        )

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        if self.editor.record_id == record_id and self.editor.read_only:
            self.ctx.message.emit(self.editor.read_only_banner.reason())
            return
        row = self.view.currentIndex().row()
        if self.delete_record(record_id):
            if self.editor.record_id == record_id:  # edits of a deleted record have nowhere to go
                self.editor.load(None)
                self.editor._set_dirty(False)
            self.ctx.message.emit(self.tr("Deleted. Undo with Ctrl+Z."))
            if self.model.rowCount():
                self.view.selectRow(min(row, self.model.rowCount() - 1))

    def confirm(self, question: str, detail: str = "", action: str = "Delete") -> bool:
        return ask_to_confirm(self, question, detail, action)

    # --- the gate (editing.HoldsUnsaved): the screen answers for its editor ---------------

    def has_unsaved(self) -> bool:
        return self.editor.has_unsaved()

    def save_unsaved(self) -> bool:
        return self.editor.save_unsaved()

    def discard_unsaved(self) -> None:
        self.editor.discard_unsaved()

    def unsaved_label(self) -> str:
        return self.editor.unsaved_label()

    def _show_edited_row(self) -> None:
        """Select the record being edited again (nothing, for a new one or a hidden one)."""
        self._restoring = True
        try:
            self.select_id(self.editor.record_id)
        finally:
            self._restoring = False

    def _row_clicked(self, index: QModelIndex) -> bool:
        """A click on another row while the editor holds edits: ask before the view moves."""
        if not index.isValid() or not self.has_unsaved():
            return False
        target = self.model.id_at(index.row())
        if target is None or target == self.editor.record_id:
            return False
        if editing.may_leave(self, self):
            self.select_id(target)  # read before asking: saving refreshes the list
        else:
            self._show_edited_row()
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if self._restoring:
            return
        if record_id != self.editor.record_id and record_id is not None:
            # The keyboard (arrows, Page Down) moves here; clicks were asked about already.
            if not editing.may_leave(self, self):
                self._show_edited_row()
                return
            if self.selected_id() != record_id:  # saving refreshed the list and its selection
                self.select_id(record_id)
                return
            self.editor.load(record_id)
        self.selectionChangedTo.emit(record_id)

    def _apply(self, change: Callable[[], None]) -> None:
        """Change the query, keeping the selected record selected if it is still listed."""
        keep = self.selected_id() or self.editor.record_id
        change()
        if keep:
            self.select_id(keep)

    def _after_save(self, record_id: str) -> None:
        self.model.refresh()
        if not self.select_id(record_id):
            self.ctx.message.emit(
                self.tr("Saved; the {noun} is hidden by the current filter.").format(
                    noun=_listed(self.noun[0])
                )
            )
        else:
            self.ctx.message.emit(self.tr("Saved."))

    def _on_changed(self, tables: set[str]) -> None:
        if tables & self.tables:
            keep = self.selected_id() or self.editor.record_id
            self.model.refresh()
            if keep and not self.select_id(keep):
                if not self.editor.dirty:
                    self.editor.load(None)
                    self.editor._set_dirty(False)
            elif keep and not self.editor.dirty:
                self.editor.load(keep)
            self._update_count()

    def _empty_text(self) -> str:
        if self.model.query.text or self.model.query.filters:
            return self.tr("No {records} match the filter.").format(records=_listed(self.noun[1]))
        if self.empty_hint:
            return QCoreApplication.translate("ListScreen", self.empty_hint)
        return self.tr("No {records} yet. Press Ctrl+N to add one.").format(
            records=_listed(self.noun[1])
        )

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(
            self.tr("{value} {value2}").format(
                value=formatting.number(n),
                value2=_listed(self.noun[0]) if n == 1 else _listed(self.noun[1]),
            )
        )

    def save_state(self) -> None:
        self.ctx.settings.setValue(f"{self.spec.name}/splitter", self.splitter.saveState())
        self.ctx.settings.setValue(
            f"{self.spec.name}/header", self.view.horizontalHeader().saveState()
        )

    def restore_state(self) -> None:
        splitter = self.ctx.settings.value(f"{self.spec.name}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.ctx.settings.value(f"{self.spec.name}/header")
        if header is not None:
            self.view.horizontalHeader().restoreState(header)
