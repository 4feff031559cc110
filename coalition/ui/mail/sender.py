"""Mail sent in the background while the window is open, and its word in the status bar.

:class:`MailSender` works like the calendar's publisher: a few seconds after a change to
the calls (an invitation, an update, a cancellation to queue), and every minute (an
agenda falls due at its hour, a server that was down may be back), a thread queues what
is due and sends it; the window never waits.  It runs on its own only where the account
says so (:attr:`MailAccount.automatic`); "Send now" in the outbox, or a click on the
label, sends by hand.  The label says "Mail: 3 waiting", "Sending mail 2 of 5…",
"Mail sent 10:42" or "Mail waiting: <why>", the rest in its tooltip.

Before a series sends a kind of message for the first time, the organizer sees them
(:class:`~coalition.ui.mail.preview.PreviewDialog`): what the service holds back until
then is listed by :func:`coalition.mail.outbox.queue_due`.

It also puts the mail commands in the menus (File → Mail account…, the Mail menu) and
reads a reply dropped on the window (an .eml or .ics file).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.mail import account as mail_account
from coalition.mail import outbox as mail_outbox
from coalition.mail import replies as mail_replies
from coalition.mail import send as mail_send
from coalition.store.models.mail import MailStatus
from coalition.ui.common.background import Task
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import sentence
from coalition.ui.mail.common import short_when

CHANGE_DEBOUNCE_MS = 3000  # after a burst of changes, one run
RETRY_MS = 60 * 1000  # every minute: what fell due, and a server that was down
FIRST_AFTER_MS = 5000  # once the window has settled
# The tables whose changes can put mail in the outbox.
MAIL_TABLES = frozenset(
    {
        "call_series",
        "call_occurrence",
        "agenda_item",
        "action_item",
        "series_mail",
        "person",
        "person_email",
        "mail_account",
        "outgoing_mail",
    }
)
# What a run of the sender touches (the views showing the outbox or the answers refresh).
SENT_TABLES = frozenset({"outgoing_mail"})
READ_TABLES = frozenset({"incoming_mail", "rsvp"})
REPLY_SUFFIXES = (".eml", ".ics")


@dataclasses.dataclass
class RunOutcome:
    """What one run did: queued (by kind), the send's report, previews it waits for."""

    queued: dict[str, int] = dataclasses.field(default_factory=dict)
    report: Any = None
    previews: list[Any] = dataclasses.field(default_factory=list)


