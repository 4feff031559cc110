"""File → Restore from backup…: pick a backup by its date, restore it, and go on in a
window on the restored database (the one replaced is kept as a backup of its own)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coalition import APP_NAME
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.store import backups, encryption
from coalition.store.encryption import KeyMaterial
from coalition.ui.common import formatting
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import ask_to_confirm
from coalition.ui.common.widgets import bold, muted

if TYPE_CHECKING:
    from coalition.ui.shell.mainwindow import MainWindow

if TYPE_CHECKING:
    from coalition.ui.shell.mainwindow import MainWindow


def _when(moment: dt.datetime, *, weekday: bool = False) -> str:
    """When a backup was made, in the locale's words: "Tuesday, December 8, 2026, 5:30 PM"."""
    day = formatting.long_date(moment.date()) if weekday else formatting.date(moment)
    return f"{day}, {formatting.time(moment)}"


def _size(n: int) -> str:
    size: float = n
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return (
                f"{formatting.number(size)} {unit}"
                if unit == "bytes"
                else f"{formatting.number(size, 1)} {unit}"
            )
        size /= 1024
    return str(size)


class BackupsDialog(QDialog):
    """The backups of the open database, newest first, to restore one or make one now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: backups.BackupInfo | None = None
        self.setWindowTitle(self.tr("Restore from backup — {APP_NAME}").format(APP_NAME=APP_NAME))
        self.resize(560, 400)
        layout = QVBoxLayout(self)
        layout.addWidget(bold(QLabel(self.tr("Restore from a backup")), 1.2))
        encrypted = self.tr("encrypted like the database, ") if ctx.db.encrypted else ""
        folder = (
            backups.backup_folder(ctx.db.path) if ctx.db.path else self.tr("the backups folder")
        )
        layout.addWidget(
            muted(
                self.tr(
                    "Coalition backs up the database once a day and before each update "
                    "({encrypted}in {folder}). Restoring one replaces the database; the database "
                    "as it is now is kept as a backup, so you can come back to it the same way."
                ).format(encrypted=encrypted, folder=folder)
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout.addWidget(self.list, 1)
        self.back_up_now = QPushButton(self.tr("Back up now"))
        self.back_up_now.clicked.connect(self.make_backup)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.back_up_now, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Restore…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        path = self.ctx.db.path
        found = backups.list_backups(path) if path is not None else []
        key = self.ctx.db.key
        for info in found:
            text = f"{_when(info.made_at, weekday=True)}    {info.label}    {_size(info.size)}"
            if key is not None and _under_another_key(info.path, key):
                # Made before a key change and left under the key of then: still
                # restorable, with that key (asked for when it is chosen).
                text += "    " + self.tr("under an earlier key")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        if not found:
            self.list.addItem(
                self.tr("No backup yet: the first is made today, a few seconds after start.")
            )
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._selection_changed()

    def _selection_changed(self) -> None:
        item = self.list.currentItem()
        self.chosen = (
            item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None
        )
        self.ok_button.setEnabled(self.chosen is not None)

    def make_backup(self) -> None:
        if self.ctx.db.path is None:
            return
        try:
            made = backups.backup_now(self.ctx.db.path, self.ctx.db.key)
        except CoalitionError as exc:
            self.ctx.error.emit(shown(exc))
            return
        self.ctx.message.emit(self.tr("Backed up to {made}").format(made=made))
        self.refresh()


def restore_interactively(window: MainWindow) -> bool:
    """Ask which backup, confirm, restore, and put a window on the restored database in the
    place of ``window``.  Returns whether a backup was restored."""
    ctx: AppContext = window.ctx
    db = ctx.db
    owner = window.owner
    if owner is None:  # a window nothing opened: no other could take its place
        return False
    if db.path is None or not db.is_sqlite:
        ctx.error.emit(
            QCoreApplication.translate(
                "Restore", "Backups are of the database on this computer, not of a server."
            )
        )
        return False
    dialog = BackupsDialog(ctx, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    chosen = dialog.chosen
    if not ask_to_confirm(
        window,
        QCoreApplication.translate("Restore", "Restore the backup of {when}?").format(
            when=_when(chosen.made_at)
        ),
        QCoreApplication.translate(
            "Restore",
            "Everything changed since then is set aside: the database as it is now is kept as a "
            "backup, which you can restore the same way.",
        ),
        action=QCoreApplication.translate("Restore", "Restore"),
    ):
        return False
    path, key = db.path, db.key
    backup_key = _backup_key(window, path, chosen, key)
    if backup_key is False:
        return False
    db.close()
    try:
        kept = backups.restore(path, chosen.path, key, backup_key or None)
        fresh = owner.open_window(str(path), key=key)
    except CoalitionError as exc:
        ctx.error.emit(
            QCoreApplication.translate("Restore", "The backup was not restored: {exc}").format(
                exc=shown(exc)
            )
        )
        return False
    said = QCoreApplication.translate(
        "Restore", "Restored the backup of {when}; the database as it was is kept in {kept}"
    )
    fresh.statusBar().showMessage(said.format(when=_when(chosen.made_at), kept=kept), 15000)
    window.close()
    return True


def _under_another_key(path: Path, key: KeyMaterial) -> bool:
    return encryption.file_state(path) == "encrypted" and not encryption.key_opens(path, key)


def _backup_key(
    window: MainWindow, path: Path, chosen: backups.BackupInfo, key: KeyMaterial | None
) -> KeyMaterial | Literal[False] | None:
    """The key of a backup made under an earlier key: the keyring's previous key, or typed
    (None: the database's own key opens it; False: the person cancelled)."""
    if key is None or not _under_another_key(chosen.path, key):
        return None
    kept, _problem = encryption.stored_keys(path)
    found = backups.opens_with(chosen.path, kept)
    if found is not None:
        return found
    from coalition.ui.security.unlock import UnlockDialog

    ask = UnlockDialog(
        chosen.path,
        window,
        problem=window.tr(
            "this backup was made under an earlier key than the database's (before a key change): "
            "it is restored under the database's key once that earlier key opens it"
        ),
        keep=False,
        heading=window.tr("This backup is under an earlier key"),
    )
    if ask.exec() != QDialog.DialogCode.Accepted or ask.key is None:
        return False
    return ask.key
