"""The receiver's intake for rapporter and søknader: their own envelope key, id prefix, folder,
branch and receipt; no contact person or employee name in the receipt, title or body."""

from __future__ import annotations

import json
from pathlib import Path

from kompetanse.kinds import RAPPORT, TILRETTELEGGINGSSOKNAD, Kind
from kompetanse.receiver.documents import DocumentIntake
from kompetanse.receiver.intake import IntakeLimits
from kompetanse.receiver.limits import RateLimiter
from kompetanse.receiver.receipt import body_of, commit_message_of, title_of
from kompetanse.receiver.remote import RemoteState
from kompetanse.receiver.spool import Spool
from kompetanse.repository.check import load_validator
from tests.examples_support import EXAMPLES

SECRET = b"en-hemmelighet-som-bare-testen-kjenner"
PERSONAL = ("Ingrid Ås", "ingrid@bjorkely.no", "Aina Studentsen", "Bjørn Deltidsen", "Siri Styrer")


def make_intake(office: Path, folder: Path, kind: Kind) -> DocumentIntake:
    """An intake of the kind whose remote (not yet fetched) holds nothing."""
    limits = IntakeLimits(3600.0, RateLimiter(1000, 1000))
    remote = RemoteState(folder / "klon", "main")
    return DocumentIntake(load_validator(office), Spool(folder), remote, SECRET, limits, kind)


def body_for(kind: str, example: str) -> bytes:
    document = json.loads((EXAMPLES / f"valid/{example}.json").read_text(encoding="utf-8"))
    del document["id"], document["schema_version"]
    return json.dumps({kind: document, "nettside": ""}, ensure_ascii=False).encode()


def test_a_rapport_is_spooled_in_its_folder_on_a_branch_of_its_kind(
    fixture_office: Path, tmp_path: Path
) -> None:
    intake = make_intake(fixture_office, tmp_path, RAPPORT)
    outcome = intake.receive(body_for("rapport", "rapport-minimal"), "nokkel-rapport-1")
    assert outcome.status == 201, outcome.body
    receipt = outcome.body["kvittering"]
    record = Spool(tmp_path).find(receipt["id"])
    assert record is not None and receipt["id"].startswith("rp-2025-")
    assert record.relpath == f"submissions/rapporter/2025/{receipt['id']}.json"
    assert record.branch == f"rapport/{receipt['id']}"
    assert json.loads(record.content)["schema_version"] == "1"
    assert (receipt["brukt"], receipt["ikke_brukt"]) == (330_000, 20_000)
    assert title_of(receipt) == f"Rapport {receipt['id']}: bm-2025-a0250002, 2025, orgnr 819935181"
    again = intake.receive(body_for("rapport", "rapport-minimal"), "nokkel-rapport-1")
    assert again.status == 200 and again.body["kvittering"]["id"] == receipt["id"]


def test_a_søknad_receipt_and_texts_carry_no_personal_data(
    fixture_office: Path, tmp_path: Path
) -> None:
    intake = make_intake(fixture_office, tmp_path, TILRETTELEGGINGSSOKNAD)
    outcome = intake.receive(
        body_for("tilretteleggingssoknad", "tilretteleggingssoknad-minimal"), None
    )
    assert outcome.status == 201, outcome.body
    receipt = outcome.body["kvittering"]
    assert receipt["branch"] == f"tilretteleggingssoknad/{receipt['id']}"
    assert (receipt["antall_studenter"], receipt["barnehageaar"]) == (2, "2025/26")
    texts = (
        json.dumps(receipt, ensure_ascii=False),
        title_of(receipt),
        body_of(receipt),
        commit_message_of(receipt),
    )
    assert not any(secret in text for secret in PERSONAL for text in texts)
    assert "Solsikken barnehage" in body_of(receipt)


def test_a_document_under_the_wrong_key_or_against_the_rules_is_refused(
    fixture_office: Path, tmp_path: Path
) -> None:
    intake = make_intake(fixture_office, tmp_path, RAPPORT)
    wrong_key = intake.receive(body_for("behovsmelding", "rapport-minimal"), None)
    assert wrong_key.status == 400
    assert {p["code"] for p in wrong_key.body["problems"]} == {
        "skjema-ukjent-felt",
        "skjema-mangler-felt",
    }
    document = json.loads(body_for("rapport", "rapport-minimal"))
    document["rapport"]["brukt"]["uh_andel"] = 999_999
    refused = intake.receive(json.dumps(document).encode(), None)
    assert refused.status == 422
    codes = {p["code"] for p in refused.body["problems"]}
    assert "rapport-brukt-over-innvilget" in codes
    assert {p["file"] for p in refused.body["problems"]} == {"rapport"}
    assert not list((tmp_path / "pending").iterdir())
