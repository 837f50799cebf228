from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bkfi_desktop.textvn.dates import format_date_vn, parse_date_vn


def test_format_pads_day_and_month() -> None:
    assert format_date_vn(date(2025, 1, 5)) == "05/01/2025"
    assert format_date_vn(datetime(2024, 12, 31, 16, 30)) == "31/12/2024"
    assert format_date_vn(None) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/01/2025", date(2025, 1, 5)),
        ("5/1/2025", date(2025, 1, 5)),
        (" 31-12-2024 ", date(2024, 12, 31)),
        ("31.12.2024", date(2024, 12, 31)),
        ("2024-12-31", date(2024, 12, 31)),
        ("2024-12-31 00:00:00", date(2024, 12, 31)),
        ("ngày 05 tháng 01 năm 2025", date(2025, 1, 5)),
        (datetime(2025, 3, 4, 8, 0), date(2025, 3, 4)),
        (date(2025, 3, 4), date(2025, 3, 4)),
    ],
)
def test_parse_accepts_the_usual_forms(text: str | date, expected: date) -> None:
    assert parse_date_vn(text) == expected


@pytest.mark.parametrize("text", ["", None, "31/02/2024", "13/13/2024", "01/2025", "hôm nay", "2024/12/31x"])
def test_parse_rejects_non_dates(text: str | None) -> None:
    assert parse_date_vn(text) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_format_then_parse_round_trips(d: date) -> None:
    assert parse_date_vn(format_date_vn(d)) == d


@given(st.text(max_size=30))
def test_parse_never_raises(text: str) -> None:
    assert parse_date_vn(text) is None or isinstance(parse_date_vn(text), date)
