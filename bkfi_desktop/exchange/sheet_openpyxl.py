"""A `SheetLayout` applied with openpyxl: the compiling office's workbook, printable lists, the template."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from bkfi_desktop.exchange.sheet_layout import A4, FONT_NAME, SheetLayout, Text

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def font(size: float = 12, *, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic)


def add_sheet(book: Workbook, layout: SheetLayout) -> Worksheet:
    """A new sheet with the layout's widths, title lines, headings and print setup; rows are the caller's."""
    sheet = book.create_sheet(layout.name)
    lay_out(sheet, layout)
    return sheet


def lay_out(sheet: Worksheet, layout: SheetLayout) -> None:
    """Apply the layout to an existing sheet (a new workbook's first one)."""
    set_widths(sheet, layout)
    write_titles(sheet, layout.titles)
    write_headings(sheet, layout)
    set_print(sheet, layout)


def set_widths(sheet: Worksheet, layout: SheetLayout) -> None:
    for index, column in enumerate(layout.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width


def write_titles(sheet: Worksheet, titles: Sequence[Text]) -> None:
    for row, line in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=1, value=line.text)
        cell.data_type = "s"  # never a formula
        cell.font = font(line.size, bold=line.bold, italic=line.italic)


def write_headings(sheet: Worksheet, layout: SheetLayout) -> None:
    style = layout.headings
    head_font = font(style.size, bold=True)
    align = Alignment(wrap_text=True, horizontal="center", vertical=style.vertical)
    fill = PatternFill("solid", fgColor=style.fill) if style.fill else None
    for index, column in enumerate(layout.columns, start=1):
        cell = sheet.cell(row=layout.heading_row, column=index, value=column.heading)
        cell.data_type = "s"
        cell.font, cell.alignment, cell.border = head_font, align, BORDER
        if fill is not None:
            cell.fill = fill


def set_print(sheet: Worksheet, layout: SheetLayout) -> None:
    """A4, one page wide, centred, the heading rows repeated on every page and frozen on screen."""
    first, last = layout.heading_row, layout.first_data_row - 1
    sheet.freeze_panes = f"A{layout.first_data_row}"
    sheet.print_title_rows = f"{first}:{last}"
    sheet.page_setup.orientation = "landscape" if layout.print.landscape else "portrait"
    sheet.page_setup.paperSize = A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    if layout.print.margins is not None:
        margins = sheet.page_margins
        margins.left, margins.right, margins.top, margins.bottom = layout.print.margins
    if layout.print.footer:
        sheet.oddFooter.center.text = layout.print.footer
        sheet.oddFooter.center.font = FONT_NAME
