"""Small widgets shared by the editors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coalition.common.states import STATES

# Text that helps (hints, where data lives, how a palette works), not content to act on.
MUTED_STYLE = "color: palette(placeholder-text);"


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    """``label`` in bold, optionally larger (headings inside a pane)."""
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def muted(text: str = "") -> QLabel:
    """A wrapping hint line in the muted colour."""
    label = QLabel(text)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label


class ElidedTipDelegate(QStyledItemDelegate):
    """Cells cut short (with "…", or by the edge of the view) show their whole text in a
    tooltip, when the model gives none."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and not index.data(Qt.ItemDataRole.ToolTipRole)
        ):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            self.initStyleOption(option, index)
            option.rect = option.rect.intersected(
                view.viewport().rect()
            )  # cut by the view's edge too
            room = (
                view.style()
                .subElementRect(view.style().SubElement.SE_ItemViewItemText, option, view)
                .width()
            )
            if text and option.fontMetrics.horizontalAdvance(text) > room:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def tip_when_elided(view: QAbstractItemView) -> QAbstractItemView:
    """Give ``view``'s cells the whole text as a tooltip when it does not fit."""
    view.setItemDelegate(ElidedTipDelegate(view))
    return view


class _EmptyHint(QObject):
    """Keeps the hint label over the middle of the view's viewport, shown only while the
    view's model has no rows."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self.view = view
        self.text = text
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(MUTED_STYLE + " padding: 16px;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update)
        self.update()

    def update(self, *_: Any) -> None:
        # A QTableWidget's own model says its rows are removed while the table is being
        # destroyed: there is nothing left to show the hint over then.
        if not shiboken6.isValid(self.view) or not shiboken6.isValid(self.label):
            return
        empty = self.view.model().rowCount() == 0
        if empty:
            self.label.setText(self.text())
            self.label.setGeometry(self.view.viewport().rect())
        self.label.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False


def show_when_empty(view: QAbstractItemView, text: str | Callable[[], str]) -> QLabel:
    """Say over an empty list what to do (add, import) instead of showing a blank; the
    text is asked again each time the list becomes empty (a filter can say so)."""
    hint = _EmptyHint(view, text if callable(text) else (lambda: text))
    return hint.label


class _WholeWrappedText(QObject):
    """Grows a dialog to the height its word-wrapped labels need at its width.

    A top-level window asks its layout for a minimum size, which for a wrapping label is
    the height of its text at the label's *narrowest*: at the dialog's actual width the
    text takes more lines than that, and the last lines were cut off.
    """

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            layout = self.dialog.layout()
            if layout is not None and layout.hasHeightForWidth():
                needed = layout.totalHeightForWidth(self.dialog.width())
                if needed != self.dialog.minimumHeight():
                    self.dialog.setMinimumHeight(needed)
                if self.dialog.height() < needed:
                    self.dialog.resize(self.dialog.width(), needed)
        return False


def keep_wrapped_text_whole(dialog: QWidget) -> QWidget:
    """Never cut the last lines of ``dialog``'s wrapping labels (see :class:`_WholeWrappedText`)."""
    _WholeWrappedText(dialog)
    return dialog


def breakable_path(path: object) -> str:
    """A file's path that a wrapping label may break after each "/" (a long path has no
    space to break at, and widened its dialog past the screen)."""
    return str(path).replace("/", "/\u200b").replace("\\", "\\\u200b")


class NameChooser(QComboBox):
    """An editable list of names found by any part of a name, each standing for an id.

    The names live in one string model filled at once, and the ids beside them here:
    a directory of 100,000 people fills it in a few hundredths of a second (one item
    at a time took 0.4 s).  ``itemData``, ``currentData`` and ``findData`` answer with
    the ids, as for a combo box filled item by item.
    """

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._ids: list[Any] = []
        self._names = QStringListModel(self)
        self.setModel(self._names)
        line, completer = self.lineEdit(), self.completer()
        assert line is not None and completer is not None  # an editable box has both
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_choices(self, choices: list[tuple[Any, str]], selected: Any = None) -> None:
        """Fill with (id, name) pairs, showing ``selected`` (or nothing)."""
        self.blockSignals(True)
        self._ids = [choice[0] for choice in choices]
        self._names.setStringList([choice[1] for choice in choices])
        self.blockSignals(False)
        self.set_chosen(selected)

    def set_chosen(self, chosen: Any) -> None:
        index = self.findData(chosen) if chosen is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def chosen_id(self) -> Any:
        """The id of the name shown (the current row first, so namesakes stay apart);
        None when the text is empty or names nothing in the list."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != text:
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index)

    def namesakes(self) -> int:
        """How many names of the list the typed text stands for when it is one of several
        namesakes ("Rosa Delgado", listed as "Rosa Delgado — rosa@…" and "… — rosa.d@…"),
        so that a refusal can say to choose one rather than that nothing was chosen."""
        text = self.currentText().strip().casefold()
        if not text or self.chosen_id() is not None:
            return 0
        return sum(
            1 for i in range(self.count()) if self.itemText(i).casefold().startswith(text + " — ")
        )

    def itemData(self, index: int, role: int = Qt.ItemDataRole.UserRole) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index] if 0 <= index < len(self._ids) else None
        return super().itemData(index, role)

    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> Any:
        return self.itemData(self.currentIndex(), role)

    def findData(
        self,
        data: Any,
        role: int = Qt.ItemDataRole.UserRole,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive,
    ) -> int:
        if role != Qt.ItemDataRole.UserRole:
            return super().findData(data, role, flags)
        try:
            return self._ids.index(data)
        except ValueError:
            return -1


def state_edit(placeholder: str = "CA or California") -> QLineEdit:
    """A line edit that completes state names and codes."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    words = [s.code for s in STATES] + [s.name for s in STATES]
    completer = QCompleter(words, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
    edit.setCompleter(completer)
    return edit


def date_edit(placeholder: str = "YYYY-MM-DD") -> QLineEdit:
    """Dates are typed as ISO text so that 'no date' stays possible; the service checks them."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMaximumWidth(140)
    return edit


class RowsEditor(QWidget):
    """A small editable table with add and remove buttons (social pages and the like)."""

    edited = Signal()

    def __init__(self, headers: list[str], stretch: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.setFocusProxy(self.table)  # the row's label names and focuses the table
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(130)
        tip_when_elided(self.table)
        self.table.itemChanged.connect(lambda _i: self.edited.emit())
        add = QToolButton()
        add.setText("+")
        add.setToolTip(self.tr("Add a row"))
        add.clicked.connect(self.add_row)
        remove = QToolButton()
        remove.setText("−")
        remove.setToolTip(self.tr("Remove the selected row"))
        remove.clicked.connect(self.remove_row)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, values: list[str] | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col in range(self.table.columnCount()):
            text = values[col] if values and col < len(values) else ""
            self.table.setItem(row, col, QTableWidgetItem(text))
        if not values:
            self.table.setCurrentCell(row, 0)
            first = self.table.item(row, 0)
            if first is not None:  # set just above
                self.table.editItem(first)
        self.edited.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for values in rows:
            self.table.blockSignals(True)
            self.add_row(values)
            self.table.blockSignals(False)

    def rows(self) -> list[list[str]]:
        result = []
        for row in range(self.table.rowCount()):
            values = [
                (item.text() if (item := self.table.item(row, c)) else "").strip()
                for c in range(self.table.columnCount())
            ]
            if any(values):
                result.append(values)
        return result
