"""Excel appendices in the layouts offices send, read into groups, tasks, units and roles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from bkfi_desktop.core.plan_data import PlanData, TaskData
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.task_import import read_task_list
from bkfi_desktop.exchange.task_lists import AmbiguousSheetError
from tests.exchange import builders


def _task(plan: PlanData, code: str) -> TaskData:
    return next(task for group in plan.groups for task in group.tasks if task.code == code)


def _units(task: TaskData, role: str) -> list[str]:
    return [ref.name for ref in task.units if ref.role == role]


def test_city_appendix_with_title_rows_merged_header_and_groups(tmp_path: Path) -> None:
    plan = read_task_list(builders.appendix_xlsx(tmp_path / "phu luc.xlsx"))
    assert plan.number == "125/KH-UBND"
    assert plan.issued_on == dt.date(2025, 3, 5) and plan.year == 2025
    assert plan.title == "DANH MỤC NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2025"
    assert plan.issuer == "Ủy ban nhân dân thành phố Bắc Kạn"
    assert [(g.ordinal, g.title) for g in plan.groups] == [
        ("I", "CÔNG TÁC TUYÊN TRUYỀN"),
        ("II", "CÔNG TÁC BỒI DƯỠNG"),
    ]
    codes = [t.code for g in plan.groups for t in g.tasks]
    assert codes == ["I.1", "I.2", "II.1", "II.1.1", "II.1.1.a", "II.1.1.a.1"]
    first = _task(plan, "I.1")
    assert _units(first, "lead") == ["Phòng Văn hóa và Thông tin"]
    assert _units(first, "support") == ["Các phòng, ban, ngành, đoàn thể thành phố", "Ủy ban nhân dân các xã, phường"]
    assert first.deadline_text == "Thường xuyên" and first.product == "Tin, bài"
    assert first.source_location == "Phụ lục!B12"
    # the "Phối hợp" cell merged down over two tasks belongs to both
    assert _units(_task(plan, "I.2"), "support") == _units(first, "support")
    assert _units(_task(plan, "I.2"), "lead") == ["Trung tâm Văn hóa, Thể thao và Truyền thông"]
    # 1.1 has no unit of its own: it inherits its parent's
    assert _units(_task(plan, "II.1.1"), "lead") == ["Phòng Nội vụ"]
    assert _task(plan, "II.1.1").deadline_text == "Trước ngày 31/12/2025"
    assert _units(_task(plan, "II.1.1.a.1"), "lead") == ["Phòng Nội vụ", "Phòng Tư pháp"]
    # the notes under the table are not tasks
    assert all("Ghi chú" not in t.content and "Người lập" not in t.content for g in plan.groups for t in g.tasks)


def test_letter_groups_unnumbered_dash_tasks_and_roles_inside_one_unit_column(tmp_path: Path) -> None:
    plan = read_task_list(builders.letter_groups_xlsx(tmp_path / "kh.xlsx"))
    assert [g.ordinal for g in plan.groups] == ["A", "B"]
    assert [t.code for t in plan.groups[0].tasks] == ["A.1", "A.2"]
    first, second = plan.groups[0].tasks
    assert _units(first, "lead") == ["Phòng Văn hóa và Thông tin"]
    assert _units(first, "support") == ["Phòng Tài chính - Kế hoạch"]
    assert _units(second, "lead") == ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố"]
    assert _units(second, "support") == ["Phòng Tư pháp"]
    assert second.deadline_text == "2025-2030"
    village = plan.groups[1].tasks[0]
    assert _units(village, "implement") == ["Ủy ban nhân dân các xã, phường", "các thôn, bản"]
    assert village.product == ""


def test_plain_numbered_list_without_groups_and_header_synonyms(tmp_path: Path) -> None:
    path = builders.simple_xlsx(tmp_path / "ds.xlsx", [
        ["Danh sách nhiệm vụ"],
        [],
        ["Số TT", "NỘI DUNG CÔNG VIỆC", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian\nthực hiện", "Ghi chú"],
        [1, "Rà soát văn bản", "Phòng Tư pháp", None, dt.datetime(2025, 6, 30), "Ưu tiên"],
        [2, "Cập nhật\ndữ liệu lên cổng thông tin", "Văn phòng HĐND và UBND", "Phòng Văn hóa và Thông tin"],
        ["", "- xã Dương Quang", None, None, None],
    ])
    plan = read_task_list(path)
    assert [g.ordinal for g in plan.groups] == [""]
    first, second = plan.groups[0].tasks
    assert (first.code, first.deadline_text, first.note) == ("1", "30/06/2025", "Ưu tiên")
    assert second.content == "Cập nhật dữ liệu lên cổng thông tin"
    assert second.details == ["- xã Dương Quang"]
    assert plan.title == "Danh sách nhiệm vụ"


def test_formulas_read_as_their_cached_values(tmp_path: Path) -> None:
    path = builders.simple_xlsx(tmp_path / "ct.xlsx", [
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["=ROW()-1", "Nhiệm vụ một", "Phòng Nội vụ", '="Quý "&"IV/2025"'],
        ["=A2+1", "Nhiệm vụ hai", "Phòng Tư pháp", "Năm 2025"],
    ])
    builders.with_cached_values(path, {"A2": "1", "A3": "2", "D2": "Quý IV/2025"})
    tasks = read_task_list(path).groups[0].tasks
    assert [(t.code, t.deadline_text) for t in tasks] == [("1", "Quý IV/2025"), ("2", "Năm 2025")]


def test_the_sheet_with_the_table_is_picked_among_others(tmp_path: Path) -> None:
    wb = Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = "Hướng dẫn"
    guide["A1"] = "Điền nhiệm vụ vào trang Nhiệm vụ"
    tasks = wb.create_sheet("Nhiệm vụ")
    builders.write_rows(tasks, [["TT", "Nội dung", "Phối hợp"], [1, "Nhiệm vụ", "Phòng Nội vụ"]])
    wb.create_sheet("Trống")
    path = tmp_path / "nhieu trang.xlsx"
    wb.save(path)
    plan = read_task_list(path)
    assert plan.groups[0].tasks[0].source_location == "Nhiệm vụ!B2"


def test_two_sheets_with_tables_ask_which_one(tmp_path: Path) -> None:
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Năm 2024"
    builders.write_rows(first, [["TT", "Nội dung", "Chủ trì"], [1, "Việc năm 2024", "Phòng Nội vụ"]])
    second = wb.create_sheet("Năm 2025")
    builders.write_rows(second, [["TT", "Nội dung", "Chủ trì"], [1, "Việc năm 2025", "Phòng Tư pháp"]])
    path = tmp_path / "hai trang.xlsx"
    wb.save(path)
    with pytest.raises(AmbiguousSheetError) as caught:
        read_task_list(path)
    assert caught.value.sheets == ["Năm 2024", "Năm 2025"]
    assert "“Năm 2024”, “Năm 2025”" in caught.value.message and "hai trang.xlsx" in caught.value.message
    assert read_task_list(path, sheet="Năm 2025").groups[0].tasks[0].content == "Việc năm 2025"
    with pytest.raises(InvalidInputError, match="không có trang tính “Năm 2023”"):
        read_task_list(path, sheet="Năm 2023")


def test_workbook_without_a_task_table_names_its_sheets(tmp_path: Path) -> None:
    path = builders.simple_xlsx(tmp_path / "bang luong.xlsx", [["Họ tên", "Lương"], ["A", 1]], title="Lương")
    with pytest.raises(InvalidInputError) as caught:
        read_task_list(path)
    assert "bang luong.xlsx" in caught.value.message and "“Lương”" in caught.value.message
