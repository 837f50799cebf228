"""Reporting periods and their cut-off windows (Nghị định 09/2019/NĐ-CP by default).

A period code names what is reported: ``2025-H1`` (6 tháng đầu năm), ``2025-H2``, ``2025-Y`` (năm),
``2025-Q3`` (quý), ``2025-M09`` (tháng). The window counted is not the calendar period: by default it
runs from the 15th of the month before the period's first month to the 14th of its last month
(6-month report: 15/12 of the previous year – 14/06; annual report: 15/12 of the previous year –
14/12). A workspace may change that through ``Profile.cutoff``::

    {"start_day": 15, "start_month_offset": -1, "due_working_days": 5}

``start_day = 1`` with ``start_month_offset = 0`` gives calendar periods.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bkfi_desktop.errors import InvalidInputError

DEFAULT_START_DAY = 15
DEFAULT_START_MONTH_OFFSET = -1
DEFAULT_DUE_WORKING_DAYS = 5

KIND_HALF = "half"
KIND_YEAR = "year"
KIND_QUARTER = "quarter"
KIND_MONTH = "month"

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_CODE = re.compile(r"^\s*(\d{4})\s*-\s*(?:(H)([12])|(Y)|(Q)([1-4])|(M)(0?[1-9]|1[0-2]))\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Cutoff:
    """How a period's window is cut: from ``start_day`` of the month ``start_month_offset`` before."""

    start_day: int = DEFAULT_START_DAY
    start_month_offset: int = DEFAULT_START_MONTH_OFFSET
    due_working_days: int = DEFAULT_DUE_WORKING_DAYS

    @classmethod
    def from_profile(cls, value: Mapping[str, Any] | None) -> Cutoff:
        if not value:
            return cls()
        try:
            cutoff = cls(
                start_day=int(value.get("start_day", DEFAULT_START_DAY)),
                start_month_offset=int(value.get("start_month_offset", DEFAULT_START_MONTH_OFFSET)),
                due_working_days=int(value.get("due_working_days", DEFAULT_DUE_WORKING_DAYS)),
            )
        except (TypeError, ValueError) as exc:
            raise InvalidInputError("Cấu hình thời gian chốt số liệu không hợp lệ.") from exc
        if not 1 <= cutoff.start_day <= 28 or not -2 <= cutoff.start_month_offset <= 0:
            raise InvalidInputError(
                "Ngày chốt số liệu phải từ 1 đến 28 và tháng bắt đầu không được sau tháng đầu kỳ."
            )
        if not 0 <= cutoff.due_working_days <= 30:
            raise InvalidInputError("Số ngày làm việc để gửi báo cáo phải từ 0 đến 30.")
        return cutoff


@dataclass(frozen=True)
class Period:
    code: str
    kind: str  # half | year | quarter | month
    year: int
    index: int  # 1–2 for halves, 1 for the year, 1–4 for quarters, 1–12 for months
    start: dt.date  # first day counted (inclusive)
    end: dt.date  # last day counted (inclusive)
    due_date: dt.date  # the report is due on this day
    label_vi: str  # "6 tháng đầu năm 2025"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def window_vi(self) -> str:
        """The window as printed on the report: "từ ngày 15/12/2024 đến ngày 14/06/2025"."""
        return f"từ ngày {format_date_vi(self.start)} đến ngày {format_date_vi(self.end)}"


def format_date_vi(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _months(kind: str, index: int) -> tuple[int, int]:
    """The calendar months (first, last) a period reports on."""
    if kind == KIND_HALF:
        return (1, 6) if index == 1 else (7, 12)
    if kind == KIND_YEAR:
        return (1, 12)
    if kind == KIND_QUARTER:
        return (3 * index - 2, 3 * index)
    return (index, index)


def _month_start(year: int, month: int, offset: int, day: int) -> dt.date:
    """Day ``day`` of the month ``offset`` months from (year, month)."""
    serial = year * 12 + (month - 1) + offset
    return dt.date(serial // 12, serial % 12 + 1, day)


def _label(kind: str, year: int, index: int) -> str:
    if kind == KIND_HALF:
        return f"6 tháng {'đầu' if index == 1 else 'cuối'} năm {year}"
    if kind == KIND_YEAR:
        return f"năm {year}"
    if kind == KIND_QUARTER:
        return f"quý {_ROMAN[index]} năm {year}"
    return f"tháng {index:02d} năm {year}"


def _code(kind: str, year: int, index: int) -> str:
    suffix = {KIND_HALF: f"H{index}", KIND_YEAR: "Y", KIND_QUARTER: f"Q{index}", KIND_MONTH: f"M{index:02d}"}
    return f"{year}-{suffix[kind]}"


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The day ``count`` working days (Monday–Friday) after ``day``."""
    current = day
    remaining = count
    while remaining > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def make_period(kind: str, year: int, index: int, cutoff: Cutoff | None = None) -> Period:
    rule = cutoff or Cutoff()
    first, last = _months(kind, index)
    start = _month_start(year, first, rule.start_month_offset, rule.start_day)
    end = _month_start(year, last + 1, rule.start_month_offset, rule.start_day) - dt.timedelta(days=1)
    return Period(
        code=_code(kind, year, index),
        kind=kind,
        year=year,
        index=index,
        start=start,
        end=end,
        due_date=add_working_days(end, rule.due_working_days),
        label_vi=_label(kind, year, index),
    )


def parse_period(code: str, cutoff: Mapping[str, Any] | Cutoff | None = None) -> Period:
    """``2025-H1`` → the period with its window; InvalidInputError for anything else."""
    match = _CODE.match(code or "")
    if not match:
        raise InvalidInputError(
            f"Kỳ báo cáo “{code}” không hợp lệ; hãy dùng dạng 2025-H1, 2025-H2, 2025-Y, 2025-Q3 hoặc 2025-M09."
        )
    year = int(match.group(1))
    if not 2000 <= year <= 2100:
        raise InvalidInputError(f"Năm của kỳ báo cáo “{code}” không hợp lệ.")
    if match.group(2):
        kind, index = KIND_HALF, int(match.group(3))
    elif match.group(4):
        kind, index = KIND_YEAR, 1
    elif match.group(5):
        kind, index = KIND_QUARTER, int(match.group(6))
    else:
        kind, index = KIND_MONTH, int(match.group(8))
    rule = cutoff if isinstance(cutoff, Cutoff) else Cutoff.from_profile(cutoff)
    return make_period(kind, year, index, rule)


def report_sequence(year: int, cutoff: Cutoff | None = None) -> list[Period]:
    """The reports a unit owes in a year under the plan: the 6-month one, then the annual one."""
    return [make_period(KIND_HALF, year, 1, cutoff), make_period(KIND_YEAR, year, 1, cutoff)]


def current_and_next_period(
    today: dt.date, cutoff: Mapping[str, Any] | Cutoff | None = None
) -> tuple[Period, Period]:
    """For the dashboard: the report whose window holds ``today``, and the one after it.

    From 15/12 to 14/06 the current report is the 6-month one, then the annual one (its window
    started on 15/12 too, but it is the next report due); after 14/12 comes the next year's 6-month.
    """
    rule = cutoff if isinstance(cutoff, Cutoff) else Cutoff.from_profile(cutoff)
    sequence = report_sequence(today.year, rule) + report_sequence(today.year + 1, rule)
    for position, period in enumerate(sequence[:-1]):
        if today <= period.end:
            return period, sequence[position + 1]
    raise AssertionError("unreachable: next year's annual window always ends after today")
