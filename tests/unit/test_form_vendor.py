"""The form's vendored validator: built from the current schema, with matching checksums."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "docs/assets/skjema/vendor"
SCHEMA = ROOT / "schemas/behovsmelding.schema.json"
VALIDATOR = VENDOR / "behovsmelding-validator.js"


def sha256(path: Path) -> str:
    """The SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def recorded_sums() -> dict[str, str]:
    """File name -> checksum, as written in SHA256SUMS."""
    sums = {}
    for line in (VENDOR / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split()
        sums[name] = digest
    return sums


def test_the_validator_was_built_from_the_current_schema() -> None:
    record = json.loads((VENDOR / "BUILT_FROM.json").read_text(encoding="utf-8"))
    assert record["schema"] == "schemas/behovsmelding.schema.json"
    assert record["schema_sha256"] == sha256(SCHEMA), (
        "Skjemaet er endret etter at validatoren ble bygd: kjør `npm ci && npm run build:validator`"
    )


def test_every_vendored_file_matches_its_checksum() -> None:
    sums = recorded_sums()
    on_disk = {path.name for path in VENDOR.iterdir() if path.name != "SHA256SUMS"}
    assert set(sums) == on_disk
    for name, digest in sums.items():
        assert sha256(VENDOR / name) == digest, f"{name} stemmer ikke med SHA256SUMS"


def test_the_validator_comes_from_the_pinned_ajv() -> None:
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    pinned = package["devDependencies"]["ajv"]
    record = json.loads((VENDOR / "BUILT_FROM.json").read_text(encoding="utf-8"))
    assert pinned[0].isdigit(), "ajv skal være låst til én versjon"
    assert lock["packages"]["node_modules/ajv"]["version"] == pinned == record["ajv"]


def test_the_validator_needs_no_eval_and_no_runtime_modules() -> None:
    code = VALIDATOR.read_text(encoding="utf-8")
    assert "export default" in code
    for forbidden in ("require(", "eval(", "new Function", "import "):
        assert forbidden not in code


def test_the_validator_names_no_external_address() -> None:
    code = VALIDATOR.read_text(encoding="utf-8")
    addresses = {part.split('"')[0] for part in code.split("https://")[1:]}
    assert addresses <= {"json-schema.org/draft/2020-12/schema"}
