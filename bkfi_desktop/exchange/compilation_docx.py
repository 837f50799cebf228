"""The consolidated report as an editable Word file, laid out as the PDF (Nghị định 30, Phụ lục I).

The office edits the narrative here when it wants to rewrite more than the GUI's sections; the
figures and tables are the same ones the PDF prints (same ReportContent, same sentences).
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from bkfi_desktop.core.reports.content import ReportContent
from bkfi_desktop.core.reports.document_info import DocumentInfo, format_date_line
from bkfi_desktop.core.reports.narrative import paragraphs
from bkfi_desktop.core.reports.vn_format import format_number_vi as number_vi
from bkfi_desktop.documents.report_pdf.body import introduction
from bkfi_desktop.documents.report_pdf.header import DOCUMENT_KIND_TITLE, MOTTO, NATIONAL_TITLE
from bkfi_desktop.documents.report_pdf.signing_block import recipient_lines, signer_lines

FONT = "Times New Roman"
ROMAN = ("I", "II", "III", "IV")


def _text(paragraph, text: str, *, size: float = 14, bold: bool = False, italic: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.name, run.font.size, run.bold, run.italic = FONT, Pt(size), bold, italic


def _centred(cell_or_doc, text: str, **style: object) -> None:
    paragraph = cell_or_doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    _text(paragraph, text, **style)  # type: ignore[arg-type]


def _body(doc, text: str, *, bold: bool = False) -> None:
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = Cm(1.27)
    paragraph.paragraph_format.space_after = Pt(6)
    _text(paragraph, text, bold=bold)


def _table(doc, head: tuple[str, ...], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, title in zip(table.rows[0].cells, head, strict=True):
        cell.text = ""
        _text(cell.paragraphs[0], title, size=12, bold=True)
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            _text(cell.paragraphs[0], value, size=12)


def _header(doc, content: ReportContent, document: DocumentInfo) -> None:
    unit = content.unit
    table = doc.add_table(rows=2, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    if unit.parent_agency:
        _centred(left, unit.parent_agency.upper(), size=13)
    _centred(left, unit.unit_name.upper(), size=13, bold=True)
    _centred(right, NATIONAL_TITLE, size=13, bold=True)
    _centred(right, MOTTO, size=14, bold=True)
    number, place = table.rows[1].cells
    _centred(number, document.number_line, size=13)
    _centred(place, format_date_line(unit.place_name, document.issued_on), size=14, italic=True)
    _centred(doc, DOCUMENT_KIND_TITLE, size=14, bold=True)
    _centred(doc, document.subject, size=14, bold=True)


def _sections(doc, content: ReportContent, narrative: dict[str, str]) -> None:
    def heading(index: int, title: str) -> None:
        paragraph = doc.add_paragraph()
        _text(paragraph, f"{ROMAN[index]}. {title.upper()}", bold=True)

    def narrative_of(key: str) -> None:
        for line in paragraphs(narrative.get(key, "")):
            _body(doc, line)

    heading(0, "Kết quả đạt được")
    narrative_of("results")
    _body(doc, f"Kết quả hoạt động {content.topic}", bold=True)
    rows = [[str(n), t.label, number_vi(t.entries), number_vi(t.quantity)] for n, t in enumerate(content.activity_totals, 1)]
    rows.append(["", "Tổng cộng", number_vi(content.activity_entries), number_vi(content.activity_quantity)])
    _table(doc, ("TT", "Loại hoạt động", "Số lần ghi nhận", "Số lượng"), rows)
    summary = content.training_summary
    _body(doc, "Công tác tập huấn, bồi dưỡng", bold=True)
    _body(
        doc,
        f"Tổng số {number_vi(summary.count)} lớp (tổ chức {number_vi(summary.organised)}, cử cán bộ tham gia "
        f"{number_vi(summary.attended)}) với {number_vi(summary.participants)} lượt người, "
        f"{number_vi(summary.hours)} giờ; khóa học ngoại ngữ: {number_vi(summary.foreign_language_courses)}.",
    )
    _body(doc, "Kết quả thực hiện các nhiệm vụ (theo từng đơn vị)", bold=True)
    _table(
        doc, ("TT", "Nhiệm vụ — đơn vị", "Tình trạng", "Tiến độ", "Kết quả"),
        [[str(n), t.content, t.status_label, f"{t.progress}%", t.result] for n, t in enumerate(content.tasks, 1)],
    )
    heading(1, "Tồn tại, hạn chế và nguyên nhân")
    narrative_of("limitations")
    narrative_of("causes")
    heading(2, "Phương hướng, nhiệm vụ kỳ tới")
    narrative_of("directions")
    heading(3, "Đề xuất, kiến nghị")
    narrative_of("proposals")
    _body(
        doc,
        f"Trên đây là báo cáo kết quả thực hiện công tác {content.topic} {content.period.label_vi} "
        f"của {content.unit.unit_name}./.",
    )


def _closing(doc, content: ReportContent) -> None:
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    _text(left.paragraphs[0], "Nơi nhận:", size=12, bold=True, italic=True)
    for line in recipient_lines(content.unit):
        _text(left.add_paragraph(), line, size=11)
    right.paragraphs[0].text = ""
    for line in signer_lines(content.unit):
        _centred(right, line, bold=True)
    for _ in range(3):
        right.add_paragraph()
    _centred(right, content.unit.signer_name, bold=True)


def consolidated_docx(content: ReportContent, document: DocumentInfo, narrative: dict[str, str]) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    doc.styles["Normal"].font.name = FONT
    doc.styles["Normal"].font.size = Pt(14)
    _header(doc, content, document)
    _body(doc, introduction(content))
    _body(doc, f"Thời gian chốt số liệu báo cáo: {content.period.window_vi}.")
    _sections(doc, content, narrative)
    _closing(doc, content)
    output = io.BytesIO()
    doc.save(output)
    return output.getvalue()
