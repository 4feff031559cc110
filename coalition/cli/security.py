"""The database file's safety: backups and restores, encrypting it, and changing its key."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coalition.cli.shared import (
    Command,
    ask,
    existing_key,
    local_database,
    new_key,
    notice,
    open_db,
    open_key,
    show_recovery_key,
)
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from coalition.store.encryption import KeyMaterial


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser(
        "backup",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "copy the database to FILE (encrypted like the database, with the same key)",
        ),
    )
    backup.add_argument("--out", required=True, metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE"))
    restore = sub.add_parser(
        "restore",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "put a backup in the place of the database (the current one is kept as a backup)",
        ),
    )
    restore.add_argument("file", metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE"))
    sub.add_parser(
        "rekey",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "encrypt the database and its backups under a new key (a new recovery key, or a new "
            "passphrase)",
        ),
    )
    sub.add_parser(
        "recovery-key",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "make a new recovery key (the old one stops working); same as rekey"
        ),
    )
    sub.add_parser(
        "encrypt",
        help=QT_TRANSLATE_NOOP("CommandLine", "encrypt an unencrypted database file in place"),
    )


def cmd_backup(args: argparse.Namespace) -> int:
    from coalition.store import backups

    db = open_db(args)
    path = local_database(args)
    out = Path(args.out).expanduser()
    if out.resolve() == path:
        raise CoalitionError(QT_TRANSLATE_NOOP("CommandLine", "--out names the database itself"))
    backups.copy_database(path, out, db.key)
    db.close()
    what = (
        "encrypted: it opens with this database's key or recovery key"
        if db.key is not None
        else "not encrypted, like the database"
    )
    print(
        translate("CommandLine", "Backed up {path} to {out} ({what})").format(
            path=path, out=out, what=what
        )
    )
    return 0


BACKUP_KEY_ENV = "COALITION_BACKUP_KEY"


def _backup_key(path: Path, backup: Path, *, new: bool = False) -> KeyMaterial:
    """The key of a backup made under another key than the database's (before a key
    change): the keyring's previous key, $COALITION_BACKUP_KEY, or typed."""
    from coalition.store import backups
    from coalition.store.encryption import WrongKeyError, key_from_typed, stored_keys

    kept, _problem = stored_keys(path)
    found = backups.opens_with(backup, kept)
    if found is not None:
        return found
    typed = os.environ.get(BACKUP_KEY_ENV) or ask(
        f"{backup} is encrypted; the passphrase or recovery key it was made under: "
    )
    if not typed and new:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "{backup} is encrypted: set {BACKUP_KEY_ENV} to the passphrase or recovery "
                "key of the database it was made from (or run in a terminal to type it); "
                "nothing was changed",
            ).format(backup=backup, BACKUP_KEY_ENV=BACKUP_KEY_ENV)
        )
    if not typed:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "{backup} does not open with this database's key: it was made under another "
                "(before a key change, or on another computer), or it is damaged; set "
                "{BACKUP_KEY_ENV} to the passphrase or recovery key it was made under (or "
                "run in a terminal to type it)",
            ).format(backup=backup, BACKUP_KEY_ENV=BACKUP_KEY_ENV)
        )
    key = key_from_typed(typed)
    if backups.opens_with(backup, [key]) is None:
        raise WrongKeyError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "that key does not open {backup} either; nothing was changed"
            ).format(backup=backup)
        )
    return key


def cmd_restore(args: argparse.Namespace) -> int:
    from coalition.store import backups, instance
    from coalition.store.encryption import file_state, key_opens, remember_key

    path = local_database(args)
    backup = Path(args.file).expanduser()
    if file_state(path) == "missing" and file_state(backup) == "encrypted":
        # A new computer: the database is the backup, under the key it was made with
        # (asked for), which the keyring keeps from now on; no new key is made for it.
        its_key = _backup_key(path, backup, new=True)
        instance.acquire(path)
        backups.restore(path, backup, its_key)
        remember_key(path, its_key)
        return _restored(args, path, path, its_key)
    _target_text, key = open_key(args)
    instance.acquire(path)
    backup_key = None
    if key is not None and file_state(backup) == "encrypted" and not key_opens(backup, key):
        backup_key = _backup_key(path, backup)
    kept = backups.restore(path, backup, key, backup_key)
    return _restored(args, path, kept, key)


