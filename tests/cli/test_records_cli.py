"""Assignments, staff, trainings and activities through the CLI, and its error contract."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import is_nfc


def _task(run_cli, db: Path, code: str) -> dict:
    return next(task for task in run_cli("--db", str(db), "tasks", "list", "--json").json() if task["code"] == code)


def test_assignment_set_round_trip(run_cli, demo_db: Path) -> None:
    result = run_cli(
        "--db", str(demo_db), "assignment", "set", "4.2", "--status", "in_progress", "--progress", "40",
        "--owner", "Nguyễn Văn Bình", "--result", "Đã theo dõi 12 trang mạng xã hội",
    )
    assert result.code == 0, result.err
    assignment = _task(run_cli, demo_db, "4.2")["assignment"]
    assert assignment == {
        "status": "in_progress", "progress": 40, "owner": "Nguyễn Văn Bình", "result": "Đã theo dõi 12 trang mạng xã hội",
    }


def test_assignment_input_is_stored_nfc(run_cli, demo_db: Path) -> None:
    decomposed = "Kết quả tốt".encode().decode()  # typed on a Mac: NFD
    import unicodedata

    nfd = unicodedata.normalize("NFD", decomposed)
    assert run_cli("--db", str(demo_db), "assignment", "set", "4.1", "--result", nfd).code == 0
    result = _task(run_cli, demo_db, "4.1")["assignment"]["result"]
    assert result == unicodedata.normalize("NFC", decomposed)


def test_errors_are_one_vietnamese_line_and_change_nothing(run_cli, demo_db: Path) -> None:
    before = run_cli("--db", str(demo_db), "tasks", "list", "--json").out
    for args, fragment in (
        (("assignment", "set", "99.9", "--progress", "10"), "Không có nhiệm vụ mã “99.9”"),
        (("assignment", "set", "4.2", "--progress", "140"), "Tiến độ phải từ 0 đến 100"),
        (("assignment", "set", "4.2", "--owner", "Người Lạ"), "Không có cán bộ tên “Người Lạ”"),
    ):
        result = run_cli("--db", str(demo_db), *args)
        assert result.code == 1
        assert result.err.count("\n") == 1 and fragment in result.err
    assert run_cli("--db", str(demo_db), "tasks", "list", "--json").out == before


def test_progress_over_100_says_why_and_a_percent_sign_is_fine(run_cli, demo_db: Path) -> None:
    refused = run_cli("--db", str(demo_db), "assignment", "set", "4.2", "--progress", "150")
    assert refused.code == 1 and "Tiến độ phải từ 0 đến 100" in refused.err and "150" in refused.err
    assert _task(run_cli, demo_db, "4.2")["assignment"]["progress"] != 15
    assert run_cli("--db", str(demo_db), "assignment", "set", "4.2", "--progress", "45%").code == 0
    assert _task(run_cli, demo_db, "4.2")["assignment"]["progress"] == 45


def test_staff_training_activity_round_trip(run_cli, demo_db: Path) -> None:
    db = str(demo_db)
    assert run_cli("--db", db, "staff", "add", "Đặng Thị Ngọc", "--title", "Công chức", "--role", "officer").code == 0
    staff = run_cli("--db", db, "staff", "list", "--json").json()
    assert any(p["full_name"] == "Đặng Thị Ngọc" and p["ttdn_role"] == "officer" for p in staff)

    added = run_cli(
        "--db", db, "training", "add", "--title", "Lớp ngoại ngữ", "--date", "2025-06-02", "--topic", "foreign_language",
        "--hours", "24", "--participant", "Đặng Thị Ngọc", "--external", "3", "--json",
    )
    assert added.code == 0, added.err
    assert added.json()["participants"] == ["Đặng Thị Ngọc"]
    trainings = run_cli("--db", db, "training", "list", "--json").json()
    assert any(t["title"] == "Lớp ngoại ngữ" and t["hours"] == 24 for t in trainings)

    result = run_cli(
        "--db", db, "activity", "add", "--date", "2025-06-14", "--kind", "news", "--quantity", "3",
        "--title", "Tin bài về Lễ hội Hoa Mận Đức Xuân", "--task", "1.1",
    )
    assert result.code == 0, result.err
    listed = run_cli("--db", db, "activity", "list", "--search", "hoa man duc xuan", "--json")
    assert is_nfc(listed.out)
    rows = listed.json()
    assert [(r["date"], r["kind"], r["quantity"], r["title"]) for r in rows] == [
        ("2025-06-14", "news", 3, "Tin bài về Lễ hội Hoa Mận Đức Xuân")
    ]


def test_bad_usage_exits_2_with_vietnamese_reason(demo_db: Path, capsys) -> None:
    import pytest

    from bkfi_desktop.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["--db", str(demo_db), "activity", "add", "--date", "31/02/2025", "--kind", "news", "--title", "x"])
    assert exited.value.code == 2
    assert "ngày “31/02/2025” không hợp lệ" in capsys.readouterr().err


def test_an_unexplained_file_error_is_still_one_vietnamese_line(run_cli, demo_db: Path, monkeypatch) -> None:
    import errno

    from bkfi_desktop.core import activities

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(demo_db))

    monkeypatch.setattr(activities, "count_activities", full_disk)
    result = run_cli("--db", str(demo_db), "activity", "list")
    assert result.code == 1
    assert result.err == f"bkfi: không xử lý được tệp “{demo_db}”: ổ đĩa đã đầy.\n"


def test_report_mark_sent(run_cli, demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    assert run_cli("--db", db, "report", "build", "--period", "2025-H1", "--out", str(tmp_path / "bc.pdf")).code == 0
    sent = run_cli("--db", db, "report", "mark-sent", "1")
    assert sent.code == 0 and "01/BC-UBND" in sent.out
    assert run_cli("--db", db, "report", "list", "--json").json()[0]["status"] == "sent"
    again = run_cli("--db", db, "report", "mark-sent", "1")
    assert again.code == 1 and "chỉ báo cáo đã lập hoặc đã ký mới gửi được" in again.err
