"""The Action items screen: who owes what, across every call, overdue ones first to the eye.

An action item is decided on one call and followed on the next ones until it is done;
this list is where an organizer looks before a call ("what is still open, and whose?")
without opening each call in turn.  The dialog that records or edits an action item
lives here too: the Calls screen opens the same one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from coalition.calls import actions
from coalition.calls import series as calls
from coalition.common import clock, validation
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.directory import choices
from coalition.store.models import ActionStatus
from coalition.ui.common import editing, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems, ask_to_confirm
from coalition.ui.common.pickers import PersonPicker
from coalition.ui.common.widgets import date_edit

Index = QModelIndex | QPersistentModelIndex

#: A change to one of these can change a row of the list: its text, owner or call.
ACTION_TABLES = {"action_item", "person", "call_occurrence", "call_series"}
OVERDUE_COLOR = "#b00020"  # the error red of the editors: readable on light and dark themes
SETTLED_COLOR = "#767676"  # done or dropped: the darkest grey still 4.5:1 on white


def status_choices(box: QComboBox) -> QComboBox:
    for status in ActionStatus:
        box.addItem(status.label, status)
    return box


class ActionItemDialog(FieldProblems, editing.GuardedDialog):
    """Record an action item (from a call, from one of its agenda items, or on its own),
    or edit one: title, owner, due date, status and notes.  Escape or closing asks before
    throwing away what was typed."""

    saved = Signal(str)  # the action item's id

    def __init__(
        self,
        ctx: AppContext,
        action_id: str | None = None,
        *,
        occurrence_id: str | None = None,
        agenda_item_id: str | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id = action_id
        self.occurrence_id = occurrence_id
        self.agenda_item_id = agenda_item_id
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        with ctx.reading() as session:
            people = choices.people(session)
            row = actions.get_action_item(session, action_id) if action_id else None
            values = (
                (row.title, row.owner_id, row.due_on, row.status, row.notes)
                if row is not None
                else (title, None, None, ActionStatus.OPEN, "")
            )
        self.setWindowTitle(
            self.tr("Edit action item") if action_id else self.tr("New action item")
        )
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.title = QLineEdit(values[0])
        self.title.setPlaceholderText(self.tr("Send the one-page summary to the state leads"))
        self.title.setMinimumWidth(360)
        self.owner = PersonPicker(self.tr("Who will do it"))
        self.owner.set_choices(people, values[1])
        self.due = date_edit()
        self.due.setText(values[2].isoformat() if values[2] else "")
        self.due.setToolTip(self.tr("The day it is due (YYYY-MM-DD); empty if no date was set"))
        self.status = status_choices(QComboBox())
        self.status.setCurrentIndex(self.status.findData(ActionStatus(values[3])))
        self.notes = QPlainTextEdit(values[4])
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Action"), self.field_box("title", self.title))
        form.addRow(self.tr("&Owner"), self.field_box("owner_id", self.owner))
        form.addRow(self.tr("&Due"), self.field_box("due_on", self.due))
        form.addRow(self.tr("&Status"), self.field_box("status", self.status))
        form.addRow(self.tr("&Notes"), self.field_box("notes", self.notes))
        form.setRowVisible(3, action_id is not None)  # a new action item is open

        self.lay_out_form(form, self.tr("Save") if action_id else self.tr("Add"))
        self.title.setFocus()
        self.remember_input()

    def accept(self) -> None:
        """Save through the service; on a problem, say it beside the field and stay open."""
        self.clear_problems()
        problems: dict[str, str] = {}
        if self.owner.problem():
            problems["owner_id"] = self.owner.problem()
        try:
            due = validation.date(self.due.text(), self.tr("due date"))
        except ValueError as exc:
            problems["due_on"] = shown(exc)
            due = None
        if problems:
            self.show_problems(problems)
            return
        title = self.title.text().strip()
        try:
            if self.action_id is None:
                row = self.ctx.run(
                    actions.add_action_item,
                    self.title.text(),
                    occurrence_id=self.occurrence_id,
                    agenda_item_id=self.agenda_item_id,
                    owner_id=self.owner.person_id(),
                    due_on=due,
                    notes=self.notes.toPlainText(),
                    label=self.tr("Add action item “{title}”").format(title=title),
                )
                self.action_id = row.id
            else:
                self.ctx.run(
                    actions.update_action_item,
                    self.action_id,
                    title=self.title.text(),
                    owner_id=self.owner.person_id(),
                    due_on=due,
                    status=self.status.currentData(),
                    notes=self.notes.toPlainText(),
                    label=self.tr("Edit action item “{title}”").format(title=title),
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.saved.emit(self.action_id)
        super().accept()


def set_action_status(ctx: AppContext, action_id: str, status: ActionStatus) -> None:
    """Give an action item a new status, keeping everything else it holds: one undo step."""
    with ctx.reading() as session:
        row = actions.get_action_item(session, action_id)
        title, owner_id, due_on, notes = row.title, row.owner_id, row.due_on, row.notes
    said = {
        ActionStatus.DONE: QCoreApplication.translate("ActionItems", "Complete “{title}”"),
        ActionStatus.OPEN: QCoreApplication.translate("ActionItems", "Reopen “{title}”"),
    }.get(status) or QCoreApplication.translate("ActionItems", "Drop “{title}”")
    ctx.run(
        actions.update_action_item,
        action_id,
        title=title,
        owner_id=owner_id,
        due_on=due_on,
        status=status,
        notes=notes,
        label=said.format(title=title),
    )


def action_owners(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the people who own at least one action item, by name: the owner
    filter's choices, a handful rather than the whole directory."""
    owners = {r.owner_id: r.owner_name for r in actions.action_items(session) if r.owner_id}
    by_name = formatting.name_key()
    return sorted(owners.items(), key=lambda pair: (by_name(pair[1]), pair[0]))


