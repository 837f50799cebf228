"""A `SheetLayout` applied with XlsxWriter (the report appendix, written fast row by row).

XlsxWriter refers to formats by index: `Formats` makes each one once per workbook and hands out the
same object for the same look, so 150,000 bordered cells share a handful of formats.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from bkfi_desktop.exchange.sheet_layout import A4, DATE_FORMAT, FONT_NAME, SheetLayout, Text

_CELL = {"font_name": FONT_NAME, "font_size": 12, "border": 1, "text_wrap": True, "valign": "top"}
_VERTICAL = {"center": "vcenter", "top": "top"}


class Formats:
    """The cell formats of one workbook: body text, quoted text (starts like a formula), dates; and
    the title lines' and headings' formats, made on first use."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.text = book.add_format(_CELL)
        self.quoted = book.add_format({**_CELL, "quote_prefix": True})
        self.date = book.add_format({**_CELL, "num_format": DATE_FORMAT})
        self._made: dict[tuple[Any, ...], Format] = {}

    def _format(self, key: tuple[Any, ...], properties: dict[str, Any]) -> Format:
        if key not in self._made:
            self._made[key] = self.book.add_format(properties)
        return self._made[key]

    def line(self, line: Text) -> Format:
        return self._format(
            ("line", line.size, line.bold, line.italic),
            {"font_name": FONT_NAME, "font_size": line.size, "bold": line.bold, "italic": line.italic},
        )

    def heading(self, layout: SheetLayout) -> Format:
        style = layout.headings
        properties: dict[str, Any] = {
            "font_name": FONT_NAME, "font_size": style.size, "bold": True, "border": 1, "text_wrap": True,
            "align": "center", "valign": _VERTICAL[style.vertical],
        }
        if style.fill:
            properties["bg_color"] = f"#{style.fill}"
        return self._format(("heading", style), properties)


def add_sheet(book: Workbook, formats: Formats, layout: SheetLayout) -> Worksheet:
    """A new sheet with the layout's widths, title lines, headings and print setup; rows are the caller's."""
    sheet = book.add_worksheet(layout.name)
    for index, column in enumerate(layout.columns):
        sheet.set_column(index, index, column.width)
    for row, line in enumerate(layout.titles):
        sheet.write_string(row, 0, line.text, formats.line(line))
    heading = formats.heading(layout)
    for index, column in enumerate(layout.columns):
        sheet.write_string(layout.heading_row - 1, index, column.heading, heading)
    _set_print(sheet, layout)
    return sheet


def _set_print(sheet: Worksheet, layout: SheetLayout) -> None:
    """A4, one page wide, centred, the heading rows repeated on every page and frozen on screen."""
    sheet.freeze_panes(layout.first_data_row - 1, 0)  # XlsxWriter counts rows from 0
    sheet.repeat_rows(layout.heading_row - 1, layout.first_data_row - 2)
    if layout.print.landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.set_paper(A4)
    sheet.fit_to_pages(1, 0)
    sheet.center_horizontally()
    if layout.print.margins is not None:
        left, right, top, bottom = layout.print.margins
        sheet.set_margins(left=left, right=right, top=top, bottom=bottom)
    if layout.print.footer:
        sheet.set_footer(f"&C&\"{FONT_NAME}\"{layout.print.footer}")
