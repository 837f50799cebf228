"""The detailed plan as an editable Word file (python-docx): offices finish their documents in Word.

Same content and order as the PDF, laid out to Nghị định 30: A4, margins 20/20/30/15 mm, Times New Roman
14 pt, page numbers centred at the top from page 2, the task table's header row repeated on every page.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from bkfi_desktop.core.detailed_plan import DetailedPlanContent
from bkfi_desktop.core.reports.document_info import format_date_line
from bkfi_desktop.core.reports.narrative import paragraphs
from bkfi_desktop.documents.plan_pdf.body import (
    OWN_ITEMS_GROUP,
    TASK_HEAD,
    TASK_WIDTHS_MM,
    content_lines,
    grouped_rows,
)
from bkfi_desktop.documents.plan_pdf.builder import KIND_TITLE
from bkfi_desktop.documents.report_pdf.header import MOTTO, NATIONAL_TITLE
from bkfi_desktop.documents.report_pdf.signing_block import recipient_lines, signer_lines
from bkfi_desktop.documents.report_pdf.text import number_vi

FONT = "Times New Roman"
FRAME_MM = 210 - 30 - 15
BUDGET_WIDTHS_MM = (12.0, 113.0, 40.0)


def _setup(document: Document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(8)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    # No number on page 1; from page 2 a PAGE field centred in the top margin.
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(header, "PAGE", size=13)


def _field(paragraph: Paragraph, code: str, size: float) -> None:
    run = paragraph.add_run()
    run.font.size = Pt(size)
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == code:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {code} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _para(
    container: Document | _Cell, text: str = "", *, size: float = 14, bold: bool = False, italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = False, after: float = 0,
) -> Paragraph:
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(after)
    if indent:
        paragraph.paragraph_format.first_line_indent = Cm(1.27)
    if text:
        run = paragraph.add_run(text)
        run.font.size, run.bold, run.italic = Pt(size), bold, italic
    return paragraph


def _rule(paragraph: Paragraph, width_mm: float, column_mm: float) -> None:
    """A short centred rule: a bottom border on a paragraph indented to the rule's width."""
    side = max(0.0, (column_mm - width_mm) / 2)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    paragraph.paragraph_format.space_after = Pt(2)
    for run in paragraph.runs:
        run.font.size = Pt(2)