def _restored(args: argparse.Namespace, path: Path, kept: Path, key: KeyMaterial | None) -> int:
    from coalition.store import open_database

    open_database(path, key=key).close()
    print(translate("CommandLine", "Restored {file} into {path}").format(file=args.file, path=path))
    if kept != path:
        print(
            translate("CommandLine", "The database as it was is kept in {kept}").format(kept=kept)
        )
    return 0


def _change_key(args: argparse.Namespace, *, recovery_only: bool) -> int:
    """rekey and recovery-key: a new key for the database and every backup of it, changed
    so that a crash at any instant loses nothing (:mod:`coalition.security.keychange`); a new
    recovery key is printed before any file changes."""
    from coalition.security import keychange
    from coalition.store import instance
    from coalition.store.encryption import KeyMaterial, file_state, stored_keys

    path = local_database(args)
    if file_state(path) != "encrypted":
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "{path} is not encrypted: encrypt it first (coalition --db FILE encrypt)",
            ).format(path=path)
        )
    instance.acquire(path)
    old = existing_key(path)
    if old.kind == "passphrase":
        if recovery_only:
            raise CoalitionError(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "{path} opens with a passphrase, which is its own recovery; change "
                    "it with rekey",
                ).format(path=path)
            )
        new = _new_passphrase_changed(path)
    else:
        new = KeyMaterial.generate()
    kept, _problem = stored_keys(path)
    show = (lambda key: _show_new_recovery_key(path, key)) if new.kind == "raw" else None
    redone = keychange.change_key(path, old, new, show=show, others=kept)
    print(
        translate(
            "CommandLine", "{path} is encrypted under a new key; {count} backup(s) too"
        ).format(path=path, count=len(redone))
    )
    return 0


def _show_new_recovery_key(path: Path, key: KeyMaterial) -> None:
    notice(
        f"The new key of {path} is in your keyring. Its new recovery key opens it anywhere if "
        "the keyring is lost; the old one stops opening it now. Write it down and keep it "
        f"apart from this computer; it is shown this once:\n\n    {key.recovery_key()}\n"
    )
    sys.stderr.flush()


def cmd_rekey(args: argparse.Namespace) -> int:
    return _change_key(args, recovery_only=False)


def _new_passphrase_changed(path: Path) -> KeyMaterial:
    from coalition.store.encryption import MIN_PASSPHRASE, KeyMaterial

    typed = os.environ.get("COALITION_NEW_PASSPHRASE")
    if not typed:
        first = ask(f"New passphrase for {path}: ")
        if first is None:
            raise CoalitionError(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "set COALITION_NEW_PASSPHRASE to the new passphrase (or run in a terminal)",
                )
            )
        if ask("The same passphrase again: ") != first:
            raise CoalitionError(
                QT_TRANSLATE_NOOP("CommandLine", "the two passphrases differ; nothing was changed")
            )
        typed = first
    if len(typed) < MIN_PASSPHRASE:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "a passphrase needs at least {MIN_PASSPHRASE} characters"
            ).format(MIN_PASSPHRASE=MIN_PASSPHRASE)
        )
    return KeyMaterial.passphrase(typed)


def cmd_recovery_key(args: argparse.Namespace) -> int:
    return _change_key(args, recovery_only=True)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from coalition.store import instance, open_database
    from coalition.store.encryption import file_state

    path = local_database(args)
    state = file_state(path)
    if state == "encrypted":
        raise CoalitionError(
            QT_TRANSLATE_NOOP("CommandLine", "{path} is encrypted already").format(path=path)
        )
    if state == "missing":  # a mistyped path would make a new, empty, encrypted database
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "there is no database at {path}: nothing was encrypted"
            ).format(path=path)
        )
    if state == "unknown":
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "{path} is not a Coalition database: nothing was encrypted"
            ).format(path=path)
        )
    instance.acquire(path)
    key = new_key(path, show=False)
    open_database(path, key=key).close()
    if key.kind == "raw":  # kept in the keyring: its recovery key, now that it is true
        show_recovery_key(path, key)
    print(
        translate(
            "CommandLine",
            "{path} is encrypted; its unencrypted copies beside it were encrypted too",
        ).format(path=path)
    )
    return 0


COMMANDS: dict[str, Command] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "rekey": cmd_rekey,
    "recovery-key": cmd_recovery_key,
    "encrypt": cmd_encrypt,
}
