"""`bkfi compile`: one line per file, the totals, exit codes and the --json contract."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bkfi_desktop.cli import main
from tests.compile.conftest import UNIT_A, UNIT_B, UNIT_C, ReportSet


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_all_good_exits_0_and_writes_the_workbook(
    report_set: ReportSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = report_set.copy(tmp_path, "a_h1", "b_h1", "c_h1")
    out = tmp_path / "TONG_HOP.xlsx"
    code, stdout, stderr = _run(capsys, "compile", *paths, "--trust", report_set.root_pem, "--out", out)
    assert code == 0, stderr
    assert stderr == ""
    lines = stdout.splitlines()
    assert lines[0] == "Kỳ báo cáo: 6 tháng đầu năm 2025 (2025-H1)"
    assert sum(line.startswith("NHẬN") for line in lines) == 3
    assert not any(line.startswith("TỪ CHỐI") for line in lines)
    assert "Tổng hợp: 3 đơn vị; 0 tệp bị từ chối." in lines
    assert out.is_file() and load_workbook(out).sheetnames[0] == "Tổng hợp"
    assert f"Đã ghi bảng tổng hợp: {out}" in lines


def test_a_folder_with_refused_files_exits_1_with_one_line(
    report_set: ReportSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "hộp thư đến"
    report_set.copy(folder, "a_h1", "b_h1", "b_unsigned", "c_untrusted")
    (folder / "ghi chú.txt").write_text("không phải báo cáo", encoding="utf-8")
    code, stdout, stderr = _run(capsys, "compile", "--dir", folder, "--trust", report_set.root_pem)
    assert code == 1
    assert stderr.count("\n") == 1 and stderr.startswith("bkfi: 2 trong 4 tệp bị từ chối")
    refused = [line for line in stdout.splitlines() if line.startswith("TỪ CHỐI")]
    assert len(refused) == 2
    assert any("Phòng TC-KH chưa ký.pdf — Chưa ký số" in line for line in refused)
    assert any("ký lạ.pdf — Chữ ký không được tin cậy" in line for line in refused)
    assert "Tổng hợp: 2 đơn vị; 2 tệp bị từ chối." in stdout


def test_json_output_is_nfc_with_stable_fields(
    report_set: ReportSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    older, newer, b, c, h2 = report_set.copy(tmp_path, "a_h1", "a_h1_newer", "b_h1", "c_h1", "a_h2")
    code, stdout, _stderr = _run(
        capsys, "compile", older, newer, b, c, h2, "--period", "2025-H1", "--trust", report_set.root_pem, "--json"
    )
    assert code == 1
    assert unicodedata.is_normalized("NFC", stdout)
    data = json.loads(stdout)
    assert set(data) == {
        "period", "ok", "accepted", "refused", "totals", "out", "report_out", "docx", "roster", "board_counts",
        "due_date", "due_source", "tasks",
    }
    assert data["period"] == {"code": "2025-H1", "label": "6 tháng đầu năm 2025"}
    assert data["ok"] is False and data["out"] is None
    assert [a["unit"] for a in data["accepted"]] == [UNIT_B, UNIT_A, UNIT_C]
    assert {r["file"]: r["code"] for r in data["refused"]} == {older.name: "duplicate_unit", h2.name: "other_period"}
    kept = next(a for a in data["accepted"] if a["unit"] == UNIT_A)
    assert kept["file"] == newer.name and kept["uuid"] == report_set.payload("a_h1_newer")["uuid"]
    assert kept["notes"] and older.name in kept["notes"][0]
    totals = data["totals"]
    assert totals["units"] == 3
    expected = sum(report_set.payload(n)["activity_totals"]["quantity"] for n in ("a_h1_newer", "b_h1", "c_h1"))
    assert totals["activities"]["quantity"] == expected
    assert set(totals) == {"units", "activities", "trainings", "tasks", "compliance"}
    assert set(totals["trainings"]) == {
        "sessions", "organised", "attended", "participants", "hours", "foreign_language_courses"
    }


def test_nothing_accepted_or_nothing_given_exits_1(
    report_set: ReportSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (unsigned,) = report_set.copy(tmp_path, "b_unsigned")
    code, _stdout, stderr = _run(capsys, "compile", unsigned, "--trust", report_set.root_pem)
    assert code == 1
    assert stderr.startswith("bkfi: Không có báo cáo nào được nhận: tệp Phòng TC-KH chưa ký.pdf bị từ chối")
    assert stderr.count("\n") == 1

    code, _stdout, stderr = _run(capsys, "compile")
    assert code == 1 and "Chưa có tệp báo cáo nào" in stderr

    code, _stdout, stderr = _run(capsys, "compile", "--dir", tmp_path / "không có")
    assert code == 1 and "Không tìm thấy thư mục" in stderr

    (good,) = report_set.copy(tmp_path, "a_h1")
    code, _stdout, stderr = _run(capsys, "compile", good, "--period", "2025-H3", "--trust", report_set.root_pem)
    assert code == 1 and "Kỳ báo cáo “2025-H3” không hợp lệ" in stderr


def test_untrusted_without_the_root_and_the_same_file_named_twice(
    report_set: ReportSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (good,) = report_set.copy(tmp_path, "a_h1")
    code, stdout, _stderr = _run(capsys, "compile", good, good, "--dir", tmp_path)  # no --trust, no roots installed
    assert code == 1
    assert stdout.count("TỪ CHỐI") == 1 and "Chữ ký không được tin cậy" in stdout
    code, stdout, _stderr = _run(capsys, "compile", good, "--dir", tmp_path, "--trust", report_set.root_pem)
    assert code == 0 and stdout.count("NHẬN") == 1
