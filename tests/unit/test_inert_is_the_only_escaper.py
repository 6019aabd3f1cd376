"""Owner text is made inert in one module: no other module of the package escapes on its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "scripts" / "kompetanse"
INERT = PACKAGE / "text" / "inert.py"
ESCAPING_MODULES = frozenset({"html", "xml.sax.saxutils"})
SPECIAL_CHARACTERS = frozenset({"|", "`", "<", ">", "&", "*", "_", "[", "]", "{", "}", "\\", "\r"})
WRITERS = frozenset({"writer", "DictWriter"})


def escaping_in(tree: ast.AST) -> list[str]:
    """Each place in a module's syntax tree that escapes or writes text itself."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name in ESCAPING_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module in ESCAPING_MODULES:
            found.append(f"from {node.module} import …")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            found += escaping_call(node, node.func)
    return found


def escaping_call(node: ast.Call, func: ast.Attribute) -> list[str]:
    """``.isprintable()``, ``csv.writer(…)`` or ``.replace("|", …)``-style escaping."""
    if func.attr == "isprintable":
        return [f"line {node.lineno}: .isprintable()"]
    if func.attr in WRITERS and isinstance(func.value, ast.Name) and func.value.id == "csv":
        return [f"line {node.lineno}: csv.{func.attr}()"]
    first = node.args[0] if func.attr == "replace" and node.args else None
    if isinstance(first, ast.Constant) and first.value in SPECIAL_CHARACTERS:
        return [f"line {node.lineno}: .replace({first.value!r}, …)"]
    return []


def modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if path != INERT)


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_but_the_inert_one_escapes_text(path: Path) -> None:
    assert escaping_in(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_finds_escaping_where_there_is_some() -> None:
    source = INERT.read_text(encoding="utf-8")
    found = escaping_in(ast.parse(source))
    assert any(place.startswith("import html") for place in found)
    assert any("csv.writer()" in place for place in found)
    assert any(".replace('\\r', …)" in place for place in found)
    sample = 'import html\ntext.replace("|", "\\\\|")\nchar.isprintable()\n'
    assert len(escaping_in(ast.parse(sample))) == 3
