"""Backups of the local database: rotating daily ones, one on request, and restoring one.

Every copy is made with SQLite's online backup API, which reads one consistent snapshot
while the app may go on writing, and writes pages under the same key: the backup of an
encrypted database is encrypted alike and opens with the same key or recovery key.
A copy is written to a temporary name and renamed into place, so a backup file is whole
or absent.

The automatic ones live in a ``backups`` folder beside the database, named
``<database>.<YYYYMMDD-HHMMSS>.<kind>.bak``: one a day at most (the newest
:data:`KEEP_DAILY` kept), and one before each restore.  The copies made before a
migration stay where they always were, beside the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coalition.common import clock, private
from coalition.common.errors import DatabaseError
from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.store import encryption
from coalition.store.encryption import KeyMaterial, WrongKeyError

KEEP_DAILY = 7
KEEP_BEFORE_RESTORE = 5
DAY = dt.timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<db>.+)\.(?P<stamp>\d{8}-\d{6})\.(?P<kind>daily|manual|before-restore)(?:-\d+)?\.bak$"
)
_BEFORE_MIGRATION = re.compile(r"^(?P<db>.+)\.before-(?P<rev>[^-]+)-(?P<stamp>\d{8}-\d{6})\.bak$")

KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "Daily"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Made by hand"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "Before an update"),
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    kind: str
    size: int

    @property
    def label(self) -> str:
        return shown(KIND_LABELS.get(self.kind, self.kind))


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _connect(path: Path, key: KeyMaterial | None) -> Any:
    if key is None:
        return sqlite3.connect(str(path))
    return encryption.connect(path, key)


def copy_database(source: Path, target: Path, key: KeyMaterial | None) -> Path:
    """Copy the database at ``source`` to ``target`` with the online backup API, under the
    same key (None: plain), whole or not at all."""
    target = Path(target)
    private.folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    private.create_empty(partial)
    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    if key is not None:
        errors += (encryption.dbapi().Error,)
    try:
        src = _connect(source, key)
        try:
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dest = _connect(partial, key)
            try:
                src.backup(dest)
                # A backup is one file to carry: no write-ahead journal beside it.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        os.replace(partial, target)
    except errors as exc:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Records", "cannot back up {source} to {target}: {exc}").format(
                source=source, target=target, exc=exc
            )
        ) from exc
    return target


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or clock.local_now().replace(tzinfo=None)).strftime(_STAMP)


def backup_now(
    db_path: Path, key: KeyMaterial | None, kind: str = "manual", now: dt.datetime | None = None
) -> Path:
    """A backup into the backups folder, of ``kind`` daily, manual or before-restore."""
    db_path = Path(db_path)
    stem = f"{db_path.name}.{_stamp(now)}.{kind}"
    private.narrow_folder(private.folder(backup_folder(db_path)))
    target = backup_folder(db_path) / f"{stem}.bak"
    n = 1
    while target.exists():  # two in the same second
        target = target.with_name(f"{stem}-{n}.bak")
        n += 1
    return copy_database(db_path, target, key)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of the database at ``db_path``, newest first: those in the backups
    folder and those made before a migration, beside it."""
    db_path = Path(db_path)
    found: list[BackupInfo] = []
    folder = backup_folder(db_path)
    candidates = list(folder.iterdir()) if folder.is_dir() else []
    candidates += list(db_path.parent.glob(f"{db_path.name}.before-*.bak"))
    for path in candidates:
        match = _NAME.match(path.name)
        kind = None
        if match and match["db"] == db_path.name:
            kind = match["kind"]
        else:
            match = _BEFORE_MIGRATION.match(path.name)
            if match and match["db"] == db_path.name:
                kind = "before-migration"
        if kind is None or match is None:
            continue
        try:
            made = dt.datetime.strptime(match["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, made, kind, size))
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def _rotate(db_path: Path, kind: str, keep: int) -> list[Path]:
    removed = []
    for info in [b for b in list_backups(db_path) if b.kind == kind][keep:]:
        with contextlib.suppress(FileNotFoundError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def daily_backup_if_due(
    db_path: Path, key: KeyMaterial | None, now: dt.datetime | None = None
) -> Path | None:
    """Make the day's backup if the newest one is a day old or more; keep the newest
    :data:`KEEP_DAILY`.  Returns the new backup, or None when none was due."""
    now = now or clock.local_now().replace(tzinfo=None)
    found = list_backups(db_path)
    # Backups made by an older Coalition were readable by every account (0644, in 0755).
    private.narrow_folder(backup_folder(db_path))
    for info in found:
        private.narrow(info.path)
    dailies = [b for b in found if b.kind == "daily"]
    if dailies and now - dailies[0].made_at < DAY:
        return None
    made = backup_now(db_path, key, "daily", now)
    _rotate(db_path, "daily", KEEP_DAILY)
    return made


class OtherKeyError(WrongKeyError):
    """The backup is encrypted under a key other than the database's (made before a key
    change, or on another computer): it restores once that key is given."""


def _check_backup(backup: Path, key: KeyMaterial | None) -> str:
    """The state of a backup file ('plain' or 'encrypted'), after checking it opens (with
    ``key``) and is whole; raises a sentence saying why it cannot be restored."""
    state = encryption.file_state(backup)
    if state == "missing":
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Records", "{backup} is empty or missing").format(backup=backup)
        )
    if state == "encrypted":
        if key is None:
            raise WrongKeyError(
                QT_TRANSLATE_NOOP(
                    "Records", "{backup} is encrypted; restore it into an encrypted database"
                ).format(backup=backup)
            )
        if not encryption.key_opens(backup, key):
            raise OtherKeyError(
                QT_TRANSLATE_NOOP(
                    "Records",
                    "{backup} does not open with this database's key (it was made under "
                    "another key, or is not a Coalition backup); nothing was changed",
                ).format(backup=backup)
            )
    conn = _connect(backup, key if state == "encrypted" else None)
    version: str | None = None
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" in tables:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            version = found[0] if found else None
    except Exception as exc:  # sqlite3 or SQLCipher: the file is not a database
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Records", "{backup} is not a Coalition database: {exc}").format(
                backup=backup, exc=exc
            )
        ) from exc
    finally:
        conn.close()
    if not ok:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Records", "{backup} is damaged (it fails SQLite's check); nothing was changed"
            ).format(backup=backup)
        )
    if "alembic_version" not in tables:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Records", "{backup} is not a Coalition database; nothing was changed"
            ).format(backup=backup)
        )
    # Checked before the database is put aside: a restore that cannot then be opened
    # would leave the organizer with neither.
    from coalition.store import migrations
    from coalition.store.base import Base
    from coalition.store.models import MODEL_BY_TABLE  # noqa: F401  (every table known to Base)

    if version is not None and not migrations.is_known(version):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Records",
                "{backup} was written by a newer version of Coalition (schema {version}); "
                "update Coalition to restore it; nothing was changed",
            ).format(backup=backup, version=version)
        )
    if version == migrations.HEAD:
        missing = sorted(set(Base.metadata.tables) - tables)
        if missing:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Records",
                    "{backup} is damaged: its tables {tables} are missing; nothing was changed",
                ).format(backup=backup, tables=", ".join(missing))
            )
    return state


