"""File → New recovery key…: a new key for the database and its backups, shown once.

The new recovery key is shown, and must be said kept, before anything changes; then the
keyring takes the new key (keeping the old one as the previous key), the database and
every backup of it are re-encrypted (each through a checked copy and one rename, so that
a crash at any instant is finished or undone at the next start:
:mod:`coalition.security.keychange`), and a window carries on with the database under it.  The
old recovery key then opens nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from coalition.common.errors import CoalitionError
from coalition.security import keychange
from coalition.store import keychain
from coalition.store.encryption import KeyMaterial, stored_keys
from coalition.ui.common.context import AppContext
from coalition.ui.common.fieldproblems import ask_to_confirm
from coalition.ui.security.unlock import RecoveryKeyDialog

if TYPE_CHECKING:
    from coalition.ui.shell.mainwindow import MainWindow

if TYPE_CHECKING:
    from coalition.ui.shell.mainwindow import MainWindow


def can_make_new_key(ctx: AppContext) -> str | None:
    """Why a new recovery key cannot be made for this database (None: it can)."""
    db = ctx.db
    if db.path is None or not db.is_sqlite:
        return "Recovery keys are for the encrypted database on this computer, not for a server."
    if db.key is None:
        return (
            f"{db.path} is not encrypted, so it has no recovery key "
            "(coalition --db FILE encrypt encrypts it)."
        )
    if db.key.kind != "raw":
        return (
            "This database opens with a passphrase, which is its own recovery: "
            "change it with coalition rekey."
        )
    return None


def confirm(parent: QWidget) -> bool:
    return ask_to_confirm(
        parent,
        QCoreApplication.translate("Rekey", "Make a new recovery key?"),
        QCoreApplication.translate(
            "Rekey",
            "The database and its backups are encrypted again under a new key. The recovery key "
            "you have now stops opening them; the new one is shown once, before anything changes.",
        ),
        action=QCoreApplication.translate("Rekey", "Make a new key"),
    )


def new_recovery_key_interactively(
    window: MainWindow, *, show: Callable[[QDialog], object] | None = None
) -> bool:
    """Ask, show the new key, re-encrypt, and put a window on the database in the place of
    ``window``.  ``show`` runs the recovery-key dialog (the dialog's exec by default).
    Returns whether the key was changed."""
    ctx: AppContext = window.ctx
    owner = window.owner
    if owner is None:  # a window nothing opened: no other could take its place
        return False
    reason = can_make_new_key(ctx)
    if reason is not None:
        ctx.error.emit(reason)
        return False
    if not confirm(window):
        return False
    db = ctx.db
    path, old = db.path, db.key
    assert path is not None and old is not None  # can_make_new_key said so
    new = KeyMaterial.generate()
    dialog = RecoveryKeyDialog(new, path, parent=window)
    accepted = (show or (lambda d: d.exec()))(dialog) == QDialog.DialogCode.Accepted
    if not accepted:
        ctx.message.emit(
            QCoreApplication.translate(
                "Rekey", "Nothing changed: the recovery key you have still opens the database."
            )
        )
        return False
    db.close()
    kept, _problem = stored_keys(path)
    try:
        redone = keychange.change_key(path, old, new, others=kept)
    except CoalitionError as exc:
        # Stopped partway (a file another program reads, a full disk): the database is under
        # the old key or the new one, and the next start finishes what the journal records.
        still = old if _opens(path, old) else new
        owner.open_window(str(path), key=still).statusBar().showMessage(
            window.tr("The key was not changed: {0}").format(exc), 15000
        )
        window.close()
        return False
    stored = keychain.available()
    fresh = owner.open_window(str(path), key=new)
    where = (
        window.tr("kept in the keyring")
        if stored
        else window.tr("not kept in a keyring: keep the recovery key at hand")
    )
    fresh.statusBar().showMessage(
        window.tr("The database and {0} backup(s) are encrypted under the new key ({1}).").format(
            len(redone), where
        ),
        15000,
    )
    window.close()
    return True


def _opens(path: Path, key: KeyMaterial) -> bool:
    from coalition.store.encryption import key_opens

    return key_opens(path, key)
