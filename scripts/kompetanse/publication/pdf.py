"""HTML letters as accessible PDF: tagged PDF/UA-1 through WeasyPrint.

The PDF takes its ``/Lang`` from ``<html lang>``, its ``/Title`` from ``<title>``, and its creation
and modification dates from the ``dcterms.created`` and ``dcterms.modified`` meta elements, so
the same HTML always gives the same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from kompetanse.repository.workers import can_fork_workers

PDF_VARIANT = "pdf/ua-1"
# From this many letters the PDFs are made by one forked worker per core.
PARALLEL_PDFS_FROM = 16


def pdf_bytes(html: str) -> bytes:
    """The HTML document rendered as a tagged PDF/UA-1 file."""
    from weasyprint import HTML  # slow to import, needed only when letters are written

    return bytes(HTML(string=html).write_pdf(pdf_variant=PDF_VARIANT))


def pdf_bytes_all(htmls: Sequence[str], parallel_from: int = PARALLEL_PDFS_FROM) -> list[bytes]:
    """Every HTML document as a PDF, in the same order; by one forked worker per core when there
    are at least ``parallel_from`` (each PDF depends only on its HTML, so the bytes are the same)."""
    if not can_fork_workers(len(htmls), parallel_from):
        return [pdf_bytes(html) for html in htmls]
    import multiprocessing

    import weasyprint  # noqa: F401  (imported once, before the workers are forked)

    workers = os.cpu_count() or 1
    chunk = max(1, len(htmls) // (workers * 4))
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(pdf_bytes, htmls, chunksize=chunk)
