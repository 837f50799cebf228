"""Deadline phrases from plan tables ("Thường xuyên", "Quý IV/2024", "Trước ngày 31/12/2024"…).

The original text is always kept beside what could be read from it: a due date, a recurrence
(DESIGN §3), for periods such as "2024-2030" or "Từ năm 2025" a start date, and the day and month of
dates written without a year ("báo cáo trước ngày 10/12 hằng năm", "Trước ngày 30/6"). What those mean
year after year is worked out in textvn/due_dates.py.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from bkfi_desktop.textvn.dates import make_date
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.textvn.normalize import clean_text

__all__ = ["RECURRENCES", "REPEATING", "Deadline", "parse_deadline", "plan_years"]

RECURRENCES = ("none", "ongoing", "yearly", "semiannual", "quarterly", "monthly", "on_demand")
# The rhythms that fall due at the end of every period (or on their day and month, when one is given).
REPEATING = ("yearly", "semiannual", "quarterly", "monthly")


@dataclass(frozen=True)
class Deadline:
    text: str
    due_date: date | None
    recurrence: str
    start_date: date | None = None
    # (day, month) of dates written without a year, in the order written: "trước ngày 10/12" → ((10, 12),)
    anchors: tuple[tuple[int, int], ...] = ()


# Patterns run on fold_for_search() output: lowercase, no diacritics ("hằng năm" → "hang nam").
_SIX_MONTHS = r"0?6 thang"
_RECURRENCE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("monthly", re.compile(r"\b(?:hang|moi|tung) thang\b|\bdinh ky thang\b")),
    ("quarterly", re.compile(r"\b(?:hang|moi|tung) quy\b|\bdinh ky quy\b|\btheo quy\b")),
    (
        "semiannual",
        re.compile(
            rf"\b(?:dinh ky|moi|hang|sau) {_SIX_MONTHS}\b|\b{_SIX_MONTHS} (?:mot|1) lan\b"
            rf"|\bnua nam\b|^{_SIX_MONTHS}$|\b{_SIX_MONTHS}(?! (?:dau|cuoi))\b"
        ),
    ),
    ("yearly", re.compile(r"\b(?:hang|moi|tung) nam\b|\bdinh ky (?:hang )?nam\b|\bthuong nien\b")),
    ("ongoing", re.compile(r"\bthuong xuyen\b|\blien tuc\b|\bhang ngay\b|\bhang tuan\b")),
    ("on_demand", re.compile(r"\bkhi (?:co )?(?:phat sinh|yeu cau)\b|\btheo yeu cau\b|\bdot xuat\b")),
)
# When a phrase names several rhythms ("Định kỳ 06 tháng, hằng năm"), the most frequent wins.
_PRIORITY = ("monthly", "quarterly", "semiannual", "yearly", "ongoing", "on_demand")

_YEAR = r"((?:19|20)\d{2})"
_DASH = r"\s*[-\u2010-\u2015\u2212/]\s*"
_PERIOD = re.compile(rf"(?<!\d){_YEAR}(?:{_DASH}|\s+(?:den|toi)\s+(?:nam\s+)?){_YEAR}(?!\d)")
_FULL_DATES = (
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s*[/.\-]\s*(\d{{1,2}})\s*[/.\-]\s*{_YEAR}(?!\d)"), "dmy"),
    (re.compile(rf"(?<!\d){_YEAR}-(\d{{1,2}})-(\d{{1,2}})(?!\d)"), "ymd"),
    (re.compile(rf"(?<!\d)(\d{{1,2}}) thang (\d{{1,2}}),? nam {_YEAR}(?!\d)"), "dmy"),
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER = re.compile(rf"\bquy (iv|iii|ii|i|[1-4])(?:{_DASH}|\s+(?:nam\s+)?|\s*,\s*nam\s+){_YEAR}(?!\d)")
_HALF_YEAR = re.compile(rf"\b{_SIX_MONTHS} (dau|cuoi) nam\s+{_YEAR}(?!\d)")
_MONTH = re.compile(rf"\bthang (\d{{1,2}})(?:{_DASH}|\s+nam\s+|\s*,\s*nam\s+){_YEAR}(?!\d)")
_YEAR_ONLY = re.compile(rf"\bnam\s+{_YEAR}(?!\d)|^{_YEAR}$")
# "ngày 10/12", "30/6", "ngày 10 tháng 12" with no year after them.
_DAY_MONTH = (
    re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?![\d/.\-]|\s*[/.\-]\s*\d)"),
    re.compile(r"\bngay (\d{1,2}) thang (\d{1,2})\b(?!\s*[/.\-]|,? nam)"),
)
# "from then on": "Từ năm 2025", "Năm 2024 và các năm tiếp theo", "từ tháng 6/2025", "2025 trở đi".
_FROM_YEAR = (
    re.compile(rf"\b(?:tu|bat dau tu|ke tu|bat dau)\s+(?:(?:thang (\d{{1,2}})(?:{_DASH}|\s+nam\s+))|nam\s+)?{_YEAR}(?!\d)"),
    re.compile(
        rf"(?:(?:thang (\d{{1,2}})(?:{_DASH}|\s+nam\s+))|\bnam\s+|^){_YEAR}(?!\d)"
        r"\s*(?:,|va|cung)?\s*(?:cac|nhung) nam (?:tiep theo|sau|ke tiep|tiep)\b"
    ),
    re.compile(rf"(?:(?:thang (\d{{1,2}})(?:{_DASH}|\s+nam\s+))|\bnam\s+|^){_YEAR}(?!\d)\s*tro (?:di|ve sau)\b"),
)


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _find_recurrence(folded: str) -> str:
    found = {name for name, pattern in _RECURRENCE_PATTERNS if pattern.search(folded)}
    return next((name for name in _PRIORITY if name in found), "none")


def _full_dates(folded: str) -> tuple[list[date], str]:
    """Every complete date in the text, and the text with those dates blanked out."""
    dates: list[date] = []
    for pattern, order in _FULL_DATES:
        for match in pattern.finditer(folded):
            a, b, c = (int(g) for g in match.groups())
            found = make_date(c, b, a) if order == "dmy" else make_date(a, b, c)
            if found is not None:
                dates.append(found)
        folded = pattern.sub(" ", folded)
    return dates, folded


def _period_due(folded: str) -> date | None:
    """End of the last quarter, half year, month or year named in the text."""
    if match := _QUARTER.search(folded):
        quarter, year = _ROMAN[match.group(1)], int(match.group(2))
        return _month_end(year, quarter * 3)
    if match := _HALF_YEAR.search(folded):
        year = int(match.group(2))
        return _month_end(year, 6 if match.group(1) == "dau" else 12)
    if match := _MONTH.search(folded):
        return _month_end(int(match.group(2)), int(match.group(1)))
    if match := _YEAR_ONLY.search(folded):
        return _month_end(int(match.group(1) or match.group(2)), 12)
    return None


def _anchors(folded: str) -> tuple[tuple[int, int], ...]:
    """Day and month of every date written without a year (complete dates already blanked out)."""
    found: list[tuple[int, int]] = []
    for pattern in _DAY_MONTH:
        for match in pattern.finditer(folded):
            day, month = int(match.group(1)), int(match.group(2))
            if make_date(2000, month, day) is not None and (day, month) not in found:  # 2000: 29/2 exists
                found.append((day, month))
    return tuple(found)


def _from_then_on(folded: str) -> date | None:
    """The start of an open-ended phrase ("Từ năm 2025", "Năm 2024 và các năm tiếp theo"), else None."""
    for pattern in _FROM_YEAR:
        if match := pattern.search(folded):
            month = int(match.group(1)) if match.group(1) else 1
            return make_date(int(match.group(2)), month, 1)
    return None


def parse_deadline(text: str | None, plan_year: int | None = None) -> Deadline:
    """Read a deadline cell. Never raises; unknown text gives ``Deadline(text, None, "none")``.

    plan_year, when known, dates a one-off day and month written without a year ("Trước ngày 30/6").
    """
    original = clean_text(text) if isinstance(text, str) else ""
    # Blank complete dates first so "ngày 6 tháng 6 năm 2025" does not read as "6 tháng" (semiannual).
    dates, rest = _full_dates(fold_for_search(original))
    anchors = _anchors(rest)
    if anchors:
        # "ngày 10 tháng 12" must not read as "tháng 12" of some year, nor "30/6" as "6 tháng".
        for pattern in _DAY_MONTH:
            rest = pattern.sub(" ", rest)
    recurrence = _find_recurrence(rest)

    if period := _PERIOD.search(rest):
        first, last = int(period.group(1)), int(period.group(2))
        if first < last:
            return Deadline(
                original,
                date(last, 12, 31),
                recurrence if recurrence != "none" else "ongoing",
                date(first, 1, 1),
                anchors,
            )

    if dates:
        start = min(dates) if len(dates) > 1 else None
        return Deadline(original, max(dates), recurrence, start, anchors)
    if (start := _from_then_on(rest)) is not None:
        # Ongoing from that day on: never a due date in the past.
        return Deadline(original, None, recurrence if recurrence != "none" else "ongoing", start, anchors)
    due = _period_due(rest)
    if due is None and anchors and recurrence == "none" and plan_year is not None:
        due = make_date(plan_year, anchors[-1][1], anchors[-1][0])
    return Deadline(original, due, recurrence, None, anchors)


_PLAN_END = re.compile(rf"\b(?:den|toi) (?:het )?nam\s+{_YEAR}(?!\d)")


def plan_years(title: str | None, year: int | None) -> tuple[int | None, int | None]:
    """First and last year a plan runs: its own year, to the end of a period named in its title
    ("giai đoạn 2024 – 2030", "đến năm 2030"). (None, None) when nothing says."""
    folded = fold_for_search(clean_text(title or ""))
    ends = [int(match.group(1)) for match in _PLAN_END.finditer(folded)]
    starts: list[int] = []
    for match in _PERIOD.finditer(folded):
        first, last = int(match.group(1)), int(match.group(2))
        if first < last:
            starts.append(first)
            ends.append(last)
    first_year = year if year is not None else (min(starts) if starts else None)
    if first_year is None:
        return None, None
    last_year = max([first_year, *[end for end in ends if end >= first_year]])
    return first_year, last_year
