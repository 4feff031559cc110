"""Unlocking the database before the window opens it, and setting up its encryption.

:func:`obtain_key` is called once at start, before the database is opened.  When the key
is in the keyring (the usual case) it returns it without showing anything.  Otherwise it
shows one of three dialogs:

- :class:`UnlockDialog`: the file is encrypted and its key is not here (another
  computer, a keyring that was reset): type the passphrase or the recovery key.
- :class:`RecoveryKeyDialog`: a new database, or an unencrypted one about to be
  encrypted, on a computer with a keyring: the recovery key, shown this once.
- :class:`PassphraseDialog`: the same, on a computer without a keyring: choose a
  passphrase, typed twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalition import APP_NAME
from coalition.common.errors import DatabaseError
from coalition.common.i18n import shown
from coalition.security.keychange import Unlocked
from coalition.store import keychain
from coalition.store.encryption import (
    MIN_PASSPHRASE,
    KeyMaterial,
    WrongKeyError,
    file_state,
    key_from_environment,
    key_from_typed,
    remember_key,
    stored_key,
    stored_keys,
)
from coalition.ui.common.colours import error_style
from coalition.ui.common.widgets import bold, breakable_path, keep_wrapped_text_whole, muted


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("unlockError")
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label


def _heading(text: str) -> QLabel:
    label = bold(QLabel(text), 1.25)
    label.setWordWrap(True)
    return label


class UnlockDialog(QDialog):
    """Type the passphrase or the recovery key of an encrypted database.

    The key is tried against the file before the dialog closes: a wrong one is said
    under the field, and the file is not touched.
    """

    error: QLabel  # under the field; typing clears it

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        problem: str | None = None,
        keep: bool = True,
        heading: str | None = None,
    ):
        super().__init__(parent)
        self.path = Path(path)
        self.key: KeyMaterial | None = None
        self.found: Unlocked | None = None
        self.setWindowTitle(self.tr("Unlock — {APP_NAME}").format(APP_NAME=APP_NAME))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(heading or self.tr("This database is encrypted")))
        # Why it asks: a keyring that is locked or gone is said so, the key is not lost.
        why = (
            problem[:1].upper() + problem[1:] + "."
            if problem
            else self.tr("Its key is not in this computer's keyring.")
        )
        where = muted(
            self.tr("{path}\n\n{why} ").format(path=self.path, why=why)
            + self.tr(
                "Type its passphrase, or the recovery key you were given when it was set up "
                "(14 groups of four letters and digits)."
            )
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.secret = QLineEdit()
        self.secret.setObjectName("unlockSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.secret.textEdited.connect(lambda _t: self.error.hide())
        show = QCheckBox(self.tr("Show what I type"))
        show.toggled.connect(
            lambda on: self.secret.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        layout.addWidget(self.secret)
        layout.addWidget(show)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.keep = keep  # a backup's older key is used once, never kept
        self.remember = QCheckBox(self.tr("Keep the key in this computer's keyring"))
        self.remember.setChecked(keychain.available() and keep)
        self.remember.setEnabled(keychain.available())
        if not keychain.available():
            self.remember.setToolTip(
                self.tr("There is no keyring on this computer: the key is kept until you quit")
            )
        layout.addWidget(self.remember)
        self.remember.setVisible(keep)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keep_wrapped_text_whole(self)

    def show_problem(self, text: str) -> None:
        self.error.setText(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))
        self.error.show()
        self.secret.selectAll()
        self.secret.setFocus()

    def accept(self) -> None:
        typed = self.secret.text()
        if not typed.strip():
            self.show_problem("type the passphrase or the recovery key")
            return
        try:
            key = key_from_typed(typed)
        except (WrongKeyError, DatabaseError) as exc:
            self.show_problem(shown(exc))
            return
        from coalition.security import keychange

        try:
            found = keychange.unlock_with(self.path, key)
        except DatabaseError as exc:
            self.show_problem(shown(exc))
            return
        if found is None:
            what = "recovery key" if key.kind == "raw" else "passphrase"
            self.show_problem(f"that {what} does not open this database; nothing was changed")
            return
        self.found = found
        key = self.key = found.key
        if self.keep and self.remember.isChecked():
            remember_key(self.path, key)
        elif self.keep:
            keychain.remember_for_this_run(_name(self.path), key.to_keyring())
        super().accept()


def _name(path: Path) -> str:
    from coalition.store.encryption import keyring_name

    return keyring_name(path)


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown this once, with what it is for.  Continue is enabled once
    the person says they have kept it."""

    def __init__(
        self,
        key: KeyMaterial,
        path: Path,
        *,
        converting: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(self.tr("Your recovery key — {APP_NAME}").format(APP_NAME=APP_NAME))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Keep this recovery key somewhere safe")))
        what = (
            self.tr("Your coalition's data is being encrypted on this computer.")
            if converting
            else self.tr("Your coalition's data is encrypted on this computer.")
        )
        layout.addWidget(
            muted(
                self.tr(
                    "{what} Its key is kept in this computer's keyring, so Coalition opens "
                    "without asking. If the keyring is lost, or you move the database to another "
                    "computer, this recovery key is the only way to open it. Write it down or "
                    "print it, and keep it apart from this laptop. It is shown only now."
                ).format(what=what)
            )
        )
        self.code = QLabel(_two_lines(key.recovery_key()))
        self.code.setObjectName("recoveryKey")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.35 if font.pointSizeF() > 0 else 13)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setStyleSheet(
            "padding: 12px; border: 1px solid palette(mid); border-radius: 4px;"
        )
        layout.addWidget(self.code)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("Copy"))
        copy.setToolTip(self.tr("Copy the recovery key, to paste it into a password manager"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key.recovery_key()))
        row.addStretch(1)
        row.addWidget(copy)
        layout.addLayout(row)
        layout.addWidget(muted(self.tr("Database: {value}").format(value=breakable_path(path))))
        self.kept = QCheckBox(self.tr("I have written down or saved the recovery key"))
        self.kept.setObjectName("recoveryKept")
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Continue"))
        self.ok_button.setEnabled(False)
        self.kept.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keep_wrapped_text_whole(self)


