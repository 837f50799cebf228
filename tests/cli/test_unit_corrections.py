"""`bkfi units rename|merge|set-category|alias`: a clerk corrects the directory an import built,
and the corrections survive importing the same (or the next) file again."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.builders import simple_xlsx


def _appendix(path: Path, first_lead: str = "CA TP") -> Path:
    return simple_xlsx(path, [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Tuyên truyền an ninh biên giới", first_lead, "Công an phường Đức Xuân", "Quý II/2025"],
        ["2", "Tập huấn phát ngôn", "Phòng Văn hóa - Xã hội", "Công an P. Đức Xuân", "Hằng năm"],
        ["3", "Cung cấp thông tin cho báo chí", "Phòng VHXH phường Đức Xuân", "Hội LHPN phường Đức Xuân", "Khi phát sinh"],
    ])


def _units(run_cli, db: Path) -> dict[str, dict]:
    listed = run_cli("--db", str(db), "units", "list", "--json")
    assert listed.code == 0, listed.err
    return {unit["name"]: unit for unit in listed.json()}


def test_categories_by_rule_then_corrections_that_survive_reimport(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "dữ liệu.db"
    path = _appendix(tmp_path / "phụ lục.xlsx")
    assert run_cli("--db", str(db), "import-tasks", str(path)).code == 0
    units = _units(run_cli, db)
    # Categories by the head of the name, not by a word inside it
    assert units["Phòng Văn hóa - Xã hội"]["category"] == "phong_ban"
    assert units["Công an phường Đức Xuân"]["category"] == "nganh"
    assert units["Hội Liên hiệp Phụ nữ phường Đức Xuân"]["category"] == "doan_the"
    assert units["Công an thành phố"]["category"] == "nganh"  # "CA TP" written out

    merged = run_cli("--db", str(db), "units", "merge", "Công an phường Đức Xuân", "Công an P. Đức Xuân")
    assert merged.code == 0, merged.err
    assert merged.out.strip() == "Đã gộp 1 đơn vị vào “Công an phường Đức Xuân”."
    assert run_cli("--db", str(db), "units", "merge", "Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội phường Đức Xuân").code == 0
    renamed = run_cli("--db", str(db), "units", "rename", "Công an thành phố", "Công an thành phố Bắc Kạn", "--json")
    assert renamed.code == 0 and renamed.json()["aliases"] == ["Công an thành phố"]
    category = run_cli("--db", str(db), "units", "set-category", "Hội Liên hiệp Phụ nữ phường Đức Xuân", "Đoàn thể")
    assert category.code == 0 and "Đoàn thể" in category.out
    assert run_cli("--db", str(db), "units", "set-category", "Công an phường Đức Xuân", "phuong").code == 0
    assert run_cli("--db", str(db), "units", "alias", "Công an phường Đức Xuân", "CA phường").code == 0
    before = _units(run_cli, db)

    again = run_cli("--db", str(db), "import-tasks", str(path), "--json")
    assert again.code == 0, again.err
    assert again.json()["units_created"] == []
    assert _units(run_cli, db) == before  # names, categories and aliases as the clerk left them
    assert before["Công an phường Đức Xuân"]["category"] == "phuong"
    tasks = {t["code"]: t for t in run_cli("--db", str(db), "tasks", "list", "--json").json()}
    assert tasks["2"]["support_units"] == ["Công an phường Đức Xuân"]
    assert tasks["3"]["lead_units"] == ["Phòng Văn hóa - Xã hội"]
    assert tasks["1"]["lead_units"] == ["Công an thành phố Bắc Kạn"]


def test_corrections_refuse_what_would_lose_data(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "dữ liệu.db"
    assert run_cli("--db", str(db), "import-tasks", str(_appendix(tmp_path / "pl.xlsx"))).code == 0
    before = _units(run_cli, db)
    clash = run_cli("--db", str(db), "units", "rename", "Công an P. Đức Xuân", "Công an phường Đức Xuân")
    assert clash.code == 1 and clash.err.count("\n") == 1 and "gộp" in clash.err
    unknown = run_cli("--db", str(db), "units", "merge", "Công an phường Đức Xuân", "Phòng Không Có")
    assert unknown.code == 1 and "Không có đơn vị “Phòng Không Có”" in unknown.err
    bad = run_cli("--db", str(db), "units", "set-category", "Công an phường Đức Xuân", "quân đội")
    assert bad.code == 1 and "Không có loại đơn vị" in bad.err
    assert _units(run_cli, db) == before


def test_the_clerks_abbreviations_are_used_by_the_next_import(run_cli, tmp_path: Path) -> None:
    listed = run_cli("units", "abbrev", "list", "--json")
    assert listed.code == 0 and {"short": "CA TP", "full": "Công an thành phố", "source": "builtin"} not in listed.json()
    assert any(row["short"] == "TC-KH" and row["source"] == "builtin" for row in listed.json())
    saved = run_cli("units", "abbrev", "set", "CA TP", "Công an thành phố Bắc Kạn")
    assert saved.code == 0, saved.err
    db = tmp_path / "dữ liệu.db"
    assert run_cli("--db", str(db), "import-tasks", str(_appendix(tmp_path / "pl.xlsx"))).code == 0
    tasks = {t["code"]: t for t in run_cli("--db", str(db), "tasks", "list", "--json").json()}
    assert tasks["1"]["lead_units"] == ["Công an thành phố Bắc Kạn"]
    assert run_cli("units", "abbrev", "list", "--json").json()[0] == {
        "short": "CA TP", "full": "Công an thành phố Bắc Kạn", "source": "user",
    }
    assert run_cli("units", "abbrev", "remove", "CA TP").code == 0
    missing = run_cli("units", "abbrev", "remove", "CA TP")
    assert missing.code == 1 and "Chưa có chữ viết tắt “CA TP”" in missing.err
