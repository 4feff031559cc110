"""The local database's encryption: its key, the recovery key, and rewriting a file's key.

The local SQLite file is encrypted with SQLCipher (AES-256, an HMAC on every page).  Two
kinds of key open it:

- A **data key**: 32 random bytes made when the database is created, kept in the OS
  keyring under an entry named for the file's resolved path, and handed to SQLCipher
  as a raw key (``PRAGMA key = "x'…'"``), so that no key derivation runs on each
  connection (opening stays as fast as a plain file).  The **recovery key** is that same
  data key written for people: 56 letters and digits in groups of four, with a checksum
  that catches a typo.  Nothing else is needed to open the file anywhere: no side
  file to lose, and a copy of the database plus the recovery key is enough.
  Regenerating the recovery key therefore means re-encrypting the file with a new data
  key (``rekey``), after which the old recovery key opens nothing.
- A **passphrase**, where no keyring can keep a data key between runs (a headless
  Linux box): SQLCipher derives the key from it (PBKDF2-HMAC-SHA512, 256,000 rounds),
  which costs about a tenth of a second per connection.

Nothing here imports Qt.  The functions that need the keyring go through
:mod:`coalition.store.keychain`.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from coalition.common import private
from coalition.common.errors import DatabaseError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store import keychain

PASSPHRASE_ENV = "COALITION_PASSPHRASE"
SQLITE_MAGIC = b"SQLite format 3\x00"
KEY_BYTES = 32
_CHECK_BYTES = 3  # 32 + 3 bytes = 280 bits = 56 base-32 characters, 14 groups of four
MIN_PASSPHRASE = 8


class LockedDatabaseError(DatabaseError):
    """The file is encrypted and no key was given to open it."""


class WrongKeyError(DatabaseError):
    """The key, passphrase or recovery key given does not open the file."""


@dataclass(frozen=True)
class KeyMaterial:
    """What unlocks an encrypted database: a raw 32-byte key (hex) or a passphrase."""

    kind: Literal["raw", "passphrase"]
    secret: str

    def __repr__(self) -> str:  # never print a key into a log or a traceback
        return f"KeyMaterial({self.kind}, …)"

    __str__ = __repr__

    @classmethod
    def generate(cls) -> KeyMaterial:
        return cls("raw", secrets.token_bytes(KEY_BYTES).hex())

    @classmethod
    def passphrase(cls, text: str) -> KeyMaterial:
        if not text:
            raise DatabaseError(QT_TRANSLATE_NOOP("Records", "the passphrase is empty"))
        return cls("passphrase", text)

    def pragma_value(self) -> str:
        """The value of ``PRAGMA key`` (and of ``ATTACH … KEY``) for this key."""
        if self.kind == "raw":
            return f"\"x'{self.secret}'\""
        return "'" + self.secret.replace("'", "''") + "'"

    def recovery_key(self) -> str:
        """The data key as people write it down; a passphrase is its own recovery."""
        if self.kind != "raw":
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Records", "a database opened with a passphrase has no recovery key"
                )
            )
        return format_recovery_key(bytes.fromhex(self.secret))

    def to_keyring(self) -> str:
        return f"{self.kind}:{self.secret}"

    @classmethod
    def from_keyring(cls, stored: str) -> KeyMaterial | None:
        kind, _, secret = stored.partition(":")
        if kind == "raw" and len(secret) == KEY_BYTES * 2:
            return cls("raw", secret)
        if kind == "passphrase" and secret:
            return cls("passphrase", secret)
        return None


# --- the recovery key -------------------------------------------------------------------

# Base 32 has no 0, 1, 8 or 9: read them as the letters people take them for.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"coalition recovery key" + key).digest()[:_CHECK_BYTES]


def format_recovery_key(key: bytes) -> str:
    text = base64.b32encode(key + _checksum(key)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The data key in a typed recovery key (spaces, dashes and case do not matter).

    Raises :class:`WrongKeyError` saying what is wrong: its length, or a typo.
    """
    letters = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(letters) != 56:
        raise WrongKeyError(
            QT_TRANSLATE_NOOP(
                "Records",
                "a recovery key has 56 letters and digits (14 groups of four); this "
                "one has {count}",
            ).format(count=len(letters))
        )
    try:
        raw = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except ValueError:
        raise WrongKeyError(
            QT_TRANSLATE_NOOP(
                "Records", "that recovery key has characters that are not in any recovery key"
            )
        ) from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise WrongKeyError(
            QT_TRANSLATE_NOOP("Records", "that recovery key has a typo: check each group of four")
        )
    return key


