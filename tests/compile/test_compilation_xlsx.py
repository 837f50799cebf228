"""The consolidated workbook, read back with openpyxl and compared with the signed payloads."""

from __future__ import annotations

import datetime as dt
import errno
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from bkfi_desktop.core.vocabulary import STATUS_LABELS
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange import compilation_xlsx
from bkfi_desktop.exchange.compilation import Compilation, compile_reports, write_compilation_xlsx
from tests.compile.conftest import UNIT_A, UNIT_B, UNIT_C, ReportSet

HEADER_ROW = 3
TOTAL = "Tổng cộng (3 đơn vị)"


def _table(sheet: Worksheet) -> dict[str, dict[str, Any]]:
    """Rows under the heading row as {heading: value}, keyed by the second column (unit or file)."""
    headings = [cell.value for cell in sheet[HEADER_ROW]]
    rows = {}
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True):
        rows[row[1]] = dict(zip(headings, row, strict=True))
    return rows


@pytest.fixture
def three_units(report_set: ReportSet, tmp_path: Path) -> Compilation:
    paths = report_set.copy(tmp_path / "nhận", "a_h1", "b_h1", "c_h1", "b_unsigned")
    return compile_reports(paths, trust_roots=[report_set.root_pem])


def test_workbook_figures_match_the_payloads(three_units: Compilation, report_set: ReportSet, tmp_path: Path) -> None:
    out = write_compilation_xlsx(three_units, tmp_path / "TONG_HOP.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["Tổng hợp", "Hoạt động", "Tập huấn", "Nhiệm vụ", "Tệp bị từ chối"]
    payloads = {p["unit"]["name"]: p for p in (report_set.payload(n) for n in ("a_h1", "b_h1", "c_h1"))}
    assert set(payloads) == {UNIT_A, UNIT_B, UNIT_C}

    summary = _table(book["Tổng hợp"])
    assert list(summary) == [UNIT_B, UNIT_A, UNIT_C, TOTAL]
    for unit, payload in payloads.items():
        row = summary[unit]
        assert row["Số, ký hiệu"] == payload["document"]["number_text"]
        assert row["Ngày ban hành"] == dt.datetime.fromisoformat(payload["document"]["issued_on"])
        assert isinstance(row["Thời gian ký"], dt.datetime)
        assert row["Số lượng hoạt động"] == payload["activity_totals"]["quantity"]
        assert row["Số lớp tập huấn"] == payload["training_summary"]["count"]
        assert row["Lượt người tập huấn"] == payload["training_summary"]["participants"]
        assert row["Số giờ tập huấn"] == payload["training_summary"]["hours"]
        assert row["Số nhiệm vụ"] == len(payload["tasks"])
        assert row["Có cán bộ phụ trách"] == ("Có" if payload["compliance"]["officer_named"] else "Chưa")
        assert row["Có kế hoạch chi tiết"] == ("Có" if payload["compliance"]["detailed_plan"] else "Chưa")
    total = summary[TOTAL]
    assert total["Số lượng hoạt động"] == sum(p["activity_totals"]["quantity"] for p in payloads.values())
    assert total["Lượt người tập huấn"] == sum(p["training_summary"]["participants"] for p in payloads.values())
    assert total["Có cán bộ phụ trách"] == sum(p["compliance"]["officer_named"] for p in payloads.values())

    activities = _table(book["Hoạt động"])
    for unit, payload in payloads.items():
        for item in payload["activity_totals"]["by_kind"]:
            assert activities[unit][item["label"]] == item["quantity"]
        assert activities[unit]["Số lần ghi nhận"] == payload["activity_totals"]["entries"]
    kinds = {item["label"] for p in payloads.values() for item in p["activity_totals"]["by_kind"]}
    for kind in kinds:
        assert activities[TOTAL][kind] == sum(
            item["quantity"] for p in payloads.values() for item in p["activity_totals"]["by_kind"]
            if item["label"] == kind
        )

    trainings = _table(book["Tập huấn"])
    for unit, payload in payloads.items():
        summary_payload = payload["training_summary"]
        assert trainings[unit]["Số lớp"] == summary_payload["count"]
        assert trainings[unit]["Lớp ngoại ngữ"] == summary_payload["foreign_language_courses"]
    assert trainings[TOTAL]["Số giờ"] == pytest.approx(sum(p["training_summary"]["hours"] for p in payloads.values()))

    tasks = _table(book["Nhiệm vụ"])
    for unit, payload in payloads.items():
        for status, status_label in STATUS_LABELS.items():
            assert tasks[unit][status_label] == sum(t["status"] == status for t in payload["tasks"])
    assert tasks[TOTAL]["Số nhiệm vụ"] == sum(len(p["tasks"]) for p in payloads.values())

    refused = _table(book["Tệp bị từ chối"])
    (only,) = refused.values()
    assert only["Lý do"] == "Chưa ký số" and "chưa được ký số" in only["Chi tiết"]


def test_workbook_prints_and_types_cells_properly(three_units: Compilation, tmp_path: Path) -> None:
    out = write_compilation_xlsx(three_units, tmp_path / "TONG_HOP.xlsx")
    book = load_workbook(out)
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$3:$3"
        assert sheet.freeze_panes == "A4"
    summary = book["Tổng hợp"]
    issued = summary.cell(row=HEADER_ROW + 1, column=4)
    assert isinstance(issued.value, dt.datetime) and issued.number_format == "dd/mm/yyyy"
    assert summary.cell(row=HEADER_ROW + 1, column=5).number_format.startswith("dd/mm/yyyy")
    assert summary.cell(row=HEADER_ROW + 1, column=7).data_type == "n"


def test_text_that_looks_like_a_formula_stays_text(three_units: Compilation, tmp_path: Path) -> None:
    first = three_units.accepted[0]
    tricky = Compilation(
        three_units.period_code,
        three_units.period_label,
        accepted=[replace(first, unit_name="=HYPERLINK(\"http://x\")", number_text="-01/BC")],
        refused=[replace(three_units.refused[0], file="@tep.pdf", reason="+ lý do")],
    )
    book = load_workbook(write_compilation_xlsx(tricky, tmp_path / "a.xlsx"))
    cells = [
        book["Tổng hợp"].cell(row=4, column=2),
        book["Tổng hợp"].cell(row=4, column=3),
        book["Tệp bị từ chối"].cell(row=4, column=2),
    ]
    assert [c.value for c in cells] == ["=HYPERLINK(\"http://x\")", "-01/BC", "@tep.pdf"]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_a_full_disk_leaves_the_old_workbook_and_no_temporary_file(
    three_units: Compilation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "TONG_HOP.xlsx"
    out.write_bytes(b"old")

    def full(_book: Workbook, _target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    with pytest.raises(InvalidInputError, match="ổ đĩa đã đầy"):
        write_compilation_xlsx(three_units, out)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["TONG_HOP.xlsx", "nhận"]


def test_no_permission_is_said_in_vietnamese(
    three_units: Compilation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(compilation_xlsx.os, "replace", refuse)
    with pytest.raises(InvalidInputError, match="không có quyền ghi"):
        write_compilation_xlsx(three_units, tmp_path / "TONG_HOP.xlsx")
    assert sorted(os.listdir(tmp_path)) == ["nhận"]
    with pytest.raises(InvalidInputError, match="thư mục"):
        write_compilation_xlsx(three_units, tmp_path)