class _StatusLabel(QLabel):
    """The status-bar label; a click sends now."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class MailSender(QObject):
    """Keeps the outbox going while the window is open."""

    progressed = Signal(int, int)  # sent so far, of how many
    finished = Signal(object)  # the RunOutcome of each run (or None when it failed)
    repliesRead = Signal(object)  # the ReplyOutcomes of a read (mailbox or file)

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.task: Task | None = None
        self.reader: Task | None = None
        self._again = False
        self.error = ""  # why the last run could not send, as a sentence
        self.progress: tuple[int, int] | None = None
        self.last_outcome: RunOutcome | None = None
        self.previewing: Any = None  # the preview dialog shown, if any
        self.not_now: set[tuple[str, str]] = set()  # previews put off for this run of the app
        self.label = _StatusLabel()
        self.label.setObjectName("mailStatus")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.clicked.connect(lambda: self.send_now())
        window.statusBar().addPermanentWidget(self.label)
        self._make_actions()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(CHANGE_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_automatic)
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.run_automatic)
        self.retry.start()
        ctx.changed.connect(self._changed)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.refresh()
        self.first_run = QTimer(self)  # once the window has settled: what waited goes
        self.first_run.setSingleShot(True)
        self.first_run.setInterval(FIRST_AFTER_MS)
        self.first_run.timeout.connect(self.run_automatic)
        self.first_run.start()

    def _make_actions(self) -> None:
        window = self.window
        self.account_action = QAction(self.tr("&Mail account…"), window)
        self.account_action.setObjectName("mailAccount")
        self.account_action.setStatusTip(
            self.tr("The mail account invitations, agendas and minutes go out through")
        )
        self.account_action.triggered.connect(lambda: self.open_account())
        self.outbox_action = QAction(self.tr("&Outbox…"), window)
        self.outbox_action.setObjectName("mailOutbox")
        self.outbox_action.setShortcut("Ctrl+Shift+M")
        self.outbox_action.setStatusTip(self.tr("What waits to be sent, what went, what failed"))
        self.outbox_action.triggered.connect(lambda: self.open_outbox())
        self.send_action = QAction(self.tr("&Send now"), window)
        self.send_action.setObjectName("mailSendNow")
        self.send_action.setStatusTip(self.tr("Send everything due, without waiting"))
        self.send_action.triggered.connect(lambda: self.send_now())
        self.read_action = QAction(self.tr("&Read replies"), window)
        self.read_action.setObjectName("mailReadReplies")
        self.read_action.setStatusTip(
            self.tr("Read the answers to invitations from the mailbox into who is coming")
        )
        self.read_action.triggered.connect(lambda: self.read_mailbox())
        self.read_file_action = QAction(self.tr("Read a reply from a &file…"), window)
        self.read_file_action.setStatusTip(
            self.tr("An .eml or .ics answer saved from a mail client (or drop it on the window)")
        )
        self.read_file_action.triggered.connect(lambda: self.choose_reply_file())
        self.unmatched_action = QAction(self.tr("&Unmatched replies…"), window)
        self.unmatched_action.setObjectName("mailUnmatched")
        self.unmatched_action.setStatusTip(
            self.tr("Replies from addresses not in the directory, and those set aside")
        )
        self.unmatched_action.triggered.connect(lambda: self.open_unmatched())

    # --- when to run ---------------------------------------------------------------------

    def _changed(self, tables: object) -> None:
        if isinstance(tables, (set, frozenset)) and tables <= (SENT_TABLES | READ_TABLES):
            self.refresh()  # the sender's own doing, or the outbox's buttons
            if tables & SENT_TABLES and self._automatic():
                self.debounce.start()  # a message resent goes soon
            return
        if not isinstance(tables, (set, frozenset)) or tables & MAIL_TABLES:
            self.debounce.start()

    def _account(self, *, password: bool = True) -> tuple[Any, str | None]:
        """The account (detached) and, when asked, its password; or (None, None).  The
        password is asked of the keyring only to send or read (never to paint a label)."""
        with self.ctx.reading() as session:
            account = mail_account.get_account(session)
            if account is None or not account.smtp_host:
                return None, None
            secret = None
            if password:
                try:
                    secret = mail_account.load_password(session, account)
                except CoalitionError:
                    secret = None
            session.expunge(account)
        return account, secret

    def _automatic(self) -> bool:
        account, _ = self._account(password=False)
        return account is not None and bool(account.automatic)

    def running(self) -> bool:
        return self.task is not None

    def run_automatic(self) -> None:
        """A run on the sender's own: only where the account sends on its own."""
        if self.ctx.db.closed:
            return
        if self._automatic():
            self.send_now(automatic=True)
        else:
            self.refresh()

    def send_now(self, *, automatic: bool = False) -> bool:
        """Queue what is due and send it, in the worker thread (or once more after the
        run going on).  False when there is no account to send through."""
        if self.ctx.db.closed:
            return False
        if self.running():
            self._again = True
            return True
        self.debounce.stop()
        account, _ = self._account(password=False)
        if account is None:
            self.error = ""
            self.refresh()
            if not automatic:
                self.ctx.message.emit(
                    self.tr("No mail account yet: set one up in File → Mail account….")
                )
            return False
        self._again = False
        db = self.ctx.db

        def work(progress: Any) -> RunOutcome:
            outcome = RunOutcome()
            with db.session() as session:
                queued = mail_outbox.queue_due(session)
                outcome.queued = dict(queued.counts)
                outcome.previews = list(queued.previews)
            with db.session() as session:  # nothing due: the server is not called
                task.secret = password = read_password(session)
                outcome.report = mail_send.send_due(session, password, progress=progress)
            with db.session() as session:  # what went long ago is forgotten, as `send` does
                mail_outbox.prune(session)
            return outcome

        task = Task(work)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self.task = task
        self.progress = (0, 0)
        self.refresh()
        task.start()
        return True

    def _progressed(self, done: int, total: int) -> None:
        """How far a send got: the label says it, without reading the outbox again (a
        message a few milliseconds: the window must not read 200 rows 200 times)."""
        self.progress = (done, total)
        self.progressed.emit(done, total)
        self.label.setText(self._sending_text())

    def _sending_text(self) -> str:
        done, total = self.progress or (0, 0)
        if total and done < total:
            return self.tr("Sending mail {done} of {total}…").format(done=done + 1, total=total)
        return self.tr("Sending mail…")

    def _end_task(self) -> None:
        if self.task is not None:
            self.task.wait()  # it signalled as its last act: this returns at once
            self.task.deleteLater()
            self.task = None
        self.progress = None

    def _done(self, outcome: RunOutcome) -> None:
        self._end_task()
        report = outcome.report
        errors = list(getattr(report, "errors", []) or [])
        self.error = sentence(errors[0]) if errors else ""
        self.last_outcome = outcome
        sent = int(getattr(report, "sent", 0) or 0)
        refused = list(getattr(report, "refused", []) or [])
        if sent or refused:
            text = self.tr("Mail sent: %Ln messages.", "", sent)
            if refused:  # a sentence each: who, and what the server said
                text += " " + " ".join(sentence(r) for r in refused)
            self.ctx.message.emit(text)
        self.ctx.changed.emit(set(SENT_TABLES))
        self.finished.emit(outcome)
        self._offer_previews(outcome.previews)
        if self._again:
            self.debounce.start()

    def _failed(self, reason: str) -> None:
        self._end_task()
        self.error = sentence(reason)
        self.ctx.changed.emit(set(SENT_TABLES))
        self.finished.emit(None)
        if self._again:
            self.debounce.start()

    def wait(self) -> None:
        """Let a running send or read end (before the window closes: never cut a thread
        off in the middle of a message)."""
        for task in (self.task, self.reader):
            if task is not None:
                self.window.statusBar().showMessage(self.tr("Finishing sending mail…"))
                task.wait()

    # --- previews --------------------------------------------------------------------------

    def _offer_previews(self, needs: list[Any]) -> None:
        """Show the first preview the service waits for (one at a time, never over another
        dialog of its own); "Not now" keeps it off until the app starts again."""
        if self.previewing is not None:
            return
        waiting = [n for n in needs if (n.series_id, str(n.kind)) not in self.not_now]
        if not waiting:
            return
        self.show_preview(waiting[0])

    def show_preview(self, need: Any) -> Any:
        from coalition.ui.mail.preview import PreviewDialog

        dialog = PreviewDialog(self.ctx, need, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.previewing = dialog

        def closed(result: int) -> None:
            self.previewing = None
            if result:
                self.send_now()
            else:
                self.not_now.add((need.series_id, str(need.kind)))

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    # --- the status label ------------------------------------------------------------------

    def counts(self) -> tuple[dict[str, int], Any]:
        """How many messages of each status the outbox holds, and when the last went."""
        with self.ctx.reading() as session:
            rows = mail_outbox.outbox(session)
            found: dict[str, int] = {}
            for row in rows:
                found[str(row.status)] = found.get(str(row.status), 0) + 1
            last = max((r.sent_at for r in rows if r.sent_at is not None), default=None)
        return found, last

    def refresh(self) -> None:
        """Say where the outbox stands."""
        if self.ctx.db.closed:
            return
        account, _ = self._account(password=False)
        counts, last_sent = self.counts()
        waiting = counts.get(MailStatus.QUEUED, 0) + counts.get(MailStatus.FAILED, 0)
        if account is None and not waiting:
            self.label.hide()
            return
        self.label.show()
        tips = []
        if account is not None:
            tips.append(
                self.tr("Through {host} as {address}").format(
                    host=account.smtp_host, address=account.from_address
                )
            )
            if not account.automatic:
                tips.append(self.tr("Sent by hand only: Mail → Send now."))
        error = ""
        if self.running():
            text = self._sending_text()
        elif account is None:
            text = self.tr("Mail: {n} waiting").format(n=waiting)
            tips.append(self.tr("No mail account yet: File → Mail account…"))
        elif self.error and waiting:
            reason = self.error.rstrip(".")
            if reason[1:2].islower():  # "The server…" reads on after a colon as "the server…"
                reason = reason[:1].lower() + reason[1:]
            text = self.tr("Mail waiting: {reason}").format(reason=reason)
            error = self.error
            tips.append(self.error)
            tips.append(self.tr("Tried again every minute, and after each change."))
        elif waiting:
            text = self.tr("Mail: {n} waiting").format(n=waiting)
        elif last_sent is not None:
            text = self.tr("Mail sent {time}").format(time=short_when(last_sent))
        else:
            text = self.tr("Mail: nothing to send")
        refused = counts.get(MailStatus.REFUSED, 0)
        if refused:
            tips.append(
                self.tr("%Ln recipients refused by the server: see the outbox.", "", refused)
            )
        tips.append(self.tr("Click to send now."))
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 360))
        self.label.setToolTip("\n".join(tips))
        self.label.setStyleSheet(error_style() if error else "")

    # --- replies ----------------------------------------------------------------------------

    def read_mailbox(self) -> bool:
        """Read the answers waiting in the mailbox, in a thread; False if there is none."""
        if self.reader is not None:
            return True
        account, _ = self._account(password=False)
        if account is None or not account.imap_host:
            self.ctx.error.emit(
                self.tr("No mailbox to read replies from: give its server in File → Mail account….")
            )
            return False
        db = self.ctx.db

        def work(progress: Any) -> list[Any]:
            with db.session() as session:
                task.secret = password = read_password(session)
                return list(mail_replies.read_mailbox(session, password or "", progress=progress))

        task = Task(work)
        task.succeeded.connect(self._read)
        task.failed.connect(self._read_failed)
        self.reader = task
        self.ctx.message.emit(
            self.tr("Reading replies from {host}…").format(host=account.imap_host)
        )
        task.start()
        return True

    def _end_read(self) -> None:
        if self.reader is not None:
            self.reader.wait()
            self.reader.deleteLater()
            self.reader = None

    def _read(self, outcomes: list[Any]) -> None:
        self._end_read()
        self.ctx.message.emit(replies_sentence(outcomes))
        self.ctx.changed.emit(set(READ_TABLES))
        self.repliesRead.emit(outcomes)

    def _read_failed(self, reason: str) -> None:
        self._end_read()
        self.ctx.error.emit(
            self.tr("The replies could not be read: {reason}").format(reason=sentence(reason))
        )

    def read_files(self, paths: list[Path]) -> list[Any]:
        """Read replies saved as files (dropped on the window, or chosen); says what it did."""
        outcomes: list[Any] = []
        try:
            with self.ctx.db.session() as session:
                for path in paths:
                    outcomes += mail_replies.read_file(session, path)
        except (CoalitionError, OSError) as exc:
            self.ctx.error.emit(
                self.tr("The reply could not be read: {reason}").format(reason=sentence(shown(exc)))
            )
            return outcomes
        self.ctx.message.emit(replies_sentence(outcomes))
        self.ctx.changed.emit(set(READ_TABLES))
        self.repliesRead.emit(outcomes)
        return outcomes

    def choose_reply_file(self) -> None:
        from coalition.ui.common import filedialogs

        chosen = filedialogs.open_file(
            self.window,
            self.ctx.settings,
            "replies",
            self.tr("Read a reply"),
            self.tr("Replies (*.eml *.ics);;All files (*)"),
        )
        if chosen:
            self.read_files([Path(chosen)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Close:
                self.wait()
            elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, QDragMoveEvent
            ):
                if _reply_paths(event):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                paths = _reply_paths(event)
                if paths:
                    event.acceptProposedAction()
                    self.read_files(paths)
                    return True
        return False

    # --- dialogs --------------------------------------------------------------------------

    def open_account(self) -> Any:
        from coalition.ui.mail.account_dialog import MailAccountDialog

        dialog = MailAccountDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _note: self._account_saved())
        dialog.open()
        return dialog

    def _account_saved(self) -> None:
        self.error = ""
        self.refresh()
        self.debounce.start()

    def open_outbox(self) -> Any:
        from coalition.ui.mail.outbox import OutboxDialog

        existing = getattr(self, "_outbox", None)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = OutboxDialog(self.ctx, self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._outbox = dialog
        dialog.destroyed.connect(lambda: setattr(self, "_outbox", None))
        dialog.show()
        return dialog

    def open_unmatched(self) -> Any:
        from coalition.ui.mail.preview import UnmatchedDialog

        dialog = UnmatchedDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def read_password(session: Any) -> str | None:
    """The account's password where it was kept: read in the worker thread, since a
    keyring woken for the first time takes a fifth of a second the window would feel."""
    account = mail_account.get_account(session)
    return mail_account.load_password(session, account) if account is not None else None


def _reply_paths(event: Any) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in REPLY_SUFFIXES]


