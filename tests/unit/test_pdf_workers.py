"""Many letters' PDFs are made by forked workers, one per core: the same bytes, in the same order,
as when they are made one after another.

The check runs in a process of its own, which has one thread (a test worker may have a server
thread running, and then no workers are forked)."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import python_json

CHECK = """
import json, sys
from kompetanse.publication.pdf import pdf_bytes, pdf_bytes_all
from kompetanse.repository.workers import can_fork_workers
htmls = [
    f'<!DOCTYPE html><html lang="nb"><head><title>Brev {n}</title></head>'
    f'<body><p>Brev nummer {n} til eier {n}.</p></body></html>'
    for n in range(6)
]
forked = can_fork_workers(len(htmls), 2)
together = pdf_bytes_all(htmls, parallel_from=2)
one_by_one = [pdf_bytes(html) for html in htmls]
print(json.dumps({
    "forked": forked,
    "same": together == one_by_one,
    "distinct": len(set(together)),
    "pdf": all(pdf.startswith(b"%PDF-") for pdf in together),
}))
"""


def test_pdfs_from_workers_are_the_same_bytes_in_the_same_order(tmp_path: Path) -> None:
    result = python_json(CHECK, tmp_path)
    assert result == {"forked": True, "same": True, "distinct": 6, "pdf": True}
