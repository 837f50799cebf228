"""`bkfi import-tasks` end to end: dry run, re-import keeping the unit's work, withdrawn tasks,
and every bad file refused with one Vietnamese line and no change to the data."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from bkfi_desktop.cli import main
from bkfi_desktop.core.store.models import Assignment, Task
from bkfi_desktop.core.workspace import Workspace
from tests.exchange import builders


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _dump(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(table, *row) for table in tables for row in connection.execute(f'SELECT * FROM "{table}"')]


def test_dry_run_reports_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dữ liệu.db"
    appendix = builders.appendix_xlsx(tmp_path / "phụ lục.xlsx")
    code, out, err = run(capsys, "--db", str(db), "import-tasks", str(appendix), "--dry-run", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["dry_run"] is True and len(result["added"]) == 6 and result["withdrawn"] == []
    code, out, _ = run(capsys, "--db", str(db), "tasks", "list", "--json")
    assert json.loads(out) == []


def test_reimport_keeps_progress_and_withdraws_removed_tasks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dữ liệu.db"
    first = builders.simple_xlsx(tmp_path / "v1.xlsx", [
        ["(Kèm theo Kế hoạch số 7/KH-UBND ngày 02/01/2025)"],
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        [1, "Đăng tin đối ngoại", "Phòng Nội vụ", "Hằng quý"],
        [2, "Tập huấn cán bộ", "Phòng Nội vụ", "Quý IV/2025"],
        [3, "Phát hành tờ gấp", "Phòng Tư pháp", "Năm 2025"],
    ])
    assert run(capsys, "--db", str(db), "import-tasks", str(first))[0] == 0
    with Workspace.open(db) as workspace, workspace.transaction() as session:
        task = session.scalar(select(Task).where(Task.code == "2"))
        assert task is not None
        session.add(Assignment(task_id=task.id, status="in_progress", progress=60, result="Đã mở 1 lớp"))

    second = builders.simple_xlsx(tmp_path / "v2 (sửa).xlsx", [
        ["(Kèm theo Kế hoạch số 7/KH-UBND ngày 02/01/2025)"],
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        [1, "Đăng tin đối ngoại", "Phòng Nội vụ", "Hằng tháng"],
        [2, "Tập huấn cán bộ", "Phòng Nội vụ", "Quý IV/2025"],
    ])
    code, out, err = run(capsys, "--db", str(db), "import-tasks", str(second), "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert (result["added"], result["changed"], result["withdrawn"], result["unchanged"]) == ([], ["1"], ["3"], 1)

    code, out, _ = run(capsys, "--db", str(db), "tasks", "list", "--withdrawn", "--json")
    tasks = {task["code"]: task for task in json.loads(out)}
    assert len(tasks) == 3, "a second import must not duplicate tasks"
    assert tasks["1"]["recurrence"] == "monthly" and tasks["1"]["deadline_text"] == "Hằng tháng"
    assert tasks["2"]["due_date"] == "2025-12-31" and tasks["2"]["lead_units"] == ["Phòng Nội vụ"]
    assert tasks["3"]["withdrawn"] is True
    with Workspace.open(db) as workspace, workspace.session() as session:
        kept = session.scalar(select(Assignment).join(Task).where(Task.code == "2"))
        assert kept is not None and (kept.progress, kept.result) == (60, "Đã mở 1 lớp")


def test_seed_plan_imports_with_deadlines_and_roles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dữ liệu.db"
    code, out, _ = run(capsys, "--db", str(db), "import-tasks", str(builders.seed_path()))
    assert code == 0 and "Đã nhập 20 nhiệm vụ trong 6 nhóm" in out
    code, out, _ = run(capsys, "--db", str(db), "tasks", "list", "--json")
    tasks = {task["code"]: task for task in json.loads(out)}
    assert tasks["2.1"]["lead_units"] == ["Phòng Văn hoá và Thông tin thành phố"]
    assert tasks["2.1"]["support_units"] == ["Các phòng, ban, ngành, đoàn thể thành phố", "Ủy ban nhân dân các xã, phường"]
    assert tasks["IV.8"]["recurrence"] == "semiannual"
    code, out, _ = run(capsys, "--db", str(db), "import-tasks", str(builders.seed_path()), "--json")
    assert json.loads(out)["unchanged"] == 20


def _password_protected(path: Path) -> Path:
    """An OLE compound file holding EncryptedPackage, as Office saves a password-protected .xlsx."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    entry = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    path.write_bytes(header + entry.ljust(128, b"\x00") + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 400)
    return path


