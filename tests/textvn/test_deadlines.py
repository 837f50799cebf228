from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bkfi_desktop.textvn.deadlines import RECURRENCES, Deadline, parse_deadline
from bkfi_desktop.textvn.normalize import clean_text


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Thường xuyên", "ongoing"),
        ("THƯỜNG XUYÊN", "ongoing"),
        ("Hằng năm", "yearly"),
        ("Hàng năm", "yearly"),
        ("hang nam", "yearly"),
        ("Định kỳ 6 tháng", "semiannual"),
        ("06 tháng", "semiannual"),
        ("6 tháng một lần", "semiannual"),
        ("Hằng quý", "quarterly"),
        ("Định kỳ hằng quý", "quarterly"),
        ("Hằng tháng", "monthly"),
        ("Khi phát sinh", "on_demand"),
        ("Khi có yêu cầu", "on_demand"),
        ("Định kỳ 06 tháng, hằng năm", "semiannual"),
    ],
)
def test_recurring_phrases(text: str, recurrence: str) -> None:
    deadline = parse_deadline(text)
    assert deadline == Deadline(text, None, recurrence)
    assert parse_deadline(unicodedata.normalize("NFD", text)).recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Quý IV/2024", date(2024, 12, 31)),
        ("Quý I năm 2025", date(2025, 3, 31)),
        ("quý 4 năm 2024", date(2024, 12, 31)),
        ("Quý II/2025", date(2025, 6, 30)),
        ("Trong tháng 9/2024", date(2024, 9, 30)),
        ("Tháng 9/2024", date(2024, 9, 30)),
        ("tháng 9 năm 2024", date(2024, 9, 30)),
        ("Tháng 2/2024", date(2024, 2, 29)),
        ("Trước ngày 31/12/2024", date(2024, 12, 31)),
        ("trước 31/12/2024", date(2024, 12, 31)),
        ("Hoàn thành trước ngày 15 tháng 6 năm 2025", date(2025, 6, 15)),
        ("Năm 2025", date(2025, 12, 31)),
        ("6 tháng đầu năm 2025", date(2025, 6, 30)),
        ("6 tháng cuối năm 2025", date(2025, 12, 31)),
        ("31/12/2024", date(2024, 12, 31)),
        ("31-12-2024", date(2024, 12, 31)),
        ("2024-12-31", date(2024, 12, 31)),
        ("ngày 6 tháng 6 năm 2025", date(2025, 6, 6)),
    ],
)
def test_phrases_with_a_due_date(text: str, due: date) -> None:
    deadline = parse_deadline(text)
    assert deadline.due_date == due
    assert deadline.recurrence == "none"
    assert deadline.text == text


@pytest.mark.parametrize(
    "text", ["2024-2030", "Giai đoạn 2024 - 2030", "2024 – 2030", "Từ năm 2024 đến năm 2030"]
)
def test_periods_run_from_first_to_last_year(text: str) -> None:
    assert parse_deadline(text) == Deadline(text, date(2030, 12, 31), "ongoing", date(2024, 1, 1))


def test_date_range_keeps_start_and_end() -> None:
    deadline = parse_deadline("Từ 01/01/2025 đến 31/03/2025")
    assert (deadline.start_date, deadline.due_date) == (date(2025, 1, 1), date(2025, 3, 31))


def test_mixed_phrase_gives_a_sensible_rhythm() -> None:
    deadline = parse_deadline("Thường xuyên; báo cáo trước 15/12 hằng năm")
    assert deadline.recurrence in ("yearly", "ongoing")
    assert deadline.due_date is None  # "15/12" has no year


@pytest.mark.parametrize(
    "text", ["", None, "Theo chỉ đạo của UBND", "31/02/2024", "Quý V/2024", "tháng 13/2024"]
)
def test_unknown_or_impossible_text_gives_no_date(text: str | None) -> None:
    deadline = parse_deadline(text)
    assert deadline.due_date is None
    assert deadline.recurrence == "none"
    assert deadline.text == (text or "")


def test_original_text_is_kept_cleaned() -> None:
    assert parse_deadline("  Trước ngày\u00a031/12/2024 ").text == "Trước ngày 31/12/2024"


@given(st.text(max_size=80))
def test_never_raises_and_keeps_the_text(text: str) -> None:
    deadline = parse_deadline(text)
    assert deadline.text == clean_text(text)
    assert deadline.recurrence in RECURRENCES


deadline_like = st.lists(
    st.sampled_from(
        [
            "Quý",
            "IV",
            "tháng",
            "năm",
            "ngày",
            "/",
            "-",
            "–",
            "trước",
            "2024",
            "2030",
            "31",
            "12",
            "0",
            "99",
            "hằng",
            "6",
        ]
    ),
    max_size=10,
).map(" ".join)


@given(deadline_like)
def test_never_raises_on_deadline_like_noise(text: str) -> None:
    deadline = parse_deadline(text)
    assert deadline.text == clean_text(text)
    assert deadline.due_date is None or 1900 <= deadline.due_date.year <= 2099
