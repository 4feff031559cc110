"""File → Mail account…: the server mail goes out through, who it comes from, the login,
and the mailbox replies are read from.  The password goes where
:func:`coalition.mail.account.store_password` keeps it (the keyring, else sealed under
the database's own key, else memory until quit) and the dialog says which.  "Send a
test message" runs in a thread of its own: a slow server never freezes the window."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError
from coalition.mail import account as mail_account
from coalition.mail import sending as mail_sending
from coalition.store.models.mail import MailAccount
from coalition.ui.common import editing
from coalition.ui.common.colours import error_style, good_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import FieldProblems, sentence
from coalition.ui.common.widgets import keep_wrapped_text_whole, muted
from coalition.ui.mail.common import Task, scrub

SECURITIES = ("starttls", "tls", "none")


class MailAccountDialog(FieldProblems, editing.GuardedDialog):
    """How this laptop sends (and reads) the coalition's mail."""

    saved = Signal(str)  # where the password was kept, as a sentence

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mailAccountDialog")
        self.setWindowTitle(self.tr("Mail account"))
        self.setMinimumWidth(560)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._task: Task | None = None
        self.kept = ""  # where the password went, as a sentence, once saved
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        with ctx.reading() as session:
            current = mail_account.get_account(session)
            self.stored = bool(current and mail_account.load_password(session, current))
            if current is not None:
                session.expunge(current)
        self.account = current
        self._make_fields()
        self._fill(current)
        self._lay_out()
        keep_wrapped_text_whole(self)
        self.remember_input()

    # --- building -------------------------------------------------------------------------

    def _security_box(self) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        box.addItem(self.tr("TLS from the start (port 465, 993)"), "tls")
        box.addItem(self.tr("None: a trusted network only"), "none")
        return box

    def _make_fields(self) -> None:
        self.preset = QComboBox()
        self.preset.setObjectName("mailPreset")
        self.preset.addItem(self.tr("Choose a provider to fill in its servers…"), "")
        for name in mail_account.PRESETS:
            self.preset.addItem(name, name)
        self.preset.activated.connect(self._preset_chosen)
        self.preset.setProperty("editingIgnore", True)
        self.smtp_host = QLineEdit()
        self.smtp_host.setObjectName("smtpHost")
        self.smtp_host.setPlaceholderText("smtp.example.org")
        self.smtp_port = QSpinBox()
        self.smtp_port.setObjectName("smtpPort")
        self.smtp_port.setAccessibleName(self.tr("Sending server port"))
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setMaximumWidth(100)
        self.security = self._security_box()
        self.security.setObjectName("smtpSecurity")
        self.security.activated.connect(self._security_chosen)
        self.from_address = QLineEdit()
        self.from_address.setObjectName("fromAddress")
        self.from_address.setPlaceholderText("dana@example.org")
        self.from_name = QLineEdit()
        self.from_name.setObjectName("fromName")
        self.from_name.setPlaceholderText(self.tr("Dana Reyes, Red Oregon"))
        self.username = QLineEdit()
        self.username.setObjectName("mailUser")
        self.username.setPlaceholderText(self.tr("usually the address itself"))
        self.password = QLineEdit()
        self.password.setObjectName("mailPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("kept already: type to change it")
            if self.stored
            else self.tr("an app password, where the provider asks for one")
        )
        self.imap_host = QLineEdit()
        self.imap_host.setObjectName("imapHost")
        self.imap_host.setPlaceholderText(self.tr("imap.example.org (empty: replies not read)"))
        self.imap_port = QSpinBox()
        self.imap_port.setObjectName("imapPort")
        self.imap_port.setAccessibleName(self.tr("Receiving server port"))
        self.imap_port.setRange(1, 65535)
        self.imap_port.setMaximumWidth(100)
        self.imap_security = self._security_box()
        self.imap_security.setObjectName("imapSecurity")
        self.automatic = QCheckBox(
            self.tr("Send on its own: invitations, agendas and minutes as they fall due")
        )
        self.automatic.setObjectName("mailAutomatic")
        self.send_digest = QCheckBox(
            self.tr("Send each person a weekly digest of their open action items")
        )
        self.send_digest.setObjectName("mailDigest")
        self.test_to = QLineEdit()
        self.test_to.setObjectName("testTo")
        self.test_to.setPlaceholderText(self.tr("to the from address"))

    def _fill(self, current: object | None) -> None:
        data = (
            current
            if current is not None
            else mail_account.AccountInput(smtp_host="", from_address="")
        )
        self.smtp_host.setText(getattr(data, "smtp_host", ""))
        self.smtp_port.setValue(int(getattr(data, "smtp_port", 587) or 587))
        self._choose(self.security, getattr(data, "security", "starttls"))
        self.from_address.setText(getattr(data, "from_address", ""))
        self.from_name.setText(getattr(data, "from_name", ""))
        self.username.setText(getattr(data, "username", ""))
        self.imap_host.setText(getattr(data, "imap_host", ""))
        self.imap_port.setValue(int(getattr(data, "imap_port", 993) or 993))
        self._choose(self.imap_security, getattr(data, "imap_security", "tls"))
        self.automatic.setChecked(bool(getattr(data, "automatic", True)))
        self.send_digest.setChecked(bool(getattr(data, "send_digest", False)))

    @staticmethod
    def _choose(box: QComboBox, value: str) -> None:
        box.setCurrentIndex(max(0, box.findData(value)))

    def _lay_out(self) -> None:
        intro = muted(
            self.tr(
                "Invitations, agendas and minutes go out through your own mail account, "
                "from your address; replies to invitations are read back from its mailbox."
            )
        )
        smtp_row = self._host_and_port("smtp_host", self.smtp_host, "smtp_port", self.smtp_port)
        imap_row = self._host_and_port("imap_host", self.imap_host, "imap_port", self.imap_port)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("P&rovider"), self.preset)
        form.addRow(self._buddy(self.tr("Outgoing &server"), self.smtp_host), smtp_row)
        form.addRow(self.tr("Se&curity"), self.field_box("security", self.security))
        form.addRow(self.tr("&From address"), self.field_box("from_address", self.from_address))
        form.addRow(self.tr("From &name"), self.field_box("from_name", self.from_name))
        form.addRow(self.tr("&User"), self.field_box("username", self.username))
        self.password_note = muted(self._password_note())
        self.password_note.setWordWrap(False)
        self.password_note.setObjectName("mailPasswordNote")
        password = QWidget()
        password_layout = QVBoxLayout(password)
        password_layout.setContentsMargins(0, 0, 0, 0)
        password_layout.setSpacing(2)
        password_layout.addWidget(self.field_box("password", self.password))
        password_layout.addWidget(self.password_note)
        form.addRow(self._buddy(self.tr("Pass&word"), self.password), password)
        form.addRow(self._buddy(self.tr("Replies &mailbox"), self.imap_host), imap_row)
        form.addRow(
            self.tr("Mailbox s&ecurity"), self.field_box("imap_security", self.imap_security)
        )
        form.addRow("", self.automatic)
        form.addRow("", self.send_digest)
        form.addRow(self.tr("&Test to"), self._make_test_row())
        self.lay_out_form(form, self.tr("Save"))
        body = self.layout()
        assert isinstance(body, QVBoxLayout)
        body.insertWidget(0, intro)
        body.insertWidget(body.indexOf(self.buttons), self.test_result)

    def _host_and_port(
        self, host_key: str, host: QLineEdit, port_key: str, port: QSpinBox
    ) -> QWidget:
        """A host and its port on one line, one line under both for what is wrong."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(host, 1)
        layout.addWidget(QLabel(self.tr("port")))
        layout.addWidget(port)
        box = self.field_box(host_key, row)
        self._fields[host_key] = host
        self._fields[port_key] = port
        self._errors[port_key] = self._errors[host_key]
        return box

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _password_note(self) -> str:
        """Where a password typed here goes, in a line or two (a wrapping label in a form
        row is given one line's height and cut)."""
        from coalition.store import keychain

        if keychain.available():
            return self.tr("Kept in this computer's keyring, never in a file.")
        return self.tr(
            "No keyring here: sealed in the database if it is encrypted,\n"
            "else kept only until you quit."
        )

    def _make_test_row(self) -> QWidget:
        self.test_button = QPushButton(self.tr("Send a &test message"))
        self.test_button.setObjectName("mailTest")
        self.test_button.clicked.connect(self.send_test)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.test_result = QLabel()
        self.test_result.setObjectName("mailTestResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field_box("test_to", self.test_to), 1)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    # --- presets --------------------------------------------------------------------------

    def _preset_chosen(self, index: int) -> None:
        name = self.preset.itemData(index)
        preset = mail_account.PRESETS.get(name) if name else None
        if preset is None:
            return
        self.smtp_host.setText(preset.smtp_host)
        self.smtp_port.setValue(int(preset.smtp_port))
        self._choose(self.security, preset.security)
        self.imap_host.setText(getattr(preset, "imap_host", ""))
        self.imap_port.setValue(int(getattr(preset, "imap_port", 993)))
        self._choose(self.imap_security, getattr(preset, "imap_security", "tls"))
        if not self.username.text().strip():
            self.username.setText(self.from_address.text().strip())

    def _security_chosen(self, _index: int) -> None:
        """The usual port follows the security chosen, unless another was typed."""
        usual = {"starttls": 587, "tls": 465, "none": 25}
        if self.smtp_port.value() in usual.values():
            self.smtp_port.setValue(usual[self.security.currentData()])

    # --- reading the fields -----------------------------------------------------------------

    def typed(self) -> mail_account.AccountInput:
        return mail_account.AccountInput(
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            security=self.security.currentData(),
            from_address=self.from_address.text().strip(),
            from_name=self.from_name.text().strip(),
            username=self.username.text().strip(),
            imap_host=self.imap_host.text().strip(),
            imap_port=self.imap_port.value(),
            imap_security=self.imap_security.currentData(),
        )

    def local_problems(self, data: mail_account.AccountInput) -> dict[str, str]:
        """What the dialog can tell before asking the service (which checks it all again)."""
        problems: dict[str, str] = {}
        if not data.smtp_host:
            problems["smtp_host"] = self.tr("the outgoing (SMTP) server's host name is needed")
        elif any(c.isspace() or c in "/@:" for c in data.smtp_host):
            problems["smtp_host"] = self.tr(
                "a host name has no spaces, slashes or @: smtp.example.org"
            )
        address = data.from_address
        local, _, domain = address.partition("@")
        if not address:
            problems["from_address"] = self.tr("the address mail comes from is needed")
        elif not local or "." not in domain or any(c.isspace() for c in address):
            problems["from_address"] = self.tr(
                "“{address}” is not an e-mail address (one looks like dana@example.org)"
            ).format(address=address)
        if any(c in data.from_name for c in "\r\n"):
            problems["from_name"] = self.tr("the name is one line")
        if data.imap_host and any(c.isspace() or c in "/@:" for c in data.imap_host):
            problems["imap_host"] = self.tr(
                "a host name has no spaces, slashes or @: imap.example.org"
            )
        loopback = data.smtp_host in ("localhost", "127.0.0.1", "::1")
        if data.security == "none" and self.password.text() and not loopback:
            problems["security"] = self.tr(
                "with no security the password would cross the network readable: "
                "choose STARTTLS or TLS"
            )
        return problems

    def _check(self) -> mail_account.AccountInput | None:
        self.clear_problems()
        data = self.typed()
        problems = self.local_problems(data)
        if problems:
            self.show_problems(problems)
            self.adjustSize()  # the lines under the fields take room: never cut the rest
            return None
        return data

    # --- saving -----------------------------------------------------------------------------

    def accept(self) -> None:
        data = self._check()
        if data is None:
            return
        password = self.password.text()
        if not password and not self.stored and data.username:
            self.show_problems(
                {"password": self.tr("the password is needed, once; it is kept safely")}
            )
            return
        switches = {
            "automatic": self.automatic.isChecked(),
            "send_digest": self.send_digest.isChecked(),
        }
        try:
            account = self.ctx.run(
                mail_account.save_account, data, label=self.tr("Set up the mail account")
            )
            if {k: getattr(account, k) for k in switches} != switches:
                self.ctx.run(
                    mail_sending.set_sending, **switches, label=self.tr("Change how mail is sent")
                )
            note = ""
            if password:
                with self.ctx.db.session() as session:
                    stored = mail_account.get_account(session)
                    assert stored is not None  # saved just now
                    note = mail_account.store_password(session, stored, password)
        except CoalitionError as exc:
            self.show_error(exc)
            self.adjustSize()
            return
        self.ctx.message.emit(
            self.tr("Mail account saved: {address} through {host}. {note}")
            .format(address=data.from_address, host=data.smtp_host, note=note)
            .strip()
        )
        self.kept = note
        self.saved.emit(note)
        super().accept()

    # --- the test message ---------------------------------------------------------------------

    def testing(self) -> bool:
        return self._task is not None

    def send_test(self) -> None:
        data = self._check()
        if data is None or self._task is not None:
            return
        password = self.password.text() or None
        if password is None and self.stored:
            with self.ctx.reading() as session:
                current = mail_account.get_account(session)
                password = mail_account.load_password(session, current) if current else None
        to = self.test_to.text().strip() or data.from_address
        self.test_result.hide()
        self.test_button.setEnabled(False)
        self.busy.show()
        account = MailAccount(**dataclasses.asdict(data))  # as typed, not stored
        task = Task(lambda _progress: mail_account.send_test(account, password, to), password)
        task.succeeded.connect(lambda _r: self._tested(to))
        task.failed.connect(self._test_failed)
        self._task = task
        task.start()

    def _finish_test(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
        self.busy.hide()
        self.test_button.setEnabled(True)

    def _tested(self, to: str) -> None:
        self._finish_test()
        self.test_result.setStyleSheet(good_style())
        self.test_result.setText(
            self.tr("A test message went to {to}: look for it in that mailbox.").format(to=to)
        )
        self.test_result.show()
        self.adjustSize()

    def _test_failed(self, reason: str) -> None:
        self._finish_test()
        self.test_result.setStyleSheet(error_style())
        self.test_result.setText(sentence(scrub(reason, self.password.text())))
        self.test_result.show()
        self.adjustSize()

    def done(self, result: int) -> None:
        if self._task is not None:  # let a test still running end before the dialog goes
            self._task.wait()
        super().done(result)
