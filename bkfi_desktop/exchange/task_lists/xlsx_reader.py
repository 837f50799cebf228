"""Read an Excel appendix (.xlsx) into a PlanData.

openpyxl in read-only mode with cached formula values; merged cells are taken from the sheet's
XML (read-only mode does not expose them) so a unit cell merged down over several tasks applies
to each. The sheet holding the task table is found by its header; when several sheets hold one,
the user chooses (AmbiguousSheetError lists them).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from lxml.etree import XMLSyntaxError
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange import office_budget
from bkfi_desktop.exchange.task_lists.abbreviations import abbreviations_from_rows, abbreviations_from_text
from bkfi_desktop.exchange.task_lists.grid import ACROSS, DOWN, Grid, HeaderLayout, column_letter, find_header
from bkfi_desktop.exchange.task_lists.legacy_text import LegacyRepair, is_legacy_font
from bkfi_desktop.exchange.task_lists.plan_header import header_from_title_rows, plan_key
from bkfi_desktop.exchange.task_lists.refine import refine_plan
from bkfi_desktop.exchange.task_lists.sniff import MAX_ROWS, file_error
from bkfi_desktop.exchange.task_lists.table_tasks import tasks_from_grid
from bkfi_desktop.paths import data_dir
from bkfi_desktop.textvn.folding import fold_for_search

Progress = Callable[[int, int], None]
MAX_COLUMNS = 40
_CORRUPT = (zipfile.BadZipFile, zlib.error, KeyError, ParseError, XMLSyntaxError, InvalidFileException, EOFError,
            OSError, ValueError, TypeError, IndexError, AttributeError)
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')
_ROW_TAG = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_COL_TAG = re.compile(rb'<(?:\w+:)?col\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ATTR = re.compile(rb'\b(r|min|max)="(\d+)"')
_ASSIGNING_FIELDS = {"lead", "support", "implement", "lead_support", "deadline"}
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_TABLE_HINT = "cần một dòng tiêu đề có cột “Nội dung/Nhiệm vụ” và cột “Chủ trì/Phối hợp/Thời gian”"


class AmbiguousSheetError(InvalidInputError):
    """Several sheets hold a task table; the caller asks the user which one (sheet=)."""

    def __init__(self, message: str, sheets: list[str]) -> None:
        super().__init__(message)
        self.sheets = sheets


def read_xlsx(path: Path, *, sheet: str | None = None, progress: Progress | None = None) -> PlanData:
    facts = office_budget.check_xlsx(path)  # bombs, lies and absurd sizes refused before openpyxl
    # A file object, not the name: openpyxl refuses a name by its extension; the content is what counts.
    with path.open("rb") as handle:
        return _read_opened(path, handle, facts, sheet, progress)


def _read_opened(path: Path, handle: Any, facts: office_budget.PackageFacts, sheet: str | None,
                 progress: Progress | None) -> PlanData:
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except _CORRUPT as exc:
        raise file_error(path, "bị hỏng, không mở được bằng Excel (có thể tải về chưa xong); hãy lấy lại tệp gốc.") from exc
    try:
        beyond = office_budget.apply_sheet_facts(workbook, facts)
        data = _read_workbook(path, workbook, sheet, progress)
        data.warnings += beyond
        return data
    except InvalidInputError:
        raise
    except _CORRUPT as exc:
        raise file_error(path, "bị hỏng: một phần nội dung không đọc được; hãy lấy lại tệp gốc.") from exc
    finally:
        workbook.close()


def _read_workbook(path: Path, workbook: Any, sheet: str | None, progress: Progress | None) -> PlanData:
    fonts = [getattr(font, "name", None) for font in getattr(workbook, "_fonts", [])]
    legacy_fonts = any(is_legacy_font(name) for name in fonts)
    sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
    names = [ws.title for ws in sheets]
    if sheet is not None:
        chosen = [ws for ws in sheets if ws.title == sheet or ws.title.strip().lower() == sheet.strip().lower()]
        if not chosen:
            raise file_error(path, f"không có trang tính “{sheet}”; các trang có: {_quoted(names)}.")
        candidates = chosen
    else:
        candidates = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"] or sheets
    found: list[tuple[Any, Grid, HeaderLayout, LegacyRepair]] = []
    for ws in candidates:
        grid, legacy = _grid_of(path, ws, legacy_fonts, progress)
        layout = find_header(grid)
        if layout is not None:
            found.append((ws, grid, layout, legacy))
    if not found:
        where = f"trang “{sheet}”" if sheet else f"các trang {_quoted(names)}"
        raise file_error(path, f"không có bảng nhiệm vụ nhận ra được trong {where} ({_TABLE_HINT}).")
    for ws, grid, layout, _legacy in found:
        _drop_hidden_duplicates(grid, layout)
        _mark_bold_headings(ws, grid, layout)
    results = [(ws, grid, layout, legacy, tasks_from_grid(grid, layout)) for ws, grid, layout, legacy in found]
    with_tasks = [item for item in results if any(group.tasks for group in item[4].groups)]
    skipped: list[str] = []
    if len(with_tasks) > 1:
        # A notes or instructions sheet ("STT | Nội dung | Ghi chú") next to the appendix: the sheet
        # whose table names units or deadlines is the task list.
        assigning = [item for item in with_tasks if set(item[2].columns) & _ASSIGNING_FIELDS]
        if len(assigning) == 1:
            skipped = [item[0].title for item in with_tasks if item is not assigning[0]]
            with_tasks = assigning
    if len(with_tasks) > 1:
        titles = [item[0].title for item in with_tasks]
        raise AmbiguousSheetError(
            f"Tệp “{path.name}” có nhiều trang chứa bảng nhiệm vụ ({_quoted(titles)}); "
            "hãy chọn một trang (--sheet TÊN_TRANG).",
            titles,
        )
    if not with_tasks:
        ws, grid, layout = results[0][0], results[0][1], results[0][2]
        raise file_error(
            path, "có dòng tiêu đề bảng nhưng không có nhiệm vụ nào bên dưới", grid.where(layout.header_row)
        )
    ws, grid, layout, legacy, table = with_tasks[0]
    key = _document_key(workbook, grid, table.end_row)
    title_lines = [text for row in grid.rows[: layout.header_row] for text in dict.fromkeys(row) if text.strip()]
    header = header_from_title_rows(title_lines)
    data = PlanData(
        key=plan_key(header.number, header.year, header.title, f"{path.stem} {ws.title}"),
        title=header.title or path.stem,
        number=header.number,
        issued_on=header.issued_on,
        year=header.year,
        issuer=header.issuer,
        parent_agency=header.parent_agency,
        place=header.place,
        groups=table.groups,
        warnings=legacy.warnings(path.name) + _hidden_rows_warning(grid, layout, table.end_row) + table.warnings
        + [f"Đã bỏ qua trang “{name}”: bảng không có cột đơn vị hay thời gian." for name in skipped],
        converted_from=legacy.converted_from,
    )
    return refine_plan(data, document_key=key, user_folder=data_dir())


def _document_key(workbook: Any, grid: Grid, end_row: int) -> dict[str, str]:
    """The workbook's own abbreviations: a sheet named for them, and a "Ghi chú: viết tắt …" under the table."""
    key = abbreviations_from_text(" ".join(row) for row in grid.rows[end_row:])
    for ws in workbook.worksheets:
        if "viet tat" in fold_for_search(ws.title) and hasattr(ws, "iter_rows"):
            rows = [[_cell_text(value) for value in row] for row in ws.iter_rows(max_row=500, max_col=6, values_only=True)]
            key.update(abbreviations_from_rows(rows))
    return key


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f"“{name}”" for name in names)


