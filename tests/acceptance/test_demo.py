"""``make demo``'s pieces in a scratch project (never the real ``.demo/``): the seeded remote,
the demo's settings, the local SMTP server that writes ``.demo/epost/*.eml`` and the receiver
serving the site. A melding sent from the form puts a letter there, and its link works in the
browser."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, expect

from kompetanse.cli.demo import DEMO_DIR, HOST, demo_config, ensure_remote
from kompetanse.mail.capture import CapturingHandler, capturing_server
from kompetanse.receiver.app import create_app
from tests.support.form import clean_page, open_form, press_button, send_from_review
from tests.support.office import copy_office
from tests.support.receiver import EXAMPLE, free_port
from tests.support.smtp import eml_files, links_in

START_SECONDS = 60.0


@pytest.fixture
def demo_url(tmp_path: Path, built_site: Path) -> Iterator[tuple[str, Path, CapturingHandler]]:
    """The demo on loopback in a scratch project: its address, ``.demo/epost/`` and the SMTP
    server's mailbox."""
    project = copy_office(tmp_path / "prosjekt")
    demo = project / DEMO_DIR
    shutil.copytree(built_site, demo / "site")
    assert ensure_remote(project, demo / "remote.git") is True
    port = free_port()
    with capturing_server(demo / "epost") as (smtp, mailbox):
        app = create_app(demo_config(project, port, smtp.port))
        config = uvicorn.Config(app, host=HOST, port=port, log_config=None, access_log=False)
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + START_SECONDS
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started, "demoen startet ikke"
        try:
            yield f"http://{HOST}:{port}", demo / "epost", mailbox
        finally:
            server.should_exit = True
            thread.join(60)


def read_eml(folder: Path) -> EmailMessage:
    """The one letter the SMTP server wrote to the folder."""
    (path,) = eml_files(folder)
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


def test_sending_from_the_demo_puts_a_letter_in_demo_epost_whose_link_works(
    browser: Browser, demo_url: tuple[str, Path, CapturingHandler]
) -> None:
    url, epost, mailbox = demo_url
    with clean_page(browser) as page:
        open_form(page, url)
        page.set_input_files("#hent-fil", str(EXAMPLE))
        expect(page.locator("#skjema-status")).to_contain_text("er hentet inn")
        send_from_review(page)
        page.wait_for_selector("#kvittering-id")
        melding_id = page.inner_text("#kvittering-id")
        assert len(mailbox.wait_for(1, START_SECONDS)) == 1
        letter = read_eml(epost)
        assert melding_id in str(letter["Subject"]) and letter["To"] == "ingrid@bjorkely.no"
        confirm, own = links_in(letter)
        assert confirm.startswith(url) and own.startswith(url)
        page.goto(confirm)
        press_button(page, "bekreft")
        expect(page.locator("h1")).to_have_text("E-postadressen er bekreftet")
        page.goto(own)
        expect(page.locator("#historikk")).to_contain_text("bekreftet")
