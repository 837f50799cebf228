"""Print-ready lists (tasks, staff, trainings): A4, the header row on every page, "Trang x/y" on every page."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from bkfi_desktop import __version__
from bkfi_desktop.core.printouts import Cell, Column, Listing
from bkfi_desktop.documents.report_pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from bkfi_desktop.documents.report_pdf.text import clip, date_vi, escape, number_vi

FONT_SIZE = 10
MARGINS = (15 * mm, 15 * mm, 20 * mm, 15 * mm)  # top, bottom, left (binding side), right


def format_cell(value: Cell, column: Column) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return date_vi(value)
    if column.kind == "percent" and isinstance(value, int | float):
        return f"{number_vi(value)}%"
    if isinstance(value, int | float):
        return number_vi(value)
    return str(value)


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, so each can say "Trang 2/5"."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 9)
            width = self._pagesize[0]
            self.drawCentredString(width / 2, 8 * mm, f"Trang {self._pageNumber}/{total}")
            super().showPage()
        super().save()


def render_listing(listing: Listing) -> bytes:
    register_fonts()
    page = landscape(A4) if listing.landscape else A4
    top, bottom, left, right = MARGINS
    output = io.BytesIO()
    doc = SimpleDocTemplate(
        output, pagesize=page, topMargin=top, bottomMargin=bottom, leftMargin=left, rightMargin=right,
        title=listing.title.capitalize(), author=listing.unit_name, creator=f"BKFI Desktop {__version__}",
        initialFontName=REGULAR, initialFontSize=FONT_SIZE, lang="vi-VN",
    )
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=FONT_SIZE, leading=FONT_SIZE * 1.2)
    number = ParagraphStyle("number", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, alignment=TA_CENTER)
    unit = ParagraphStyle("unit", fontName=BOLD, fontSize=11, leading=13)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER, spaceBefore=6)
    subtitle = ParagraphStyle("subtitle", fontName=ITALIC, fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=8)

    frame_width = page[0] - left - right
    scale = frame_width / sum(column.width for column in listing.columns)
    widths = [column.width * scale for column in listing.columns]
    data = [[Paragraph(escape(column.title), head) for column in listing.columns]]
    for row in listing.rows:
        data.append(
            [
                Paragraph(escape(clip(format_cell(value, column))), cell if column.kind == "text" else number)
                for value, column in zip(row, listing.columns, strict=True)
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e8eef5"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story = []
    if listing.parent_agency:
        story.append(Paragraph(escape(listing.parent_agency.upper()), ParagraphStyle("parent", parent=unit, fontName=REGULAR)))
    story += [
        Paragraph(escape(listing.unit_name.upper()), unit),
        Paragraph(escape(listing.title), title),
        Paragraph(escape(f"{listing.subtitle} (lập ngày {date_vi(listing.made_on)}; {len(listing.rows)} dòng)"), subtitle),
    ]
    story.append(table if listing.rows else Paragraph("Chưa có dữ liệu.", cell))
    doc.build(story, canvasmaker=_NumberedCanvas)
    return output.getvalue()
