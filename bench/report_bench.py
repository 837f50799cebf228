"""`python -m bench.report_bench`: build a large report (500 tasks, 20,000 activities in the window)
and compare it with a bare ReportLab document of the same number of pages.

The ratio says what the report's own work (SQL, layout of tables, signature field, payload, appendix,
embedding) costs over simply drawing that many pages of text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.common import best_of, print_ratio
from bkfi_desktop.core.assignments import set_assignment
from bkfi_desktop.core.demo import DEMO_UNIT, create_demo, generate_activities
from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.report_pdf.fonts import REGULAR, register_fonts
from bkfi_desktop.workflows.build_report import build_report

PERIOD = "2025-H1"
WINDOW = (dt.date(2024, 12, 15), dt.date(2025, 6, 14))


def large_report_workspace(path: Path, *, tasks: int = 500, activities: int = 20_000) -> Path:
    """The demo workspace plus a plan of ``tasks`` tasks led by the unit and ``activities`` in the window."""
    with Workspace.open(path) as workspace:
        create_demo(workspace)
        groups = [
            GroupData(
                ordinal=f"{number}",
                title=f"Nhóm nhiệm vụ thử tải số {number}",
                tasks=[
                    TaskData(
                        code=f"T{number:02d}.{index:03d}",
                        content=f"Nhiệm vụ thử tải {number}.{index}: tăng cường thông tin đối ngoại, quảng bá "
                        "hình ảnh địa phương trên báo chí và mạng xã hội, phối hợp các cơ quan liên quan.",
                        deadline_text="Thường xuyên",
                        units=[UnitRef(DEMO_UNIT, "lead")],
                    )
                    for index in range(1, 51)
                ],
            )
            for number in range(1, tasks // 50 + 1)
        ]
        with workspace.transaction() as session:
            result = apply_plan(session, PlanData(key="thu-tai-500", title="Kế hoạch thử tải", groups=groups))
            for position, code in enumerate(result.added):
                if position % 2:
                    set_assignment(
                        session, code, status="in_progress", progress=50,
                        result="Đã triển khai tới cán bộ, công chức và nhân dân trên địa bàn.",
                    )
            generate_activities(session, activities, seed=11, start=WINDOW[0], end=WINDOW[1])
    return path


def bare_reportlab(pages: int) -> bytes:
    """The baseline: ``pages`` A4 pages of 40 lines of text in the same embedded font."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=REGULAR)
    for page in range(pages):
        canvas.setFont(REGULAR, 12)
        for line in range(40):
            canvas.drawString(85, 780 - 18 * line, f"Trang {page + 1}, dòng {line + 1}: nội dung báo cáo thử tải.")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def run(tasks: int, activities: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bkfi-report-bench-"))
    db = large_report_workspace(folder / "thử tải.db", tasks=tasks, activities=activities)
    print(f"Workspace: {db} ({tasks} tasks, {activities} activities in {PERIOD})")
    pages = 0
    steps: dict[str, float] = {}

    def ours() -> None:
        nonlocal pages
        marks: list[tuple[str, float]] = []
        with Workspace.open(db) as workspace:
            built = build_report(
                workspace, PERIOD, out_pdf=folder / "bao-cao.pdf", out_xlsx=folder / "phu-luc.xlsx", preview=True,
                progress=lambda _percent, message: marks.append((message, time.perf_counter())) and None,
            )
        pages = built.page_count
        steps.clear()
        steps.update({name: end - start for (name, start), (_next, end) in pairwise(marks)})

    our_time = best_of(3, ours)
    baseline = best_of(3, lambda: bare_reportlab(pages))
    print_ratio(f"report build {PERIOD} ({pages} pages)", our_time, baseline, f"bare ReportLab {pages} pages")
    for name, seconds in steps.items():  # the last run's steps
        print(f"  {name:<42} {seconds * 1000:9.1f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=500)
    parser.add_argument("--activities", type=int, default=20_000)
    arguments = parser.parse_args()
    run(arguments.tasks, arguments.activities)
