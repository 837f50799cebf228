"""Two plans that use the same task codes: every command that takes a code is unambiguous."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.core.workspace import Workspace


def _plan(key: str, title: str, number: str, contents: list[str]) -> PlanData:
    tasks = [TaskData(f"1.{i}", text, units=[UnitRef("UBND các xã, phường", "implement")]) for i, text in enumerate(contents, 1)]
    return PlanData(key=key, title=title, number=number, year=2025, groups=[GroupData("1", "Nhóm một", tasks=tasks)])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    with Workspace.open(path) as workspace, workspace.transaction() as session:
        apply_plan(session, _plan("kh-10", "Kế hoạch thông tin đối ngoại năm 2025", "10/KH-UBND",
                                  ["Tuyên truyền biển đảo", "Bồi dưỡng cán bộ"]))
        apply_plan(session, _plan("kh-20", "Kế hoạch chuyển đổi số năm 2025", "20/KH-UBND",
                                  ["Số hóa hồ sơ", "Cập nhật cổng thông tin"]))
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_ambiguous_code_is_refused_naming_both_plans(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, db, "assignment", "set", "1.1", "--progress", "50")
    assert code != 0
    assert "có trong 2 kế hoạch" in err and "kh-10" in err and "kh-20" in err
    assert "chuyển đổi số" in err and "--plan" in err
    code, out, err = run(capsys, db, "assignment", "set", "1.1", "--plan", "kh-20", "--progress", "50", "--json")
    assert code == 0, err
    assert json.loads(out)["content"] == "Số hóa hồ sơ" and json.loads(out)["plan"] == "kh-20"
    _code, out, _err = run(capsys, db, "tasks", "list", "--json")
    rows = {(row["plan"], row["code"]): row for row in json.loads(out)}
    assert rows[("kh-20", "1.1")]["assignment"]["progress"] == 50
    assert rows[("kh-10", "1.1")]["assignment"] is None  # the other plan's 1.1 untouched


def test_every_command_taking_a_code_takes_plan(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ("subtask", "add", "1.2", "Gọi điện"),
        ("activity", "add", "--date", "01/03/2025", "--kind", "other", "--title", "Hội nghị", "--task", "1.2"),
        ("evidence", "add", "1.2", "https://example.vn/tin"),
    ):
        code, _out, err = run(capsys, db, *args)
        assert code != 0 and "có trong 2 kế hoạch" in err, args
        code, _out, err = run(capsys, db, *args, "--plan", "kh-10")
        assert code == 0, (args, err)
    code, out, _err = run(capsys, db, "subtask", "list", "1.2", "--plan", "kh-10", "--json")
    assert [row["title"] for row in json.loads(out)] == ["Gọi điện"]
    code, out, _err = run(capsys, db, "subtask", "list", "1.2", "--plan", "kh-20", "--json")
    assert json.loads(out) == []
    code, _out, err = run(capsys, db, "subtask", "list", "1.2", "--plan", "kh-99")
    assert code != 0 and "Không có kế hoạch mã “kh-99”" in err


def test_tasks_list_names_the_plan_beside_codes(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = run(capsys, db, "tasks", "list")
    lines = out.splitlines()
    assert any(line.startswith("[KH 10/KH-UBND] 1.1") for line in lines)
    assert any(line.startswith("[KH 20/KH-UBND] 1.1") for line in lines)
    _code, out, _err = run(capsys, db, "tasks", "list", "--plan", "kh-10")
    assert len(out.splitlines()) == 2 and not out.startswith("[")
