"""Dates as Vietnamese offices write them: dd/mm/yyyy."""

from __future__ import annotations

import re
from datetime import date, datetime

from bkfi_desktop.textvn.normalize import nfc

__all__ = ["format_date_vn", "make_date", "parse_date_vn"]

_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
# "ngày 05 tháng 01 năm 2025" (with or without "ngày").
_WORDS = re.compile(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


def make_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the numbers do not form one (31/02, month 13…)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_date_vn(d: date | None) -> str:
    """ "05/01/2025" for 5 January 2025; "" for None."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def parse_date_vn(text: str | date | datetime | None) -> date | None:
    """Read dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd or "ngày d tháng m năm yyyy".

    Dates and datetimes (as openpyxl returns them for date cells) pass through as dates.
    Anything else, including impossible dates, gives None.
    """
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    if not isinstance(text, str):
        return None
    text = nfc(text).strip()
    if match := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
        return make_date(year, month, day)
    if match := _YMD.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
        return make_date(year, month, day)
    if match := _WORDS.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
        return make_date(year, month, day)
    return None
