"""The import wizard's preview, opened from the menu as a clerk does: every task with its code, text,
the unit's role, lead and support units, and the deadline with the date it means; new / changed (old →
new) / withdrawn marked; warnings beside the tasks they name; a result line that never cuts a word."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QTreeWidgetItem

from tests.ui.clerk import click, open_import_preview

TITLE = "DANH MỤC NHIỆM VỤ TRIỂN KHAI CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2026 CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN"
HEAD = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"]


def task_list(path: Path, rows: list[list[Any]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phụ lục"
    sheet.append([TITLE])
    sheet.append(HEAD)
    sheet.append(["I", "Tuyên truyền, quảng bá", None, None, None, None])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


FIRST = [
    [1, "Tuyên truyền về biển đảo", "UBND các xã, phường", "Phòng Văn hoá và Thông tin", "Quý III/2026", "Báo cáo"],
    [2, "Cập nhật tin bài đối ngoại", "Phòng Văn hoá và Thông tin", "UBND các xã, phường", "Thường xuyên", "Tin"],
    [3, "Tổ chức hội nghị đối ngoại", "Phòng Nội vụ", None, "Năm 2026", "Hội nghị"],
]
SECOND = [
    [1, "Tuyên truyền về biển đảo", "Phòng Văn hoá và Thông tin", "UBND các xã, phường",
     "Năm 2026 và các năm tiếp theo", "Báo cáo"],
    [2, "Tổ chức hội nghị đối ngoại", "Phòng Nội vụ", None, "Năm 2026", "Hội nghị"],
    [3, "Xây dựng chuyên mục đối ngoại trên cổng thông tin", None, None, "Hằng quý", "Chuyên mục"],
    [4, None, None, None, None, None],
]


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(i) for i in range(item.childCount())]


def sections(tree: Any) -> dict[str, QTreeWidgetItem]:
    found = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        found[re.sub(r" \(\d+\)$", "", item.text(0))] = item
    return found


def row_for(section: QTreeWidgetItem, content: str) -> QTreeWidgetItem:
    [row] = [child for child in children(section) if child.text(1) == content]
    return row


def test_a_first_import_shows_each_task_as_read(qtbot: Any, main_window: Any, answers: Any, tmp_path: Path) -> None:
    pytest.importorskip("bkfi_desktop.exchange.task_import")
    wizard = open_import_preview(qtbot, main_window, answers, task_list(tmp_path / "v1.xlsx", FIRST))
    tree = wizard.ui.previewTree
    assert not tree.isHeaderHidden()
    assert [tree.headerItem().text(c) for c in range(6)] == [
        "Code", "Task", "The unit's role", "Lead", "Support", "Deadline (the date it means)",
    ]
    new = sections(tree)["New tasks"]
    first = row_for(new, "Tuyên truyền về biển đảo")
    # The demo unit is a ward: "UBND các xã, phường" leads, so the ward leads.
    assert [first.text(c) for c in range(6)] == [
        "+ I.1", "Tuyên truyền về biển đảo", "Chủ trì", "Ủy ban nhân dân các xã, phường",
        "Phòng Văn hoá và Thông tin thành phố", "Quý III/2026 (due 30/09/2026)",
    ]
    assert row_for(new, "Cập nhật tin bài đối ngoại").text(5) == "Thường xuyên (ongoing, no due date)"
    assert row_for(new, "Tổ chức hội nghị đối ngoại").text(2) == "—"  # not the ward's task
    assert first.toolTip(1) == "Tuyên truyền về biển đảo"  # the whole text on hover

    click(qtbot, wizard.ui.importButton)
    result = wizard.ui.resultText.toPlainText()
    quoted = re.search(r"“([^”]*)”", result.splitlines()[0].split("kế hoạch", 1)[1]).group(1)
    assert quoted.endswith("…") and len(quoted) <= 91
    words = quoted.removesuffix("…").split()
    assert words == TITLE.split()[: len(words)], f"a word was cut: {quoted}"
    click(qtbot, wizard.ui.closeButton)


def test_a_second_import_marks_what_changes(qtbot: Any, main_window: Any, answers: Any, tmp_path: Path) -> None:
    from bkfi_desktop.workflows.import_tasks import import_tasks

    import_tasks(main_window.context.workspace, task_list(tmp_path / "v1.xlsx", FIRST))
    wizard = open_import_preview(qtbot, main_window, answers, task_list(tmp_path / "v2.xlsx", SECOND))
    found = sections(wizard.ui.previewTree)
    assert set(found) >= {"Warnings", "Changed tasks (old → new)", "Tasks withdrawn from the plan (kept with their history)"}

    changed = row_for(found["Changed tasks (old → new)"], "Tuyên truyền về biển đảo")
    assert changed.text(0).startswith("±") and changed.isExpanded()
    notes = [child.text(0) for child in children(changed)]
    assert "Deadline: Quý III/2026 → Năm 2026 và các năm tiếp theo" in notes
    assert "Lead: Ủy ban nhân dân các xã, phường → Phòng Văn hoá và Thông tin thành phố" in notes
    assert changed.text(2) == "Phối hợp"  # the ward now supports
    assert changed.text(5) == "Năm 2026 và các năm tiếp theo (ongoing from 01/01/2026, no due date)"

    # A task with no unit: the warning sits under it, and the row carries ⚠.
    quarterly = row_for(found["New tasks"], "Xây dựng chuyên mục đối ngoại trên cổng thông tin")
    assert "⚠" in quarterly.text(0)
    assert any("chưa ghi đơn vị" in child.text(0) for child in children(quarterly))
    assert quarterly.text(5) == "Hằng quý (repeats; this period's due date 31/12/2026)"

    withdrawn = children(found["Tasks withdrawn from the plan (kept with their history)"])
    assert [(row.text(0), row.text(1)) for row in withdrawn] == [("− I.2", "Cập nhật tin bài đối ngoại")]
    assert withdrawn[0].text(0).startswith("−") and withdrawn[0].font(1).strikeOut()
    # The empty numbered row names no task: it stays in the general warnings, first.
    assert wizard.ui.previewTree.topLevelItem(0) is found["Warnings"]
    assert any("dòng 7" in child.text(0) for child in children(found["Warnings"]))
    assert "warnings (⚠)" in wizard.ui.previewSummaryLabel.text()
    wizard.reject()
