"""File → New recovery key…: shown before anything changes, then the database and its
backups open with the new key only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from coalition.directory import records as directory
from coalition.security import keychange
from coalition.store import backups, keychain, open_database
from coalition.store.encryption import KeyMaterial, WrongKeyError, key_opens, keyring_name
from coalition.ui.common.context import AppContext
from coalition.ui.security import rekey
from coalition.ui.security.unlock import RecoveryKeyDialog, obtain_key
from coalition.ui.shell import app
from coalition.ui.shell.mainwindow import MainWindow
from memory_keyring import MemoryKeyring
from security.test_rekey_crash import _kill_at, _laptop


def _answer_yes() -> None:
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    box.button(QMessageBox.StandardButton.Yes).click()


def _window(qtbot, path: Path, key: KeyMaterial, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    db = open_database(path, key=key)
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Yes California"))
    backups.backup_now(path, key, "daily")
    window = MainWindow(AppContext(db, settings), owner=app.Application())
    qtbot.addWidget(window)
    return window


def test_a_new_recovery_key_replaces_the_old_one_everywhere(
    qtbot,
    tmp_path: Path,
    settings,
    memory_keyring: MemoryKeyring,  # type: ignore[no-untyped-def]
) -> None:
    old = KeyMaterial.generate()
    path = tmp_path / "coalition.db"
    window = _window(qtbot, path, old, settings)
    shown: list[str] = []

    def keep(dialog: RecoveryKeyDialog) -> int:
        shown.append(dialog.key.recovery_key())
        assert not dialog.ok_button.isEnabled()  # not before it is said kept
        dialog.kept.setChecked(True)
        dialog.ok_button.click()
        return dialog.result()

    QTimer.singleShot(0, _answer_yes)
    assert rekey.new_recovery_key_interactively(window, show=keep)
    fresh = window.owner.windows[-1]
    qtbot.addWidget(fresh)
    new = fresh.ctx.db.key
    assert new is not None and new.recovery_key() == shown[0] != old.recovery_key()
    with fresh.ctx.reading() as session:
        assert directory.find_organization_by_name(session, "Yes California") is not None
    fresh.ctx.db.close()
    (backup,) = backups.list_backups(path)
    assert key_opens(path, new) and key_opens(backup.path, new)
    assert not key_opens(path, old) and not key_opens(backup.path, old)
    with pytest.raises(WrongKeyError):
        open_database(path, key=old)
    # Done: the keyring holds the new key alone, and no record of the change is left.
    assert memory_keyring.secrets == {
        (keychain.SERVICE, keyring_name(path.resolve())): new.to_keyring()
    }
    assert not keychange.pending(path)


def test_closing_the_new_key_unread_changes_nothing(
    qtbot,
    tmp_path: Path,
    settings,
    memory_keyring: MemoryKeyring,  # type: ignore[no-untyped-def]
) -> None:
    old = KeyMaterial.generate()
    path = tmp_path / "coalition.db"
    window = _window(qtbot, path, old, settings)
    said: list[str] = []
    window.ctx.message.connect(said.append)
    QTimer.singleShot(0, _answer_yes)
    assert not rekey.new_recovery_key_interactively(
        window, show=lambda d: QDialog.DialogCode.Rejected
    )
    assert window.ctx.db.key is old
    assert "Nothing changed" in said[-1]
    window.ctx.db.close()
    assert key_opens(path, old)


def test_a_plain_database_has_no_recovery_key_to_renew(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    assert "is not encrypted" in (rekey.can_make_new_key(ctx) or "")


def test_a_change_cut_short_is_finished_at_the_next_start_and_said_so(
    qtbot,
    tmp_path: Path,
    template,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """`coalition recovery-key` killed after the new key was shown and before the files
    were re-encrypted: the window's start finishes the change and says so."""
    import keyring

    from file_keyring import ENV, FileKeyring

    laptop = _laptop(tmp_path, template)
    _kill_at(laptop, "recovery-key", "swap#1")
    (shown,) = laptop.printed
    assert key_opens(laptop.db, laptop.first_key) and keychange.pending(laptop.db)
    monkeypatch.setenv(ENV, str(laptop.keyring_file))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    keychain.forget_this_run()
    said: list[str] = []

    def read_the_note() -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        said.append(box.text())
        box.accept()

    try:
        QTimer.singleShot(0, read_the_note)
        assert obtain_key(None, laptop.db) == shown
    finally:
        keyring.set_keyring(previous)
        keychain.forget_this_run()
    assert "now finished" in said[0]
    assert not keychange.pending(laptop.db) and laptop.previous() is None
    for path in laptop.files():
        assert key_opens(path, shown) and not key_opens(path, laptop.first_key)
