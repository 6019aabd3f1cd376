"""The word catalogues: the same keys and placeholders in bokmål and nynorsk, and no gaps."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import material
import pytest

from kompetanse.text import catalogue
from kompetanse.text.catalogue import (
    CATALOGUES,
    UnknownMaalformError,
    merge_areas,
    parse_maalform,
    placeholders,
    word,
)

THEME = Path(__file__).resolve().parents[2] / "scripts/kompetanse/site/overrides/partials/languages"
MATERIAL_KEY = re.compile(r'^\s*"([a-z.]+)": "(.*)",?$', re.MULTILINE)
EXTRA_THEME_KEYS_NOT_TRANSLATED = {"direction", "search.config.pipeline", "search.config.separator"}
PLACEHOLDER = re.compile(r"\{\w+\}|\[\{\w+\}\]\(\{\w+\}\)")
# Long texts that are the same in both målformer, checked by hand.
SPELT_ALIKE = {"problem.vedtak-foer-behovsmelding"}
# Theme words spelt the same in English and Norwegian.
ALIKE = {"blog.meta", "nav"}


def missing_keys(catalogues: Mapping[Any, Mapping[str, str]]) -> dict[str, set[str]]:
    """For each målform, the keys another målform has and it lacks."""
    every = set().union(*(set(words) for words in catalogues.values()))
    return {name: every - set(words) for name, words in catalogues.items() if every - set(words)}


def differing_placeholders(catalogues: Mapping[Any, Mapping[str, str]]) -> list[str]:
    """Keys whose templates do not use the same placeholders in every målform."""
    nb, nn = catalogues["nb"], catalogues["nn"]
    return sorted(k for k in nb.keys() & nn.keys() if placeholders(nb[k]) != placeholders(nn[k]))


def theme_words(name: str) -> dict[str, str]:
    """The keys and texts of one of the theme's language partials."""
    return dict(MATERIAL_KEY.findall((THEME / f"{name}.html").read_text(encoding="utf-8")))


def test_bokmaal_and_nynorsk_have_the_same_keys() -> None:
    assert missing_keys(CATALOGUES) == {}
    assert len(CATALOGUES["nb"]) > 100


def test_a_key_missing_in_either_catalogue_is_found() -> None:
    nb = dict(CATALOGUES["nb"])
    nn = dict(CATALOGUES["nn"])
    del nb["side.meld-behov"]
    del nn["side.sist-oppdatert"]
    assert missing_keys({"nb": nb, "nn": nn}) == {
        "nb": {"side.meld-behov"},
        "nn": {"side.sist-oppdatert"},
    }


def test_every_template_uses_the_same_placeholders_in_both() -> None:
    assert differing_placeholders(CATALOGUES) == []
    changed = {"nb": dict(CATALOGUES["nb"]), "nn": dict(CATALOGUES["nn"])}
    changed["nn"]["frist.neste"] = "Neste frist er {dato}."
    assert differing_placeholders(changed) == ["frist.neste"]


def test_no_text_is_empty_or_left_untranslated_by_accident() -> None:
    assert [k for words in CATALOGUES.values() for k, v in words.items() if not v.strip()] == []
    same = {k for k in CATALOGUES["nb"] if CATALOGUES["nb"][k] == CATALOGUES["nn"][k]}
    # Short words that are spelt alike ("Frist", "Sum", "Meld behov") may match; long texts not.
    long_same = sorted(k for k in same if len(PLACEHOLDER.sub("", CATALOGUES["nb"][k])) > 40)
    assert long_same == sorted(SPELT_ALIKE)


def test_a_key_defined_in_two_areas_is_refused() -> None:
    with pytest.raises(ValueError, match="to ganger"):
        merge_areas(({"a": "x"}, {"a": "y"}))


def test_word_fills_placeholders_in_the_chosen_maalform() -> None:
    assert word("frist.skjema-aapner", "nb", dato="1. oktober 2026") == (
        "Skjemaet åpner 1. oktober 2026."
    )
    assert word("frist.skjema-aapner", "nn", dato="1. oktober 2026") == (
        "Skjemaet opnar 1. oktober 2026."
    )
    with pytest.raises(KeyError):
        word("finst.ikkje", "nn")


def test_only_nb_and_nn_are_maalformer() -> None:
    assert parse_maalform("nn") == "nn"
    with pytest.raises(UnknownMaalformError):
        parse_maalform("en")
    assert catalogue.maalform_or_default(None) == "nb"
    assert catalogue.maalform_or_default("nn") == "nn"


def test_the_theme_has_the_same_keys_in_both_and_every_key_material_knows() -> None:
    nb, nn = theme_words("nb"), theme_words("nn")
    assert set(nb) == set(nn)
    english_file = Path(material.__file__).parent / "templates/partials/languages/en.html"
    english = dict(MATERIAL_KEY.findall(english_file.read_text(encoding="utf-8")))
    assert set(english) - set(nb) == EXTRA_THEME_KEYS_NOT_TRANSLATED
    left_in_english = {
        name: sorted(k for k, v in words.items() if v == english.get(k) and k not in ALIKE)
        for name, words in (("nb", nb), ("nn", nn))
    }
    assert left_in_english == {"nb": [], "nn": []}
