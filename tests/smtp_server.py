"""A throwaway SMTP server for the tests (aiosmtpd, on 127.0.0.1 and a free port), and
its fixtures.

It asks for a login (AUTH PLAIN / LOGIN, one user with a password made per session;
loopback only, so without TLS), keeps every message it took, refuses the recipients a
test names (``550``), and can drop the connection after taking a given number of
messages and stay down (:meth:`SmtpServer.stop_after`), a server gone mid-batch;
:meth:`SmtpServer.start` brings it back on the same port.
"""

from __future__ import annotations

import contextlib
import email
import secrets
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default
from typing import Any

import pytest

from pgserver import free_port

USER = "organizer@example.org"


@dataclass(frozen=True)
class Received:
    """One message as the server took it: the envelope and the bytes."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=default)
        assert isinstance(parsed, EmailMessage)
        return parsed


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(
        self, smtp: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address.casefold() in self.server.refused:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp: Any, session: Any, envelope: Any) -> str:
        with self.server.lock:
            self.server.received.append(
                Received(envelope.mail_from, tuple(envelope.rcpt_tos), envelope.original_content)
            )
            count = len(self.server.received)
        limit = self.server.limit
        if limit is not None and count >= limit:
            # The reply goes out, then the connection closes: the server is gone.
            smtp.loop.call_soon(smtp.transport.close)
            self.server.gone.set()
        return "250 Message accepted for delivery"


class SmtpServer:
    host = "127.0.0.1"

    def __init__(
        self,
        user: str = USER,
        password: str | None = None,
        *,
        security: str = "none",
        context: ssl.SSLContext | None = None,
    ) -> None:
        """``security`` "starttls" (STARTTLS required before AUTH) or "tls" (implicit
        TLS) with the server's ``context``; "none" on loopback."""
        self.security = security
        self.context = context
        self.user = user
        self.password = password or f"Pw-{secrets.token_hex(6)}"
        self.port = free_port()
        self.received: list[Received] = []
        self.refused: set[str] = set()
        self.limit: int | None = None
        self.lock = threading.Lock()
        self.gone = threading.Event()
        self.controller: Any = None

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.user
            and auth_data.password.decode() == self.password
        )
        return AuthResult(success=ok, handled=False)

    def start(self) -> SmtpServer:
        from aiosmtpd.controller import Controller

        if self.controller is not None:
            return self
        self.gone.clear()
        self.limit = None
        secure: dict[str, Any] = {}
        if self.security == "starttls":
            secure = {"tls_context": self.context, "require_starttls": True}
        elif self.security == "tls":
            secure = {"ssl_context": self.context}
        self.controller = Controller(
            _Handler(self),
            hostname=self.host,
            port=self.port,
            authenticator=self._authenticate,
            # On loopback without TLS, AUTH is offered all the same (aiosmtpd warns when
            # it is also required, so a login is checked when given, as the app gives
            # one); with STARTTLS, only once the connection is encrypted (with implicit
            # TLS it is from the start, which aiosmtpd does not count as such).
            auth_require_tls=self.security == "starttls",
            **secure,
        )
        self.controller.start()
        return self

    def stop(self) -> None:
        controller, self.controller = self.controller, None
        if controller is not None:
            with contextlib.suppress(Exception):
                controller.stop()

    def stop_after(self, count: int) -> None:
        """Take ``count`` more messages, then drop the connection and stay down."""
        with self.lock:
            self.limit = len(self.received) + count

    def reset(self) -> None:
        with self.lock:
            self.received.clear()
        self.refused.clear()
        self.limit = None

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.rcpt_tos]


@pytest.fixture(scope="session")
def smtp_server_session() -> Iterator[SmtpServer]:
    pytest.importorskip("aiosmtpd", reason="aiosmtpd is installed with the test extras")
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_server(smtp_server_session: SmtpServer) -> Iterator[SmtpServer]:
    """The session's SMTP server, running and empty (a test before may have stopped it)."""
    server = smtp_server_session
    if server.gone.is_set():
        server.stop()
    server.start()
    server.reset()
    yield server
    if server.gone.is_set():
        server.stop()
