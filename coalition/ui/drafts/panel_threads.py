"""The revisions and comments of the draft shown, and what leaves the screen
(a part of the panel)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.files import write_bytes
from coalition.common.i18n import shown
from coalition.drafts.comments import comment_thread, delete_comment
from coalition.drafts.export import message_pack, variant_as
from coalition.drafts.revisions import restore_revision, revisions
from coalition.ui.common import editing, filedialogs
from coalition.ui.common.controls import attempt
from coalition.ui.common.documents import write_pdf
from coalition.ui.drafts.comments import CommentComposer
from coalition.ui.drafts.common import CORE, buttons_row, copy_rich_text, local
from coalition.ui.drafts.dialogs import CommentDialog, DiffDialog
from coalition.ui.drafts.panel_base import PanelBase
from coalition.ui.drafts.rows import WrappingDelegate
from coalition.ui.drafts.views import (
    CommentView,
    RevisionRow,
    comment_view,
    inline_diff_html,
    revision_heading,
)

CopyFormat = Literal["text", "markdown", "html"]  # how a variant goes on the clipboard


class ThreadsPart(PanelBase):
    """The History and Comments tabs of :class:`~coalition.ui.drafts.panel.DraftPanel`, and
    what leaves the screen (a variant copied, the message pack exported).

    Mixed into the panel, whose state it uses (``ctx``, ``view``, the comment composer).
    """

    def _build_history_tab(self) -> QWidget:
        self.history_target = QComboBox()
        self.history_target.setObjectName("historyTarget")
        self.history_target.currentIndexChanged.connect(lambda _i: self._show_history())
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(QCoreApplication.translate("ThreadsPart", "Revisions of")))
        target_row.addWidget(self.history_target, 1)
        self.revision_list = QTreeWidget()
        self.revision_list.setObjectName("revisionList")
        self.revision_list.setHeaderLabels(
            [
                "#",
                QCoreApplication.translate("ThreadsPart", "Author"),
                QCoreApplication.translate("ThreadsPart", "Saved"),
                QCoreApplication.translate("ThreadsPart", "Note"),
            ]
        )
        self.revision_list.setRootIsDecorated(False)
        self.revision_list.setAlternatingRowColors(True)
        self.revision_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.revision_list.setToolTip(
            QCoreApplication.translate(
                "ThreadsPart", "Choose two revisions (Ctrl+click) to compare them"
            )
        )
        header = self.revision_list.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.revision_list.itemSelectionChanged.connect(self._revision_chosen)
        self.revision_list.itemDoubleClicked.connect(lambda _i, _c: self.compare_revisions())
        self.revision_text = QTextBrowser()
        self.revision_text.setObjectName("revisionText")
        self.revision_text.setPlaceholderText(
            QCoreApplication.translate(
                "ThreadsPart",
                "Choose a revision to read it, or two (Ctrl+click) to see what changed between "
                "them.",
            )
        )
        self.compare_revisions_button = QPushButton(
            QCoreApplication.translate("ThreadsPart", "Compare…")
        )
        self.compare_revisions_button.setToolTip(
            QCoreApplication.translate(
                "ThreadsPart",
                "Two revisions chosen: the one against the other. One: it against the latest",
            )
        )
        self.compare_revisions_button.clicked.connect(self.compare_revisions)
        self.restore_button = QPushButton(
            QCoreApplication.translate("ThreadsPart", "Restore this revision")
        )
        self.restore_button.setToolTip(
            QCoreApplication.translate(
                "ThreadsPart", "Make its text the current one again, as a new revision"
            )
        )
        self.restore_button.clicked.connect(self.restore_revision)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.revision_list)
        splitter.addWidget(self.revision_text)
        splitter.setSizes([260, 140])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(target_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons_row(self.compare_revisions_button, self.restore_button))
        return tab

    def _build_comments_tab(self) -> QWidget:
        self.comment_target = QComboBox()
        self.comment_target.setObjectName("commentTarget")
        self.comment_target.currentIndexChanged.connect(lambda _i: self._comment_target_chosen())
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(QCoreApplication.translate("ThreadsPart", "Comments on")))
        target_row.addWidget(self.comment_target, 1)
        self.comment_tree = QTreeWidget()
        self.comment_tree.setObjectName("commentTree")
        self.comment_tree.setHeaderLabels(
            [
                QCoreApplication.translate("ThreadsPart", "Comment"),
                QCoreApplication.translate("ThreadsPart", "Author"),
                QCoreApplication.translate("ThreadsPart", "When"),
            ]
        )
        self.comment_tree.setWordWrap(True)
        self.comment_tree.setItemDelegate(WrappingDelegate(self.comment_tree))
        self.comment_tree.setAlternatingRowColors(True)
        header = self.comment_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.comment_tree.itemSelectionChanged.connect(self._update_comment_buttons)
        self.reply_button = QPushButton(QCoreApplication.translate("ThreadsPart", "Reply…"))
        self.reply_button.clicked.connect(self.reply)
        self.delete_comment_button = QPushButton(
            QCoreApplication.translate("ThreadsPart", "Delete")
        )
        self.delete_comment_button.setToolTip(
            QCoreApplication.translate("ThreadsPart", "Delete the chosen comment and its replies")
        )
        self.delete_comment_button.clicked.connect(self.delete_comment)
        # The new comment belongs to the draft and thread it is typed under, never to
        # whichever is shown when Add is pressed.
        self.composer = CommentComposer(self.ctx)
        self.new_comment = self.composer.edit
        self.add_comment_button = self.composer.add_button
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(target_row)
        layout.addWidget(self.comment_tree, 1)
        layout.addLayout(buttons_row(self.reply_button, self.delete_comment_button))
        layout.addWidget(self.composer)
        return tab

    # --- history -------------------------------------------------------------------------

    def _history_target(self) -> str | None:
        """The variant whose revisions are listed (None: the core message's)."""
        return self.history_target.currentData() or None

    def _history_name(self) -> str:
        prefix = QCoreApplication.translate("DraftPanel", "Variant: {audience}").format(audience="")
        return self.history_target.currentText().removeprefix(prefix)

    def _show_history(self) -> None:
        if self.view is None:
            return
        keep = {r.id for r in self.selected_revisions()}
        with self.ctx.reading() as session:
            self._revisions = [
                RevisionRow(
                    r.id,
                    r.number,
                    r.author or "",
                    r.at,
                    r.note or "",
                    r.restored_from.number if r.restored_from else None,
                    r.text,
                )
                for r in revisions(session, self.view.id, self._history_target())
            ]
        self.revision_list.blockSignals(True)
        self.revision_list.clear()
        for revision in self._revisions:
            note = revision.note
            if revision.restored_from is not None and not note:
                note = f"Restored revision {revision.restored_from}"
            item = QTreeWidgetItem(
                [str(revision.number), revision.author or "—", local(revision.at), note]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, revision.id)
            item.setToolTip(3, note)
            self.revision_list.addTopLevelItem(item)
            item.setSelected(revision.id in keep)
        self.revision_list.blockSignals(False)
        self._revision_chosen()

    def selected_revisions(self) -> list[RevisionRow]:
        """The revisions chosen, oldest first."""
        chosen = {
            item.data(0, Qt.ItemDataRole.UserRole) for item in self.revision_list.selectedItems()
        }
        return sorted((r for r in self._revisions if r.id in chosen), key=lambda r: r.number)

    def select_revisions(self, *numbers: int) -> None:
        """Choose revisions by number (for tests and the keyboard)."""
        self.revision_list.clearSelection()
        for index in range(self.revision_list.topLevelItemCount()):
            item = self.revision_list.topLevelItem(index)
            if item is not None and int(item.text(0)) in numbers:
                item.setSelected(True)

    def _revision_chosen(self) -> None:
        chosen = self.selected_revisions()
        if len(chosen) == 2:
            self.revision_text.setHtml(inline_diff_html(chosen[0].text, chosen[1].text))
        else:
            self.revision_text.setPlainText(chosen[0].text if len(chosen) == 1 else "")
        latest = self._revisions[0] if self._revisions else None
        one = chosen[0] if len(chosen) == 1 else None
        self.compare_revisions_button.setEnabled(
            len(chosen) == 2 or (one is not None and latest is not None and one.id != latest.id)
        )
        # Restoring the text already current would change nothing (the service refuses it).
        # Nor can the words a decision adopted be restored over (the panel says so).
        adopted = self.view is not None and bool(self.view.locked)
        self.restore_button.setEnabled(
            one is not None and latest is not None and one.text != latest.text and not adopted
        )

    def compare_revisions(self) -> QDialog | None:
        chosen = self.selected_revisions()
        if len(chosen) == 1 and self._revisions and chosen[0].id != self._revisions[0].id:
            chosen = [chosen[0], self._revisions[0]]
        if len(chosen) != 2:
            return None
        old, new = chosen
        name = self._history_name()
        return self._open(
            DiffDialog(
                old.text,
                new.text,
                revision_heading(name, old),
                revision_heading(name, new),
                parent=self,
            )
        )

    def restore_revision(self) -> None:
        chosen = self.selected_revisions()
        if len(chosen) != 1:
            return
        revision = chosen[0]
        editor = self.core_editor if self._history_target() is None else self.variant_editor
        shown = self._history_target() in (None, self.variant_id)
        if (
            editor.dirty
            and shown
            and not self.may_leave(variant_only=editor is self.variant_editor)
        ):
            return
        attempt(
            self.ctx,
            restore_revision,
            revision.id,
            label=QCoreApplication.translate(
                "ThreadsPart", "Restore revision {number} of {what}"
            ).format(number=revision.number, what=self._history_name()),
            done=f"Revision {revision.number} restored as a new revision. Undo with Ctrl+Z.",
        )

    # --- comments ------------------------------------------------------------------------

    def _comment_target(self) -> str | None:
        return self.comment_target.currentData() or None

    def _comment_target_chosen(self) -> None:
        """Read another thread; a comment typed for the last one is asked about first (it
        is never posted on the thread chosen after it was typed)."""
        view = self.view
        if view is None:
            return
        target = self._comment_target()
        if (view.id, target) != (self.composer.draft_id, self.composer.variant_id):
            if not editing.may_leave(self.composer, self):
                self.comment_target.blockSignals(True)
                self.comment_target.setCurrentIndex(
                    max(0, self.comment_target.findData(self.composer.variant_id or CORE))
                )
                self.comment_target.blockSignals(False)
                return
            self.composer.set_target(view.id, target, self._comment_words())
        self._show_comments()

    def _show_comments(self) -> None:
        if self.view is None:
            return
        keep = self.selected_comment()
        with self.ctx.reading() as session:
            thread = comment_thread(session, self.view.id, self._comment_target())
            nodes = [comment_view(node) for node in thread]
        self.comment_tree.clear()
        found: QTreeWidgetItem | None = None

        def add(node: CommentView, parent: QTreeWidgetItem | None) -> None:
            nonlocal found
            item = QTreeWidgetItem([node.body, node.author or "—", local(node.at)])
            item.setData(0, Qt.ItemDataRole.UserRole, (node.id, node.author, node.body))
            item.setToolTip(0, node.body)
            if parent is None:
                self.comment_tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            if keep and node.id == keep[0]:
                found = item
            for reply in node.replies:
                add(reply, item)

        for node in nodes:
            add(node, None)
        self.comment_tree.expandAll()
        if found is not None:
            self.comment_tree.setCurrentItem(found)
        self._update_comment_buttons()

    def selected_comment(self) -> tuple[str, str, str] | None:
        """(id, author, body) of the comment chosen."""
        item = self.comment_tree.currentItem()
        if item is None:
            return None
        ident, author, body = item.data(0, Qt.ItemDataRole.UserRole)
        return ident, author, body

    def _update_comment_buttons(self) -> None:
        chosen = self.comment_tree.currentItem() is not None
        self.reply_button.setEnabled(chosen)
        self.delete_comment_button.setEnabled(chosen)

    def add_comment(self) -> None:
        self.composer.post()

    def reply(self) -> QDialog | None:
        chosen = self.selected_comment()
        if self.view is None or chosen is None:
            return None
        return self._open(
            CommentDialog(self.ctx, self.view.id, chosen, self._comment_target(), parent=self)
        )

    def delete_comment(self) -> None:
        chosen = self.selected_comment()
        if chosen is None:
            return
        if not self.confirm(
            QCoreApplication.translate("ThreadsPart", "Delete this comment?"),
            QCoreApplication.translate(
                "ThreadsPart", "Its replies go with it. You can undo this with Ctrl+Z."
            ),
        ):
            return
        attempt(
            self.ctx,
            delete_comment,
            chosen[0],
            label="Delete a comment",
            done="Comment deleted.",
        )

    # --- leaving the screen --------------------------------------------------------------

    def _update_export_menu(self) -> None:
        for action in self.copy_actions:
            action.setEnabled(self.current_variant() is not None)

    def copy_variant(self, fmt: CopyFormat) -> None:
        """Put the chosen variant on the clipboard; HTML goes as rich text with a plain twin,
        so that a mail client keeps the formatting and a chat box still gets words."""
        variant = self.current_variant()
        if variant is None:
            return
        with self.ctx.reading() as session:
            text = variant_as(session, variant.id, fmt)
        if fmt == "html":
            copy_rich_text(text)
        else:
            QGuiApplication.clipboard().setText(text)
        form = {"text": "plain text", "markdown": "Markdown", "html": "HTML"}[fmt]
        self.ctx.message.emit(
            QCoreApplication.translate(
                "ThreadsPart", "The variant for {audience} is on the clipboard as {form}."
            ).format(audience=variant.audience, form=form)
        )

    def export_pack(self, fmt: str, path: str | None = None) -> Path | None:
        """Save every approved variant, a section per audience, as HTML or PDF (asking
        where, unless ``path`` is given)."""
        view = self.view
        if view is None:
            return None
        if path is None:
            kind = (
                QCoreApplication.translate("ThreadsPart", "HTML files (*.html)")
                if fmt == "html"
                else QCoreApplication.translate("ThreadsPart", "PDF files (*.pdf)")
            )
            path = filedialogs.save_file(
                self,
                self.ctx.settings,
                "drafts",
                QCoreApplication.translate(
                    "ThreadsPart", "Export the message pack as {format}"
                ).format(format=fmt.upper()),
                f"{view.title}.{fmt}",
                kind,
            )
            if not path:
                return None
        target = Path(path)
        try:
            # The PDF is laid out from Markdown, by the helper the call minutes use.
            with self.ctx.reading() as session:
                content = message_pack(session, view.id, "html" if fmt == "html" else "markdown")
            if fmt == "html":
                write_bytes(target, content.encode("utf-8"))
            else:
                write_pdf(content, target, view.title)
        except CoalitionError as exc:
            self.ctx.error.emit(shown(exc))
            return None
        except OSError as exc:
            self.ctx.error.emit(
                QCoreApplication.translate("ThreadsPart", "Could not save {name}: {value}").format(
                    name=target.name, value=exc.strerror or exc
                )
            )
            return None
        filedialogs.remember(self.ctx.settings, "drafts", target)
        self.ctx.message.emit(
            QCoreApplication.translate("ThreadsPart", "Saved {target}.").format(target=target)
        )
        return target
