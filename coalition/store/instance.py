"""One Coalition at a time on a database file: a lock file beside it.

SQLite itself would let two processes write the same file safely, one transaction at a
time; what it cannot do is keep two windows' undo stacks, backups and restores from
working over each other (a restore in one would pull the file from under the other).
So the window and every command that writes takes an exclusive lock on
``<database>.lock`` (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows),
and writes its process id in it.  The operating system drops the lock when the process
ends, however it ends: a crash or a kill never leaves a stale lock behind.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from coalition.common import private
from coalition.common.errors import CoalitionError


class AlreadyOpenError(CoalitionError):
    """Another Coalition process holds the database."""

    def __init__(self, path: Path, pid: int | None):
        self.path = path
        self.pid = pid
        holder = f"process {pid}" if pid else "another process"
        super().__init__(
            f"Coalition is already open on {path} ({holder}); close it there first, "
            "or switch to that window"
        )


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def holder_of(db_path: Path) -> int | None:
    """The process id written in the lock file, if there is one."""
    try:
        text = lock_path(db_path).read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


class InstanceLock:
    """The exclusive hold of one database by this process (:func:`acquire`)."""

    def __init__(self, db_path: Path, handle: IO[str]):
        self.db_path = db_path
        self._handle: IO[str] | None = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()
        except OSError:
            pass
        handle.close()  # closing drops the lock

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


# Locks this process holds, by resolved database path: opening the same file twice in
# one process (a second window on it) reuses the hold instead of refusing itself.
_HELD: dict[Path, InstanceLock] = {}


def acquire(db_path: Path) -> InstanceLock:
    """Hold ``db_path`` for this process, or raise :class:`AlreadyOpenError` naming the
    process that holds it."""
    resolved = Path(db_path).expanduser().resolve()
    held = _HELD.get(resolved)
    if held is not None and held.held:
        return held
    path = lock_path(resolved)
    private.folder(path.parent)
    # 0600 like the database: the lock names a process, which is nobody else's business.
    private.create_empty(path)
    handle = open(path, "a+", encoding="ascii")  # noqa: SIM115 - kept open while held
    if not _try_lock(handle):
        handle.close()
        raise AlreadyOpenError(resolved, holder_of(resolved))
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    lock = InstanceLock(resolved, handle)
    _HELD[resolved] = lock
    return lock


@atexit.register
def _release_all() -> None:
    """At exit, every hold still taken is let go in order (its file emptied and closed),
    not left to the collector: a window the process never closed leaves no lock naming
    a process that is gone, and no file open behind it."""
    while _HELD:
        _path, lock = _HELD.popitem()
        lock.release()


def release(db_path: Path) -> None:
    lock = _HELD.pop(Path(db_path).expanduser().resolve(), None)
    if lock is not None:
        lock.release()


def holds(db_path: Path) -> bool:
    """Whether this process holds ``db_path`` now."""
    held = _HELD.get(Path(db_path).expanduser().resolve())
    return held is not None and held.held


@contextlib.contextmanager
def released_after() -> Iterator[None]:
    """Release, when the block ends, every hold taken inside it; holds taken before stay.

    A command of the command line holds its database until it returns: the process ending
    would drop the hold anyway, but a command run inside a longer-lived process (the tests
    run them so) must not leave the lock file open behind it.
    """
    before = set(_HELD)
    try:
        yield
    finally:
        for path in set(_HELD) - before:
            release(path)


@contextlib.contextmanager
def holding(db_path: Path) -> Iterator[InstanceLock]:
    """Hold ``db_path`` for a block: taken if this process did not hold it already, and then
    released after the block (a hold taken before, by the window, stays)."""
    already = holds(db_path)
    lock = acquire(db_path)
    try:
        yield lock
    finally:
        if not already:
            release(db_path)
