"""Reports by plan: a report about one plan holds only its tasks and names it; the unit's whole work
has one section per plan; the payload says which plan each task is of, and the compile keeps plans apart."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.core import assignments
from bkfi_desktop.core.periods import parse_period
from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.core.reports.compile import compile_content
from bkfi_desktop.core.store.backup import backup_to
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.report_pdf.body import introduction
from bkfi_desktop.exchange.compilation_report import _tasks, task_units

SECOND = ["Số hóa hồ sơ một cửa", "Cập nhật cổng thông tin điện tử phường"]


@pytest.fixture
def two_plans(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "hai kế hoạch.db"
    backup_to(demo_file, target)
    ward = [UnitRef("UBND các xã, phường", "implement")]
    data = PlanData(
        key="kh-99-cds", title="Kế hoạch chuyển đổi số năm 2025", number="99/KH-UBND", year=2025,
        issued_on=dt.date(2025, 1, 10), issuer="Ủy ban nhân dân thành phố Bắc Kạn",
        groups=[GroupData("1", "Chuyển đổi số", tasks=[TaskData(f"1.{i}", text, units=ward) for i, text in enumerate(SECOND, 1)])],
    )
    with Workspace.open(target) as workspace, workspace.transaction() as session:
        plan_id = apply_plan(session, data).plan_id
        from bkfi_desktop.core.tasks import get_task

        assignments.set_assignment(session, get_task(session, "1.1", plan=plan_id), progress=40)
    return target


def _payload(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, *extra: str) -> dict[str, Any]:
    out = tmp_path / f"dữ liệu{len(extra)}.json"
    code = main(["--db", str(db), "report", "build", "--period", "2025-H1", "--preview", "--out",
                 str(tmp_path / f"bc{len(extra)}.pdf"), "--payload-out", str(out), *extra])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(out.read_text(encoding="utf-8"))


def test_a_report_about_one_plan_holds_only_its_tasks(two_plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = _payload(capsys, two_plans, tmp_path, "--plan", "kh-99-cds")
    assert payload["plan"]["key"] == "kh-99-cds"
    assert [task["content"] for task in payload["tasks"]] == SECOND
    assert "plans" not in payload  # one plan: the payload reads as before
    with Workspace.open(two_plans) as workspace, workspace.session() as session:
        content = compile_content(session, parse_period("2025-H1"), "kh-99-cds")
    assert introduction(content).startswith("Thực hiện Kế hoạch số 99/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân")


def test_the_whole_work_has_a_section_per_plan(two_plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = _payload(capsys, two_plans, tmp_path)
    keys = [plan["key"] for plan in payload["plans"]]
    assert len(keys) == 2 and "kh-99-cds" in keys
    ours = [task for task in payload["tasks"] if task["plan"] == "kh-99-cds"]
    assert [task["content"] for task in ours] == SECOND
    assert all(task["group"].startswith("KH 99/KH-UBND — ") for task in ours)
    others = [task for task in payload["tasks"] if task["plan"] != "kh-99-cds"]
    assert others and not any(task["group"].startswith("KH 99") for task in others)
    with Workspace.open(two_plans) as workspace, workspace.session() as session:
        content = compile_content(session, parse_period("2025-H1"))
    intro = introduction(content)
    assert "Kế hoạch số 99/KH-UBND" in intro and intro.count("Kế hoạch") >= 2


def test_the_compile_keeps_two_plans_1_1_apart() -> None:
    def report(unit: str, plans: list[tuple[str, str]]) -> Any:
        tasks = [{"code": "1.1", "plan": key, "group": key, "content": text, "role": "implement",
                  "status": "in_progress", "progress": 50} for key, text in plans]
        return SimpleNamespace(unit_name=unit, payload={"plan": None, "tasks": tasks})

    accepted = [report("Phường A", [("kh-b", "Số hóa"), ("kh-a", "Tuyên truyền")]),
                report("Phường B", [("kh-a", "Tuyên truyền"), ("kh-b", "Số hóa")])]
    lines = _tasks(accepted)  # type: ignore[arg-type]
    assert [(line.plan, line.content) for line in lines] == [
        ("kh-a", "Tuyên truyền — Phường A"), ("kh-a", "Tuyên truyền — Phường B"),
        ("kh-b", "Số hóa — Phường A"), ("kh-b", "Số hóa — Phường B"),
    ]
    assert task_units(accepted) == ["Phường A", "Phường B", "Phường A", "Phường B"]  # type: ignore[arg-type]
    # A report from before plans were named per task: its one plan is the payload's plan.
    old = SimpleNamespace(unit_name="Phường C", payload={"plan": {"key": "kh-a"}, "tasks": [
        {"code": "1.1", "content": "Tuyên truyền", "role": "implement", "status": "done", "progress": 100}]})
    assert [line.plan for line in _tasks([*accepted, old])].count("kh-a") == 3  # type: ignore[list-item]


def test_the_report_speaks_of_its_plans_topic(two_plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(two_plans), "plan", "set", "kh-99-cds", "--topic", "chuyển đổi số"]) == 0
    capsys.readouterr()
    payload = _payload(capsys, two_plans, tmp_path, "--plan", "kh-99-cds")
    assert payload["document"]["subject"] == "Kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2025"
    with Workspace.open(two_plans) as workspace, workspace.session() as session:
        one = compile_content(session, parse_period("2025-H1"), "kh-99-cds")
        whole = compile_content(session, parse_period("2025-H1"))
    assert "báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng" in introduction(one)
    assert "thông tin đối ngoại" not in introduction(one)
    assert "công tác thông tin đối ngoại và chuyển đổi số" in introduction(whole)
