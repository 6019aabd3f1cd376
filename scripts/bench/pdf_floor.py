"""The PDF engine's floor: ``python -m bench.pdf_floor COUNT FOLDER`` writes COUNT one-line
letters with WeasyPrint (PDF/UA-1, as the answer letters are), nothing else."""

from __future__ import annotations

import sys
from pathlib import Path

from weasyprint import HTML

from kompetanse.publication.pdf import PDF_VARIANT

PAGE = (
    '<!doctype html><html lang="nb"><title>Svarbrev</title><p>Svarbrev nummer {number}.</p></html>'
)


def write_letters(count: int, folder: Path) -> int:
    """Write ``count`` PDF files to ``folder``; the number written."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        HTML(string=PAGE.format(number=number)).write_pdf(
            folder / f"{number}.pdf", pdf_variant=PDF_VARIANT
        )
    return count


if __name__ == "__main__":
    print(write_letters(int(sys.argv[1]), Path(sys.argv[2])))
