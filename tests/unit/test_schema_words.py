"""Every schema's fields have words in both catalogues, each kind under its own keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kompetanse.text.catalogue import CATALOGUES
from kompetanse.text.schema_words import field_keys, schema_prefix, translate_schema

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = sorted((ROOT / "schemas").glob("*.schema.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_every_field_has_words_in_both_maalformer(path: Path) -> None:
    keys = field_keys(load(path))
    for maalform in ("nb", "nn"):
        missing = sorted(set(keys) - set(CATALOGUES[maalform]))
        assert not missing, (maalform, missing[:5])


def test_each_kind_has_its_own_keys_so_a_rapport_field_keeps_its_own_title() -> None:
    rapport = load(ROOT / "schemas/rapport.schema.json")
    assert schema_prefix(rapport) == "felt.rapport."
    assert schema_prefix(load(ROOT / "schemas/behovsmelding.schema.json")) == "felt."
    assert translate_schema(rapport, "nb")["properties"]["aar"]["title"] == "Utbetalingsår"
    assert translate_schema(rapport, "nn")["properties"]["eier"]["title"] == "Eigar som rapporterer"
