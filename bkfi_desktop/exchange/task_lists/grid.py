"""A table as text cells, whatever it came from (an Excel sheet, a Word table, a CSV file), and
where its header is.

Merged cells are filled into every cell they cover, with a mark saying how the cell was filled:
a header "Đơn vị thực hiện" merged over two columns names both; a unit cell merged down over three
task rows belongs to all three; but a group title merged across the row is one value, not six.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bkfi_desktop.exchange.task_lists.vocabulary import field_for_header

HEADER_SEARCH_ROWS = 30
# How a cell got its text: "" = written there, "v" = merged down from above, "h" = merged from the left.
ORIGIN, DOWN, ACROSS = "", "v", "h"

_COLUMN_NUMBER = re.compile(r"^\(?\s*(?:\d{1,2}|[A-Z])\s*\)?$|^\(\d+\)\s*=.*$")


@dataclass
class Grid:
    name: str  # sheet name, or "bảng 2" for the second table of a document
    rows: list[list[str]]
    fills: dict[tuple[int, int], str] = field(default_factory=dict)
    row_numbers: list[int] = field(default_factory=list)  # the row number a user sees (Excel row)
    excel: bool = False  # locations as "Sheet!B12" rather than "bảng 2, dòng 12"
    hidden_rows: set[int] = field(default_factory=set)  # 0-based, as the sheet marks them
    hidden_cols: set[int] = field(default_factory=set)
    # (row, col) of cells written all in bold, where the reader knows it: an unnumbered bold row
    # in a table whose tasks are not bold is a group heading.
    bold_cells: set[tuple[int, int]] = field(default_factory=set)

    def text(self, row: int, col: int, *, allow: str = ORIGIN) -> str:
        """Cell text if it was written there or filled in one of the allowed ways, else ""."""
        cells = self.rows[row]
        if col >= len(cells):
            return ""
        how = self.fills.get((row, col), ORIGIN)
        return cells[col] if how == ORIGIN or how in allow else ""

    def location(self, row: int, col: int | None = None) -> str:
        number = self.row_numbers[row] if row < len(self.row_numbers) else row + 1
        if self.excel:
            return f"{self.name}!{column_letter(col or 0)}{number}"
        where = f"{self.name}, dòng {number}"
        return where if col is None else f"{where}, cột {col + 1}"

    def where(self, row: int, col: int | None = None) -> str:
        """The location in words, for messages: "trang “Sheet1”, dòng 12, cột C"."""
        number = self.row_numbers[row] if row < len(self.row_numbers) else row + 1
        if self.excel:
            text = f"trang “{self.name}”, dòng {number}"
            return text if col is None else f"{text}, cột {column_letter(col)}"
        text = f"{self.name}, dòng {number}"
        return text if col is None else f"{text}, cột {col + 1}"


def column_letter(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class HeaderLayout:
    header_row: int
    data_start: int
    columns: dict[str, list[int]]  # field -> columns, in order
    score: int

    def first(self, field_name: str) -> int | None:
        cols = self.columns.get(field_name)
        return cols[0] if cols else None


def find_header(grid: Grid, search_rows: int = HEADER_SEARCH_ROWS) -> HeaderLayout | None:
    """The best header row in the first rows: one naming the task column and at least one other."""
    best: HeaderLayout | None = None
    for row in range(min(search_rows, len(grid.rows))):
        layout = _layout_at(grid, row)
        if layout and (best is None or layout.score > best.score):
            best = layout
    return best


def _fields_of_row(grid: Grid, row: int) -> dict[int, str]:
    found: dict[int, str] = {}
    for col, text in enumerate(grid.rows[row]):
        if text:
            name = field_for_header(text)
            if name:
                found[col] = name
    return found


def _layout_at(grid: Grid, row: int) -> HeaderLayout | None:
    fields = _fields_of_row(grid, row)
    if "content" not in fields.values() or len(set(fields.values())) < 2:
        return None
    unknown = sum(1 for text in grid.rows[row] if text and len(text) > 60)
    if unknown:
        return None  # a sentence in the row: a title or a task, not a header
    data_start = row + 1
    if data_start < len(grid.rows):
        sub = _fields_of_row(grid, data_start)
        written = [c for c, t in enumerate(grid.rows[data_start]) if t and grid.fills.get((data_start, c)) != DOWN]
        if sub and written and all(c in sub for c in written) and set(sub.values()) - {"content", "number"}:
            for col, name in sub.items():
                fields[col] = name
            data_start += 1
    if data_start < len(grid.rows) and is_column_number_row(grid.rows[data_start]):
        data_start += 1
    columns: dict[str, list[int]] = {}
    for col in sorted(fields):
        columns.setdefault(fields[col], []).append(col)
    return HeaderLayout(row, data_start, columns, score=len(columns) * 10 - row // 10)


def is_column_number_row(cells: list[str]) -> bool:
    """ "(1) (2) (3) …" or "1 2 3 …" under a header: the columns' numbers, not a task."""
    values = [text.strip() for text in cells if text.strip()]
    return len(values) >= 2 and all(_COLUMN_NUMBER.match(value) for value in values)
