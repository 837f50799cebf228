"""The công văn đôn đốc: a Nghị định 30 official letter asking the units still missing to send their report.

Built from the report's parts (header, styles, signing block, signature field), with a công văn's own
marks: the symbol without "BC", the "V/v …" subject under the number, "Kính gửi:" with the units.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from bkfi_desktop.core.periods import Period, format_date_vi
from bkfi_desktop.core.reports.content import DEFAULT_TOPIC, UnitInfo
from bkfi_desktop.core.reports.document_info import DocumentInfo
from bkfi_desktop.documents.report_pdf.builder import make_doc_template
from bkfi_desktop.documents.report_pdf.header import header_flowables
from bkfi_desktop.documents.report_pdf.signature_field import add_signature_field
from bkfi_desktop.documents.report_pdf.signing_block import SignatureBox, closing_flowables
from bkfi_desktop.documents.report_pdf.styles import FRAME_WIDTH, HEADER_LEFT_WIDTH, make_styles
from bkfi_desktop.documents.report_pdf.text import escape


def reminder_number(prefix: str) -> str:
    """ "    /UBND-VP": a công văn's symbol has no kind; the records clerk writes the number at issue."""
    return f"    /{prefix.strip() or 'UBND'}"


def render_reminder(
    office: UnitInfo, period: Period, missing: list[str], due: dt.date, *, issued_on: dt.date, reply_by: dt.date,
    topic: str = DEFAULT_TOPIC,
) -> bytes:
    """The letter as PDF bytes with an empty signature field, ready to sign; `topic`: the plan's."""
    styles = make_styles()
    subject = f"V/v đôn đốc gửi báo cáo kết quả thực hiện công tác {topic} {period.label_vi}"
    document = DocumentInfo(uuid="", number=None, number_text=reminder_number(office.number_prefix),
                            issued_on=issued_on, subject=subject)
    output = io.BytesIO()
    doc = make_doc_template(output, title=subject, author=office.unit_name, subject=subject)
    story = header_flowables(office, document, styles)[:1]  # the header table: no "BÁO CÁO" title
    small = ParagraphStyle("vv", parent=styles.number, fontSize=12, leading=14, alignment=TA_CENTER)
    story.append(Table([[Paragraph(escape(subject), small)]], colWidths=[HEADER_LEFT_WIDTH], hAlign="LEFT"))
    story.append(Spacer(1, 10))
    addressed = ParagraphStyle("kg", parent=styles.body, firstLineIndent=0, alignment=TA_LEFT)
    lines = [Paragraph("Kính gửi:", addressed)] + [
        Paragraph(escape(f"- {unit};" if n < len(missing) else f"- {unit}."), addressed)
        for n, unit in enumerate(missing, start=1)
    ]
    table = Table([[lines[0], lines[1:]]], colWidths=[FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.7])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [table, Spacer(1, 10)]
    body = [
        f"Thực hiện chế độ báo cáo định kỳ, hạn gửi báo cáo kết quả thực hiện công tác {topic} "
        f"{period.label_vi} (thời gian chốt số liệu {period.window_vi}) là ngày {format_date_vi(due)}. "
        f"Đến nay, {office.unit_name} chưa nhận được báo cáo của {len(missing)} đơn vị nêu trên.",
        f"Để kịp thời tổng hợp, báo cáo cấp trên, {office.unit_name} đề nghị các đơn vị khẩn trương gửi báo cáo "
        f"(tệp PDF đã ký số, có dữ liệu đính kèm do phần mềm BKFI Desktop lập) trước ngày "
        f"{format_date_vi(reply_by)}.",
        "Đề nghị các đơn vị quan tâm thực hiện./.",
    ]
    story += [Paragraph(escape(text), styles.body) for text in body]
    recipients = replace(office, recipients=("Như trên", "Lưu: VT"))
    signature = SignatureBox()
    story += closing_flowables(recipients, styles, signature)
    doc.build(story)
    return add_signature_field(output.getvalue(), signature)
