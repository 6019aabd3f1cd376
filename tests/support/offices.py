"""Scratch copies of the fixture offices under tests/fixtures/, with the project's schemas."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SECOND_OFFICE = "troms_finnmark"


def office_copy(target: Path, name: str = SECOND_OFFICE) -> Path:
    """A scratch repository at ``target``: the fixture office's data and meldinger, our schemas."""
    shutil.copytree(ROOT / "schemas", target / "schemas")
    for folder in ("data", "submissions"):
        shutil.copytree(FIXTURES / name / folder, target / folder)
    return target
