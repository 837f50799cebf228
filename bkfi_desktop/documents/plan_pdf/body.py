"""The body of the detailed plan: I. purpose and requirements, II. the task table, III. budget, IV. organisation."""

from __future__ import annotations

import dataclasses

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from bkfi_desktop.core.detailed_plan import DetailedPlanContent, PlanRow
from bkfi_desktop.core.reports.narrative import paragraphs
from bkfi_desktop.documents.report_pdf.body import data_table
from bkfi_desktop.documents.report_pdf.fonts import BOLD, REGULAR
from bkfi_desktop.documents.report_pdf.styles import FRAME_WIDTH, PARAGRAPH_SPACE, Styles
from bkfi_desktop.documents.report_pdf.text import clip, escape, number_vi

TASK_HEAD = ("Mã NV", "Nhiệm vụ", "Nội dung thực hiện", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm")
TASK_WIDTHS_MM = (11, 38, 40, 22, 21, 22, 18)
OWN_ITEMS_GROUP = "Hoạt động bổ sung của đơn vị"
TABLE_FONT_SIZE = 11  # seven columns on a portrait A4 page


def content_lines(row: PlanRow) -> list[str]:
    """The "Nội dung thực hiện" cell: the unit's sub-tasks with due dates and owners, else the task's details."""
    lines = [] if row.subtasks or not row.content else [clip(row.content, 400)]
    for sub in row.subtasks:
        extra = "; ".join(
            part for part in (f"hạn {sub.due_date.strftime('%d/%m/%Y')}" if sub.due_date else "", sub.owner) if part
        )
        lines.append(f"- {sub.title}" + (f" ({extra})" if extra else ""))
    return lines


def grouped_rows(content: DetailedPlanContent) -> list[tuple[str, list[PlanRow]]]:
    """Rows under their group heading, in the plan's order; the unit's own items last."""
    groups: list[tuple[str, list[PlanRow]]] = []
    for row in content.rows:
        title = row.group or OWN_ITEMS_GROUP
        if not groups or groups[-1][0] != title:
            groups.append((title, []))
        groups[-1][1].append(row)
    return groups


def _small(styles: Styles) -> Styles:
    def smaller(style: ParagraphStyle) -> ParagraphStyle:
        return ParagraphStyle(f"{style.name}_small", parent=style, fontSize=TABLE_FONT_SIZE, leading=TABLE_FONT_SIZE * 1.15)

    return dataclasses.replace(
        styles,
        table_head=smaller(styles.table_head),
        table_cell=smaller(styles.table_cell),
        table_number=smaller(styles.table_number),
    )


def task_table(content: DetailedPlanContent, styles: Styles) -> Table:
    """The task grid; its header row repeats on every page, a group title spans the whole row."""
    small = _small(styles)
    scale = FRAME_WIDTH / (sum(TASK_WIDTHS_MM) * mm)
    widths = [w * mm * scale for w in TASK_WIDTHS_MM]

    def cell(text: str, style: object) -> Paragraph:
        return Paragraph(escape(clip(text)), style)

    data: list[list[Paragraph | str]] = [[Paragraph(escape(h), small.table_head) for h in TASK_HEAD]]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for title, rows in grouped_rows(content):
        index = len(data)
        data.append([Paragraph(f"<b>{escape(title)}</b>", small.table_cell)] + [""] * (len(TASK_HEAD) - 1))
        commands += [("SPAN", (0, index), (-1, index)), ("FONTNAME", (0, index), (-1, index), BOLD)]
        for row in rows:
            data.append(
                [
                    cell(row.code or "–", small.table_number),
                    cell(row.task, small.table_cell),
                    Paragraph("<br/>".join(escape(clip(line, 300)) for line in content_lines(row)), small.table_cell),
                    cell(row.lead, small.table_cell),
                    cell(row.support, small.table_cell),
                    cell(row.deadline, small.table_number),
                    cell(row.product, small.table_cell),
                ]
            )
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER", spaceBefore=2, spaceAfter=PARAGRAPH_SPACE * 2)
    table.setStyle(TableStyle(commands))
    return table


def plan_body(content: DetailedPlanContent, styles: Styles) -> list[Flowable]:
    texts = content.texts

    def para(text: str) -> Paragraph:
        return Paragraph(escape(text), styles.body)

    def block(text: str) -> list[Flowable]:
        return [para(line) for line in paragraphs(text)] or [para("Không có.")]

    flow: list[Flowable] = [para(texts["intro"])]
    flow.append(Paragraph("I. MỤC ĐÍCH, YÊU CẦU", styles.heading))
    flow.append(Paragraph("1. Mục đích", styles.subheading))
    flow += block(texts["purpose"])
    flow.append(Paragraph("2. Yêu cầu", styles.subheading))
    flow += block(texts["requirements"])
    flow.append(Paragraph("II. NHIỆM VỤ CỤ THỂ", styles.heading))
    if content.rows:
        flow.append(para("Các nhiệm vụ, người chủ trì, đơn vị phối hợp, thời hạn và sản phẩm như sau:"))
        flow.append(task_table(content, styles))
    else:
        flow.append(para("Đơn vị chưa được giao nhiệm vụ trong kế hoạch này."))
    flow.append(Paragraph("III. KINH PHÍ", styles.heading))
    flow += block(texts["budget_note"])
    if content.budget_rows:
        rows = [
            [str(n), (f"{row.code}. " if row.code else "") + clip(row.task, 300), number_vi(row.budget)]
            for n, row in enumerate(content.budget_rows, start=1)
        ]
        rows.append(["", "Tổng cộng", number_vi(content.budget_total)])
        head = ("TT", "Nội dung", "Dự kiến kinh phí (đồng)")
        flow.append(data_table(head, rows, (12, 113, 40), styles, numeric=(0, 2), total_row=True))
    flow.append(Paragraph("IV. TỔ CHỨC THỰC HIỆN", styles.heading))
    for number, (person, codes) in enumerate(content.duties, start=1):
        flow.append(para(f"{number}. Đồng chí {person}: chủ trì thực hiện các nhiệm vụ {', '.join(codes)}."))
    flow += block(texts["organisation"])
    flow.append(para(f"Trên đây là Kế hoạch chi tiết triển khai thực hiện của {content.unit.unit_name}./."))
    return flow
