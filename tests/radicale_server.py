"""A throwaway Radicale CalDAV server for the tests, and its session fixture.

The published calendar is tested against a real CalDAV server, as a coalition runs
one: Radicale (``python -m radicale``, installed with the test extras) with its storage
in a temporary folder, on 127.0.0.1 and a free port, with htpasswd authentication and
one user whose password is made per session.  :meth:`RadicaleServer.kill` ends the
process at once (a server gone mid-publish); :meth:`RadicaleServer.start` then brings it
back on the same port and storage.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import pytest

from pgserver import free_port

START_TIMEOUT_S = 30
USER = "organizer"


class RadicaleUnavailable(RuntimeError):
    """Radicale is not installed (the tests that need it skip, or fail in CI)."""


class RadicaleServer:
    """One Radicale process; ``start()`` runs it, ``kill()`` ends it at once, ``stop()``
    ends it and removes its folder."""

    host = "127.0.0.1"

    def __init__(self, user: str = USER, password: str | None = None) -> None:
        self.user = user
        # Characters a URL would have to escape: the password never goes in one.
        self.password = password or f"Pw-{secrets.token_hex(6)}:@/%"
        self.port = 0
        self.base_dir: Path | None = None
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def calendar_url(self, name: str) -> str:
        return f"{self.url}{self.user}/{name}/"

    @property
    def log_path(self) -> Path:
        assert self.base_dir is not None, "the server was not started"
        return self.base_dir / "radicale.log"

    def start(self) -> Self:
        if self.process is not None and self.process.poll() is None:
            return self
        if importlib.util.find_spec("radicale") is None:
            raise RadicaleUnavailable(
                "Radicale is not installed: `make test` installs it with the test extras "
                "(pip install -e '.[test]')"
            )
        if self.base_dir is None:
            self.base_dir = Path(tempfile.mkdtemp(prefix="coalition-radicale-"))
            (self.base_dir / "users").write_text(f"{self.user}:{self.password}\n")
            self.port = free_port()
            atexit.register(self.stop)
        command = [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",  # no /etc/radicale/config nor ~/.config/radicale/config
            f"--server-hosts={self.host}:{self.port}",
            f"--storage-filesystem-folder={self.base_dir / 'storage'}",
            "--auth-type=htpasswd",
            f"--auth-htpasswd-filename={self.base_dir / 'users'}",
            "--auth-htpasswd-encryption=plain",
            "--rights-type=owner_only",
            "--logging-level=warning",
        ]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, cwd=self.base_dir
            )
        self._wait_until_listening()
        return self

    def _wait_until_listening(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Radicale stopped at start:\n{self.log_path.read_text()}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), timeout=0.5),
            ):
                return
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"Radicale did not listen within {START_TIMEOUT_S} s")

    def kill(self) -> None:
        """End the server at once (SIGTERM, then SIGKILL): its storage stays."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop(self) -> None:
        self.kill()
        base, self.base_dir = self.base_dir, None
        if base is not None:
            shutil.rmtree(base, ignore_errors=True)
            atexit.unregister(self.stop)


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def radicale() -> Iterator[RadicaleServer]:
    """A :class:`RadicaleServer` on 127.0.0.1, started at the first test that asks and
    stopped (its folder removed) when the session ends."""
    server = RadicaleServer()
    try:
        server.start()
    except RadicaleUnavailable as exc:
        if _in_ci():
            pytest.fail(f"CI: {exc}", pytrace=False)
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def radicale_up(radicale: RadicaleServer) -> RadicaleServer:
    """The session's server, running (a test before may have killed it)."""
    return radicale.start()
