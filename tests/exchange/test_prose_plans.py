"""Plans with roles in prose, §IV pointing back to §II, deadlines in sentences, abbreviated units
and a signing block with no "Trên đây là": read as a person reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.exchange.task_import import read_task_list
from tests.exchange import prose_builders as pb


def _tasks(plan: PlanData) -> dict[str, list[tuple[str, str]]]:
    return {t.code: sorted((u.name, u.role) for u in t.units) for g in plan.groups for t in g.tasks}


def _content(plan: PlanData, start: str) -> str:
    return next(t.code for g in plan.groups for t in g.tasks if t.content.startswith(start))


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> PlanData:
    return read_task_list(pb.commune_plan_docx(tmp_path_factory.mktemp("prose") / "kế hoạch xã.docx"))


def test_roles_in_the_sentence_become_lead_and_support(commune: PlanData) -> None:
    roles = _tasks(commune)
    assert roles[_content(commune, "Phòng Văn hóa - Xã hội chủ trì")] == sorted([
        ("Phòng Văn hóa - Xã hội", "lead"),
        ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "support"),
        ("Công an xã", "support"),
    ])
    assert roles[_content(commune, "Giao Trung tâm")] == sorted([
        ("Trung tâm Văn hóa, Thể thao và Truyền thông", "lead"),
        ("Báo và Phát thanh, Truyền hình Lạng Sơn", "support"),
    ])
    assert roles[_content(commune, "Họp báo")] == [("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead")]
    assert roles[_content(commune, "Rà soát")] == [("Công an xã", "implement")]


def test_section_iv_puts_its_roles_on_the_tasks_it_names(commune: PlanData) -> None:
    roles = _tasks(commune)
    for start in ("Mở lớp tập huấn", "Cử cán bộ"):  # "chủ trì … mục 3 Phần II"
        assert roles[_content(commune, start)] == [("Phòng Văn hóa - Xã hội", "lead")]
    assert roles[_content(commune, "Duy trì trang")] == sorted([  # "phối hợp thực hiện mục 4" and unit 2's "mục 4"
        ("Phòng Văn hóa - Xã hội", "support"), ("Đoàn Thanh niên xã", "lead"), ("Hội Liên hiệp Phụ nữ xã", "lead"),
    ])
    duties = [t.content for t in commune.groups[-1].tasks]
    assert duties == ["Tổng hợp, báo cáo kết quả định kỳ 6 tháng."]  # the pointers are not duties of their own


def test_deadlines_in_the_sentences_and_the_end_of_the_plan(commune: PlanData) -> None:
    deadlines = {t.content[:12]: t.deadline_text for g in commune.groups for t in g.tasks}
    assert deadlines["Phòng Văn hó"] == "Quý II/2025"
    assert deadlines["Giao Trung t"] == "Trước 30/6/2026"
    everything = " ".join(t.content + " ".join(u.name for u in t.units) for g in commune.groups for t in g.tasks)
    for closing in ("TM.", "CHỦ TỊCH", "Hoàng Văn Minh", "Lưu", "Nơi nhận"):
        assert closing not in everything
    assert commune.signer == {"authority": "TM. ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Hoàng Văn Minh"}
    assert commune.recipients == ["UBND huyện", "Lưu: VT"]


@pytest.mark.parametrize("key_sheet", [True, False], ids=["sheet", "note-line"])
def test_abbreviated_units_are_written_out_from_the_documents_key(tmp_path: Path, key_sheet: bool) -> None:
    plan = read_task_list(pb.abbreviated_appendix_xlsx(tmp_path / "phụ lục.xlsx", key_sheet=key_sheet))
    tasks = {t.code: t for g in plan.groups for t in g.tasks}
    assert len(tasks) == 4
    first = sorted((u.name, u.role) for u in tasks["1"].units)
    assert first == sorted([
        ("Công an thành phố Lạng Sơn", "lead"),  # the document's key wins over the built-in "Công an thành phố"
        ("Ban Chỉ huy Quân sự", "support"),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "support"),
        ("Hội Liên hiệp Phụ nữ", "support"),
    ])
    assert tasks["1"].deadline_text == "Quý II/2025"
    assert [u.name for u in tasks["2"].units] == ["Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin"]
    assert tasks["3"].units[0].name == "Trung tâm Văn hóa, Thể thao và Truyền thông"
    assert tasks["3"].units[1].name == "Ủy ban nhân dân các xã, phường"
    assert [u.name for u in tasks["4"].units] == ["Ban Tuyên giáo Thành ủy", "Mặt trận Tổ quốc Việt Nam"]


def test_the_clerks_own_list_is_used_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bkfi_desktop.exchange.task_lists.abbreviations import save_user_abbreviations
    from bkfi_desktop.paths import data_dir

    save_user_abbreviations(data_dir(), {"BTG TU": "Ban Tuyên giáo Thị ủy"})
    path = pb.abbreviated_appendix_xlsx(tmp_path / "phụ lục.xlsx", key_sheet=True)
    tasks = {t.code: t for g in read_task_list(path).groups for t in g.tasks}
    # the document's key still wins; the clerk's list wins over the built-in list
    assert tasks["4"].units[0].name == "Ban Tuyên giáo Thành ủy"
    save_user_abbreviations(data_dir(), {"MTTQ": "Ủy ban MTTQ Việt Nam thành phố"})
    tasks = {t.code: t for g in read_task_list(path).groups for t in g.tasks}
    assert tasks["4"].units[1].name == "Ủy ban MTTQ Việt Nam thành phố"


def test_a_unit_cell_that_names_no_unit_is_flagged_on_its_row(tmp_path: Path) -> None:
    from tests.exchange.builders import simple_xlsx

    path = simple_xlsx(tmp_path / "pl.xlsx", [
        ["STT", "Nội dung", "Chủ trì", "Thời gian"],
        ["1", "Đăng tin trên cổng thông tin", "Phòng Văn hóa và Thông tin", "Hằng quý"],
        ["2", "Tổ chức hội nghị", "theo phân công của lãnh đạo", "Quý III/2025"],
    ])
    plan = read_task_list(path)
    flagged = [w for w in plan.warnings if "không giống tên một đơn vị" in w]
    assert len(flagged) == 1 and flagged[0].startswith("Nhiệm vụ 2 (Sheet1!B3)")


def test_seed_plan_whose_section_iv_points_back_to_section_ii(tmp_path: Path) -> None:
    """The seed plan with §IV.2 written the other common way: the unit supports "mục 2 Phần II"."""
    from bkfi_desktop.textvn.folding import fold_for_match
    from tests.exchange.builders import seed_path

    text = seed_path().read_text(encoding="utf-8")
    start = text.index("2. Phòng Tài chính - Kế hoạch thành phố:")
    end = text.index("\n", start)
    changed = text[:start] + (
        "2. Phòng Tài chính - Kế hoạch thành phố: Phối hợp thực hiện các nhiệm vụ tại mục 2, mục 5 Phần II; "
        "hằng năm cân đối kinh phí từ ngân sách nhà nước để thực hiện các hoạt động thông tin đối ngoại."
    ) + text[end:]
    path = tmp_path / "kế hoạch.txt"
    path.write_text(changed, encoding="utf-8")
    plan = read_task_list(path)
    finance = fold_for_match("Phòng Tài chính - Kế hoạch thành phố")
    for group in plan.groups:
        for task in group.tasks:
            roles = {fold_for_match(u.name): u.role for u in task.units}
            if group.section == "II" and group.ordinal in ("2", "5"):
                assert roles.get(finance) == "support", task.code
            elif group.section == "II":
                assert finance not in roles, task.code
    duty = next(t for t in plan.groups[-1].tasks if t.content.startswith("Hằng năm cân đối"))
    assert [(u.role) for u in duty.units] == ["lead"] and duty.deadline_text == "Hằng năm"


def test_a_table_without_unit_columns_takes_roles_from_its_sentences(tmp_path: Path) -> None:
    from tests.exchange.builders import simple_xlsx

    path = simple_xlsx(tmp_path / "pl.xlsx", [
        ["TT", "Nội dung công việc", "Thời gian"],
        ["1", "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã, Đoàn Thanh niên xã tổ chức tuyên truyền",
         "Quý II/2025"],
        ["2", "Giao Văn phòng HĐND và UBND xã chủ trì cập nhật tin, bài trên trang thông tin điện tử", "Hằng tháng"],
        ["3", "Tập huấn cho cán bộ thôn, bản (thời gian hoàn thành: Quý III/2025)", ""],
    ])
    tasks = {t.code: t for g in read_task_list(path).groups for t in g.tasks}
    assert [(u.name, u.role) for u in tasks["1"].units] == [
        ("Phòng Văn hóa - Xã hội", "lead"), ("Công an xã", "support"), ("Đoàn Thanh niên xã", "support"),
    ]
    assert [(u.name, u.role) for u in tasks["2"].units] == [
        ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead"),
    ]
    assert tasks["3"].units == [] and tasks["3"].deadline_text == "Quý III/2025"


def test_a_docx_with_its_own_abbreviation_note(tmp_path: Path) -> None:
    from tests.exchange.builders import docx_from_paragraphs

    path = docx_from_paragraphs(tmp_path / "kh.docx", [
        "KẾ HOẠCH", "Tuyên truyền năm 2025", "II. NHIỆM VỤ CỤ THỂ",
        "1. Tuyên truyền an ninh trật tự",
        "- CA xã chủ trì, phối hợp với BCH QS xã, ĐTN xã tổ chức tuyên truyền.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. CA xã: tổng hợp kết quả.",
        "Các chữ viết tắt:",
        "- CA xã: Công an xã Na Rì;",
        "- BCH QS xã: Ban Chỉ huy Quân sự xã Na Rì.",
        "Nơi nhận:",
        "- Lưu: VT.",
    ])
    plan = read_task_list(path)
    first = plan.groups[0].tasks[0]
    assert [(u.name, u.role) for u in first.units] == [
        ("Công an xã Na Rì", "lead"), ("Ban Chỉ huy Quân sự xã Na Rì", "support"),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "support"),
    ]
    duty = plan.groups[-1].tasks
    assert [t.content for t in duty] == ["tổng hợp kết quả."] and duty[0].units[0].name == "Công an xã Na Rì"
