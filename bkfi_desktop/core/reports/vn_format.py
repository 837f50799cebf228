"""Numbers as Vietnamese documents print them: 1.234 for thousands, 2,5 for decimals."""

from __future__ import annotations


def format_number_vi(value: float | None) -> str:
    """An en dash stands for a value the program cannot count."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _, fraction = f"{value:,.1f}".partition(".")
    return f"{whole.replace(',', '.')},{fraction}"
