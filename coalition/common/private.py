"""Files only their owner can read: the database, its journals, backups, lock and key journal.

An encrypted file is noise to others, but its size and times are not, and a plain file
(``--plain``) or a lock naming a process is not noise at all; on a computer shared by
several accounts, none of it is anyone else's business.  So every file Coalition makes
beside the database is created with mode 0600 and its folders 0700, and an older file
found with a wider mode is narrowed when it is opened.

SQLite creates the ``-wal`` and ``-shm`` files with the mode of the database file, so a
private database gets private journals.  On Windows nothing is done: a file in the
user's profile is already private to the user by the profile's access list, and
``chmod`` there only sets the read-only flag.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_POSIX = os.name == "posix"
# On Windows a descriptor from os.open is in text mode unless asked otherwise, and every
# LF written through it becomes CR LF: a key journal or a backup would come back changed.
_BINARY = getattr(os, "O_BINARY", 0)


def folder(path: Path) -> Path:
    """Make ``path`` (and missing parents) a folder; a folder made here is 0700."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        narrow_folder(path)  # mkdir's mode is filtered by the umask
    return path


def narrow_folder(path: Path) -> None:
    """Make a folder 0700 (on POSIX systems, where modes mean something)."""
    if _POSIX:
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o777 != FOLDER_MODE:
                os.chmod(path, FOLDER_MODE)


def narrow(path: Path) -> None:
    """Make an existing file 0600 (nothing when it is missing or not ours to change)."""
    if _POSIX:
        with contextlib.suppress(OSError):
            if os.stat(path).st_mode & 0o777 != FILE_MODE:
                os.chmod(path, FILE_MODE)


def create_empty(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if it is missing, so that SQLite (which opens an
    empty file as a new database) writes into a private file instead of making a 0644 one."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        narrow(path)
        return path
    os.close(fd)
    narrow(path)  # the umask may have taken bits the mode asked for; never adds any
    return path


def narrow_database(path: Path) -> None:
    """The database file and the journals SQLite keeps beside it, 0600."""
    narrow(path)
    for suffix in ("-wal", "-shm", "-journal"):
        narrow(path.with_name(path.name + suffix))


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole, privately, and durably: a temporary file made 0600,
    flushed to the disk, then renamed into place (and the folder flushed, where it can be)."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, FILE_MODE)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    narrow(partial)
    os.replace(partial, path)
    sync_folder(path.parent)


def sync_file(path: Path) -> None:
    """Flush a file's contents to the disk (opened for writing: Windows flushes no other)."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(path: Path) -> None:
    """Flush a folder's entries (a rename) to the disk; POSIX only (Windows cannot open a
    folder, and its renames are journalled by NTFS)."""
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
