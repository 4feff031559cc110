"""A start paints the dashboard as last computed, before the database layer, only while
nothing has changed since: any write forgets it, and what cannot be read is ignored."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from coalition import sample
from coalition.directory import records as directory
from coalition.goals import snapshot
from coalition.goals.records import GoalInput, create_goal
from coalition.store import instance, open_database
from coalition.store.encryption import KeyMaterial
from coalition.store.models import Organization
from coalition.ui.goals.screen import DashboardScreen, kept_context
from coalition.ui.shell.mainwindow import MainWindow
from tests.app.conftest import start_window


def _opened(qtbot: QtBot, window: MainWindow) -> DashboardScreen:
    if window.ctx is None:
        with qtbot.waitSignal(window.databaseAttached, timeout=20_000):
            pass
    screen = window.area("dashboard")
    assert isinstance(screen, DashboardScreen)
    return screen


def _close(window: MainWindow) -> None:
    path = window.ctx.db.path
    window.ctx.db.close()
    window.close()
    if path is not None:
        instance.release(path)  # as the window's process leaving would


def _shown(screen: DashboardScreen) -> list[str]:
    """What the dashboard says: its heading, each goal's card, the call, the lists."""
    texts = [screen.heading.text(), screen.as_of.text(), screen.call_when.text()]
    texts += [card.status.progress_text() for card in screen.cards]
    texts += [screen.overdue.item(i).text() for i in range(screen.overdue.count())]
    texts += [screen.waiting.item(i).text() for i in range(screen.waiting.count())]
    return texts


def _computed_once(qtbot: QtBot, path: Path, settings: QSettings) -> list[str]:
    """Start once: the dashboard is computed (and kept); what it showed."""
    window = start_window(qtbot, path, settings)
    shown = _shown(_opened(qtbot, window))
    _close(window)
    return shown


def test_a_start_paints_the_kept_dashboard_then_computes_it_again(
    qtbot: QtBot, sample_file: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    computed = _computed_once(qtbot, sample_file, settings)
    seen: list[tuple[bool, list[str]]] = []
    show_kept_home = MainWindow.show_kept_home

    def shown_kept(window: MainWindow, path: Path, key: KeyMaterial | None) -> bool:
        done = show_kept_home(window, path, key)
        screen = window.stack.currentWidget()
        assert isinstance(screen, DashboardScreen)
        screen.new_goal()  # nothing to do it with yet: ignored, not a crash
        seen.append((window.ctx is None, _shown(screen)))
        return done

    monkeypatch.setattr(MainWindow, "show_kept_home", shown_kept)
    window = start_window(qtbot, sample_file, settings)
    assert window.ctx is None and not window.home_shown  # the shell is painted first
    qtbot.waitUntil(lambda: window.home_shown, timeout=10_000)
    assert seen == [(True, computed)]  # then the dashboard as kept, before the database
    screen = window.stack.currentWidget()
    assert isinstance(screen, DashboardScreen)
    attached = _opened(qtbot, window)
    assert attached is screen and screen.ctx is window.ctx
    assert _shown(screen) == computed
    _close(window)


def test_a_change_made_elsewhere_is_never_shown_as_kept(
    qtbot: QtBot, sample_file: Path, settings: QSettings
) -> None:
    _computed_once(qtbot, sample_file, settings)
    assert snapshot.kept(sample_file, None, kept_context()) is not None
    db = open_database(sample_file)  # another window, the command line, a sync
    with db.session() as session:
        create_goal(
            session, GoalInput(name="Fifty allies", target=50, measure="allied_organizations")
        )
    db.close()
    assert snapshot.kept(sample_file, None, kept_context()) is None
    window = start_window(qtbot, sample_file, settings)
    assert not window.home_shown and window.stack.count() == 0  # the shell, as without one
    screen = _opened(qtbot, window)
    assert any(card.status.name == "Fifty allies" for card in screen.cards)
    _close(window)


def _command(path: Path, *args: str, ok: tuple[int, ...] = (0,)) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "coalition", "--db", str(path), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode in ok, done.stderr


def test_an_import_by_the_command_line_in_another_process_forgets_the_kept_dashboard(
    qtbot: QtBot, sample_file: Path, settings: QSettings, tmp_path: Path
) -> None:
    _computed_once(qtbot, sample_file, settings)
    _command(sample_file, "search", "garcia", ok=(0, 1))  # a reading (1: none found)
    assert snapshot.kept(sample_file, None, kept_context()) is not None
    con = sqlite3.connect(sample_file)
    org = con.execute("SELECT name FROM organization ORDER BY name LIMIT 1").fetchone()[0]
    con.close()
    _command(sample_file, "profile", "--name", "Ada", "--email", "ada@example.org", "--org", org)
    assert snapshot.kept(sample_file, None, kept_context()) is None  # a profile set up there
    _computed_once(qtbot, sample_file, settings)
    assert snapshot.kept(sample_file, None, kept_context()) is not None
    people = tmp_path / "people.csv"
    people.write_text("first_name,last_name,email\nAda,Okafor,ada.okafor@example.org\n")
    _command(sample_file, "import-csv", "--kind", "people", str(people))
    assert snapshot.kept(sample_file, None, kept_context()) is None


def test_a_raw_write_forgets_the_kept_dashboard(
    qtbot: QtBot, sample_file: Path, settings: QSettings
) -> None:
    _computed_once(qtbot, sample_file, settings)
    db = open_database(sample_file)
    with db.engine.begin() as conn:  # written as a sync or an import writes rows in bulk
        conn.exec_driver_sql(
            "UPDATE organization SET name = name || ' (renamed)' WHERE id = "
            "(SELECT min(id) FROM organization)"
        )
    db.close()
    assert snapshot.kept(sample_file, None, kept_context()) is None


def test_writes_that_keep_no_data_leave_it_and_a_write_rolled_back_too(
    qtbot: QtBot, sample_file: Path, settings: QSettings
) -> None:
    _computed_once(qtbot, sample_file, settings)
    db = open_database(sample_file)
    with db.session() as session:
        session.get(Organization, session.query(Organization.id).first()[0])  # a read
    with db.engine.connect() as conn:
        conn.exec_driver_sql("UPDATE organization SET name = name")
        conn.rollback()
    assert snapshot.kept(sample_file, None, kept_context()) is not None
    with db.session() as session:
        directory.set_setting(session, directory.COALITION_NAME, "Another name")
    db.close()
    assert snapshot.kept(sample_file, None, kept_context()) is None


def _set_kept(path: Path, value: str) -> None:
    """Write the kept content as another program (or a damaged file) would."""
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
            ("screen.dashboard", value),
        )
    con.close()


