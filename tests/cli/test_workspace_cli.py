"""`bkfi demo`, `tasks list`, `units list`, `db check|backup|restore` as scripts use them."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.conftest import is_nfc

TASK_FIELDS = {
    "code", "group", "group_title", "content", "details", "lead_units", "support_units", "implement_units",
    "deadline_text", "due_date", "recurrence", "product", "mine", "assignment",
}


def test_demo_in_a_vietnamese_path_gives_the_plan_tasks(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "thử nghiệm" / "đơn vị.db"
    created = run_cli("--db", str(db), "demo")
    assert created.code == 0, created.err
    assert "UBND phường Đức Xuân" in created.out

    listed = run_cli("--db", str(db), "tasks", "list", "--json")
    assert listed.code == 0, listed.err
    assert is_nfc(listed.out)
    tasks = listed.json()
    assert len(tasks) >= 12
    assert len({task["group"] for task in tasks}) >= 5
    for task in tasks:
        assert TASK_FIELDS <= set(task), task["code"]
        assert task["due_date"] is None or len(task["due_date"]) == 10
    policy = [task for task in tasks if task["group_title"].startswith("Hoàn thiện cơ chế, chính sách")]
    assert policy, "group 2 of the plan is missing"
    for task in policy:
        assert any("Văn hoá và Thông tin" in unit or "Văn hóa và Thông tin" in unit for unit in task["lead_units"])
    # The demo unit is a ward: tasks for "UBND các xã, phường" are its own, with its progress.
    mine = [task for task in tasks if task["mine"]]
    assert mine and any(task["assignment"] and task["assignment"]["progress"] > 0 for task in mine)
    budget = next(task for task in tasks if task["deadline_text"] == "Hằng năm")
    assert budget["recurrence"] == "yearly"


def test_demo_refuses_to_overwrite_a_workspace_with_data(run_cli, demo_db: Path) -> None:
    again = run_cli("--db", str(demo_db), "demo")
    assert again.code == 1
    assert again.err.count("\n") == 1 and "đã có dữ liệu" in again.err


def test_tasks_list_mine_only_lists_the_units_tasks(run_cli, demo_db: Path) -> None:
    everything = run_cli("--db", str(demo_db), "tasks", "list", "--json").json()
    mine = run_cli("--db", str(demo_db), "tasks", "list", "--mine", "--json").json()
    assert 0 < len(mine) < len(everything)
    assert all(task["mine"] for task in mine)
    # The budget duty belongs to Phòng Tài chính - Kế hoạch, not to a ward.
    assert not any("kinh phí" in task["content"] and task["lead_units"] == ["Phòng Tài chính - Kế hoạch thành phố"] for task in mine)


def test_units_list_json(run_cli, demo_db: Path) -> None:
    result = run_cli("--db", str(demo_db), "units", "list", "--json")
    assert result.code == 0
    units = result.json()
    assert all(set(unit) == {"id", "name", "category", "aliases"} for unit in units)
    names = {unit["name"] for unit in units}
    assert "UBND phường Đức Xuân" in names or "Ủy ban nhân dân phường Đức Xuân" in names
    collective = next(unit for unit in units if unit["name"] == "Các phòng, ban, ngành, đoàn thể thành phố")
    assert collective["category"] == "collective"


def test_db_check_passes_a_healthy_workspace_and_fails_overwritten_pages(run_cli, demo_db: Path, tmp_path: Path) -> None:
    healthy = run_cli("--db", str(demo_db), "db", "check")
    assert healthy.code == 0, healthy.err

    damaged = tmp_path / "hỏng.db"
    shutil.copyfile(demo_db, damaged)
    data = bytearray(damaged.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, min(len(data) // page_size, 12)):
        start = page * page_size
        data[start : start + page_size] = bytes([0xA5]) * page_size
    damaged.write_bytes(bytes(data))
    broken = run_cli("--db", str(damaged), "db", "check")
    assert broken.code != 0
    assert "có lỗi" in broken.err and str(damaged) in broken.err


def test_backup_and_restore_round_trip(run_cli, demo_db: Path, tmp_path: Path) -> None:
    backup_file = tmp_path / "sao lưu" / "bản 1.db"
    made = run_cli("--db", str(demo_db), "db", "backup", str(backup_file))
    assert made.code == 0 and backup_file.is_file()

    assert run_cli("--db", str(demo_db), "staff", "add", "Phạm Thị Mới").code == 0
    assert "Phạm Thị Mới" in run_cli("--db", str(demo_db), "staff", "list").out

    restored = run_cli("--db", str(demo_db), "db", "restore", str(backup_file))
    assert restored.code == 0, restored.err
    assert "Phạm Thị Mới" not in run_cli("--db", str(demo_db), "staff", "list").out


def test_restore_refuses_a_damaged_backup_and_keeps_data(run_cli, demo_db: Path, tmp_path: Path) -> None:
    junk = tmp_path / "rác.db"
    junk.write_bytes(b"not a database at all" * 100)
    before = run_cli("--db", str(demo_db), "staff", "list", "--json").json()
    refused = run_cli("--db", str(demo_db), "db", "restore", str(junk))
    assert refused.code == 1 and str(junk) in refused.err
    assert run_cli("--db", str(demo_db), "staff", "list", "--json").json() == before


def test_importing_the_seed_into_the_demo_updates_the_built_in_plan(run_cli, demo_db: Path) -> None:
    """The seed document and the built-in plan are one plan: nothing added, nothing withdrawn."""
    seed = Path(__file__).resolve().parents[1] / "exchange" / "data" / "000_52246ce62e7c95bb.txt"
    before = run_cli("--db", str(demo_db), "tasks", "list", "--json").json()
    result = run_cli("--db", str(demo_db), "import-tasks", str(seed), "--json")
    assert result.code == 0, result.err
    summary = result.json()
    assert (summary["added"], summary["withdrawn"]) == ([], [])
    after = run_cli("--db", str(demo_db), "tasks", "list", "--json").json()
    assert [task["assignment"] for task in after] == [task["assignment"] for task in before]


def test_a_mistyped_db_path_is_reported_not_created(run_cli, tmp_path: Path) -> None:
    missing = tmp_path / "gõ nhầm" / "đơn vi.db"
    for args in (("tasks", "list"), ("staff", "list", "--json"), ("report", "list"), ("assignment", "set", "1.1", "--progress", "5")):
        result = run_cli("--db", str(missing), *args)
        assert result.code == 1, args
        assert result.err.count("\n") == 1 and "Không tìm thấy tệp dữ liệu" in result.err and str(missing) in result.err
    assert not missing.parent.exists()
    # Commands that add data create the workspace.
    assert run_cli("--db", str(missing), "staff", "add", "Nông Văn Dền").code == 0
    assert missing.is_file()
