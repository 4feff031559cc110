"""Settings → Coalition server (:class:`ServerDialog`): host, port, database, user, TLS
mode, "Test connection", and the password, which goes to the keyring and nowhere else;
without a keyring it is kept in memory until the app quits, and the dialog says so.
:class:`PasswordDialog` asks for the password when it is in neither."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalition.common.i18n import shown
from coalition.store import keychain
from coalition.sync.connection import (
    SSL_MODES,
    ServerProfile,
    load_profile,
    password_for,
    save_profile,
    test_connection,
)
from coalition.ui.common import editing
from coalition.ui.common.colours import error_style, good_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems, ask_to_confirm, sentence
from coalition.ui.common.widgets import bold, muted
from coalition.ui.sync.common import Job

SSL_CHOICES: dict[str, str] = {
    "disable": str(QT_TRANSLATE_NOOP("ServerDialog", "disable — no TLS (a trusted network only)")),
    "allow": str(QT_TRANSLATE_NOOP("ServerDialog", "allow — TLS only if the server insists")),
    "prefer": str(QT_TRANSLATE_NOOP("ServerDialog", "prefer — TLS when the server offers it")),
    "require": str(
        QT_TRANSLATE_NOOP("ServerDialog", "require — always TLS, certificate not checked")
    ),
    "verify-ca": str(
        QT_TRANSLATE_NOOP(
            "ServerDialog", "verify-ca — always TLS, certificate from a trusted authority"
        )
    ),
    "verify-full": str(
        QT_TRANSLATE_NOOP(
            "ServerDialog", "verify-full — always TLS, certificate checked against the host"
        )
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def no_keyring_sentence() -> str:
    return (
        sentence(keychain.unavailable_reason())
        + " "
        + tr("The password is kept only until you quit Coalition, and asked for again next time.")
    )


def read_profile(
    host: str, port: str, database: str, user: str, sslmode: str
) -> tuple[ServerProfile | None, dict[str, str]]:
    """The profile typed in, or what is wrong with it, by field."""
    problems: dict[str, str] = {}
    host, database, user = host.strip(), database.strip() or "coalition", user.strip()
    if not host:
        problems["host"] = tr("the server's host name or address is needed")
    elif any(c.isspace() for c in host) or "/" in host:
        problems["host"] = tr("a host name has no spaces or slashes: db.example.org, 203.0.113.5")
    number = 0
    try:
        number = int(port.strip() or "5432")
    except ValueError:
        problems["port"] = tr("the port is a number (usually 5432)")
    else:
        if not 1 <= number <= 65535:
            problems["port"] = tr("the port is a number from 1 to 65535 (usually 5432)")
    if not user:
        problems["user"] = tr("the user name the server's administrator made for you is needed")
    if sslmode not in SSL_MODES:
        problems["sslmode"] = tr("the TLS mode is one of {modes}").format(
            modes=", ".join(SSL_MODES)
        )
    if problems:
        return None, problems
    return ServerProfile(host=host, port=number, database=database, user=user, sslmode=sslmode), {}


class ServerDialog(FieldProblems, editing.GuardedDialog):
    """Where the coalition's server is, how to reach it, and its password."""

    saved = Signal()  # the profile was saved or forgotten

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Coalition server"))
        self.setMinimumWidth(520)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._job: Job | None = None
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        with ctx.reading() as session:
            self.profile = load_profile(session)
        intro = muted(
            self.tr(
                "The coalition's PostgreSQL server, which every organizer's laptop syncs with. "
                "Its administrator gives you these details."
            )
        )
        self._make_fields(self.profile or ServerProfile())
        test_row = self._make_test_row()
        self._lay_out(intro, test_row)
        for edit in (self.host, self.port, self.database, self.user, self.password):
            edit.textEdited.connect(lambda _t: self.test_result.hide())
        self.remember_input()  # Escape or closing asks before throwing typed input away

    def _make_fields(self, current: ServerProfile) -> None:
        """The fields, filled with ``current``, and the note on where the password goes."""
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText("db.example.org")
        self.port = QLineEdit(str(current.port))
        self.port.setPlaceholderText("5432")
        self.port.setMaximumWidth(90)
        self.database = QLineEdit(current.database)
        self.database.setPlaceholderText("coalition")
        self.user = QLineEdit(current.user)
        self.user.setPlaceholderText(self.tr("your user name on the server"))
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(self.tr(SSL_CHOICES.get(mode, mode)), mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(current.sslmode)))
        self.sslmode.setToolTip(
            self.tr(
                "How the connection is encrypted (libpq's sslmode). Over the internet, use "
                "verify-full with the server's certificate authority in ~/.postgresql/root.crt."
            )
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("serverPassword")
        stored = self.profile is not None and self._stored_password(self.profile) is not None
        self.password.setPlaceholderText(
            self.tr("kept already: type to change it") if stored else ""
        )
        if keychain.available():
            note = "The password is kept in this computer's keyring, nowhere else."
        else:
            note = no_keyring_sentence()
        self.keyring_note = muted(note)
        self.keyring_note.setObjectName("keyringNote")

    def _make_test_row(self) -> QHBoxLayout:
        """Test connection, with its "working" indicator; its answer goes under the form."""
        self.test_button = QPushButton(self.tr("&Test connection"))
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
        return test_row

    def _lay_out(self, intro: QLabel, test_row: QHBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Host"), self.field_box("host", self.host))
        form.addRow(self.tr("&Port"), self.field_box("port", self.port))
        form.addRow(self.tr("&Database"), self.field_box("database", self.database))
        form.addRow(self.tr("&User"), self.field_box("user", self.user))
        form.addRow(self.tr("T&LS"), self.field_box("sslmode", self.sslmode))
        form.addRow(self.tr("Pass&word"), self.field_box("password", self.password))
        form.addRow("", self.keyring_note)
        form.addRow("", test_row)
        self.lay_out_form(form, "Save")
        # Wrapped text outside the form: a form row gives it a line's height and cuts it.
        body = self.layout()
        assert isinstance(body, QVBoxLayout)
        body.insertWidget(0, intro)
        body.insertWidget(body.indexOf(self.buttons), self.test_result)
        self.forget_button = self.buttons.addButton(
            self.tr("&Forget server"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.forget_button.setToolTip(
            self.tr("Stop syncing: remove the server's details and its password from this computer")
        )
        self.forget_button.setEnabled(self.profile is not None)
        self.forget_button.clicked.connect(self.forget_server)

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
            self.host.text(),
            self.port.text(),
            self.database.text(),
            self.user.text(),
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
        self.test_result.setStyleSheet(good_style())
        self.test_result.setText(sentence(found))
        self.test_result.show()
        self.adjustSize()

    def _test_failed(self, reason: str) -> None:
        self._finish_test()
        self.test_result.setStyleSheet(error_style())
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
            self.show_problems(
                {
                    "password": "the password is needed, once; it is kept in the keyring"
                    if keychain.available()
                    else "the password is needed"
                }
            )
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
                return f"{sentence(shown(exc))} The password is kept until you quit Coalition."
        keychain.remember_for_this_run(profile.keyring_name, password)
        return no_keyring_sentence()

    def confirm(self, question: str, detail: str) -> bool:
        return ask_to_confirm(self, question, detail, action=self.tr("Forget"))

    def forget_server(self) -> None:
        if self.profile is None:
            return
        if not self.confirm(
            self.tr("Stop syncing with the coalition server?"),
            self.tr(
                "{value} and its password are removed from this computer. Your data stays here; "
                "your changes wait until a server is set up again."
            ).format(value=self.profile.describe()),
        ):
            return
        with self.ctx.db.session() as session:
            save_profile(session, None)
        keychain.forget(self.profile.keyring_name)
        self.profile = None
        self.ctx.message.emit(
            self.tr("The coalition server is forgotten; nothing is synced any more.")
        )
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
        self.setWindowTitle(self.tr("Coalition server password"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(
            bold(
                QLabel(
                    self.tr("Password of {user} on {host}").format(
                        user=profile.user, host=profile.host
                    )
                )
            )
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("syncPassword")
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Remember it in this computer's keyring"))
        self.remember.setChecked(keychain.available())
        self.remember.setVisible(keychain.available())
        layout.addWidget(self.remember)
        if not keychain.available():
            layout.addWidget(muted(no_keyring_sentence()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sync"))
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
