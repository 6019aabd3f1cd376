"""A sample of the document corpus sent to the real receiver over loopback HTTP: each refused
document gets a Norwegian JSON answer with catalogued codes and leaves nothing in the spool (so
nothing can reach a branch); each one the receiver makes whole is taken in."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from kompetanse.validation.paths import kind_of_path
from kompetanse.validation.problems import PROBLEM_CODES
from tests.examples_support import CorpusFile, iter_corpus
from tests.support import loopback
from tests.support.receiver import Receiver, running_receiver, seed_remote

DOCUMENTS = iter_corpus("dokumenter", ".json")
SAMPLE = DOCUMENTS[::12] + [d for d in DOCUMENTS if d.name.startswith("bm-heltall-med-desimal")]


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Receiver]:
    """A running receiver on a seeded remote."""
    folder = tmp_path_factory.mktemp("korpus-mottak")
    with running_receiver(folder / "mottak", seed_remote(folder)) as running:
        yield running


def post(receiver: Receiver, document: CorpusFile) -> httpx.Response:
    """POST the document's bytes, as they are, inside the form's envelope to its kind's address."""
    kind = kind_of_path(document.example.relpath)
    data = document.example.source.read_bytes()
    body = b'{"' + kind.name.encode() + b'": ' + data + b', "nettside": ""}'
    headers = {"Content-Type": "application/json", "Origin": "http://skjema.example"}
    url = f"{receiver.url}/api/{kind.plural}"
    return loopback.post(url, content=body, headers=headers, timeout=60)


SPOOLED_ID = re.compile(r"(?:bm|rp|ts)-[0-9]{4}-[0-9a-f]{8,}")


def spooled(receiver: Receiver) -> set[str]:
    """The ids of every file in the receiver's spool (the worker moves and rewrites the files
    meanwhile, under the same id)."""
    files = (receiver.state_dir / "spool").rglob("*")
    return {found for p in files for found in SPOOLED_ID.findall(p.name)}


def test_the_sample_holds_refused_and_accepted_documents_of_every_kind() -> None:
    assert {d.mottak for d in SAMPLE} == {"avvist", "tatt-imot"}
    assert len({kind_of_path(d.example.relpath) for d in SAMPLE}) == 3


@pytest.mark.parametrize("document", SAMPLE, ids=lambda d: d.name)
def test_the_receiver_answers_the_document_in_norwegian(
    receiver: Receiver, document: CorpusFile
) -> None:
    before = spooled(receiver)
    response = post(receiver, document)
    answer = response.json()
    if document.mottak == "tatt-imot":
        assert response.status_code == 201, answer
        assert answer["kvittering"]["id"] in spooled(receiver) - before
        return
    assert response.status_code in (400, 413, 422), answer
    assert answer["status"] == "fail" and answer["problems"]
    for problem in answer["problems"]:
        assert problem["code"] in PROBLEM_CODES and problem["message"].strip()
        assert "hemmelig" not in problem["message"].lower()
    assert spooled(receiver) <= before
