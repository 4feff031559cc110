"""The shape shared by the directory screens: a searchable, sortable list on the left and
the selected record's editor on the right.

A screen subclass names its :class:`~coalition.search.listing.ListSpec`, adds its filters and
gives a :class:`RecordEditor`.  Typing filters as you type (debounced); the list keeps the
selected record selected across refreshes, undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition.search.listing import ListSpec
from coalition.ui.common import editing, formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems, ask_to_confirm, sentence
from coalition.ui.common.listmodel import Colorer, Formatter, ListModel
from coalition.ui.common.recordeditor import RecordEditor
from coalition.ui.common.widgets import show_when_empty

# Kept importable from here, where they lived before fieldproblems.py and recordeditor.py.
__all__ = ["FieldProblems", "ListScreen", "RecordEditor", "ask_to_confirm", "sentence"]


def _listed(text: str) -> str:
    """A screen's noun or search hint, marked QT_TRANSLATE_NOOP("ListScreen", …) where the
    screen writes it."""
    return QCoreApplication.translate("ListScreen", text)


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
        # A column with no order of its own (a list of groups, of phones) keeps the arrow
        # where the rows' order is: it moved, and the rows did not.
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._keep_sort_indicator)
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

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if self.spec.columns[column].sort_expr is not None:
            return
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)
        self.ctx.message.emit(
            self.tr("The list does not sort by “%1”.").replace(
                "%1", str(self.model.headerData(column, Qt.Orientation.Horizontal))
            )
        )

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

    def confirm(self, question: str, detail: str = "", action: str | None = None) -> bool:
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
