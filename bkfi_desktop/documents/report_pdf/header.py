"""The top of page 1: issuing unit and Quốc hiệu side by side, Số and the date line, then the document kind
(BÁO CÁO, KẾ HOẠCH) and its subject."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from bkfi_desktop.core.reports.content import UnitInfo
from bkfi_desktop.core.reports.document_info import DocumentInfo, format_date_line
from bkfi_desktop.documents.report_pdf.fonts import REGULAR
from bkfi_desktop.documents.report_pdf.styles import FRAME_WIDTH, HEADER_LEFT_WIDTH, Styles
from bkfi_desktop.documents.report_pdf.text import escape

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOCUMENT_KIND_TITLE = "BÁO CÁO"
RULE_THICKNESS = 0.6


def _rule(width: float, space_before: float = 4, space_after: float = 2) -> HRFlowable:
    return HRFlowable(
        width=width,
        thickness=RULE_THICKNESS,
        color="black",
        hAlign="CENTER",
        spaceBefore=space_before,
        spaceAfter=space_after,
    )


def _text_width(text: str, style: object) -> float:
    return stringWidth(text, style.fontName, style.fontSize)  # type: ignore[attr-defined]


def header_flowables(
    unit: UnitInfo, document: DocumentInfo, styles: Styles, kind_title: str = DOCUMENT_KIND_TITLE
) -> list[Flowable]:
    """The same blocks for every kind of document; only the title ("BÁO CÁO", "KẾ HOẠCH") differs."""
    right_width = FRAME_WIDTH - HEADER_LEFT_WIDTH
    unit_name = unit.unit_name.upper()
    unit_rule = min(_text_width(unit_name, styles.issuing_unit), HEADER_LEFT_WIDTH - 8) * 0.45
    left: list[Flowable] = []
    if unit.parent_agency:
        left.append(Paragraph(escape(unit.parent_agency.upper()), styles.parent_agency))
    left += [Paragraph(escape(unit_name), styles.issuing_unit), _rule(max(unit_rule, 30))]
    right: list[Flowable] = [
        Paragraph(NATIONAL_TITLE, styles.national_title),
        Paragraph(MOTTO, styles.motto),
        _rule(_text_width(MOTTO, styles.motto)),
    ]
    date_line = format_date_line(unit.place_name, document.issued_on)
    table = Table(
        [
            [left, right],
            [Paragraph(escape(document.number_line), styles.number), Paragraph(escape(date_line), styles.date_line)],
        ],
        colWidths=[HEADER_LEFT_WIDTH, right_width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    subject_width = min(_text_width(document.subject, styles.subject), FRAME_WIDTH * 0.8)
    return [
        table,
        Paragraph(escape(kind_title), styles.doc_kind),
        Paragraph(escape(document.subject), styles.subject),
        _rule(max(subject_width * 0.3, 40), space_before=5, space_after=12),
    ]
