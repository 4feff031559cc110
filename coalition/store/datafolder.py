"""The data folder an older Coalition kept (``Coalition``) moved to the one named by the
application's id, nothing left behind: the database, its journals, its lock and its
backups, and the keys the keyring keeps for them (named for each file's path, so they
would otherwise be asked for again with the recovery key).

The keys are copied to the new names first and the folder moved after: cut short in
between, both names hold the key.  A keyring that cannot be read (locked), or a folder
that cannot be moved (a file held open on Windows), leaves everything where it was, to
be tried at the next start; this start then uses the old folder.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from coalition.common import paths
from coalition.store import encryption, keychain

log = logging.getLogger(__name__)


def settle() -> Path:
    """The data folder to use: the one named by the id, an older one moved there first if
    there is one and it can be moved; else the older one, as it is."""
    folder = paths.data_dir()
    if folder.exists():
        return folder
    for old in paths.old_data_dirs():
        if old.is_dir():
            return _move(old, folder)
    return folder


def default_database() -> str:
    """:func:`paths.default_database`, once an older data folder has been moved."""
    settled = settle()
    if settled != paths.data_dir():
        return str(settled / paths.DB_NAME)  # could not be moved this time
    return paths.default_database()


def _key_names(path: Path) -> tuple[str, str]:
    return encryption.keyring_name(path), encryption.previous_keyring_name(path)


def _move(old: Path, new: Path) -> Path:
    files = sorted(p for p in old.rglob("*") if p.is_file())
    carried: list[str] = []
    try:
        for file in files:
            target = new / file.relative_to(old)
            for old_name, new_name in zip(_key_names(file), _key_names(target), strict=True):
                secret = keychain.get(old_name)
                if secret is not None:
                    keychain.put(new_name, secret)
                    carried.append(old_name)
    except keychain.KeyringUnavailable as exc:
        log.warning("The data folder %s stays where it is this time: %s", old, exc)
        return old
    try:
        new.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(old), str(new))
    except OSError as exc:
        log.warning("The data folder %s could not be moved to %s: %s", old, new, exc)
        return old
    for name in carried:  # kept under the files' new paths now
        keychain.forget(name)
    log.info("The data folder moved from %s to %s", old, new)
    return new
