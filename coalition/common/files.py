"""Writing files whole or not at all.

Every export (calendars, CSV, PDF) is written beside its place under a temporary name
and renamed over it only once complete, so that a full disk, a crash or an error never
leaves half a file where the old one was.  The temporary file is made readable by its
owner only (as :func:`tempfile.mkstemp` creates it): exports hold people's details.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP

# The database files open in this process: an export never writes over one of them (a
# bundle written "to" the database replaced it with the bundle).
_OPEN_DATABASES: set[Path] = set()
_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def guard_database(path: Path) -> None:
    """No export writes over ``path`` (or its journal files) while it is open."""
    _OPEN_DATABASES.add(path.resolve())


def release_database(path: Path) -> None:
    _OPEN_DATABASES.discard(path.resolve())


def _is_open_database(target: Path) -> bool:
    resolved = target.resolve()
    return any(
        resolved == database.with_name(database.name + side)
        for database in _OPEN_DATABASES
        for side in _SIDE_FILES
    )


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on a clean exit it becomes ``path``.

    An ``OSError`` names the file that was chosen, not the temporary one; no name, or
    the name of a folder, is refused before anything is written.
    """
    if not str(path).strip():
        raise CoalitionError(QT_TRANSLATE_NOOP("Files", "no file to write was named"))
    target = Path(path)
    if _is_open_database(target):
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Files", "{path} is the database Coalition has open: choose another file to write"
            ).format(path=str(target))
        )
    if target.is_dir():
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Files", "{path} is a folder: name a file to write in it").format(
                path=str(target)
            )
        )
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
        os.close(handle)
        yield Path(temporary)
        os.replace(temporary, target)
    except BaseException as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if isinstance(exc, OSError):
            raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from exc
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    with replacing(path) as temporary:
        temporary.write_bytes(data)