def key_from_typed(text: str) -> KeyMaterial:
    """What someone typed at an unlock prompt: a recovery key if it looks like one, else a
    passphrase."""
    stripped = text.strip()
    letters = "".join(ch for ch in stripped if ch.isalnum())
    if len(letters) == 56 and all(ch.isalnum() or ch in "- " for ch in stripped):
        return KeyMaterial("raw", parse_recovery_key(stripped).hex())
    return KeyMaterial.passphrase(text)


# --- what a file is ---------------------------------------------------------------------


def file_state(path: Path) -> Literal["missing", "plain", "encrypted", "unknown"]:
    """Whether ``path`` is absent (or empty), a plain SQLite file, an encrypted one, or
    something else.  SQLCipher leaves no readable header, but its file is whole pages
    (a multiple of 512 bytes): other files (notes, a document) are 'unknown' and are
    refused as not a database rather than asked a key for."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        return "missing"
    if not head:
        return "missing"
    if head == SQLITE_MAGIC:
        return "plain"
    return "encrypted" if size % 512 == 0 else "unknown"


def dbapi() -> Any:
    """SQLCipher's DB-API module (quiet: a wrong key is our message, not its log lines)."""
    import sqlcipher3.dbapi2 as module

    global _QUIETED
    if not _QUIETED:
        quiet = module.connect(":memory:")
        try:
            quiet.execute("PRAGMA cipher_log_level = NONE")
        finally:
            quiet.close()
        _QUIETED = True
    return module


_QUIETED = False


def connect(path: Path | str, key: KeyMaterial | None, **kwargs: Any) -> Any:
    """A raw SQLCipher connection, keyed first (``PRAGMA key`` must come before any read)."""
    conn = dbapi().connect(str(path), **kwargs)
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
    return conn


def key_opens(path: Path, key: KeyMaterial) -> bool:
    """Whether ``key`` opens the encrypted file at ``path`` (reads one page, writes nothing)."""
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi().DatabaseError:
        return False
    finally:
        conn.close()


def check_key(path: Path, key: KeyMaterial) -> None:
    if not key_opens(path, key):
        what = "passphrase" if key.kind == "passphrase" else "key"
        raise WrongKeyError(
            QT_TRANSLATE_NOOP(
                "Records", "that {what} does not open {path}; the file was not changed"
            ).format(what=what, path=path)
        )


# --- the keyring ------------------------------------------------------------------------


def keyring_name(path: Path) -> str:
    """The keyring entry of a database file: named for its resolved path, so that each file
    has its own key.  A file moved elsewhere is opened once with its recovery key, which
    is then kept under the new name."""
    return f"database-key:{Path(path).expanduser().resolve()}"


def previous_keyring_name(path: Path) -> str:
    """Where the key a file had before a key change is kept until every file of it (the
    database and each backup) opens with the new one: a change cut short can then be
    finished, or a backup left under the old key still opened."""
    return f"database-key-previous:{Path(path).expanduser().resolve()}"


def _read(name: str) -> KeyMaterial | None:
    stored = keychain.get(name)
    return KeyMaterial.from_keyring(stored) if stored else None


def stored_key(path: Path) -> KeyMaterial | None:
    """The key kept for ``path`` (in the keyring, or typed earlier in this run), if any."""
    try:
        return _read(keyring_name(path))
    except keychain.KeyringUnavailable:
        return None


def stored_keys(path: Path) -> tuple[list[KeyMaterial], str | None]:
    """The keys the keyring keeps for ``path``, the current one first and the previous one
    (during a key change) after it; and, when the keyring could not be read (locked, or
    its service gone), a sentence saying so, for the prompt that asks instead."""
    found: list[KeyMaterial] = []
    try:
        for name in (keyring_name(path), previous_keyring_name(path)):
            key = _read(name)
            if key is not None and key not in found:
                found.append(key)
    except keychain.KeyringUnavailable as exc:
        return found, str(exc)
    return found, None


