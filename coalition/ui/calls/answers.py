"""Who answered a call's invitation: accepted, declined, tentative, or not yet, with
what they wrote and any other time they proposed (a COUNTER: shown, never applied),
and the two things the organizer does around it: read the replies waiting in the
mailbox (in a thread: a slow server never holds the window) and mark the minutes final
(after which they go to the participants).

The Answers tab of :class:`~coalition.ui.calls.panel.CallPanel`; a week whose agenda is
not prepared yet shows the same list on its page (the next call is usually such a week).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
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
from sqlalchemy.orm import Session

from coalition.calls.series import Call
from coalition.mail import account as mail_account
from coalition.mail import outbox as mail_outbox
from coalition.mail import replies as mail_replies
from coalition.store.models.mail import Partstat
from coalition.ui.calls.callview import CallView
from coalition.ui.common import formatting
from coalition.ui.common.background import Task
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import attempt
from coalition.ui.common.fieldproblems import sentence
from coalition.ui.common.widgets import muted

ANSWER_COLORS = {
    Partstat.ACCEPTED: "#1b5e20",
    Partstat.DECLINED: "#b00020",
    Partstat.TENTATIVE: "#8a4b00",
    Partstat.NEEDS_ACTION: "#6b6b6b",
}
ORDER = (Partstat.ACCEPTED, Partstat.TENTATIVE, Partstat.DECLINED, Partstat.NEEDS_ACTION)
PERSON_ROLE = Qt.ItemDataRole.UserRole


def read_answers(session: Session, call: Call) -> list[Any]:
    """The answers for ``call``: its own occurrence's, or, for a week not prepared yet,
    the series' answers for that day."""
    if call.occurrence_id is not None:
        return list(mail_replies.answers(session, call.occurrence_id))
    if call.series_id is not None and call.original_date is not None:
        return list(mail_replies.answers(session, series_id=call.series_id, day=call.original_date))
    return []


# What reading a COUNTER records: "2026-12-10 18:00 (America/Los_Angeles): a comment",
# the end of the time proposed after a dash.
_PROPOSED = re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})[ T](?P<time>\d{2}:\d{2})\S*(?: \((?P<zone>[^)]+)\))?"
    r"(?:: (?P<comment>.*))?$",
    re.DOTALL,
)


