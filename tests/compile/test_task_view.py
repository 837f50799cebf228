"""The per-task view of a compile: under each task of the plan, what each unit with a role reported
(status, progress, result) and which units with a role did not — in `--json` (`tasks`), as a text
table (`--tasks`) and as a sheet of the consolidated workbook."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from bkfi_desktop.cli import main
from bkfi_desktop.core.task_duties import DutyUnit, TaskDuty, unit_keys
from bkfi_desktop.exchange.compilation_board import BoardRow
from bkfi_desktop.exchange.compilation_model import AcceptedReport, Compilation, UnitFigures
from bkfi_desktop.exchange.compilation_tasks import NOT_NAMED, NOT_SENT, SHEET_TITLE, build_task_view
from tests.compile.conftest import UNIT_A, UNIT_B, UNIT_C, ReportSet

CITY_VHTT = "Phòng Văn hoá và Thông tin thành phố"  # the compiling office: lead of 2.1, reports to nobody


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _office(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    """An office that imported the plan (the built-in one): it knows which units have a role in each task."""
    assert _run(capsys, "--db", db, "demo")[0] == 0
    assert _run(capsys, "--db", db, "profile", "set", "--unit", CITY_VHTT)[0] == 0


def _payload_task(report_set: ReportSet, name: str, code: str) -> dict[str, Any]:
    return next(task for task in report_set.payload(name)["tasks"] if task["code"] == code)


def test_json_lists_each_task_with_what_each_unit_reported_and_who_did_not(
    report_set: ReportSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "tong-hop.db"
    _office(capsys, db)
    paths = report_set.copy(tmp_path / "nhận", "a_h1", "b_h1", "c_h1")
    code, out, err = _run(
        capsys, "--db", db, "compile", *paths, "--period", "2025-H1", "--trust", report_set.root_pem, "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    tasks = data["tasks"]
    # the board agrees: the plan's "Phòng Tư pháp thành phố" is the unit whose report says "Phòng Tư pháp"
    board = {row["unit"]: row["status"] for row in data["roster"]}  # late: the default deadline has passed
    assert board["Phòng Tư pháp thành phố"] == "late" and UNIT_A not in board
    assert board["Ủy ban nhân dân xã Nông Thượng"] == "late" and board["Phòng Nội vụ thành phố"] == "missing"
    codes = [task["code"] for task in tasks]
    assert codes[:3] == ["1.1", "1.2", "2.1"] and codes[-1] == "IV.8"  # the plan's order
    by_code = {task["code"]: task for task in tasks}
    assert set(by_code["1.1"]) >= {"plan", "code", "title", "units"}
    assert by_code["1.1"]["title"].startswith("Phổ biến, quán triệt")

    # every task a unit reported is under its task, with the unit's own status, progress and result
    for name, unit in (("a_h1", UNIT_A), ("b_h1", UNIT_B), ("c_h1", UNIT_C)):
        for reported in report_set.payload(name)["tasks"]:
            lines = [line for line in by_code[reported["code"]]["units"] if line["unit"] == unit]
            assert len(lines) == 1, (unit, reported["code"])
            line = lines[0]
            assert (line["status"], line["progress"], line["result"]) == (
                reported["status"], reported["progress"], reported["result"]
            )
            assert line["reported"] is True

    # units with a role (from the plan's collective "các phòng, ban, ngành…") that sent nothing: missing
    first = {line["unit"]: line for line in by_code["1.1"]["units"]}
    assert first["Phòng Nội vụ thành phố"]["status"] == "missing"
    assert first["Phòng Nội vụ thành phố"]["note"] == NOT_SENT and first["Phòng Nội vụ thành phố"]["progress"] is None
    # "Phòng Tư pháp" (its report) is the directory's "Phòng Tư pháp thành phố": listed once, as reported
    assert "Phòng Tư pháp thành phố" not in first and first[UNIT_A]["reported"]
    # the office itself has a role in 2.1 but does not report to itself
    assert CITY_VHTT not in {line["unit"] for line in by_code["2.1"]["units"]}
    # IV.4 is led by the city's finance office only: its report ("Phòng Tài chính - Kế hoạch") is that unit
    lead = by_code["IV.4"]["units"]
    assert [(line["unit"], line["role"], line["reported"]) for line in lead] == [(UNIT_B, "lead", True)]
    assert (by_code["IV.4"]["reported"], by_code["IV.4"]["missing"]) == (1, 0)
    # IV.1 is the office's own task: nobody else has a role, nobody is missing
    assert by_code["IV.1"]["units"] == [] if "IV.1" in by_code else True
    # reporting units come first, then the missing ones
    statuses = [line["reported"] for line in by_code["1.1"]["units"]]
    assert statuses == sorted(statuses, reverse=True) and statuses.count(True) == 3


def test_text_table_and_workbook_sheet(
    report_set: ReportSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "tong-hop.db"
    _office(capsys, db)
    paths = report_set.copy(tmp_path / "nhận", "a_h1", "b_h1")
    out = tmp_path / "TONG_HOP.xlsx"
    code, stdout, err = _run(
        capsys, "--db", db, "compile", *paths, "--trust", report_set.root_pem, "--out", out, "--tasks"
    )
    assert code == 0, err
    lines = stdout.splitlines()
    task = _payload_task(report_set, "a_h1", "1.1")
    start = next(i for i, line in enumerate(lines) if line.startswith("Nhiệm vụ 1.1: "))
    block = lines[start + 1 : next(i for i in range(start + 1, len(lines)) if lines[i].startswith("Nhiệm vụ "))]
    mine = next(line for line in block if line.startswith(f"  {UNIT_A} ("))
    assert f"{task['progress']}%" in mine and " ".join(task["result"].split()) in mine
    assert any(line.startswith("  Phòng Nội vụ thành phố (") and NOT_SENT in line for line in block)

    book = load_workbook(out)
    assert SHEET_TITLE in book.sheetnames
    sheet = book[SHEET_TITLE]
    headings = [cell.value for cell in sheet[3]]
    assert headings[:4] == ["TT", "Mã nhiệm vụ", "Nhiệm vụ", "Đơn vị"]
    rows = [dict(zip(headings, row, strict=True)) for row in sheet.iter_rows(min_row=4, values_only=True)]
    row = next(r for r in rows if r["Mã nhiệm vụ"] == "1.1" and r["Đơn vị"] == UNIT_A)
    assert (row["Tiến độ (%)"], row["Kết quả"] or "") == (task["progress"], task["result"])
    # unit C sent nothing this time: the directory's name for it, missing
    missing = next(r for r in rows if r["Mã nhiệm vụ"] == "1.1" and r["Đơn vị"] == "Ủy ban nhân dân xã Nông Thượng")
    assert (missing["Tình trạng"], missing["Ghi chú"]) == ("Chưa báo cáo", NOT_SENT)


def test_without_a_workspace_the_view_has_what_the_reports_say(
    report_set: ReportSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = report_set.copy(tmp_path, "a_h1", "c_h1")
    code, out, err = _run(capsys, "compile", *paths, "--trust", report_set.root_pem, "--json")
    assert code == 0, err
    tasks = json.loads(out)["tasks"]
    expected = {task["code"] for name in ("a_h1", "c_h1") for task in report_set.payload(name)["tasks"]}
    assert {task["code"] for task in tasks} == expected
    assert all(line["reported"] for task in tasks for line in task["units"])


def _accepted(payload: dict[str, Any], unit: str, file: str) -> AcceptedReport:
    return AcceptedReport(
        file=file, path=Path(file), unit_name=unit, number_text="01/BC-UBND", issued_on=dt.date(2025, 6, 10),
        signing_time=None, signer=None, signer_organisation=None, uuid=file, period_code="2025-H1",
        period_label="6 tháng đầu năm 2025", figures=UnitFigures.from_payload(payload), payload=payload,
    )


def test_a_missing_unit_says_why_and_two_plans_tasks_stay_apart(report_set: ReportSet) -> None:
    payload = report_set.payload("a_h1")
    plan = payload["plan"]["key"]
    without_12 = {**payload, "tasks": [task for task in payload["tasks"] if task["code"] == "1.1"]}
    other_plan = {**report_set.payload("b_h1")}
    other_plan["tasks"] = [{**task, "plan": "ke-hoach-khac"} for task in other_plan["tasks"] if task["code"] == "1.1"]
    compilation = Compilation("2025-H1", "6 tháng đầu năm 2025", accepted=[
        _accepted(without_12, UNIT_A, "a.pdf"), _accepted(other_plan, UNIT_B, "b.pdf"),
    ])
    board = [
        BoardRow(UNIT_A, "on_time", "Hợp lệ.", file="a.pdf"),
        BoardRow(UNIT_B, "late", "Ký sau hạn", days_late=3, file="b.pdf"),
        BoardRow(UNIT_C, "refused", "Bị sửa sau khi ký: chữ ký không còn khớp."),
        BoardRow("Phòng Y tế", "missing", "Chưa nhận được báo cáo."),
    ]  # "Phòng Kinh tế" has a role but is not on the roster this period: not expected, not listed
    roles = tuple(
        DutyUnit(name, "implement", unit_keys(name))
        for name in ("Phòng Tư pháp thành phố", "Ủy ban nhân dân xã Nông Thượng", "Phòng Y tế", "Phòng Kinh tế")
    )
    duties = [TaskDuty(plan, code, "1. Nhóm", f"Nhiệm vụ {code}", "", roles) for code in ("1.1", "1.2", "1.10")]

    rows = build_task_view(compilation, board, duties)

    assert [(row.plan, row.code) for row in rows] == [
        (plan, "1.1"), (plan, "1.2"), (plan, "1.10"), ("ke-hoach-khac", "1.1"),
    ]
    second = {line.unit: line for line in rows[1].units}
    assert second["Phòng Tư pháp thành phố"].note == NOT_NAMED  # its report leaves 1.2 out
    assert "bị từ chối" in second["Ủy ban nhân dân xã Nông Thượng"].note
    assert second["Phòng Y tế"].note == NOT_SENT
    assert not any(line.reported for line in rows[1].units)
    first = [line.unit for line in rows[0].units]
    assert first == [UNIT_A, "Ủy ban nhân dân xã Nông Thượng", "Phòng Y tế"]  # A once, as it reported
    apart = rows[3].units
    assert [line.unit for line in apart] == [UNIT_B] and apart[0].note == "Báo cáo nộp muộn 3 ngày."
