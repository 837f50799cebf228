"""Use case: the one-page "Tóm tắt cho lãnh đạo" PDF, from the same figures and charts as Tổng quan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bkfi_desktop.core.chart_data import chart_data
from bkfi_desktop.core.dashboard import dashboard_summary
from bkfi_desktop.core.plan_topic import workspace_topic
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.summary_pdf import SummaryFigures, render_summary
from bkfi_desktop.workflows.printouts import write_whole
from bkfi_desktop.workflows.progress import Progress


def build_leader_summary(
    workspace: Workspace, out_pdf: Path | str, *, today: dt.date | None = None, progress: Progress | None = None
) -> Path:
    progress = progress or Progress()
    today = today or dt.date.today()
    progress.step(0, "Đang tổng hợp số liệu…")
    with workspace.session() as session:
        summary = dashboard_summary(session, today)
        data = chart_data(session, today)
        topic = workspace_topic(session)
    figures = SummaryFigures(
        unit_name=summary.own_unit_name or "",
        today=today,
        overdue=len(summary.overdue),
        due_soon=len(summary.due_soon),
        report_label=f"Báo cáo {summary.report_period.label_vi}",
        report_due=summary.report_period.due_date,
        leaders=summary.leaders,
        officers=summary.officers,
        topic=topic,
    )
    progress.step(40, "Đang vẽ biểu đồ và dàn trang…")
    pdf = render_summary(figures, data)
    progress.step(90, "Đang ghi tệp…")
    path = write_whole(out_pdf, pdf)
    progress.report(100, "Đã lập tóm tắt cho lãnh đạo.")
    return path