def counter_text(counter: str) -> str:
    """A COUNTER as said: "proposes Thursday 6:00 PM" (the time proposed, in the
    locale's words and the call's zone), with what was written beside it; what is not a
    time is said as it came."""

    proposes = QCoreApplication.translate("AnswersList", "proposes {when}")
    text = counter.strip()
    found = _PROPOSED.match(text)
    if found is None:
        return proposes.format(when=text)
    try:
        day = dt.date.fromisoformat(found["day"])
        at = dt.time.fromisoformat(found["time"])
    except ValueError:
        return proposes.format(when=text)
    said = proposes.format(when=f"{formatting.weekday(day)} {formatting.time(at)}")
    if found["comment"]:
        said += f": “{found['comment'].strip()}”"
    return said


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A bare tr(), as lupdate reads it (context ""); ``n`` for the plural forms."""
    return QCoreApplication.translate("", text, disambiguation, n)


class AnswersList(QWidget):
    """A summary line and one row a participant: name, answer, what they wrote, when."""

    personOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer_names = {
            Partstat.ACCEPTED: self.tr("Accepted"),
            Partstat.DECLINED: self.tr("Declined"),
            Partstat.TENTATIVE: self.tr("Tentative"),
            Partstat.NEEDS_ACTION: self.tr("Not answered"),
        }
        self.summary = QLabel()
        self.summary.setObjectName("answersSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("answersList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [self.tr("Participant"), self.tr("Answer"), self.tr("Note"), self.tr("Answered")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 220)
        self.tree.setToolTip(self.tr("Double-click opens the person"))
        self.tree.itemDoubleClicked.connect(
            lambda item, _column: self.personOpened.emit(item.data(0, PERSON_ROLE))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def fill(self, rows: list[Any]) -> tuple[int, int]:
        """Show ``rows``; returns (answered, invited)."""
        self.tree.clear()
        counts = {state: 0 for state in ORDER}
        by_name = formatting.name_key()
        ranked = sorted(rows, key=lambda r: (ORDER.index(Partstat(r.partstat)), by_name(r.name)))
        for row in ranked:
            state = Partstat(row.partstat)
            counts[state] += 1
            notes = []
            if row.counter:
                notes.append(counter_text(row.counter))
            if row.comment:
                notes.append(f"“{row.comment}”")
            when = formatting.date_time(row.answered_at) if row.answered_at else ""
            item = QTreeWidgetItem([row.name, self.answer_names[state], " · ".join(notes), when])
            item.setData(0, PERSON_ROLE, row.person_id)
            item.setToolTip(0, row.email)
            item.setToolTip(2, " · ".join(notes))
            item.setForeground(1, QBrush(QColor(ANSWER_COLORS[state])))
            self.tree.addTopLevelItem(item)
        answered = len(rows) - counts[Partstat.NEEDS_ACTION]
        if not rows:
            self.summary.setText(self.tr("Nobody is invited to this call yet."))
        else:
            parts = [
                self.tr("{n} accepted").format(n=counts[Partstat.ACCEPTED]),
                self.tr("{n} tentative").format(n=counts[Partstat.TENTATIVE]),
                self.tr("{n} declined").format(n=counts[Partstat.DECLINED]),
                self.tr("{n} not answered").format(n=counts[Partstat.NEEDS_ACTION]),
            ]
            counters = [r for r in rows if r.counter]
            text = " · ".join(parts)
            if counters:
                text += " — " + "; ".join(f"{r.name} {counter_text(r.counter)}" for r in counters)
            self.summary.setText(text)
        return answered, len(rows)

    def rows_shown(self) -> list[tuple[str, str, str]]:
        """(name, answer, note) per row, as shown: for tests and for reading aloud."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            assert item is not None  # index < topLevelItemCount()
            found.append((item.text(0), item.text(1), item.text(2)))
        return found


