"""The receiver with GitLab: merge requests through the stand-in, and a forge outage loses nothing."""

from __future__ import annotations

import time
from pathlib import Path

from tests.support import loopback
from tests.support.forge_standin import forge_standin
from tests.support.receiver import (
    PERSONAL,
    envelope,
    melding,
    running_receiver,
    seed_remote,
    wait_for_branches,
)

TOKEN = "glpat-standin"


def queue_length(url: str) -> int:
    """Meldinger the receiver still holds."""
    count: int = loopback.get(f"{url}/api/helse").json()["ventende"]
    return count


def test_a_merge_request_is_opened_once_the_forge_answers_again(tmp_path: Path) -> None:
    remote = seed_remote(tmp_path)
    with forge_standin(TOKEN) as forge:
        forge.fail_with = 503
        settings = {
            "forge": "gitlab",
            "forge_api_url": forge.base_url,
            "forge_repo": "sf/kompetanse",
        }
        with running_receiver(
            tmp_path / "a", remote, {"KOMPETANSE_FORGE_TOKEN": TOKEN}, **settings
        ) as receiver:
            receipt = receiver.post(envelope(melding(1)), "gitlab-utkast-1").json()["kvittering"]
            wait_for_branches(remote, {receipt["branch"]})
            for _ in range(600):
                if len(forge.requests) >= 2:
                    break
                time.sleep(0.1)
            assert forge.merge_requests == [] and queue_length(receiver.url) == 1
            forge.fail_with = None
            for _ in range(600):
                if forge.merge_requests and queue_length(receiver.url) == 0:
                    break
                time.sleep(0.1)
            repeat = receiver.post(envelope(melding(1)), "gitlab-utkast-1").json()["kvittering"]
            log = receiver.log.read_text(encoding="utf-8")
    assert len(forge.merge_requests) == 1
    merge_request = forge.merge_requests[0]
    assert (
        merge_request["source_branch"] == receipt["branch"]
        and merge_request["target_branch"] == "main"
    )
    assert merge_request["project_id"] == "sf/kompetanse"
    assert repeat["pull_request_url"] == merge_request["web_url"]
    text = merge_request["title"] + merge_request["description"] + log
    assert not [value for value in PERSONAL if value in text] and TOKEN not in log
