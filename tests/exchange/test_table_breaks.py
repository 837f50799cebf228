"""Task tables broken by page breaks keep their running group; "3" after "2.2" belongs to the
group; group rows merged across the table are groups (Word and PDF)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.exchange.task_import import read_task_list
from tests.exchange import break_builders as bb


def _layout(plan: PlanData) -> list[tuple[str, str, list[str]]]:
    return [(g.ordinal, g.title, [t.code for t in g.tasks]) for g in plan.groups]


@pytest.mark.parametrize("repeat_header", [True, False], ids=["header-repeated", "no-header"])
def test_a_word_table_continued_after_a_page_break(tmp_path: Path, repeat_header: bool) -> None:
    plan = read_task_list(bb.broken_table_docx(tmp_path / "phụ lục.docx", repeat_header=repeat_header))
    assert _layout(plan) == [
        ("I", "CÔNG TÁC TUYÊN TRUYỀN", ["I.1", "I.3"]),  # "3" after "2.2" is back in group I
        ("I.2", "Tập huấn kỹ năng thông tin đối ngoại", ["I.2.1", "I.2.2"]),
        ("1", "Nhóm nhiệm vụ phản bác thông tin sai trái", ["1.1", "1.2"]),  # merged across, no number
    ]
    assert plan.warnings == []  # no "second appendix", no "number without content"
    third = plan.groups[0].tasks[1]
    assert third.content == "Cung cấp thông tin cho báo chí" and third.deadline_text == "Khi phát sinh"


def test_a_pdf_table_over_two_pages_with_its_header_repeated(tmp_path: Path) -> None:
    plan = read_task_list(bb.broken_table_pdf(tmp_path / "phụ lục.pdf"))
    layout = _layout(plan)
    assert [(ordinal, title) for ordinal, title, _codes in layout] == [
        ("I", "CÔNG TÁC TUYÊN TRUYỀN"),
        ("I.2", "Tập huấn kỹ năng thông tin đối ngoại"),
        ("1", "Nhóm nhiệm vụ phản bác thông tin sai trái"),
    ]
    assert layout[0][2] == ["I.1", *(f"I.{n}" for n in range(3, 16))]
    tasks = {t.code: t for g in plan.groups for t in g.tasks}
    # a name wrapped inside its cell is one name; two units on their own lines stay two
    assert [u.name for u in tasks["I.2.2"].units] == ["Ban Tuyên giáo Thành ủy"]
    assert [u.name for u in tasks["I.3"].units] == ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố"]
    assert [(u.name, u.role) for u in tasks["1.2"].units] == [
        ("Phòng Văn hóa và Thông tin", "lead"), ("Công an thành phố", "support"),
    ]


def test_a_sheet_pasted_from_a_printed_table_repeats_its_header_rows(tmp_path: Path) -> None:
    from tests.exchange.builders import simple_xlsx

    header = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"]
    path = simple_xlsx(tmp_path / "dán.xlsx", [
        header, ["(1)", "(2)", "(3)", "(4)"],
        ["I", "TUYÊN TRUYỀN"],
        ["1", "Đăng tin trên cổng thông tin", "Phòng Văn hóa và Thông tin", "Hằng quý"],
        ["2", "Tập huấn kỹ năng", "", ""],
        ["2.1", "Lớp cấp xã", "Phòng Nội vụ", "Quý II/2025"],
        header, ["(1)", "(2)", "(3)", "(4)"],  # the page broke here
        ["2.2", "Lớp báo cáo viên", "Ban Tuyên giáo Thành ủy", "Quý III/2025"],
        ["3", "Cung cấp thông tin cho báo chí", "Văn phòng HĐND và UBND thành phố", "Khi phát sinh"],
    ])
    plan = read_task_list(path)
    assert _layout(plan) == [
        ("I", "TUYÊN TRUYỀN", ["I.1", "I.3"]),
        ("I.2", "Tập huấn kỹ năng", ["I.2.1", "I.2.2"]),
    ]
    assert plan.warnings == []
