"""A throwaway self-signed certificate for 127.0.0.1, and aiosmtpd servers that speak TLS and
ask for a login: STARTTLS on a plain port, or TLS from the first byte (SMTPS)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kompetanse.mail.capture import CapturingHandler, free_port


@dataclass(frozen=True)
class Certificate:
    """The certificate (also the CA file a client trusts) and its key, as PEM files."""

    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        """What the server presents."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def self_signed(folder: Path) -> Certificate:
    """A one-day certificate for 127.0.0.1 and localhost."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    names = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert, key_file = folder / "smtp.crt", folder / "smtp.key"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Certificate(cert, key_file)


@dataclass
class Logins:
    """Accepts one user and password; remembers every attempt's user name."""

    user: str
    password: str
    tried: list[str] = field(default_factory=list)

    def __call__(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        """aiosmtpd's authenticator."""
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, password = data.login.decode(), data.password.decode()
        self.tried.append(user)
        return AuthResult(success=(user, password) == (self.user, self.password))


@contextmanager
def tls_server(
    folder: Path, certificate: Certificate, logins: Logins, smtps: bool
) -> Iterator[tuple[int, CapturingHandler]]:
    """An SMTP server on loopback that needs TLS and a login; its port and its mailbox."""
    handler = CapturingHandler(folder)
    context = certificate.server_context()
    tls: dict[str, Any] = (
        {"ssl_context": context, "auth_require_tls": False}
        if smtps
        else {
            "tls_context": context,
            "require_starttls": True,
            "auth_require_tls": True,
            "auth_required": True,
        }
    )
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port("127.0.0.1"),
        authenticator=logins,
        **tls,
    )
    controller.start()
    try:
        yield controller.port, handler
    finally:
        controller.stop()


@contextmanager
def silent_server() -> Iterator[tuple[int, threading.Event]]:
    """A port that accepts connections and never says a word (an SMTP server that hangs)."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    connected = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        held.append(connection)
        connected.set()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1]), connected
    finally:
        for connection in held:
            connection.close()
        listener.close()
        thread.join(5)
