"""The postman: one thread that sends what the outbox holds, and tries again while SMTP is down.

A temporary failure leaves the message queued with a growing pause (per message); a permanent
one (the server refuses the recipient) is noted and the message forgotten. Log lines name the
reference (a melding id) and the SMTP code, never the address. A server that stays away is one
warning, not one per attempt, and one line again when it takes mail.
"""

from __future__ import annotations

import errno
import logging
import threading
import time

from kompetanse.mail.letter import AddressError, Letter, to_message
from kompetanse.mail.outbox import Envelope, Outbox
from kompetanse.mail.settings import SmtpSettings
from kompetanse.mail.smtp import Connection, MailError

LOG = logging.getLogger("kompetanse.mail")


class Postman:
    """Sends queued letters; :meth:`post` queues one and wakes the thread."""

    def __init__(
        self,
        settings: SmtpSettings,
        outbox: Outbox,
        retry_min_seconds: float = 1.0,
        retry_max_seconds: float = 300.0,
    ) -> None:
        self.settings, self.outbox = settings, outbox
        self.retry_min, self.retry_max = retry_min_seconds, retry_max_seconds
        self.wake, self.stopping, self.idle = (
            threading.Event(),
            threading.Event(),
            threading.Event(),
        )
        self.thread = threading.Thread(target=self.run, name="kompetanse-postbud", daemon=True)
        self.trouble = ""

    def start(self) -> None:
        """Start the thread (only when mail is configured)."""
        if self.settings.enabled:
            self.thread.start()

    def stop(self) -> None:
        """Stop after the message being sent."""
        self.stopping.set()
        self.wake.set()
        if self.thread.is_alive():
            self.thread.join()

    def post(self, letter: Letter, once: str = "") -> bool:
        """Queue the letter durably; False when mail is off or the address cannot take mail
        (then a note of the refusal is kept, as for an address the server refuses), or when a
        letter with the mark ``once`` was queued before."""
        if not self.settings.enabled:
            return False
        try:
            message = to_message(letter, self.settings.sender)
        except AddressError:
            self.outbox.note_refused(letter.reference, "ugyldig e-postadresse")
            LOG.warning("e-post for %s kan ikke sendes: ugyldig e-postadresse", letter.reference)
            return False
        reference = letter.reference
        queued = (
            self.outbox.put_once(message, reference, once)
            if once
            else self.outbox.put(message, reference)
        )
        if queued is None:
            return False
        self.idle.clear()
        self.wake.set()
        return True

    def run(self) -> None:
        """Rounds until stopped; sleeps until the next message is due or a new one arrives."""
        while not self.stopping.is_set():
            try:
                self.round()
            except OSError as error:
                self.note_disk_trouble(error)
            if self.outbox.count() == 0:
                self.idle.set()
            self.wake.wait(self.retry_min)
            self.wake.clear()

    def round(self) -> None:
        """Try every message that is due, over one SMTP session."""
        connection = Connection(self.settings)
        try:
            for envelope in self.outbox.due(time.time()):
                if self.stopping.is_set() or not self.deliver(connection, envelope):
                    return
        finally:
            connection.close()

    def deliver(self, connection: Connection, envelope: Envelope) -> bool:
        """Send one message and record the outcome; False when the server is away for now."""
        try:
            connection.send(self.outbox.message(envelope))
        except MailError as error:
            self.failed(envelope, error)
            return error.permanent
        except OSError as error:
            LOG.warning("e-post for %s kunne ikke leses (%s)", envelope.reference, error.errno)
            return True
        self.outbox.done(envelope)
        if self.trouble:
            LOG.info("SMTP-tjeneren tar imot e-post igjen")
            self.trouble = ""
        LOG.info("e-post sendt for %s", envelope.reference)
        return True

    def failed(self, envelope: Envelope, error: MailError) -> None:
        """Note a permanent refusal, or schedule another try."""
        if error.permanent:
            self.outbox.refuse(envelope, str(error))
            LOG.warning("e-post for %s ble avvist: %s", envelope.reference, error)
            return
        pause = min(self.retry_max, self.retry_min * 2**envelope.attempts)
        envelope.attempts += 1
        envelope.next_attempt = time.time() + pause
        self.outbox.save(envelope)
        self.note_trouble(envelope.reference, str(error), pause)

    def note_disk_trouble(self, error: OSError) -> None:
        """The outbox's disk refused a write: the message stays as it was; warn once."""
        trouble = (
            f"utboksen kunne ikke skrives ({errno.errorcode.get(error.errno or 0, 'OSError')})"
        )
        if trouble != self.trouble:
            LOG.warning("%s; prøver igjen", trouble)
        self.trouble = trouble

    def note_trouble(self, reference: str, trouble: str, pause: float) -> None:
        """Warn once while the same trouble lasts (later attempts go to debug)."""
        if trouble == self.trouble:
            LOG.debug("e-post for %s venter fortsatt (%s)", reference, trouble)
            return
        self.trouble = trouble
        LOG.warning("e-post for %s venter (%s); nytt forsøk om %.0f s", reference, trouble, pause)
