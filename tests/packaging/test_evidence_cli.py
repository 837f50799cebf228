"""`bkfi evidence add CODE FILE|URL` and `bkfi evidence list CODE [--json]` as scripts use them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bkfi_desktop.cli import main


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    db = tmp_path / "đơn vị" / "bkfi.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "tasks", "list", "--json"]) == 0
    return db, json.loads(capsys.readouterr().out)[0]["code"]


def listed(db: Path, code: str, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(db), "evidence", "list", code, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_files_and_links_are_recorded_and_listed(demo, tmp_path, capsys) -> None:
    db, code = demo
    proof = tmp_path / "Ảnh hội nghị.JPG"
    proof.write_bytes(b"\xff\xd8 anh" * 100)
    assert main(["--db", str(db), "evidence", "add", code, str(proof)]) == 0
    assert main(["--db", str(db), "evidence", "add", code, "www.baobackan.org.vn/tin-bai", "--label", "Tin bài"]) == 0
    assert "https://www.baobackan.org.vn/tin-bai" in capsys.readouterr().out
    file_item, link_item = listed(db, code, capsys)
    assert file_item["kind"] == "file" and file_item["original_name"] == "Ảnh hội nghị.JPG"
    stored = Path(file_item["path"])
    assert file_item["present"] and stored.parent.parent == db.parent / "evidence"
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == file_item["sha256"] == stored.stem
    assert link_item == link_item | {"kind": "link", "url": "https://www.baobackan.org.vn/tin-bai", "label": "Tin bài", "path": None}

    stored.unlink()  # someone cleaned the folder by hand: the listing says so instead of hiding it
    assert main(["--db", str(db), "evidence", "list", code]) == 0
    assert "THIẾU TỆP" in capsys.readouterr().out


@pytest.mark.parametrize("source", ["D:\\minh chung\\bien-ban.pdf", "bien-ban-hop.docx", "./anh/hop.jpg"])
def test_a_missing_file_is_refused_not_taken_for_a_link(demo, capsys, source) -> None:
    db, code = demo
    capsys.readouterr()
    assert main(["--db", str(db), "evidence", "add", code, source]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Không tìm thấy tệp minh chứng" in err
    assert listed(db, code, capsys) == []


def test_a_task_that_does_not_exist_or_a_bad_address_changes_nothing(demo, capsys) -> None:
    db, code = demo
    capsys.readouterr()
    assert main(["--db", str(db), "evidence", "add", "99.99", "https://ubnd.gov.vn/a"]) == 1
    assert "99.99" in capsys.readouterr().err
    assert main(["--db", str(db), "evidence", "add", code, "không phải địa chỉ"]) == 1
    assert "không phải là địa chỉ trang web" in capsys.readouterr().err
    assert listed(db, code, capsys) == []
