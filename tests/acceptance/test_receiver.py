"""The receiver end to end: a real ``kompetanse serve`` on loopback, a bare remote, a forge stand-in."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kompetanse.gitops.branches import (
    NewFile,
    commit_new_file,
    ensure_clone,
    fetch_base,
    push_branches,
)
from kompetanse.receiver.ids import keyed_id
from tests.support import loopback
from tests.support.forge_standin import ForgeState, forge_standin
from tests.support.receiver import (
    PERSONAL,
    SECRET,
    Receiver,
    envelope,
    git,
    melding,
    remote_branches,
    remote_text,
    running_receiver,
    seed_remote,
    stored_content,
    wait_for_branches,
)

TOKEN = "forge-token-som-aldri-logges"


@dataclass
class Setup:
    """One receiver with a GitHub stand-in, shared by the tests in this module."""

    receiver: Receiver
    remote: Path
    forge: ForgeState


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    """Seeded remote, forge stand-in and a running receiver."""
    folder = tmp_path_factory.mktemp("mottak")
    remote = seed_remote(folder)
    with forge_standin(TOKEN) as forge:
        settings = {
            "forge": "github",
            "forge_api_url": forge.base_url,
            "forge_repo": "sf/kompetanse",
        }
        env = {"KOMPETANSE_FORGE_TOKEN": TOKEN}
        with running_receiver(folder / "a", remote, env, **settings) as receiver:
            yield Setup(receiver, remote, forge)


def accepted(setup: Setup, number: int, key: str | None = None) -> dict[str, Any]:
    """Post a valid melding, assert 201 and return the receipt."""
    response = setup.receiver.post(envelope(melding(number)), key)
    assert response.status_code == 201, response.text
    receipt: dict[str, Any] = response.json()["kvittering"]
    return receipt


def test_valid_melding_becomes_a_branch_with_the_exact_file_and_a_pull_request(
    setup: Setup,
) -> None:
    document = melding(1)
    response = setup.receiver.post(envelope(document | {"id": "bm-2025-ffffffff"}), "utkast-0001")
    assert response.status_code == 201
    receipt = response.json()["kvittering"]
    melding_id = receipt["id"]
    assert melding_id != "bm-2025-ffffffff" and melding_id.startswith("bm-2025-")
    assert receipt["branch"] == f"behovsmelding/{melding_id}"
    assert receipt["ordning"] == "desentralisert" and receipt["aar"] == 2025
    assert receipt["periode_aar"] == 2 and receipt["sum_total"] == 650000
    assert receipt["eier"] == {
        "navn": "Stiftelsen Bjørkely friskole",
        "organisasjonsnummer": "819935181",
    }
    assert receipt["egenandel"] == {"belop": 114000, "minimum": 114000, "form": "lonn_frikjop"}
    assert receipt["budsjett"] == document["budsjett"] and receipt["advarsler"] == []
    assert receipt["mottatt"].endswith("Z")
    wait_for_branches(setup.remote, {receipt["branch"]})
    relpath = f"submissions/2025/desentralisert/{melding_id}.json"
    assert remote_text(setup.remote, receipt["branch"], relpath) == stored_content(
        document, melding_id
    )
    changed = git(setup.remote, "diff", "--name-only", "main", receipt["branch"]).split()
    assert changed == [relpath]
    author = git(setup.remote, "log", "-1", "--format=%an <%ae>", receipt["branch"]).strip()
    assert author == "kompetanse-mottak <mottak@kompetanse.invalid>"
    again = setup.receiver.post(envelope(document), "utkast-0001")
    assert again.status_code == 200
    assert again.json()["kvittering"]["id"] == melding_id


def test_pull_request_is_opened_and_its_link_comes_with_a_repeated_send(setup: Setup) -> None:
    receipt = accepted(setup, 2, "utkast-0002")
    wait_for_branches(setup.remote, {receipt["branch"]})
    repeat = {}
    for _ in range(1200):
        repeat = setup.receiver.post(envelope(melding(2)), "utkast-0002").json()["kvittering"]
        if repeat["pull_request_url"]:
            break
        time.sleep(0.1)
    pulls = [p for p in setup.forge.pulls if p["head"]["ref"] == receipt["branch"]]
    assert len(pulls) == 1 and pulls[0]["base"]["ref"] == "main"
    assert repeat["pull_request_url"] == pulls[0]["html_url"]
    assert receipt["id"] in pulls[0]["title"] and "819935181" in pulls[0]["title"]
    assert repeat | {"pull_request_url": None} == receipt


def test_invalid_melding_gets_422_with_the_problem_list_and_nothing_is_written(
    setup: Setup,
) -> None:
    before = remote_branches(setup.remote)
    spooled = {p.name for p in (setup.receiver.state_dir / "spool").rglob("bm-*.json")}
    document = melding(3)
    document["eier"]["organisasjonsnummer"] = "123456789"
    document["egenandel"]["belop"] = 1000
    response = setup.receiver.post(envelope(document), "utkast-0003")
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == "fail" and body["files"] == 1 and body["errors"] == 2
    found = {(p["code"], p["location"]) for p in body["problems"]}
    assert found == {
        ("orgnr-ugyldig", "$.eier.organisasjonsnummer"),
        ("egenandel-under-minimum", "$.egenandel.belop"),
    }
    assert all(
        set(p) == {"code", "severity", "file", "location", "message"} for p in body["problems"]
    )
    assert {p.name for p in (setup.receiver.state_dir / "spool").rglob("bm-*.json")} == spooled
    fixed = setup.receiver.post(envelope(melding(3)), "utkast-0003")
    assert fixed.status_code == 201
    assert wait_for_branches(
        setup.remote, before | {fixed.json()["kvittering"]["branch"]}
    ) == before | {fixed.json()["kvittering"]["branch"]}


def test_a_double_click_gives_one_branch_and_the_same_receipt(setup: Setup) -> None:
    with ThreadPoolExecutor(8) as pool:
        responses = list(
            pool.map(lambda _: setup.receiver.post(envelope(melding(4)), "utkast-0004"), range(8))
        )
    assert sorted(r.status_code for r in responses) == [200] * 7 + [201]
    receipts = {
        json.dumps(r.json()["kvittering"] | {"pull_request_url": None}, sort_keys=True)
        for r in responses
    }
    assert len(receipts) == 1, "samme kvittering (lenken til pull requesten kan komme til)"
    branch = responses[0].json()["kvittering"]["branch"]
    wait_for_branches(setup.remote, {branch})
    melding_id = branch.removeprefix("behovsmelding/")
    assert [b for b in remote_branches(setup.remote) if melding_id in b] == [branch]


def test_warnings_do_not_block_and_come_back_in_the_receipt(setup: Setup) -> None:
    document = melding(5)
    document["eier"]["fylke"] = "Finnmark"
    response = setup.receiver.post(envelope(document))
    assert response.status_code == 201
    codes = [w["code"] for w in response.json()["kvittering"]["advarsler"]]
    assert codes == ["fylke-utenfor-embetet"]


def test_health_reports_the_queue(setup: Setup) -> None:

    answer = loopback.get(f"{setup.receiver.url}/api/helse")
    assert answer.status_code == 200 and answer.json()["status"] == "ok"
    assert isinstance(answer.json()["ventende"], int)


def test_no_personal_data_in_branches_commits_pull_requests_or_logs(setup: Setup) -> None:
    for number in range(6, 9):
        wait_for_branches(setup.remote, {accepted(setup, number)["branch"]})
    branches = "\n".join(remote_branches(setup.remote))
    messages = git(setup.remote, "log", "--all", "--format=%an %ae %cn %ce %B")
    titles = "\n".join(p["title"] + "\n" + p["body"] for p in setup.forge.pulls)
    log = setup.receiver.log.read_text(encoding="utf-8")
    done = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (setup.receiver.state_dir / "spool" / "done").glob("*.json")
    )
    for text in (branches, messages, titles, log, done):
        for value in PERSONAL:
            assert value not in text
    assert TOKEN not in log and "mottatt bm-" in log
    assert "Bjørkely" in titles


def test_an_id_taken_on_the_remote_moves_the_melding_to_a_fresh_id(
    setup: Setup, tmp_path: Path
) -> None:
    key = "kollisjon-0001"
    taken = keyed_id(2025, key, SECRET.encode())
    branch, relpath = f"behovsmelding/{taken}", f"submissions/2025/desentralisert/{taken}.json"
    other = tmp_path / "annen-klone"
    ensure_clone(str(setup.remote), other, "main")
    base = fetch_base(other, "main")
    commit_new_file(other, base, NewFile(branch, relpath, b'{"annen": true}\n', "Annen"))
    push_branches(other, [branch])
    first = setup.receiver.post(envelope(melding(9)), key)
    assert first.status_code == 201 and first.json()["kvittering"]["id"] == taken
    moved = taken
    for _ in range(600):
        moved = setup.receiver.post(envelope(melding(9)), key).json()["kvittering"]["id"]
        if moved != taken:
            break
        time.sleep(0.1)
    assert moved != taken
    wait_for_branches(setup.remote, {f"behovsmelding/{moved}"})
    assert remote_text(setup.remote, branch, relpath) == '{"annen": true}\n'
    new_path = f"submissions/2025/desentralisert/{moved}.json"
    text = remote_text(setup.remote, f"behovsmelding/{moved}", new_path)
    assert text == stored_content(melding(9), moved)
