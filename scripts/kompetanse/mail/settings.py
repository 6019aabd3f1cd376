"""How to reach the SMTP server. The password comes from the environment and is never shown."""

from __future__ import annotations

from dataclasses import dataclass, field

SECURITY_MODES = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class SmtpSettings:
    """Server, port, TLS mode (STARTTLS, SMTPS or none on loopback), login and sender.

    ``ca_file`` names certificates to trust besides the system's (a private CA); the server's
    certificate and name are always checked when TLS is on.
    """

    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = "ikke-svar@kompetanse.invalid"
    timeout_seconds: float = 10.0
    ca_file: str = ""
    password: str = field(default="", repr=False)

    @property
    def enabled(self) -> bool:
        """Mail is on when a server is named."""
        return bool(self.host)
