"""The one-page "Tóm tắt cho lãnh đạo": a few sentences of figures and the four charts, two by two."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from bkfi_desktop.core.chart_data import ChartData
from bkfi_desktop.core.plan_topic import DEFAULT_TOPIC
from bkfi_desktop.documents.charts import leader_charts
from bkfi_desktop.documents.report_pdf.builder import make_doc_template
from bkfi_desktop.documents.report_pdf.styles import FRAME_WIDTH, make_styles
from bkfi_desktop.documents.report_pdf.text import escape, number_vi


@dataclass(frozen=True)
class SummaryFigures:
    unit_name: str
    today: dt.date
    overdue: int
    due_soon: int
    report_label: str  # "Báo cáo 6 tháng đầu năm 2026"
    report_due: dt.date
    leaders: Sequence[str]
    officers: Sequence[str]
    topic: str = DEFAULT_TOPIC  # the workspace's plans' topics ("thông tin đối ngoại và chuyển đổi số")


def _sentences(figures: SummaryFigures, data: ChartData) -> list[str]:
    done = dict(data.status_counts).get("done", 0)
    share = round(100 * done / data.task_count) if data.task_count else 0
    month = figures.today.month if figures.today.year == data.year else 12
    this_year, last_year = sum(data.activities_this_year), sum(data.activities_last_year[:month])
    change = ""
    if last_year:  # against the same months of last year, not the whole of it
        delta = round(100 * (this_year - last_year) / last_year)
        change = f" ({'tăng' if delta >= 0 else 'giảm'} {abs(delta)}% so với cùng kỳ năm {data.year - 1})"
    people = "; ".join(
        f"{label}: {', '.join(names) if names else 'chưa phân công'}"
        for label, names in (("lãnh đạo phụ trách", figures.leaders), ("cán bộ phụ trách", figures.officers))
    )
    return [
        f"Nhiệm vụ của đơn vị: {number_vi(data.task_count)}, đã hoàn thành {number_vi(done)} ({share}%); "
        f"quá hạn {number_vi(figures.overdue)}; đến hạn trong 30 ngày tới {number_vi(figures.due_soon)}.",
        f"Hoạt động {figures.topic} năm {data.year}: {number_vi(this_year)} lượt ghi nhận{change}. "
        f"Tập huấn năm {data.year}: {number_vi(sum(data.trainings_by_quarter))} lớp, "
        f"{number_vi(sum(data.participants_by_quarter))} lượt người.",
        f"{figures.report_label}: hạn gửi {figures.report_due.strftime('%d/%m/%Y')}. Phân công: {people}.",
    ]


def render_summary(figures: SummaryFigures, data: ChartData) -> bytes:
    styles = make_styles()
    output = io.BytesIO()
    doc = make_doc_template(output, title="Tóm tắt cho lãnh đạo", author=figures.unit_name)
    title = Paragraph("TÓM TẮT CHO LÃNH ĐẠO", styles.doc_kind)
    subtitle = Paragraph(
        escape(f"{figures.unit_name} — số liệu đến ngày {figures.today.strftime('%d/%m/%Y')}"),
        ParagraphStyle("summary_subtitle", parent=styles.note, alignment=TA_CENTER, spaceAfter=10),
    )
    story = [title, subtitle]
    story += [Paragraph(escape(sentence), styles.body) for sentence in _sentences(figures, data)]
    charts = leader_charts(data)
    grid = Table([charts[:2], charts[2:]], colWidths=[FRAME_WIDTH / 2] * 2, hAlign="CENTER")
    grid.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(grid)
    doc.build(story)
    return output.getvalue()
