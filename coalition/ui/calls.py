"""The Calls screen: the weekly call's series, its weeks, and what happens on each call.

On the left, the series and, under it, the weeks around today (what was and what comes),
each in the call's own zone and, where that differs, in the organizer's own: a coalition
spread over four time zones is only ever confused about *when*.  On the right, the call
chosen: how to join, the agenda (dragged into order, with time boxes that warn when they
overrun the call), minutes and decisions per item, who came, and who owes what.  The
agenda and the minutes leave as Markdown, plain text, PDF or paper, for the e-mail after
the call.

Every change is one service call through :meth:`AppContext.run`, so one undo step.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QItemSelectionModel,
    QMarginsF,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QPixmap,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from coalition import calls, directory, meetings, validation
from coalition.calls import Call, Frequency, Recurrence, SeriesInput
from coalition.errors import CoalitionError, NotFoundError
from coalition.files import replacing
from coalition.store.models import (
    ActionStatus,
    AgendaItem,
    CallSeries,
    CallStatus,
    ItemStatus,
)
from coalition.ui.actions import (
    OVERDUE_COLOR,
    ActionItemDialog,
    PersonPicker,
    overdue_tip,
    set_action_status,
)
from coalition.ui import editing
from coalition.ui.calendar_dialogs import (
    export_calendar_interactively,
    write_invitations_interactively,
    write_notice_interactively,
)
from coalition.ui.context import AppContext
from coalition.ui.listscreen import ERROR_STYLE, FieldProblems, ask_to_confirm
from coalition.ui.people import set_zone, time_zone_box
from coalition.ui.widgets import MUTED_STYLE, RowsEditor, bold, date_edit, muted

#: A change to one of these can change a series, a week, an agenda or the people on it.
CALL_TABLES = {
    "call_series",
    "call_occurrence",
    "call_participant",
    "standing_item",
    "agenda_item",
    "attendance",
    "action_item",
    "person",
    "organization",
    "membership",
}
LOOK_BACK = dt.timedelta(weeks=12)
LOOK_AHEAD = dt.timedelta(weeks=12)
WARNING_STYLE = (
    "color: #8a4b00; background: #fff3cd; border: 1px solid #e0b040;"
    " border-radius: 3px; padding: 4px 8px;"
)
CHIP_STYLE = (
    "border-radius: 3px; padding: 2px 8px; font-weight: bold; color: {fg}; background: {bg};"
)
CANCELLED_COLORS = ("#ffffff", "#c62828")
MOVED_COLORS = ("#1a1a1a", "#f6c343")
#: Agenda item states, in the colours of the endorsement statuses with the same sense.
ITEM_COLORS = {
    ItemStatus.OPEN: "#a9bcd0",
    ItemStatus.DONE: "#2e7d32",
    ItemStatus.CARRIED: "#f6c343",
    ItemStatus.DROPPED: "#4a4a4a",
}
WEEKDAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NTH_CHOICES = (("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("last", -1))
#: A week of a series as (series id, ISO original date); a one-off call as ("", its id).
CallKey = tuple[str, str]
PdfKind = str  # "agenda" or "minutes"


# --- times ---------------------------------------------------------------------------------


def system_zone() -> str:
    """The IANA zone of this computer ("UTC" when it names none we know)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return validation.time_zone(name) or "UTC"
    except ValueError:
        return "UTC"


def when(moment: dt.datetime, zone: str, fmt: str = "%a %Y-%m-%d %H:%M %Z") -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime(fmt)


def span(start: dt.datetime, end: dt.datetime, zone: str) -> str:
    """'Tuesday 2026-11-24, 17:30–18:30 PST (America/Los_Angeles)'."""
    return f"{when(start, zone, '%A %Y-%m-%d, %H:%M')}–{when(end, zone, '%H:%M %Z')} ({zone})"


def differs(moment: dt.datetime, zone: str, other: str) -> bool:
    """Whether the clocks of two zones show a different time at ``moment``."""
    return (
        moment.astimezone(ZoneInfo(zone)).utcoffset()
        != moment.astimezone(ZoneInfo(other)).utcoffset()
    )


def call_key(call: Call) -> CallKey:
    if call.series_id and call.original_date:
        return (call.series_id, call.original_date.isoformat())
    return ("", call.occurrence_id or "")


def yours(moment: dt.datetime, zone: str, your_zone: str) -> str:
    """The time in the organizer's own zone, with the weekday only when it is another day
    there: '20:30 EST', 'Wed 02:30 CET'."""
    theirs, mine = moment.astimezone(ZoneInfo(zone)), moment.astimezone(ZoneInfo(your_zone))
    return mine.strftime("%H:%M %Z" if mine.date() == theirs.date() else "%a %H:%M %Z")


def call_line(call: Call, your_zone: str, *, with_title: bool = False) -> str:
    """'Tue 2026-11-24 17:30 PST (20:30 EST) · moved': one week in the list, with the
    organizer's own time in brackets where their clock shows another."""
    text = when(call.start, call.time_zone)
    if differs(call.start, call.time_zone, your_zone):
        text += f" ({yours(call.start, call.time_zone, your_zone)})"
    if with_title:
        text += f"\n{call.title}"
    if call.moved:
        text += " · moved"
    if call.status == CallStatus.CANCELLED:
        text += " · cancelled"
    return text


def attempt(ctx: AppContext, fn: Any, *args: Any, label: str, done: str = "", **kwargs: Any) -> Any:
    """Run a service from a button: a refusal is shown, not raised (there is no field to
    mark beside a button), and ``None`` comes back."""
    try:
        result = ctx.run(fn, *args, label=label, **kwargs)
    except CoalitionError as exc:
        ctx.error.emit(str(exc))
        return None
    if done:
        ctx.message.emit(done)
    return result


