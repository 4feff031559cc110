"""Mail → Outbox…: every message this laptop sends, waiting, sent, failed, refused or
cancelled, with its recipient, subject, kind, when and what went wrong.  The selected
messages can be cancelled (taken out before they go) or sent again; "Send now" sends
what is due in the sender's thread, a bar showing how far it got, the window free."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.mail import outbox as mail_outbox
from coalition.store.models.mail import MailKind, MailStatus
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import sentence
from coalition.ui.common.widgets import muted, show_when_empty
from coalition.ui.mail.common import short_when

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("status", "recipient", "subject", "kind", "when", "error")
STATUS_COLORS = {
    MailStatus.QUEUED: "#1a4d8f",
    MailStatus.SENT: "#1b5e20",
    MailStatus.FAILED: "#b00020",
    MailStatus.REFUSED: "#b00020",
    MailStatus.CANCELLED: "#6b6b6b",
}


class OutboxDialog(QDialog):
    """The outbox, with Cancel, Resend and Send now."""

    def __init__(self, ctx: AppContext, sender: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sender_ = sender  # the window's MailSender (None: Send now is not offered)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(1000, 560)
        self.statuses = {
            MailStatus.QUEUED: self.tr("Waiting"),
            MailStatus.SENT: self.tr("Sent"),
            MailStatus.FAILED: self.tr("Failed, tried again"),
            MailStatus.REFUSED: self.tr("Refused"),
            MailStatus.CANCELLED: self.tr("Cancelled"),
        }
        self.kinds = {
            MailKind.INVITATION: self.tr("Invitation"),
            MailKind.UPDATE: self.tr("Update"),
            MailKind.CANCELLATION: self.tr("Cancellation"),
            MailKind.AGENDA: self.tr("Agenda"),
            MailKind.MINUTES: self.tr("Minutes"),
            MailKind.DIGEST: self.tr("Digest"),
            MailKind.DECLARATION: self.tr("Declaration"),
            MailKind.TEST: self.tr("Test"),
            MailKind.SHIFT_REMINDER: self.tr("Shift reminder"),
        }
        self._build()
        ctx.changed.connect(self._changed)
        if sender is not None:
            sender.progressed.connect(self._progressed)
            sender.finished.connect(self._sent)
        self.reload()
        self._show_running()

    def _build(self) -> None:
        self.filter = QComboBox()
        self.filter.setObjectName("outboxFilter")
        self.filter.addItem(self.tr("Everything"), None)
        for status, text in self.statuses.items():
            self.filter.addItem(text, str(status))
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.summary = muted()
        self.summary.setObjectName("outboxSummary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Show")))
        top.itemAt(0).widget().setBuddy(self.filter)  # type: ignore[union-attr]
        top.addWidget(self.filter)
        top.addWidget(self.summary, 1)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Recipient"),
                self.tr("Subject"),
                self.tr("Kind"),
                self.tr("When"),
                self.tr("What went wrong"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Interactive,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(5, 220)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        show_when_empty(self.table, self.tr("Nothing here: the outbox is empty."))

        self.cancel_button = QPushButton(self.tr("&Cancel message"))
        self.cancel_button.setObjectName("outboxCancel")
        self.cancel_button.setToolTip(self.tr("Take the selected messages out before they go"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.resend_button = QPushButton(self.tr("&Resend"))
        self.resend_button.setObjectName("outboxResend")
        self.resend_button.setToolTip(
            self.tr("Send the selected messages again, the same message as before")
        )
        self.resend_button.clicked.connect(self.resend_selected)
        self.send_button = QPushButton(self.tr("Send &now"))
        self.send_button.setObjectName("outboxSendNow")
        self.send_button.setToolTip(self.tr("Send everything due now; the window stays free"))
        self.send_button.clicked.connect(self.send_now)
        self.send_button.setVisible(self.sender_ is not None)
        self.progress = QProgressBar()
        self.progress.setObjectName("outboxProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()
        self.said = QLabel()
        self.said.setObjectName("outboxResult")
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.resend_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.send_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        layout.addWidget(close)

    # --- the list --------------------------------------------------------------------------

    def _changed(self, tables: object) -> None:
        if not isinstance(tables, (set, frozenset)) or "outgoing_mail" in tables:
            self.reload()

    def reload(self) -> None:
        chosen = set(self.selected_ids())
        status = self.filter.currentData()
        with self.ctx.reading() as session:
            rows = [
                (
                    m.id,
                    MailStatus(m.status),
                    m.recipient_name,
                    m.recipient,
                    m.subject,
                    MailKind(m.kind),
                    m.sent_at or m.next_attempt_at or m.created_at,
                    m.last_error,
                    m.attempts,
                )
                for m in mail_outbox.outbox(session, status)
            ]
            everything = rows if status is None else None
        self.table.setRowCount(len(rows))
        blocked = self.table.blockSignals(True)
        for row, (ident, state, name, address, subject, kind, at, error, attempts) in enumerate(
            rows
        ):
            recipient = f"{name} <{address}>" if name else address
            when = short_when(at)
            if at is not None and at > clock.now():
                if state == MailStatus.FAILED:
                    when = self.tr("again at {time}").format(time=when)
                elif state == MailStatus.QUEUED:
                    when = self.tr("not before {time}").format(time=when)
            cells = (
                self.statuses.get(state, str(state)),
                recipient,
                subject,
                self.kinds.get(kind, str(kind)),
                when,
                sentence(error) if error else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, ident)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            status_item = self.table.item(row, 0)
            assert status_item is not None  # set just above
            status_item.setForeground(QBrush(QColor(STATUS_COLORS.get(state, "#000"))))
            if attempts > 1 and state != MailStatus.SENT:
                status_item.setToolTip(self.tr("Tried %Ln times", "", attempts))
            if ident in chosen:
                self.table.selectRow(row)
        self.table.blockSignals(blocked)
        self._summarize(everything)
        self._selection_changed()

    def _summarize(self, rows: list[Any] | None) -> None:
        if rows is None:
            self.summary.setText("")
            return
        counts: dict[MailStatus, int] = {}
        for row in rows:
            counts[row[1]] = counts.get(row[1], 0) + 1
        parts = [
            f"{self.statuses[status]}: {counts[status]}"
            for status in self.statuses
            if status in counts
        ]
        self.summary.setText(" · ".join(parts))

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self._cell(row, 0).data(ID_ROLE) for row in rows]

    def select_recipient(self, address: str) -> bool:
        """Select the row of a recipient (for tests and for finding a message)."""
        for row in range(self.table.rowCount()):
            if address in self._cell(row, 1).text():
                self.table.selectRow(row)
                return True
        return False

    def _selected_statuses(self) -> set[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        reverse = {text: str(status) for status, text in self.statuses.items()}
        return {reverse.get(self._cell(row, 0).text(), "") for row in rows}

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell of a row is filled by reload
        return item

    def _selection_changed(self) -> None:
        statuses = self._selected_statuses()
        self.cancel_button.setEnabled(bool(statuses & {MailStatus.QUEUED, MailStatus.FAILED}))
        self.resend_button.setEnabled(
            bool(
                statuses
                & {MailStatus.SENT, MailStatus.FAILED, MailStatus.CANCELLED, MailStatus.REFUSED}
            )
        )

    # --- the buttons ------------------------------------------------------------------------

    def _each_selected(self, fn: Any) -> int:
        """``fn(session, id)`` for each message selected.  The outbox is this laptop's
        own record of what it sends, not the coalition's data: no undo step (a message
        cancelled is resent, and the other way round)."""
        done = 0
        try:
            with self.ctx.db.session() as session:
                for ident in self.selected_ids():
                    fn(session, ident)
                    done += 1
        except CoalitionError as exc:
            self._say(sentence(shown(exc)), error=True)
        if done:
            self.ctx.changed.emit({"outgoing_mail"})
        return done

    def cancel_selected(self) -> int:
        done = self._each_selected(mail_outbox.cancel_mail)
        if done:
            self._say(
                self.tr(
                    "%Ln messages cancelled: they will not go (Resend puts them back).", "", done
                )
            )
        return done

    def resend_selected(self) -> int:
        done = self._each_selected(mail_outbox.resend_mail)
        if done:
            self._say(self.tr("%Ln messages back in the outbox, sent with the next run.", "", done))
        return done

    def send_now(self) -> None:
        if self.sender_ is None:
            return
        if self.sender_.send_now():
            self._show_running()

    def _show_running(self) -> None:
        running = self.sender_ is not None and self.sender_.running()
        self.send_button.setEnabled(not running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)  # until the first message says how many
            self._say(self.tr("Sending…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _sent(self, outcome: Any) -> None:
        self.progress.hide()
        self.send_button.setEnabled(True)
        report = getattr(outcome, "report", None)
        if outcome is None or report is None:
            error = getattr(self.sender_, "error", "") or self.tr("Sending stopped.")
            self._say(self.tr("Nothing could be sent: {why}").format(why=error), error=True)
            return
        parts = []
        if report.sent or not (report.failed or report.refused or report.errors):
            parts.append(
                self.tr("%Ln messages sent.", "", int(report.sent))
                if report.sent
                else self.tr("Nothing was due to be sent.")
            )
        if report.failed:
            parts.append(self.tr("%Ln failed and will be tried again.", "", int(report.failed)))
        parts += [sentence(r) for r in report.refused]  # who, and what the server said
        parts += [sentence(e) for e in report.errors]
        held = int(getattr(report, "held", 0) or 0)
        if held:
            parts.append(self.tr("%Ln wait for you to see their series' first messages.", "", held))
        self._say(" ".join(parts), error=bool(report.errors or report.refused))
        self.reload()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.said.setStyleSheet(error_style() if error else "")
        self.said.setText(text)
