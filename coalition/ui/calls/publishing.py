"""The call schedule kept current where participants subscribe, from the window.

:class:`CalendarPublisher` brings the subscription feed and the shared CalDAV calendar
(:mod:`coalition.calls.caldav_publish`) up to date in a worker thread a few seconds
after each change to the calls, campaigns or people, and again every minute while the
calendar's server cannot be reached: changes made offline wait and go once it is back.
Nothing of it ever blocks the window; its state is one label in the status bar
("Calendar published 10:42", "Calendar waiting"), the reason in its tooltip, as a
sentence.  File → Shared calendar (CalDAV)… and File → Subscription feed… set them up.

:func:`install_publishing_soon` puts all of it into a main window once its database is open.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalition.calls import caldav_publish as caldav_out
from coalition.calls import calendar_outlets as outlets
from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.ui.common import filedialogs, formatting
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import sentence

CHANGE_DEBOUNCE_MS = 3000  # after a burst of changes, one publish
RETRY_MS = 60 * 1000  # while the calendar's server cannot be reached
FIRST_AFTER_MS = 5000  # once the window has settled: what waited since the last run goes
# The tables whose changes can change the published schedule.
SCHEDULE_TABLES = frozenset(
    {"call_series", "call_occurrence", "campaign", "person", "person_email"}
)


class _StatusLabel(QLabel):
    """The status-bar label; a click publishes now."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class _Worker(QThread):
    """Runs :func:`~coalition.calls.caldav_publish.bring_up_to_date` off the UI thread."""

    done = Signal(object)  # the Outcome

    def __init__(self, ctx: AppContext, password: str | None) -> None:
        super().__init__()
        self._db = ctx.db
        self._password = password

    def run(self) -> None:
        try:
            outcome = caldav_out.bring_up_to_date(self._db, self._password)
        except Exception as exc:  # never a traceback in the window: a sentence
            outcome = caldav_out.Outcome(caldav_error=f"publishing stopped on an error ({exc})")
            if self._password:
                outcome.caldav_error = outcome.caldav_error.replace(self._password, "***")
        self.done.emit(outcome)


