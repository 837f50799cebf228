"""Print-ready lists as Excel: A4, fit to the page width, header row repeated, "Trang &P/&N" in the footer.

Text a clerk typed that starts with = + - @ is stored as text, never as a formula.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment

from bkfi_desktop.core.printouts import Listing
from bkfi_desktop.exchange.sheet_layout import Column, Headings, Print, SheetLayout, Text
from bkfi_desktop.exchange.sheet_openpyxl import BORDER, font, lay_out

_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")
_MARGINS = (0.8, 0.6, 0.6, 0.6)  # left, right, top, bottom (inches): room to bind on the left


def _layout(listing: Listing) -> SheetLayout:
    made_on = listing.made_on.strftime("%d/%m/%Y")
    return SheetLayout(
        listing.title.title()[:31],
        [Column(column.title, max(6.0, column.width * 0.55)) for column in listing.columns],
        titles=(
            Text(listing.parent_agency.upper(), 11),
            Text(listing.unit_name.upper(), 11, bold=True),
            Text(listing.title, 14, bold=True),
            Text(f"{listing.subtitle} (lập ngày {made_on})", 11, italic=True),
        ),
        headings=Headings(size=11, vertical="top", fill="E8EEF5"),
        print=Print(landscape=listing.landscape, margins=_MARGINS, footer="Trang &P/&N"),
    )


def render_listing_xlsx(listing: Listing) -> bytes:
    book = Workbook()
    sheet = book.active
    layout = _layout(listing)
    sheet.title = layout.name
    lay_out(sheet, layout)
    header_row = layout.heading_row
    body_font = font(11)
    for offset, values in enumerate(listing.rows, start=1):
        for index, (value, column) in enumerate(zip(values, listing.columns, strict=True), start=1):
            cell = sheet.cell(row=header_row + offset, column=index)
            if isinstance(value, str):
                cell.value = value
                cell.data_type = "s"  # never a formula, whatever the text starts with
            else:
                cell.value = value
            if isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
            elif column.kind == "percent" and isinstance(value, int | float):
                cell.value = value / 100
                cell.number_format = "0%"
            cell.font, cell.border = body_font, BORDER
            cell.alignment = _WRAP if column.kind == "text" else _CENTRE
    book.properties.creator = "BKFI Desktop"
    book.properties.title = listing.title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
