"""Where Coalition keeps its data: one SQLite file in the user's data directory.

The folder is named by the application's id (``io.github.coalitionapp.Coalition``).  A
Coalition before that kept it in a folder named ``Coalition``: :func:`old_data_dirs` names
it, and :mod:`coalition.store.datafolder` moves it, with the keys the keyring keeps for
its files, the first time the default database is looked for.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from coalition import APP_ID

APP_DIR_NAME = APP_ID
# The names the data folder had before, newest first.
OLD_DIR_NAMES = ("Coalition",)
DB_ENV = "COALITION_DB"
DB_NAME = "coalition.db"


def data_dir() -> Path:
    return user_data_path(APP_DIR_NAME, appauthor=False)


def old_data_dirs() -> list[Path]:
    """Where older Coalitions kept the data folder, newest first (they may not exist)."""
    return [user_data_path(name, appauthor=False) for name in OLD_DIR_NAMES]


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
    return str(private_data_dir() / DB_NAME)
