"""The register of ordninger: its order and look-ups, and the table that holds it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kompetanse.domain.ordninger import OrdningRegister
from kompetanse.repository.reference import load_ordninger
from kompetanse.repository.tables import check_tables
from tests.support.ordninger import ordning

ROOT = Path(__file__).resolve().parents[2]
TABLE = "data/ordninger.csv"


def test_the_register_keeps_its_own_order_and_answers_for_unknown_slugs() -> None:
    register = OrdningRegister(
        [
            ordning("b_ordning", "B", ("barnehage",), True, 2),
            ordning("a_ordning", "A", ("grunnskole",), False, 1),
        ]
    )
    assert register.slugs() == ("a_ordning", "b_ordning")
    assert [register.position(s) for s in ("b_ordning", "finnes_ikke")] == [1, None]
    assert "a_ordning" in register and "finnes_ikke" not in register and len(register) == 2
    assert register.har_egenandel("b_ordning") and not register.har_egenandel("a_ordning")
    assert not register.har_egenandel("finnes_ikke")
    assert register.kortnavn("finnes_ikke") == "finnes_ikke"
    info = register.get("a_ordning")
    assert info is not None and info.tillater_enhetstype("grunnskole")
    assert not info.tillater_enhetstype("barnehage")


def alternatives(pattern: str) -> list[str]:
    """The words a ``^(a|b)( (a|b))*$`` pattern allows."""
    match = re.fullmatch(r"\^\(([a-z_|]+)\)\( \(\1\)\)\*\$", pattern)
    assert match, pattern
    return match.group(1).split("|")


def test_the_table_allows_exactly_the_schemas_enhetstyper_and_eiertyper() -> None:
    table = json.loads((ROOT / "schemas/tables/ordninger.schema.json").read_text("utf-8"))
    patterns = {f["name"]: f["constraints"].get("pattern") for f in table["fields"]}
    schema = json.loads((ROOT / "schemas/behovsmelding.schema.json").read_text("utf-8"))
    enhetstype = schema["$defs"]["enhet"]["properties"]["enhetstype"]["enum"]
    assert alternatives(patterns["enhetstyper"]) == enhetstype
    assert alternatives(patterns["eiertyper"]) == schema["$defs"]["eiertype"]["enum"]


def test_a_misspelt_enhetstype_in_the_register_is_a_table_problem(copy_of_project: Path) -> None:
    path = copy_of_project / TABLE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",barnehage,", ",barnehgae,", 1), encoding="utf-8")
    problems = check_tables(copy_of_project, [TABLE])
    assert {(p.file, p.code) for p in problems} == {(TABLE, "constraint-error")}


def test_the_register_reads_every_column_of_the_table(copy_of_project: Path) -> None:
    register = load_ordninger(copy_of_project)
    assert len(register) >= 1
    for info in register:
        assert info.navn and info.navn_nn and info.kortnavn
        assert info.enhetstyper and info.eiertyper and info.rekkefolge >= 1
