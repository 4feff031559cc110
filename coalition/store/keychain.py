"""Secrets (the server password, the database key) in the operating system's keyring.

Everything goes through the ``keyring`` library: macOS Keychain, Windows Credential
Locker, the Secret Service on Linux desktops.  A machine with no usable backend (a
headless Linux box) gets :class:`KeyringUnavailable` with a sentence that says so; the
caller then asks for the secret and keeps it for this run of the app only
(:func:`remember_for_this_run`), never on disk.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "Coalition"

# Secrets typed in for this run only, when there is no keyring: kept in memory, never written.
_THIS_RUN: dict[str, str] = {}


class KeyringUnavailable(CoalitionError):
    """No keyring backend can store secrets on this machine."""


def _backend() -> KeyringBackend:
    import keyring

    return keyring.get_keyring()


def available() -> bool:
    """Whether a real keyring backend is there to keep secrets between runs."""
    try:
        import keyring.backends.fail

        backend = _backend()
    except Exception:
        return False
    if isinstance(backend, keyring.backends.fail.Keyring):
        return False
    try:
        from keyring.backends import null

        if isinstance(backend, null.Keyring):
            return False
    except ImportError:  # pragma: no cover - older keyring without the null backend
        pass
    try:
        from keyring.backends import chainer

        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return False
    except ImportError:  # pragma: no cover
        pass
    return True


def unavailable_reason() -> str:
    return QT_TRANSLATE_NOOP(
        "Records",
        "no keyring is available on this machine (no Secret Service, "
        "Keychain or Credential Locker), so secrets cannot be kept between "
        "runs",
    )


def _why(exc: Exception, what: str) -> str:
    """A sentence for a keyring that failed: locked (the Secret Service's collection, a
    Keychain) is said as such, since unlocking it is what the person can do."""
    from keyring.errors import KeyringLocked

    if isinstance(exc, KeyringLocked) or "locked" in str(exc).lower():
        return QT_TRANSLATE_NOOP(
            "Records", "the keyring is locked, so Coalition cannot read the key it keeps there"
        )
    if isinstance(exc, OSError) or "NotAvailable" in type(exc).__name__:
        # secretstorage/jeepney with no Secret Service on the session bus, or no bus at all.
        return QT_TRANSLATE_NOOP(
            "Records", "the keyring {what}: its service is not running in this session"
        ).format(what=what)
    detail = str(exc).strip() or type(exc).__name__
    return QT_TRANSLATE_NOOP("Records", "the keyring {what} ({detail})").format(
        what=what, detail=detail
    )


def get(name: str) -> str | None:
    """The secret stored under ``name``: typed in this run, else from the keyring, else None."""
    if name in _THIS_RUN:
        return _THIS_RUN[name]
    if not available():
        return None
    try:
        return _backend().get_password(SERVICE, name)
    except Exception as exc:  # a locked or broken keyring: say so rather than crash
        raise KeyringUnavailable(
            _why(exc, QT_TRANSLATE_NOOP("Records", "could not be read"))
        ) from exc


def put(name: str, secret: str) -> None:
    """Keep ``secret`` under ``name`` in the keyring (raises :class:`KeyringUnavailable`)."""
    if not available():
        raise KeyringUnavailable(unavailable_reason())
    try:
        _backend().set_password(SERVICE, name, secret)
    except Exception as exc:
        raise KeyringUnavailable(
            _why(exc, QT_TRANSLATE_NOOP("Records", "refused to store the secret"))
        ) from exc
    _THIS_RUN.pop(name, None)


def forget(name: str) -> None:
    """Remove the secret from the keyring and from this run (no error if it was not there)."""
    _THIS_RUN.pop(name, None)
    if not available():
        return
    # keyring.errors.PasswordDeleteError: nothing was stored under that name.
    with contextlib.suppress(Exception):
        _backend().delete_password(SERVICE, name)


def remember_for_this_run(name: str, secret: str) -> None:
    """Keep a secret typed in by the user in memory until the app quits."""
    _THIS_RUN[name] = secret


def forget_this_run() -> None:
    _THIS_RUN.clear()
