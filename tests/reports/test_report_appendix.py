"""The Excel appendix read back: sheets, real dates and numbers, print setup, and no formula injection."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bkfi_desktop.core.activities import add_activity
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.workflows.build_report import build_report
from tests.reports.conftest import BuiltFiles

SHEETS = ["Nhiệm vụ", "Cán bộ", "Tập huấn", "Hoạt động", "Chỉ tiêu"]
HOSTILE = ["=HYPERLINK(\"http://x\",\"bấm\")", "+1+2", "-3+4", "@SUM(A1:A2)", "=cmd|' /C calc'!A0"]


def test_sheets_print_on_a4_landscape_with_repeated_frozen_headers(h1_report: BuiltFiles) -> None:
    book = openpyxl.load_workbook(h1_report.xlsx)
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == 9
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # fitToWidth may be left out: 1 is its default in the file format (ECMA-376), as Excel reads it.
        assert (sheet.page_setup.fitToWidth or 1, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == "$3:$3"
        assert sheet.freeze_panes == "A4"
        assert sheet["A3"].value == "TT"


def test_dates_are_real_dates_and_numbers_are_numbers(h1_report: BuiltFiles) -> None:
    book = openpyxl.load_workbook(h1_report.xlsx)
    activities = book["Hoạt động"]
    rows = list(activities.iter_rows(min_row=4))
    assert len(rows) == len(h1_report.built.payload["activities"])
    for row in rows[:50]:
        number, day, _kind, quantity = row[0], row[1], row[2], row[3]
        assert isinstance(day.value, dt.datetime) and day.number_format == "dd/mm/yyyy"
        assert dt.date(2024, 12, 15) <= day.value.date() <= dt.date(2025, 6, 14)
        assert isinstance(number.value, int) and isinstance(quantity.value, int)
    tasks = book["Nhiệm vụ"]
    assert all(isinstance(row[6].value, int) for row in tasks.iter_rows(min_row=4))
    trainings = book["Tập huấn"]
    assert trainings["B4"].value == "Bồi dưỡng tiếng Anh giao tiếp cho cán bộ phường"
    assert trainings["E4"].value == dt.datetime(2025, 3, 10) and trainings["G4"].value == 60


def test_the_appendix_matches_the_payload(h1_report: BuiltFiles) -> None:
    book = openpyxl.load_workbook(h1_report.xlsx)
    payload = h1_report.built.payload
    quantities = [row[3].value for row in book["Hoạt động"].iter_rows(min_row=4)]
    assert sum(quantities) == payload["activity_totals"]["quantity"]
    assert book["Nhiệm vụ"].max_row - 3 == len(payload["tasks"])


def test_text_that_looks_like_a_formula_stays_text(empty_workspace: Workspace, tmp_path: Path) -> None:
    from bkfi_desktop.core.profile import update_profile

    with empty_workspace.transaction() as session:
        update_profile(session, unit_name="=UBND xã Thử", place_name="Thử")
        for title in HOSTILE:
            add_activity(session, dt.date(2025, 3, 1), "news", 1, title)
    built = build_report(empty_workspace, "2025-H1", out_pdf=tmp_path / "bc.pdf", out_xlsx=tmp_path / "pl.xlsx")
    assert built.xlsx_path is not None
    with zipfile.ZipFile(built.xlsx_path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    book = openpyxl.load_workbook(built.xlsx_path)
    cells = {row[4].value: row[4] for row in book["Hoạt động"].iter_rows(min_row=4)}
    assert set(cells) == set(HOSTILE)
    for title, cell in cells.items():
        assert cell.data_type == "s", title
        assert cell.quotePrefix, title


@pytest.mark.parametrize("sheet", SHEETS)
def test_every_sheet_has_a_title_and_the_reference_to_the_report(h1_report: BuiltFiles, sheet: str) -> None:
    book = openpyxl.load_workbook(h1_report.xlsx)
    assert book[sheet]["A1"].value
    assert "Báo cáo số 01/BC-UBND ngày 05/01/2025" in book[sheet]["A2"].value