def _no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _header(document: Document, content: DetailedPlanContent) -> None:
    left_mm, right_mm = 68.0, FRAME_MM - 68.0
    table = document.add_table(rows=2, cols=2)
    _no_borders(table)
    table.columns[0].width, table.columns[1].width = Mm(left_mm), Mm(right_mm)
    unit, doc = content.unit, content.document
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.width, right.width = Mm(left_mm), Mm(right_mm)
    left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    left.paragraphs[0].add_run(unit.parent_agency.upper()).font.size = Pt(13)
    _para(left, unit.unit_name.upper(), size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _rule(_para(left, align=WD_ALIGN_PARAGRAPH.CENTER), 25, left_mm)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    national = right.paragraphs[0].add_run(NATIONAL_TITLE)
    national.font.size, national.bold = Pt(12), True
    _para(right, MOTTO, size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _rule(_para(right, align=WD_ALIGN_PARAGRAPH.CENTER), 58, right_mm)
    number, date = table.cell(1, 0).paragraphs[0], table.cell(1, 1).paragraphs[0]
    number.alignment = date.alignment = WD_ALIGN_PARAGRAPH.CENTER
    number.add_run(doc.number_line).font.size = Pt(13)
    run = date.add_run(format_date_line(unit.place_name, doc.issued_on))
    run.italic, run.font.size = True, Pt(14)
    _para(document, KIND_TITLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER).paragraph_format.space_before = Pt(18)
    _para(document, doc.subject, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _rule(_para(document, align=WD_ALIGN_PARAGRAPH.CENTER, after=12), 40, FRAME_MM)
    fix_widths(table, (left_mm, right_mm))


def _repeat_header_row(table: Table) -> None:
    row_pr = table.rows[0]._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    row_pr.append(element)


def _grid(document: Document, head: tuple[str, ...], widths_mm: tuple[float, ...]) -> Table:
    table = document.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for index, text in enumerate(head):
        _cell_text(table.rows[0].cells[index], text, bold=True, centre=True)
    _repeat_header_row(table)
    return table


def fix_widths(table: Table, widths_mm: tuple[float, ...]) -> None:
    """Word reads the grid, LibreOffice the cells: set both, or the columns come out equal."""
    scale = FRAME_MM / sum(widths_mm)
    widths = [Mm(w * scale) for w in widths_mm]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        if len(row.cells) == len(widths) and len({id(c._tc) for c in row.cells}) == len(widths):
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width


def _cell_text(cell: _Cell, text: str, *, bold: bool = False, centre: bool = False, size: float = 11) -> None:
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for index, line in enumerate(lines):
        paragraph = first if index == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
        run = paragraph.add_run(line)
        run.bold, run.font.size = bold, Pt(size)


def _task_table(document: Document, content: DetailedPlanContent) -> None:
    table = _grid(document, TASK_HEAD, TASK_WIDTHS_MM)
    for title, rows in grouped_rows(content):
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        _cell_text(merged, title or OWN_ITEMS_GROUP, bold=True)
        for row in rows:
            values = (
                row.code or "–", row.task, "\n".join(content_lines(row)), row.lead, row.support, row.deadline,
                row.product,
            )
            cells = table.add_row().cells
            for index, value in enumerate(values):
                # A date must not break inside Word's cell margins: the deadline column is set a size smaller.
                _cell_text(cells[index], value, centre=index in (0, 5), size=10 if index == 5 else 11)
    fix_widths(table, TASK_WIDTHS_MM)


def _budget_table(document: Document, content: DetailedPlanContent) -> None:
    table = _grid(document, ("TT", "Nội dung", "Dự kiến kinh phí (đồng)"), BUDGET_WIDTHS_MM)
    for number, row in enumerate(content.budget_rows, start=1):
        cells = table.add_row().cells
        _cell_text(cells[0], str(number), centre=True)
        _cell_text(cells[1], (f"{row.code}. " if row.code else "") + row.task)
        _cell_text(cells[2], number_vi(row.budget), centre=True)
    cells = table.add_row().cells
    _cell_text(cells[1], "Tổng cộng", bold=True)
    _cell_text(cells[2], number_vi(content.budget_total), bold=True, centre=True)
    fix_widths(table, BUDGET_WIDTHS_MM)


def _closing(document: Document, content: DetailedPlanContent) -> None:
    _para(document, after=6)
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.width, right.width = Mm(FRAME_MM * 0.45), Mm(FRAME_MM * 0.55)
    title = left.paragraphs[0].add_run("Nơi nhận:")
    title.bold, title.italic, title.font.size = True, True, Pt(12)
    for line in recipient_lines(content.unit):
        _para(left, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    lines = signer_lines(content.unit)
    first = right.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if lines:
        first.add_run(lines[0]).bold = True
    for line in lines[1:]:
        _para(right, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(4):  # room for the signature and the seal
        _para(right, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(right, content.unit.signer_name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    fix_widths(table, (FRAME_MM * 0.45, FRAME_MM * 0.55))


def render_detailed_plan_docx(content: DetailedPlanContent) -> bytes:
    document = Document()
    _setup(document)
    # Word keeps at most 255 characters in a document property.
    document.core_properties.title = f"Kế hoạch - {content.document.subject}"[:255]
    document.core_properties.author = content.unit.unit_name[:255]
    document.core_properties.language = "vi-VN"
    _header(document, content)
    texts = content.texts

    def body(text: str) -> None:
        for line in paragraphs(text) or ["Không có."]:
            _para(document, line, indent=True, after=6)

    def heading(text: str) -> None:
        _para(document, text, bold=True, indent=True, after=6).paragraph_format.keep_with_next = True

    body(texts["intro"])
    heading("I. MỤC ĐÍCH, YÊU CẦU")
    heading("1. Mục đích")
    body(texts["purpose"])
    heading("2. Yêu cầu")
    body(texts["requirements"])
    heading("II. NHIỆM VỤ CỤ THỂ")
    if content.rows:
        body("Các nhiệm vụ, người chủ trì, đơn vị phối hợp, thời hạn và sản phẩm như sau:")
        _task_table(document, content)
    else:
        body("Đơn vị chưa được giao nhiệm vụ trong kế hoạch này.")
    heading("III. KINH PHÍ")
    body(texts["budget_note"])
    if content.budget_rows:
        _budget_table(document, content)
    heading("IV. TỔ CHỨC THỰC HIỆN")
    for number, (person, codes) in enumerate(content.duties, start=1):
        body(f"{number}. Đồng chí {person}: chủ trì thực hiện các nhiệm vụ {', '.join(codes)}.")
    body(texts["organisation"])
    body(f"Trên đây là Kế hoạch chi tiết triển khai thực hiện của {content.unit.unit_name}./.")
    _closing(document, content)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
