"""A plan's topic: read from its title on import, kept when the clerk set it, and used by every document
about the workspace (staff printout, leader summary, reminder letter) instead of "thông tin đối ngoại"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from bkfi_desktop.cli import main
from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plan_topic import guess_topic
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.workflows.leader_summary import build_leader_summary

SEED_TITLE = (
    "Triển khai thực hiện Nghị quyết số 47/NQ-CP ngày 15 tháng 4 năm 2024 của Chính phủ về Chương trình hành "
    "động của Chính phủ đến năm 2030 thực hiện Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính trị "
    "về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới trên địa bàn"
)


@pytest.mark.parametrize(("title", "topic"), [
    (SEED_TITLE, "thông tin đối ngoại"),
    ("Kế hoạch chuyển đổi số năm 2025", "chuyển đổi số"),
    ("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025 CỦA UBND PHƯỜNG", "chuyển đổi số"),
    ("Kế hoạch cải cách hành chính năm 2025 của UBND phường Đức Xuân", "cải cách hành chính"),
    ("Kế hoạch triển khai công tác phòng, chống tham nhũng giai đoạn 2025-2030", "phòng, chống tham nhũng"),
    ("Phụ lục: Danh mục nhiệm vụ triển khai Kế hoạch chuyển đổi số năm 2025", "chuyển đổi số"),
    # Names of no topic: the plan keeps the seed's until a better file or the clerk says otherwise.
    ("DANH MỤC NHIỆM VỤ", None), ("Phụ lục I", None), ("Sheet1", None), ("ds nhiem vu.xlsx", None),
    ("Triển khai Nghị quyết số 47/NQ-CP", None), ("", None),
])
def test_the_topic_is_read_from_the_title(title: str, topic: str | None) -> None:
    assert guess_topic(title) == topic


def _plan(title: str) -> PlanData:
    task = TaskData("1", "Số hóa hồ sơ một cửa", units=[UnitRef("UBND phường Đức Xuân", "implement")])
    return PlanData(key="kh-5", title=title, number="5/KH-UBND", year=2025, groups=[GroupData("I", "Nhiệm vụ", tasks=[task])])


def test_an_appendix_then_the_plan_text_then_the_clerk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dữ liệu.db"
    with Workspace.open(db) as workspace:
        with workspace.transaction() as session:
            apply_plan(session, _plan("DANH MỤC NHIỆM VỤ"))  # the appendix first: no topic in its title
        with workspace.transaction() as session:
            data = _plan("Kế hoạch chuyển đổi số năm 2025")
            data.source_name = "ke-hoach.docx"  # then the plan's text names it
            apply_plan(session, data)
    assert main(["--db", str(db), "plan", "show", "kh-5"]) == 0
    assert "chuyển đổi số" in capsys.readouterr().out
    assert main(["--db", str(db), "plan", "set", "kh-5", "--topic", "chính quyền số"]) == 0
    with Workspace.open(db) as workspace, workspace.transaction() as session:
        data = _plan("Kế hoạch chuyển đổi số năm 2025 (sửa đổi)")
        data.source_name = "ke-hoach-sua.docx"
        apply_plan(session, data)  # a later file does not undo the clerk's word
    capsys.readouterr()
    assert main(["--db", str(db), "plan", "show", "kh-5", "--json"]) == 0
    assert '"topic": "chính quyền số"' in capsys.readouterr().out


def test_workspace_documents_speak_of_the_plans_topic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "phường.db"
    with Workspace.open(db) as workspace, workspace.transaction() as session:
        apply_plan(session, _plan("Kế hoạch chuyển đổi số năm 2025"))
    base = ["--db", str(db)]
    assert main([*base, "profile", "set", "--unit", "UBND phường Đức Xuân", "--place", "Bắc Kạn"]) == 0
    assert main([*base, "staff", "add", "Nguyễn Văn Bình", "--role", "officer"]) == 0
    assert main([*base, "roster", "set", "--period", "2025-H1", "Phòng Tư pháp"]) == 0
    letter, listing, summary = tmp_path / "công văn.pdf", tmp_path / "cán bộ.xlsx", tmp_path / "tóm tắt.pdf"
    assert main([*base, "reminder", "--period", "2025-H1", "--out", str(letter)]) == 0
    assert main([*base, "print", "staff", "--out", str(listing)]) == 0
    with Workspace.open(db) as workspace:
        build_leader_summary(workspace, summary, today=dt.date(2025, 9, 1))
    capsys.readouterr()
    texts = []
    for pdf in (letter, summary):
        with pdfplumber.open(pdf) as document:
            texts.append(" ".join(" ".join((page.extract_text() or "").split()) for page in document.pages))
    cells = " ".join(str(c) for row in load_workbook(listing).active.iter_rows(values_only=True) for c in row if c)
    assert "gửi báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2025" in texts[0]
    assert "Hoạt động chuyển đổi số năm 2025" in texts[1]
    assert "Cán bộ và vai trò trong công tác chuyển đổi số" in cells and "Cán bộ phụ trách" in cells
    assert not any("đối ngoại" in text or "TTĐN" in text for text in (*texts, cells))
