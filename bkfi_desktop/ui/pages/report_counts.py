"""What the Báo cáo page shows before building: the numbers come from workflows.period_counts."""

from __future__ import annotations

from bkfi_desktop.workflows.period_counts import KindCount, PeriodCounts, count_period

__all__ = ["KindCount", "PeriodCounts", "count_period", "format_number"]


def format_number(value: float) -> str:
    """Vietnamese digit grouping: 1.234; one decimal (with a comma) only when needed."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