@pytest.mark.parametrize("damage", ["not json", "foreign", "wrong field", "old version"])
def test_a_damaged_or_foreign_kept_dashboard_is_ignored(
    qtbot: QtBot, sample_file: Path, settings: QSettings, damage: str
) -> None:
    _computed_once(qtbot, sample_file, settings)
    con = sqlite3.connect(sample_file)
    kept = json.loads(
        con.execute("SELECT value FROM sync_state WHERE key = 'screen.dashboard'").fetchone()[0]
    )
    con.close()
    if damage == "not json":
        value = "{this is not"
    elif damage == "foreign":
        value = json.dumps({"version": kept["version"], "content": [1, 2, 3]})
    elif damage == "wrong field":
        kept["content"]["data"]["statuses"][0]["target"] = "many"
        value = json.dumps(kept)
    else:
        kept["version"][1] = (kept["version"][1] or 0) - 1  # an older head of the change log
        value = json.dumps(kept)
    _set_kept(sample_file, value)
    assert snapshot.kept(sample_file, None, kept_context()) is None
    window = start_window(qtbot, sample_file, settings)
    assert not window.home_shown
    assert _opened(qtbot, window).cards  # computed as usual
    _close(window)


def test_the_kept_dashboard_holds_for_its_day_only(
    qtbot: QtBot, sample_file: Path, settings: QSettings
) -> None:
    import datetime as dt

    _computed_once(qtbot, sample_file, settings)
    now = dt.datetime.now().astimezone()
    assert snapshot.kept(sample_file, None, kept_context(), now) is not None
    assert snapshot.kept(sample_file, None, kept_context(), now + dt.timedelta(days=1)) is None
    assert snapshot.kept(sample_file, None, "fr_FR|0", now) is None  # another language


def test_an_encrypted_file_is_read_with_its_key(tmp_path: Path) -> None:
    path = tmp_path / "sealed.db"
    key = KeyMaterial.passphrase("correct horse battery")
    db = open_database(path, key=key)
    with db.session() as session:
        sample.load_sample(session)
    with db.reading() as session:
        data = snapshot.compute(session, snapshot.clock.local_now(), 0)
        assert snapshot.keep(session, data, snapshot.clock.local_now(), "en_US|0")
    db.close()
    assert snapshot.kept(path, key, "en_US|0") == data
    assert snapshot.kept(path, None, "en_US|0") is None
    assert snapshot.kept(path, KeyMaterial.passphrase("wrong"), "en_US|0") is None


def test_the_command_paints_the_kept_dashboard_before_the_database_layer(
    qtbot: QtBot, sample_file: Path, settings: QSettings, tmp_path: Path
) -> None:
    """``coalition --db FILE`` shows the dashboard with its figures before SQLAlchemy or
    the models are imported, when the dashboard kept is current."""
    computed = _computed_once(qtbot, sample_file, settings)
    probe = (
        "import os, sys\n"
        "from coalition.ui.shell.mainwindow import MainWindow\n"
        "show_kept_home = MainWindow.show_kept_home\n"
        "def shown_kept(window, path, key):\n"
        "    done = show_kept_home(window, path, key)\n"
        "    window.grab()\n"
        "    print(done, sorted(m for m in sys.modules\n"
        "          if m == 'sqlalchemy' or m.startswith('coalition.store.models')))\n"
        "    print(window.stack.currentWidget().heading.text(), flush=True)\n"
        "    os._exit(0)\n"
        "MainWindow.show_kept_home = shown_kept\n"
        "from coalition.cli import main\n"
        f"raise SystemExit(main(['--db', {str(sample_file)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            # The language the dashboard was kept in: another one computes it anew.
            "LC_ALL": f"{QLocale().name()}.UTF-8",
        },
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    flags, heading = done.stdout.strip().splitlines()[-2:]
    assert flags == "True []"
    assert heading == computed[0]


def test_closing_the_window_keeps_the_dashboard_for_the_next_start(
    qtbot: QtBot, sample_file: Path, settings: QSettings
) -> None:
    from coalition.directory import profiles
    from coalition.sample.profile import SAMPLE_PROFILE

    db = open_database(sample_file)
    with db.session() as session:
        profiles.save_profile(session, SAMPLE_PROFILE)  # who the change is credited to
    db.close()
    window = start_window(qtbot, sample_file, settings)
    _opened(qtbot, window)
    window.show_area("people")
    window.ctx.run(
        directory.set_setting, directory.COALITION_NAME, "Renamed coalition", label="Rename"
    )
    assert snapshot.kept(sample_file, None, kept_context()) is None  # the change forgot it
    db = window.ctx.db
    window.close()
    db.close()
    instance.release(sample_file.resolve())
    kept = snapshot.kept(sample_file, None, kept_context())
    assert kept is not None and kept.overview.coalition_name == "Renamed coalition"
