"""The unlock, recovery-key and passphrase screens, driven as a person would."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from coalition.store import keychain, open_database
from coalition.store.encryption import (
    KeyMaterial,
    file_state,
    key_from_typed,
    keyring_name,
    remember_key,
    stored_key,
)
from coalition.ui.security.unlock import (
    PassphraseDialog,
    RecoveryKeyDialog,
    UnlockDialog,
    obtain_key,
)
from memory_keyring import MemoryKeyring
from secret_service import SecretService

SHOTS = Path(os.environ.get("COALITION_SCREENSHOTS", "/tmp"))


def _encrypted(tmp_path: Path, key: KeyMaterial) -> Path:
    path = (tmp_path / "coalition.db").resolve()
    open_database(path, key=key).close()
    return path


def test_a_key_in_the_keyring_opens_without_any_dialog(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    key = KeyMaterial.generate()
    path = _encrypted(tmp_path, key)
    keychain.put(keyring_name(path), key.to_keyring())
    shown: list[QDialog] = []
    QTimer.singleShot(
        0,
        lambda: shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        ),
    )
    assert obtain_key(None, path) == key
    assert not shown


def test_unlock_with_the_recovery_key_after_a_wrong_one(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    key = KeyMaterial.generate()
    path = _encrypted(tmp_path, key)
    before = path.read_bytes()
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.secret, "not the passphrase")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "does not open this database" in dialog.error.text()
    assert path.read_bytes() == before
    dialog.grab().save(str(SHOTS / "unlock-wrong.png"))

    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, key.recovery_key().lower().replace("-", " "))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.key == key
    # Kept in the keyring: the next start asks nothing.
    assert stored_key(path) == key


def test_a_typo_in_the_recovery_key_is_named_as_one(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    key = KeyMaterial.generate()
    path = _encrypted(tmp_path, key)
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    code = key.recovery_key()
    qtbot.keyClicks(dialog.secret, ("B" if code[0] != "B" else "C") + code[1:])
    dialog.accept()
    assert "typo" in dialog.error.text()


def test_set_up_shows_the_recovery_key_once_and_waits_for_it_to_be_kept(
    qtbot: QtBot, tmp_path: Path
) -> None:
    key = KeyMaterial.generate()
    dialog = RecoveryKeyDialog(key, tmp_path / "coalition.db")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.code.text().replace("\n", "")
    assert key_from_typed(shown) == key
    assert not dialog.ok_button.isEnabled()
    dialog.grab().save(str(SHOTS / "recovery-key.png"))
    dialog.kept.setChecked(True)
    assert dialog.ok_button.isEnabled()


def test_first_start_with_a_keyring_encrypts_a_plain_database_with_a_new_key(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = (tmp_path / "coalition.db").resolve()
    open_database(path).close()

    def acknowledge() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, RecoveryKeyDialog) and w.isVisible()
        )
        dialog.kept.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, acknowledge)
    key = obtain_key(None, path)
    assert key is not None and stored_key(path) == key
    open_database(path, key=key).close()
    assert file_state(path) == "encrypted"


def test_without_a_keyring_a_passphrase_is_chosen_twice(
    qtbot: QtBot, tmp_path: Path, no_keyring: None
) -> None:
    dialog = PassphraseDialog(tmp_path / "coalition.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "short")
    dialog.accept()
    assert "at least" in dialog.error.text()
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "correct horse battery")
    qtbot.keyClicks(dialog.second, "correct horse batter")
    dialog.accept()
    assert "differ" in dialog.error.text() and dialog.isVisible()
    dialog.grab().save(str(SHOTS / "passphrase.png"))
    qtbot.keyClicks(dialog.second, "y")
    dialog.accept()
    assert dialog.key == KeyMaterial.passphrase("correct horse battery")


def test_cancelling_the_unlock_opens_nothing(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = _encrypted(tmp_path, KeyMaterial.generate())

    def cancel() -> None:
        next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, UnlockDialog) and w.isVisible()
        ).reject()

    QTimer.singleShot(0, cancel)
    assert obtain_key(None, path) is None


def _unlock_typing(qtbot: QtBot, key: KeyMaterial, said: list[str], shot: str) -> None:
    """Type the recovery key into the unlock dialog when it shows, noting what it says."""
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()
    )
    said.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
    dialog.grab().save(str(SHOTS / shot))
    qtbot.keyClicks(dialog.secret, key.recovery_key())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_a_locked_secret_service_asks_for_the_recovery_key_and_says_why(
    qtbot: QtBot, tmp_path: Path, secret_service: SecretService
) -> None:
    key = KeyMaterial.generate()
    path = _encrypted(tmp_path, key)
    remember_key(path, key)
    assert secret_service.secrets() == {keyring_name(path): key.to_keyring()}
    secret_service.lock()

    said: list[str] = []
    QTimer.singleShot(0, lambda: _unlock_typing(qtbot, key, said, "unlock-keyring-locked.png"))
    assert obtain_key(None, path) == key
    assert "The keyring is locked" in said[0]
    # The key it keeps is still there for when it is unlocked; the file opens as it was.
    assert secret_service.names() == {keyring_name(path)}
    open_database(path, key=key).close()


def test_a_secret_service_gone_asks_for_the_recovery_key(
    qtbot: QtBot, tmp_path: Path, secret_service: SecretService
) -> None:
    key = KeyMaterial.generate()
    path = _encrypted(tmp_path, key)
    remember_key(path, key)
    secret_service.stop()

    said: list[str] = []
    QTimer.singleShot(0, lambda: _unlock_typing(qtbot, key, said, "unlock-keyring-gone.png"))
    assert obtain_key(None, path) == key
    assert "The keyring could not be read: its service is not running" in said[0]
    open_database(path, key=key).close()
