"""Where Coalition keeps its data: one SQLite file in the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "Coalition"
DB_ENV = "COALITION_DB"


def data_dir() -> Path:
    return user_data_path(APP_DIR_NAME, appauthor=False)


def default_database() -> str:
    """The database to open when none is named: ``COALITION_DB`` or the file in the data dir."""
    override = os.environ.get(DB_ENV)
    if override:
        return override
    return str(data_dir() / "coalition.db")
