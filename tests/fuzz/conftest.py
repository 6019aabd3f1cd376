"""The fixture office's validator and data, loaded once for the fuzz tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompetanse.repository.check import load_validator
from kompetanse.validation.checker import Validator


@pytest.fixture(scope="module")
def validator(fixture_office: Path) -> Validator:
    """The fixture office's validator."""
    return load_validator(fixture_office)
