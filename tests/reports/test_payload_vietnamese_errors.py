"""A payload that breaks the schema is explained in Vietnamese, naming where."""

from __future__ import annotations

import pytest

from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.report_payload import validate_payload


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"schema": "bkfi.report/1"}, "thiếu trường uuid"),
        ([], "“gốc”: sai kiểu dữ liệu"),
    ],
)
def test_schema_errors_are_vietnamese(payload: object, expected: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        validate_payload(payload)
    message = raised.value.message
    assert expected in message
    assert "is a required property" not in message and "is not of type" not in message
