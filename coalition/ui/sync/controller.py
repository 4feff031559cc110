"""Sharing through the coalition server, in the window.

- :class:`ServerDialog`: Settings → Coalition server (host, port, database, user, TLS
  mode), "Test connection", and the password, which goes to the keyring and nowhere
  else; without a keyring it is kept in memory until the app quits, and the dialog
  says so.
- :class:`SyncController`: the Sync menu, the status-bar label ("Synced 10:42", "3 changes
  waiting", "Offline", "2 conflicts"), a sync in a worker thread with its progress, and
  an automatic sync every few minutes while a server is set up and its password known.
  An automatic sync never opens a dialog: what went wrong is in the label's tooltip.
- :class:`ConflictsDialog`: what two organizers changed alike, with both values, who
  and when, what was kept and why; keep the decision or take the other one (undoable).

:func:`install_sync` puts all of it into a main window once its database is open.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from coalition import keychain
from coalition.errors import CoalitionError
from coalition.store.base import Base
from coalition.store.models import SyncConflict
from coalition.sync.conflicts import ADDED, accept, choose_other, conflicts, other_choice
from coalition.sync.connection import (
    SSL_MODES,
    ServerProfile,
    load_profile,
    password_for,
    save_profile,
    test_connection,
)
from coalition.sync.ops import Progress
from coalition.sync.run import SyncReport, status, sync
from coalition.ui import formatting
from coalition.ui import editing
from coalition.ui.context import AppContext
from coalition.ui.listscreen import ERROR_STYLE, FieldProblems, ask_to_confirm, sentence
from coalition.ui.widgets import MUTED_STYLE, bold, muted

log = logging.getLogger(__name__)

SYNC_EVERY_MS = 5 * 60 * 1000  # the automatic sync, while a server is set up
FIRST_SYNC_AFTER_MS = 20 * 1000  # the first one, once the window has settled
UNSAVED_RETRY_MS = 30 * 1000  # an automatic sync put off while an editor holds unsaved edits
STATUS_DEBOUNCE_MS = 250  # counting what waits after a burst of changes, once
STATUS_LABEL_WIDTH = 300  # the status-bar label's widest; longer texts are elided
SYNC_SHORTCUT = "F5"
OK_STYLE = "color: #1b5e20;"
CONFLICT_STYLE = "color: #a04000; font-weight: bold;"

SSL_CHOICES: dict[str, str] = {
    "disable": "disable — no TLS (a trusted network only)",
    "allow": "allow — TLS only if the server insists",
    "prefer": "prefer — TLS when the server offers it",
    "require": "require — always TLS, certificate not checked",
    "verify-ca": "verify-ca — always TLS, certificate from a trusted authority",
    "verify-full": "verify-full — always TLS, certificate checked against the host",
}


def no_keyring_sentence() -> str:
    return (
        f"{sentence(keychain.unavailable_reason())} The password is kept only until you "
        "quit Coalition, and asked for again next time."
    )


def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _rich_tip(text: str) -> str:
    """A tooltip that wraps (plain-text tooltips run off the screen)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class ElidedLabel(QLabel):
    """One line of text, cut with "…" to the width it is given; the whole in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, widest: int = 420):
        super().__init__(parent)
        self._full = ""
        self._widest = widest
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def set_full_text(self, text: str, tip: str | None = None) -> None:
        self._full = text
        self.setToolTip(_rich_tip(tip if tip is not None else text) if (tip or text) else "")
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def _flat(self) -> str:
        return "  ↵ ".join(line.strip() for line in self._full.strip().splitlines()) or self._full

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 40)
        super().setText(self.fontMetrics().elidedText(self._flat(), Qt.TextElideMode.ElideRight, width))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self._flat()) + 4
        return QSize(min(wanted, self._widest), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class ClickableLabel(ElidedLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


# --- work off the UI thread -----------------------------------------------------------------


class Job(QThread):
    """Runs ``work(progress)`` off the UI thread; says how it ended in one signal.

    A refusal (:class:`CoalitionError`) arrives as its sentence; anything else as a
    sentence too (its details go to the log), never as a traceback.  The password is
    taken out of every text.
    """

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Progress], Any], secret: str | None = None):
        super().__init__()
        self._work = work
        self._secret = secret

    def run(self) -> None:
        try:
            result = self._work(lambda stage, done, total: self.progressed.emit(stage, done, total))
        except CoalitionError as exc:
            self.failed.emit(_scrub(str(exc), self._secret))
        except Exception as exc:  # noqa: BLE001 - said in one sentence, details logged
            log.error("the sync stopped: %s", _scrub(repr(exc), self._secret))
            self.failed.emit(_scrub(f"the sync stopped on an unexpected error ({exc})", self._secret))
        else:
            self.succeeded.emit(result)


# --- Settings → Coalition server ----------------------------------------------------------


def read_profile(
    host: str, port: str, database: str, user: str, sslmode: str
) -> tuple[ServerProfile | None, dict[str, str]]:
    """The profile typed in, or what is wrong with it, by field."""
    problems: dict[str, str] = {}
    host, database, user = host.strip(), database.strip() or "coalition", user.strip()
    if not host:
        problems["host"] = "the server's host name or address is needed"
    elif any(c.isspace() for c in host) or "/" in host:
        problems["host"] = "a host name has no spaces or slashes: db.example.org, 203.0.113.5"
    number = 0
    try:
        number = int(port.strip() or "5432")
    except ValueError:
        problems["port"] = "the port is a number (usually 5432)"
    else:
        if not 1 <= number <= 65535:
            problems["port"] = "the port is a number from 1 to 65535 (usually 5432)"
    if not user:
        problems["user"] = "the user name the server's administrator made for you is needed"
    if sslmode not in SSL_MODES:
        problems["sslmode"] = f"the TLS mode is one of {', '.join(SSL_MODES)}"
    if problems:
        return None, problems
    return ServerProfile(host=host, port=number, database=database, user=user, sslmode=sslmode), {}


class ServerDialog(FieldProblems, editing.GuardedDialog):
    """Where the coalition's server is, how to reach it, and its password."""

    saved = Signal()  # the profile was saved or forgotten

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Coalition server")
        self.setMinimumWidth(520)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._job: Job | None = None
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        with ctx.reading() as session:
            self.profile = load_profile(session)
        current = self.profile or ServerProfile()

        intro = muted(
            "The coalition's PostgreSQL server, which every organizer's laptop syncs with. "
            "Its administrator gives you these details."
        )
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText("db.example.org")
        self.port = QLineEdit(str(current.port))
        self.port.setPlaceholderText("5432")
        self.port.setMaximumWidth(90)
        self.database = QLineEdit(current.database)
        self.database.setPlaceholderText("coalition")
        self.user = QLineEdit(current.user)
        self.user.setPlaceholderText("your user name on the server")
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(SSL_CHOICES.get(mode, mode), mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(current.sslmode)))
        self.sslmode.setToolTip(
            "How the connection is encrypted (libpq's sslmode). Over the internet, use "
            "verify-full with the server's certificate authority in ~/.postgresql/root.crt."
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("serverPassword")
        stored = self.profile is not None and self._stored_password(self.profile) is not None
        self.password.setPlaceholderText("kept already: type to change it" if stored else "")
        if keychain.available():
            note = "The password is kept in this computer's keyring, nowhere else."
        else:
            note = no_keyring_sentence()
        self.keyring_note = muted(note)
        self.keyring_note.setObjectName("keyringNote")

        self.test_button = QPushButton("&Test connection")
        self.test_button.clicked.connect(self.test_connection)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an indicator that only says "working"
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.busy)
        test_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Host", self.field_box("host", self.host))
        form.addRow("&Port", self.field_box("port", self.port))
        form.addRow("&Database", self.field_box("database", self.database))
        form.addRow("&User", self.field_box("user", self.user))
        form.addRow("T&LS", self.field_box("sslmode", self.sslmode))
        form.addRow("Pass&word", self.field_box("password", self.password))
        form.addRow("", self.keyring_note)
        form.addRow("", test_row)
        self.lay_out_form(form, "Save")
        # Wrapped text outside the form: a form row gives it a line's height and cuts it.
        body = self.layout()
        assert isinstance(body, QVBoxLayout)
        body.insertWidget(0, intro)
        body.insertWidget(body.indexOf(self.buttons), self.test_result)
        self.forget_button = self.buttons.addButton("&Forget server", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.forget_button.setToolTip("Stop syncing: remove the server's details and its password from this computer")
        self.forget_button.setEnabled(self.profile is not None)
        self.forget_button.clicked.connect(self.forget_server)
        for edit in (self.host, self.port, self.database, self.user, self.password):
            edit.textEdited.connect(lambda _t: self.test_result.hide())
        self.remember_input()  # Escape or closing asks before throwing typed input away

    @staticmethod
    def _stored_password(profile: ServerProfile) -> str | None:
        try:
            return keychain.get(profile.keyring_name)
        except keychain.KeyringUnavailable:
            return None

    def typed_profile(self) -> ServerProfile | None:
        """The profile in the fields, or None with the problems shown under them."""
        self.clear_problems()
        profile, problems = read_profile(
            self.host.text(), self.port.text(), self.database.text(), self.user.text(),
            self.sslmode.currentData() or "",
        )
        if problems:
            self.test_result.hide()  # it spoke of what was typed before
            self.show_problems(problems)
        self.adjustSize()
        return profile

    def _password_for(self, profile: ServerProfile) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        same = self.profile is not None and self.profile.keyring_name == profile.keyring_name
        return password_for(self.profile if same else profile)  # type: ignore[arg-type]

    # --- Test connection -------------------------------------------------------------------

    def testing(self) -> bool:
        return self._job is not None

    def test_connection(self) -> None:
        profile = self.typed_profile()
        if profile is None or self._job is not None:
            return
        password = self._password_for(profile)
        self.test_result.hide()
        self.test_button.setEnabled(False)
        self.busy.show()
        job = Job(lambda _progress: test_connection(profile, password), password)
        job.succeeded.connect(self._tested)
        job.failed.connect(self._test_failed)
        self._job = job
        job.start()

    def _finish_test(self) -> None:
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None
        self.busy.hide()
        self.test_button.setEnabled(True)

    def _tested(self, found: str) -> None:
        self._finish_test()
        self.test_result.setStyleSheet(OK_STYLE)
        self.test_result.setText(sentence(found))
        self.test_result.show()
        self.adjustSize()

    def _test_failed(self, reason: str) -> None:
        self._finish_test()
        self.test_result.setStyleSheet(ERROR_STYLE)
        self.test_result.setText(sentence(reason))
        self.test_result.show()
        self.adjustSize()

    # --- Save, Forget ----------------------------------------------------------------------------

    def accept(self) -> None:
        profile = self.typed_profile()
        if profile is None:
            return
        typed = self.password.text()
        old = self.profile
        moved = old is not None and old.keyring_name != profile.keyring_name
        password = typed or (self._stored_password(old) if old is not None else None)
        if not password:
            self.show_problems({"password": "the password is needed, once; it is kept in the keyring"
                                if keychain.available() else "the password is needed"})
            return
        with self.ctx.db.session() as session:
            save_profile(session, profile)
        note = self._keep_password(profile, password)
        if moved and old is not None:
            keychain.forget(old.keyring_name)
        self.profile = profile
        self.ctx.message.emit(f"Coalition server saved: {profile.describe()}. {note}".strip())
        self.saved.emit()
        super().accept()

    @staticmethod
    def _keep_password(profile: ServerProfile, password: str) -> str:
        """Into the keyring; or, without one, into memory for this run.  Says which."""
        if keychain.available():
            try:
                keychain.put(profile.keyring_name, password)
                return ""
            except keychain.KeyringUnavailable as exc:
                keychain.remember_for_this_run(profile.keyring_name, password)
                return f"{sentence(str(exc))} The password is kept until you quit Coalition."
        keychain.remember_for_this_run(profile.keyring_name, password)
        return no_keyring_sentence()

    def confirm(self, question: str, detail: str) -> bool:
        return ask_to_confirm(self, question, detail, action="Forget")

    def forget_server(self) -> None:
        if self.profile is None:
            return
        if not self.confirm(
            "Stop syncing with the coalition server?",
            f"{self.profile.describe()} and its password are removed from this computer. "
            "Your data stays here; your changes wait until a server is set up again.",
        ):
            return
        with self.ctx.db.session() as session:
            save_profile(session, None)
        keychain.forget(self.profile.keyring_name)
        self.profile = None
        self.ctx.message.emit("The coalition server is forgotten; nothing is synced any more.")
        self.saved.emit()
        super().accept()

    def done(self, result: int) -> None:
        if self._job is not None:  # a test still running: let it end before the dialog goes
            self._job.wait()
        super().done(result)


class PasswordDialog(QDialog):
    """The server's password, asked once when it is in neither the keyring nor memory."""

    def __init__(self, profile: ServerProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.profile = profile
        self.setWindowTitle("Coalition server password")
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(bold(QLabel(f"Password of {profile.user} on {profile.host}")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("syncPassword")
        layout.addWidget(self.password)
        self.remember = QCheckBox("Remember it in this computer's keyring")
        self.remember.setChecked(keychain.available())
        self.remember.setVisible(keychain.available())
        layout.addWidget(self.remember)
        if not keychain.available():
            layout.addWidget(muted(no_keyring_sentence()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Sync")
        self.ok_button.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def keep(self) -> str:
        """Store the typed password as chosen (keyring, or this run only) and return it."""
        password = self.password.text()
        if self.remember.isChecked() and keychain.available():
            try:
                keychain.put(self.profile.keyring_name, password)
                return password
            except keychain.KeyringUnavailable:
                pass
        keychain.remember_for_this_run(self.profile.keyring_name, password)
        return password


# --- the conflicts ------------------------------------------------------------------------------


def _shown(value: Any) -> str:
    """A value as stored in a conflict (JSON), in words."""
    if value is None or value == "" or value == [] or value == {}:
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{_field_name(str(k))}: {_shown(v)}" for k, v in value.items())
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _field_name(field: str) -> str:
    return field.replace("_id", "").replace("_", " ").capitalize()


def when(at: dt.datetime | None) -> str:
    """An instant in this computer's zone: "Tue 12 May, 10:42" (the year when not this one)."""
    if at is None:
        return "time unknown"
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    local = at.astimezone()
    if local.year == dt.datetime.now().year:
        day = f"{formatting.weekday(local.date(), short=True)} {formatting.day_month(local.date())}"
        return f"{day}, {formatting.time(local)}"
    return f"{formatting.date(local)}, {formatting.time(local)}"


def _who(actor: str, device: str, at: dt.datetime | None) -> str:
    name = actor or "someone"
    return f"{name} on {device}, {when(at)}" if device else f"{name}, {when(at)}"


@dataclass
class Side:
    who: str  # "ana on ana-laptop, Tue 12 May, 10:42"
    name: str
    did: str  # the value, or what was done ("deleted it")
    kept: bool


@dataclass
class ConflictView:
    """One conflict in words, read while its session is open."""

    id: str
    title: str
    kind_label: str
    sides: tuple[Side, Side]
    decision: str
    other_choice: str
    resolved: str  # "" while it waits for someone to look at it


def describe(session: Any, conflict: SyncConflict) -> ConflictView:
    record = conflict.record or "(a record without a name)"
    kind_label = conflict.table_name.replace("_", " ")
    mine_kept = conflict.kept == "mine"
    me, them = conflict.my_actor or "someone", conflict.their_actor or "someone"
    my_who = _who(conflict.my_actor, conflict.my_device, conflict.my_at)
    their_who = _who(conflict.their_actor, conflict.their_device, conflict.their_at)
    if conflict.kind == "field":
        title = f"{record} · {_field_name(conflict.field)}"
        mine, theirs = _shown(conflict.mine), _shown(conflict.theirs)
        winner, loser = (me, them) if mine_kept else (them, me)
        decision = f"Kept {winner}'s value, the later change; {loser}'s stays in the record's history."
    elif conflict.kind == "edit_delete":
        title = f"{record} · changed and deleted"
        i_deleted = conflict.mine is None and isinstance(conflict.theirs, dict)
        changed = dict(conflict.theirs) if i_deleted else {}
        added = changed.pop(ADDED, None)
        if i_deleted:
            did = [f"changed {_shown(changed)}"] if changed else []
            did += [f"added {added}"] if added else []
            mine, theirs = "deleted it", "; ".join(did)
        else:
            mine, theirs = "changed it", "deleted it"
        deleter, editor = (me, them) if i_deleted else (them, me)
        deletion_kept = i_deleted == mine_kept
        if deletion_kept and added and not changed:
            decision = f"Deleted: {deleter} deleted it, and with it what {editor} had added to it."
        elif deletion_kept:
            decision = f"Deleted: {deleter} deleted it after {editor} changed it."
        else:
            decision = f"Kept: {editor} changed it after {deleter} deleted it."
    else:  # refused
        title = f"{record} · not taken by the server"
        mine = f"{conflict.mine or 'changed'}: {conflict.detail}" if conflict.mine else conflict.detail
        theirs = "the server's copy, as it is"
        their_who = "the coalition server"
        decision = f"The server could not take {me}'s change; this laptop has the server's copy again."
    resolved = ""
    if conflict.resolved_at is not None:
        how = "the other choice was taken" if conflict.resolution == "other" else "kept as decided"
        resolved = f"Resolved {when(conflict.resolved_at)}: {how}."
    return ConflictView(
        id=conflict.id,
        title=title,
        kind_label=kind_label,
        sides=(
            Side(my_who, me, mine, mine_kept),
            Side(their_who, them, theirs, not mine_kept),
        ),
        decision=decision,
        other_choice=other_choice(session, conflict) if not resolved else "",
        resolved=resolved,
    )


class ConflictCard(QFrame):
    """One conflict: its record, both sides with who and when, the decision, the choices."""

    def __init__(self, view: ConflictView, on_keep: Callable[[str], None],
                 on_other: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setObjectName("conflictCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        title = bold(ElidedLabel(view.title, widest=640))
        kind = QLabel(view.kind_label)
        kind.setStyleSheet(MUTED_STYLE)
        grid.addWidget(title, 0, 0)
        grid.addWidget(kind, 0, 1, Qt.AlignmentFlag.AlignRight)
        self.value_labels: list[ElidedLabel] = []
        row = 1
        for side in view.sides:
            # Who and when on one line, the value under it: each gets the card's width.
            who = ElidedLabel(side.who, widest=640)
            who.setStyleSheet(MUTED_STYLE)
            mark = QLabel("✓ kept" if side.kept else "")
            mark.setStyleSheet(OK_STYLE + " font-weight: bold;")
            value = ElidedLabel(side.did, widest=640)
            value.set_full_text(side.did, f"{side.who}:\n{side.did}")
            value.setObjectName("conflictValue")
            value.setContentsMargins(14, 0, 0, 0)
            self.value_labels.append(value)
            if row > 1:
                grid.addItem(QSpacerItem(0, 4), row, 0)
                row += 1
            grid.addWidget(who, row, 0)
            grid.addWidget(mark, row, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row + 1, 0, 1, 2)
            row += 2
        self.decision = QLabel(view.resolved or view.decision)
        self.decision.setWordWrap(True)
        self.decision.setStyleSheet(MUTED_STYLE if view.resolved else "")
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 6, 0, 0)
        bottom.addWidget(self.decision, 1)
        grid.addLayout(bottom, row, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.keep_button: QPushButton | None = None
        self.other_button: QPushButton | None = None
        if not view.resolved:
            self.keep_button = QPushButton("Keep as decided")
            self.keep_button.setToolTip("Leave it as it is and take it off this list")
            self.keep_button.clicked.connect(lambda: on_keep(view.id))
            self.other_button = QPushButton(view.other_choice)
            self.other_button.setToolTip("A change like any other: undo it with Ctrl+Z; it is sent at the next sync")
            self.other_button.clicked.connect(lambda: on_other(view.id))
            bottom.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignBottom)
            bottom.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignBottom)

    def texts(self) -> list[str]:
        """Everything the card says, whole (for tests and for reading it out)."""
        out = [self.view.title]
        for side in self.view.sides:
            out += [side.who, side.did]
        out.append(self.decision.text())
        return out


class ConflictsDialog(QDialog):
    """The conflicts left to look at (or all of them), each with its two choices."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Sync conflicts")
        self.resize(760, 520)
        self.heading = bold(QLabel(), 1.15)
        explain = muted(
            "When two organizers changed the same thing before syncing, the later change was "
            "kept and the other stays in the record's history. Keep that decision, or take "
            "the other one."
        )
        self.show_resolved = QCheckBox("Show resolved")
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_resolved)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.empty = QLabel()
        self.empty.setObjectName("conflictsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setWordWrap(True)
        self.cards_box = QWidget()
        self.cards = QVBoxLayout(self.cards_box)
        self.cards.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_box)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.problem)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        self.shown: list[ConflictCard] = []
        ctx.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _tables: set[str]) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        with self.ctx.reading() as session:
            listed = conflicts(session, include_resolved=self.show_resolved.isChecked())
            views = [describe(session, c) for c in listed]
        for card in self.shown:
            self.cards.removeWidget(card)
            card.hide()  # gone at once, not when the event loop gets to deleting it
            card.deleteLater()
        while self.cards.count():
            self.cards.takeAt(0)
        self.shown = []
        for view in views:
            card = ConflictCard(view, self.keep, self.take_other)
            self.cards.addWidget(card)
            self.shown.append(card)
        self.cards.addStretch(1)
        waiting = sum(1 for v in views if not v.resolved)
        self.heading.setText(
            f"{waiting} conflict{'s' if waiting != 1 else ''} to review" if waiting else "No conflicts to review"
        )
        self.empty.setText(
            "Nothing to review: every change from the other laptops merged without a conflict."
            if not self.show_resolved.isChecked()
            else "No conflicts so far."
        )
        self.empty.setVisible(not views)

    def card(self, conflict_id: str) -> ConflictCard:
        return next(c for c in self.shown if c.view.id == conflict_id)

    def keep(self, conflict_id: str) -> None:
        self.problem.hide()
        with self.ctx.db.session() as session:
            accept(session, conflict_id)
        self.ctx.changed.emit({"sync_conflict"})
        self.refresh()

    def take_other(self, conflict_id: str) -> None:
        self.problem.hide()
        view = self.card(conflict_id).view
        try:
            self.ctx.run(choose_other, conflict_id, label=f"{view.other_choice}: {view.title}")
        except CoalitionError as exc:
            self.problem.setText(sentence(str(exc)))
            self.problem.show()
            return
        self.ctx.changed.emit({"sync_conflict"})
        self.refresh()


# --- the Sync menu and the status bar -----------------------------------------------------


def all_tables() -> set[str]:
    return set(Base.metadata.tables)


class SyncController(QObject):
    """Syncs the window's database with the coalition server, by hand or every few minutes."""

    synced = Signal(object)  # the SyncReport of a sync that went through
    syncFailed = Signal(str)

    def __init__(self, window: QMainWindow, ctx: AppContext):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.job: Job | None = None
        self._interactive = False
        self.offline_reason = ""
        self.conflicts_dialog: ConflictsDialog | None = None
        self.server_dialog: ServerDialog | None = None
        self._conflicts = 0

        bar = window.statusBar()
        self.stage = QLabel()
        self.stage.setObjectName("syncStage")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.label = ClickableLabel(widest=STATUS_LABEL_WIDTH)
        self.label.setObjectName("syncStatus")
        self.label.setMaximumWidth(STATUS_LABEL_WIDTH)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.clicked.connect(self._label_clicked)
        for position, widget in enumerate((self.stage, self.progress, self.label)):
            bar.insertPermanentWidget(position, widget)
        self.stage.hide()
        self.progress.hide()

        self.sync_action = QAction("Sync &now", window)
        self.sync_action.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.sync_action.setStatusTip("Send your changes to the coalition server and bring the others' (F5)")
        self.sync_action.triggered.connect(self.sync_now)
        self.conflicts_action = QAction("&Conflicts…", window)
        self.conflicts_action.setStatusTip("What two organizers changed alike, and what was kept")
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.server_action = QAction("Coalition &server…", window)
        self.server_action.setStatusTip("The server this laptop syncs with, and its password")
        self.server_action.triggered.connect(self.open_settings)
        for action in (self.sync_action, self.conflicts_action, self.server_action):
            window.addAction(action)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.auto_sync)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(STATUS_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        ctx.changed.connect(self._changed)  # a bound slot: let go of when this goes
        window.installEventFilter(self)
        self.refresh()
        self._schedule(FIRST_SYNC_AFTER_MS)

    # --- the status label ---------------------------------------------------------------------

    def _changed(self, _tables: set[str]) -> None:
        self._debounce.start()

    def running(self) -> bool:
        return self.job is not None

    def refresh(self) -> None:
        """Say where this laptop stands: what waits, when it last synced, conflicts."""
        self._debounce.stop()
        with self.ctx.reading() as session:
            profile = load_profile(session)
            # Counting the waiting changes reads them: not for a laptop that shares nothing.
            state = status(session) if profile is not None else None
        if profile is None or state is None:
            self._conflicts = 0
            self.label.set_full_text(
                "Not shared",
                "This laptop keeps its data to itself. To share it with the coalition, "
                "set up the server in Sync → Coalition server…",
            )
            self.label.setStyleSheet(MUTED_STYLE)
            self.sync_action.setEnabled(True)
            return
        self._conflicts = state.conflicts
        parts: list[str] = []
        tip: list[str] = [f"Coalition server: {profile.describe()}"]
        if self.running():
            parts.append("Syncing…")
        if state.waiting:
            waiting = self.tr("1 change waiting") if state.waiting == 1 else self.tr("{n} changes waiting")
            parts.append(waiting.format(n=formatting.number(state.waiting)))
        if state.conflicts:
            conflicts = self.tr("1 conflict") if state.conflicts == 1 else self.tr("{n} conflicts")
            parts.append(conflicts.format(n=formatting.number(state.conflicts)))
        if self.offline_reason and not self.running():
            parts.append(f"Offline: {self.offline_reason}")  # last: the part cut when long
            tip.append(f"Offline: {self.offline_reason}")
        if not parts:
            parts.append(f"Synced {self._short(state.last_sync)}" if state.last_sync else "Not synced yet")
        if state.last_sync:
            tip.append(f"Last synced {when(state.last_sync)}.")
        if state.conflicts:
            tip.append("Click to review the conflicts.")
        else:
            tip.append(f"Click to sync now ({SYNC_SHORTCUT}).")
        self.label.set_full_text(" · ".join(parts), "\n".join(tip))
        if state.conflicts:
            self.label.setStyleSheet(CONFLICT_STYLE)
        elif self.offline_reason:
            self.label.setStyleSheet(ERROR_STYLE)
        else:
            self.label.setStyleSheet("")

    @staticmethod
    def _short(at: dt.datetime) -> str:
        local = at.astimezone()
        if local.date() == dt.datetime.now().astimezone().date():
            return formatting.time(local)
        return f"{formatting.day_month(local.date())} {formatting.time(local)}"

    def _label_clicked(self) -> None:
        if self._conflicts:
            self.open_conflicts()
        else:
            self.sync_now()

    # --- syncing ------------------------------------------------------------------------------

    def _profile(self) -> ServerProfile | None:
        with self.ctx.reading() as session:
            return load_profile(session)

    def unsaved(self) -> list[object]:
        """The window's screens holding typed edits not yet saved (see editing.HoldsUnsaved)."""
        screens = getattr(self.window, "unsaved_screens", None)
        return list(screens()) if callable(screens) else []

    def sync_now(self) -> None:
        """The menu's Sync now: asks what is missing (the server, its password) first.

        Unsaved edits are saved or answered for first: what comes in may change the
        record being edited, and a later Save would then write the old text over it.
        """
        if self.running():
            self.ctx.message.emit("A sync is already running.")
            return
        if not editing.may_leave_all(self.unsaved(), self.window):
            return
        profile = self._profile()
        if profile is None:
            self.open_settings(modal=True)
            profile = self._profile()
            if profile is None:
                return
        password = password_for(profile)
        if password is None:
            password = self.ask_password(profile)
            if password is None:
                return
        self._start(profile, password, interactive=True)

    def ask_password(self, profile: ServerProfile) -> str | None:
        dialog = PasswordDialog(profile, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.keep()

    def auto_sync(self) -> None:
        """The timer's sync: only when nothing needs asking, and never with a dialog."""
        if self.running():
            return
        if self.unsaved():  # never under an editor's feet: once its edits are saved or dropped
            self._schedule(UNSAVED_RETRY_MS)
            return
        profile = self._profile()
        password = password_for(profile) if profile is not None else None
        if profile is None or password is None:
            self._schedule()
            return
        self._start(profile, password, interactive=False)

    def _schedule(self, after_ms: int = SYNC_EVERY_MS) -> None:
        self.timer.start(after_ms)

    def _start(self, profile: ServerProfile, password: str, *, interactive: bool) -> None:
        self.timer.stop()  # no automatic sync while this one runs
        self._interactive = interactive
        db = self.ctx.db
        job = Job(lambda progress: sync(db, profile, password, progress), password)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        self.job = job
        self.stage.setText("Connecting…")
        self.stage.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.refresh()
        job.start()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(
            self.tr("{stage} {done} of {total}").format(
                stage=stage, done=formatting.number(done), total=formatting.number(total)
            )
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end_job(self) -> None:
        if self.job is not None:
            self.job.wait()  # it signalled as its last act: this returns at once
            self.job.deleteLater()
            self.job = None
        self.stage.hide()
        self.progress.hide()
        self._schedule()

    def _succeeded(self, report: SyncReport) -> None:
        self._end_job()
        self.offline_reason = ""
        if report.received or report.conflicts:
            self.ctx.changed.emit(all_tables())  # every screen shows what came in
        self.refresh()
        self.ctx.message.emit(report.sentence())
        self.synced.emit(report)

    def _failed(self, reason: str) -> None:
        self._end_job()
        self.offline_reason = sentence(reason)
        self.refresh()
        self.ctx.message.emit(f"Offline: {self.offline_reason}")
        self.syncFailed.emit(self.offline_reason)

    def wait(self) -> None:
        """Let a running sync end (before the window closes: never cut a thread off)."""
        if self.job is not None:
            self.window.statusBar().showMessage("Finishing the sync…")
            self.job.wait()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.wait()
        return False

    # --- dialogs ------------------------------------------------------------------------------

    def open_settings(self, _checked: bool = False, *, modal: bool = False) -> ServerDialog:
        dialog = ServerDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        self.server_dialog = dialog
        dialog.finished.connect(self._settings_closed)
        if modal:
            dialog.exec()
        else:
            dialog.open()
        return dialog

    def _settings_closed(self, _result: int) -> None:
        self.server_dialog = None

    def _settings_saved(self) -> None:
        self.offline_reason = ""
        self.refresh()
        self._schedule(FIRST_SYNC_AFTER_MS)

    def open_conflicts(self) -> ConflictsDialog:
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.ctx, self.window)
        self.conflicts_dialog.refresh()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        return self.conflicts_dialog


def install_sync(window: QMainWindow, ctx: AppContext) -> SyncController:
    """The Sync menu (before Help), its shortcut and the status-bar label, on ``window``."""
    existing = getattr(window, "sync_controller", None)
    if isinstance(existing, SyncController):
        return existing
    controller = SyncController(window, ctx)
    bar = window.menuBar()
    menu = bar.addMenu("&Sync")
    menu.setObjectName("syncMenu")
    help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
    if help_menu is not None:
        bar.insertMenu(help_menu, menu)
    menu.addAction(controller.sync_action)
    menu.addAction(controller.conflicts_action)
    menu.addSeparator()
    menu.addAction(controller.server_action)
    menu.addSeparator()
    export_action = menu.addAction("&Export changes…")
    export_action.setObjectName("exportBundle")
    export_action.setStatusTip("Write this laptop's changes to an encrypted file, for a group with no server")
    export_action.triggered.connect(lambda: _bundle_dialog(window, ctx, export=True))
    import_action = menu.addAction("&Import changes…")
    import_action.setObjectName("importBundle")
    import_action.setStatusTip("Merge the changes in a file another organizer exported")
    import_action.triggered.connect(lambda: _bundle_dialog(window, ctx, export=False))
    window.sync_controller = controller  # type: ignore[attr-defined]
    return controller


def _bundle_dialog(window: QMainWindow, ctx: AppContext, *, export: bool) -> None:
    from coalition.ui.sync.bundles import ExportBundleDialog, ImportBundleDialog

    dialog = (ExportBundleDialog if export else ImportBundleDialog)(ctx, window)
    if dialog.exec() and dialog.result_text:
        window.statusBar().showMessage(dialog.result_text, 10000)
        controller = getattr(window, "sync_controller", None)
        if isinstance(controller, SyncController):
            controller.refresh()
