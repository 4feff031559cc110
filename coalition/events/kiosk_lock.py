"""The kiosk's lock: a PIN the organizer sets when opening it, asked to leave it (the
database's passphrase, when it has one, opens it too).

Kept on this laptop only (in its own table of local state, never synced), as a salted
scrypt hash; checked in constant time; after five wrong tries in a row, every try is
refused for thirty seconds, so that the person at the table cannot guess it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import time
from collections.abc import Callable

from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.changes import writes
from coalition.store.models import SyncState

PIN_KEY = "kiosk_pin"
MAX_TRIES = 5
PAUSE_SECONDS = 30.0
_PIN = re.compile(r"^\d{4,8}$")
# scrypt's cost: about 20 ms here, a few seconds for every PIN of eight digits... times
# a hundred million.
_N, _R, _P = 2**14, 8, 1


class KioskPaused(Exception):
    """Too many wrong tries: the next is taken after ``seconds`` more."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            QT_TRANSLATE_NOOP("Events", "Too many wrong tries: wait {seconds} seconds.").format(
                seconds=int(seconds + 0.999)
            )
        )


def check_pin_format(pin: str) -> str:
    if not _PIN.match(pin):
        raise ValidationError({"pin": QT_TRANSLATE_NOOP("Events", "The PIN is 4 to 8 digits.")})
    return pin


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = _hash(pin, salt)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def pin_matches(stored: str, pin: str) -> bool:
    try:
        scheme, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        return hmac.compare_digest(_hash(pin, base64.b64decode(salt)), expected)
    except ValueError:
        return False


@writes(QT_TRANSLATE_NOOP("Changes", "Set the kiosk PIN"))
def set_pin(session: Session, pin: str) -> None:
    """Keep the PIN (4 to 8 digits) that unlocks the kiosk on this laptop."""
    stored = hash_pin(check_pin_format(pin))
    row = session.get(SyncState, PIN_KEY)
    if row is None:
        session.add(SyncState(key=PIN_KEY, value=stored))
    else:
        row.value = stored


def stored_pin(session: Session) -> str | None:
    row = session.get(SyncState, PIN_KEY)
    return row.value if row is not None and row.value else None


class Tries:
    """Wrong tries in a row, and the pause they earn (in this process: the kiosk is
    never left without the PIN, so it cannot be restarted to clear them)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.wrong = 0
        self.paused_until = 0.0

    def check(self, matches: Callable[[], bool]) -> bool:
        now = self.clock()
        if now < self.paused_until:
            raise KioskPaused(self.paused_until - now)
        if matches():
            self.wrong = 0
            return True
        self.wrong += 1
        if self.wrong >= MAX_TRIES:
            self.wrong = 0
            self.paused_until = now + PAUSE_SECONDS
        return False


TRIES = Tries()


def check_pin(
    session: Session, pin: str, tries: Tries | None = None, *, passphrase: str | None = None
) -> bool:
    """Whether ``pin`` is the kiosk's PIN (or, given the database's ``passphrase``, that
    passphrase); raises :class:`KioskPaused` while paused."""
    stored = stored_pin(session)

    def matches() -> bool:
        pin_right = stored is not None and pin_matches(stored, pin)
        phrase_right = bool(passphrase) and hmac.compare_digest(
            pin.encode(), (passphrase or "").encode()
        )
        return pin_right or phrase_right

    return (tries or TRIES).check(matches)
