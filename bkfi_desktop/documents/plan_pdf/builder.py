"""Lay out the detailed plan: the report's page template, header blocks and signing block, with the plan's body."""

from __future__ import annotations

import io
from dataclasses import dataclass

from bkfi_desktop.core.detailed_plan import DetailedPlanContent
from bkfi_desktop.documents.plan_pdf.body import plan_body
from bkfi_desktop.documents.report_pdf.builder import make_doc_template
from bkfi_desktop.documents.report_pdf.header import header_flowables
from bkfi_desktop.documents.report_pdf.signing_block import SignatureBox, closing_flowables
from bkfi_desktop.documents.report_pdf.styles import make_styles

KIND_TITLE = "KẾ HOẠCH"


@dataclass(frozen=True)
class RenderedPlan:
    pdf: bytes
    page_count: int
    signature: SignatureBox


def render_detailed_plan(content: DetailedPlanContent) -> RenderedPlan:
    """The plan as PDF bytes (fonts subset and embedded) and where its signature field goes."""
    styles = make_styles()
    output = io.BytesIO()
    document = content.document
    doc = make_doc_template(
        output,
        title=f"Kế hoạch số {document.number_text.strip()} - {document.subject}",
        author=content.unit.unit_name,
        subject=document.subject,
    )
    signature = SignatureBox()
    story = header_flowables(content.unit, document, styles, KIND_TITLE)
    body = plan_body(content, styles)
    story += body[:-1]
    story += closing_flowables(content.unit, styles, signature, lead_in=body[-1])
    doc.build(story)
    return RenderedPlan(pdf=output.getvalue(), page_count=doc.page, signature=signature)
