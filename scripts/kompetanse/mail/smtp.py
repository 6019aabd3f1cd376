"""Hand one message to the SMTP server (``smtplib``), with STARTTLS or SMTPS and a login.

Failures are sorted in two: a temporary one (server away, timeout, 4xx, login refused) keeps the
message for another try; a permanent one (5xx for the recipient or the content) means the
address does not take mail and trying again would not help. Messages name the SMTP code only,
never the address or the password.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from kompetanse.mail.settings import SmtpSettings


class MailError(Exception):
    """The message was not handed over."""

    permanent = False


class TemporaryMailError(MailError):
    """Try again later."""


class PermanentMailError(MailError):
    """The server refused the recipient or the message for good (5xx)."""

    permanent = True


def tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    """The system's trusted certificates, plus ``ca_file`` when one is configured."""
    return ssl.create_default_context(cafile=settings.ca_file or None)


def connect(settings: SmtpSettings) -> smtplib.SMTP:
    """An open connection, TLS as configured, logged in when a user is given (the TLS context,
    which reads every trusted certificate, is made only when the connection uses TLS)."""
    client: smtplib.SMTP
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            timeout=settings.timeout_seconds,
            context=tls_context(settings),
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
    try:
        client.ehlo()
        if settings.security == "starttls":
            client.starttls(context=tls_context(settings))
            client.ehlo()
        if settings.user:
            client.login(settings.user, settings.password)
    except BaseException:
        client.close()
        raise
    return client


def classify(error: Exception) -> MailError:
    """Our error for what smtplib or the network raised."""
    code = getattr(error, "smtp_code", None)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [answer[0] for answer in error.recipients.values()]
        code = max(codes) if codes else None
    name = type(error).__name__
    if (
        isinstance(code, int)
        and 500 <= code < 600
        and not isinstance(error, smtplib.SMTPAuthenticationError)
    ):
        return PermanentMailError(f"SMTP-tjeneren avviste e-posten ({code})")
    detail = f"{name} {code}" if isinstance(code, int) else name
    return TemporaryMailError(f"SMTP-tjeneren tok ikke imot e-posten nå ({detail})")


class Connection:
    """One SMTP session for several messages (opened on first use, closed at the end)."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.client: smtplib.SMTP | None = None

    def send(self, message: EmailMessage) -> None:
        """Send one message, or raise a :class:`MailError` (the session is dropped on failure)."""
        try:
            if self.client is None:
                self.client = connect(self.settings)
            self.client.send_message(message)
        except (smtplib.SMTPException, OSError, ssl.SSLError) as error:
            self.close()
            raise classify(error) from error

    def close(self) -> None:
        """End the session."""
        if self.client is None:
            return
        try:
            self.client.quit()
        except (smtplib.SMTPException, OSError):
            self.client.close()
        self.client = None


def send_message(settings: SmtpSettings, message: EmailMessage) -> None:
    """Send, or raise a :class:`MailError` that says whether to try again."""
    try:
        client = connect(settings)
        try:
            client.send_message(message)
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()
    except (smtplib.SMTPException, OSError, ssl.SSLError) as error:
        raise classify(error) from error