def _grid_of(path: Path, ws: Any, legacy_fonts: bool, progress: Progress | None) -> tuple[Grid, LegacyRepair]:
    """All rows of a sheet as text, legacy text converted, merged cells filled."""
    total = int(getattr(ws, "max_row", 0) or 0)
    max_col = min(int(getattr(ws, "max_column", 0) or MAX_COLUMNS), MAX_COLUMNS)
    raw: list[list[tuple[str, str | None]]] = []
    filled = 0
    for index, row in enumerate(ws.iter_rows(max_col=max_col, values_only=not legacy_fonts)):
        if legacy_fonts:
            cells = [(_cell_text(cell.value), _font_name(cell)) for cell in row]
        else:
            cells = [(_cell_text(value), None) for value in row]
        if any(text for text, _ in cells):
            filled += 1
            if filled > MAX_ROWS:
                raise file_error(
                    path, f"có hơn {MAX_ROWS:,} dòng dữ liệu (trang “{ws.title}”); hãy tách bảng nhiệm vụ ra tệp nhỏ hơn."
                    .replace(",", ".")
                )
        raw.append(cells)
        if progress is not None and index % 500 == 0:
            progress(index, max(total, index))
    while raw and not any(text for text, _ in raw[-1]):
        raw.pop()
    sample = [text for row in raw[:200] for text, _ in row if text and not text.isascii()][:400]
    legacy = LegacyRepair.for_sample(sample, [font for row in raw for _, font in row] if legacy_fonts else [])
    rows = [[legacy.repair(text, font) if text else "" for text, font in row] for row in raw]
    if not legacy.enabled:  # a few cells pasted from an old TCVN3/VNI file into a Unicode workbook
        rows = [[legacy.repair_stray(text, f"trang “{ws.title}” ô {column_letter(c)}{r + 1}") if text else "" for c, text in enumerate(row)]
                for r, row in enumerate(rows)]
    grid = Grid(name=ws.title, rows=rows, excel=True)
    merges, grid.hidden_rows, grid.hidden_cols = _sheet_layout(path, ws)
    _fill_merges(grid, merges)
    if progress is not None:
        progress(len(rows), len(rows))
    return grid, legacy


