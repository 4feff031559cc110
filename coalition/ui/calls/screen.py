"""The Calls screen: series and weeks on the left, the chosen call on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.calls import series as calls
from coalition.calls.series import Call, Recurrence
from coalition.common import clock, validation
from coalition.common.errors import NotFoundError
from coalition.store.models import CallSeries, CallStatus
from coalition.ui.calls.calendar_dialogs import (
    export_calendar_interactively,
    write_invitations_interactively,
)
from coalition.ui.calls.common import (
    CALL_TABLES,
    LOOK_AHEAD,
    LOOK_BACK,
    CallKey,
    call_key,
    call_line,
    system_zone,
)
from coalition.ui.calls.panel import CallPanel
from coalition.ui.calls.series_dialog import SeriesDialog
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import attempt
from coalition.ui.common.fieldproblems import ask_to_confirm
from coalition.ui.common.pickers import set_zone, time_zone_box
from coalition.ui.common.widgets import bold


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

        zone_row = self._make_zone_row()
        series_buttons, series_more = self._make_series()
        self._make_calls_tree()
        left = self._make_left(zone_row, series_buttons, series_more)
        self._make_panel_beside(left)

        ctx.changed.connect(self._on_changed)
        self.panel.heldChanges.connect(self._on_changed)
        self.refresh()

    def _make_zone_row(self) -> QHBoxLayout:
        """Your time zone, which calls held elsewhere also show their time in."""
        self.zone_box = time_zone_box()
        self.zone_box.setObjectName("yourZone")
        self.zone_box.setToolTip(
            self.tr("Your time zone: calls held in another zone also show your time")
        )
        set_zone(self.zone_box, self.your_zone)
        self.zone_box.currentTextChanged.connect(self._zone_chosen)
        zone_row = QHBoxLayout()
        zone_label = QLabel(self.tr("&Your time zone"))
        zone_label.setBuddy(self.zone_box)
        zone_row.addWidget(zone_label)
        zone_row.addWidget(self.zone_box, 1)
        return zone_row

    def _make_series(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The list of series, and the two rows of buttons under it."""
        self.series_list = QListWidget()
        self.series_list.setObjectName("seriesList")
        self.series_list.setAccessibleName(self.tr("Call series"))
        self.series_list.setWordWrap(True)
        self.series_list.setSpacing(2)
        self.series_list.setMaximumHeight(self.series_list.fontMetrics().height() * 8)
        self.series_list.currentItemChanged.connect(self._series_chosen)
        self.series_list.itemDoubleClicked.connect(lambda _i: self.edit_series())
        self.new_button = QPushButton(self.tr("New series…"))
        self.new_button.clicked.connect(self.new_series)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_series)
        self.cancel_series_button = QPushButton(self.tr("Cancel series…"))
        self.cancel_series_button.setToolTip(self.tr("Call off every future call of the series"))
        self.cancel_series_button.clicked.connect(self.cancel_series)
        self.invite_button = QPushButton(self.tr("Invitations…"))
        self.invite_button.setToolTip(
            self.tr(
                "Write one .ics invitation per participant, for their mail client to accept or "
                "decline"
            )
        )
        self.invite_button.clicked.connect(self.write_invitations)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Save this series (or the whole schedule) as an .ics calendar")
        )
        self.export_button.clicked.connect(
            lambda: export_calendar_interactively(self.ctx, self, self.selected_series_id())
        )
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(
            self.tr(
                "Every change to this series, its participants, standing items and weeks: when, "
                "by whom, on which computer"
            )
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
        return series_buttons, series_more

    def _make_calls_tree(self) -> None:
        self.calls_tree = QTreeWidget()
        self.calls_tree.setObjectName("callsTree")
        self.calls_tree.setAccessibleName(self.tr("Calls of the series"))
        self.calls_tree.setHeaderHidden(True)
        self.calls_tree.setRootIsDecorated(False)
        self.calls_tree.setIndentation(8)
        self.calls_tree.currentItemChanged.connect(self._call_chosen)

    def _make_left(
        self, zone_row: QHBoxLayout, series_buttons: QHBoxLayout, series_more: QHBoxLayout
    ) -> QWidget:
        """The zone, the series and the calls, one above the other."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(zone_row)
        left_layout.addWidget(bold(QLabel(self.tr("Series"))))
        left_layout.addWidget(self.series_list, 1)
        left_layout.addLayout(series_buttons)
        left_layout.addLayout(series_more)
        left_layout.addWidget(bold(QLabel(self.tr("Calls"))))
        left_layout.addWidget(self.calls_tree, 5)
        return left

    def _make_panel_beside(self, left: QWidget) -> None:
        """The chosen call's panel, beside the left-hand side."""
        self.panel = CallPanel(self.ctx)
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
            now = clock.now()
            everything = calls.calls_between(session, now - LOOK_BACK, now + LOOK_AHEAD)
            everything += calls.calls_beyond(
                session, now + LOOK_AHEAD, _waiting_series(heads, rows, everything, now)
            )
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
        now = clock.now()
        mine = [c for c in self._all_calls if c.series_id in chain]
        one_off = [c for c in self._all_calls if c.series_id is None]
        upcoming = [c for c in mine if c.end > now]
        earlier = list(reversed([c for c in mine if c.end <= now]))
        self._calls = {call_key(c): c for c in mine + one_off}
        self.calls_tree.blockSignals(True)
        self.calls_tree.clear()
        for heading, none, group, with_title in (
            (self.tr("Upcoming"), self.tr("Upcoming: none"), upcoming, False),
            (self.tr("Earlier"), self.tr("Earlier: none"), earlier, False),
            (self.tr("One-off calls"), "", one_off, True),
        ):
            if not group and not none:
                continue
            top = QTreeWidgetItem([heading if group else none])
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

    def _paint(self, item: QTreeWidgetItem, call: Call) -> None:
        font = item.font(0)
        tip = []
        if call.status == CallStatus.CANCELLED:
            font.setStrikeOut(True)
            item.setForeground(
                0, self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
            tip.append(self.tr("Cancelled"))
        if call.moved:
            font.setItalic(True)
            tip.append(self.tr("Moved from its usual time"))
        item.setFont(0, font)
        item.setToolTip(0, "\n".join([item.text(0), *tip]))

    def selected_call_key(self) -> CallKey | None:
        item = self.calls_tree.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return tuple(key) if key else None

    def call_items(self) -> list[QTreeWidgetItem]:
        """Every week listed (for tests and keyboard navigation), in list order."""
        found: list[QTreeWidgetItem] = []
        for top in range(self.calls_tree.topLevelItemCount()):
            group = self.calls_tree.topLevelItem(top)
            if group is not None:
                found.extend(
                    c for n in range(group.childCount()) if (c := group.child(n)) is not None
                )
        return found

    def select_call(self, key: CallKey) -> bool:
        for item in self.call_items():
            if tuple(item.data(0, Qt.ItemDataRole.UserRole)) == tuple(key):
                if self.calls_tree.currentItem() is item:
                    self.panel.show_call(self._calls[key])
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
        call = self._calls.get(tuple(key)) if key else None
        if not old or key == old:
            self.panel.show_call(call)
            return
        with self.panel.holding_changes():
            if not self.panel.leave_item():
                QTimer.singleShot(0, lambda: self._choose_quietly(tuple(old)))
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
        if tables <= {"agenda_item", "proposal", "ballot", "draft", "rsvp", "incoming_mail"}:
            # An agenda, a call's decisions or its answers change neither the series nor
            # the weeks listed.
            self.panel.reload()
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
        from coalition.ui.common.history import show_history

        title = self.series_list.currentItem().text().splitlines()[0]
        return show_history(self.ctx, "call_series", series_id, title, self)

    def _series_saved(self, series_id: str) -> None:
        self.refresh()
        self._select_series(series_id)

    def confirm(self, question: str, detail: str) -> bool:
        """Ask before cancelling (a method of its own, so that tests can answer it)."""
        return ask_to_confirm(self, question, detail, action=self.tr("Cancel series"))

    def cancel_series(self) -> None:
        series_id = self.selected_series_id()
        if series_id is None:
            return
        title = self.series_list.currentItem().text().splitlines()[0]
        if not self.confirm(
            self.tr("Cancel every call of “{title}”?").format(title=title),
            self.tr(
                "The series stays listed, with its past calls and minutes."
                " You can undo this with Ctrl+Z."
            ),
        ):
            return
        attempt(
            self.ctx,
            calls.cancel_series,
            series_id,
            label=self.tr("Cancel series “{title}”").format(title=title),
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
    time = f"{formatting.time(series.start_time)} {series.time_zone}"
    return f"{first}\n{recurrence.describe()} · {time} · {series.duration_minutes} min"


def _waiting_series(
    heads: list[CallSeries], rows: list[CallSeries], listed: list[Call], now: dt.datetime
) -> list[str]:
    """The series none of whose calls is in the weeks listed ahead (one that begins in
    four months): their first calls are listed all the same, else nothing of them shows."""
    ahead = {c.series_id for c in listed if c.start >= now}
    return [
        series_id
        for head in heads
        if head.status != CallStatus.CANCELLED and not ahead & set(chain := _chain(head, rows))
        for series_id in chain
    ]
