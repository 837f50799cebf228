"""Budgets for plain-text task lists (.txt plans, .csv tables): lines, rows and cells counted while
read, refused in one Vietnamese line naming the file and the limit (see office_budget for .xlsx/.docx)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from bkfi_desktop.exchange.office_budget import MAX_FILLED_ROWS, MAX_ROW_VALUES, _n, budget_error

MAX_LINE_CHARS = 200_000  # one line of a .txt plan
_LINE_END = re.compile(r"\r\n|\r|\n")


def check_text_lines(path: Path, text: str) -> None:
    """A plan's text has paragraphs of a few thousand characters; one of megabytes is not a plan."""
    start = 0
    for match in _LINE_END.finditer(text):
        if match.start() - start > MAX_LINE_CHARS:
            break
        start = match.end()
    else:
        if len(text) - start <= MAX_LINE_CHARS:
            return
    raise budget_error(path, f"có một dòng dài hơn {_n(MAX_LINE_CHARS)} ký tự (giới hạn); không phải văn bản kế hoạch.")


def csv_rows(path: Path, text: str, dialect: type[csv.Dialect] | csv.Dialect) -> list[list[str]]:
    """The rows of a CSV task table, counted while read: rows with a value and cells per row."""
    rows: list[list[str]] = []
    filled = 0
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            filled = _csv_row(path, row, rows, filled)
    except csv.Error as exc:
        if "field limit" in str(exc):
            reason = f"có một ô dài hơn {_n(csv.field_size_limit())} ký tự (giới hạn), thường do dấu ngoặc kép không đóng"
        elif "NUL" in str(exc):
            reason = "có ký tự NUL (tệp nhị phân bị đổi đuôi?)"
        else:
            reason = "sai định dạng CSV"
        raise budget_error(path, f"{reason}; hãy mở bằng Excel, lưu lại rồi nhập lại.") from exc
    return rows


def _csv_row(path: Path, row: list[str], rows: list[list[str]], filled: int) -> int:
    if len(row) > MAX_ROW_VALUES:
        raise budget_error(path, f"có dòng {_n(len(rows) + 1)} với {_n(len(row))} ô (giới hạn {_n(MAX_ROW_VALUES)}); "
                           "không phải bảng nhiệm vụ.")
    cells = [cell.strip() for cell in row]
    if any(cells):
        filled += 1
        if filled > MAX_FILLED_ROWS:
            raise budget_error(path, f"có hơn {_n(MAX_FILLED_ROWS)} dòng; hãy tách ra tệp nhỏ hơn.")
    rows.append(cells)
    return filled
