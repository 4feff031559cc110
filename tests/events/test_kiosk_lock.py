"""The kiosk's PIN: kept hashed on this laptop only, checked, and paused after five
wrong tries; the database's passphrase opens the kiosk too."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common.errors import ValidationError
from coalition.events import kiosk_lock
from coalition.store.models import SyncOutbox, SyncState


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_pin_is_kept_hashed_here_and_never_sent(session: Session) -> None:
    kiosk_lock.set_pin(session, "123456")
    stored = session.get(SyncState, kiosk_lock.PIN_KEY)
    assert stored is not None and "123456" not in stored.value
    assert stored.value.startswith("scrypt$")
    assert not [
        row for row in session.scalars(select(SyncOutbox)) if row.table_name == "sync_state"
    ]
    tries = kiosk_lock.Tries(Clock())
    assert kiosk_lock.check_pin(session, "123456", tries)
    assert not kiosk_lock.check_pin(session, "123457", tries)
    for bad in ("123", "123456789", "12ab"):
        with pytest.raises(ValidationError, match="4 to 8 digits"):
            kiosk_lock.set_pin(session, bad)


def test_five_wrong_tries_pause_thirty_seconds(session: Session) -> None:
    kiosk_lock.set_pin(session, "2468")
    clock = Clock()
    tries = kiosk_lock.Tries(clock)
    for _ in range(5):
        assert not kiosk_lock.check_pin(session, "0000", tries)
    with pytest.raises(kiosk_lock.KioskPaused) as paused:
        kiosk_lock.check_pin(session, "2468", tries)  # even the right one
    assert paused.value.seconds == pytest.approx(30)
    clock.now += 29
    with pytest.raises(kiosk_lock.KioskPaused):
        kiosk_lock.check_pin(session, "2468", tries)
    clock.now += 1.5
    assert kiosk_lock.check_pin(session, "2468", tries)


def test_the_databases_passphrase_opens_it_too(session: Session) -> None:
    kiosk_lock.set_pin(session, "2468")
    tries = kiosk_lock.Tries(Clock())
    assert kiosk_lock.check_pin(session, "correct horse", tries, passphrase="correct horse")
    assert not kiosk_lock.check_pin(session, "wrong horse", tries, passphrase="correct horse")
    assert not kiosk_lock.check_pin(session, "", tries, passphrase="")
