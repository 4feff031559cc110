"""The first start's encryption of a plain database: the window stays alive and says what
it is doing, and the passphrase dialog shows all of its text."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog
from pytestqt.qtbot import QtBot

from coalition import sample
from coalition.store import open_database
from coalition.store.encryption import file_state, stored_key
from coalition.ui.security.unlock import PassphraseDialog, RecoveryKeyDialog
from coalition.ui.shell import app
from memory_keyring import MemoryKeyring

SHOTS = Path(os.environ.get("COALITION_SCREENSHOTS", "/tmp"))


class _BusyWatch(QObject):
    """Notes each busy dialog as it appears: its text, and whether the file was still
    plain then (the dialog came before the work, not after it)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.seen: list[tuple[str, str, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QProgressDialog):
            self.seen.append(
                (watched.labelText(), file_state(self.path), watched.parentWidget() is not None)
            )
        return False


def test_the_first_start_encrypts_a_plain_database_with_a_sign_of_life(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    path = (tmp_path / "coalition.db").resolve()
    db = open_database(path)
    with db.session() as session:
        sample.load_sample(session)
    db.close()

    def acknowledge() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, RecoveryKeyDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, acknowledge)
            return
        dialog.kept.setChecked(True)
        dialog.accept()

    watch = _BusyWatch(path)
    QApplication.instance().installEventFilter(watch)
    try:
        QTimer.singleShot(0, acknowledge)
        window = app.Application().start_window(str(path), settings, encrypt=True)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.databaseAttached, timeout=20_000):
            pass
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.seen, "no busy indicator while the database was encrypted"
    text, state, over_the_window = watch.seen[0]
    assert text.startswith("Encrypting your coalition's data on this computer…")
    assert state == "plain" and over_the_window
    assert file_state(path) == "encrypted" and stored_key(path) is not None
    assert not any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert window.area("organizations").model.rowCount() > 0  # type: ignore[attr-defined]  # area returns a QWidget; this area is a ListScreen
    window.ctx.db.close()


def test_the_passphrase_dialog_shows_every_line_of_its_text(
    qtbot: QtBot, tmp_path: Path, no_keyring: None
) -> None:
    deep = tmp_path / "a folder with a long name" / "another folder inside it" / "coalition.db"
    dialog = PassphraseDialog(deep, converting=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.error.setText("The two passphrases differ.")
    dialog.error.show()
    QApplication.processEvents()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), (
                f"cut: {label.text()[:40]}…"
            )
    assert dialog.width() <= 700  # the long path wraps instead of widening the dialog
    dialog.grab().save(str(SHOTS / "passphrase-whole.png"))
