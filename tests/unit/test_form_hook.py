"""The form hook: the data the form is generated from and the page's Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from kompetanse.site.form import (
    build_form_data,
    content_security_policy,
    form_data_json,
    inline_script_hashes,
    on_config,
    receiver_url,
    validator_is_current,
)
from kompetanse.text.schema_words import translate_schema

ROOT = Path(__file__).resolve().parents[2]


def config(**extra: Any) -> dict[str, Any]:
    """A minimal MkDocs config as the hook sees it."""
    return {"docs_dir": str(ROOT / "docs"), "extra": extra, "repo_url": None}


def csp_hash(body: str) -> str:
    """The CSP source expression for an inline script body."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def test_the_form_data_carries_schema_uh_register_and_settings(fixture_office: Path) -> None:
    data = build_form_data(fixture_office, config(mottak={"url": "/api/behovsmeldinger"}))
    schema = json.loads((ROOT / "schemas/behovsmelding.schema.json").read_text(encoding="utf-8"))
    assert data["schema"] == translate_schema(schema, "nb")
    assert data["system_fields"] == ["id", "schema_version", "maalform", "innsending"]
    assert data["maalform"] == "nb" and data["tekster"]["skjema.send"] == "Send behovsmeldingen"
    assert {
        "uh_id": "hiof",
        "navn": "Høgskolen i Østfold",
        "uh_type": "hoyskole",
        "vertsinstitusjon": "",
    } in data["uh"]
    desentralisert_2025 = next(
        row
        for row in data["innstillinger"]
        if (row["aar"], row["ordning"]) == (2025, "desentralisert")
    )
    assert desentralisert_2025["egenandel_sats"] == "0.30"
    assert desentralisert_2025["koordinator_varsel_sats"] == "0.10"
    assert data["mottak"] == {"url": "/api/behovsmeldinger"}


def test_the_nynorsk_form_gets_nynorsk_words_titles_and_names(fixture_office: Path) -> None:
    data = build_form_data(fixture_office, config(maalform="nn"))
    assert data["maalform"] == "nn"
    assert data["tekster"]["skjema.send"] == "Send behovsmeldinga"
    assert data["tekster"]["problem.skjema-mangler-felt"] == "«{felt}» manglar."
    properties = data["schema"]["properties"]
    assert properties["kontaktperson"]["properties"]["navn"]["title"] == "Namn"
    assert data["schema"]["$defs"]["eiertype"]["x-enum-titles"][2] == "Privat eigar"
    names = {row["ordning"]: row["navn"] for row in data["ordninger"]}
    assert names["desentralisert"].endswith("grunnskular og vidaregåande skular")
    assert not [
        key
        for key in data["tekster"]
        if not key.startswith(("skjema.", "problem.", "json.", "dokument."))
    ]


def test_the_inlined_json_keeps_the_schemas_field_order_and_cannot_close_the_script() -> None:
    text = str(form_data_json({"b": 1, "a": "</script><script>alert(1)</script>"}))
    assert text.index('"b"') < text.index('"a"')
    assert "</script>" not in text
    assert json.loads(text)["a"] == "</script><script>alert(1)</script>"


def test_no_receiver_when_the_url_is_empty_false_or_missing() -> None:
    assert receiver_url(config(mottak={"url": "/api/behovsmeldinger"})) == "/api/behovsmeldinger"
    assert receiver_url(config(mottak={"url": ""})) == ""
    assert receiver_url(config(mottak={"url": False})) == ""
    assert receiver_url(config(mottak={"url": None})) == ""
    assert receiver_url(config()) == ""


def test_only_inline_javascript_is_hashed() -> None:
    html = (
        "<script>var a=1</script>"
        '<script type="application/json" id="data">{"x": 1}</script>'
        '<script src="x.js"></script>'
        '<script type="module">import "./y.js"</script>'
    )
    assert inline_script_hashes(html) == sorted([csp_hash("var a=1"), csp_hash('import "./y.js"')])


def test_the_policy_allows_no_inline_or_eval_and_adds_a_foreign_receiver() -> None:
    policy = content_security_policy("<script>var a=1</script>", "https://mottak.example/api")
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == f"'self' {csp_hash('var a=1')}"
    assert directives["connect-src"] == "'self' https://mottak.example"
    assert directives["object-src"] == "'none'"
    assert "unsafe" not in policy


def test_the_vendored_validator_is_current_for_this_repository() -> None:
    assert validator_is_current(ROOT)


def test_a_changed_schema_makes_the_validator_stale(copy_of_project: Path) -> None:
    vendor = copy_of_project / "docs/assets/skjema/vendor"
    vendor.mkdir(parents=True)
    (vendor / "BUILT_FROM.json").write_bytes(
        (ROOT / "docs/assets/skjema/vendor/BUILT_FROM.json").read_bytes()
    )
    assert validator_is_current(copy_of_project)
    schema = copy_of_project / "schemas/behovsmelding.schema.json"
    schema.write_text(
        schema.read_text(encoding="utf-8").replace("Behovsmelding fra", "Melding fra"),
        encoding="utf-8",
    )
    assert not validator_is_current(copy_of_project)


def test_a_stale_validator_warns_so_a_strict_build_fails(
    copy_of_project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (copy_of_project / "docs").mkdir()
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.kompetanse.form"):
        on_config({"docs_dir": str(copy_of_project / "docs")})
    assert "npm run build:validator" in caplog.text
    caplog.clear()
    on_config(config())
    assert caplog.text == ""
