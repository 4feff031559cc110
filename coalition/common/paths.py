"""Where Coalition keeps its data: one SQLite file in the user's data directory.

The folder is named by the application's id (``io.github.coalitionapp.Coalition``); a
Coalition before that kept it in a folder named ``Coalition``, which is moved, whole, to
the new name the first time it is looked for.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from platformdirs import user_data_path

from coalition import APP_ID

APP_DIR_NAME = APP_ID
# The names the data folder had before, newest first: found there, it is moved to APP_DIR_NAME.
OLD_DIR_NAMES = ("Coalition",)
DB_ENV = "COALITION_DB"

log = logging.getLogger(__name__)


def data_dir() -> Path:
    """The data folder; an older Coalition's folder is moved here first, if there is one."""
    folder = user_data_path(APP_DIR_NAME, appauthor=False)
    if folder.exists():
        return folder
    for name in OLD_DIR_NAMES:
        old = user_data_path(name, appauthor=False)
        if old.is_dir():
            return _moved(old, folder)
    return folder


def _moved(old: Path, new: Path) -> Path:
    """Move the old folder to ``new`` (a rename: the same parent, so the same disk), and
    say so; if it cannot be moved (a file held open on Windows), keep using it as it is:
    nothing is lost, and the next start tries again."""
    try:
        new.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(old), str(new))
    except OSError as exc:
        log.warning("The data folder %s could not be moved to %s: %s", old, new, exc)
        return old
    log.info("The data folder moved from %s to %s", old, new)
    return new


def private_data_dir() -> Path:
    """The data folder, made if missing, and readable by this user only (0700; on Windows
    the profile's own access list keeps it private): an older Coalition made it 0755."""
    from coalition.common import private

    folder = private.folder(data_dir())
    private.narrow_folder(folder)
    return folder


def default_database() -> str:
    """The database to open when none is named: ``COALITION_DB`` or the file in the data
    folder (which is made private on the way)."""
    override = os.environ.get(DB_ENV)
    if override:
        return override
    return str(private_data_dir() / "coalition.db")
