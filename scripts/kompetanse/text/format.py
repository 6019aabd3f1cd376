"""Small Norwegian formatting helpers for the public site: dates, phone numbers, links, tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kompetanse.text.inert import markdown_link

MONTHS_NB = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def format_date_nb(date: dt.date) -> str:
    """A date the Norwegian way: ``1. februar 2027``."""
    return f"{date.day}. {MONTHS_NB[date.month - 1]} {date.year}"


def format_phone(number: str) -> str:
    """An eight-digit Norwegian number in pairs: ``22 00 36 39``."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) != 8:
        return number
    return " ".join(digits[i : i + 2] for i in range(0, 8, 2))


def phone_link(number: str) -> str:
    """A Markdown ``tel:`` link with the number in pairs."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return markdown_link(format_phone(number), f"tel:+47{digits}")


def email_link(address: str) -> str:
    """A Markdown ``mailto:`` link."""
    return markdown_link(address, f"mailto:{address}")


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table; cells must already be escaped."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
