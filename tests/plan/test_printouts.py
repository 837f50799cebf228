"""`bkfi print` and `bkfi summary`: print-ready A4 lists with repeated headers and page numbers, the leader page."""

from __future__ import annotations

import datetime as dt
import subprocess

import pdfplumber
import pytest
from openpyxl import load_workbook

from bkfi_desktop.cli import main
from bkfi_desktop.core.workspace import Workspace
from tests.reports.pdf_measure import find
from tests.tooling import require_tool

A4_LANDSCAPE = (841.9, 595.3)


def _db(workspace: Workspace) -> list[str]:
    return ["--db", str(workspace.path)]


def test_task_list_pdf_repeats_its_header_and_numbers_every_page(demo, tmp_path, capsys) -> None:
    out = tmp_path / "nhiệm vụ.pdf"
    assert main([*_db(demo), "print", "tasks", "--out", str(out), "--today", "2026-11-20"]) == 0
    assert "16 dòng" in capsys.readouterr().out
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) >= 2
        for number, page in enumerate(pdf.pages, start=1):
            assert (round(page.width, 1), round(page.height, 1)) == A4_LANDSCAPE
            head = find(page, "Người phụ trách")
            assert find(page, "Tình trạng").top == pytest.approx(head.top, abs=1)
            assert f"Trang {number}/{len(pdf.pages)}" in page.extract_text()
        text = "".join(page.extract_text() for page in pdf.pages)
    assert "DANH SÁCH NHIỆM VỤ" in text and "lập ngày 20/11/2026" in text and "IV.8" in text
    pdffonts = require_tool("pdffonts")
    rows = subprocess.run([pdffonts, str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)


def test_all_tasks_are_more_than_the_units(demo, tmp_path, capsys) -> None:
    mine, every = tmp_path / "mine.xlsx", tmp_path / "all.xlsx"
    assert main([*_db(demo), "print", "tasks", "--out", str(mine)]) == 0
    assert main([*_db(demo), "print", "tasks", "--all", "--out", str(every)]) == 0
    count = [load_workbook(path).active.max_row - 5 for path in (mine, every)]
    assert count[0] == 16 and count[1] > count[0]


def test_excel_lists_are_print_ready_with_typed_cells(demo, tmp_path) -> None:
    for kind in ("tasks", "staff", "training"):
        assert main([*_db(demo), "print", kind, "--out", str(tmp_path / f"{kind}.xlsx")]) == 0
    tasks = load_workbook(tmp_path / "tasks.xlsx").active
    assert tasks.print_title_rows == "$5:$5" and int(tasks.page_setup.paperSize) == 9  # A4
    assert tasks.sheet_properties.pageSetUpPr.fitToPage and tasks.page_setup.fitToWidth == 1
    assert "&P" in tasks.oddFooter.center.text and "&N" in tasks.oddFooter.center.text
    first = [cell.value for cell in tasks[6]]
    assert first[0] == "1.1" and isinstance(first[4], dt.datetime) and first[6] == 1.0  # 100 % as a number
    assert tasks.cell(row=6, column=7).number_format == "0%"
    staff = load_workbook(tmp_path / "staff.xlsx").active
    assert [c.value for c in staff[5]][:4] == ["TT", "Họ và tên", "Chức vụ", "Vai trò"]
    assert {row[3] for row in staff.iter_rows(min_row=6, values_only=True)} >= {"Lãnh đạo phụ trách", "Cán bộ phụ trách"}
    training = load_workbook(tmp_path / "training.xlsx").active
    assert training.max_row - 5 == 4 and training.cell(row=6, column=11).value == 2


def test_a_wrong_extension_is_refused_before_anything_is_written(demo, tmp_path, capsys) -> None:
    assert main([*_db(demo), "print", "staff", "--out", str(tmp_path / "cán bộ.doc")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cán bộ.doc" in err and ".pdf hoặc .xlsx" in err
    assert not any(p.name.startswith(("cán bộ", ".cán bộ")) for p in tmp_path.iterdir())


def test_leader_summary_is_one_page_with_the_four_charts(demo, tmp_path, capsys) -> None:
    out = tmp_path / "tóm tắt.pdf"
    assert main([*_db(demo), "summary", "--out", str(out), "--today", "2026-11-20"]) == 0
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        text = page.extract_text()
        for title in ("Nhiệm vụ theo tình trạng (16)", "Tiến độ trung bình theo nhóm nhiệm vụ (%)",
                      "Hoạt động theo tháng: 2026 so với 2025", "Tập huấn theo quý năm 2026"):
            assert title in text
        # Charts are drawn (bars and slices), not typed: many filled shapes in the chart colours.
        assert len(page.rects) + len(page.curves) > 40
    assert "Nhiệm vụ của đơn vị: 16, đã hoàn thành 4 (25%); quá hạn 4" in " ".join(text.split())