def _font_name(cell: Any) -> str | None:
    font = getattr(cell, "font", None)
    return getattr(font, "name", None) if font is not None else None


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if "_x" in value:  # Excel's escapes: "_x000D_" is the CR of a line pasted from Word
            value = _ESCAPED.sub(_unescape, value)
        return value.strip()
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _unescape(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)


def _sheet_layout(path: Path, ws: Any) -> tuple[list[tuple[int, int, int, int]], set[int], set[int]]:
    """Merged ranges (min_col, min_row, max_col, max_row), hidden rows and hidden columns (0-based),
    read from the sheet XML (read-only mode exposes none of them)."""
    sheet_path = getattr(ws, "_worksheet_path", None)
    if not sheet_path:
        return [], set(), set()
    with zipfile.ZipFile(path) as archive:
        data = archive.read(sheet_path.lstrip("/"))
    hidden_cols: set[int] = set()
    for tag in _COL_TAG.finditer(data, 0, max(data.find(b"<sheetData"), 0)):
        attrs = {name: int(value) for name, value in _ATTR.findall(tag.group(0))}
        low, high = attrs.get(b"min", 0), min(attrs.get(b"max", 0), MAX_COLUMNS)
        hidden_cols.update(range(low - 1, high))
    hidden_rows = {
        int(dict(_ATTR.findall(tag.group(0))).get(b"r", b"0")) - 1 for tag in _ROW_TAG.finditer(data)
    }
    start = data.rfind(b"</sheetData>")
    ranges = []
    for match in _MERGE.finditer(data, max(start, 0)):
        bounds = range_boundaries(f"{match.group(1).decode()}:{match.group(2).decode()}")
        ranges.append(tuple(int(b) for b in bounds if b is not None))
    return [r for r in ranges if len(r) == 4], hidden_rows - {-1}, hidden_cols  # type: ignore[misc]


def _drop_hidden_duplicates(grid: Grid, layout: HeaderLayout) -> None:
    """A hidden column naming a field a visible column also names (an old "Thời gian" kept
    hidden beside the new one) is left out; a hidden column that is the only one is still read."""
    for name, cols in layout.columns.items():
        visible = [col for col in cols if col not in grid.hidden_cols]
        if visible and len(visible) < len(cols):
            layout.columns[name] = visible


def _mark_bold_headings(ws: Any, grid: Grid, layout: HeaderLayout) -> None:
    """Bold task cells, read in a second pass only when the table has unnumbered text-only rows
    (the only rows bold can turn into group headings); most appendices need no second pass."""
    content_col = layout.first("content")
    if content_col is None:
        return
    other_cols = [col for cols in layout.columns.values() for col in cols if col != content_col]
    candidates = [
        row for row in range(layout.data_start, len(grid.rows))
        if grid.text(row, content_col) and not any(grid.text(row, col) for col in other_cols)
    ]
    if not candidates:
        return
    rows = ws.iter_rows(min_row=layout.data_start + 1, max_row=len(grid.rows),
                        min_col=content_col + 1, max_col=content_col + 1)
    for index, cells in enumerate(rows, start=layout.data_start):
        font = getattr(cells[0], "font", None) if cells else None
        if index < len(grid.rows) and font is not None and font.b and grid.text(index, content_col):
            grid.bold_cells.add((index, content_col))


def _hidden_rows_warning(grid: Grid, layout: HeaderLayout, end_row: int) -> list[str]:
    rows = sorted(
        row for row in grid.hidden_rows
        if layout.data_start <= row < min(end_row, len(grid.rows)) and any(grid.rows[row])
    )
    if not rows:
        return []
    shown = ", ".join(str(row + 1) for row in rows[:10]) + (", …" if len(rows) > 10 else "")
    return [
        f"Trang “{grid.name}” có {len(rows)} dòng bị ẩn trong bảng (dòng {shown}); "
        "các dòng này vẫn được nhập, hãy kiểm tra lại."
    ]


def _fill_merges(grid: Grid, ranges: list[tuple[int, int, int, int]]) -> None:
    for min_col, min_row, max_col, max_row in ranges:
        top, left = min_row - 1, min_col - 1
        if top >= len(grid.rows) or left >= MAX_COLUMNS:
            continue
        origin = grid.rows[top][left] if left < len(grid.rows[top]) else ""
        if not origin:
            continue
        for row in range(top, min(max_row, len(grid.rows))):
            cells = grid.rows[row]
            for col in range(left, min(max_col, MAX_COLUMNS)):
                if (row, col) == (top, left):
                    continue
                while len(cells) <= col:
                    cells.append("")
                if not cells[col]:
                    cells[col] = origin
                    grid.fills[(row, col)] = DOWN if col == left else ACROSS
