"""File → Restore from backup…: the list of backups, and a restore that carries on in a
window on the restored database."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coalition import backups, directory, search
from coalition.store import open_database
from coalition.store.encryption import KeyMaterial
from coalition.ui import app
from coalition.ui.context import AppContext
from coalition.ui.mainwindow import MainWindow
from coalition.ui.restore import BackupsDialog, restore_interactively

SHOTS = Path(os.environ.get("COALITION_SCREENSHOTS", "/tmp"))


def test_restoring_a_backup_brings_back_its_records_in_a_new_window(qtbot, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    key = KeyMaterial.generate()
    path = tmp_path / "coalition.db"
    db = open_database(path, key=key)
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Yes California"))
    backups.backup_now(path, key, "daily")
    with db.session() as session:
        directory.create_organization(session, directory.OrganizationInput(name="Made after the backup"))
    window = MainWindow(AppContext(db, settings))
    qtbot.addWidget(window)

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BackupsDialog) and w.isVisible())
        assert dialog.list.count() == 1 and "Daily" in dialog.list.item(0).text()
        dialog.grab().save(str(SHOTS / "restore.png"))
        dialog.list.setCurrentRow(0)
        QTimer.singleShot(0, confirm)
        dialog.accept()

    def confirm() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, choose)
    assert restore_interactively(window)
    fresh = app._windows[-1]
    qtbot.addWidget(fresh)
    assert fresh is not window and fresh.ctx.db.encrypted
    with fresh.ctx.reading() as session:
        assert search.search(session, "Yes California")
        assert not search.search(session, "Made after the backup")
    kept = [b for b in backups.list_backups(path) if b.kind == "before-restore"]
    assert len(kept) == 1
    fresh.ctx.db.close()
