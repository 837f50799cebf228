"""One sheet layout, two libraries: the appendix (XlsxWriter) and the office's workbook, lists and
template (openpyxl) read back with the same print setup, widths, title lines and headings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from openpyxl.worksheet.worksheet import Worksheet

from bkfi_desktop.exchange import sheet_openpyxl, sheet_xlsxwriter
from bkfi_desktop.exchange.sheet_layout import (
    Column,
    Headings,
    Print,
    SheetLayout,
    Text,
    note_line,
    title_line,
)

LAYOUTS = {
    "appendix-like": SheetLayout(
        "Nhiệm vụ", [Column("TT", 6), Column("Nhiệm vụ", 60), Column("Kết quả", 45)],
        titles=(title_line("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG"), note_line("Kèm theo Báo cáo số 12/BC-UBND")),
    ),
    "list-like": SheetLayout(
        "Danh Sách", [Column("STT", 6), Column("Họ và tên", 22.5)],
        titles=(Text("UBND TỈNH", 11), Text("SỞ NỘI VỤ", 11, bold=True), Text("DANH SÁCH", 14, bold=True)),
        header_rows=2,
        headings=Headings(size=11, vertical="top", fill="E8EEF5"),
        print=Print(landscape=False, margins=(0.8, 0.6, 0.6, 0.6), footer="Trang &P/&N"),
    ),
}


def _read_back(path: Path) -> dict[str, Any]:
    sheet: Worksheet = openpyxl.load_workbook(path).active
    setup, margins = sheet.page_setup, sheet.page_margins
    heading_row = next(row for row in range(1, 10) if sheet.cell(row=row, column=1).value in ("TT", "STT"))
    headings = [sheet.cell(row=heading_row, column=c) for c in range(1, sheet.max_column + 1)]
    return {
        "name": sheet.title,
        "page": (setup.orientation, int(setup.paperSize), setup.fitToWidth or 1, setup.fitToHeight,
                 sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.print_options.horizontalCentered),
        "margins": (margins.left, margins.right, margins.top, margins.bottom),
        "repeat_freeze": (sheet.print_title_rows, sheet.freeze_panes),
        "footer": sheet.oddFooter.center.text,
        "widths": [sheet.column_dimensions[c.column_letter].width for c in headings],
        "titles": [(c.value, c.font.name, c.font.sz, bool(c.font.b), bool(c.font.i))
                   for c in sheet["A"][: heading_row - 1]],
        "headings": [(c.value, c.font.name, c.font.sz, bool(c.font.b), c.border.left.style,
                      c.alignment.horizontal, c.alignment.vertical, c.alignment.wrap_text,
                      (c.fill.fgColor.rgb or "")[-6:] if c.fill.fill_type else None) for c in headings],
    }


@pytest.mark.parametrize("name", LAYOUTS)
def test_both_libraries_lay_a_sheet_out_alike(name: str, tmp_path: Path) -> None:
    layout = LAYOUTS[name]
    fast = tmp_path / "xlsxwriter.xlsx"
    book = xlsxwriter.Workbook(str(fast))
    sheet_xlsxwriter.add_sheet(book, sheet_xlsxwriter.Formats(book), layout)
    book.close()
    styled = tmp_path / "openpyxl.xlsx"
    other = openpyxl.Workbook()
    other.remove(other.active)
    sheet_openpyxl.add_sheet(other, layout)
    other.save(styled)

    fast_back, styled_back = _read_back(fast), _read_back(styled)
    # XlsxWriter stores a width with Excel's cell padding (6 → 6.71), openpyxl as given; and each
    # library has its own default margins, kept where the layout names none.
    for back in (fast_back, styled_back):
        assert back.pop("widths") == pytest.approx([column.width for column in layout.columns], abs=1)
    if layout.print.margins is None:
        fast_back.pop("margins"), styled_back.pop("margins")
    else:
        assert styled_back["margins"] == layout.print.margins
    assert fast_back == styled_back
    # And what the layout says is what a clerk gets when printing.
    assert styled_back["page"][:2] == ("landscape" if layout.print.landscape else "portrait", 9)
    last_heading = layout.first_data_row - 1
    assert styled_back["repeat_freeze"] == (
        f"${layout.heading_row}:${last_heading}", f"A{layout.first_data_row}"
    )
    assert [title[0] for title in styled_back["titles"]] == [line.text for line in layout.titles]