def replies_sentence(outcomes: list[Any]) -> str:
    """What a read did, in a sentence: of one reply, what became of it and why; of
    several, how many of each ("2 answers recorded, 1 reply from an unknown address
    listed under Mail → Unmatched replies…")."""

    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # the context lupdate gives a bare tr(); n for the plural forms
        return QCoreApplication.translate("", text, disambiguation, n)

    if not outcomes:
        return tr("No new replies.")
    listed = tr("Mail → Unmatched replies…")
    if len(outcomes) == 1:
        kind = str(getattr(outcomes[0], "outcome", ""))
        note = str(getattr(outcomes[0], "note", "") or "").strip().rstrip(".")
        said = {
            "applied": tr("The answer is recorded"),
            "counter": tr("Another time is proposed: shown on the call, not applied"),
            "unknown sender": tr(
                "The reply comes from an address not in the directory: listed under {where}"
            ),
            "ignored": tr("The reply was set aside, and listed under {where}"),
        }.get(kind, tr("The message was read"))
        text = said.replace("{where}", listed)
        return sentence(f"{text} ({note})" if note else text)
    counts: dict[str, int] = {}
    for outcome in outcomes:
        key = str(getattr(outcome, "outcome", ""))
        counts[key] = counts.get(key, 0) + 1
    parts = []
    if counts.get("applied"):
        parts.append(tr("%Ln answers recorded", "", counts["applied"]))
    if counts.get("counter"):
        parts.append(tr("%Ln proposals of another time shown on the call", "", counts["counter"]))
    aside = counts.get("unknown sender", 0) + counts.get("ignored", 0)
    if aside:
        parts.append(
            tr("%Ln replies not applied, listed under {where}", "", aside).replace(
                "{where}", listed
            )
        )
    return sentence(", ".join(parts))


