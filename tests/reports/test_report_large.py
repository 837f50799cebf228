"""A unit with 500 tasks and 20,000 activities in the half year still gets a whole report: every task and
activity in the PDF's payload and in the appendix. How fast is measured side by side in bench/ (P6),
not here: a wall-clock limit in a test only measures how busy the machine is."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bench.report_bench import large_report_workspace
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.attachments import PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.exchange.report_payload import read_payload
from bkfi_desktop.workflows.build_report import build_report


@pytest.mark.slow
def test_500_tasks_and_20000_activities_all_reach_the_pdf_and_the_appendix(tmp_path: Path) -> None:
    db = large_report_workspace(tmp_path / "thử tải.db", tasks=500, activities=20_000)
    with Workspace.open(db) as workspace:
        built = build_report(workspace, "2025-H1", out_pdf=tmp_path / "bc.pdf", out_xlsx=tmp_path / "pl.xlsx")
    assert len(built.payload["tasks"]) >= 500
    assert len(built.payload["activities"]) >= 20_000
    assert built.page_count > 20
    payload = read_payload(read_embedded_files(built.pdf_path)[PAYLOAD_NAME])
    assert payload["activity_totals"]["entries"] == len(payload["activities"])
    book = openpyxl.load_workbook(tmp_path / "pl.xlsx", read_only=True)
    assert sum(1 for _row in book["Hoạt động"].iter_rows(min_row=4)) == len(payload["activities"])
