"""The box a new comment is typed in, bound to the draft (and variant) it is typed for.

A comment box shared by every draft, read only when Add is pressed, posts what was typed
under one draft on whichever draft is shown by then.  This box remembers what it was typed
for (:meth:`CommentComposer.set_target`), posts only there, and is typed input like any
other (:class:`coalition.ui.common.editing.HoldsUnsaved`): choosing another draft, another
thread or closing the window first asks whether to post it, forget it or stay.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from coalition.drafts.comments import add_comment
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import attempt


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


class CommentComposer(QWidget):
    """A comment being written, and where it goes: (draft, variant or None for the core)."""

    posted = Signal(str)  # the new comment's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id: str | None = None
        self.variant_id: str | None = None
        self._label = ""
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("newComment")
        self.edit.setPlaceholderText(tr("Write a comment…"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().height() * 4)
        self.add_button = QPushButton(tr("Add comment"))
        self.add_button.clicked.connect(self.post)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)

    def set_target(self, draft_id: str | None, variant_id: str | None, label: str) -> None:
        """Write for another draft or thread from now on.

        The caller asks about what was typed first (``editing.may_leave``); whatever is
        still in the box then belonged to the old target and is never carried over.
        """
        if (draft_id, variant_id) != (self.draft_id, self.variant_id):
            self.edit.clear()
        self.draft_id, self.variant_id, self._label = draft_id, variant_id, label
        self.add_button.setToolTip(
            tr("Post the comment on {what}").format(what=label) if label else ""
        )
        self.setEnabled(draft_id is not None)

    def text(self) -> str:
        return self.edit.toPlainText()

    def post(self) -> bool:
        """Post what was typed on the draft (and variant) it was typed for."""
        body = self.text()
        if self.draft_id is None or not body.strip():
            return True
        comment = attempt(
            self.ctx,
            add_comment,
            self.draft_id,
            body,
            variant_id=self.variant_id,
            label=tr("Add a comment"),
        )
        if comment is None:
            return False
        self.edit.clear()
        self.posted.emit(comment.id)
        return True

    # --- editing.HoldsUnsaved --------------------------------------------------------------

    def has_unsaved(self) -> bool:
        return self.draft_id is not None and bool(self.text().strip())

    def save_unsaved(self) -> bool:
        return self.post()

    def discard_unsaved(self) -> None:
        self.edit.clear()

    def unsaved_label(self) -> str:
        return tr("the comment typed on {what}").format(what=self._label)
