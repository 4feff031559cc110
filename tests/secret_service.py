"""A real Secret Service for the tests: gnome-keyring-daemon on a private D-Bus session.

The keyring code is tested against the service Linux desktops run, not only against a
dict: :func:`secret_service` starts ``dbus-daemon`` on a socket of its own (never the
desktop's session) and ``gnome-keyring-daemon --unlock --components=secrets`` on it,
with a login password the test knows and its keyrings in a temporary folder, and stops
both afterwards.  The test can lock the collection (as a screen lock or a fresh login
does) and stop the service (as a session without one does).

Without the programs (Debian: ``gnome-keyring``, ``dbus``; ``make test`` installs them)
the tests that need it skip, saying why, or fail when ``CI`` is set.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import pytest

from coalition.store import keychain

PASSWORD = "login password of the test"
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


class Unavailable(Exception):
    """The programs of a Secret Service are not installed, or did not start."""


class NotLinux(Exception):
    """macOS and Windows keep secrets in their own keyrings, tested on those machines."""


@dataclass
class SecretService:
    """A running gnome-keyring-daemon on a private bus."""

    folder: Path
    address: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        """The environment of a child process that finds this service as its desktop's
        (keyring picks the Secret Service backend by itself)."""
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("COALITION_", "PYTHON_KEYRING"))
        }
        env["DBUS_SESSION_BUS_ADDRESS"] = self.address
        return env

    def _connection(self):  # type: ignore[no-untyped-def]  # secretstorage and jeepney are optional, imported here and untyped
        import secretstorage
        from jeepney.io.blocking import open_dbus_connection

        return secretstorage, open_dbus_connection(self.address)

    def secrets(self) -> dict[str, str]:
        """What the service keeps for Coalition, read with secretstorage directly (not
        through the code under test): attribute ``username`` to secret."""
        secretstorage, conn = self._connection()
        try:
            collection = secretstorage.get_default_collection(conn)
            return {
                item.get_attributes()["username"]: item.get_secret().decode()
                for item in collection.search_items({"service": keychain.SERVICE})
            }
        finally:
            conn.close()

    def names(self) -> set[str]:
        """The names of the entries kept for Coalition (readable while it is locked)."""
        secretstorage, conn = self._connection()
        try:
            collection = secretstorage.get_default_collection(conn)
            return {
                item.get_attributes()["username"]
                for item in collection.search_items({"service": keychain.SERVICE})
            }
        finally:
            conn.close()

    def lock(self) -> None:
        secretstorage, conn = self._connection()
        try:
            collection = secretstorage.get_default_collection(conn)
            collection.lock()
            assert collection.is_locked()
        finally:
            conn.close()

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
            with process:  # waits, and closes its pipes (ones left to the garbage collector warn)
                pass
        self.processes.clear()


def start(folder: Path) -> SecretService:
    if not sys.platform.startswith("linux"):
        raise NotLinux("the Secret Service is the keyring of Linux desktops")
    dbus_daemon = shutil.which("dbus-daemon")
    keyring_daemon = shutil.which("gnome-keyring-daemon")
    if not dbus_daemon or not keyring_daemon:
        raise Unavailable(
            "no Secret Service to test against: dbus-daemon and gnome-keyring-daemon are not "
            "installed (Debian: apt-get install gnome-keyring dbus; make test installs them)"
        )
    socket = folder / "bus"
    config = folder / "bus.conf"
    config.write_text(_BUS_CONFIG.format(socket=socket))
    bus = subprocess.Popen(
        [dbus_daemon, f"--config-file={config}", "--print-address=1", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    service = SecretService(folder, "", [bus])
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    if not address:
        service.stop()
        raise Unavailable("dbus-daemon did not start a private session bus")
    service.address = address
    home = folder / "home"
    runtime = folder / "run"
    for made in (home, runtime):
        made.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_RUNTIME_DIR": str(runtime),
        "DBUS_SESSION_BUS_ADDRESS": address,
    }
    daemon = subprocess.Popen(
        [
            keyring_daemon,
            "--unlock",
            "--components=secrets",
            "--foreground",
            f"--control-directory={runtime}",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    service.processes.append(daemon)
    assert daemon.stdin is not None
    daemon.stdin.write(PASSWORD.encode())
    daemon.stdin.close()
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            break
        try:
            conn = open_dbus_connection(address)
            try:
                if secretstorage.check_service_availability(conn):
                    secretstorage.get_default_collection(conn)
                    return service
            finally:
                conn.close()
        except Exception:  # not up yet
            pass
        time.sleep(0.1)
    service.stop()
    raise Unavailable("gnome-keyring-daemon did not offer the Secret Service on the private bus")


@pytest.fixture
def secret_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretService]:
    """A Secret Service of the test's own, and keyring's Secret Service backend on it in
    this process (the machine's own keyring is never touched)."""
    folder = Path(tempfile.mkdtemp(prefix="coal-ss-"))  # short: a socket path has a limit
    try:
        service = start(folder)
    except NotLinux as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(str(exc))
    except Unavailable as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if _in_ci():
            pytest.fail(f"CI: {exc}", pytrace=False)
        pytest.skip(str(exc))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.address)
    from keyring.backends import SecretService as backend

    previous = keyring.get_keyring()
    keyring.set_keyring(backend.Keyring())
    keychain.forget_this_run()
    try:
        yield service
    finally:
        keyring.set_keyring(previous)
        keychain.forget_this_run()
        service.stop()
        shutil.rmtree(folder, ignore_errors=True)
