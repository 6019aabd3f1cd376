"""The form's JavaScript rules agree with the Python validator (evaluated in Chromium)."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from kompetanse.domain.egenandel import minimum_egenandel
from kompetanse.domain.model import Budsjettaar, behovsmelding_from_document
from kompetanse.domain.money import format_kroner, format_rate
from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.domain.orgnr import is_valid_orgnr
from kompetanse.domain.settings import Settings
from kompetanse.receiver.deadline import deadline_problem, is_late
from kompetanse.repository.check import load_validator
from kompetanse.validation.checker import Validator
from kompetanse.validation.rules import RuleContext, iter_rule_problems
from tests.examples_support import iter_examples
from tests.support.form import form_page

ROOT = Path(__file__).resolve().parents[2]
RATES = ["0.30", "0.3", "0.25", "0.333", "0.125", "0", "1", "0.07"]
# Rules the form leaves to the receiver: they need other files, or they are about what the
# receiver recorded (the form never writes ``innsending``).
SERVER_ONLY = {
    "uh-ukjent",
    "supplerende-vedtak-mangler",
    "epost-ikke-bekreftet",
    "sendt-etter-fristen",
    "behovsmelding-trukket",
}
LOAD_MODULES = """async () => {
  const base = new URL("../assets/skjema/", location.href).href;
  window.regler = await import(base + "regler.js");
  window.skjemafeil = await import(base + "skjemafeil.js");
}"""


@pytest.fixture(scope="module")
def page(browser: Browser, site_url: str) -> Iterator[Page]:
    """The form page with the rule modules loaded into ``window``."""
    with form_page(browser, site_url) as loaded:
        loaded.evaluate(LOAD_MODULES)
        yield loaded


def orgnr_cases() -> list[str]:
    """Valid, invalid and oddly written organisasjonsnumre."""
    rng = random.Random(20260201)
    numbers = [f"{rng.randrange(10**8, 10**9)}" for _ in range(400)]
    spaced = [f"{n[:3]} {n[3:6]} {n[6:]}" for n in numbers[:50]]
    dotted = [f"{n[:3]}.{n[3:6]}-{n[6:]}" for n in numbers[50:100]]
    odd = [
        "",
        "12345678",
        "1234567890",
        "abcdefghi",
        "964 947 082",
        "９６４９４７０８２",
        " 964947082 ",
    ]
    return numbers + spaced + dotted + odd + ["964947082", "974760673", "940802652", "819935181"]


def test_orgnr_check_agrees_with_python(page: Page) -> None:
    cases = orgnr_cases()
    from_js = page.evaluate("(cases) => cases.map((c) => window.regler.isValidOrgnr(c))", cases)
    assert from_js == [is_valid_orgnr(case) for case in cases]
    assert any(from_js) and not all(from_js)


def budget_cases() -> list[tuple[list[int], str]]:
    """Budgets of one to three years (owner's share per year) with a rate."""
    rng = random.Random(7)
    cases = [([200000, 180000], "0.30"), ([1], "0.30"), ([0], "0.30"), ([10**9] * 3, "0.333")]
    for _ in range(300):
        shares = [
            rng.choice([rng.randrange(0, 1000), rng.randrange(0, 10**9)])
            for _ in range(rng.randint(1, 3))
        ]
        cases.append((shares, rng.choice(RATES)))
    return cases


def test_minimum_egenandel_agrees_with_python(page: Page) -> None:
    cases = budget_cases()
    from_js = page.evaluate(
        "(cases) => cases.map(([shares, rate]) => window.regler.minimumEgenandel(shares.map((e) => ({ eier_andel: e })), rate))",
        cases,
    )
    expected = [
        minimum_egenandel(
            [Budsjettaar(2025, share, 0, 0, share) for share in shares], Decimal(rate)
        )
        for shares, rate in cases
    ]
    assert from_js == expected


def test_money_and_rates_are_written_the_same_way(page: Page) -> None:
    amounts = [0, 7, 999, 1000, 114000, 1234567, 1000000000, -5000]
    shown = page.evaluate(
        "([amounts, rates]) => [amounts.map((a) => window.regler.formatKroner(a)), rates.map((r) => window.regler.formatRate(r))]",
        [amounts, RATES],
    )
    assert shown == [[format_kroner(a) for a in amounts], [format_rate(Decimal(r)) for r in RATES]]


def python_problems(
    validator: Validator, document: dict[str, Any], file: str
) -> list[tuple[str, str, str]]:
    """Schema problems, or (for a schema-valid melding) rule problems, as the CLI finds them."""
    problems = validator.schema.problems(document, file)
    if not problems and validator.reference is not None:
        melding = behovsmelding_from_document(document)
        context = RuleContext(file, validator.settings, validator.reference)
        problems = [p for p in iter_rule_problems(melding, context) if p.code not in SERVER_ONLY]
    return sorted((p.code, p.location, p.message) for p in problems)


def example_documents() -> list[tuple[str, dict[str, Any]]]:
    """Every example file that is a JSON object (the byte-level examples are for the reader)."""
    found = []
    for kind in ("valid", "invalid"):
        for example in iter_examples(kind):
            try:
                document = json.loads(example.source.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError):
                continue
            if isinstance(document, dict) and not any(
                code.startswith("json-") for code in example.codes
            ):
                found.append((example.name, document))
    return found


def test_every_example_gets_the_same_problems_in_the_browser(
    page: Page, fixture_office: Path
) -> None:
    validator = load_validator(fixture_office)
    form_data = page.evaluate(
        "() => JSON.parse(document.getElementById('skjema-data').textContent)"
    )
    schema = form_data["schema"]  # the schema as the form has it: its words from the catalogue
    examples = example_documents()
    assert len(examples) > 20
    from_js = page.evaluate(
        """([schema, data, docs]) => docs.map((doc) => {
             const found = window.skjemafeil.schemaProblems(schema, doc);
             const problems = found.length ? found : [
               ...window.regler.checkRules(doc, data.innstillinger, data.ordninger),
               ...window.regler.checkFylke(doc, data.fylker_i_embetet, data.embete.navn),
             ];
             return problems.map((p) => [p.code, p.location, p.message]).sort();
           })""",
        [schema, form_data, [doc for _, doc in examples]],
    )
    mismatches = {
        name: (sorted(map(tuple, js)), python_problems(validator, doc, f"{name}.json"))
        for (name, doc), js in zip(examples, from_js, strict=True)
        if sorted(map(tuple, js)) != python_problems(validator, doc, f"{name}.json")
    }
    assert mismatches == {}


def deadline_cases(settings: Settings) -> list[tuple[dict[str, Any], str, str]]:
    """Meldinger for every year and ordning, each sent before, on and after its deadline."""
    cases = []
    for row in settings._innstilling_by_key.values():
        for offset in (-1, 0, 1, 400):
            day = (row.frist + dt.timedelta(days=offset)).isoformat()
            cases.append(({"aar": row.aar, "ordning": row.ordning}, day, row.etter_fristen))
    return cases


def python_deadline(settings: Settings, melding: dict[str, Any], day: str) -> list[list[str]]:
    """What the receiver does with the melding on that day: nothing, mark it, or refuse it."""
    if not is_late(melding, settings, dt.date.fromisoformat(day)):
        return []
    refused = deadline_problem(melding, settings)
    if refused is not None:
        return [[refused.code, refused.location, refused.message]]
    return [["sendt-etter-fristen", "$.aar", ""]]


@pytest.mark.parametrize("behaviour", ["merk", "avvis"])
def test_the_deadline_check_agrees_with_the_receiver(
    page: Page, fixture_office: Path, behaviour: str
) -> None:
    rows = load_validator(fixture_office).settings._innstilling_by_key.values()
    settings = Settings([replace(row, etter_fristen=behaviour) for row in rows])
    form_rows = [
        {
            "aar": r.aar,
            "ordning": r.ordning,
            "frist": r.frist.isoformat(),
            "etter_fristen": behaviour,
        }
        for r in rows
    ]
    cases = deadline_cases(settings)
    from_js = page.evaluate(
        """([rows, cases]) => cases.map(([doc, day]) =>
             window.regler.checkDeadline(doc, rows, day).map((p) =>
               [p.code, p.location, p.code === "frist-utlopt" ? p.message : ""]))""",
        [form_rows, [[doc, day] for doc, day, _ in cases]],
    )
    assert from_js == [python_deadline(settings, doc, day) for doc, day, _ in cases]
    assert any(from_js) and not all(from_js)


def test_a_private_owner_in_an_ordning_closed_to_them_is_stopped_as_the_checker_stops_it(
    page: Page, fixture_office: Path
) -> None:
    validator = load_validator(fixture_office)
    assert validator.reference is not None
    document = json.loads(
        (ROOT / "tests/examples/valid/rammer-mangler-for-nytt-aar.json").read_text()
    )
    document["eier"]["eiertype"] = "privat"
    closed = [
        replace(o, eiertyper=("kommune", "fylkeskommune"))
        if o.ordning == document["ordning"]
        else o
        for o in validator.reference.ordninger
    ]
    reference = replace(validator.reference, ordninger=OrdningRegister(closed))
    melding = behovsmelding_from_document(document)
    context = RuleContext("behovsmelding", validator.settings, reference)
    expected = [
        [p.code, p.location, p.message]
        for p in iter_rule_problems(melding, context)
        if p.code == "eiertype-ikke-tillatt"
    ]
    form_data = page.evaluate(
        "() => JSON.parse(document.getElementById('skjema-data').textContent)"
    )
    for row in form_data["ordninger"]:
        if row["ordning"] == document["ordning"]:
            row["eiertyper"] = ["kommune", "fylkeskommune"]
    from_js = page.evaluate(
        """([doc, data]) => window.regler.checkBeforeSending(doc, data, "2026-01-01")
             .filter((p) => p.severity === "error").map((p) => [p.code, p.location, p.message])""",
        [document, form_data],
    )
    assert from_js == expected and len(expected) == 1
    assert "ordningen er ikke åpen for denne typen eier" in expected[0][2]
