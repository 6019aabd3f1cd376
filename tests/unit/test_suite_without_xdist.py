"""The suite also runs on one process without pytest-xdist (``-p no:xdist``), as when a developer
debugs one module: the group marks the conftest sets for xdist do not break collection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# A module with a module-scoped fixture, so its tests get an xdist group mark.
GROUPED = Path(__file__).resolve().parents[1] / "acceptance" / "test_corpus_documents.py"


def test_a_module_with_shared_fixtures_collects_without_xdist(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "pytest", "-p", "no:xdist", "-p", "no:cacheprovider"]
    command += ["--collect-only", "-q", str(GROUPED)]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "INTERNALERROR" not in done.stdout + done.stderr
    assert "test_corpus_documents.py::test_the_checker_gives_the_documents_codes" in done.stdout
