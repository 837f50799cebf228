"""Cut-off windows: what a clerk expects each report to count (Nghị định 09/2019 by default)."""

from __future__ import annotations

import datetime as dt

import pytest

from bkfi_desktop.core.periods import current_and_next_period, parse_period
from bkfi_desktop.errors import InvalidInputError

D = dt.date


def test_six_month_window_runs_from_15_december_to_14_june() -> None:
    period = parse_period("2025-H1")
    assert (period.start, period.end) == (D(2024, 12, 15), D(2025, 6, 14))
    assert period.label_vi == "6 tháng đầu năm 2025"
    assert period.window_vi == "từ ngày 15/12/2024 đến ngày 14/06/2025"


def test_annual_window_runs_from_15_december_to_14_december() -> None:
    period = parse_period("2025-Y")
    assert (period.start, period.end) == (D(2024, 12, 15), D(2025, 12, 14))
    assert period.label_vi == "năm 2025"


@pytest.mark.parametrize(
    ("day", "in_h1", "in_y2025", "in_y2026"),
    [
        (D(2025, 6, 14), True, True, False),
        (D(2025, 6, 15), False, True, False),
        (D(2025, 12, 14), False, True, False),
        (D(2025, 12, 15), False, False, True),
        (D(2024, 12, 14), False, False, False),
        (D(2024, 12, 15), True, True, False),
    ],
)
def test_activities_on_the_edges_fall_in_the_right_period(
    day: dt.date, in_h1: bool, in_y2025: bool, in_y2026: bool
) -> None:
    assert parse_period("2025-H1").contains(day) is in_h1
    assert parse_period("2025-Y").contains(day) is in_y2025
    assert parse_period("2026-Y").contains(day) is in_y2026


def test_quarters_and_months_are_cut_on_the_15th_too() -> None:
    q3 = parse_period("2025-Q3")
    assert (q3.start, q3.end, q3.label_vi) == (D(2025, 6, 15), D(2025, 9, 14), "quý III năm 2025")
    q1 = parse_period("2025-q1")
    assert (q1.code, q1.start, q1.end) == ("2025-Q1", D(2024, 12, 15), D(2025, 3, 14))
    m9 = parse_period("2025-M09")
    assert (m9.start, m9.end, m9.label_vi) == (D(2025, 8, 15), D(2025, 9, 14), "tháng 09 năm 2025")
    h2 = parse_period("2025-H2")
    assert (h2.start, h2.end) == (D(2025, 6, 15), D(2025, 12, 14))


def test_due_date_is_working_days_after_the_cut_off() -> None:
    period = parse_period("2025-H1")  # 14/06/2025 is a Saturday
    assert period.due_date == D(2025, 6, 20)
    assert period.due_date.weekday() < 5


def test_a_workspace_may_use_calendar_periods() -> None:
    period = parse_period("2025-H1", {"start_day": 1, "start_month_offset": 0, "due_working_days": 3})
    assert (period.start, period.end) == (D(2025, 1, 1), D(2025, 6, 30))
    assert period.due_date == D(2025, 7, 3)
    year = parse_period("2024-Y", {"start_day": 1, "start_month_offset": 0})
    assert (year.start, year.end) == (D(2024, 1, 1), D(2024, 12, 31))


@pytest.mark.parametrize("code", ["", "2025", "2025-H3", "2025-Q5", "2025-M13", "H1-2025", "1999-Y"])
def test_bad_codes_are_refused_in_vietnamese(code: str) -> None:
    with pytest.raises(InvalidInputError, match="không hợp lệ"):
        parse_period(code)


def test_bad_cutoff_configuration_is_refused() -> None:
    with pytest.raises(InvalidInputError):
        parse_period("2025-H1", {"start_day": 31})


@pytest.mark.parametrize(
    ("today", "current", "following"),
    [
        (D(2025, 1, 10), "2025-H1", "2025-Y"),
        (D(2025, 6, 14), "2025-H1", "2025-Y"),
        (D(2025, 6, 15), "2025-Y", "2026-H1"),
        (D(2025, 12, 14), "2025-Y", "2026-H1"),
        (D(2025, 12, 15), "2026-H1", "2026-Y"),
    ],
)
def test_dashboard_shows_the_current_and_the_next_report(today: dt.date, current: str, following: str) -> None:
    now, then = current_and_next_period(today)
    assert (now.code, then.code) == (current, following)
