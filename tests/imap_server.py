"""A throwaway IMAP server for the tests, and its session fixture.

Replies to invitations are read from a real IMAP server, as from an organizer's mailbox:
pymap (installed with the test extras), an IMAP4rev1 server written in Python, run as a
process of its own on 127.0.0.1 and a free port with its in-memory backend and one user
whose password is made per session.  Messages are delivered into its INBOX with IMAP
APPEND, as a mail server would deliver them.  :meth:`ImapServer.kill` ends it at once (a
mailbox gone); :meth:`ImapServer.start` brings a new one up on the same port.

pymap rather than Dovecot: it installs with pip like the rest of the test tools, runs as
any user (Dovecot as root must be configured to hand mail to another user, and wants
its package installed by root), starts in about a second, and keeps nothing on disk.
"""

from __future__ import annotations

import atexit
import contextlib
import imaplib
import importlib.util
import os
import secrets
import shutil
import ssl
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
USER = "dana.reyes@example.org"


class PymapUnavailable(RuntimeError):
    """pymap is not installed (the tests that need it skip, or fail in CI)."""


class ImapServer:
    """One pymap process; ``start()`` runs it, ``kill()`` ends it at once (its mail
    with it), ``clear()`` empties the INBOX.  With ``tls``, it offers STARTTLS with a
    certificate for 127.0.0.1 made for the session (``cert_path``: trust it with
    ``SSL_CERT_FILE``)."""

    host = "127.0.0.1"

    def __init__(self, user: str = USER, password: str | None = None, *, tls: bool = False) -> None:
        self.user = user
        self.password = password or f"Pw-{secrets.token_hex(6)}:@/%"
        self.port = 0
        self.folder = Path(tempfile.mkdtemp(prefix="coalition-imap-"))
        self.log_path = self.folder / "pymap.log"
        self.cert_path: Path | None = None
        if tls:
            self.cert_path = self.folder / "cert.pem"
            _self_signed(self.host, self.cert_path, self.folder / "key.pem")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Self:
        if self.process is not None and self.process.poll() is None:
            return self
        if importlib.util.find_spec("pymap") is None:
            raise PymapUnavailable(
                "pymap is not installed: `make test` installs it with the test extras "
                "(pip install -e '.[test]')"
            )
        if not self.port:
            self.port = free_port()
            atexit.register(self.stop)
        command = [
            sys.executable,
            "-c",
            "import sys; from pymap.main import main; sys.exit(main())",
            "--host",
            self.host,
            "--port",
            str(self.port),
            *(
                ["--cert", str(self.cert_path), "--key", str(self.folder / "key.pem")]
                if self.cert_path
                else ["--no-tls"]
            ),
            "dict",
            "--demo-user",
            self.user,
            "--demo-password",
            self.password,
        ]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        self._wait_until_listening()
        return self

    def _wait_until_listening(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"pymap stopped at start:\n{self.log_path.read_text()}")
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                probe = imaplib.IMAP4(self.host, self.port, timeout=1)
                probe.logout()
                return
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"pymap did not listen within {START_TIMEOUT_S} s")

    @contextlib.contextmanager
    def client(self) -> Iterator[imaplib.IMAP4]:
        connection = imaplib.IMAP4(self.host, self.port, timeout=10)
        try:
            if self.cert_path is not None:
                connection.starttls(ssl.create_default_context(cafile=str(self.cert_path)))
            secret = f"\0{self.user}\0{self.password}".encode()
            connection.authenticate("PLAIN", lambda _challenge: secret)
            yield connection
        finally:
            with contextlib.suppress(Exception):
                connection.logout()

    def deliver(self, *messages: bytes) -> None:
        """Put messages into the INBOX (IMAP APPEND), as the mail server delivers them."""
        with self.client() as connection:
            for raw in messages:
                status, data = connection.append("INBOX", None, None, raw)
                assert status == "OK", data

    def clear(self) -> None:
        """Empty the INBOX (what a test before delivered is not this test's mail)."""
        with self.client() as connection:
            connection.select("INBOX")
            status, data = connection.search(None, "ALL")
            if status == "OK" and data and data[0]:
                connection.store(b",".join(data[0].split()).decode(), "+FLAGS", r"(\Deleted)")
                connection.expunge()

    def stop(self) -> None:
        """End the server and remove its folder (its log, its certificate)."""
        self.kill()
        shutil.rmtree(self.folder, ignore_errors=True)

    def kill(self) -> None:
        """End the server at once (SIGTERM, then SIGKILL)."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _self_signed(host: str, cert_path: Path, key_path: Path) -> None:
    """A certificate for ``host`` (an IP address), valid for two days."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def imap_server() -> Iterator[ImapServer]:
    """An :class:`ImapServer` on 127.0.0.1, started at the first test that asks and
    stopped when the session ends."""
    server = ImapServer()
    try:
        server.start()
    except PymapUnavailable as exc:
        if _in_ci():
            pytest.fail(f"CI: {exc}", pytrace=False)
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def imap_tls_server() -> Iterator[ImapServer]:
    """An :class:`ImapServer` that offers STARTTLS, for the session."""
    server = ImapServer(tls=True)
    try:
        server.start()
    except PymapUnavailable as exc:
        if _in_ci():
            pytest.fail(f"CI: {exc}", pytrace=False)
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def imap_tls(imap_tls_server: ImapServer) -> ImapServer:
    imap_tls_server.start()
    return imap_tls_server


@pytest.fixture
def imap(imap_server: ImapServer) -> ImapServer:
    """The session's server, running (a test before may have killed it), its INBOX empty."""
    imap_server.start()
    imap_server.clear()
    return imap_server