def overdue_tip(due_on: dt.date | None, today: dt.date | None = None) -> str:
    if due_on is None:
        return ""
    days = ((today or clock.today()) - due_on).days
    if days == 1:
        text = QCoreApplication.translate("ActionItems", "Overdue since {day} (1 day)")
    else:
        text = QCoreApplication.translate("ActionItems", "Overdue since {day} ({days} days)")
    return text.format(day=formatting.date(due_on), days=days)


@dataclass(frozen=True)
class _Filters:
    status: ActionStatus | None = ActionStatus.OPEN
    owner_id: str | None = None
    series_id: str | None = None


class ActionItemsModel(QAbstractTableModel):
    """The action items that pass the filters, as :func:`actions.action_items` gives them.

    A coalition has tens or hundreds of action items, not millions: the rows are read
    whole and sorted here, unlike the paged directory lists.
    """

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("ActionItemsModel", "Due")),
        str(QT_TRANSLATE_NOOP("ActionItemsModel", "Action")),
        str(QT_TRANSLATE_NOOP("ActionItemsModel", "Owner")),
        str(QT_TRANSLATE_NOOP("ActionItemsModel", "From call")),
        str(QT_TRANSLATE_NOOP("ActionItemsModel", "Status")),
    )

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.filters = _Filters()
        self._rows: list[actions.ActionRow] = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self.refresh()

    def set_filters(self, filters: _Filters) -> None:
        self.filters = filters
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.reading() as session:
            rows = actions.action_items(
                session,
                status=self.filters.status,
                owner_id=self.filters.owner_id,
                series_id=self.filters.series_id,
            )
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def _sorted(self, rows: list[actions.ActionRow]) -> list[actions.ActionRow]:
        column, order = self._sort
        keys = (
            lambda r: (r.due_on is None, r.due_on or dt.date.max, r.title.lower()),
            lambda r: r.title.lower(),
            lambda r: ((r.owner_name or "").lower() or "\uffff", r.due_on or dt.date.max),
            lambda r: (r.call_date or dt.date.min, r.title.lower()),
            lambda r: (str(r.status), r.due_on or dt.date.max),
        )
        return sorted(rows, key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ActionItemsModel", self.COLUMNS[section])
        return None

    def row(self, number: int) -> actions.ActionRow:
        return self._rows[number]

    def row_of_id(self, action_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == action_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return formatting.date(row.due_on) if row.due_on else "—"
            if column == 1:
                return row.title
            if column == 2:
                return row.owner_name or "—"
            if column == 3:
                if not row.call_title:
                    return ""
                return (
                    f"{row.call_title}, {formatting.date(row.call_date)}"
                    if row.call_date
                    else row.call_title
                )
            return ActionStatus(row.status).label
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overdue:
                return overdue_tip(row.due_on)
            return row.title if column == 1 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QColor(OVERDUE_COLOR)
            if row.status != ActionStatus.OPEN:  # settled: in grey, so the open ones stand out
                return QColor(SETTLED_COLOR)
            return None
        if row.overdue and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ActionItemsScreen(QWidget):
    """Every action item across calls, filtered by status, owner and series."""

    openRequested = Signal(str, str)  # ("calls", occurrence id): the call it was decided on

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog: ActionItemDialog | None = None
        self.model = ActionItemsModel(ctx)

        self._build_filters()
        self._build_buttons()
        bar = self._filter_bar()
        view = self._build_view()
        self._add_keys(view)
        self.setFocusProxy(view)  # a screen shown from the keyboard starts on its list
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.call_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)

        self._fill_filters()
        for box in (self.status_filter, self.owner_filter, self.series_filter):
            box.currentIndexChanged.connect(self._apply_filters)
        ctx.changed.connect(self._on_changed)
        self._update_count()
        self._update_buttons()

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        """The status, owner and series filters, and the count of items shown."""
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("filter_status")
        for text, value in (
            (self.tr("Open"), ActionStatus.OPEN),
            (self.tr("Done"), ActionStatus.DONE),
            (self.tr("All"), None),
        ):
            self.status_filter.addItem(text, value)
        self.status_filter.setToolTip(
            self.tr("Open items, the ones done, or all of them (dropped ones too)")
        )
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("filter_owner")
        self.owner_filter.setToolTip(self.tr("Only the items one person owns"))
        self.series_filter = QComboBox()
        self.series_filter.setObjectName("filter_series")
        self.series_filter.setToolTip(self.tr("Only the items decided on the calls of one series"))
        for box in (self.owner_filter, self.series_filter):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
        self.count_label = QLabel()

    def _build_buttons(self) -> None:
        """New, Edit, Mark done and Open call."""
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("An action item not decided on any call (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_action)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(
            self.tr("Edit the selected action item (double-click, Enter, F2)")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("The selected action item is done"))
        self.done_button.clicked.connect(self.mark_done)
        self.call_button = QPushButton(self.tr("Open call"))
        self.call_button.setToolTip(self.tr("Show the call this action item was decided on"))
        self.call_button.clicked.connect(self.open_call)

    def _filter_bar(self) -> QHBoxLayout:
        """The filters, each after its label, and the count at the end."""
        bar = QHBoxLayout()
        for text, box in (
            (self.tr("Show"), self.status_filter),
            (self.tr("Owner"), self.owner_filter),
            (self.tr("Series"), self.series_filter),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        return bar

    def _build_view(self) -> QTableView:
        """The table of action items, its columns sized for what they hold."""
        view = self.view = QTableView()
        view.setObjectName("actionItemsView")
        view.setAccessibleName(self.tr("Action items"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        for column, sample in (
            (0, "2026-11-24 "),
            (2, "Alexandra Featherstone"),
            (3, "Weekly coalition call, 2026-11-24"),
            (4, "Dropped "),
        ):
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.doubleClicked.connect(lambda _i: self.edit_selected())
        return view

    def _add_keys(self, view: QTableView) -> None:
        # Enter (and F2, as in the directory lists) edits, on every platform (Qt's item
        # views do not activate on Enter on macOS); Delete deletes; Ctrl+N anywhere on the
        # screen starts a new one, as on the other lists.
        edit_key = QAction(self.tr("Edit"), view)
        edit_key.setShortcuts(
            [
                QKeySequence(Qt.Key.Key_F2),
                QKeySequence(Qt.Key.Key_Return),
                QKeySequence(Qt.Key.Key_Enter),
            ]
        )
        edit_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.triggered.connect(self.edit_selected)
        view.addAction(edit_key)
        delete_key = QAction(self.tr("Delete"), view)
        delete_key.setShortcut(QKeySequence.StandardKey.Delete)
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_selected)
        view.addAction(delete_key)
        new_key = QAction(self.tr("New action item"), self)
        new_key.setShortcut(QKeySequence.StandardKey.New)
        new_key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_key.triggered.connect(self.new_action)
        self.addAction(new_key)

    # --- filters --------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """(Re)fill owner and series choices, keeping what is chosen while it still exists."""
        with self.ctx.reading() as session:
            owners = action_owners(session)
            series = [(s.id, s.title) for s in calls.all_series(session)]
        for box, everyone, options in (
            (self.owner_filter, self.tr("Anyone"), owners),
            (self.series_filter, self.tr("All series"), series),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for ident, name in options:
                box.addItem(name, ident)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def _apply_filters(self, *_: object) -> None:
        keep = self.selected_id()
        self.model.set_filters(
            _Filters(
                status=self.status_filter.currentData(),
                owner_id=self.owner_filter.currentData(),
                series_id=self.series_filter.currentData(),
            )
        )
        if keep:
            self.select_id(keep)
        self._update_count()

    def _on_changed(self, tables: set[str]) -> None:
        if tables & ACTION_TABLES:
            self._fill_filters()
            self._apply_filters()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        overdue = sum(1 for r in range(n) if self.model.row(r).overdue)
        text = self.tr("%Ln action items", "", n)
        self.count_label.setText(
            self.tr("{text}, {overdue} overdue").format(text=text, overdue=overdue)
            if overdue
            else text
        )

    # --- selection --------------------------------------------------------------------------

    def selected_row(self) -> actions.ActionRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select_id(self, action_id: str) -> bool:
        row = self.model.row_of_id(action_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self, *_: object) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.done_button.setEnabled(row is not None and row.status != ActionStatus.DONE)
        self.call_button.setEnabled(row is not None and row.occurrence_id is not None)

    # --- commands ---------------------------------------------------------------------------

    def _open(self, dialog: ActionItemDialog) -> ActionItemDialog:
        """Open a dialog without blocking, keeping it at hand (tests drive it from there)."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.saved.connect(self.select_id)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def new_action(self) -> ActionItemDialog:
        return self._open(ActionItemDialog(self.ctx, parent=self))

    def edit_selected(self) -> ActionItemDialog | None:
        action_id = self.selected_id()
        if action_id is None:
            return None
        return self._open(ActionItemDialog(self.ctx, action_id, parent=self))

    def delete_selected(self) -> bool:
        """Delete the selected action item, after asking; one undoable step."""
        row = self.selected_row()
        if row is None:
            return False
        question = self.tr("Delete the action item “{title}”?").format(title=row.title)
        if not self.confirm(question, self.tr("You can undo this with Ctrl+Z.")):
            return False
        label = self.tr("Delete action item “{title}”").format(title=row.title)
        try:
            self.ctx.run(actions.delete_action_item, row.id, label=label)
        except CoalitionError as exc:
            self.ctx.error.emit(shown(exc))
            return False
        self.ctx.message.emit(self.tr("Deleted. Undo with Ctrl+Z."))
        return True

    def confirm(self, question: str, detail: str) -> bool:
        """Ask before deleting (a method of its own, so that tests can answer it)."""
        return ask_to_confirm(self, question, detail)

    def open_record(self, action_id: str) -> None:
        """Select an action item found elsewhere (undo shows it here), showing all if need be."""
        if self.select_id(action_id):
            return
        self.status_filter.setCurrentIndex(self.status_filter.count() - 1)  # All
        self.owner_filter.setCurrentIndex(0)
        self.series_filter.setCurrentIndex(0)
        self.select_id(action_id)

    def mark_done(self) -> None:
        action_id = self.selected_id()
        if action_id is None:
            return
        try:
            set_action_status(self.ctx, action_id, ActionStatus.DONE)
        except CoalitionError as exc:
            self.ctx.error.emit(shown(exc))
            return
        self.ctx.message.emit(self.tr("Marked done. Undo with Ctrl+Z."))

    def open_call(self) -> None:
        row = self.selected_row()
        if row is not None and row.occurrence_id:
            self.openRequested.emit("calls", row.occurrence_id)

    def save_state(self) -> None:
        self.ctx.settings.setValue("actions/header", self.view.horizontalHeader().saveState())

    def restore_state(self) -> None:
        header = self.ctx.settings.value("actions/header")
        if header is not None:
            self.view.horizontalHeader().restoreState(header)
