"""Finding test code that reaches the project's live ``data/`` or ``submissions/`` (read statically).

A *live root* is an expression for a folder of the checked-out project: ``Path(__file__)`` and
everything made from it, a name bound to such an expression, ``ROOT``/``PROJECT`` and the
``project_root`` fixture. Test code may join a live root with a fixed folder name that is not
``data`` or ``submissions`` (``ROOT / "schemas/..."``), and hand it to the few calls that read
only code or compare paths (``load_schema``, ``relative_to``); anything else it does with one, or a
path relative to the working directory, is reported.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath

LIVE_FOLDERS = frozenset({"data", "submissions"})
ROOT_NAMES = frozenset({"ROOT", "PROJECT", "project_root"})
HARMLESS_CALLS = frozenset({"load_schema", "validator_is_current", "relative_to", "is_relative_to"})
GLOBS = frozenset({"glob", "rglob", "joinpath"})
OPENERS = frozenset({"Path", "open", "PurePath", "PurePosixPath"})
IsLive = Callable[[ast.AST], bool]


def derives_from_file(node: ast.AST) -> bool:
    """True for ``Path(__file__)`` and chains on it (``.resolve().parents[2]``, ``.parent``)."""
    while isinstance(node, ast.Attribute | ast.Subscript | ast.Call):
        if isinstance(node, ast.Call):
            args = node.args
            if isinstance(node.func, ast.Name) and node.func.id == "Path" and args:
                return isinstance(args[0], ast.Name) and args[0].id == "__file__"
            node = node.func
        else:
            node = node.value
    return False


def live_names(tree: ast.AST) -> set[str]:
    """Names bound to a live root anywhere in the module, and the usual root names."""
    names = set(ROOT_NAMES)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and derives_from_file(node.value):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    return names


def first_part(node: ast.AST) -> str | None:
    """The first path component of a string constant (``None`` for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = PurePosixPath(node.value).parts
        return parts[0] if parts else "."
    return None


def joins_live_data(node: ast.BinOp, is_live: IsLive) -> bool:
    """``root / x`` where x is not a fixed name, or names ``data``/``submissions``."""
    if not (isinstance(node.op, ast.Div) and is_live(node.left)):
        return False
    part = first_part(node.right)
    return part is None or part in LIVE_FOLDERS


def call_name(node: ast.Call) -> str:
    """The called function's or method's name."""
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def call_reaches_live_data(node: ast.Call, is_live: IsLive) -> bool:
    """A glob into live data, the working directory, a relative live path, or a live root
    handed to anything but a reader of code."""
    name = call_name(node)
    if isinstance(node.func, ast.Attribute) and name in GLOBS and is_live(node.func.value):
        return any(first_part(arg) in LIVE_FOLDERS for arg in node.args)
    if name in {"cwd", "getcwd"}:
        return True
    if name in OPENERS and node.args and first_part(node.args[0]) in LIVE_FOLDERS | {"."}:
        return True
    values = [*node.args, *(keyword.value for keyword in node.keywords)]
    return name not in HARMLESS_CALLS and any(is_live(value) for value in values)


def node_reaches_live_data(node: ast.AST, is_live: IsLive) -> bool:
    """True for a join or a call that reaches the live data."""
    if isinstance(node, ast.BinOp):
        return joins_live_data(node, is_live)
    if isinstance(node, ast.Call):
        return call_reaches_live_data(node, is_live)
    return False


def iter_live_data_lines(source: str) -> Iterator[int]:
    """Line numbers where the module's code reaches the live data."""
    tree = ast.parse(source)
    names = live_names(tree)

    def is_live(node: ast.AST) -> bool:
        return (isinstance(node, ast.Name) and node.id in names) or derives_from_file(node)

    for node in ast.walk(tree):
        if node_reaches_live_data(node, is_live):
            yield getattr(node, "lineno", 0)