def _old_xls(path: Path) -> Path:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "Workbook".encode("utf-16-le") + b"\x00" * 600)
    return path


def _truncated(path: Path, tmp_path: Path) -> Path:
    full = builders.appendix_xlsx(tmp_path / "full.xlsx").read_bytes()
    path.write_bytes(full[: len(full) // 2])
    return path


def _corrupt_member(path: Path, tmp_path: Path) -> Path:
    source = builders.appendix_xlsx(tmp_path / "whole.xlsx")
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, b"<worksheet><sheetData><row" if item.filename.endswith("sheet1.xml") else data)
    return path


def _no_table(path: Path) -> Path:
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet["A1"] = "Tổng hợp kinh phí"
    wb.save(path)
    return path


def _too_many_rows(path: Path) -> Path:
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("Lớn")
    sheet.append(["STT", "Nội dung", "Chủ trì"])
    for n in range(50_001):
        sheet.append([n, "x", "y"])
    wb.save(path)
    return path


BAD_FILES = {
    "rỗng.xlsx": (lambda p, t: _bytes(p, b""), "rỗng"),
    "ảnh.xlsx": (lambda p, t: _bytes(p, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), "ảnh"),
    "đổi tên.docx": (lambda p, t: _bytes(p, "xin chào".encode()), "không phải Word"),
    "cũ.xls": (lambda p, t: _old_xls(p), ".xlsx"),
    "mật khẩu.xlsx": (lambda p, t: _password_protected(p), "mật khẩu"),
    "dở dang.xlsx": (_truncated, "bị hỏng"),
    "hỏng.xlsx": (_corrupt_member, "bị hỏng"),
    "không bảng.xlsx": (lambda p, t: _no_table(p), "không có bảng nhiệm vụ"),
    "nén.zip": (lambda p, t: _zip_of_text(p), "tệp nén"),
    "ghi chú.txt": (lambda p, t: _bytes(p, "Họp giao ban thứ hai.\n".encode()), "không có nhiệm vụ"),
}


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip_of_text(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "x")
    return path


@pytest.fixture(scope="module")
def imported_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("db")
    db = folder / "dữ liệu.db"
    assert main(["--db", str(db), "import-tasks", str(builders.appendix_xlsx(folder / "pl.xlsx"))]) == 0
    return db


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_refused_with_one_line_and_no_change(
    name: str, imported_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, reason = BAD_FILES[name]
    path = make(tmp_path / name, tmp_path)
    before = _dump(imported_db)
    code, out, err = run(capsys, "--db", str(imported_db), "import-tasks", str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("bkfi: ")
    assert name in err and reason in err
    assert _dump(imported_db) == before


@pytest.mark.slow
def test_over_50000_rows_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _too_many_rows(tmp_path / "lớn.xlsx")
    code, _out, err = run(capsys, "--db", str(tmp_path / "d.db"), "import-tasks", str(path))
    assert code == 1 and "50.000" in err and "lớn.xlsx" in err
    assert not (tmp_path / "d.db").exists()


def test_missing_file_and_oversized_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--db", str(tmp_path / "d.db"), "import-tasks", str(tmp_path / "không có.xlsx"))
    assert code == 1 and "không có.xlsx" in err
    big = tmp_path / "lớn.txt"
    with big.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    code, _out, err = run(capsys, "--db", str(tmp_path / "d.db"), "import-tasks", str(big))
    assert code == 1 and "quá lớn" in err and "20 MB" in err


def test_template_xlsx_command_writes_an_importable_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "mẫu phụ lục.xlsx"
    code, out, _ = run(capsys, "template-xlsx", str(out_path))
    assert code == 0 and "mẫu phụ lục.xlsx" in out
    from openpyxl import load_workbook

    sheet = load_workbook(out_path).active
    assert sheet is not None
    assert sheet.page_setup.orientation == "landscape" and sheet.freeze_panes == "A11"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    code, out, _ = run(capsys, "--db", str(tmp_path / "d.db"), "import-tasks", str(out_path), "--dry-run", "--json")
    result = json.loads(out)
    assert result["added"] == ["I.1", "I.2"] and result["warnings"] == []