def _two_lines(code: str) -> str:
    groups = code.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "-\n" + "-".join(groups[half:])


class PassphraseDialog(QDialog):
    """Choose a passphrase where there is no keyring to keep a key in."""

    def __init__(self, path: Path, *, converting: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.key: KeyMaterial | None = None
        self.setWindowTitle(self.tr("Choose a passphrase — {APP_NAME}").format(APP_NAME=APP_NAME))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Choose a passphrase for this database")))
        first = (
            self.tr("Your coalition's data will be encrypted on this computer.")
            if converting
            else self.tr("Your coalition's data is encrypted on this computer.")
        )
        rest = self.tr(
            "There is no keyring here to keep its key, so Coalition will ask for this "
            "passphrase each time it starts. Use at least {count} characters; a few "
            "unrelated words are easy to remember and hard to guess. Without it, the data "
            "cannot be opened by anyone, you included."
        ).format(count=MIN_PASSPHRASE)
        layout.addWidget(muted(f"{first} {rest}"))
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Again"), self.second)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addWidget(muted(self.tr("Database: {value}").format(value=breakable_path(path))))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Encrypt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keep_wrapped_text_whole(self)

    def accept(self) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE:
            self.error.setText(
                self.tr("A passphrase needs at least {MIN_PASSPHRASE} characters.").format(
                    MIN_PASSPHRASE=MIN_PASSPHRASE
                )
            )
        elif first != second:
            self.error.setText(self.tr("The two passphrases differ."))
        else:
            self.key = KeyMaterial.passphrase(first)
            super().accept()
            return
        self.error.show()
        self.first.setFocus()


def obtain_key(parent: QWidget | None, path: Path) -> KeyMaterial | None:
    """The key to open the database at ``path`` with, asking only when it must; None when
    the person cancelled.

    An encrypted file whose key is in the keyring (the current one, or the previous one
    while a key change is unfinished) or in ``$COALITION_PASSPHRASE`` opens without a
    dialog; a key change cut short is finished or undone on the way
    (:func:`coalition.security.keychange.unlock`).  A new or unencrypted file gets a key: a random
    one kept in the keyring, its recovery key shown once; without a keyring, a
    passphrase chosen now.
    """
    from coalition.security import keychange

    path = Path(path).expanduser().resolve()
    state = file_state(path)
    if state == "encrypted":
        kept, problem = stored_keys(path)
        found = keychange.unlock(path, [*kept, key_from_environment()])
        if found is None:
            unlock = UnlockDialog(path, parent, problem=problem)
            if unlock.exec() != QDialog.DialogCode.Accepted or unlock.found is None:
                return None
            found = unlock.found
        if found.note:
            _tell(parent, found.note)
        if not kept or kept[0] != found.key:
            remember_key(path, found.key)
        return found.key
    known = stored_key(path)
    if known is not None:  # set up already (by the command line) but not created yet
        return known
    converting = state == "plain"
    if keychain.available():
        key = KeyMaterial.generate()
        shown = RecoveryKeyDialog(key, path, converting=converting, parent=parent)
        if shown.exec() != QDialog.DialogCode.Accepted:
            return None
        remember_key(path, key)
        return key
    chosen = PassphraseDialog(path, converting=converting, parent=parent)
    if chosen.exec() != QDialog.DialogCode.Accepted or chosen.key is None:
        return None
    remember_key(path, chosen.key)
    return chosen.key


def _tell(parent: QWidget | None, note: str) -> None:
    """Say what was done to a key change cut short (finished, or undone)."""
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("unlock", "The database's key")
    QMessageBox.information(parent, title, note)
