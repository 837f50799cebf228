"""Deadline phrases from plan tables ("Thường xuyên", "Quý IV/2024", "Trước ngày 31/12/2024"…).

The original text is always kept beside what could be read from it: a due date, a recurrence
(DESIGN §3) and, for periods such as "2024-2030", a start date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from bkfi_desktop.textvn.dates import make_date
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.textvn.normalize import clean_text

__all__ = ["RECURRENCES", "Deadline", "parse_deadline"]

RECURRENCES = ("none", "ongoing", "yearly", "semiannual", "quarterly", "monthly", "on_demand")


@dataclass(frozen=True)
class Deadline:
    text: str
    due_date: date | None
    recurrence: str
    start_date: date | None = None


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


def parse_deadline(text: str | None) -> Deadline:
    """Read a deadline cell. Never raises; unknown text gives ``Deadline(text, None, "none")``."""
    original = clean_text(text) if isinstance(text, str) else ""
    # Blank complete dates first so "ngày 6 tháng 6 năm 2025" does not read as "6 tháng" (semiannual).
    dates, rest = _full_dates(fold_for_search(original))
    recurrence = _find_recurrence(rest)

    if period := _PERIOD.search(rest):
        first, last = int(period.group(1)), int(period.group(2))
        if first < last:
            return Deadline(
                original,
                date(last, 12, 31),
                recurrence if recurrence != "none" else "ongoing",
                date(first, 1, 1),
            )

    if dates:
        start = min(dates) if len(dates) > 1 else None
        return Deadline(original, max(dates), recurrence, start)
    return Deadline(original, _period_due(rest), recurrence)