def opens_with(backup: Path, keys: list[KeyMaterial]) -> KeyMaterial | None:
    """Which of ``keys`` opens the encrypted ``backup`` (None: none of them)."""
    return next((k for k in keys if encryption.key_opens(backup, k)), None)


def restore(
    db_path: Path, backup: Path, key: KeyMaterial | None, backup_key: KeyMaterial | None = None
) -> Path:
    """Put ``backup`` in the place of the database at ``db_path`` (which must be closed).

    The backup is checked first, then copied beside the database, under ``key``: a
    plain backup is encrypted on the way, and one made under another key (before a key
    change: ``backup_key``) is re-encrypted, so that the restored database opens with
    the key it had.  The current file is kept as a ``before-restore`` backup, so that a
    restore can itself be undone.  Returns where the previous file was kept.
    """
    db_path, backup = Path(db_path), Path(backup)
    if backup.resolve() == db_path.resolve():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Records", "that is the database itself, not a backup of it")
        )
    opens = backup_key if backup_key is not None else key
    state = _check_backup(backup, opens)
    staged = db_path.with_name(db_path.name + ".restoring")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    if state == "plain" and key is not None:
        encryption.export_copy(backup, None, staged, key)
    elif state == "encrypted" and opens != key:
        assert opens is not None  # _check_backup refuses an encrypted backup without a key
        copy_database(backup, staged, opens)
        if key is not None:
            encryption.rekey_file(staged, opens, key)
        else:
            encryption.rewrite(staged, opens, None)
    else:
        copy_database(backup, staged, key if state == "encrypted" else None)
    kept: Path
    if db_path.exists():
        kept = backup_now(
            db_path,
            key if encryption.file_state(db_path) == "encrypted" else None,
            "before-restore",
        )
        _rotate(db_path, "before-restore", KEEP_BEFORE_RESTORE)
    else:
        kept = db_path
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(db_path.name + suffix).unlink()
    os.replace(staged, db_path)
    return kept


def encrypt_plain_backups(db_path: Path, key: KeyMaterial) -> list[Path]:
    """After a plain database was encrypted, its backups are too (else they would keep the
    data readable beside it)."""
    done = []
    for info in list_backups(db_path):
        if encryption.file_state(info.path) == "plain":
            encryption.rewrite(info.path, None, key)
            done.append(info.path)
    return done
