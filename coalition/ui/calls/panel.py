"""The call chosen on the Calls screen: when and how to join, its agenda and the item
being edited, attendance and action items."""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coalition.calls import meetings
from coalition.calls import series as calls
from coalition.calls.series import Call
from coalition.common.errors import NotFoundError
from coalition.directory import choices
from coalition.store.models import CallStatus
from coalition.ui.calls.agenda import AgendaModel
from coalition.ui.calls.answers import AnswersTab
from coalition.ui.calls.attendance import AttendanceTab
from coalition.ui.calls.calendar_dialogs import write_notice_interactively
from coalition.ui.calls.call_actions import ActionsTab
from coalition.ui.calls.call_decisions import DecisionsTab
from coalition.ui.calls.callview import CallView, read_call
from coalition.ui.calls.common import (
    CANCELLED_COLORS,
    MOVED_COLORS,
    differs,
    span,
    system_zone,
    when,
)
from coalition.ui.calls.documents import CallDocuments
from coalition.ui.calls.item_editor import ItemEditor
from coalition.ui.calls.move_dialog import MoveDialog
from coalition.ui.common import editing, formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import CHIP_STYLE, WARNING_STYLE, attempt
from coalition.ui.common.widgets import bold, muted


class CallPanel(AttendanceTab, AnswersTab, ActionsTab, DecisionsTab, CallDocuments, QWidget):
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

        self.placeholder = muted(
            self.tr("Choose a call on the left, or start a series: New series….")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        title_row = self._make_heading()
        actions_row = self._make_actions_row()
        self._make_body()
        self._lay_out_pages(title_row, actions_row)

    def _make_heading(self) -> QHBoxLayout:
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
        return title_row

    def _make_actions_row(self) -> QHBoxLayout:
        """Move, cancel, notice, prepare; the agenda's and the minutes' menus."""
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setToolTip(
            self.tr("Hold this week's call at another time; the other weeks stay")
        )
        self.move_button.clicked.connect(self.move_call)
        self.cancel_button = QPushButton(self.tr("Cancel this week"))
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.prepare_button = QPushButton(self.tr("Prepare agenda"))
        self.prepare_button.setToolTip(
            self.tr(
                "Start the agenda from the series' standing items and what the last call left open"
            )
        )
        self.prepare_button.clicked.connect(self.prepare_agenda)
        self.agenda_menu_button = self._document_menu(self.tr("Agenda"), "agenda")
        self.minutes_menu_button = self._document_menu(self.tr("Minutes"), "minutes")
        actions_row = QHBoxLayout()
        self.notice_button = QPushButton(self.tr("Notice…"))
        self.notice_button.setToolTip(
            self.tr("Write this week's change (moved or cancelled) as one .ics per participant")
        )
        self.notice_button.clicked.connect(self.write_notice)
        for button in (
            self.move_button,
            self.cancel_button,
            self.notice_button,
            self.prepare_button,
        ):
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        actions_row.addWidget(self.agenda_menu_button)
        actions_row.addWidget(self.minutes_menu_button)
        actions_row.addWidget(self._make_minutes_final_button())
        return actions_row

    def _make_body(self) -> None:
        """The time-box warning, and the tabs (or why there is no agenda)."""
        self.warning = QLabel()
        self.warning.setObjectName("timeBoxWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_agenda_tab(), self.tr("Agenda"))
        self.tabs.addTab(self._build_attendance_tab(), self.tr("Attendance"))
        self.tabs.addTab(self._build_actions_tab(), self.tr("Action items"))
        self.tabs.addTab(self._build_decisions_tab(), self.tr("Decisions"))
        self.answers_tab_index = self.tabs.addTab(self._build_answers_tab(), self.tr("Answers"))
        self.no_agenda = muted()
        self.no_agenda.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A week not prepared yet: why there is no agenda, and who answered the invitation.
        self.no_agenda_page = QWidget()
        no_agenda_layout = QVBoxLayout(self.no_agenda_page)
        no_agenda_layout.setContentsMargins(0, 0, 0, 0)
        no_agenda_layout.addWidget(self.no_agenda)
        no_agenda_layout.addWidget(self.early_answers, 1)
        self.body = QStackedWidget()
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.no_agenda_page)

    def _lay_out_pages(self, title_row: QHBoxLayout, actions_row: QHBoxLayout) -> None:
        """The call's page, or the placeholder while none is chosen."""
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

    def _build_agenda_tab(self) -> QWidget:
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("Add an item to the agenda…"))
        self.new_item.setClearButtonEnabled(True)
        self.new_item.returnPressed.connect(self.add_item)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_item)
        adder = QHBoxLayout()
        adder.addWidget(self.new_item, 1)
        adder.addWidget(add)

        self.agenda_model = AgendaModel()
        self.agenda_model.reorderRequested.connect(self._reorder)
        view = self.agenda_view = QListView()
        view.setObjectName("agendaView")
        view.setAccessibleName(self.tr("Agenda"))
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
        view.setToolTip(self.tr("Drag an item to reorder the agenda (or Alt+Up / Alt+Down)"))
        view.selectionModel().currentRowChanged.connect(self._item_chosen)

        self.up_button = QToolButton()
        self.up_button.setText("↑")
        self.up_button.setToolTip(self.tr("Move the item up (Alt+Up)"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QToolButton()
        self.down_button.setText("↓")
        self.down_button.setToolTip(self.tr("Move the item down (Alt+Down)"))
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
                self._people = choices.people(session)
            self.item_editor.set_people(self._people)
            self.guest.set_choices(self._people)
        try:
            with self.ctx.reading() as session:
                view = read_call(session, self.call)
        except NotFoundError:
            self.call = None
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self._show_heading(view)
        self._show_agenda(view)
        self._show_attendance(view)
        self._show_actions(view)
        self._show_decisions(view)
        self._show_answers(view)

    def _show_heading(self, view: CallView) -> None:
        call = view.call
        zone = call.time_zone
        self.title.setText(call.title)
        end = call.end
        self.when_label.setText(
            span(call.start, end, zone)
            + (
                " · " + self.tr("organized by {name}").format(name=view.organizer)
                if view.organizer
                else ""
            )
        )
        yours = self.your_zone
        self.yours_label.setVisible(differs(call.start, zone, yours))
        self.yours_label.setText(
            self.tr("Your time: {value}").format(value=span(call.start, end, yours))
        )
        join = []
        if view.join_url:
            url = html.escape(view.join_url)
            join.append(self.tr('Join: <a href="{url}">{url}</a>').format(url=url))
        if view.dial_in:
            dial_in = html.escape(view.dial_in)
            if view.access_code:
                join.append(
                    self.tr("Dial-in: {number}, access code {code}").format(
                        number=dial_in, code=html.escape(view.access_code)
                    )
                )
            else:
                join.append(self.tr("Dial-in: {number}").format(number=dial_in))
        if view.location:
            join.append(html.escape(view.location))
        self.join_label.setText(" &nbsp;·&nbsp; ".join(join))
        self.join_label.setVisible(bool(join))

        cancelled = call.status == CallStatus.CANCELLED
        if cancelled or call.moved:
            fg, bg = CANCELLED_COLORS if cancelled else MOVED_COLORS
            self.chip.setText(self.tr("Cancelled") if cancelled else self.tr("Moved"))
            self.chip.setStyleSheet(CHIP_STYLE.format(fg=fg, bg=bg))
            usual = view.usual_start
            self.chip.setToolTip(
                self.tr("Usually {value}").format(value=when(usual, zone))
                if call.moved and usual
                else ""
            )
        self.chip.setVisible(cancelled or call.moved)

        in_series = call.series_id is not None
        self.move_button.setEnabled(in_series and not cancelled)
        self.notice_button.setEnabled(in_series and (cancelled or call.moved))
        self.cancel_button.setEnabled(in_series)
        self.cancel_button.setText(
            self.tr("Restore this week") if cancelled else self.tr("Cancel this week")
        )
        self.cancel_button.setToolTip(
            self.tr("Hold this week's call after all")
            if cancelled
            else self.tr("Call off this week only; the series goes on")
        )
        if not in_series:
            self.move_button.setToolTip(self.tr("A call of its own: not part of a series"))
        empty = not view.items
        self.prepare_button.setVisible(in_series and empty)
        for button in (self.agenda_menu_button, self.minutes_menu_button):
            button.setEnabled(view.items is not None)

        total = sum(item.time_box or 0 for item in view.items or [])
        self.warning.setText(
            self.tr(
                "⚠ Time boxes add up to {total} minutes; the call is {duration_minutes}."
            ).format(total=total, duration_minutes=call.duration_minutes)
        )
        self.warning.setVisible(view.overrun > 0)

    def _show_agenda(self, view: CallView) -> None:
        if view.items is None:
            self.no_agenda.setText(
                self.tr(
                    "No agenda yet for this call.\n"
                    "Prepare agenda starts it from the standing items and what the last call "
                    "left open."
                )
            )
            self.body.setCurrentWidget(self.no_agenda_page)
            self.agenda_model.set_rows([], None)
            self.item_editor.load(None)
            return
        self.body.setCurrentWidget(self.tabs)
        keep = self.item_editor.item_id
        self.agenda_model.set_rows(view.items, view.call.local_start())
        self.tabs.setTabText(0, self.tr("Agenda ({value})").format(value=len(view.items)))
        total = sum(item.time_box or 0 for item in view.items)
        self.total_label.setText(
            self.tr("{total} of {duration_minutes} minutes planned").format(
                total=total, duration_minutes=view.call.duration_minutes
            )
        )
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
                label=self.tr("Restore the call of {day}").format(day=day),
                done="The call is on again.",
            )
        else:
            attempt(
                self.ctx,
                calls.cancel_call,
                call.series_id,
                call.original_date,
                label=self.tr("Cancel the call of {day}").format(day=day),
                done="Cancelled this week. Undo with Ctrl+Z.",
            )

    def prepare_agenda(self) -> None:
        call = self.call
        if call is None or call.series_id is None or call.original_date is None:
            return
        attempt(
            self.ctx,
            meetings.prepare_call,
            call.series_id,
            call.original_date,
            label=self.tr("Prepare the call of {day}").format(
                day=formatting.date(call.original_date)
            ),
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
            label=self.tr("Add agenda item “{title}”").format(title=title),
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
        self.agenda_model.moveRow(
            QModelIndex(), row, QModelIndex(), target + (1 if step > 0 else 0)
        )

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
            label=self.tr("Delete agenda item “{title}”").format(title=title),
            done="Item deleted. Undo with Ctrl+Z.",
        )
