"""A keyring backend that keeps secrets in a dict, installed through keyring's own API.

Tests that need a working keyring (the desktop case) use :func:`memory_keyring`; the
machine running the tests may have none, and must never see a test's secrets.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import pytest

from coalition.store import keychain


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]  # keyring declares priority a class property; a plain number is what it reads

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    keychain.forget_this_run()
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        keychain.forget_this_run()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The headless case: keyring's own 'fail' backend."""
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    keychain.forget_this_run()
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        keychain.forget_this_run()
