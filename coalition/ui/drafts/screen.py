"""The Drafts screen: the list of drafts on the left, the one chosen on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coalition.drafts.draft import delete_draft
from coalition.drafts.listing import drafts
from coalition.store.models import DraftStatus
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import attempt, swatch
from coalition.ui.common.fieldproblems import ask_to_confirm
from coalition.ui.common.widgets import muted
from coalition.ui.drafts.common import DRAFT_TABLES, buttons_row, local, status_colors
from coalition.ui.drafts.dialogs import DraftDialog
from coalition.ui.drafts.panel import DraftPanel
from coalition.ui.drafts.rows import DraftRowDelegate, RowRole, approved_summary

# --- the screen -------------------------------------------------------------------------


class DraftsScreen(QWidget):
    """The drafts on the left (searched as you type, filtered by status), the chosen one on
    the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog: QDialog | None = None
        self._leaving = False  # asking about typed work before showing another draft

        self.search = QLineEdit()
        self.search.setObjectName("draftSearch")
        self.search.setPlaceholderText(self.tr("Filter drafts… (title, text, variants, tags)"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("draftStatusFilter")
        self.status_filter.addItem(self.tr("Every status"), None)
        for status in DraftStatus:
            self.status_filter.addItem(swatch(status_colors(status)[1]), status.label, status)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = muted()
        self.count_label.setWordWrap(False)

        self.list = QListWidget()
        self.list.setObjectName("draftList")
        self.list.setAccessibleName(self.tr("Drafts"))
        self.list.setItemDelegate(DraftRowDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._draft_chosen)
        self.new_button = QPushButton(self.tr("New draft…"))
        self.new_button.setToolTip(self.tr("Start a shared message (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_draft)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the chosen draft, its variants and history (asks first)")
        )
        self.delete_button.clicked.connect(self.delete_draft)
        new_action = QAction(self.tr("New draft"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_draft)
        self.addAction(new_action)
        delete_action = QAction(self.tr("Delete draft"), self.list)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_draft)
        self.list.addAction(delete_action)

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons_row(self.new_button, self.delete_button))

        self.panel = DraftPanel(ctx)
        self.editor = self.panel  # the main window saves it, or asks, on closing

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("draftsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([300, 930])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again, keeping the chosen draft chosen if it is still listed."""
        keep = self.selected_id() or self.panel.record_id
        with self.ctx.reading() as session:
            rows = drafts(session, status=self.status_filter.currentData(), text=self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(row.title)
            item.setData(RowRole, row)
            item.setToolTip(
                self.tr("{title}\n{label} · {value}\nLast changed {value2}").format(
                    title=row.title,
                    label=DraftStatus(row.status).label,
                    value=approved_summary(row),
                    value2=local(row.updated_at),
                )
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.count_label.setText(self.tr("%Ln drafts", "", len(rows)))
        if keep and self._select(keep):
            return
        if self.list.count() and not self.panel.dirty:
            self.list.setCurrentRow(0)
        elif not self.list.count() and not self.panel.dirty:
            self.panel.show_draft(None)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(RowRole).id if item is not None else None

    def _select(self, draft_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(RowRole).id == draft_id:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                return True
        return False

    def _draft_chosen(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        """Show the draft chosen; what was typed into the one shown is asked about first,
        and if it is kept on screen, its draft stays chosen."""
        chosen = current.data(RowRole).id if current is not None else None
        if chosen == self.panel.record_id or self._leaving:
            # Shown already (the list was only read again), or the list is read again
            # while what was typed is being saved: the choice being made stands.
            return
        self._leaving = True
        try:
            may_leave = self.panel.may_leave()
        finally:
            self._leaving = False
        if not may_leave:
            shown = self.panel.record_id
            QTimer.singleShot(0, lambda: self._choose_quietly(shown))
            return
        self.panel.show_draft(chosen)

    def _choose_quietly(self, draft_id: str | None) -> None:
        """Mark a draft chosen in the list without showing it anew (it is still shown)."""
        rows = [
            r for r in range(self.list.count()) if self.list.item(r).data(RowRole).id == draft_id
        ]
        self.list.blockSignals(True)
        try:
            self.list.setCurrentRow(rows[0] if rows else -1)
        finally:
            self.list.blockSignals(False)

    def open_record(self, draft_id: str) -> None:
        """Show a draft found elsewhere (the global search): clear filters that hide it."""
        if self._select(draft_id):
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._debounce.stop()
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.refresh()
        self._select(draft_id)

    def _on_changed(self, tables: set[str]) -> None:
        if tables & DRAFT_TABLES:
            self.refresh()
            self.panel.reload()

    # --- commands ------------------------------------------------------------------------

    def new_draft(self) -> QDialog | None:
        if not self.panel.may_leave():
            return None
        dialog = DraftDialog(self.ctx, parent=self)
        dialog.saved.connect(self.open_record)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def confirm(self, question: str, detail: str) -> bool:
        """Ask before deleting (a method of its own, so that tests can answer it)."""
        return ask_to_confirm(self, question, detail)

    def delete_draft(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        row = item.data(RowRole)
        view = self.panel.view
        if view is not None and view.id == row.id and view.locked:
            # Said before the question, not after it was answered "Delete".
            attempt(self.ctx, delete_draft, row.id, label=self.tr("Delete draft"))
            return
        if not self.confirm(
            self.tr("Delete the draft “{title}”?").format(title=row.title),
            self.tr(
                "Its variants, revisions, sign-offs and comments go with it."
                " You can undo this with Ctrl+Z."
            ),
        ):
            return
        self.panel.core_editor.set_text("")
        self.panel.variant_editor.set_text("")
        self.panel.composer.discard_unsaved()  # its comments go with it
        attempt(
            self.ctx,
            delete_draft,
            row.id,
            label=self.tr("Delete draft “{title}”").format(title=row.title),
            done="Draft deleted. Undo with Ctrl+Z.",
        )

    # --- editing.HoldsUnsaved: what the main window asks before closing or leaving --------

    def has_unsaved(self) -> bool:
        """The core message, the variant shown or a comment typed and not stored yet."""
        return self.panel.has_unsaved()

    def save_unsaved(self) -> bool:
        return self.panel.save_unsaved()

    def discard_unsaved(self) -> None:
        self.panel.discard_unsaved()

    def unsaved_label(self) -> str:
        return self.panel.unsaved_label()

    # --- remembered layout ---------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue("drafts/splitter", self.splitter.saveState())
        self.ctx.settings.setValue(
            "drafts/variantsSplitter", self.panel.variants_splitter.saveState()
        )

    def restore_state(self) -> None:
        for key, splitter in (
            ("drafts/splitter", self.splitter),
            ("drafts/variantsSplitter", self.panel.variants_splitter),
        ):
            state = self.ctx.settings.value(key)
            if state is not None:
                splitter.restoreState(state)
