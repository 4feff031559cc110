"""The action items of a call, and those still open from earlier calls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.calls.series import Call
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.store.models import ActionStatus
from coalition.ui.calls.actions import (
    OVERDUE_COLOR,
    ActionItemDialog,
    overdue_tip,
    set_action_status,
)
from coalition.ui.calls.callview import CallView
from coalition.ui.calls.item_editor import ItemEditor
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.parts import WidgetPart
from coalition.ui.common.widgets import bold


def _day_shown(iso: str) -> str:
    """A due date kept as ISO text in a call's view, as the locale writes it ("—": none)."""
    return formatting.date(dt.date.fromisoformat(iso)) if iso else "—"


class ActionsTab(WidgetPart):
    """The Action items tab of :class:`~coalition.ui.calls.panel.CallPanel`: a part of the
    panel (it uses the panel's context, call, tabs and item editor), kept beside it by idea."""

    ctx: AppContext
    call: Call | None
    tabs: QTabWidget
    item_editor: ItemEditor

    _open: Callable[[QDialog], QDialog]

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

        self.own_actions = tree(
            "ownActions",
            [
                QCoreApplication.translate("ActionsTab", "Action"),
                QCoreApplication.translate("ActionsTab", "Owner"),
                QCoreApplication.translate("ActionsTab", "Due"),
                QCoreApplication.translate("ActionsTab", "Status"),
            ],
        )
        self.own_actions.itemDoubleClicked.connect(
            lambda _i, _c: self.edit_action(self.own_actions)
        )
        self.earlier_actions = tree(
            "earlierActions",
            [
                QCoreApplication.translate("ActionsTab", "Action"),
                QCoreApplication.translate("ActionsTab", "Owner"),
                QCoreApplication.translate("ActionsTab", "Due"),
                QCoreApplication.translate("ActionsTab", "From call"),
            ],
        )
        self.earlier_actions.itemDoubleClicked.connect(
            lambda _i, _c: self.edit_action(self.earlier_actions)
        )

        add = QPushButton(QCoreApplication.translate("ActionsTab", "Add…"))
        add.clicked.connect(self.add_action)
        edit = QPushButton(QCoreApplication.translate("ActionsTab", "Edit…"))
        edit.clicked.connect(lambda: self.edit_action(self.own_actions))
        done = QPushButton(QCoreApplication.translate("ActionsTab", "Mark done"))
        done.clicked.connect(lambda: self.complete_action(self.own_actions))
        own_buttons = QHBoxLayout()
        for button in (add, edit, done):
            own_buttons.addWidget(button)
        own_buttons.addStretch(1)
        earlier_done = QPushButton(QCoreApplication.translate("ActionsTab", "Mark done"))
        earlier_done.clicked.connect(lambda: self.complete_action(self.earlier_actions))
        earlier_edit = QPushButton(QCoreApplication.translate("ActionsTab", "Edit…"))
        earlier_edit.clicked.connect(lambda: self.edit_action(self.earlier_actions))
        earlier_buttons = QHBoxLayout()
        earlier_buttons.addWidget(earlier_edit)
        earlier_buttons.addWidget(earlier_done)
        earlier_buttons.addStretch(1)

        self.own_title = bold(
            QLabel(QCoreApplication.translate("ActionsTab", "Decided on this call"))
        )
        self.earlier_title = bold(
            QLabel(QCoreApplication.translate("ActionsTab", "Open from earlier calls"))
        )
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.own_title)
        layout.addWidget(self.own_actions, 1)
        layout.addLayout(own_buttons)
        layout.addWidget(self.earlier_title)
        layout.addWidget(self.earlier_actions, 1)
        layout.addLayout(earlier_buttons)
        return tab

    def _show_actions(self, view: CallView) -> None:
        self.own_actions.clear()
        for ident, title, owner, due, status in view.own_actions or []:
            item = QTreeWidgetItem([title, owner or "—", _day_shown(due), status])
            item.setData(0, Qt.ItemDataRole.UserRole, ident)
            item.setToolTip(0, title)
            self.own_actions.addTopLevelItem(item)
        self.earlier_actions.clear()
        for ident, title, owner, due, source, overdue in view.earlier_actions or []:
            item = QTreeWidgetItem([title, owner or "—", _day_shown(due), source])
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
            QCoreApplication.translate("ActionsTab", "Decided on this call ({own})").format(own=own)
            if own
            else QCoreApplication.translate("ActionsTab", "Decided on this call: none yet")
        )
        self.earlier_title.setText(
            QCoreApplication.translate("ActionsTab", "Open from earlier calls ({earlier})").format(
                earlier=earlier
            )
            if earlier
            else QCoreApplication.translate("ActionsTab", "Open from earlier calls: none")
        )
        self.tabs.setTabText(
            2,
            QCoreApplication.translate("ActionsTab", "Action items ({value})").format(
                value=own + earlier
            ),
        )

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
            self.ctx.error.emit(shown(exc))
            return
        self.ctx.message.emit(
            QCoreApplication.translate("ActionsTab", "Marked done. Undo with Ctrl+Z.")
        )
