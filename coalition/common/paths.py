"""Where Coalition keeps its data: one SQLite file in the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "Coalition"
DB_ENV = "COALITION_DB"


def data_dir() -> Path:
    return user_data_path(APP_DIR_NAME, appauthor=False)


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
