"""Loading the example files in tests/examples with their expected problem codes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kompetanse.validation.paths import expected_path

EXAMPLES = Path(__file__).parent / "examples"


@dataclass(frozen=True)
class Example:
    """One example file, where it goes in a repository, and the codes it must produce."""

    name: str
    source: Path
    codes: frozenset[str]
    relpath: str

    def place(self, root: Path) -> Path:
        """Copy the example's bytes to its path under ``root``."""
        target = root / self.relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.source.read_bytes())
        return target


def load_example(source: Path) -> Example:
    """Read an example and its sidecar."""
    meta = json.loads(source.with_suffix(".expected.json").read_text(encoding="utf-8"))
    relpath = meta.get("path")
    if relpath is None:
        doc = json.loads(source.read_text(encoding="utf-8"))
        relpath = expected_path(doc["aar"], doc["ordning"], doc["id"])
    return Example(source.stem, source, frozenset(meta["codes"]), relpath)


def count_repository_files(root: Path) -> int:
    """Submission files plus the data package's tables: what a full ``validate`` checks."""
    tables = json.loads((root / "schemas/datapackage.json").read_text(encoding="utf-8"))[
        "resources"
    ]
    return len(list((root / "submissions").rglob("*.json"))) + len(tables)


def iter_examples(kind: str) -> list[Example]:
    """All examples of one kind (``valid`` or ``invalid``), sorted by name."""
    sources = sorted(
        p for p in (EXAMPLES / kind).glob("*.json") if not p.name.endswith(".expected.json")
    )
    return [load_example(source) for source in sources]


CORPUS = EXAMPLES / "corpus"


@dataclass(frozen=True)
class CorpusFile:
    """One file of the bad-input corpus: a document (with what the receiver does with it:
    ``avvist`` or ``tatt-imot``) or a data table, where it goes, and its codes."""

    example: Example
    mottak: str | None

    @property
    def name(self) -> str:
        """The file's name without its extension."""
        return self.example.name


def iter_corpus(folder: str, suffix: str) -> list[CorpusFile]:
    """The corpus files in ``corpus/<folder>`` ending in ``suffix``, sorted by name."""
    sources = sorted(
        p for p in (CORPUS / folder).glob(f"*{suffix}") if not p.name.endswith(".expected.json")
    )
    files = []
    for source in sources:
        meta = json.loads(
            source.with_name(f"{source.stem}.expected.json").read_text(encoding="utf-8")
        )
        example = Example(source.stem, source, frozenset(meta["codes"]), meta["path"])
        files.append(CorpusFile(example, meta.get("mottak")))
    return files
