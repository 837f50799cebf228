"""The body of the report: introduction, cut-off window, numbered sections, narrative and data tables."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from bkfi_desktop.core.reports.content import PlanInfo, ReportContent
from bkfi_desktop.core.reports.narrative import paragraphs
from bkfi_desktop.core.reports.plan_title import quoted_title
from bkfi_desktop.core.reports.scope import (
    left_out_activities,
    left_out_indicators,
    left_out_trainings,
    plan_activity_label,
)
from bkfi_desktop.documents.report_pdf.fonts import REGULAR
from bkfi_desktop.documents.report_pdf.styles import FRAME_WIDTH, PARAGRAPH_SPACE, Styles
from bkfi_desktop.documents.report_pdf.text import clip, date_vi, escape, number_vi

ROMAN = ("I", "II", "III", "IV", "V", "VI")


def _reference(plan: PlanInfo) -> str:
    number = plan.number.strip()
    reference = "Kế hoạch" + (f" số {number}" if number and not number.startswith("/") else "")
    if plan.issued_on:
        reference += f" ngày {date_vi(plan.issued_on)}"
    if plan.issuer:
        reference += f" của {plan.issuer}"
    # The title as written ("về “…”"); none when the plan has no real title.
    reference += quoted_title(plan.title)
    if reference == "Kế hoạch":  # nothing to name it by: say what it is about instead
        reference = f"kế hoạch công tác {plan.topic} được giao"
    return reference


def introduction(content: ReportContent) -> str:
    unit, period, plan = content.unit, content.period, content.plan
    if len(content.plans) > 1:  # the unit's whole work: every plan it covers, each with its section
        start = "Thực hiện " + "; ".join(_reference(p) for p in content.plans) + ", "
    elif plan is not None:
        start = f"Thực hiện {_reference(plan)}, "
    else:
        start = ""
    return (
        f"{start}{unit.unit_name} báo cáo kết quả thực hiện công tác {content.topic} "
        f"{period.label_vi} như sau:"
    )


def _para(text: str, styles: Styles) -> Paragraph:
    return Paragraph(escape(text), styles.body)


def _narrative(text: str, styles: Styles) -> list[Flowable]:
    lines = paragraphs(text)
    return [_para(line, styles) for line in lines] or [_para("Không có.", styles)]


def data_table(
    head: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float], styles: Styles,
    *, numeric: Sequence[int] = (0,), total_row: bool = False,
) -> Table:
    """A grid whose header row repeats on every page it runs onto."""
    scale = FRAME_WIDTH / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    body = [
        [
            Paragraph(escape(cell), styles.table_number if col in numeric else styles.table_cell)
            for col, cell in enumerate(row)
        ]
        for row in rows
    ]
    data = [[Paragraph(escape(h), styles.table_head) for h in head], *body]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row and rows:
        data[-1] = [Paragraph(f"<b>{escape(cell)}</b>", p.style) for cell, p in zip(rows[-1], data[-1], strict=True)]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER", spaceBefore=2, spaceAfter=PARAGRAPH_SPACE * 2)
    table.setStyle(TableStyle(commands))
    return table


def _leadership(content: ReportContent, styles: Styles) -> list[Flowable]:
    compliance = content.compliance
    lines: list[str] = []
    for role, label in (("leader", "Lãnh đạo phụ trách"), ("officer", "Cán bộ phụ trách")):
        people = content.people(role)
        if people:
            names = "; ".join(p.name + (f", {p.title}" if p.title else "") for p in people)
            lines.append(f"{label} công tác {content.topic} trong kỳ: {names}.")
        else:
            lines.append(f"{label} công tác {content.topic}: chưa phân công.")
    lines.append(
        "Đơn vị đã xây dựng kế hoạch chi tiết triển khai các nhiệm vụ được giao."
        if compliance.detailed_plan
        else "Đơn vị chưa xây dựng kế hoạch chi tiết triển khai các nhiệm vụ được giao."
    )
    if compliance.previous_report:
        sent = "đã gửi" if compliance.previous_report_sent else "chưa ghi nhận đã gửi"
        lines.append(f"Báo cáo kỳ trước ({compliance.previous_report}): {sent}.")
    return [_para(line, styles) for line in lines]


def _tasks(content: ReportContent, styles: Styles) -> list[Flowable]:
    if not content.tasks:
        return [_para("Đơn vị không có nhiệm vụ được giao trong kỳ.", styles)]
    rows = [
        [str(n), clip(t.content), t.role_label, t.status_label, f"{t.progress}%", clip(t.result)]
        for n, t in enumerate(content.tasks, start=1)
    ]
    head = ("TT", "Nhiệm vụ", "Vai trò", "Tình trạng", "Tiến độ", "Kết quả")
    return [data_table(head, rows, (10, 72, 18, 20, 14, 38), styles, numeric=(0, 4))]


def _activities(content: ReportContent, styles: Styles) -> list[Flowable]:
    note = [_para(text, styles) for text in (left_out_activities(content),) if text]
    if not content.activity_totals:
        return [_para(f"Trong kỳ chưa ghi nhận hoạt động {content.topic}.", styles), *note]
    rows = [
        [str(n), t.label, number_vi(t.entries), number_vi(t.quantity)]
        for n, t in enumerate(content.activity_totals, start=1)
    ]
    rows.append(["", "Tổng cộng", number_vi(content.activity_entries), number_vi(content.activity_quantity)])
    head = ("TT", "Loại hoạt động", "Số lần ghi nhận", "Số lượng")
    flow: list[Flowable] = [data_table(head, rows, (12, 93, 30, 30), styles, numeric=(0, 2, 3), total_row=True)]
    if content.activity_by_plan:  # the whole work: each plan's share, adding up to the total
        flow.append(_para("Trong đó, theo từng kế hoạch:", styles))
        by_plan = [
            [str(n), plan_activity_label(row), number_vi(row.entries), number_vi(row.quantity)]
            for n, row in enumerate(content.activity_by_plan, start=1)
        ]
        head = ("TT", "Kế hoạch", "Số lần ghi nhận", "Số lượng")
        flow.append(data_table(head, by_plan, (12, 93, 30, 30), styles, numeric=(0, 2, 3)))
    return flow + note



def _trainings(content: ReportContent, styles: Styles) -> list[Flowable]:
    summary = content.training_summary
    if not summary.count:
        left = left_out_trainings(content)
        return [_para(left or "Trong kỳ chưa tổ chức hoặc cử cán bộ tham gia tập huấn, bồi dưỡng.", styles)]
    sentence = (
        f"Tổng số {number_vi(summary.count)} lớp (tổ chức {number_vi(summary.organised)}, "
        f"cử cán bộ tham gia {number_vi(summary.attended)}) với {number_vi(summary.participants)} lượt người, "
        f"{number_vi(summary.hours)} giờ; khóa học ngoại ngữ: {number_vi(summary.foreign_language_courses)}."
    )
    rows = [
        [
            str(n),
            clip(t.title, 300),
            ", ".join(t.topic_labels),
            date_vi(t.start_date) + (f" - {date_vi(t.end_date)}" if t.end_date and t.end_date != t.start_date else ""),
            number_vi(t.hours),
            number_vi(t.participants),
        ]
        for n, t in enumerate(content.trainings, start=1)
    ]
    head = ("TT", "Nội dung", "Chủ đề", "Thời gian", "Số giờ", "Số người")
    return [_para(sentence, styles), data_table(head, rows, (10, 60, 32, 33, 15, 18), styles, numeric=(0, 4, 5))]


def _indicators(content: ReportContent, styles: Styles) -> list[Flowable]:
    if not content.indicators:
        return [_para(left_out_indicators(content) or "Kế hoạch không quy định chỉ tiêu cụ thể.", styles)]
    rows = [
        [str(n), i.name, i.measure, number_vi(i.value)] for n, i in enumerate(content.indicators, start=1)
    ]
    head = ("TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả")
    return [data_table(head, rows, (12, 103, 25, 25), styles, numeric=(0, 3))]


def body_flowables(content: ReportContent, narrative: dict[str, str], styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        _para(introduction(content), styles),
        _para(f"Thời gian chốt số liệu báo cáo: {content.period.window_vi}.", styles),
    ]

    def heading(index: int, title: str) -> None:
        flow.append(Paragraph(escape(f"{ROMAN[index]}. {title.upper()}"), styles.heading))

    def sub(number: int, title: str) -> None:
        flow.append(Paragraph(escape(f"{number}. {title}"), styles.subheading))

    heading(0, "Kết quả đạt được")
    flow.extend(_narrative(narrative.get("results", ""), styles))
    parts = (
        ("Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện", _leadership),
        ("Kết quả thực hiện các nhiệm vụ được giao", _tasks),
        (f"Kết quả hoạt động {content.topic}", _activities),
        ("Công tác tập huấn, bồi dưỡng", _trainings),
        ("Kết quả thực hiện các chỉ tiêu", _indicators),
    )
    for number, (title, make) in enumerate(parts, start=1):
        sub(number, title)
        flow.extend(make(content, styles))
    heading(1, "Tồn tại, hạn chế và nguyên nhân")
    sub(1, "Tồn tại, hạn chế")
    flow.extend(_narrative(narrative.get("limitations", ""), styles))
    sub(2, "Nguyên nhân")
    flow.extend(_narrative(narrative.get("causes", ""), styles))
    heading(2, "Phương hướng, nhiệm vụ kỳ tới")
    flow.extend(_narrative(narrative.get("directions", ""), styles))
    heading(3, "Đề xuất, kiến nghị")
    flow.extend(_narrative(narrative.get("proposals", ""), styles))
    flow.append(
        _para(
            f"Trên đây là báo cáo kết quả thực hiện công tác {content.topic} {content.period.label_vi} "
            f"của {content.unit.unit_name}./.",
            styles,
        )
    )
    return flow
