"""What a series is about to send, seen before it goes the first time
(:class:`PreviewDialog`), and the replies that matched nobody (:class:`UnmatchedDialog`).

Each kind of message (invitations, agendas, minutes) of each series is previewed once,
before its first send: the organizer sees to whom it goes and what it says, and
either lets it go ("Send", :func:`coalition.mail.outbox.mark_previewed`) or keeps it
back for now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.mail import outbox as mail_outbox
from coalition.mail import replies as mail_replies
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import sentence
from coalition.ui.common.widgets import bold, muted, show_when_empty
from coalition.ui.mail.common import short_when


def kind_names() -> dict[str, str]:

    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()

    return {
        "invitation": tr("invitations"),
        "update": tr("updates"),
        "cancellation": tr("cancellations"),
        "agenda": tr("agendas"),
        "minutes": tr("minutes"),
        "digest": tr("digests"),
        "declaration": tr("declarations"),
    }


class PreviewDialog(QDialog):
    """The messages a series will send of one kind: recipient, subject and text."""

    def __init__(self, ctx: AppContext, need: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.need = need
        self.setObjectName("mailPreview")
        kind = kind_names().get(str(need.kind), str(need.kind))
        self.setWindowTitle(self.tr("Before the first {kind} go").format(kind=kind))
        self.resize(900, 560)
        with ctx.reading() as session:  # every message, not only the need's samples
            messages = list(mail_outbox.preview(session, need.series_id, str(need.kind)))
        self.messages = messages or list(getattr(need, "samples", []) or [])
        heading = bold(
            QLabel(
                self.tr("“{title}” is about to send its first {kind}").format(
                    title=need.series_title, kind=kind
                )
            ),
            1.15,
        )
        heading.setWordWrap(True)
        intro = muted(
            self.tr("%Ln messages, one per participant.", "", len(messages))
            + " "
            + self.tr(
                "Look them over: once you let them go, this series sends its {kind} "
                "on its own from now on."
            ).format(kind=kind)
        )
        self.list = QListWidget()
        self.list.setObjectName("previewList")
        self.list.setAlternatingRowColors(True)  # two lines a message: where each begins
        self.list.setSpacing(1)
        for message in messages:
            item = QListWidgetItem(f"{message.recipient}\n{message.subject}")
            item.setToolTip(message.subject)
            self.list.addItem(item)
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.list.currentRowChanged.connect(self._show)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([300, 600])
        self.problem = QLabel()
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(
            self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("previewSend")
        self.later_button = buttons.addButton(
            self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setObjectName("previewLater")
        self.later_button.setToolTip(
            self.tr("Keep them in the outbox, unsent; asked again when Coalition starts")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if messages:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.messages):
            self.text.clear()
            return
        message = self.messages[row]
        head = (
            self.tr("To: {recipient}").format(recipient=message.recipient)
            + "\n"
            + self.tr("Subject: {subject}").format(subject=message.subject)
        )
        self.text.setPlainText(f"{head}\n\n{message.text}")

    def accept(self) -> None:
        kind = str(self.need.kind)
        try:
            self.ctx.run(
                mail_outbox.mark_previewed,
                self.need.series_id,
                kind,
                label=self.tr("Let “{title}” send its {kind}").format(
                    title=self.need.series_title, kind=kind_names().get(kind, kind)
                ),
            )
        except CoalitionError as exc:
            self.problem.setText(sentence(shown(exc)))
            self.problem.show()
            return
        super().accept()


class UnmatchedDialog(QDialog):
    """Replies not applied to anyone: unknown addresses (never guessed), and the ones set
    aside with why (a broken message, a calendar matching no series, a spoofed organizer)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unmatchedReplies")
        self.setWindowTitle(self.tr("Unmatched replies"))
        self.resize(900, 460)
        intro = muted(
            self.tr(
                "Replies Coalition read but did not apply. An address not in the directory "
                "is never guessed: add it to the person it belongs to, then read the reply "
                "again (drop the saved message on the window)."
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("unmatchedTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Received"),
                self.tr("From"),
                self.tr("Subject"),
                self.tr("Why"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 220)
        show_when_empty(self.table, self.tr("Every reply read so far was matched."))
        why = {
            "unknown sender": self.tr("Unknown address"),
            "ignored": self.tr("Set aside"),
            "counter": self.tr("Another time proposed"),
        }
        with ctx.reading() as session:
            rows = [
                (m.received_at, m.sender, m.subject, why.get(m.outcome, m.outcome), m.note)
                for m in mail_replies.unmatched(session)
            ]
        self.table.setRowCount(len(rows))
        for row, (at, sender, subject, reason, note) in enumerate(rows):
            for column, text in enumerate(
                (short_when(at), sender, subject, reason, sentence(note) if note else "")
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
