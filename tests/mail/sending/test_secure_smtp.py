"""Mail over an encrypted connection, as providers want it: STARTTLS on the submission
port, or TLS from the first byte; the server's certificate checked (one the test makes
and trusts, through $SSL_CERT_FILE as a system's store would hold its authority), and a
server whose certificate is not trusted refused with a sentence."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coalition.mail import account as accounts
from smtp_server import SmtpServer


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key."""
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _server(security: str, certificate: tuple[Path, Path]) -> Iterator[SmtpServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    server = SmtpServer(security=security, context=context).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["starttls", "tls"])
def secure_server(
    request: pytest.FixtureRequest, certificate: tuple[Path, Path]
) -> Iterator[SmtpServer]:
    yield from _server(request.param, certificate)


def _account(session: Session, server: SmtpServer) -> accounts.MailAccount:
    return accounts.save_account(
        session,
        accounts.AccountInput(
            smtp_host=server.host,
            smtp_port=server.port,
            security=server.security,
            from_address="organizer@example.org",
            username=server.user,
        ),
    )


def test_mail_goes_over_an_encrypted_connection_to_a_trusted_server(
    session: Session,
    secure_server: SmtpServer,
    certificate: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    row = _account(session, secure_server)

    accounts.send_test(row, secure_server.password, "dana@example.org")

    (got,) = secure_server.received
    assert got.rcpt_tos == ("dana@example.org",)


def test_a_server_whose_certificate_is_not_trusted_is_refused_with_a_sentence(
    session: Session, secure_server: SmtpServer
) -> None:
    row = _account(session, secure_server)

    with pytest.raises(accounts.MailError) as caught:
        accounts.send_test(row, secure_server.password, "dana@example.org")

    assert str(caught.value).startswith(
        f"the secure connection to 127.0.0.1:{secure_server.port} failed "
        "(CERTIFICATE_VERIFY_FAILED)"
    )
    assert secure_server.received == []


def test_starttls_asked_of_a_server_without_it_is_said(
    session: Session, smtp_server: SmtpServer
) -> None:
    row = _account(session, smtp_server)
    row.security = "starttls"

    with pytest.raises(accounts.MailError, match="does not offer STARTTLS"):
        accounts.send_test(row, smtp_server.password, "dana@example.org")