def remember_key(path: Path, key: KeyMaterial) -> bool:
    """Keep ``key`` for ``path``: in the keyring when there is one (True), else for this
    run only (False)."""
    return _remember(keyring_name(path), key)


def remember_previous_key(path: Path, key: KeyMaterial) -> bool:
    return _remember(previous_keyring_name(path), key)


def forget_previous_key(path: Path) -> None:
    keychain.forget(previous_keyring_name(path))


def _remember(name: str, key: KeyMaterial) -> bool:
    if keychain.available():
        try:
            keychain.put(name, key.to_keyring())
            return True
        except keychain.KeyringUnavailable:
            pass
    keychain.remember_for_this_run(name, key.to_keyring())
    return False


def key_from_environment() -> KeyMaterial | None:
    text = os.environ.get(PASSPHRASE_ENV)
    return key_from_typed(text) if text else None


# --- rewriting a file under another key -----------------------------------------------


def _table_counts(conn: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def export_copy(
    source: Path, source_key: KeyMaterial | None, target: Path, target_key: KeyMaterial | None
) -> None:
    """Write every table of ``source`` into a new file ``target`` under ``target_key``
    (None: plain), and check the copy: it opens, passes ``integrity_check`` and holds as
    many rows in each table.  ``target`` must not exist."""
    if target.exists():
        target.unlink()
    private.create_empty(target)
    conn = connect(source, source_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        counts = _table_counts(conn)
        target_pragma = target_key.pragma_value() if target_key is not None else "''"
        quoted = str(target).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{quoted}' AS rewritten KEY {target_pragma}")
        conn.execute("SELECT sqlcipher_export('rewritten')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA rewritten.user_version = {int(version)}")
        conn.execute("DETACH DATABASE rewritten")
    except dbapi().DatabaseError as exc:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Records", "cannot re-encrypt {source}: {exc}").format(
                source=source, exc=exc
            )
        ) from exc
    finally:
        conn.close()
    copy = connect(target, target_key)
    try:
        ok = copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        same = ok and _table_counts(copy) == counts
        copy.execute("PRAGMA journal_mode = WAL")
    finally:
        copy.close()
    if not same:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Records",
                "the re-encrypted copy of {source} did not check out; the file was not changed",
            ).format(source=source)
        )
    _rebuild_search_index(target, target_key)


