"""Sharing through the coalition server, as an organizer does it in the window.

Against the real PostgreSQL test server: the laptop in the window is Ana's (a real
SQLite file), the other laptop Ben's (:mod:`sync_helpers`).  Passwords go to an
in-memory keyring installed through keyring's own API, or to keyring's own "fail"
backend for a machine without one.  Syncs run in their worker thread; the tests wait
for it to end, never for a time.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coalition.directory import profiles
from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization
from coalition.directory.records import OrganizationInput
from coalition.store import keychain
from coalition.store.changes import IDENTITY
from coalition.store.models import Organization, Person
from coalition.sync.connection import (
    SSL_MODES,
    ServerProfile,
    load_profile,
    password_for,
    save_profile,
)
from coalition.ui.common.context import AppContext
from coalition.ui.shell.mainwindow import MainWindow
from coalition.ui.sync.controller import SyncController
from coalition.ui.sync.server_dialog import PasswordDialog, ServerDialog
from memory_keyring import MemoryKeyring
from sync_helpers import Laptop, Server

WORKER_TIMEOUT_MS = 60_000


@pytest.fixture
def server(pg_url: str) -> Server:
    return Server(pg_url)


@pytest.fixture
def as_ana(monkeypatch: pytest.MonkeyPatch, ctx: AppContext) -> None:
    """The window's laptop is Ana's: her profile and device go into every change it makes."""
    with ctx.db.session() as session:
        profiles.save_profile(
            session, profiles.ProfileInput("ana", "ana@example.org", "", "coordinator")
        )
    monkeypatch.setattr(IDENTITY, "device", "ana-laptop")


@pytest.fixture
def ben(tmp_path: Path, migrated_template: Path) -> Iterator[Laptop]:
    laptop = Laptop(tmp_path / "ben.db", migrated_template, "ben")
    yield laptop
    laptop.close()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, as_ana: None) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: hasattr(win, "sync_controller"))  # added once the area is painted
    controller(win).timer.stop()  # the automatic sync is triggered by hand here
    return win


def controller(win: MainWindow) -> SyncController:
    found = win.sync_controller  # type: ignore[attr-defined]
    assert isinstance(found, SyncController)
    return found


def set_up_server(ctx: AppContext, server: Server, *, password: bool = True) -> None:
    with ctx.db.session() as session:
        save_profile(session, server.profile)
    if password:
        assert server.password
        keychain.put(server.profile.keyring_name, server.password)


def sync_in_window(qtbot: QtBot, win: MainWindow) -> None:
    sc = controller(win)
    sc.sync_action.trigger()
    qtbot.waitUntil(lambda: not sc.running(), timeout=WORKER_TIMEOUT_MS)


def label(win: MainWindow) -> str:
    sc = controller(win)
    sc.refresh()
    return sc.label.full_text()


def add_org(ctx: AppContext, name: str, **fields: object) -> str:
    return ctx.run(directory.create_organization, OrganizationInput(name=name, **fields)).id  # type: ignore[arg-type]


def edit_org(ctx_or_laptop: AppContext | Laptop, org_id: str, **changes: object) -> None:
    def edit(session) -> None:  # type: ignore[no-untyped-def]
        data = directory.organization_input(directory.get_organization(session, org_id))
        for key, value in changes.items():
            setattr(data, key, value)
        directory.update_organization(session, org_id, data)

    if isinstance(ctx_or_laptop, AppContext):
        ctx_or_laptop.run(edit)
    else:
        with ctx_or_laptop.session() as session:
            edit(session)


def fill(dialog: ServerDialog, server: Server, password: str | None) -> None:
    profile = server.profile
    dialog.host.setText(profile.host)
    dialog.port.setText(str(profile.port))
    dialog.database.setText(profile.database)
    dialog.user.setText(profile.user)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData(profile.sslmode))
    dialog.password.setText(password or "")


def visible_dialogs() -> list[str]:
    return [
        w.windowTitle()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()
    ]


# --- Settings → Coalition server ----------------------------------------------------------------


def test_the_server_settings_say_what_is_wrong_under_each_field(
    qtbot: QtBot, ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = ServerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.host.setText("")
    dialog.port.setText("70000")
    dialog.user.setText("ana")
    dialog.password.setText("secret")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "host name or address is needed" in dialog.problem_text("host")
    assert "from 1 to 65535" in dialog.problem_text("port")
    assert dialog.problem_text("user") == ""

    dialog.host.setText("db example.org")
    dialog.port.setText("fifty")
    dialog.user.setText("")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert not dialog.testing()  # nothing is tried with a profile that cannot be right
    assert "no spaces" in dialog.problem_text("host")
    assert "is a number" in dialog.problem_text("port")
    assert "user name" in dialog.problem_text("user")
    assert [dialog.sslmode.itemData(i) for i in range(dialog.sslmode.count())] == list(SSL_MODES)
    with ctx.reading() as session:
        assert load_profile(session) is None
    assert memory_keyring.secrets == {}


def test_test_connection_says_what_it_found_and_what_a_wrong_password_gets(
    qtbot: QtBot, ctx: AppContext, server: Server, memory_keyring: MemoryKeyring
) -> None:
    dialog = ServerDialog(ctx)
    qtbot.addWidget(dialog)
    fill(dialog, server, server.password)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.testing() and dialog.busy.isVisibleTo(dialog) and not dialog.test_button.isEnabled()
    )
    qtbot.waitUntil(lambda: not dialog.testing(), timeout=WORKER_TIMEOUT_MS)
    found = dialog.test_result.text()
    assert (
        found.startswith("Connected to PostgreSQL")
        and f"{server.profile.host}:{server.profile.port}" in found
    )
    assert not dialog.busy.isVisibleTo(dialog) and dialog.test_button.isEnabled()

    dialog.password.setText("not-the-password")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.testing(), timeout=WORKER_TIMEOUT_MS)
    refused = dialog.test_result.text()
    assert "refused the user name or password" in refused
    assert "not-the-password" not in refused
    assert memory_keyring.secrets == {}  # testing stores nothing


def test_save_puts_the_password_in_the_keyring_and_nowhere_else(
    qtbot: QtBot,
    ctx: AppContext,
    server: Server,
    memory_keyring: MemoryKeyring,
    settings: QSettings,
) -> None:
    dialog = ServerDialog(ctx)
    qtbot.addWidget(dialog)
    assert "keyring" in dialog.keyring_note.text()
    fill(dialog, server, server.password)
    with qtbot.waitSignal(ctx.message) as said:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert said.args == [f"Coalition server saved: {server.profile.describe()}."]
    assert server.password
    assert memory_keyring.secrets == {
        (keychain.SERVICE, server.profile.keyring_name): server.password
    }
    with ctx.reading() as session:
        assert load_profile(session) == server.profile

    path = Path(ctx.db.path)  # type: ignore[arg-type]
    written = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    settings.sync()
    ini = Path(settings.fileName())
    written += ini.read_bytes() if ini.exists() else b""
    assert server.password.encode() not in written
    assert all(server.password not in str(settings.value(k)) for k in settings.allKeys())

    # Opened again: the password is not shown, only said to be kept.
    again = ServerDialog(ctx)
    qtbot.addWidget(again)
    assert again.host.text() == server.profile.host and again.password.text() == ""
    assert "kept already" in again.password.placeholderText()


def test_without_a_keyring_the_dialog_says_so_and_keeps_the_password_for_this_run(
    qtbot: QtBot, ctx: AppContext, server: Server, no_keyring: None
) -> None:
    dialog = ServerDialog(ctx)
    qtbot.addWidget(dialog)
    note = dialog.keyring_note.text()
    assert "No keyring is available on this machine" in note and "until you quit Coalition" in note
    fill(dialog, server, server.password)
    with qtbot.waitSignal(ctx.message) as said:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "No keyring is available" in said.args[0] and "asked for again next time" in said.args[0]
    assert password_for(server.profile) == server.password  # for this run
    keychain.forget_this_run()  # as when the app quits
    assert password_for(server.profile) is None


def test_forget_server_removes_its_details_and_its_password(
    qtbot: QtBot, ctx: AppContext, server: Server, memory_keyring: MemoryKeyring
) -> None:
    set_up_server(ctx, server)
    dialog = ServerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda question, detail: "Stop syncing" in question  # type: ignore[method-assign]
    assert dialog.forget_button.isEnabled()
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    with ctx.reading() as session:
        assert load_profile(session) is None
    assert memory_keyring.secrets == {}


# --- Sync now, the status bar, the automatic sync -------------------------------------------


def test_sync_now_sends_a_change_and_the_status_goes_from_waiting_to_synced(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    server: Server,
    ben: Laptop,
    memory_keyring: MemoryKeyring,
) -> None:
    assert label(window) == "Not shared"
    set_up_server(ctx, server)
    org_id = add_org(ctx, "Yes California", home_state="CA")
    qtbot.waitUntil(
        lambda: controller(window).label.full_text() == "1 change waiting"
    )  # after the change

    sc = controller(window)
    with qtbot.waitSignal(ctx.message, timeout=WORKER_TIMEOUT_MS) as said:
        sc.sync_action.trigger()
        assert (
            sc.running()
            and sc.progress.isVisibleTo(window)
            and sc.label.full_text().startswith("Syncing")
        )
    qtbot.waitUntil(lambda: not sc.running(), timeout=WORKER_TIMEOUT_MS)
    assert said.args == ["Synced: 1 sent, 0 received."]
    assert re.fullmatch(r"Synced \d{1,2}:\d\d\s[AP]M", label(window))
    assert not sc.progress.isVisibleTo(window)
    assert sc.timer.isActive()  # the next automatic sync is planned
    sc.timer.stop()

    ben.sync(server)
    with ben.db.reading() as session:
        got = session.get(Organization, org_id)
        assert got is not None and got.name == "Yes California"


def test_what_another_laptop_sent_appears_in_the_lists_after_a_sync(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    server: Server,
    ben: Laptop,
    memory_keyring: MemoryKeyring,
) -> None:
    set_up_server(ctx, server)
    with ben.session() as session:
        directory.create_organization(
            session, OrganizationInput(name="Red Oregon", home_state="OR")
        )
    ben.sync(server)
    screen = window.show_area("organizations")
    assert screen.model.rowCount() == 0  # type: ignore[attr-defined]
    sync_in_window(qtbot, window)
    assert screen.model.rowCount() == 1  # type: ignore[attr-defined]
    assert window.statusBar().currentMessage() == "Synced: 0 sent, 1 received."


def test_an_automatic_sync_with_the_server_away_says_offline_and_opens_nothing(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    away = ServerProfile(
        host="127.0.0.1", port=1, database="coalition", user="ana", sslmode="disable"
    )
    with ctx.db.session() as session:
        save_profile(session, away)
    keychain.put(away.keyring_name, "pw")
    add_org(ctx, "Offline group")
    sc = controller(window)
    sc.auto_sync()
    qtbot.waitUntil(lambda: not sc.running(), timeout=WORKER_TIMEOUT_MS)
    shown = label(window)
    assert shown.startswith(
        "1 change waiting · Offline: Cannot reach the coalition server at 127.0.0.1:1"
    )
    assert "Cannot reach the coalition server at 127.0.0.1:1: is it running" in sc.label.toolTip()
    assert window.statusBar().currentMessage().startswith("Offline: Cannot reach")
    assert "Traceback" not in sc.label.toolTip()
    assert visible_dialogs() == []
    assert sc.timer.isActive()  # it tries again later
    sc.timer.stop()


def test_the_automatic_sync_waits_quietly_for_an_unknown_password(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, server: Server, memory_keyring: MemoryKeyring
) -> None:
    set_up_server(ctx, server, password=False)
    sc = controller(window)
    sc.auto_sync()
    assert not sc.running() and visible_dialogs() == []
    sc.timer.stop()


def test_sync_now_asks_for_an_unknown_password_once_and_keeps_it_in_the_keyring(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, server: Server, memory_keyring: MemoryKeyring
) -> None:
    set_up_server(ctx, server, password=False)
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(20, answer)
            return
        asked.append(dialog.windowTitle())
        assert dialog.password.echoMode() == dialog.password.EchoMode.Password
        assert dialog.remember.isChecked()
        dialog.password.setText(server.password or "")
        dialog.ok_button.click()

    QTimer.singleShot(0, answer)
    sc = controller(window)
    sc.sync_action.trigger()
    qtbot.waitUntil(lambda: not sc.running(), timeout=WORKER_TIMEOUT_MS)
    assert asked == ["Coalition server password"]
    assert label(window).startswith("Synced ")
    assert (
        memory_keyring.secrets[(keychain.SERVICE, server.profile.keyring_name)] == server.password
    )
    sync_in_window(qtbot, window)  # asked no more: no dialog is answered this time
    assert asked == ["Coalition server password"]


# --- conflicts ----------------------------------------------------------------------------------


def shared_org(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, server: Server, ben: Laptop, name: str
) -> str:
    set_up_server(ctx, server)
    org_id = add_org(ctx, name)
    sync_in_window(qtbot, window)
    ben.sync(server)
    return org_id


def notes_of(ctx: AppContext, org_id: str) -> str | None:
    with ctx.reading() as session:
        found = session.get(Organization, org_id)
        return found.notes if found is not None else None


def test_a_conflict_shows_both_organizers_and_the_other_value_can_be_taken_and_undone(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    server: Server,
    ben: Laptop,
    memory_keyring: MemoryKeyring,
) -> None:
    org_id = shared_org(qtbot, window, ctx, server, ben, "Yes California")
    edit_org(ben, org_id, notes="Endorsed at the June meeting")
    edit_org(ctx, org_id, notes="Endorses if the full text is published")  # Ana's, later
    ben.sync(server)
    sync_in_window(qtbot, window)
    assert label(window) == "1 conflict"

    sc = controller(window)
    qtbot.mouseClick(sc.label, Qt.MouseButton.LeftButton)
    view = sc.conflicts_dialog
    assert view is not None and view.isVisible()
    assert view.heading.text() == "1 conflict to review"
    (card,) = view.shown
    said = card.texts()
    assert said[0] == "Yes California · Notes"
    assert (
        said[1].startswith("ana on ana-laptop, ")
        and said[2] == "Endorses if the full text is published"
    )
    assert said[3].startswith("ben on ben-laptop, ") and said[4] == "Endorsed at the June meeting"
    assert said[5] == "Kept ana's value, the later change; ben's stays in the record's history."
    assert "mine" not in " ".join(said).lower() and "theirs" not in " ".join(said).lower()
    assert card.other_button is not None and card.other_button.text() == "Use the other value"

    qtbot.mouseClick(card.other_button, Qt.MouseButton.LeftButton)
    assert notes_of(ctx, org_id) == "Endorsed at the June meeting"
    assert view.heading.text() == "No conflicts to review" and view.empty.isVisibleTo(view)
    assert label(window) == "1 change waiting"  # Ben's words, chosen here, go out next time

    view.show_resolved.setChecked(True)
    (resolved,) = view.shown
    assert (
        resolved.texts()[-1].startswith("Resolved ")
        and "the other choice was taken" in resolved.texts()[-1]
    )
    assert resolved.other_button is None
    view.show_resolved.setChecked(False)

    window.undo_action.trigger()  # Ctrl+Z: the value and the conflict to review come back
    assert notes_of(ctx, org_id) == "Endorses if the full text is published"
    view.refresh()
    assert [card.texts()[0] for card in view.shown] == ["Yes California · Notes"]


def test_an_edit_against_a_deletion_is_listed_and_can_be_kept_as_decided(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    server: Server,
    ben: Laptop,
    memory_keyring: MemoryKeyring,
) -> None:
    org_id = shared_org(qtbot, window, ctx, server, ben, "Sovereign California")
    ctx.run(delete_organization, org_id)
    edit_org(ben, org_id, notes="Still active in Sacramento")  # after Ana's deletion
    ben.sync(server)
    sync_in_window(qtbot, window)
    assert notes_of(ctx, org_id) == "Still active in Sacramento"  # the later edit kept it

    view = controller(window).open_conflicts()
    (card,) = view.shown
    said = card.texts()
    assert said[0] == "Sovereign California · changed and deleted"
    assert said[2] == "deleted it" and said[4] == "changed Notes: Still active in Sacramento"
    assert said[5] == "Kept: ben changed it after ana deleted it."
    assert card.other_button is not None and card.other_button.text() == "Delete it"
    assert card.keep_button is not None
    qtbot.mouseClick(card.keep_button, Qt.MouseButton.LeftButton)
    assert view.shown == [] and view.empty.isVisibleTo(view)
    assert notes_of(ctx, org_id) == "Still active in Sacramento"
    assert "conflict" not in label(window)


def test_a_deletion_that_took_another_organizers_tag_with_it_says_so_and_can_bring_both_back(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    server: Server,
    ben: Laptop,
    memory_keyring: MemoryKeyring,
) -> None:
    org_id = shared_org(qtbot, window, ctx, server, ben, "Short-lived group")
    edit_org(ben, org_id, tags=["ballot"])
    ben.sync(server)
    ctx.run(delete_organization, org_id)
    sync_in_window(qtbot, window)
    assert notes_of(ctx, org_id) is None  # the deletion stands, the tag went with it

    view = controller(window).open_conflicts()
    (card,) = view.shown
    said = card.texts()
    assert said[2] == "deleted it" and said[4] == "added 1 record (organization tag)"
    assert said[5] == "Deleted: ana deleted it, and with it what ben had added to it."
    assert card.other_button is not None and card.other_button.text() == "Bring it back"
    qtbot.mouseClick(card.other_button, Qt.MouseButton.LeftButton)
    with ctx.reading() as session:
        assert directory.get_organization(session, org_id).tags == ["ballot"]
    window.undo_action.trigger()  # Ctrl+Z: gone again, and the conflict back on the list
    assert notes_of(ctx, org_id) is None
    view.refresh()
    assert len(view.shown) == 1


# --- private records --------------------------------------------------------------------------


def test_a_person_marked_private_in_the_editor_never_reaches_the_server(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    server: Server,
    ben: Laptop,
    memory_keyring: MemoryKeyring,
) -> None:
    set_up_server(ctx, server)
    window.show()  # clicked where a person clicks: the widgets must be laid out
    qtbot.waitExposed(window)
    screen = window.show_area("people")
    editor = screen.editor  # type: ignore[attr-defined]

    def new_person(name: str, notes: str, private: bool) -> str:
        screen.new_record()  # type: ignore[attr-defined]
        qtbot.keyClicks(editor.name, name)
        editor.notes.setPlainText(notes)
        if private:
            qtbot.mouseClick(editor.private, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.record_id is not None
        return editor.record_id

    assert "never sent to the coalition server" in editor.private.text()
    assert "not undone by Ctrl+Z" in editor.private.toolTip()
    private_id = new_person("Dana Private", "cell: ask first", private=True)
    assert editor.private.isChecked()  # shown again as stored
    shared_id = new_person("Colton Hayes", "", private=False)
    assert not editor.private.isChecked()
    sync_in_window(qtbot, window)
    ben.sync(server)
    with ben.db.reading() as session:
        assert session.get(Person, private_id) is None
        assert session.get(Person, shared_id) is not None
    remote = server.open()
    try:
        with remote.engine.connect() as conn:
            names = set(conn.execute(select(Person.__table__.c.name)).scalars())
            assert names == {"Colton Hayes"}
            assert conn.execute(select(func.count()).select_from(Person.__table__)).scalar() == 1
    finally:
        remote.close()
    screen.open_record(private_id)  # type: ignore[attr-defined]
    assert editor.private.isChecked()