class CalendarPublisher(QObject):
    """Keeps the feed and the shared calendar current while the window is open."""

    finished = Signal(object)  # the Outcome of each run

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.worker: _Worker | None = None
        self._again = False
        self.caldav_error = ""
        self.feed_error = ""
        self.label = _StatusLabel()
        self.label.setObjectName("calendarStatus")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.clicked.connect(self.bring_up_to_date)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.label)
        self.caldav_action = QAction(self.tr("Shared calen&dar (CalDAV)…"), window)
        self.caldav_action.setObjectName("sharedCalendar")
        self.caldav_action.setStatusTip(
            self.tr("Publish the calls to a calendar participants subscribe to, kept current")
        )
        self.caldav_action.triggered.connect(self.open_caldav)
        self.feed_action = QAction(self.tr("Subscription &feed…"), window)
        self.feed_action.setObjectName("subscriptionFeed")
        self.feed_action.setStatusTip(
            self.tr("Keep an .ics file of the calls, rewritten after every change")
        )
        self.feed_action.triggered.connect(self.open_feed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(CHANGE_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.bring_up_to_date)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.bring_up_to_date)
        ctx.changed.connect(self._changed)
        window.installEventFilter(self)
        self.refresh()
        QTimer.singleShot(FIRST_AFTER_MS, self, self.bring_up_to_date)

    # --- running ------------------------------------------------------------------------

    def _changed(self, tables: object) -> None:
        if not isinstance(tables, (set, frozenset)) or tables & SCHEDULE_TABLES:
            self.debounce.start()

    def running(self) -> bool:
        return self.worker is not None

    def _outlets(self) -> tuple[object | None, object | None]:
        with self.ctx.reading() as session:
            caldav = outlets.outlet(session, outlets.CALDAV)
            feed = outlets.outlet(session, outlets.FEED)
            for found in (caldav, feed):
                if found is not None:
                    session.expunge(found)
        return caldav, feed

    def _password(self) -> str | None:
        with self.ctx.reading() as session:
            current = outlets.outlet(session, outlets.CALDAV)
            if current is None or not current.username:
                return None
            url, user = current.location, current.username
        return caldav_out.password_for(url, user)

    def bring_up_to_date(self) -> None:
        """Start a run in the worker thread (or one more after the one running)."""
        if self.ctx.db.closed:
            return
        if self.running():
            self._again = True
            return
        self.debounce.stop()
        self.retry.stop()
        caldav, feed = self._outlets()
        if caldav is None and feed is None:
            self.refresh()
            return
        self._again = False
        worker = _Worker(self.ctx, self._password())
        worker.done.connect(self._done)
        self.worker = worker
        self.refresh()
        worker.start()

    def _done(self, outcome: caldav_out.Outcome) -> None:
        if self.worker is not None:
            self.worker.wait()  # it signalled as its last act: this returns at once
            self.worker.deleteLater()
            self.worker = None
        self.caldav_error = sentence(outcome.caldav_error) if outcome.caldav_error else ""
        self.feed_error = sentence(outcome.feed_error) if outcome.feed_error else ""
        if outcome.caldav_error:
            self.retry.start()  # offline: what waits goes once the server is back
        if outcome.report is not None and (outcome.report.put or outcome.report.deleted):
            self.ctx.message.emit(outcome.report.sentence())
        self.refresh()
        self.finished.emit(outcome)
        if self._again:
            self.debounce.start()

    def wait(self) -> None:
        """Let a running publish end (before the window closes: never cut a thread off)."""
        if self.worker is not None:
            self.window.statusBar().showMessage(self.tr("Finishing publishing the calendar…"))
            self.worker.wait()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.wait()
        return False

    # --- the status label ---------------------------------------------------------------

    @staticmethod
    def _short(at: dt.datetime | None) -> str:
        if at is None:
            return ""
        local = at.astimezone()
        if local.date() == clock.local_now().date():
            return formatting.time(local)
        return f"{formatting.day_month(local.date())} {formatting.time(local)}"

    def refresh(self) -> None:
        """Say where the calendar and the feed stand."""
        if self.ctx.db.closed:
            return
        with self.ctx.reading() as session:
            caldav = outlets.outlet(session, outlets.CALDAV)
            feed = outlets.outlet(session, outlets.FEED)
            state = [
                (o.location, o.published_at, o.error) if o is not None else None
                for o in (caldav, feed)
            ]
        if state == [None, None]:
            self.label.hide()
            return
        self.label.show()
        tips: list[str] = []
        error = ""
        if state[0] is not None:
            url, at, stored_error = state[0]
            error = self.caldav_error or (sentence(stored_error) if stored_error else "")
            tips.append(self.tr("Shared calendar: {url}").format(url=url))
            if self.running():
                text = self.tr("Publishing the calendar…")
            elif error:
                text = self.tr("Calendar waiting")
                tips.append(error)
                tips.append(self.tr("Tried again every minute, and after each change."))
            elif at is not None:
                text = self.tr("Calendar published {time}").format(time=self._short(at))
            else:
                text = self.tr("Calendar not published yet")
        if state[1] is not None:
            path, at, stored_error = state[1]
            feed_error = self.feed_error or (sentence(stored_error) if stored_error else "")
            tips.append(self.tr("Subscription feed: {path}").format(path=path))
            if feed_error:
                tips.append(feed_error)
                error = error or feed_error
            if state[0] is None:
                if self.running():
                    text = self.tr("Writing the feed…")
                elif feed_error:
                    text = self.tr("Feed not written")
                else:
                    text = self.tr("Feed written {time}").format(time=self._short(at))
        tips.append(self.tr("Click to publish now."))
        self.label.setText(text)
        self.label.setToolTip("\n".join(tips))
        self.label.setStyleSheet(error_style() if error and not self.running() else "")

    # --- setting up ---------------------------------------------------------------------

    def open_caldav(self, _checked: bool = False) -> CalDavDialog:
        dialog = CalDavDialog(self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_feed(self, _checked: bool = False) -> FeedDialog:
        dialog = FeedDialog(self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def outlets_changed(self) -> None:
        self.caldav_error = self.feed_error = ""
        self.refresh()
        self.bring_up_to_date()


class CalDavDialog(QDialog):
    """The shared calendar: its address, the user and the password (kept in the keyring)."""

    def __init__(self, publisher: CalendarPublisher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.publisher = publisher
        self.setObjectName("calDavDialog")
        self.setWindowTitle(self.tr("Shared calendar (CalDAV)"))
        with publisher.ctx.reading() as session:
            current = outlets.outlet(session, outlets.CALDAV)
            url, user = (current.location, current.username) if current else ("", "")
        intro = QLabel(
            self.tr(
                "The calls, one-off events and campaign deadlines are published to this "
                "calendar and kept current after every change; participants subscribe to "
                "it once. Nextcloud, Radicale, Fastmail and iCloud show its address."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(url)
        self.url.setObjectName("calDavUrl")
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/calendars/…/")
        self.user = QLineEdit(user)
        self.user.setObjectName("calDavUser")
        self.password = QLineEdit()
        self.password.setObjectName("calDavPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if url:
            self.password.setPlaceholderText(self.tr("Unchanged"))
        self.problem = QLabel()
        self.problem.setObjectName("calDavProblem")
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Calendar &address:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = buttons.addButton(
            self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button.setObjectName("calDavPublish")
        self.stop_button = QPushButton(self.tr("&Stop publishing"))
        self.stop_button.setObjectName("calDavStop")
        self.stop_button.setEnabled(bool(url))
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.stop_button.clicked.connect(self.stop)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _say(self, text: str) -> None:
        self.problem.setText(sentence(text))
        self.problem.show()

    def accept(self) -> None:
        user = self.user.text().strip()
        try:
            url = outlets.calendar_url(self.url.text())
            if user and not self.password.text() and caldav_out.password_for(url, user) is None:
                raise CoalitionError(f"the calendar needs {user}'s password")
            with self.publisher.ctx.db.session() as session:
                outlets.set_caldav(session, url, user)
        except CoalitionError as exc:
            self._say(shown(exc))
            return
        if user and self.password.text():
            kept = caldav_out.keep_password(url, user, self.password.text())
            if not kept:
                self.publisher.ctx.message.emit(
                    self.tr("No keyring on this computer: the password is kept until you quit.")
                )
        super().accept()
        self.publisher.outlets_changed()

    def stop(self) -> None:
        from coalition.store import keychain

        with self.publisher.ctx.db.session() as session:
            gone = outlets.forget_caldav(session)
        if gone is not None:
            keychain.forget(outlets.keyring_name(gone.location, gone.username))
            self.publisher.ctx.message.emit(
                self.tr("The calls are no longer published to {url}; what is there stays.").format(
                    url=gone.location
                )
            )
        super().accept()
        self.publisher.outlets_changed()


class FeedDialog(QDialog):
    """The subscription feed: the file the schedule is kept in, or none."""

    def __init__(self, publisher: CalendarPublisher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.publisher = publisher
        self.setObjectName("feedDialog")
        self.setWindowTitle(self.tr("Subscription feed"))
        with publisher.ctx.reading() as session:
            current = outlets.outlet(session, outlets.FEED)
            path = current.location if current else ""
        intro = QLabel(
            self.tr(
                "An .ics file of the calls, one-off events and campaign deadlines, rewritten "
                "whole after every change. Serve it from a web server, or keep it in a "
                "shared folder: participants subscribe to it, read-only."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(path)
        self.path.setObjectName("feedPath")
        self.path.setPlaceholderText(str(Path(filedialogs.documents()) / "coalition-calls.ics"))
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.problem = QLabel()
        self.problem.setObjectName("feedProblem")
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        keep = buttons.addButton(self.tr("&Keep the feed"), QDialogButtonBox.ButtonRole.AcceptRole)
        keep.setObjectName("feedKeep")
        self.off_button = QPushButton(self.tr("&Turn off"))
        self.off_button.setObjectName("feedOff")
        self.off_button.setEnabled(bool(path))
        buttons.addButton(self.off_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.off_button.clicked.connect(self.turn_off)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("&File:")))
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def choose(self) -> None:
        chosen = filedialogs.save_file(
            self,
            self.publisher.ctx.settings,
            "feed",
            self.tr("Keep the subscription feed in"),
            self.path.text() or "coalition-calls.ics",
            self.tr("iCalendar files (*.ics)"),
        )
        if chosen:
            self.path.setText(chosen)

    def accept(self) -> None:
        if not self.path.text().strip():
            self.problem.setText(self.tr("Choose the file to keep the feed in."))
            self.problem.show()
            return
        try:
            with self.publisher.ctx.db.session() as session:
                outlets.set_feed(session, self.path.text().strip())
        except CoalitionError as exc:
            self.problem.setText(sentence(shown(exc)))
            self.problem.show()
            return
        super().accept()
        self.publisher.outlets_changed()

    def turn_off(self) -> None:
        with self.publisher.ctx.db.session() as session:
            path = outlets.feed_off(session)
        if path:
            self.publisher.ctx.message.emit(
                self.tr("The feed at {path} is no longer rewritten; the file stays.").format(
                    path=path
                )
            )
        super().accept()
        self.publisher.outlets_changed()


def install_publishing(window: QMainWindow, ctx: AppContext) -> CalendarPublisher:
    """The publisher, its status label, and its two entries in the File menu after the
    calendar's export."""
    existing = getattr(window, "calendar_publisher", None)
    if isinstance(existing, CalendarPublisher):
        return existing
    publisher = CalendarPublisher(window, ctx)
    file_menu = next(
        (
            a.menu()
            for a in window.menuBar().actions()
            if isinstance(a.menu(), QMenu) and a.menu().objectName() == "fileMenu"
        ),
        None,
    )
    if isinstance(file_menu, QMenu):
        actions = file_menu.actions()
        export = next((a for a in actions if a.objectName() == "exportCalendar"), None)
        at = actions.index(export) + 1 if export in actions else len(actions)
        if at < len(actions):
            file_menu.insertActions(actions[at], [publisher.caldav_action, publisher.feed_action])
        else:
            file_menu.addActions([publisher.caldav_action, publisher.feed_action])
    window.calendar_publisher = publisher  # type: ignore[attr-defined]
    return publisher


def install_publishing_soon(window: QMainWindow, ctx: AppContext) -> None:
    """:func:`install_publishing` on the next turn of the event loop (after the first paint)."""

    def install() -> None:
        if not ctx.db.closed:  # not a database closed meanwhile (a key change, a restore)
            install_publishing(window, ctx)

    QTimer.singleShot(0, window, install)
