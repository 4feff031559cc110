"""File → Restore from backup…: the list of backups, and a restore that carries on in a
window on the restored database."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.search import query as search
from coalition.store import backups, encryption, open_database
from coalition.store.encryption import KeyMaterial, stored_key
from coalition.ui.common.context import AppContext
from coalition.ui.security.restore import BackupsDialog, restore_interactively
from coalition.ui.security.unlock import UnlockDialog
from coalition.ui.shell import app
from coalition.ui.shell.mainwindow import MainWindow

SHOTS = Path(os.environ.get("COALITION_SCREENSHOTS", "/tmp"))


def test_restoring_a_backup_brings_back_its_records_in_a_new_window(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    key = KeyMaterial.generate()
    path = tmp_path / "coalition.db"
    db = open_database(path, key=key)
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Yes California"))
    backups.backup_now(path, key, "daily")
    with db.session() as session:
        directory.create_organization(
            session, directory.OrganizationInput(name="Made after the backup")
        )
    window = MainWindow(AppContext(db, settings), owner=app.Application())
    qtbot.addWidget(window)

    def choose() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, BackupsDialog) and w.isVisible()
        )
        assert dialog.list.count() == 1 and "Daily" in dialog.list.item(0).text()
        dialog.grab().save(str(SHOTS / "restore.png"))
        dialog.list.setCurrentRow(0)
        QTimer.singleShot(0, confirm)
        dialog.accept()

    def confirm() -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, choose)
    assert restore_interactively(window)
    fresh = window.owner.windows[-1]
    qtbot.addWidget(fresh)
    assert fresh is not window and fresh.ctx.db.encrypted
    with fresh.ctx.reading() as session:
        assert search.search(session, "Yes California")
        assert not search.search(session, "Made after the backup")
    kept = [b for b in backups.list_backups(path) if b.kind == "before-restore"]
    assert len(kept) == 1
    fresh.ctx.db.close()


def test_a_backup_under_an_earlier_key_is_marked_and_restored_once_that_key_is_typed(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    key, earlier = KeyMaterial.generate(), KeyMaterial.generate()
    path = tmp_path / "coalition.db"
    db = open_database(path, key=key)
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Yes California"))
    made = backups.backup_now(path, key, "daily")
    encryption.rekey_file(made, key, earlier)  # left so by a key change of an older Coalition
    with db.session() as session:
        directory.create_organization(
            session, directory.OrganizationInput(name="Made after the backup")
        )
    window = MainWindow(AppContext(db, settings), owner=app.Application())
    qtbot.addWidget(window)
    listed: list[str] = []
    asked: list[str] = []

    def choose() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, BackupsDialog) and w.isVisible()
        )
        listed.append(dialog.list.item(0).text())
        dialog.resize(1366, 768)
        dialog.grab().save(str(SHOTS / "restore-earlier-list.png"))
        dialog.list.setCurrentRow(0)
        QTimer.singleShot(0, confirm)
        dialog.accept()

    def confirm() -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        QTimer.singleShot(0, type_the_earlier_key)
        box.button(QMessageBox.StandardButton.Yes).click()

    def type_the_earlier_key() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, UnlockDialog) and w.isVisible()
        )
        asked.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        assert not dialog.remember.isVisible()
        dialog.grab().save(str(SHOTS / "restore-earlier-key.png"))
        qtbot.keyClicks(dialog.secret, "not it")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.error.isVisible()
        dialog.secret.clear()
        qtbot.keyClicks(dialog.secret, earlier.recovery_key())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    assert restore_interactively(window)
    assert "under an earlier key" in listed[0]
    assert "made under an earlier key" in asked[0]
    fresh = window.owner.windows[-1]
    qtbot.addWidget(fresh)
    assert fresh.ctx.db.key == key
    with fresh.ctx.reading() as session:
        assert search.search(session, "Yes California")
        assert not search.search(session, "Made after the backup")
    fresh.ctx.db.close()
    assert stored_key(made) is None  # the earlier key was used once, not kept