def _swatch(color: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose &-key focuses ``widget`` (form rows that hold a layout get none)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _plain_text(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    return edit


# --- documents -------------------------------------------------------------------------------


def markdown_document(markdown: str, title: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    font = doc.defaultFont()
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    return doc


def write_pdf(markdown: str, path: Path, title: str) -> None:
    """Lay out Markdown on Letter pages into ``path``, whole or not at all.

    Qt's own PDF writer (no other dependency); the file is written next to its place and
    then renamed over it, so a failure never leaves half a PDF where the old one was.
    """
    with replacing(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setTitle(title)
        writer.setCreator("Coalition")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        # QTextDocument.print_ adds 2 cm of its own inside these: an inch all round.
        writer.setPageMargins(QMarginsF(5.4, 5.4, 5.4, 5.4), QPageLayout.Unit.Millimeter)
        markdown_document(markdown, title).print_(writer)
        del writer  # the file is complete only once the writer is gone


# --- the agenda --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaRow:
    """An agenda item's values, read once inside the session."""

    id: str
    title: str
    owner_id: str | None
    owner_name: str
    time_box: int | None
    notes: str
    minutes: str
    decision: str
    status: ItemStatus
    carried: bool


class AgendaModel(QAbstractListModel):
    """The agenda of one call, in order; dragging an item elsewhere asks for the new order.

    A view in ``InternalMove`` mode moves rows through :meth:`moveRows`; the model moves
    the row at once (the drop looks done) and emits :attr:`reorderRequested` with every id
    in its new order, which the screen stores as one undoable change.
    """

    reorderRequested = Signal(list)  # the ids of the items, in their new order

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AgendaRow] = []
        self._start: dt.datetime | None = None  # the call's start, in its zone

    def set_rows(self, rows: list[AgendaRow], start: dt.datetime | None) -> None:
        """Show ``rows``; the same rows again change nothing (the selection stays)."""
        if rows == self._rows and start == self._start:
            return
        self.beginResetModel()
        self._rows, self._start = list(rows), start
        self.endResetModel()

    def rows(self) -> list[AgendaRow]:
        return list(self._rows)

    def row_of_id(self, item_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == item_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def item_start(self, number: int) -> dt.datetime | None:
        """When an item begins if every item before it keeps its time box."""
        if self._start is None:
            return None
        used = sum(r.time_box or 0 for r in self._rows[:number])
        return self._start + dt.timedelta(minutes=used)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = []
            start = self.item_start(index.row())
            if start is not None:
                details.append(start.strftime("%H:%M"))
            if row.time_box:
                details.append(f"{row.time_box} min")
            if row.owner_name:
                details.append(row.owner_name)
            details.append(
                row.status.label
                + (" (carried in)" if row.carried and row.status == ItemStatus.OPEN else "")
            )
            return f"{index.row() + 1}. {row.title}\n      {' · '.join(details)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return _swatch(ITEM_COLORS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = [row.title]
            if row.carried:
                tip.append("Carried from an earlier call.")
            if row.notes:
                tip.append(row.notes)
            return "\n".join(tip)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between items, never onto one
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        sourceParent: QModelIndex | QPersistentModelIndex,
        sourceRow: int,
        count: int,
        destinationParent: QModelIndex | QPersistentModelIndex,
        destinationChild: int,
    ) -> bool:
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        if (
            sourceRow < 0
            or sourceRow + count > len(self._rows)
            or not 0 <= destinationChild <= len(self._rows)
        ):
            return False
        if sourceRow <= destinationChild <= sourceRow + count:
            return False  # onto itself
        if not self.beginMoveRows(
            QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild
        ):
            return False
        block = self._rows[sourceRow : sourceRow + count]
        del self._rows[sourceRow : sourceRow + count]
        at = destinationChild - count if destinationChild > sourceRow else destinationChild
        self._rows[at:at] = block
        self.endMoveRows()
        self.reorderRequested.emit([r.id for r in self._rows])
        return True


def agenda_row(item: AgendaItem) -> AgendaRow:
    """An item's values as the list and the editor show them (read inside the session)."""
    return AgendaRow(
        item.id,
        item.title,
        item.owner_id,
        item.owner.name if item.owner else "",
        item.time_box_minutes,
        item.notes,
        item.minutes,
        item.decision,
        ItemStatus(item.status),
        item.carried_from_id is not None,
    )


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
    with Ctrl+S or the Save button; and, through :mod:`coalition.ui.editing`, before the
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
        self.general_error = _error_label()
        self.heading = bold(QLabel(self.tr("Agenda item")))
        self.title = QLineEdit()
        self.title.setPlaceholderText("What the coalition talks about")
        self.owner = PersonPicker("Who leads it")
        self.time_box = QSpinBox()
        self.time_box.setRange(0, 480)
        self.time_box.setSingleStep(5)
        self.time_box.setSuffix(" min")
        self.time_box.setSpecialValueText("no time box")
        self.time_box.setToolTip("The minutes this item may take on the call")
        self.status = QComboBox()
        for status in ItemStatus:
            self.status.addItem(_swatch(ITEM_COLORS[status]), status.label, status)
        self.status.setToolTip("Open items are carried into the next call")
        # Notes and decision are a few lines; the minutes take the room that is left.
        self.notes = _plain_text("To prepare, links, context")
        self.notes.setFixedHeight(72)
        self.minutes = _plain_text("What was said")
        self.minutes.setMinimumHeight(100)
        self.decision = _plain_text("What was decided, if anything")
        self.decision.setFixedHeight(72)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Title", self.field_box("title", self.title))
        form.addRow("O&wner", self.field_box("owner_id", self.owner))
        times = QHBoxLayout()
        times.addWidget(self.field_box("time_box_minutes", self.time_box))
        times.addWidget(_buddy("St&atus", self.status))
        times.addWidget(self.field_box("status", self.status), 1)
        form.addRow(_buddy("Time &box", self.time_box), times)
        # The minutes take the height left; the boxes of the others keep to their fields.
        for key, label, edit, grows in (
            ("notes", "&Notes", self.notes, False),
            ("minutes", "&Minutes", self.minutes, True),
            ("decision", "&Decision", self.decision, False),
        ):
            box = self.field_box(key, edit)
            box.setSizePolicy(
                QSizePolicy.Policy.Preferred,
                QSizePolicy.Policy.Expanding if grows else QSizePolicy.Policy.Maximum,
            )
            form.addRow(label, box)

        self.action_button = QPushButton("Action item…")
        self.action_button.setToolTip("Record who owes what from this item")
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Take this item off the agenda (undo with Ctrl+Z)")
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Save this item (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        save_action = QAction("Save", self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)

        self.title.textEdited.connect(self._edited)
        self.owner.editTextChanged.connect(self._edited)
        self.time_box.valueChanged.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        for edit in (self.notes, self.minutes, self.decision):
            edit.textChanged.connect(self._edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.load(None)

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
                self.tr("Agenda item") if row else self.tr("Choose an item of the agenda, or add one")
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
        for widget in (
            self.title,
            self.owner,
            self.time_box,
            self.status,
            self.notes,
            self.minutes,
            self.decision,
            self.action_button,
            self.delete_button,
        ):
            widget.setEnabled(row is not None)

    def show_stored(self, row: AgendaRow) -> None:
        """The item as stored now (after a save, an undo, a sync).

        What the person typed and has not saved stays.  Otherwise only the fields whose
        stored value differs from the one shown are set again, with the cursor where it
        was: the service trims the text it stores, and a field set back to its trimmed
        value would lose the new line just typed and send the cursor to the start.
        """
        if row.id != self.item_id:
            self.load(row)
            return
        self._stored = row
        if self.general_error.property("gone"):
            self.general_error.setProperty("gone", False)
            self.general_error.hide()
        if self.dirty:
            return
        self._loading = True
        try:
            if self.title.text().strip() != row.title:
                _replace_text(self.title, row.title)
            if self.owner.person_id() != row.owner_id:
                self.owner.set_person(row.owner_id)
            if (self.time_box.value() or None) != row.time_box:
                self.time_box.setValue(row.time_box or 0)
            if self.status.currentData() != row.status:
                self.status.setCurrentIndex(self.status.findData(row.status))
            for edit, value in (
                (self.notes, row.notes),
                (self.minutes, row.minutes),
                (self.decision, row.decision),
            ):
                if edit.toPlainText().strip() != value:
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
        if self.item_id is None or not self.dirty:
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
                label=f"Edit agenda item “{title}”",
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


# --- the call on the right ------------------------------------------------------------------------


@dataclass
class _CallView:
    """Everything the panel shows of one call, read in one session."""

    call: Call
    join_url: str = ""
    dial_in: str = ""
    access_code: str = ""
    organizer: str = ""
    location: str = ""
    usual_start: dt.datetime | None = None  # where the rule puts a moved call
    items: list[AgendaRow] | None = None  # None: no agenda prepared yet
    overrun: int = 0
    attendance: list[tuple[str, str, bool]] | None = None  # (person id, "name (state)", present)
    states: list[str] | None = None
    # (id, title, owner, due, status) and (id, title, owner, due, from call, overdue)
    own_actions: list[tuple[str, str, str, str, str]] | None = None
    earlier_actions: list[tuple[str, str, str, str, str, bool]] | None = None


def _read_call(session: Session, call: Call) -> _CallView:
    view = _CallView(call)
    if call.series_id:
        series = calls.get_series(session, call.series_id)
        view.join_url, view.dial_in, view.access_code = (
            series.join_url,
            series.dial_in,
            series.access_code,
        )
        view.organizer = series.organizer.name if series.organizer else ""
        if call.moved and call.original_date:
            view.usual_start = calls.slot_start(series, call.original_date)
    if call.occurrence_id is None:
        return view
    occurrence = calls.get_occurrence(session, call.occurrence_id)
    view.location = occurrence.location
    view.items = [agenda_row(i) for i in meetings.agenda(session, occurrence.id)]
    view.overrun = meetings.time_box_overrun(session, occurrence.id)
    present = {a.person_id: a for a in meetings.attendance(session, occurrence.id)}
    people: dict[str, tuple[str, str, bool]] = {}
    # The invited first, then whoever else was recorded, each with the state they speak
    # for: as recorded, else the one they represent on the call's day (never their home
    # state, which may be another).
    day = occurrence.start.astimezone(ZoneInfo(occurrence.time_zone or "UTC")).date()
    invited = [(p.id, p.name) for p in meetings.suggested_attendees(session, occurrence.id)]
    others = [(a.person_id, a.person.name) for a in present.values()]
    for person_id, name in invited + others:
        record = present.get(person_id)
        if person_id not in people:
            state = record.state if record and record.state else meetings.represented_state(session, person_id, day)
            label = f"{name} ({state})" if state else name
            people[person_id] = (person_id, label, bool(record and record.present))
    view.attendance = list(people.values())
    view.states = meetings.states_represented(session, occurrence.id)
    view.own_actions = [
        (
            a.id,
            a.title,
            a.owner_name,
            a.due_on.isoformat() if a.due_on else "",
            ActionStatus(a.status).label,
        )
        for a in meetings.action_items_of(session, occurrence.id)
    ]
    view.earlier_actions = [
        (
            a.id,
            a.title,
            a.owner_name,
            a.due_on.isoformat() if a.due_on else "",
            f"{a.call_title}, {a.call_date.isoformat()}" if a.call_date else a.call_title,
            a.overdue,
        )
        for a in meetings.open_action_items_for(session, occurrence.id)
    ]
    return view


class CallPanel(QWidget):
    """The call chosen in the list: when and how to join, its agenda, attendance, actions."""

    openRequested = Signal(str, str)
    #: The tables changed while changes were held (:meth:`holding_changes`), once released.
    heldChanges = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.call: Call | None = None
        self.your_zone = system_zone()
        self.last_dialog: QDialog | None = None
        self._people: list[tuple[str, str]] | None = None
        self._restoring = False  # the agenda is being shown again: a selection is not a choice
        self._held: set[str] | None = None  # tables changed while leaving an item

        self.placeholder = muted("Choose a call on the left, or start a series: New series….")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Heading: what, when, how to join.
        self.title = bold(QLabel(), 1.35)
        self.title.setWordWrap(True)
        self.chip = QLabel()
        self.when_label = QLabel()
        self.when_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.yours_label = muted()
        self.join_label = QLabel()
        self.join_label.setOpenExternalLinks(True)
        self.join_label.setTextFormat(Qt.TextFormat.RichText)
        self.join_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.join_label.setWordWrap(True)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)

        self.move_button = QPushButton("Move…")
        self.move_button.setToolTip("Hold this week's call at another time; the other weeks stay")
        self.move_button.clicked.connect(self.move_call)
        self.cancel_button = QPushButton("Cancel this week")
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.prepare_button = QPushButton("Prepare agenda")
        self.prepare_button.setToolTip(
            "Start the agenda from the series' standing items and what the last call left open"
        )
        self.prepare_button.clicked.connect(self.prepare_agenda)
        self.agenda_menu_button = self._document_menu("Agenda", "agenda")
        self.minutes_menu_button = self._document_menu("Minutes", "minutes")
        actions_row = QHBoxLayout()
        self.notice_button = QPushButton("Notice…")
        self.notice_button.setToolTip(
            "Write this week's change (moved or cancelled) as one .ics per participant"
        )
        self.notice_button.clicked.connect(self.write_notice)
        for button in (self.move_button, self.cancel_button, self.notice_button, self.prepare_button):
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        actions_row.addWidget(self.agenda_menu_button)
        actions_row.addWidget(self.minutes_menu_button)

        self.warning = QLabel()
        self.warning.setObjectName("timeBoxWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_agenda_tab(), "Agenda")
        self.tabs.addTab(self._build_attendance_tab(), "Attendance")
        self.tabs.addTab(self._build_actions_tab(), "Action items")
        self.no_agenda = muted()
        self.no_agenda.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.no_agenda)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        page_layout.addLayout(title_row)
        page_layout.addWidget(self.when_label)
        page_layout.addWidget(self.yours_label)
        page_layout.addWidget(self.join_label)
        page_layout.addLayout(actions_row)
        page_layout.addWidget(self.warning)
        page_layout.addWidget(self.body, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # --- building -------------------------------------------------------------------------

    def _document_menu(self, text: str, kind: PdfKind) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(f"Copy, save or print the {kind} of this call")
        menu = QMenu(button)
        menu.addAction(f"Copy {kind} as Markdown", lambda: self.copy(kind, markdown=True))
        menu.addAction(f"Copy {kind} as plain text", lambda: self.copy(kind, markdown=False))
        menu.addSeparator()
        menu.addAction(f"Save {kind} as PDF…", lambda: self.save_pdf(kind))
        menu.addAction(f"Print {kind}…", lambda: self.print_document(kind))
        button.setMenu(menu)
        return button

    def _build_agenda_tab(self) -> QWidget:
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText("Add an item to the agenda…")
        self.new_item.setClearButtonEnabled(True)
        self.new_item.returnPressed.connect(self.add_item)
        add = QPushButton("Add")
        add.clicked.connect(self.add_item)
        adder = QHBoxLayout()
        adder.addWidget(self.new_item, 1)
        adder.addWidget(add)

        self.agenda_model = AgendaModel()
        self.agenda_model.reorderRequested.connect(self._reorder)
        view = self.agenda_view = QListView()
        view.setObjectName("agendaView")
        view.setModel(self.agenda_model)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragEnabled(True)
        view.setDropIndicatorShown(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setSpacing(1)
        view.setWordWrap(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setIconSize(QSize(10, 10))
        view.setToolTip("Drag an item to reorder the agenda (or Alt+Up / Alt+Down)")
        view.selectionModel().currentRowChanged.connect(self._item_chosen)

        self.up_button = QToolButton()
        self.up_button.setText("↑")
        self.up_button.setToolTip("Move the item up (Alt+Up)")
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QToolButton()
        self.down_button.setText("↓")
        self.down_button.setToolTip("Move the item down (Alt+Down)")
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.total_label = muted()
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addWidget(self.total_label, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(adder)
        left_layout.addWidget(view, 1)
        left_layout.addLayout(order)

        self.item_editor = ItemEditor(self.ctx)
        self.item_editor.delete_button.clicked.connect(self.delete_item)
        self.item_editor.action_button.clicked.connect(self.add_action_from_item)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The fields grow and shrink with the pane: a sideways scroll bar only hid the
        # editor's buttons under it on a 768-pixel screen.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.item_editor)

        self.agenda_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.agenda_splitter.setObjectName("agendaSplitter")
        self.agenda_splitter.addWidget(left)
        self.agenda_splitter.addWidget(scroll)
        self.agenda_splitter.setStretchFactor(0, 1)
        self.agenda_splitter.setStretchFactor(1, 1)
        return self.agenda_splitter

    def _build_attendance_tab(self) -> QWidget:
        self.states_label = QLabel()
        self.states_label.setObjectName("statesRepresented")
        self.states_label.setWordWrap(True)
        self.attendance_list = QListWidget()
        self.attendance_list.setObjectName("attendanceList")
        self.attendance_list.setToolTip("Check who came; double-click opens the person")
        self.attendance_list.itemChanged.connect(self._attendance_changed)
        self.attendance_list.itemDoubleClicked.connect(
            lambda item: self.openRequested.emit("person", item.data(Qt.ItemDataRole.UserRole))
        )
        self.guest = PersonPicker("Someone else who came…")
        add_guest = QPushButton("Add")
        add_guest.setToolTip("Mark someone present who is not among the invited")
        add_guest.clicked.connect(self.add_guest)
        guests = QHBoxLayout()
        guests.addWidget(self.guest, 1)
        guests.addWidget(add_guest)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.states_label)
        layout.addWidget(self.attendance_list, 1)
        layout.addLayout(guests)
        return tab

    def _build_actions_tab(self) -> QWidget:
        def tree(name: str, headers: list[str]) -> QTreeWidget:
            widget = QTreeWidget()
            widget.setObjectName(name)
            widget.setHeaderLabels(headers)
            widget.setRootIsDecorated(False)
            widget.setAlternatingRowColors(True)
            widget.setUniformRowHeights(True)
            widget.header().setStretchLastSection(False)
            widget.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, len(headers)):
                widget.header().setSectionResizeMode(
                    column, QHeaderView.ResizeMode.ResizeToContents
                )
            return widget

        self.own_actions = tree("ownActions", ["Action", "Owner", "Due", "Status"])
        self.own_actions.itemDoubleClicked.connect(
            lambda _i, _c: self.edit_action(self.own_actions)
        )
        self.earlier_actions = tree("earlierActions", ["Action", "Owner", "Due", "From call"])
        self.earlier_actions.itemDoubleClicked.connect(
            lambda _i, _c: self.edit_action(self.earlier_actions)
        )

        add = QPushButton("Add…")
        add.clicked.connect(self.add_action)
        edit = QPushButton("Edit…")
        edit.clicked.connect(lambda: self.edit_action(self.own_actions))
        done = QPushButton("Mark done")
        done.clicked.connect(lambda: self.complete_action(self.own_actions))
        own_buttons = QHBoxLayout()
        for button in (add, edit, done):
            own_buttons.addWidget(button)
        own_buttons.addStretch(1)
        earlier_done = QPushButton("Mark done")
        earlier_done.clicked.connect(lambda: self.complete_action(self.earlier_actions))
        earlier_edit = QPushButton("Edit…")
        earlier_edit.clicked.connect(lambda: self.edit_action(self.earlier_actions))
        earlier_buttons = QHBoxLayout()
        earlier_buttons.addWidget(earlier_edit)
        earlier_buttons.addWidget(earlier_done)
        earlier_buttons.addStretch(1)

        self.own_title = bold(QLabel("Decided on this call"))
        self.earlier_title = bold(QLabel("Open from earlier calls"))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.own_title)
        layout.addWidget(self.own_actions, 1)
        layout.addLayout(own_buttons)
        layout.addWidget(self.earlier_title)
        layout.addWidget(self.earlier_actions, 1)
        layout.addLayout(earlier_buttons)
        return tab

    # --- showing a call -------------------------------------------------------------------

    @contextmanager
    def holding_changes(self) -> Iterator[None]:
        """Hold the screen's refresh while an item is left for another (item, week or
        series): the save of the item left changes the agenda, and a refresh in the middle
        of the move re-selected, by row, an item other than the one chosen.  The screen
        refreshes once, when the move is done (see :attr:`heldChanges`)."""
        if self._held is not None:
            yield
            return
        self._held = set()
        try:
            yield
        finally:
            tables, self._held = self._held, None
            if tables:
                self.heldChanges.emit(tables)

    def hold(self, tables: set[str]) -> bool:
        """Keep ``tables`` for later if changes are being held; False if they are not."""
        if self._held is None:
            return False
        self._held |= tables
        return True

    def leave_item(self) -> bool:
        """May the item being edited be left?  What was typed is saved (the item and the
        week switch on without a question, as they always did); only when that is refused
        (an unknown owner, an item deleted elsewhere) is the shared question asked:
        Save (try again), Discard, or Cancel to stay."""
        editor = self.item_editor
        if not editor.has_unsaved():
            return True
        with self.holding_changes():
            if editor.save_unsaved():
                return True
        return editing.may_leave(editor, self)

    def show_call(self, call: Call | None) -> None:
        """Show another call (or none, or the same one read again)."""
        self.call = call
        self.reload()

    def forget_people(self) -> None:
        """The directory changed: read the names of the pickers again on the next reload."""
        self._people = None

    def reload(self) -> None:
        """Read the call again (after a change anywhere, an undo, a zone chosen)."""
        if self.call is None:
            self.pages.setCurrentIndex(0)
            return
        if self._people is None:
            with self.ctx.reading() as session:
                self._people = directory.person_choices(session)
            self.item_editor.set_people(self._people)
            self.guest.set_choices(self._people)
        try:
            with self.ctx.reading() as session:
                view = _read_call(session, self.call)
        except NotFoundError:
            self.call = None
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self._show_heading(view)
        self._show_agenda(view)
        self._show_attendance(view)
        self._show_actions(view)

    def _show_heading(self, view: _CallView) -> None:
        call = view.call
        zone = call.time_zone
        self.title.setText(call.title)
        end = call.end
        self.when_label.setText(
            span(call.start, end, zone)
            + (f" · organized by {view.organizer}" if view.organizer else "")
        )
        yours = self.your_zone
        self.yours_label.setVisible(differs(call.start, zone, yours))
        self.yours_label.setText(f"Your time: {span(call.start, end, yours)}")
        join = []
        if view.join_url:
            url = html.escape(view.join_url)
            join.append(f'Join: <a href="{url}">{url}</a>')
        if view.dial_in:
            code = f", access code {html.escape(view.access_code)}" if view.access_code else ""
            join.append(f"Dial-in: {html.escape(view.dial_in)}{code}")
        if view.location:
            join.append(html.escape(view.location))
        self.join_label.setText(" &nbsp;·&nbsp; ".join(join))
        self.join_label.setVisible(bool(join))

        cancelled = call.status == CallStatus.CANCELLED
        if cancelled or call.moved:
            fg, bg = CANCELLED_COLORS if cancelled else MOVED_COLORS
            self.chip.setText("Cancelled" if cancelled else "Moved")
            self.chip.setStyleSheet(CHIP_STYLE.format(fg=fg, bg=bg))
            usual = view.usual_start
            self.chip.setToolTip(f"Usually {when(usual, zone)}" if call.moved and usual else "")
        self.chip.setVisible(cancelled or call.moved)

        in_series = call.series_id is not None
        self.move_button.setEnabled(in_series and not cancelled)
        self.notice_button.setEnabled(in_series and (cancelled or call.moved))
        self.cancel_button.setEnabled(in_series)
        self.cancel_button.setText("Restore this week" if cancelled else "Cancel this week")
        self.cancel_button.setToolTip(
            "Hold this week's call after all"
            if cancelled
            else "Call off this week only; the series goes on"
        )
        if not in_series:
            self.move_button.setToolTip("A call of its own: not part of a series")
        empty = not view.items
        self.prepare_button.setVisible(in_series and empty)
        for button in (self.agenda_menu_button, self.minutes_menu_button):
            button.setEnabled(view.items is not None)

        total = sum(item.time_box or 0 for item in view.items or [])
        self.warning.setText(
            f"⚠ Time boxes add up to {total} minutes; the call is {call.duration_minutes}."
        )
        self.warning.setVisible(view.overrun > 0)

    def _show_agenda(self, view: _CallView) -> None:
        if view.items is None:
            self.no_agenda.setText(
                "No agenda yet for this call.\n"
                "Prepare agenda starts it from the standing items and what the last call left open."
            )
            self.body.setCurrentWidget(self.no_agenda)
            self.agenda_model.set_rows([], None)
            self.item_editor.load(None)
            return
        self.body.setCurrentWidget(self.tabs)
        keep = self.item_editor.item_id
        self.agenda_model.set_rows(view.items, view.call.local_start())
        self.tabs.setTabText(0, f"Agenda ({len(view.items)})")
        total = sum(item.time_box or 0 for item in view.items)
        self.total_label.setText(f"{total} of {view.call.duration_minutes} minutes planned")
        # The list follows the editor, by id: never the other way round.
        row = self.agenda_model.row_of_id(keep) if keep else None
        self._select_quietly(keep if row is not None else None)
        if row is None:
            if keep is not None:
                self.item_editor.item_gone()
            return
        self.item_editor.show_stored(view.items[row])

    def _select_quietly(self, item_id: str | None) -> None:
        """Mark an item (or none) chosen in the list without showing it anew."""
        row = self.agenda_model.row_of_id(item_id) if item_id else None
        selection = self.agenda_view.selectionModel()
        self._restoring = True
        try:
            if row is None:
                selection.clear()
            elif self.agenda_view.currentIndex().row() != row or not selection.isRowSelected(row):
                selection.setCurrentIndex(
                    self.agenda_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        finally:
            self._restoring = False

    def _show_attendance(self, view: _CallView) -> None:
        self.attendance_list.blockSignals(True)
        self.attendance_list.clear()
        for person_id, text, present in view.attendance or []:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            self.attendance_list.addItem(item)
        self.attendance_list.blockSignals(False)
        states = view.states or []
        came = sum(1 for _p, _t, present in view.attendance or [] if present)
        self.states_label.setText(
            f"States represented ({len(states)}): {', '.join(states)}"
            if states
            else "States represented: none yet"
        )
        listed = len(view.attendance or [])
        self.tabs.setTabText(1, f"Attendance ({came} of {listed})" if listed else "Attendance")

    def _show_actions(self, view: _CallView) -> None:
        self.own_actions.clear()
        for ident, title, owner, due, status in view.own_actions or []:
            item = QTreeWidgetItem([title, owner or "—", due or "—", status])
            item.setData(0, Qt.ItemDataRole.UserRole, ident)
            item.setToolTip(0, title)
            self.own_actions.addTopLevelItem(item)
        self.earlier_actions.clear()
        for ident, title, owner, due, source, overdue in view.earlier_actions or []:
            item = QTreeWidgetItem([title, owner or "—", due or "—", source])
            item.setData(0, Qt.ItemDataRole.UserRole, ident)
            item.setToolTip(0, title)
            if overdue:
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(4):
                    item.setForeground(column, QColor(OVERDUE_COLOR))
                    item.setFont(column, font)
                    item.setToolTip(column, overdue_tip(dt.date.fromisoformat(due)))
            self.earlier_actions.addTopLevelItem(item)
        own, earlier = len(view.own_actions or []), len(view.earlier_actions or [])
        self.own_title.setText(
            f"Decided on this call ({own})" if own else "Decided on this call: none yet"
        )
        self.earlier_title.setText(
            f"Open from earlier calls ({earlier})" if earlier else "Open from earlier calls: none"
        )
        self.tabs.setTabText(2, f"Action items ({own + earlier})")

    # --- the week ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        """Open a dialog without blocking, keeping it at hand (tests drive it from there)."""
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def move_call(self) -> QDialog | None:
        if self.call is None or self.call.series_id is None:
            return None
        return self._open(MoveDialog(self.ctx, self.call, self.your_zone, parent=self))

    def write_notice(self) -> None:
        call = self.call
        if call is not None and call.series_id is not None and call.original_date is not None:
            write_notice_interactively(self.ctx, self, call.series_id, call.original_date)

    def toggle_cancelled(self) -> None:
        call = self.call
        if call is None or call.series_id is None or call.original_date is None:
            return
        day = call.original_date.isoformat()
        if call.status == CallStatus.CANCELLED:
            attempt(
                self.ctx,
                calls.restore_call,
                call.series_id,
                call.original_date,
                label=f"Restore the call of {day}",
                done="The call is on again.",
            )
        else:
            attempt(
                self.ctx,
                calls.cancel_call,
                call.series_id,
                call.original_date,
                label=f"Cancel the call of {day}",
                done="Cancelled this week. Undo with Ctrl+Z.",
            )

    def prepare_agenda(self) -> None:
        call = self.call
        if call is None or call.series_id is None or call.original_date is None:
            return
        attempt(
            self.ctx,
            calls.prepare_call,
            call.series_id,
            call.original_date,
            label=f"Prepare the call of {call.original_date.isoformat()}",
        )

    # --- the agenda ---------------------------------------------------------------------------

    def _item_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Show the item chosen; what was typed into the one left is saved first.

        The item chosen is remembered by id before that save, and read back by id after
        it: the save refreshes the agenda, and rows are not ids.
        """
        if self._restoring:
            return
        rows = self.agenda_model.rows()
        chosen = rows[current.row()].id if current.isValid() and current.row() < len(rows) else None
        editor = self.item_editor
        if chosen == editor.item_id:
            return
        with self.holding_changes():
            if not self.leave_item():
                # Stay on the item that could not be saved, with its problems shown (after
                # the click that chose another has done selecting it).
                QTimer.singleShot(0, lambda: self._select_quietly(editor.item_id))
                return
            row = self.agenda_model.row_of_id(chosen) if chosen else None
            editor.load(self.agenda_model.rows()[row] if row is not None else None)
            self._select_quietly(editor.item_id)

    def add_item(self) -> None:
        title = self.new_item.text().strip()
        if not title or self.call is None or self.call.occurrence_id is None:
            return
        row = attempt(
            self.ctx,
            meetings.add_agenda_item,
            self.call.occurrence_id,
            title,
            label=f"Add agenda item “{title}”",
        )
        if row is None:
            return
        self.new_item.clear()
        self.select_item(row.id)

    def select_item(self, item_id: str) -> None:
        row = self.agenda_model.row_of_id(item_id)
        if row is not None:
            self.agenda_view.setCurrentIndex(self.agenda_model.index(row))

    def move_item(self, step: int) -> None:
        """Move the item being edited (else the one chosen) up or down one place."""
        item_id = self.item_editor.item_id
        row = self.agenda_model.row_of_id(item_id) if item_id else None
        if row is None:
            index = self.agenda_view.currentIndex()
            if not index.isValid():
                return
            row = index.row()
        target = row + step
        if not 0 <= target < self.agenda_model.rowCount():
            return
        self.agenda_model.moveRow(QModelIndex(), row, QModelIndex(), target + (1 if step > 0 else 0))

    def _reorder(self, ids: list[str]) -> None:
        if self.call is None or self.call.occurrence_id is None:
            return
        if (
            attempt(
                self.ctx,
                meetings.reorder_agenda,
                self.call.occurrence_id,
                ids,
                label="Reorder the agenda",
            )
            is None
        ):
            self.reload()

    def delete_item(self) -> None:
        item_id = self.item_editor.item_id
        if item_id is None:
            return
        title = self.item_editor.title.text().strip()
        self.item_editor.load(None)
        attempt(
            self.ctx,
            meetings.delete_agenda_item,
            item_id,
            label=f"Delete agenda item “{title}”",
            done="Item deleted. Undo with Ctrl+Z.",
        )

    # --- attendance -----------------------------------------------------------------------------

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        if self.call is None or self.call.occurrence_id is None:
            return
        present = item.checkState() == Qt.CheckState.Checked
        name = item.text()
        attempt(
            self.ctx,
            meetings.set_attendance,
            self.call.occurrence_id,
            item.data(Qt.ItemDataRole.UserRole),
            present,
            label=f"{name} {'came' if present else 'did not come'}",
        )

    def add_guest(self) -> None:
        person_id = self.guest.person_id()
        if person_id is None or self.call is None or self.call.occurrence_id is None:
            return
        attempt(
            self.ctx,
            meetings.set_attendance,
            self.call.occurrence_id,
            person_id,
            True,
            label=f"{self.guest.currentText().strip()} came",
        )
        self.guest.set_person(None)

    # --- action items ---------------------------------------------------------------------------

    @staticmethod
    def _chosen_action(tree: QTreeWidget) -> str | None:
        item = tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def add_action(self) -> QDialog | None:
        if self.call is None or self.call.occurrence_id is None:
            return None
        return self._open(
            ActionItemDialog(self.ctx, occurrence_id=self.call.occurrence_id, parent=self)
        )

    def add_action_from_item(self) -> QDialog | None:
        if self.call is None or self.call.occurrence_id is None or self.item_editor.item_id is None:
            return None
        return self._open(
            ActionItemDialog(
                self.ctx,
                occurrence_id=self.call.occurrence_id,
                agenda_item_id=self.item_editor.item_id,
                parent=self,
            )
        )

    def edit_action(self, tree: QTreeWidget) -> QDialog | None:
        action_id = self._chosen_action(tree)
        if action_id is None:
            return None
        return self._open(ActionItemDialog(self.ctx, action_id, parent=self))

    def complete_action(self, tree: QTreeWidget) -> None:
        action_id = self._chosen_action(tree)
        if action_id is None:
            return
        try:
            set_action_status(self.ctx, action_id, ActionStatus.DONE)
        except CoalitionError as exc:
            self.ctx.error.emit(str(exc))
            return
        self.ctx.message.emit("Marked done. Undo with Ctrl+Z.")

    # --- documents --------------------------------------------------------------------------------

    def markdown(self, kind: PdfKind) -> str:
        """The agenda or the minutes of the call, as the services write them."""
        if self.call is None or self.call.occurrence_id is None:
            return ""
        write = meetings.agenda_markdown if kind == "agenda" else meetings.minutes_markdown
        with self.ctx.reading() as session:
            return write(session, self.call.occurrence_id, zone=self.your_zone)

    def document_title(self, kind: PdfKind) -> str:
        assert self.call is not None
        day = self.call.local_start().date().isoformat()
        return f"{self.call.title} {day} {kind}"

    def copy(self, kind: PdfKind, *, markdown: bool) -> None:
        text = self.markdown(kind)
        if not text:
            return
        QGuiApplication.clipboard().setText(text if markdown else meetings.markdown_to_text(text))
        form = "Markdown" if markdown else "plain text"
        self.ctx.message.emit(f"The {kind} is on the clipboard as {form}: paste it into an e-mail.")

    def save_pdf(self, kind: PdfKind, path: str | None = None) -> Path | None:
        """Save the agenda or minutes as a PDF (asking where, unless ``path`` is given)."""
        if self.call is None or self.call.occurrence_id is None:
            return None
        title = self.document_title(kind)
        if path is None:
            folder = str(self.ctx.settings.value("calls/pdfFolder", "") or Path.home())
            path, _ = QFileDialog.getSaveFileName(
                self,
                f"Save the {kind} as PDF",
                str(Path(folder) / f"{title}.pdf"),
                "PDF files (*.pdf)",
            )
            if not path:
                return None
        target = Path(path)
        try:
            write_pdf(self.markdown(kind), target, title)
        except OSError as exc:
            self.ctx.error.emit(f"Could not save {target.name}: {exc.strerror or exc}")
            return None
        self.ctx.settings.setValue("calls/pdfFolder", str(target.parent))
        self.ctx.message.emit(f"Saved {target}.")
        return target

    def print_document(self, kind: PdfKind, printer: QPrinter | None = None) -> bool:
        """Print the agenda or minutes; with no ``printer`` given, ask which one first."""
        if self.call is None or self.call.occurrence_id is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
            printer.setDocName(self.document_title(kind))
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        markdown_document(self.markdown(kind), self.document_title(kind)).print_(printer)
        return True


# --- the screen -----------------------------------------------------------------------------------


class CallsScreen(QWidget):
    """Series and weeks on the left, the chosen call on the right."""

    openRequested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog: QDialog | None = None
        self._calls: dict[CallKey, Call] = {}
        zone = str(ctx.settings.value("calls/zone", "") or "")
        try:
            self.your_zone = validation.time_zone(zone) or system_zone()
        except ValueError:
            self.your_zone = system_zone()

        self.zone_box = time_zone_box()
        self.zone_box.setObjectName("yourZone")
        self.zone_box.setToolTip("Your time zone: calls held in another zone also show your time")
        set_zone(self.zone_box, self.your_zone)
        self.zone_box.currentTextChanged.connect(self._zone_chosen)
        zone_row = QHBoxLayout()
        zone_label = QLabel("&Your time zone")
        zone_label.setBuddy(self.zone_box)
        zone_row.addWidget(zone_label)
        zone_row.addWidget(self.zone_box, 1)

        self.series_list = QListWidget()
        self.series_list.setObjectName("seriesList")
        self.series_list.setWordWrap(True)
        self.series_list.setSpacing(2)
        self.series_list.setMaximumHeight(self.series_list.fontMetrics().height() * 8)
        self.series_list.currentItemChanged.connect(self._series_chosen)
        self.series_list.itemDoubleClicked.connect(lambda _i: self.edit_series())
        self.new_button = QPushButton("New series…")
        self.new_button.clicked.connect(self.new_series)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.clicked.connect(self.edit_series)
        self.cancel_series_button = QPushButton("Cancel series…")
        self.cancel_series_button.setToolTip("Call off every future call of the series")
        self.cancel_series_button.clicked.connect(self.cancel_series)
        self.invite_button = QPushButton("Invitations…")
        self.invite_button.setToolTip(
            "Write one .ics invitation per participant, for their mail client to accept or decline"
        )
        self.invite_button.clicked.connect(self.write_invitations)
        self.export_button = QPushButton("Export…")
        self.export_button.setToolTip("Save this series (or the whole schedule) as an .ics calendar")
        self.export_button.clicked.connect(
            lambda: export_calendar_interactively(self.ctx, self, self.selected_series_id())
        )
        self.history_button = QPushButton("History…")
        self.history_button.setToolTip(
            "Every change to this series, its participants, standing items and weeks: when, "
            "by whom, on which computer"
        )
        self.history_button.clicked.connect(self.show_history)
        series_buttons = QHBoxLayout()
        series_buttons.addWidget(self.new_button)
        series_buttons.addWidget(self.edit_button)
        series_buttons.addWidget(self.cancel_series_button)
        series_buttons.addStretch(1)
        series_more = QHBoxLayout()
        series_more.addWidget(self.invite_button)
        series_more.addWidget(self.export_button)
        series_more.addWidget(self.history_button)
        series_more.addStretch(1)

        self.calls_tree = QTreeWidget()
        self.calls_tree.setObjectName("callsTree")
        self.calls_tree.setHeaderHidden(True)
        self.calls_tree.setRootIsDecorated(False)
        self.calls_tree.setIndentation(8)
        self.calls_tree.currentItemChanged.connect(self._call_chosen)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(zone_row)
        left_layout.addWidget(bold(QLabel("Series")))
        left_layout.addWidget(self.series_list, 1)
        left_layout.addLayout(series_buttons)
        left_layout.addLayout(series_more)
        left_layout.addWidget(bold(QLabel("Calls")))
        left_layout.addWidget(self.calls_tree, 5)

        self.panel = CallPanel(ctx)
        self.panel.your_zone = self.your_zone
        self.editor = self.panel.item_editor  # the main window saves it, or asks, on closing
        self.panel.openRequested.connect(self.openRequested)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("callsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([380, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        ctx.changed.connect(self._on_changed)
        self.panel.heldChanges.connect(self._on_changed)
        self.refresh()

    # --- editing.HoldsUnsaved: the agenda item being edited -----------------------------------

    def has_unsaved(self) -> bool:
        return self.panel.item_editor.has_unsaved()

    def save_unsaved(self) -> bool:
        return self.panel.item_editor.save_unsaved()

    def discard_unsaved(self) -> None:
        self.panel.item_editor.discard_unsaved()

    def unsaved_label(self) -> str:
        return self.panel.item_editor.unsaved_label()

    # --- lists --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the series and the weeks again, keeping what is chosen chosen."""
        keep_series = self.selected_series_id() or str(
            self.ctx.settings.value("calls/series", "") or ""
        )
        with self.ctx.reading() as session:
            rows = calls.all_series(session)
            heads = _latest_of_each(rows)
            now = dt.datetime.now(calls.UTC)
            everything = calls.calls_between(session, now - LOOK_BACK, now + LOOK_AHEAD)
            lines = [(s.id, _series_text(s)) for s in heads]
            cancelled = {s.id for s in heads if s.status == CallStatus.CANCELLED}
            self._chains = {s.id: _chain(s, rows) for s in heads}
        self._all_calls = everything
        self.series_list.blockSignals(True)
        self.series_list.clear()
        for series_id, text in lines:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, series_id)
            if series_id in cancelled:
                item.setForeground(QColor("#777777"))
            self.series_list.addItem(item)
        self.series_list.blockSignals(False)
        if not self._select_series(keep_series) and self.series_list.count():
            self.series_list.setCurrentRow(0)
        self._show_calls()

    def write_invitations(self) -> None:
        series_id = self.selected_series_id()
        if series_id is not None:
            write_invitations_interactively(self.ctx, self, series_id)

    def selected_series_id(self) -> str | None:
        item = self.series_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _select_series(self, series_id: str | None) -> bool:
        for row in range(self.series_list.count()):
            if series_id and self.series_list.item(row).data(Qt.ItemDataRole.UserRole) in (
                series_id,
                *self._chain_of(series_id),
            ):
                self.series_list.setCurrentRow(row)
                return True
        return False

    def _chain_of(self, series_id: str) -> list[str]:
        """The head of the listed chain that holds ``series_id`` (empty if none does)."""
        return [head for head, chain in self._chains.items() if series_id in chain]

    def _show_calls(self) -> None:
        """List the weeks of the chosen series, and the one-off calls; choose one again."""
        series_id = self.selected_series_id()
        if series_id:
            self.ctx.settings.setValue("calls/series", series_id)
        keep = self.selected_call_key()
        chain = set(self._chains.get(series_id or "", []))
        now = dt.datetime.now(calls.UTC)
        mine = [c for c in self._all_calls if c.series_id in chain]
        one_off = [c for c in self._all_calls if c.series_id is None]
        upcoming = [c for c in mine if c.end > now]
        earlier = list(reversed([c for c in mine if c.end <= now]))
        self._calls = {call_key(c): c for c in mine + one_off}
        self.calls_tree.blockSignals(True)
        self.calls_tree.clear()
        for heading, group, with_title in (
            ("Upcoming", upcoming, False),
            ("Earlier", earlier, False),
            ("One-off calls", one_off, True),
        ):
            if not group and heading == "One-off calls":
                continue
            top = QTreeWidgetItem([heading if group else f"{heading}: none"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.calls_tree.addTopLevelItem(top)
            for call in group:
                item = QTreeWidgetItem([call_line(call, self.your_zone, with_title=with_title)])
                item.setData(0, Qt.ItemDataRole.UserRole, call_key(call))
                self._paint(item, call)
                top.addChild(item)
            top.setExpanded(True)
        self.calls_tree.blockSignals(False)
        first = (
            upcoming[0]
            if upcoming
            else (earlier[0] if earlier else (one_off[0] if one_off else None))
        )
        if not (keep and self.select_call(keep)) and not (
            first and self.select_call(call_key(first))
        ):
            self.panel.show_call(None)

    @staticmethod
    def _paint(item: QTreeWidgetItem, call: Call) -> None:
        font = item.font(0)
        tip = []
        if call.status == CallStatus.CANCELLED:
            font.setStrikeOut(True)
            item.setForeground(0, QColor("#8a8a8a"))
            tip.append("Cancelled")
        if call.moved:
            font.setItalic(True)
            tip.append("Moved from its usual time")
        item.setFont(0, font)
        item.setToolTip(0, "\n".join([item.text(0), *tip]))

    def selected_call_key(self) -> CallKey | None:
        item = self.calls_tree.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return tuple(key) if key else None  # type: ignore[return-value]

    def call_items(self) -> list[QTreeWidgetItem]:
        """Every week listed (for tests and keyboard navigation), in list order."""
        found = []
        for top in range(self.calls_tree.topLevelItemCount()):
            group = self.calls_tree.topLevelItem(top)
            found.extend(group.child(n) for n in range(group.childCount()))
        return found

    def select_call(self, key: CallKey) -> bool:
        for item in self.call_items():
            if tuple(item.data(0, Qt.ItemDataRole.UserRole)) == tuple(key):
                if self.calls_tree.currentItem() is item:
                    self.panel.show_call(self._calls[tuple(key)])  # type: ignore[index]
                else:
                    self.calls_tree.setCurrentItem(item)
                self.calls_tree.scrollToItem(item)
                return True
        return False

    def _series_chosen(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        """List the weeks of the series chosen; the agenda item being edited is saved
        first (:meth:`CallPanel.leave_item`), and if it cannot be and the person stays,
        the last series stays chosen."""
        if previous is None or current is previous:
            self._show_calls()
            return
        old = previous.data(Qt.ItemDataRole.UserRole)
        with self.panel.holding_changes():
            if not self.panel.leave_item():
                QTimer.singleShot(0, lambda: self._select_series_quietly(old))
                return
            self._show_calls()

    def _select_series_quietly(self, series_id: str) -> None:
        self.series_list.blockSignals(True)
        try:
            self._select_series(series_id)
        finally:
            self.series_list.blockSignals(False)

    def _call_chosen(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        """Show the call chosen; the agenda item being edited on the last one is saved
        first, and if it cannot be and the person stays, the last call stays chosen with
        its problems shown."""
        key = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        old = previous.data(0, Qt.ItemDataRole.UserRole) if previous is not None else None
        call = self._calls.get(tuple(key)) if key else None  # type: ignore[arg-type]
        if not old or key == old:
            self.panel.show_call(call)
            return
        with self.panel.holding_changes():
            if not self.panel.leave_item():
                QTimer.singleShot(0, lambda: self._choose_quietly(tuple(old)))  # type: ignore[arg-type]
                return
            self.panel.show_call(call)

    def _choose_quietly(self, key: CallKey) -> None:
        """Mark a call chosen in the list without showing it anew (it is still shown)."""
        self.calls_tree.blockSignals(True)
        try:
            item = next(
                (i for i in self.call_items() if tuple(i.data(0, Qt.ItemDataRole.UserRole)) == key),
                None,
            )
            if item is not None:
                self.calls_tree.setCurrentItem(item)
        finally:
            self.calls_tree.blockSignals(False)

    def _on_changed(self, tables: set[str]) -> None:
        if self.panel.hold(tables):
            return  # an item is being left: refreshed once it is
        if "person" in tables:
            self.panel.forget_people()
        if not tables & CALL_TABLES:
            return
        if tables <= {"agenda_item"}:
            self.panel.reload()  # an agenda changes neither the series nor the weeks listed
        else:
            self.refresh()

    def _zone_chosen(self, text: str) -> None:
        try:
            zone = validation.time_zone(text)
        except ValueError:
            return  # still being typed
        if not zone or zone == self.your_zone:
            return
        self.your_zone = self.panel.your_zone = zone
        self.ctx.settings.setValue("calls/zone", zone)
        self.refresh()

    # --- series ---------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def new_series(self) -> QDialog:
        dialog = SeriesDialog(self.ctx, zone=self.your_zone, parent=self)
        dialog.saved.connect(self._series_saved)
        return self._open(dialog)

    def edit_series(self) -> QDialog | None:
        series_id = self.selected_series_id()
        if series_id is None:
            return None
        dialog = SeriesDialog(self.ctx, series_id, parent=self)
        dialog.saved.connect(self._series_saved)
        return self._open(dialog)

    def show_history(self) -> QWidget | None:
        """The series' audit trail, with its participants, standing items and weeks."""
        series_id = self.selected_series_id()
        if series_id is None:
            return None
        from coalition.ui.history import show_history

        title = self.series_list.currentItem().text().splitlines()[0]
        return show_history(self.ctx, "call_series", series_id, title, self)

    def _series_saved(self, series_id: str) -> None:
        self.refresh()
        self._select_series(series_id)

    def confirm(self, question: str, detail: str) -> bool:
        """Ask before cancelling (a method of its own, so that tests can answer it)."""
        return ask_to_confirm(self, question, detail, action="Cancel series")

    def cancel_series(self) -> None:
        series_id = self.selected_series_id()
        if series_id is None:
            return
        title = self.series_list.currentItem().text().splitlines()[0]
        if not self.confirm(
            f"Cancel every call of “{title}”?",
            "The series stays listed, with its past calls and minutes."
            " You can undo this with Ctrl+Z.",
        ):
            return
        attempt(
            self.ctx,
            calls.cancel_series,
            series_id,
            label=f"Cancel series “{title}”",
            done="Series cancelled. Undo with Ctrl+Z.",
        )

    # --- opening from elsewhere -------------------------------------------------------------------

    def open_record(self, record_id: str) -> None:
        """Show a call (by occurrence id, from the action items) or a series (by id)."""
        with self.ctx.reading() as session:
            try:
                occurrence = calls.get_occurrence(session, record_id)
                series_id, day = occurrence.series_id, occurrence.original_date
            except NotFoundError:
                series_id, day = record_id, None
        if series_id and self._select_series(series_id):
            if day is not None:
                self.select_call((series_id, day.isoformat()))
        elif series_id is None:
            self.select_call(("", record_id))

    def save_state(self) -> None:
        self.ctx.settings.setValue("calls/splitter", self.splitter.saveState())
        self.ctx.settings.setValue("calls/agendaSplitter", self.panel.agenda_splitter.saveState())

    def restore_state(self) -> None:
        for key, splitter in (
            ("calls/splitter", self.splitter),
            ("calls/agendaSplitter", self.panel.agenda_splitter),
        ):
            state = self.ctx.settings.value(key)
            if state is not None:
                splitter.restoreState(state)


def _latest_of_each(rows: list[CallSeries]) -> list[CallSeries]:
    """The series not continued by another: a change "from a date on" ends a series and
    starts its continuation, and the list shows the two as one."""
    continued = {s.continued_from_id for s in rows if s.continued_from_id}
    return [s for s in rows if s.id not in continued]


def _chain(head: CallSeries, rows: list[CallSeries]) -> list[str]:
    by_id = {s.id: s for s in rows}
    chain: list[str] = []
    current: CallSeries | None = head
    while current is not None and current.id not in chain:
        chain.append(current.id)
        current = by_id.get(current.continued_from_id or "")
    return chain


def _series_text(series: CallSeries) -> str:
    """Title, rule and time; the zone by name, as its abbreviation changes with the season."""
    recurrence = Recurrence.from_rrule(series.rrule)
    first = series.title + (" (cancelled)" if series.status == CallStatus.CANCELLED else "")
    time = f"{series.start_time:%H:%M} {series.time_zone}"
    return f"{first}\n{recurrence.describe()} · {time} · {series.duration_minutes} min"


# --- dialogs --------------------------------------------------------------------------------------


class SeriesDialog(FieldProblems, editing.GuardedDialog):
    """A new call series, or a change to one: when, how often, how to join, who comes.

    A change can apply to every call, or only from a date on: the calls before keep the
    old schedule (and their minutes), which is what "we move to Wednesdays from January"
    means.  Escape or closing asks before throwing away what was typed (including the
    participants and standing items, which are lists rather than fields).
    """

    saved = Signal(str)  # the series' id (the new one, when changed from a date on)

    def __init__(
        self,
        ctx: AppContext,
        series_id: str | None = None,
        *,
        zone: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.series_id = series_id
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        next_date: dt.date | None = None
        with ctx.reading() as session:
            people = directory.person_choices(session)
            organizations = directory.organization_choices(session)
            if series_id is not None:
                row = calls.get_series(session, series_id)
                data = calls.series_input(row)
                upcoming = calls.next_call(session, series_id)
                next_date = upcoming.original_date if upcoming else None
            else:
                data = SeriesInput(
                    title="",
                    start_date=dt.date.today(),
                    start_time="",
                    time_zone=zone or system_zone(),
                )
                data.recurrence = Recurrence(weekdays=(dt.date.today().weekday(),))
        names = dict(people) | dict(organizations)
        self.setWindowTitle("Edit call series" if series_id else "New call series")
        self.general_error = _error_label()

        self.title = QLineEdit(data.title)
        self.title.setPlaceholderText("Weekly coalition call")
        self.start_date = date_edit()
        self.start_date.setText(
            data.start_date.isoformat()
            if isinstance(data.start_date, dt.date)
            else str(data.start_date)
        )
        self.start_date.setToolTip("The day of the first call (YYYY-MM-DD)")
        self.start_time = QLineEdit(
            data.start_time.strftime("%H:%M")
            if isinstance(data.start_time, dt.time)
            else str(data.start_time)
        )
        self.start_time.setPlaceholderText("17:30")
        self.start_time.setMaximumWidth(90)
        self.start_time.setToolTip("The wall-clock time in the call's zone (17:30, or 5:30 PM)")
        self.time_zone = time_zone_box()
        set_zone(self.time_zone, data.time_zone)
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(" minutes")
        self.duration.setMaximumWidth(140)
        self.duration.setValue(int(data.duration_minutes))
        when_row = QHBoxLayout()
        when_row.addWidget(self.field_box("start_date", self.start_date))
        when_row.addWidget(QLabel("at"))
        when_row.addWidget(self.field_box("start_time", self.start_time))
        when_row.addWidget(QLabel("in"))
        when_row.addWidget(self.field_box("time_zone", self.time_zone), 1)

        # How often.
        recurrence = data.recurrence
        self.weekly = QRadioButton("Weekly")
        self.monthly = QRadioButton("Monthly")
        self.frequency = QButtonGroup(self)
        self.frequency.addButton(self.weekly)
        self.frequency.addButton(self.monthly)
        self.interval = QSpinBox()
        self.interval.setRange(1, 12)
        self.interval.setValue(recurrence.interval)
        self.interval.setPrefix("every ")
        self.interval.valueChanged.connect(lambda _v: self._frequency_shown())
        self.weekday_boxes = []
        weekdays = QHBoxLayout()
        weekdays.setContentsMargins(0, 0, 0, 0)
        for number, name in enumerate(WEEKDAY_SHORT):
            box = QCheckBox(name)
            box.setToolTip(calls.WEEKDAY_NAMES[number])
            box.setChecked(
                recurrence.frequency == Frequency.WEEKLY and number in recurrence.weekdays
            )
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        weekly_page = QWidget()
        weekly_page.setLayout(weekdays)
        self.nth = QComboBox()
        for text, value in NTH_CHOICES:
            self.nth.addItem(text, value)
        self.nth.setCurrentIndex(max(0, self.nth.findData(recurrence.nth)))
        self.month_weekday = QComboBox()
        self.month_weekday.addItems(list(calls.WEEKDAY_NAMES))
        self.month_weekday.setCurrentIndex(recurrence.weekdays[0] if recurrence.weekdays else 1)
        monthly = QHBoxLayout()
        monthly.setContentsMargins(0, 0, 0, 0)
        monthly.addWidget(QLabel("on the"))
        monthly.addWidget(self.nth)
        monthly.addWidget(self.month_weekday)
        monthly.addStretch(1)
        monthly_page = QWidget()
        monthly_page.setLayout(monthly)
        self.days = QStackedWidget()
        self.days.addWidget(weekly_page)
        self.days.addWidget(monthly_page)
        self.until = date_edit("no end")
        self.until.setText(recurrence.until.isoformat() if recurrence.until else "")
        self.until.setToolTip("The last day a call may fall on (YYYY-MM-DD); empty: no end")
        repeat = QWidget()
        repeat_layout = QVBoxLayout(repeat)
        repeat_layout.setContentsMargins(0, 0, 0, 0)
        kinds = QHBoxLayout()
        kinds.addWidget(self.weekly)
        kinds.addWidget(self.monthly)
        kinds.addWidget(self.interval)
        kinds.addStretch(1)
        repeat_layout.addLayout(kinds)
        repeat_layout.addWidget(self.days)
        (self.monthly if recurrence.frequency == Frequency.MONTHLY else self.weekly).setChecked(
            True
        )
        self.frequency.buttonToggled.connect(lambda *_: self._frequency_shown())
        self._frequency_shown()

        # How to join, who organizes, who comes.
        self.join_url = QLineEdit(data.join_url)
        self.join_url.setPlaceholderText("https://meet.example.org/coalition")
        self.dial_in = QLineEdit(data.dial_in)
        self.dial_in.setPlaceholderText("+1 916-555-0100")
        self.access_code = QLineEdit(data.access_code)
        self.access_code.setPlaceholderText("Access code")
        self.access_code.setMaximumWidth(140)
        dial = QHBoxLayout()
        dial.addWidget(self.field_box("dial_in", self.dial_in), 1)
        dial.addWidget(self.field_box("access_code", self.access_code))
        self.organizer = PersonPicker("Who runs the call")
        self.organizer.set_choices(people, data.organizer_id)

        self.participants = QListWidget()
        self.participants.setObjectName("participants")
        self.participants.setMaximumHeight(110)
        self.participants.setToolTip(
            "Invited to every call: a group means its current state representatives"
        )
        for person_id in data.participant_person_ids:
            self._add_participant("person", person_id, names.get(person_id, "?"))
        for org_id in data.participant_org_ids:
            self._add_participant("organization", org_id, names.get(org_id, "?"))
        self.participant_choice = QComboBox()
        self.participant_choice.setEditable(True)
        self.participant_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.participant_choice.lineEdit().setPlaceholderText("Type a group or a person…")
        completer = self.participant_choice.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for org_id, name in organizations:
            self.participant_choice.addItem(f"{name} (group)", ("organization", org_id))
        for person_id, name in people:
            self.participant_choice.addItem(name, ("person", person_id))
        self.participant_choice.setCurrentIndex(-1)
        add_participant = QPushButton("Add")
        add_participant.clicked.connect(self._add_chosen_participant)
        remove_participant = QPushButton("Remove")
        remove_participant.clicked.connect(
            lambda: self.participants.takeItem(self.participants.currentRow())
        )
        chooser = QHBoxLayout()
        chooser.addWidget(self.participant_choice, 1)
        chooser.addWidget(add_participant)
        chooser.addWidget(remove_participant)
        participants = QWidget()
        participants_layout = QVBoxLayout(participants)
        participants_layout.setContentsMargins(0, 0, 0, 0)
        participants_layout.addWidget(self.participants)
        participants_layout.addLayout(chooser)

        self.standing = RowsEditor(["Title", "Minutes"])
        self.standing.setToolTip("Items every call's agenda starts with")
        self.standing.set_rows([[t, str(m) if m else ""] for t, m in data.standing_items])

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Title", self.field_box("title", self.title))
        form.addRow(_buddy("&First call", self.start_date), when_row)
        form.addRow("&Length", self.field_box("duration_minutes", self.duration))
        form.addRow("&Repeats", self.field_box("recurrence", repeat))
        form.addRow("&Until", self.field_box("until", self.until))
        form.addRow("&Join link", self.field_box("join_url", self.join_url))
        form.addRow(_buddy("&Dial-in", self.dial_in), dial)
        form.addRow("&Organizer", self.field_box("organizer_id", self.organizer))
        form.addRow("&Participants", self.field_box("participants", participants))
        form.addRow("&Standing items", self.field_box("standing_items", self.standing))

        # A change to a series with a past applies, unless told otherwise, from the next
        # call on: the calls held keep the time they were held at.
        self.apply_all = QRadioButton("all calls")
        self.apply_from = QRadioButton("calls from")
        self.apply_group = QButtonGroup(self)
        self.apply_group.addButton(self.apply_all)
        self.apply_group.addButton(self.apply_from)
        self.from_date = date_edit()
        self.from_date.setText((next_date or dt.date.today()).isoformat())
        self.from_date.setToolTip("Earlier calls keep the schedule they had (and their minutes)")
        self.from_date.textEdited.connect(lambda _t: self.apply_from.setChecked(True))
        has_past = isinstance(data.start_date, dt.date) and data.start_date < dt.date.today()
        (self.apply_from if has_past else self.apply_all).setChecked(True)
        applies = QHBoxLayout()
        applies.addWidget(self.apply_all)
        applies.addWidget(self.apply_from)
        applies.addWidget(self.field_box("from_date", self.from_date))
        applies.addWidget(QLabel("on"))
        applies.addStretch(1)
        form.addRow(_buddy("&Apply to", self.apply_all), applies)
        form.setRowVisible(form.rowCount() - 1, series_id is not None)

        self.lay_out_form(form, "Save" if series_id else "Add series")
        self.title.setFocus()
        self.remember_input()

    # --- asking before Escape ----------------------------------------------------------------

    def _lists(self) -> tuple[object, ...]:
        return (
            self._participant_ids("person"),
            self._participant_ids("organization"),
            self.standing.rows(),
        )

    def remember_input(self) -> None:
        super().remember_input()
        self._remembered_lists = self._lists()

    def input_changed(self) -> bool:
        return super().input_changed() or (
            self._remembered is not None and self._lists() != self._remembered_lists
        )

    # --- building -------------------------------------------------------------------------

    def _frequency_shown(self) -> None:
        monthly = self.monthly.isChecked()
        self.days.setCurrentIndex(1 if monthly else 0)
        unit = "month" if monthly else "week"
        self.interval.setSuffix(f" {unit}" if self.interval.value() == 1 else f" {unit}s")
        self.interval.setToolTip(
            "1: every month" if monthly else "1: every week; 2: every other week"
        )

    def _add_participant(self, kind: str, ident: str, name: str) -> None:
        for row in range(self.participants.count()):
            if self.participants.item(row).data(Qt.ItemDataRole.UserRole) == (kind, ident):
                return
        text = f"{name} (group: its state representatives)" if kind == "organization" else name
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (kind, ident))
        self.participants.addItem(item)

    def _add_chosen_participant(self) -> None:
        text = self.participant_choice.currentText().strip()
        index = self.participant_choice.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return
        kind, ident = self.participant_choice.itemData(index)
        self._add_participant(kind, ident, text.removesuffix(" (group)"))
        self.participant_choice.setCurrentIndex(-1)

    # --- saving --------------------------------------------------------------------------

    def _participant_ids(self, kind: str) -> list[str]:
        found = []
        for row in range(self.participants.count()):
            item_kind, ident = self.participants.item(row).data(Qt.ItemDataRole.UserRole)
            if item_kind == kind:
                found.append(ident)
        return found

    def collect(self) -> tuple[SeriesInput, dt.date | None, dict[str, str]]:
        """The series as typed, the date a change applies from, and what is wrong locally
        (what the service cannot see: dates of the dialog's own, minutes of standing items)."""
        problems: dict[str, str] = {}
        until = from_date = None
        try:
            until = validation.date(self.until.text(), "end of the series")
        except ValueError as exc:
            problems["until"] = str(exc)
        if self.series_id is not None and self.apply_from.isChecked():
            try:
                from_date = validation.date(self.from_date.text(), "first changed call")
            except ValueError as exc:
                problems["from_date"] = str(exc)
            if from_date is None and "from_date" not in problems:
                problems["from_date"] = "choose the first call the change applies to"
        standing: list[tuple[str, int | None]] = []
        for title, minutes in self.standing.rows():
            if minutes and not minutes.isdigit():
                problems["standing_items"] = (
                    f"'{minutes}' is not a number of minutes (for “{title}”)"
                )
            standing.append((title, int(minutes) if minutes.isdigit() and int(minutes) else None))
        if self.organizer.problem():
            problems["organizer_id"] = self.organizer.problem()
        if self.monthly.isChecked():
            recurrence = Recurrence(
                Frequency.MONTHLY,
                self.interval.value(),
                (self.month_weekday.currentIndex(),),
                self.nth.currentData(),
                until,
            )
        else:
            days = tuple(n for n, box in enumerate(self.weekday_boxes) if box.isChecked())
            recurrence = Recurrence(Frequency.WEEKLY, self.interval.value(), days, 1, until)
        data = SeriesInput(
            title=self.title.text(),
            start_date=self.start_date.text(),
            start_time=self.start_time.text(),
            time_zone=self.time_zone.currentText(),
            recurrence=recurrence,
            duration_minutes=self.duration.value(),
            organizer_id=self.organizer.person_id(),
            join_url=self.join_url.text(),
            dial_in=self.dial_in.text(),
            access_code=self.access_code.text(),
            participant_person_ids=self._participant_ids("person"),
            participant_org_ids=self._participant_ids("organization"),
            standing_items=standing,
        )
        return data, from_date, problems

    def accept(self) -> None:
        """Save through the service; on a problem, say it beside the field and stay open."""
        self.clear_problems()
        data, from_date, problems = self.collect()
        if problems:
            self.show_problems(problems)
            return
        title = data.title.strip()
        try:
            if self.series_id is None:
                label = f"Add call series “{title}”"
                row = self.ctx.run(calls.create_series, data, label=label)
            else:
                label = f"Edit call series “{title}”" + (
                    f" from {from_date.isoformat()}" if from_date else ""
                )
                row = self.ctx.run(
                    calls.update_series, self.series_id, data, from_date=from_date, label=label
                )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.series_id = row.id
        self.saved.emit(row.id)
        super().accept()


class MoveDialog(FieldProblems, editing.GuardedDialog):
    """Hold one week's call at another time, in the call's own zone; the series stays.
    Escape asks before throwing away a new time chosen."""

    def __init__(
        self, ctx: AppContext, call: Call, your_zone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert call.series_id is not None and call.original_date is not None
        self.ctx = ctx
        self.call = call
        self.your_zone = your_zone
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle("Move this week's call")
        self.general_error = _error_label()
        local = call.local_start()
        intro = QLabel(
            f"{call.title}, usually {when(call.start, call.time_zone)}."
            if not call.moved
            else f"{call.title}, now {when(call.start, call.time_zone)}."
        )
        intro.setWordWrap(True)
        self.date = QDateEdit(QDate(local.year, local.month, local.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd yyyy-MM-dd")
        self.time = QTimeEdit(QTime(local.hour, local.minute))
        self.time.setDisplayFormat("HH:mm")
        zone = QLabel(call.time_zone)
        zone.setStyleSheet(MUTED_STYLE)
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(" minutes")
        self.duration.setMaximumWidth(140)
        self.duration.setValue(call.duration_minutes)
        self.preview = muted()
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.time)
        row.addWidget(zone)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow("&New time", self.field_box("start", _wrap(row)))
        form.addRow("&Length", self.field_box("duration_minutes", self.duration))
        form.addRow("", self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Move")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self._preview)
        self.time.timeChanged.connect(self._preview)
        self._preview()
        self.remember_input()

    def new_start(self) -> dt.datetime:
        day, time = self.date.date(), self.time.time()
        return dt.datetime(
            day.year(),
            day.month(),
            day.day(),
            time.hour(),
            time.minute(),
            tzinfo=ZoneInfo(self.call.time_zone),
        )

    def _preview(self, *_: object) -> None:
        start = self.new_start()
        text = f"Moves to {when(start, self.call.time_zone)}"
        if differs(start, self.call.time_zone, self.your_zone):
            text += f", {when(start, self.your_zone, '%a %H:%M %Z')} your time"
        self.preview.setText(text + ".")

    def accept(self) -> None:
        self.clear_problems()
        call = self.call
        start = self.new_start()
        day = call.original_date.isoformat() if call.original_date else ""
        try:
            self.ctx.run(
                calls.move_call,
                call.series_id,
                call.original_date,
                start,
                self.duration.value(),
                label=f"Move the call of {day} to {when(start, call.time_zone)}",
            )
        except CoalitionError as exc:
            self.show_error(exc)
            return
        self.ctx.message.emit("Moved this week's call. Undo with Ctrl+Z.")
        super().accept()


def _wrap(layout: QHBoxLayout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    widget = QWidget()
    widget.setLayout(layout)
    return widget
