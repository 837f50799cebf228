"""When a deadline falls due, period after period.

A task read as "Hằng năm", "Định kỳ 6 tháng", "Hằng quý" or "Thường xuyên, báo cáo trước ngày 10/12
hằng năm" is due once in every period, not never: at the end of each year, half year, quarter or month,
or on the day and month the phrase names. A day and month with no year ("Trước ngày 30/6") is due in
the plan's year, and again every year when the plan runs several years. Open-ended and continuous work
("Thường xuyên", "Từ năm 2025", "Khi phát sinh") has no due date at all.
"""

from __future__ import annotations

import calendar
from datetime import date

from bkfi_desktop.textvn.dates import make_date
from bkfi_desktop.textvn.deadlines import REPEATING, Deadline

__all__ = ["due_dates", "due_on"]

# Months that end each period of a rhythm.
_PERIOD_END_MONTHS = {
    "yearly": (12,),
    "semiannual": (6, 12),
    "quarterly": (3, 6, 9, 12),
    "monthly": tuple(range(1, 13)),
}
# How far around today an unbounded rhythm is spelled out (enough for "due soon" and "overdue").
_UNBOUNDED_YEARS = 1


def _on(year: int, month: int, day: int) -> date:
    """That day, or the month's last day when it has fewer ("29/2" in 2025 → 28/02/2025)."""
    return make_date(year, month, day) or date(year, month, calendar.monthrange(year, month)[1])


def repeats(deadline: Deadline, first_year: int | None = None, last_year: int | None = None) -> bool:
    """True when the deadline falls due more than once: a rhythm, or a yearless date in a multi-year plan."""
    if deadline.recurrence in REPEATING:
        return True
    return (
        deadline.recurrence == "none"
        and bool(deadline.anchors)
        and first_year is not None
        and last_year is not None
        and last_year > first_year
    )


def due_dates(
    deadline: Deadline, first_year: int | None, last_year: int | None, *, around: date | None = None
) -> list[date]:
    """Every due date of a repeating deadline from 1/1 of first_year to 31/12 of last_year, in order.

    A deadline with its own start or end narrows those years. Without years (a plan that does not say),
    the dates a year either side of `around` are given. A one-off deadline gives its own due date only.
    """
    if not repeats(deadline, first_year, last_year):
        return [deadline.due_date] if deadline.due_date else []
    centre = (around or date.today()).year
    start_year = first_year if first_year is not None else centre - _UNBOUNDED_YEARS
    end_year = last_year if last_year is not None else centre + _UNBOUNDED_YEARS
    if deadline.start_date is not None:
        start_year = max(start_year, deadline.start_date.year)
    # A rhythm's due date is the end of its run ("Hằng năm, giai đoạn 2024-2030"); a yearless date's is
    # only its first year's, read with the plan's year.
    end = deadline.due_date if deadline.recurrence in REPEATING else None
    if end is not None:
        end_year = min(end_year, end.year)
    found: list[date] = []
    for year in range(start_year, end_year + 1):
        if deadline.anchors and deadline.recurrence in ("yearly", "semiannual", "none"):
            found.extend(_on(year, month, day) for day, month in deadline.anchors)
        else:
            months = _PERIOD_END_MONTHS.get(deadline.recurrence, (12,))
            found.extend(date(year, month, calendar.monthrange(year, month)[1]) for month in months)
    lower = deadline.start_date or date.min
    upper = end or date.max
    return sorted(day for day in set(found) if lower <= day <= upper)


def due_on(
    deadline: Deadline, today: date, first_year: int | None = None, last_year: int | None = None
) -> date | None:
    """The due date that matters today: the next one still to come, or the last once all have passed.

    For a one-off deadline that is its due date; for open-ended or continuous work, None.
    """
    dates = due_dates(deadline, first_year, last_year, around=today)
    if not dates:
        return None
    coming = [day for day in dates if day >= today]
    return coming[0] if coming else dates[-1]
