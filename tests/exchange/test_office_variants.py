"""Appendices and plans laid out the ways real offices lay them out (see variant_builders): each
reads into the right groups, tasks, units, roles and deadlines."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.core.plan_data import PlanData, TaskData
from bkfi_desktop.exchange.task_import import read_task_list
from bkfi_desktop.exchange.task_lists.vocabulary import field_for_header
from tests.exchange import variant_builders as vb


def _tasks(plan: PlanData) -> dict[str, TaskData]:
    return {task.code: task for group in plan.groups for task in group.tasks}


def _roles(task: TaskData) -> list[tuple[str, str]]:
    return [(ref.name, ref.role) for ref in task.units]


def test_header_low_down_table_from_column_c_money_columns_totals_and_signature(tmp_path: Path) -> None:
    plan = read_task_list(vb.wide_appendix_xlsx(tmp_path / "phụ lục biển đảo.xlsx"))
    assert (plan.number, plan.issued_on) == ("212/KH-UBND", dt.date(2025, 3, 14))
    assert plan.title == "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN BIỂN, ĐẢO NĂM 2025"
    assert [(g.ordinal, g.title) for g in plan.groups] == [("A", "NHIỆM VỤ CHUNG"), ("B", "NHIỆM VỤ CỦA CẤP XÃ")]
    tasks = _tasks(plan)
    assert list(tasks) == ["A.1", "A.2", "B.3"], "the totals row and the signature block are not tasks"
    first = tasks["A.1"]
    assert first.content == "Tuyên truyền về chủ quyền biển, đảo"
    assert _roles(first) == [
        ("Phòng Văn hóa và Thông tin", "lead"), ("Công an thành phố", "support"), ("Ban Chỉ huy Quân sự thành phố", "support"),
    ]
    assert (first.deadline_text, first.product, first.note) == ("31/12/2025", "Tin, bài", "Phối hợp Báo Bắc Kạn")
    assert first.source_location == "PL nhiệm vụ!D14"
    second = tasks["A.2"]
    assert second.content == "Tổ chức hội nghị báo cáo viên" and second.deadline_text == "30/06/2025"
    assert _roles(second) == [
        ("Phòng Văn hóa - Thông tin", "lead"), ("Các phòng, ban chuyên môn thuộc Ủy ban nhân dân thành phố", "support"),
    ]
    assert _roles(tasks["B.3"]) == [("Ủy ban nhân dân các xã, thị trấn", "lead"), ("Trung tâm Văn hóa, Thể thao và Truyền thông", "support")]
    assert "50" not in first.note and "Ngân sách" not in (first.note + first.product), "money columns are ignored"
    assert plan.warnings == []


def test_groups_written_five_ways(tmp_path: Path) -> None:
    plan = read_task_list(vb.group_styles_xlsx(tmp_path / "nhóm.xlsx"))
    assert [(g.ordinal, g.title) for g in plan.groups] == [
        ("I", "Công tác tuyên truyền"),
        ("II", "Công tác bồi dưỡng"),
        ("3", "Công tác kiểm tra"),
        ("IV", "SƠ KẾT, TỔNG KẾT"),
        ("4", "Nhiệm vụ thường xuyên khác"),
    ]
    assert [t.code for g in plan.groups for t in g.tasks] == ["I.1", "I.2", "II.1", "3.1", "IV.1", "4.1", "4.2"]
    assert all(not t.details for g in plan.groups for t in g.tasks), "no heading was swallowed as a detail"
    assert _tasks(plan)["4.1"].deadline_text == "Khi phát sinh"


def test_numbers_typed_in_the_task_cell(tmp_path: Path) -> None:
    plan = read_task_list(vb.numbers_in_content_xlsx(tmp_path / "số trong ô.xlsx"))
    assert [(g.ordinal, g.title) for g in plan.groups] == [("I", "CÔNG TÁC TUYÊN TRUYỀN"), ("II", "CÔNG TÁC BỒI DƯỠNG")]
    tasks = _tasks(plan)
    assert list(tasks) == ["I.1", "I.2", "II.1", "II.1.1", "II.1.1.a", "II.1.1.a.1", "II.1.1.a.2"]
    assert tasks["I.1"].content == "Tuyên truyền trên báo in"
    assert tasks["I.2"].details == ["trên sóng phát thanh và truyền hình thành phố"]
    assert tasks["II.1.1"].content == "Lớp cho cán bộ cấp xã" and _roles(tasks["II.1.1"]) == [("Phòng Nội vụ", "lead")]
    assert _roles(tasks["II.1.1.a"]) == [("Phòng Nội vụ", "lead"), ("Ủy ban nhân dân các xã, thị trấn", "support")]
    # "-" with its own units is a sub-task, "+" a point of it, "•" a sub-task like "-"
    dash = tasks["II.1.1.a.1"]
    assert (dash.content, dash.details, dash.deadline_text) == ("Báo cáo kết quả", ["gửi UBND thành phố"], "Tháng 12/2025")
    assert tasks["II.1.1.a.2"].content == "gửi Sở Nội vụ"


def test_merged_content_group_and_unit_cells_hidden_row_and_column(tmp_path: Path) -> None:
    plan = read_task_list(vb.merges_everywhere_xlsx(tmp_path / "gộp ô.xlsx"))
    assert [(g.ordinal, g.title) for g in plan.groups] == [("I", "NHIỆM VỤ TRỌNG TÂM")]
    tasks = _tasks(plan)
    assert [t.content for t in tasks.values()] == ["Xây dựng kế hoạch", "Rà soát văn bản", "Tự kiểm tra", "Báo cáo tổng kết"]
    # "Cơ quan, đơn vị chủ trì" is the lead column, merged down over three tasks
    assert [_roles(tasks[c])[0] for c in ("I.1", "I.2", "I.3")] == [("Phòng Tư pháp", "lead")] * 3
    assert _roles(tasks["I.1"])[1] == ("Các cơ quan, đơn vị, địa phương", "support")
    # the hidden old deadline column is left out; the visible one is read
    assert [t.deadline_text for t in tasks.values()] == ["Quý I/2025", "Quý II/2025", "Quý III/2025", "Tháng 12/2025"]
    # the hidden row is still imported, and the user is told
    assert any("dòng bị ẩn" in w and "dòng 5" in w for w in plan.warnings)


def test_mac_nfd_text_pasted_line_breaks_and_odd_spaces(tmp_path: Path) -> None:
    plan = read_task_list(vb.messy_text_xlsx(tmp_path / "mac.xlsx"))
    first, second = plan.groups[0].tasks
    assert (first.code, first.content, first.deadline_text) == ("1", "Tuyên truyền đối ngoại", "Trước ngày 31/12/2025")
    assert _roles(first) == [("Phòng Văn hoá và Thông tin", "lead")]
    assert second.code == "2"
    assert _roles(second) == [("Phòng Nội vụ", "lead"), ("Uỷ ban nhân dân các xã, thị trấn", "support")]
    for text in (first.content, second.units[1].name, first.units[0].name):
        assert text == text.strip() and "\u200b" not in text and "\u00a0" not in text and "_x000D_" not in text
        assert text == unicodedata.normalize("NFC", text)


def test_instructions_sheet_is_skipped_and_one_column_for_both_roles(tmp_path: Path) -> None:
    plan = read_task_list(vb.notes_sheet_beside_appendix_xlsx(tmp_path / "hai trang.xlsx"))
    first, second = plan.groups[0].tasks
    assert first.source_location == "Danh mục nhiệm vụ!B2"
    assert _roles(first) == [("Phòng Văn hóa và Thông tin", "lead"), ("Công an thành phố", "support")]
    assert _roles(second) == [("Phòng Nội vụ", "support"), ("Thành đoàn", "lead")]
    assert any("Hướng dẫn" in w for w in plan.warnings)


def test_word_automatic_numbering_and_heading_styles(tmp_path: Path) -> None:
    plan = read_task_list(vb.auto_numbered_docx(tmp_path / "đánh số tự động.docx"))
    assert plan.number == "17/KH-UBND" and plan.title == "Tuyên truyền biển, đảo năm 2025"
    # "1. heading" + "a) Nội dung … c) Thời gian" is one task titled by the heading (issue #10, item 4)
    assert [(g.section, g.ordinal, g.title) for g in plan.groups] == [("II", "II", "Nhiệm vụ và giải pháp")]
    first, second = plan.groups[0].tasks
    assert (first.code, first.content, first.details) == (
        "1", "Tuyên truyền trên cổng thông tin", ["Đăng tin, bài về biển, đảo."]
    )
    assert first.deadline_text == "Quý III/2025" and second.code == "2"
    assert _roles(first) == [("Phòng Văn hóa và Thông tin", "lead"), ("Trung tâm Văn hóa, Thể thao và Truyền thông", "support")]
    assert _roles(second) == [("Phòng Nội vụ", "lead"), ("Các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện", "support")]


def test_word_table_with_title_row_two_row_header_and_numbers_in_cells(tmp_path: Path) -> None:
    plan = read_task_list(vb.table_with_title_and_two_row_header_docx(tmp_path / "bảng.docx"))
    assert [(g.ordinal, g.title) for g in plan.groups] == [("A", "NHIỆM VỤ CHUNG"), ("B", "NHIỆM VỤ CỦA CẤP XÃ")]
    tasks = _tasks(plan)
    assert list(tasks) == ["A.1", "A.2", "B.1"]
    assert _roles(tasks["A.1"]) == [
        ("Phòng Tư pháp", "lead"), ("Các phòng, ban chuyên môn thuộc Ủy ban nhân dân thành phố", "support"),
    ]
    assert tasks["B.1"].deadline_text == "Trước ngày 30/6/2025"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Cơ quan, đơn vị chủ trì", "lead"),
        ("Cơ quan/đơn vị chủ trì", "lead"),
        ("Đầu mối thực hiện", "lead"),
        ("Cơ quan chủ trì thực hiện", "lead"),
        ("Đơn vị  phối hợp\nthực hiện", "support"),
        ("Đơn vị chủ trì, phối hợp", "lead_support"),
        ("Thời gian\nhoàn thành", "deadline"),
        ("Mốc thời gian", "deadline"),
        ("Kết quả/sản phẩm", "product"),
        ("Sản phẩm đầu ra", "product"),
        ("Dự kiến kết quả", "product"),
        ("Số\nTT", "number"),
        ("NỘI DUNG CÔNG VIỆC, NHIỆM VỤ", "content"),
        ("Đơn vị tính", None),
        ("Kinh phí (triệu đồng)", None),
        ("Nguồn kinh phí", None),
        ("Cơ quan ban hành", None),
    ],
)
def test_header_words(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


def test_variant_appendix_through_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dữ liệu.db"
    path = vb.wide_appendix_xlsx(tmp_path / "phụ lục.xlsx")
    assert main(["--db", str(db), "import-tasks", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "tasks", "list", "--json"]) == 0
    tasks = {task["code"]: task for task in json.loads(capsys.readouterr().out)}
    assert set(tasks) == {"A.1", "A.2", "B.3"}
    assert tasks["A.1"]["deadline_text"] == "31/12/2025" and tasks["A.1"]["due_date"] == "2025-12-31"
    assert tasks["A.1"]["support_units"] == ["Công an thành phố", "Ban Chỉ huy Quân sự thành phố"]
    assert tasks["B.3"]["recurrence"] == "ongoing"
    assert main(["--db", str(db), "import-tasks", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 3


def test_ditto_cells_repeat_the_task_above(tmp_path: Path) -> None:
    tasks = _tasks(read_task_list(vb.ditto_cells_xlsx(tmp_path / "nt.xlsx")))
    assert _roles(tasks["2"]) == _roles(tasks["1"]) == [("Phòng Nội vụ", "lead"), ("Phòng Tư pháp", "support")]
    assert tasks["2"].deadline_text == tasks["3"].deadline_text == "Quý I/2025"
    assert _roles(tasks["3"]) == [("Phòng Nội vụ", "lead")]
    assert _roles(tasks["4"]) == [("Phòng Tư pháp", "lead")], "“nt” under an empty cell names no unit"


def test_bold_unnumbered_rows_are_group_headings(tmp_path: Path) -> None:
    plan = read_task_list(vb.bold_headings_xlsx(tmp_path / "đậm.xlsx"))
    assert [(g.ordinal, g.title) for g in plan.groups] == [("1", "Nhiệm vụ trọng tâm"), ("2", "Nhiệm vụ thường xuyên")]
    assert [t.code for g in plan.groups for t in g.tasks] == ["1.1", "1.2", "2.3"]
    assert plan.groups[1].tasks[0].details == ["ưu tiên các nội dung về biển, đảo"]


def test_bold_means_nothing_when_the_whole_table_is_bold(tmp_path: Path) -> None:
    plan = read_task_list(vb.bold_headings_xlsx(tmp_path / "đậm hết.xlsx", everything_bold=True))
    # only the row before the list that starts at 1 is a heading; the other is read as a detail
    assert [g.title for g in plan.groups] == ["Nhiệm vụ trọng tâm"]
    assert [t.code for t in plan.groups[0].tasks] == ["1.1", "1.2", "1.3"]
    assert plan.groups[0].tasks[1].details == ["Nhiệm vụ thường xuyên"]


def test_bold_group_rows_in_a_word_table(tmp_path: Path) -> None:
    plan = read_task_list(vb.bold_heading_table_docx(tmp_path / "đậm.docx"))
    assert [(g.title, [t.content for t in g.tasks]) for g in plan.groups] == [
        ("Nhiệm vụ chung", ["Rà soát quy chế"]), ("Nhiệm vụ riêng", ["Tập huấn"]),
    ]
