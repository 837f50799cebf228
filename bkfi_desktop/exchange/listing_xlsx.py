"""Print-ready lists as Excel: A4, fit to the page width, header row repeated, "Trang &P/&N" in the footer.

Text a clerk typed that starts with = + - @ is stored as text, never as a formula.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from bkfi_desktop.core.printouts import Listing

HEADER_ROW = 5
FONT = "Times New Roman"
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")


def render_listing_xlsx(listing: Listing) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = listing.title.title()[:31]
    for index, column in enumerate(listing.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(6.0, column.width * 0.55)
    heading = (
        (listing.parent_agency.upper(), Font(name=FONT, size=11)),
        (listing.unit_name.upper(), Font(name=FONT, size=11, bold=True)),
        (listing.title, Font(name=FONT, size=14, bold=True)),
        (f"{listing.subtitle} (lập ngày {listing.made_on.strftime('%d/%m/%Y')})", Font(name=FONT, size=11, italic=True)),
    )
    for row, (text, font) in enumerate(heading, start=1):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.data_type, cell.font = "s", font
    head_font = Font(name=FONT, size=11, bold=True)
    for index, column in enumerate(listing.columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=column.title)
        cell.font, cell.alignment, cell.border = head_font, _CENTRE, _BORDER
        cell.fill = PatternFill("solid", fgColor="E8EEF5")
    body_font = Font(name=FONT, size=11)
    for offset, values in enumerate(listing.rows, start=1):
        for index, (value, column) in enumerate(zip(values, listing.columns, strict=True), start=1):
            cell = sheet.cell(row=HEADER_ROW + offset, column=index)
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
            cell.font, cell.border = body_font, _BORDER
            cell.alignment = _WRAP if column.kind == "text" else _CENTRE
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape" if listing.landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left, sheet.page_margins.right = 0.8, 0.6
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "Trang &P/&N"
    sheet.oddFooter.center.font = FONT
    book.properties.creator = "BKFI Desktop"
    book.properties.title = listing.title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