def install_mail(window: QMainWindow, ctx: AppContext) -> MailSender:
    """The sender, its status label, File → Mail account… and the Mail menu (before Help)."""
    existing = getattr(window, "mail_sender", None)
    if isinstance(existing, MailSender):
        return existing
    sender = MailSender(window, ctx)
    bar = window.menuBar()
    # By the menus' names, not their titles: those are in the person's language.
    menus = {a.menu().objectName(): a for a in bar.actions() if a.menu() is not None}
    file_action = menus.get("fileMenu")
    file_menu = file_action.menu() if file_action is not None else None
    if isinstance(file_menu, QMenu):
        actions = file_menu.actions()
        after = next((a for a in actions if a.objectName() == "subscriptionFeed"), None)
        if after is None:
            after = next((a for a in actions if a.objectName() == "exportCalendar"), None)
        at = actions.index(after) + 1 if after in actions else len(actions)
        if at < len(actions):
            file_menu.insertAction(actions[at], sender.account_action)
        else:
            file_menu.addAction(sender.account_action)
    mail_menu = QMenu(QCoreApplication.translate("MailSender", "&Mail"), window)
    mail_menu.setObjectName("mailMenu")
    mail_menu.addAction(sender.outbox_action)
    mail_menu.addAction(sender.send_action)
    mail_menu.addSeparator()
    mail_menu.addAction(sender.read_action)
    mail_menu.addAction(sender.read_file_action)
    mail_menu.addAction(sender.unmatched_action)
    mail_menu.addSeparator()
    mail_menu.addAction(sender.account_action)
    help_action = menus.get("helpMenu")
    if help_action is not None:
        bar.insertMenu(help_action, mail_menu)
    else:
        bar.addMenu(mail_menu)
    window.mail_sender = sender  # type: ignore[attr-defined]
    return sender


def install_mail_soon(window: QMainWindow, ctx: AppContext) -> None:
    """:func:`install_mail` on the next turn of the event loop (after the first paint),
    after the calendar's entries (File → Mail account… goes after them)."""

    def install() -> None:
        if not ctx.db.closed:  # not a database closed meanwhile (a key change, a restore)
            install_mail(window, ctx)

    QTimer.singleShot(0, window, lambda: QTimer.singleShot(0, window, install))
