"""Text PDFs as the document system sends plans: made with ReportLab from paragraphs (first-line
indent, justified, page numbers at the top from page 2 as Nghị định 30 lays them out), with the
signing block as a two-column table, and task tables continued over page breaks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from bkfi_desktop.documents.report_pdf.fonts import register_fonts
from tests.exchange.builders import seed_path


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=13, leading=16, firstLineIndent=10 * mm,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    centred = ParagraphStyle("centred", parent=body, firstLineIndent=0, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName=font, fontSize=11, leading=13)
    return body, centred, cell


def _page_number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    canvas.saveState()
    canvas.setFont(register_fonts(), 13)
    canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, str(doc.page))
    canvas.restoreState()


def _document(path: Path) -> SimpleDocTemplate:
    return SimpleDocTemplate(str(path), pagesize=A4, leftMargin=30 * mm, rightMargin=20 * mm,
                             topMargin=20 * mm, bottomMargin=20 * mm)


def pdf_from_paragraphs(path: Path, paragraphs: Sequence[str], tail: Sequence[str] = ()) -> Path:
    """Body paragraphs; lines in `tail` ("Nơi nhận…" left, the signer right) as a two-column table."""
    body, centred, cell = _styles()
    story: list = []
    for text in paragraphs:
        letters = [ch for ch in text if ch.isalpha()]
        caps = bool(letters) and all(ch.isupper() for ch in letters) and len(text) < 60
        story.append(Paragraph(escape(text), centred if caps else body))
    if tail:
        left = [escape(line) for line in tail if line.startswith(("-", "Nơi nhận", "Gửi"))]
        right = [escape(line) for line in tail if not line.startswith(("-", "Nơi nhận", "Gửi"))]
        story.append(Spacer(1, 6 * mm))
        story.append(Table([[Paragraph("<br/>".join(left), cell), Paragraph("<br/>".join(right), cell)]],
                           colWidths=[80 * mm, 80 * mm]))
    _document(path).build(story, onLaterPages=_page_number)
    return path


def seed_pdf(path: Path) -> Path:
    lines = [line.strip().replace("*", "") for line in seed_path().read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    tail = lines.index("Nơi nhận:")
    return pdf_from_paragraphs(path, lines[:tail], lines[tail:])


def table_pdf(path: Path, title: Sequence[str], rows: Sequence[Sequence[str]], *, widths: Sequence[float],
              spans: Sequence[int] = ()) -> Path:
    """A task table long enough to run over pages, its header row repeated on each page; rows whose
    index is in `spans` are merged across the whole table (group rows)."""
    _body, centred, cell = _styles()
    story: list = [Paragraph(escape(text), centred) for text in title]
    data = [[Paragraph(escape(value), cell) for value in row] for row in rows]
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("SPAN", (0, index), (-1, index)) for index in spans]
    story.append(Table(data, colWidths=[w * mm for w in widths], repeatRows=1, style=TableStyle(style)))
    _document(path).build(story, onLaterPages=_page_number)
    return path


def commune_plan_pdf(path: Path, body: Sequence[str]) -> Path:
    """A commune's plan with the usual two-column heading (agency | motto, number | place and date),
    the agency's name wrapped in its narrow column."""
    body_style, centred, _cell = _styles()
    heading = Table([
        [Paragraph("UBND HUYỆN NA RÌ<br/><b>ỦY BAN NHÂN DÂN XÃ NA RÌ</b>", centred),
         Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b>", centred)],
        [Paragraph("Số: 45/KH-UBND", centred), Paragraph("<i>Na Rì, ngày 10 tháng 3 năm 2025</i>", centred)],
    ], colWidths=[160, 300])
    story: list = [heading]
    for text in body:
        letters = [ch for ch in text if ch.isalpha()]
        caps = bool(letters) and all(ch.isupper() for ch in letters) and len(text) < 60
        story.append(Paragraph(escape(text), centred if caps else body_style))
    _document(path).build(story, onLaterPages=_page_number)
    return path
