"""The postman against real SMTP servers on loopback (aiosmtpd): STARTTLS and SMTPS with a login
and a throwaway certificate, a wrong password, an untrusted certificate, a server that hangs, one
that says "try later", and an address no server could take. Nothing is lost or sent twice, and no
log line holds the password or the address."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from kompetanse.mail.capture import CapturingHandler, capturing_server
from kompetanse.mail.letter import Letter
from kompetanse.mail.outbox import Outbox
from kompetanse.mail.postman import Postman
from kompetanse.mail.settings import SmtpSettings
from tests.support.tls import Certificate, Logins, self_signed, silent_server, tls_server

PASSWORD = "s3kret-passord-fra-miljoet"
ADDRESS = "kari.mottaker@example.no"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """One throwaway certificate for the module."""
    return self_signed(tmp_path_factory.mktemp("tls"))


def letter(reference: str = "bm-2027-0123456789abcdef", to: str = ADDRESS) -> Letter:
    """A small letter with a UTF-8 attachment."""
    return Letter(to=to, subject=f"Bekreft {reference}", text="Hei på deg!", reference=reference)


def postman(tmp_path: Path, **settings: Any) -> Postman:
    """A postman whose rounds are run by the test (no thread), retrying at once."""
    values: dict[str, Any] = {"host": "127.0.0.1", "sender": "post@sf.example"}
    values |= {"timeout_seconds": 2.0} | settings
    return Postman(SmtpSettings(**values), Outbox(tmp_path / "ut"), 0.0, 0.0)


def no_secrets_in(caplog: pytest.LogCaptureFixture) -> None:
    """Neither the password nor the address in any log line."""
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert PASSWORD not in text and ADDRESS not in text


@pytest.mark.parametrize("smtps", [False, True], ids=["starttls", "smtps"])
def test_tls_and_login_deliver_the_letter(
    tmp_path: Path, certificate: Certificate, smtps: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    logins = Logins("mottak", PASSWORD)
    with tls_server(tmp_path / "boks", certificate, logins, smtps) as (port, box):
        mail = postman(
            tmp_path,
            port=port,
            security="ssl" if smtps else "starttls",
            user="mottak",
            password=PASSWORD,
            ca_file=str(certificate.cert),
        )
        assert mail.post(letter())
        mail.round()
        (message,) = box.wait_for(1, 10)
    assert message["To"] == ADDRESS and logins.tried == ["mottak"]
    assert mail.outbox.count() == 0
    assert PASSWORD not in repr(mail.settings)
    no_secrets_in(caplog)


def test_a_wrong_password_keeps_the_letter_and_never_shows_the_password(
    tmp_path: Path, certificate: Certificate, caplog: pytest.LogCaptureFixture
) -> None:
    logins = Logins("mottak", PASSWORD)
    with tls_server(tmp_path / "boks", certificate, logins, smtps=False) as (port, box):
        wrong = postman(
            tmp_path,
            port=port,
            user="mottak",
            password="feil-" + PASSWORD,
            ca_file=str(certificate.cert),
        )
        wrong.post(letter())
        wrong.round()
        assert wrong.outbox.count() == 1 and box.messages == []
        right = postman(
            tmp_path, port=port, user="mottak", password=PASSWORD, ca_file=str(certificate.cert)
        )
        right.round()
        assert len(box.wait_for(1, 10)) == 1 and right.outbox.count() == 0
    assert "e-post for bm-2027-0123456789abcdef venter" in caplog.text
    assert "feil-" + PASSWORD not in caplog.text
    no_secrets_in(caplog)


def test_a_certificate_nobody_vouches_for_is_refused_and_the_letter_waits(
    tmp_path: Path, certificate: Certificate, caplog: pytest.LogCaptureFixture
) -> None:
    logins = Logins("mottak", PASSWORD)
    with tls_server(tmp_path / "boks", certificate, logins, smtps=True) as (port, box):
        mail = postman(tmp_path, port=port, security="ssl", user="mottak", password=PASSWORD)
        mail.post(letter())
        mail.round()
    assert mail.outbox.count() == 1 and box.messages == [] and logins.tried == []
    assert "SSLCertVerificationError" in caplog.text


def test_a_server_that_hangs_times_out_and_the_letter_goes_once_it_answers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with silent_server() as (port, connected):
        mail = postman(tmp_path, port=port, security="none", timeout_seconds=0.5)
        mail.post(letter())
        mail.round()
        assert connected.is_set() and mail.outbox.count() == 1
    assert "SMTPServerDisconnected" in caplog.text
    with capturing_server(tmp_path / "boks", port=port) as (_, box):
        mail.round()
        mail.round()
        assert len(box.wait_for(1, 10)) == 1
    assert mail.outbox.count() == 0 and len(box.messages) == 1
    no_secrets_in(caplog)


class TryLater(CapturingHandler):
    """Says 451 to the first message, then takes them."""

    said_no = False

    async def handle_DATA(  # noqa: N802 (the name aiosmtpd calls)
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        """451 once."""
        if not self.said_no:
            self.said_no = True
            return "451 4.3.0 Prøv igjen senere"
        return await super().handle_DATA(server, session, envelope)


def test_try_later_is_tried_again_and_delivered_exactly_once(tmp_path: Path) -> None:
    handler = TryLater(tmp_path / "boks")
    with capturing_server(tmp_path / "boks", handler) as (smtp, box):
        mail = postman(tmp_path, port=smtp.port, security="none")
        mail.post(letter())
        mail.round()
        assert mail.outbox.count() == 1 and box.messages == []
        mail.round()
        mail.round()
        assert len(box.wait_for(1, 10)) == 1
    assert mail.outbox.count() == 0


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[Postman, CapturingHandler]]:
    """A postman with its thread, sending to a capturing server."""
    with capturing_server(tmp_path / "boks") as (smtp, box):
        mail = postman(tmp_path, port=smtp.port, security="none")
        mail.start()
        try:
            yield mail, box
        finally:
            mail.stop()


def test_an_address_no_server_could_take_is_noted_not_sent_and_stops_nothing(
    running: tuple[Postman, CapturingHandler], caplog: pytest.LogCaptureFixture
) -> None:
    mail, box = running
    assert mail.post(letter("bm-2027-00000000000000aa", '"kari"@example.no')) is False
    assert mail.post(letter("bm-2027-00000000000000bb"))
    assert len(box.wait_for(1, 10)) == 1
    assert mail.outbox.refused_references() == {"bm-2027-00000000000000aa"}
    assert "e-post for bm-2027-00000000000000aa kan ikke sendes" in caplog.text
    assert '"kari"' not in caplog.text