class AnswersTab:
    """The Answers tab, and Mark minutes final, of the call panel (a part of it, kept
    beside it by idea, like :class:`~coalition.ui.calls.attendance.AttendanceTab`)."""

    ctx: AppContext
    call: Call | None
    tabs: QTabWidget
    openRequested: SignalInstance
    tr: Callable[..., str]  # the panel's (a QWidget's)
    answers_tab_index = 4

    def _build_answers_tab(self) -> QWidget:
        self.answers = AnswersList()
        self.answers.personOpened.connect(lambda pid: self.openRequested.emit("person", pid))
        self.early_answers = AnswersList()  # on the page of a week not prepared yet
        self.early_answers.personOpened.connect(lambda pid: self.openRequested.emit("person", pid))
        self.read_replies_button = QPushButton(
            QCoreApplication.translate("AnswersTab", "Read &replies")
        )
        self.read_replies_button.setObjectName("readReplies")
        self.read_replies_button.setToolTip(
            QCoreApplication.translate(
                "AnswersTab",
                "Read the answers waiting in the mailbox (or drop a saved .eml or .ics "
                "on the window)",
            )
        )
        self.read_replies_button.clicked.connect(self.read_replies)
        self.replies_note = muted()
        self.replies_note.setObjectName("repliesNote")
        self._reading: Task | None = None
        row = QHBoxLayout()
        row.addWidget(self.read_replies_button)
        row.addWidget(self.replies_note, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.answers, 1)
        layout.addLayout(row)
        return tab

    def _make_minutes_final_button(self) -> QPushButton:
        self.minutes_final_button = QPushButton(
            QCoreApplication.translate("AnswersTab", "Mark minutes final")
        )
        self.minutes_final_button.setObjectName("minutesFinal")
        self.minutes_final_button.clicked.connect(self.mark_minutes_final)
        return self.minutes_final_button

    def _show_answers(self, view: CallView) -> None:
        rows = view.answers or []
        answered, invited = self.answers.fill(rows)
        self.early_answers.fill(rows)
        self.early_answers.setVisible(bool(rows))
        self.tabs.setTabText(
            self.answers_tab_index,
            tr("Answers ({answered} of {invited})").format(answered=answered, invited=invited)
            if invited
            else tr("Answers"),
        )
        button = self.minutes_final_button
        final = view.minutes_final_at
        held = view.call.occurrence_id is not None and bool(view.items)
        button.setEnabled(held and final is None)
        if final is not None:
            button.setText(tr("Minutes final"))
            button.setToolTip(
                tr("Marked final on {date}: the minutes go to the participants.").format(
                    date=formatting.date_time(final)
                )
            )
        else:
            button.setText(tr("Mark minutes final"))
            button.setToolTip(
                tr("Done: send the minutes and the new action items to everyone invited")
                if held
                else tr("A call with minutes: prepare its agenda and take them first")
            )

    def mark_minutes_final(self) -> None:
        call = self.call
        if call is None or call.occurrence_id is None:
            return
        attempt(
            self.ctx,
            mail_outbox.mark_minutes_final,
            call.occurrence_id,
            label=tr("Mark the minutes of {day} final").format(
                day=formatting.date(call.local_start().date())
            ),
            done=tr("Minutes marked final: they go to the participants. Undo with Ctrl+Z."),
        )

    # --- reading replies --------------------------------------------------------------------

    def reading_replies(self) -> bool:
        return self._reading is not None

    def read_replies(self) -> bool:
        """Read the mailbox in a thread; False when there is no mailbox to read."""
        if self._reading is not None:
            return True
        with self.ctx.reading() as session:
            account = mail_account.get_account(session)
            if account is None or not account.imap_host:
                self.replies_note.setText(
                    tr("No mailbox to read: give its server in File → Mail account….")
                )
                return False
            host = account.imap_host
        db = self.ctx.db

        def work(progress: Any) -> list[Any]:
            with db.session() as session:
                # The password is read here, in the thread: a keyring woken for the
                # first time takes long enough for the window to feel it.
                found = mail_account.get_account(session)
                password = mail_account.load_password(session, found) if found else None
                task.secret = password
                return list(mail_replies.read_mailbox(session, password or "", progress=progress))

        task = Task(work)
        task.succeeded.connect(self._replies_read)
        task.failed.connect(self._replies_failed)
        self._reading = task
        self.read_replies_button.setEnabled(False)
        self.replies_note.setText(tr("Reading replies from {host}…").format(host=host))
        task.start()
        return True

    def _end_reading(self) -> None:
        if self._reading is not None:
            self._reading.wait()
            self._reading.deleteLater()
            self._reading = None
        self.read_replies_button.setEnabled(True)

    def _replies_read(self, outcomes: list[Any]) -> None:
        self._end_reading()
        applied = sum(1 for o in outcomes if o.outcome == "applied")
        other = len(outcomes) - applied
        if not outcomes:
            text = tr("No new replies.")
        else:
            text = tr("%Ln answers recorded", "", applied)
            if other:
                text += tr("; %Ln not applied (Mail → Unmatched replies…)", "", other)
            text += "."
        self.replies_note.setText(text)
        self.ctx.message.emit(text)
        self.ctx.changed.emit({"incoming_mail", "rsvp"})

    def _replies_failed(self, reason: str) -> None:
        self._end_reading()
        self.replies_note.setText(
            QCoreApplication.translate(
                "AnswersTab", "The replies could not be read: {reason}"
            ).format(reason=sentence(reason))
        )
