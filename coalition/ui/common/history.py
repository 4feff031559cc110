"""A record's history: every change to it and to its parts, who made it, on which
computer, and what each field was before and after (read from the audit trail)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition import APP_NAME
from coalition.store import audit
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.widgets import bold, muted

EMPTY = "—"


def _shorten(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class HistoryDialog(QDialog):
    """The audit trail of one record, newest first; each change opens to its fields."""

    def __init__(
        self, ctx: AppContext, table: str, record_id: str, title: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {title} — {app}").format(title=title, app=APP_NAME))
        self.resize(780, 480)
        with ctx.reading() as session:
            self.entries = audit.history(session, table, record_id)
        layout = QVBoxLayout(self)
        layout.addWidget(bold(QLabel(self.tr("History of {title}").format(title=title)), 1.2))
        people = sorted(
            {
                self.tr("{who} on {computer}").format(who=self.who(e), computer=e.device)
                for e in self.entries
            }
        )
        number = len(self.entries)
        count = (
            self.tr("1 change")
            if number == 1
            else self.tr("{count} changes").format(count=QLocale().toString(number))
        )
        by = self.tr(", by {people}").format(people=", ".join(people)) if people else ""
        layout.addWidget(muted(count + by + self.tr(". Times are this computer's.")))
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Change"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for entry in self.entries:
            when = formatting.date_time(entry.at)
            item = QTreeWidgetItem([when, self.who(entry), entry.headline(), "", ""])
            item.setToolTip(
                1,
                self.tr("{name}, for {organization}, on the computer {computer}").format(
                    name=entry.actor or self.tr("nobody set up"),
                    organization=entry.actor_org or self.tr("the coalition"),
                    computer=entry.device,
                ),
            )
            if entry.action == "delete":
                font = item.font(2)
                font.setStrikeOut(True)
                item.setFont(2, font)
            for change in entry.changes:
                child = QTreeWidgetItem(
                    [
                        "",
                        "",
                        change.name,
                        _shorten(change.before) or EMPTY,
                        _shorten(change.after) or EMPTY,
                    ]
                )
                child.setToolTip(3, change.before)
                child.setToolTip(4, change.after)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            # Changes to the record itself open by default; parts stay folded.
            item.setExpanded(not entry.part_of and entry.action == "update")
        if not self.entries:
            self.tree.addTopLevelItem(
                QTreeWidgetItem(["", "", self.tr("No change recorded yet."), "", ""])
            )
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def who(self, entry: audit.HistoryEntry) -> str:
        """'Dana Reyes (Red Oregon)': the person and the organization they acted for, as
        their profile said (a coordinator of the coalition itself: the name alone)."""
        name = entry.actor or self.tr("nobody set up")
        return f"{name} ({entry.actor_org})" if entry.actor_org else name


def show_history(
    ctx: AppContext, table: str, record_id: str, title: str, parent: QWidget | None = None
) -> HistoryDialog:
    dialog = HistoryDialog(ctx, table, record_id, title, parent)
    dialog.open()
    return dialog
