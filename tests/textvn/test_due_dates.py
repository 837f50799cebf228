"""Deadlines that mean "from then on", repeat, or lack a year — and the due date each period gets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bkfi_desktop.textvn.deadlines import REPEATING, Deadline, parse_deadline, plan_years
from bkfi_desktop.textvn.due_dates import due_dates, due_on, repeats


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Năm 2024 và các năm tiếp theo", date(2024, 1, 1)),
        ("Từ năm 2025", date(2025, 1, 1)),
        ("từ năm 2025", date(2025, 1, 1)),
        ("Bắt đầu từ năm 2025", date(2025, 1, 1)),
        ("Từ tháng 6/2025", date(2025, 6, 1)),
        ("Năm 2025 trở đi", date(2025, 1, 1)),
        ("2024 và những năm tiếp theo", date(2024, 1, 1)),
    ],
)
def test_from_then_on_is_ongoing_with_a_start_and_no_due_date(text: str, start: date) -> None:
    deadline = parse_deadline(text)
    assert (deadline.due_date, deadline.recurrence, deadline.start_date) == (None, "ongoing", start)
    assert due_on(deadline, date(2026, 11, 20), 2024, 2030) is None  # never "Quá hạn"


def test_a_period_is_ongoing_from_its_first_year_to_its_last() -> None:
    deadline = parse_deadline("Giai đoạn 2024–2030")
    assert (deadline.start_date, deadline.due_date, deadline.recurrence) == (
        date(2024, 1, 1), date(2030, 12, 31), "ongoing",
    )
    assert due_on(deadline, date(2026, 11, 20)) == date(2030, 12, 31)  # not in the past


@pytest.mark.parametrize(
    ("text", "today", "due"),
    [
        ("Hằng năm", date(2026, 11, 20), date(2026, 12, 31)),
        ("Hằng năm", date(2027, 1, 2), date(2027, 12, 31)),
        ("Định kỳ 6 tháng", date(2026, 3, 1), date(2026, 6, 30)),
        ("Định kỳ 6 tháng", date(2026, 7, 1), date(2026, 12, 31)),
        ("Định kỳ 06 tháng, hằng năm", date(2026, 7, 1), date(2026, 12, 31)),
        ("Hằng quý", date(2026, 4, 1), date(2026, 6, 30)),
        ("Hằng quý", date(2026, 3, 31), date(2026, 3, 31)),
        ("Hằng tháng", date(2026, 2, 3), date(2026, 2, 28)),
        ("Thường xuyên, báo cáo trước ngày 10/12 hằng năm", date(2026, 11, 20), date(2026, 12, 10)),
        ("Thường xuyên, báo cáo trước ngày 10/12 hằng năm", date(2026, 12, 11), date(2027, 12, 10)),
        ("Báo cáo trước ngày 15/6 và 15/12 hằng năm", date(2026, 7, 1), date(2026, 12, 15)),
        ("Trước ngày 30/6", date(2026, 5, 1), date(2026, 6, 30)),  # a plan running 2024–2030: every year
        ("Trước ngày 30/6", date(2026, 7, 1), date(2027, 6, 30)),
    ],
)
def test_each_period_has_its_due_date(text: str, today: date, due: date) -> None:
    deadline = parse_deadline(text, plan_year=2024)
    assert repeats(deadline, 2024, 2030)
    assert due_on(deadline, today, 2024, 2030) == due


def test_a_yearless_date_in_a_one_year_plan_is_due_once_in_that_year() -> None:
    deadline = parse_deadline("Trước ngày 30/6", plan_year=2025)
    assert deadline.due_date == date(2025, 6, 30) and deadline.anchors == ((30, 6),)
    assert not repeats(deadline, 2025, 2025)
    assert due_on(deadline, date(2026, 1, 10), 2025, 2025) == date(2025, 6, 30)  # passed: overdue if not done
    assert parse_deadline("Trước ngày 30/6").due_date is None  # no plan year: no guess


def test_repeating_work_falls_due_after_the_plan_ends() -> None:
    deadline = parse_deadline("Hằng năm")
    assert due_dates(deadline, 2024, 2026) == [date(2024, 12, 31), date(2025, 12, 31), date(2026, 12, 31)]
    assert due_on(deadline, date(2027, 3, 1), 2024, 2026) == date(2026, 12, 31)  # the last one, passed


def test_continuous_and_on_demand_work_has_no_due_date() -> None:
    for text in ("Thường xuyên", "Khi phát sinh", "Theo chỉ đạo"):
        assert due_on(parse_deadline(text), date(2026, 11, 20), 2024, 2030) is None


def test_plan_years_from_title_and_year() -> None:
    assert plan_years("Triển khai Chương trình hành động của Chính phủ đến năm 2030", 2024) == (2024, 2030)
    assert plan_years("Kế hoạch thông tin đối ngoại giai đoạn 2024 – 2030", None) == (2024, 2030)
    assert plan_years("Kế hoạch thông tin đối ngoại năm 2025", 2025) == (2025, 2025)
    assert plan_years("", None) == (None, None)


def test_the_old_constructor_still_works() -> None:
    assert Deadline("Hằng năm", None, "yearly") == parse_deadline("Hằng năm")


rhythms = st.sampled_from(REPEATING)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
anchors = st.lists(
    st.tuples(st.integers(1, 31), st.integers(1, 12)).filter(lambda dm: dm[0] <= (29 if dm[1] == 2 else 30 if dm[1] in (4, 6, 9, 11) else 31)),
    max_size=3, unique=True,
).map(tuple)


@given(rhythms, anchors, days, st.integers(2020, 2030), st.integers(0, 6))
def test_due_on_is_the_first_due_date_not_before_today(
    rhythm: str, marks: tuple[tuple[int, int], ...], today: date, first: int, span: int
) -> None:
    deadline = Deadline("x", None, rhythm, None, marks)
    dates = due_dates(deadline, first, first + span, around=today)
    assert dates == sorted(set(dates)) and dates
    assert all(first <= day.year <= first + span for day in dates)
    due = due_on(deadline, today, first, first + span)
    coming = [day for day in dates if day >= today]
    assert due == (coming[0] if coming else dates[-1])


@given(rhythms, days)
def test_without_plan_years_repeating_work_is_never_overdue(rhythm: str, today: date) -> None:
    due = due_on(Deadline("x", None, rhythm), today)
    assert due is not None and today <= due <= today + timedelta(days=366)
