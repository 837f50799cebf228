"""Lay out the whole report with ReportLab Platypus: A4, Nghị định 30 margins, page numbers from page 2."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from bkfi_desktop import __version__
from bkfi_desktop.core.reports.content import ReportContent
from bkfi_desktop.core.reports.document_info import DocumentInfo
from bkfi_desktop.documents.report_pdf.body import body_flowables
from bkfi_desktop.documents.report_pdf.fonts import REGULAR
from bkfi_desktop.documents.report_pdf.header import header_flowables
from bkfi_desktop.documents.report_pdf.signing_block import SignatureBox, closing_flowables
from bkfi_desktop.documents.report_pdf.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_NUMBER_SIZE,
    PAGE_SIZE,
    make_styles,
)


@dataclass(frozen=True)
class RenderedReport:
    pdf: bytes
    page_count: int
    signature: SignatureBox  # where the empty signature field goes


def _draw_page_number(canvas: object, doc: BaseDocTemplate) -> None:
    """Page numbers centred in the top margin, from page 2 on (none on page 1)."""
    page = canvas.getPageNumber()  # type: ignore[attr-defined]
    if page < 2:
        return
    canvas.saveState()  # type: ignore[attr-defined]
    canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)  # type: ignore[attr-defined]
    y = PAGE_SIZE[1] - MARGIN_TOP / 2 - PAGE_NUMBER_SIZE / 3
    canvas.drawCentredString(MARGIN_LEFT + FRAME_WIDTH / 2, y, str(page))  # type: ignore[attr-defined]
    canvas.restoreState()  # type: ignore[attr-defined]


def make_doc_template(output: io.BytesIO, *, title: str, author: str, subject: str = "") -> BaseDocTemplate:
    doc = BaseDocTemplate(
        output,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=f"BKFI Desktop {__version__}",
        lang="vi-VN",
        invariant=False,
        # The canvas starts in our own font, so no unembedded base-14 font (Helvetica) is referenced.
        initialFontName=REGULAR,
        initialFontSize=14,
    )
    frame = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM, doc.width, doc.height, leftPadding=0, rightPadding=0, topPadding=0,
        bottomPadding=0, id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_draw_page_number)])
    return doc


def render_report(
    content: ReportContent,
    document: DocumentInfo,
    narrative: dict[str, str],
    *,
    on_page: Callable[[int], None] | None = None,
) -> RenderedReport:
    """The report as PDF bytes (fonts subset and embedded), plus where its signature field goes."""
    styles = make_styles()
    output = io.BytesIO()
    title = f"Báo cáo số {document.number_text} - {document.subject}"
    doc = make_doc_template(output, title=title, author=content.unit.unit_name, subject=document.subject)
    if on_page is not None:
        doc.setProgressCallBack(lambda kind, value: on_page(value) if kind == "PAGE" else None)
    signature = SignatureBox()
    story = header_flowables(content.unit, document, styles)
    body = body_flowables(content, narrative, styles)
    # The closing sentence stays on the page of the signing block: a signature never stands alone.
    story += body[:-1]
    story += closing_flowables(content.unit, styles, signature, lead_in=body[-1])
    doc.build(story)
    return RenderedReport(pdf=output.getvalue(), page_count=doc.page, signature=signature)
