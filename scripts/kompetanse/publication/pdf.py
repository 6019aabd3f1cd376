"""HTML letters as accessible PDF: tagged PDF/UA-1 through WeasyPrint.

The PDF takes its ``/Lang`` from ``<html lang>``, its ``/Title`` from ``<title>``, and its creation
and modification dates from the ``dcterms.created`` and ``dcterms.modified`` meta elements, so
the same HTML always gives the same bytes.
"""

from __future__ import annotations

PDF_VARIANT = "pdf/ua-1"


def pdf_bytes(html: str) -> bytes:
    """The HTML document rendered as a tagged PDF/UA-1 file."""
    from weasyprint import HTML  # slow to import, needed only when letters are written

    return bytes(HTML(string=html).write_pdf(pdf_variant=PDF_VARIANT))
