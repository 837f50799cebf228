"""`bkfi plan list|show|set|archive`: a plan's details corrected, an archived plan kept read-only and
out of today's lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bkfi_desktop.cli import main
from tests.exchange import builders


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "w.db"
    assert run(capsys, path, "import-tasks", str(builders.seed_docx(tmp_path / "kế hoạch.docx")))[0] == 0
    assert run(capsys, path, "import-tasks", str(builders.appendix_xlsx(tmp_path / "kh 125.xlsx")))[0] == 0
    return path


def test_list_show_and_correct_a_plans_details(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "plan", "list", "--json")
    plans = json.loads(out)
    assert code == 0 and len(plans) == 2
    seed = next(plan for plan in plans if plan["title"].startswith("Triển khai thực hiện"))
    assert seed["tasks"] == 20 and seed["topic"] == "thông tin đối ngoại"

    code, out, err = run(capsys, db, "plan", "set", seed["key"], "--number", "88/KH-UBND", "--issued-on", "12/07/2024",
                         "--issuer", "Ủy ban nhân dân thành phố Bắc Kạn", "--valid-from", "12/07/2024",
                         "--valid-to", "31/12/2030", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["number"], data["issued_on"], data["valid_to"]) == ("88/KH-UBND", "2024-07-12", "2030-12-31")
    assert data["short_name"] == "KH 88/KH-UBND"
    code, out, _ = run(capsys, db, "plan", "show", seed["key"])
    assert "Số: 88/KH-UBND; ngày: 12/07/2024" in out and "hiệu lực: 12/07/2024 – 31/12/2030" in out

    code, _out, err = run(capsys, db, "plan", "set", seed["key"], "--valid-from", "01/01/2031")
    assert code != 0 and "Thời gian hiệu lực không hợp lệ" in err
    code, _out, err = run(capsys, db, "plan", "set", seed["key"], "--title", "  ")
    assert code != 0 and "không được để trống" in err
    _code, out, _ = run(capsys, db, "plan", "show", seed["key"], "--json")
    assert json.loads(out)["valid_from"] == "2024-07-12"  # a refused change changes nothing


def test_an_archived_plan_is_kept_read_only_and_out_of_todays_lists(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = run(capsys, db, "plan", "list", "--json")
    other = next(plan for plan in json.loads(out) if plan["number"] == "125/KH-UBND")
    _code, out, _ = run(capsys, db, "tasks", "list", "--plan", other["key"], "--json")
    code_of_one = json.loads(out)[0]["code"]

    assert run(capsys, db, "plan", "archive", other["key"])[0] == 0
    _code, out, _ = run(capsys, db, "plan", "list", "--json")
    assert other["key"] not in [plan["key"] for plan in json.loads(out)]
    _code, out, _ = run(capsys, db, "plan", "list", "--archived", "--json")
    assert [plan["archived"] for plan in json.loads(out) if plan["key"] == other["key"]] == [True]
    _code, out, _ = run(capsys, db, "tasks", "list", "--json")
    assert all(task["plan"] != other["key"] for task in json.loads(out))

    code, _out, err = run(capsys, db, "assignment", "set", code_of_one, "--plan", other["key"], "--progress", "30")
    assert code != 0 and "đã được lưu trữ (chỉ xem)" in err
    code, _out, err = run(capsys, db, "plan", "set", other["key"], "--topic", "chuyển đổi số")
    assert code != 0 and "đã được lưu trữ" in err

    assert run(capsys, db, "plan", "archive", other["key"], "--restore")[0] == 0
    code, _out, err = run(capsys, db, "assignment", "set", code_of_one, "--plan", other["key"], "--progress", "30")
    assert code == 0, err
