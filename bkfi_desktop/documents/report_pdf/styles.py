"""Paragraph styles and page geometry of a Nghị định 30/2020 document (Phụ lục I)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm

from bkfi_desktop.documents.report_pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

PAGE_SIZE = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
BODY_SIZE = 14
PAGE_NUMBER_SIZE = 13
FIRST_LINE_INDENT = 1.27 * cm
PARAGRAPH_SPACE = 6  # points between paragraphs, the least Nghị định 30 allows
HEADER_LEFT_WIDTH = 68 * mm  # parent agency / issuing unit / Số
TABLE_SIZE = 12


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    heading: ParagraphStyle  # "I. KẾT QUẢ ĐẠT ĐƯỢC"
    subheading: ParagraphStyle  # "1. Kết quả thực hiện nhiệm vụ"
    parent_agency: ParagraphStyle
    issuing_unit: ParagraphStyle
    number: ParagraphStyle
    national_title: ParagraphStyle  # Quốc hiệu
    motto: ParagraphStyle  # Tiêu ngữ
    date_line: ParagraphStyle
    doc_kind: ParagraphStyle  # BÁO CÁO
    subject: ParagraphStyle  # trích yếu
    table_head: ParagraphStyle
    table_cell: ParagraphStyle
    table_number: ParagraphStyle
    signer_caps: ParagraphStyle
    signer_name: ParagraphStyle
    recipients_title: ParagraphStyle
    recipient: ParagraphStyle
    note: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.2,
        alignment=TA_JUSTIFY,
        firstLineIndent=FIRST_LINE_INDENT,
        spaceBefore=0,
        spaceAfter=PARAGRAPH_SPACE,
    )

    def centred(name: str, font: str, size: float, **extra: float) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.15, alignment=TA_CENTER, **extra)

    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.15, alignment=TA_LEFT)
    return Styles(
        body=body,
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, keepWithNext=1),
        subheading=ParagraphStyle("subheading", parent=body, fontName=BOLD, keepWithNext=1),
        parent_agency=centred("parent_agency", REGULAR, 13),
        issuing_unit=centred("issuing_unit", BOLD, 13),
        number=centred("number", REGULAR, 13, spaceBefore=4),
        national_title=centred("national_title", BOLD, 12),
        motto=centred("motto", BOLD, 13),
        date_line=centred("date_line", ITALIC, 14, spaceBefore=6),
        doc_kind=centred("doc_kind", BOLD, 14, spaceBefore=18),
        subject=centred("subject", BOLD, 14),
        table_head=ParagraphStyle("table_head", parent=cell, fontName=BOLD, alignment=TA_CENTER),
        table_cell=cell,
        table_number=ParagraphStyle("table_number", parent=cell, alignment=TA_CENTER),
        signer_caps=centred("signer_caps", BOLD, 14),
        signer_name=centred("signer_name", BOLD, 14),
        recipients_title=ParagraphStyle("recipients_title", fontName=BOLD_ITALIC, fontSize=12, leading=13.8),
        recipient=ParagraphStyle("recipient", fontName=REGULAR, fontSize=11, leading=12.6),
        note=ParagraphStyle("note", parent=body, fontName=ITALIC, firstLineIndent=0),
    )
