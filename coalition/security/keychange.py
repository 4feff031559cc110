"""Changing the database's key so that no instant of the change can lose the data.

A key change re-encrypts several files (the database and each backup of it), and a
process can be killed between any two of them, or between storing a key and showing
it.  So the change is written down first, in a journal beside the database
(``<database>.keychange``, 0600), and done in an order where every instant can be
finished or undone at the next start:

1. The journal is written: the step ``made``, the new key sealed under the old one and
   the old key sealed under the new one (AES-GCM), so that whichever of the two the
   next start has, it learns the other.  Nothing else on disk holds a key.
2. The keyring takes the new key as the current one and keeps the old one as the
   *previous* one (``database-key-previous:<path>``), until every file opens with the
   new one.
3. The new key is shown to the person (its recovery key printed, or the dialog they
   confirm), or it is the passphrase they typed; then the journal says ``shown``.
4. Each file still under the old key is re-encrypted through a checked copy and one
   rename (:func:`coalition.store.encryption.rekey_file`): it is under the old key or
   the new one at every instant, whole.
5. The keyring forgets the previous key, and the journal is removed.

At the next start (:func:`unlock`), a journal left behind is read with whichever key
opens it: one that never reached ``shown`` is rolled back (the new key was never seen:
the old one stays), one that did is finished (the new key was seen).  Until then the
opener tries the current key and the previous one, and knows which opened the file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from coalition.common import private
from coalition.common.errors import DatabaseError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store import backups, encryption, instance
from coalition.store.encryption import KeyMaterial, pause_at

JOURNAL_SUFFIX = ".keychange"
_FORMAT = 1
_SEAL_CONTEXT = b"coalition key change"
MADE, SHOWN = "made", "shown"


def journal_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + JOURNAL_SUFFIX)


# --- sealing one key under another --------------------------------------------------------


def _wrapping_key(key: KeyMaterial, salt: bytes) -> bytes:
    if key.kind == "raw":
        return hashlib.sha256(_SEAL_CONTEXT + salt + bytes.fromhex(key.secret)).digest()
    # A passphrase is stretched like SQLCipher stretches it: the journal is no easier to
    # guess at than the database beside it.
    return hashlib.scrypt(
        key.secret.encode("utf-8"), salt=salt, n=2**15, r=8, p=1, maxmem=64 << 20, dklen=32
    )


def _seal(under: KeyMaterial, secret: KeyMaterial) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    plain = secret.to_keyring().encode("utf-8")
    sealed = AESGCM(_wrapping_key(under, salt)).encrypt(nonce, plain, _SEAL_CONTEXT)
    return base64.b64encode(salt + nonce + sealed).decode("ascii")


def _unseal(key: KeyMaterial, text: str) -> KeyMaterial | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.b64decode(text)
        salt, nonce, sealed = raw[:16], raw[16:28], raw[28:]
        opened = AESGCM(_wrapping_key(key, salt)).decrypt(nonce, sealed, _SEAL_CONTEXT)
    except (InvalidTag, ValueError):
        return None
    return KeyMaterial.from_keyring(opened.decode("utf-8"))


# --- the journal --------------------------------------------------------------------------


@dataclass
class Journal:
    """A key change under way: how far it went, and each key sealed under the other."""

    db_path: Path
    step: str
    new_under_old: str
    old_under_new: str

    def keys(self, key: KeyMaterial) -> tuple[KeyMaterial, KeyMaterial] | None:
        """(old, new) when ``key`` is one of the two, else None."""
        new = _unseal(key, self.new_under_old)
        if new is not None:
            return key, new
        old = _unseal(key, self.old_under_new)
        if old is not None:
            return old, key
        return None

    def save(self) -> None:
        text = json.dumps(
            {
                "format": _FORMAT,
                "step": self.step,
                "new_under_old": self.new_under_old,
                "old_under_new": self.old_under_new,
            }
        )
        private.write_bytes(journal_path(self.db_path), text.encode("ascii"))


def read_journal(db_path: Path) -> Journal | None:
    """The journal of a key change left unfinished, if there is one.  It is written whole
    or not at all (a temporary file renamed into place), so one that cannot be read is
    not ours: it is refused with a sentence rather than guessed at."""
    path = journal_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="ascii"))
        return Journal(Path(db_path), data["step"], data["new_under_old"], data["old_under_new"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Security", "{path} (the record of a key change) cannot be read: {exc}"
            ).format(path=path, exc=exc)
        ) from exc


def _partial(db_path: Path) -> Path:
    """Where the journal is written before it is renamed into place (by
    :func:`coalition.common.private.write_bytes`): a process killed while writing it
    leaves this, never a half journal."""
    path = journal_path(db_path)
    return path.with_name(path.name + ".partial")


def _drop_journal(db_path: Path) -> None:
    for path in (journal_path(db_path), _partial(db_path)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    private.sync_folder(Path(db_path).parent)


# --- the change ---------------------------------------------------------------------------


def _files(db_path: Path) -> list[Path]:
    """The database and each encrypted backup of it."""
    found = [Path(db_path)]
    found += [
        b.path
        for b in backups.list_backups(db_path)
        if encryption.file_state(b.path) == "encrypted"
    ]
    return found


def _bring_to(db_path: Path, target: KeyMaterial, sources: Iterable[KeyMaterial]) -> list[Path]:
    """Re-encrypt under ``target`` every file that opens with one of ``sources``; those
    under a key not given are left as they are.  Returns the backups re-encrypted."""
    sources = [k for k in sources if k != target]
    redone: list[Path] = []
    for path in _files(db_path):
        if encryption.key_opens(path, target):
            continue
        for source in sources:
            if encryption.key_opens(path, source):
                pause_at("file")
                encryption.rekey_file(path, source, target)
                if path != Path(db_path):
                    redone.append(path)
                break
    return redone


def _finish(
    db_path: Path, old: KeyMaterial, new: KeyMaterial, others: Iterable[KeyMaterial] = ()
) -> list[Path]:
    redone = _bring_to(db_path, new, [old, *others])
    encryption.remember_key(db_path, new)
    pause_at("keyring-finished")
    encryption.forget_previous_key(db_path)
    pause_at("previous-forgotten")
    _drop_journal(db_path)
    return redone


def _roll_back(db_path: Path, old: KeyMaterial, new: KeyMaterial) -> None:
    _bring_to(db_path, old, [new])
    encryption.remember_key(db_path, old)
    encryption.forget_previous_key(db_path)
    _drop_journal(db_path)


def change_key(
    db_path: Path,
    old: KeyMaterial,
    new: KeyMaterial,
    *,
    show: Callable[[KeyMaterial], None] | None = None,
    others: Iterable[KeyMaterial] = (),
) -> list[Path]:
    """Put the database at ``db_path`` and every backup of it under ``new``.

    ``show`` shows the new key to the person (prints its recovery key) after it is kept
    and before any file changes; without it the new key is taken as known already (a
    passphrase they typed, a recovery key they confirmed).  Backups under ``old`` or one
    of ``others`` (the previous key, an older one typed in) are brought to ``new`` too.
    Crash-safe at every instant (see the module's docstring).  Returns the backups
    re-encrypted.
    """
    db_path = Path(db_path).expanduser().resolve()
    with instance.holding(db_path):
        if read_journal(db_path) is not None:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Security",
                    "a key change of {db_path} was cut short and is not finished yet: "
                    "open the database once first",
                ).format(db_path=db_path)
            )
        encryption.check_key(db_path, old)
        for path in _files(db_path):  # copies a change killed long ago left behind
            encryption.finish_interrupted(path)
        journal = Journal(db_path, MADE, _seal(old, new), _seal(new, old))
        journal.save()
        pause_at("journal-written")
        encryption.remember_previous_key(db_path, old)
        encryption.remember_key(db_path, new)
        pause_at("keyring-updated")
        if show is not None:
            show(new)
            pause_at("shown")
        journal.step = SHOWN
        journal.save()
        pause_at("journal-shown")
        return _finish(db_path, old, new, others)


# --- at the next start ------------------------------------------------------------------


@dataclass(frozen=True)
class Unlocked:
    """The key that opens the database, and what was done to a change cut short (a
    sentence for the person, or None)."""

    key: KeyMaterial
    note: str | None = None


FINISHED = (
    "A change of the database's key was cut short; it is now finished: the database and "
    "its backups are under the new key (its recovery key is the one shown then)."
)
ROLLED_BACK = (
    "A change of the database's key was cut short before its new key was kept; it was "
    "undone: the key (and recovery key) you had before still opens the database."
)


def unlock_with(db_path: Path, key: KeyMaterial) -> Unlocked | None:
    """What ``key`` (the keyring's, the previous one, or one typed) opens: the database
    directly, or, after a key change cut short, the journal, which then gives the other
    key and lets the change be finished (or undone).  None when it opens neither."""
    db_path = Path(db_path).expanduser().resolve()
    journal = read_journal(db_path)
    pair = journal.keys(key) if journal is not None else None
    if journal is None or pair is None:
        if not encryption.key_opens(db_path, key):
            return None
        if journal is None and _partial(db_path).exists():
            _drop_unwritten_journal(db_path)
        return Unlocked(key)
    old, new = pair
    try:
        with instance.holding(db_path):
            for path in _files(db_path):  # copies the process was making when it stopped
                encryption.finish_interrupted(path)
            if journal.step == MADE:
                _roll_back(db_path, old, new)
                return Unlocked(old, ROLLED_BACK)
            _finish(db_path, old, new)
            return Unlocked(new, FINISHED)
    except instance.AlreadyOpenError:
        # Another Coalition holds it (and will finish the change): open with what fits.
        for candidate in (new, old):
            if encryption.key_opens(db_path, candidate):
                return Unlocked(candidate)
        return None


def _drop_unwritten_journal(db_path: Path) -> None:
    """A journal a process was killed writing, before any change began: nothing to undo
    (the keyring and the files were not touched yet), only the file to remove."""
    try:
        with instance.holding(db_path):
            if read_journal(db_path) is None:
                _drop_journal(db_path)
    except instance.AlreadyOpenError:  # the process holding it may be writing it now
        pass


def unlock(db_path: Path, candidates: Iterable[KeyMaterial | None]) -> Unlocked | None:
    """The first of ``candidates`` (the keyring's current key, its previous one, one from
    the environment) that opens the database, finishing a change cut short on the way."""
    seen: list[KeyMaterial] = []
    for key in candidates:
        if key is None or key in seen:
            continue
        seen.append(key)
        found = unlock_with(db_path, key)
        if found is not None:
            return found
    return None


def pending(db_path: Path) -> bool:
    """Whether a key change of ``db_path`` was left unfinished."""
    return journal_path(db_path).exists()
