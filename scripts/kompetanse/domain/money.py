"""Whole kroner and the project's one rounding rule.

All money is ``int`` kroner. Rates are :class:`~decimal.Decimal` values read from decimal strings
("0.30"); floats never touch money. The single rounding rule: when a rate is applied to an amount,
any fraction of a krone is rounded **up** to the next whole krone (``share_of``). A minimum
egenandel or a set-aside is therefore never a krone short of the rate.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal, InvalidOperation

MAX_RATE = Decimal(1)


class InvalidRateError(ValueError):
    """A rate is not a decimal number between 0 and 1."""


def parse_rate(text: str) -> Decimal:
    """Read a rate such as "0.30" or "0,30" as a Decimal between 0 and 1."""
    try:
        rate = Decimal(text.strip().replace(",", "."))
    except InvalidOperation as error:
        raise InvalidRateError(f"ugyldig sats: {text!r}") from error
    if not rate.is_finite() or rate < 0 or rate > MAX_RATE:
        raise InvalidRateError(f"sats må være mellom 0 og 1: {text!r}")
    return rate


def share_of(amount: int, rate: Decimal) -> int:
    """Return ``rate`` of ``amount`` in whole kroner, any fraction rounded up."""
    return int((Decimal(amount) * rate).to_integral_value(rounding=ROUND_CEILING))


def format_kroner(amount: int) -> str:
    """Format kroner the Norwegian way: ``1 234 567 kr`` (no-break spaces)."""
    sign = "−" if amount < 0 else ""
    digits = f"{abs(amount):,}".replace(",", "\u00a0")
    return f"{sign}{digits}\u00a0kr"


def format_rate(rate: Decimal) -> str:
    """Format a rate as a Norwegian percentage: ``30 %``, ``12,5 %``."""
    percent = (rate * 100).normalize()
    text = f"{percent:f}".replace(".", ",")
    return f"{text}\u00a0%"
