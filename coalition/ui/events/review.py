"""Sign-ups to review: each one that found a person already in the directory, what was
typed beside who it matched, for an organizer to confirm or to open the person."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalition.events.signups import ReviewItem, mark_reviewed, signups_to_review
from coalition.store.models import SignUpMatch
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import attempt


class ReviewDialog(QDialog):
    openRequested = Signal(str, str)  # ("person", id)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("signUpReview")
        self.setWindowTitle(self.tr("Sign-ups to review"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These sign-ups found someone already in the directory. Check that each is "
                "the same person: what was typed is beside what the directory has."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.list = QListWidget()
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(self.tr("Sign-ups to review"))
        self.list.currentRowChanged.connect(self._show)
        body.addWidget(self.list, 2)
        side = QVBoxLayout()
        body.addLayout(side, 3)
        self.how = QLabel()
        self.how.setWordWrap(True)
        side.addWidget(self.how)
        grid = QGridLayout()
        side.addLayout(grid)
        grid.addWidget(QLabel(self.tr("<b>Typed at the table</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>In the directory</b>")), 0, 2)
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        rows = (
            ("name", self.tr("Name")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("postal_code", self.tr("ZIP code")),
            ("county", self.tr("County")),
        )
        for index, (key, label) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label), index, 0)
            typed, known = QLabel(), QLabel()
            for cell in (typed, known):
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setWordWrap(True)
            grid.addWidget(typed, index, 1)
            grid.addWidget(known, index, 2)
            self.cells[key] = (typed, known)
        side.addStretch(1)
        actions = QHBoxLayout()
        self.right = QPushButton(self.tr("&Looks right"))
        self.right.clicked.connect(self._looks_right)
        self.open_person = QPushButton(self.tr("&Open person"))
        self.open_person.clicked.connect(self._open_person)
        actions.addWidget(self.right)
        actions.addWidget(self.open_person)
        actions.addStretch(1)
        side.addLayout(actions)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.items: list[ReviewItem] = []
        self.resize(900, 520)
        self.reload()

    def _how(self, item: ReviewItem) -> str:
        by = {
            SignUpMatch.EMAIL: self.tr("Matched by the same e-mail address."),
            SignUpMatch.PHONE: self.tr("Matched by the same phone number."),
            SignUpMatch.NAME_ZIP: self.tr("Matched by the same name in the same ZIP code."),
        }.get(item.match, "")
        return f"{item.event_name} · {formatting.date_time(item.signed_at)}\n{by}"

    def reload(self) -> None:
        with self.ctx.reading() as session:
            self.items = signups_to_review(session)
        self.list.clear()
        for item in self.items:
            QListWidgetItem(item.typed.get("name") or item.person.get("name", ""), self.list)
        has = bool(self.items)
        self.right.setEnabled(has)
        self.open_person.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)
        else:
            self.how.setText(self.tr("Nothing to review: every match has been looked at."))
            for typed, known in self.cells.values():
                typed.clear()
                known.clear()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        self.how.setText(self._how(item))
        for key, (typed, known) in self.cells.items():
            typed.setText(item.typed.get(key, ""))
            known.setText(item.person.get(key, ""))

    def _current(self) -> ReviewItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _looks_right(self) -> None:
        item = self._current()
        if item is None:
            return
        attempt(self.ctx, mark_reviewed, [item.sign_up_id], label=self.tr("Review a sign-up"))
        self.reload()

    def _open_person(self) -> None:
        item = self._current()
        if item is not None:
            self.openRequested.emit("person", item.person_id)


def open_review(parent: QWidget, ctx: AppContext) -> ReviewDialog:
    """Show the sign-ups to review; "Open person" shows the person in the main window
    (when the window offers to open records)."""
    dialog = ReviewDialog(ctx, parent)
    opener = getattr(parent.window(), "open_record", None)
    if callable(opener):
        dialog.openRequested.connect(opener)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