def _rebuild_search_index(path: Path, key: KeyMaterial | None) -> None:
    """Copying rows renumbers their rowids, which key the search index: index again."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from coalition.store import search_index

    def make() -> Any:
        return connect(path, key) if key is not None else sqlite3.connect(str(path))

    module = dbapi() if key is not None else sqlite3
    engine = create_engine("sqlite+pysqlite://", creator=make, module=module)
    try:
        with Session(engine) as session:
            tables = {
                r[0] for r in session.connection().exec_driver_sql("SELECT name FROM sqlite_master")
            }
            if all(search_index.fts_table(kind) in tables for kind in search_index.KINDS):
                search_index.rebuild(session)
                session.commit()
    finally:
        engine.dispose()


def _settle(path: Path, key: KeyMaterial | None) -> None:
    """Bring everything in the write-ahead journal into the file itself, so that the file
    alone is the database; refused (with a sentence) while another process reads it."""
    conn = connect(path, key) if key is not None else sqlite3.connect(str(path))
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy and busy[0]:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Records", "{path} is being read by another program; close it and try again"
            ).format(path=path)
        )


def _put_in_place(fresh: Path, path: Path) -> None:
    """Replace ``path`` by the verified ``fresh`` in one rename: at every instant the name
    holds the old file or the new one, whole.  The old file's (checkpointed, empty)
    journals go first, so that none is read against the new file."""
    private.sync_file(fresh)
    for sidecar in _sidecars(path):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    os.replace(fresh, path)
    private.sync_folder(path.parent)


def rekeyed_name(path: Path) -> Path:
    return path.with_name(path.name + ".rekeyed")


def rekey_file(path: Path, old: KeyMaterial, new: KeyMaterial) -> None:
    """Re-encrypt the file at ``path`` from ``old`` to ``new``, never in place: a copy
    (``<name>.rekeyed``, 0600) takes the new key and is checked (it opens with ``new``
    and passes SQLite's quick check) before one rename puts it in the place of the
    file.  A crash leaves the file under ``old`` or under ``new``, whole; a left-over
    copy is removed by :func:`finish_interrupted`."""
    path = Path(path)
    check_key(path, old)
    _settle(path, old)
    fresh = rekeyed_name(path)
    with contextlib.suppress(FileNotFoundError):
        fresh.unlink()
    private.create_empty(fresh)
    with open(path, "rb") as source, open(fresh, "wb") as target:
        while block := source.read(1 << 20):
            target.write(block)
    failure: str | None = None
    conn = connect(fresh, old)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA rekey = {new.pragma_value()}")
    except dbapi().DatabaseError as exc:
        failure = str(exc)
    finally:
        conn.close()
    if failure is None:
        check = connect(fresh, new)
        try:
            if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                failure = "the copy under the new key fails SQLite's check"
        except dbapi().DatabaseError as exc:
            failure = str(exc)
        finally:
            check.close()
    if failure is not None:
        for leftover in (fresh, *_sidecars(fresh)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Records", "cannot re-encrypt {path} ({failure}); it was not changed"
            ).format(path=path, failure=failure)
        )
    for sidecar in _sidecars(fresh):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    pause_at("swap")
    _put_in_place(fresh, path)


def rewrite(path: Path, old: KeyMaterial | None, new: KeyMaterial | None) -> None:
    """Re-encrypt the file at ``path`` from ``old`` to ``new`` (None: plain), safely.

    The new file is written beside it (``<name>.rekeyed``) and verified, then renamed
    into its place in one step: a crash at any point leaves the old file or the new one
    at ``path``, whole.
    """
    path = Path(path)
    if old is not None:
        check_key(path, old)
    _settle(path, old)
    fresh = rekeyed_name(path)
    export_copy(path, old, fresh, new)
    if new is not None:
        check_key(fresh, new)
    for sidecar in _sidecars(fresh):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    _put_in_place(fresh, path)


def finish_interrupted(path: Path, *, copies: bool = True) -> None:
    """Tidy after a rewrite cut short: a file moved aside by an older Coalition (which
    moved the old file away before putting the new one in place) comes back when nothing
    took its place; and, with ``copies``, a half-written copy goes.  Only a process that
    holds the database may remove copies: another may be writing one right now."""
    aside = path.with_name(path.name + ".rekeying")
    if aside.exists():
        if not path.exists():
            os.replace(aside, path)
        else:
            aside.unlink()
    if not copies:
        return
    for leftover in (rekeyed_name(path), *_sidecars(rekeyed_name(path))):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


PAUSE_ENV = "COALITION_PAUSE_AT"


def pause_at(step: str) -> None:
    """Where a key change can be stopped on purpose: with ``$COALITION_PAUSE_AT`` naming
    this step, the process says so on standard error and waits there, so that a test can
    kill it at exactly that instant (the crash tests of tests/test_rekey_crash.py); with
    ``*``, it names each step as it passes, so that a test can kill it at random instants
    of the change itself.  Does nothing otherwise."""
    wanted = os.environ.get(PAUSE_ENV)
    if not wanted:
        return
    import sys

    counter = _PAUSES.get(step, 0) + 1
    _PAUSES[step] = counter
    if wanted == "*":
        print(f"at {step}#{counter}", file=sys.stderr, flush=True)
    elif wanted in (step, f"{step}#{counter}"):
        import time

        print(f"paused at {step}#{counter}", file=sys.stderr, flush=True)
        while True:
            time.sleep(60)


_PAUSES: dict[str, int] = {}


def encrypt_in_place(path: Path, key: KeyMaterial) -> None:
    """Convert a plain database to an encrypted one; a plain copy stays until the encrypted
    file has opened with ``key``, then is deleted."""
    if file_state(path) != "plain":
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Records", "{path} is not an unencrypted Coalition database").format(
                path=path
            )
        )
    rewrite(path, None, key)
