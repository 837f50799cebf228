"""Plan documents (.txt and .docx) read into the same groups, tasks, units and roles as the
hand-structured built-in plan."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.exchange.task_import import read_task_list
from bkfi_desktop.textvn.folding import fold_for_match
from tests.exchange import builders


def _shape(plan: PlanData, section: str) -> list[tuple[str, str, list[tuple[str, list[tuple[str, str]]]]]]:
    """(ordinal, title, [(content, [(folded unit, role)])]) for the groups of one section."""
    return [
        (
            group.ordinal,
            group.title,
            [(task.content, sorted((fold_for_match(u.name), u.role) for u in task.units)) for task in group.tasks],
        )
        for group in plan.groups
        if group.section == section
    ]


@pytest.fixture(scope="module")
def builtin() -> PlanData:
    from bkfi_desktop.core.plan_data import plan_data_from_json

    return plan_data_from_json(json.loads(builders.BUILTIN_PLAN.read_text(encoding="utf-8")))


def test_seed_txt_gives_the_builtin_plans_five_groups(builtin: PlanData) -> None:
    plan = read_task_list(builders.seed_path())
    assert len(_shape(plan, "II")) == 5
    assert _shape(plan, "II") == _shape(builtin, "II")
    first = plan.groups[0].tasks[0]
    assert first.code == "1.1" and first.details == builtin.groups[0].tasks[0].details
    assert plan.title == builtin.title and plan.basis == builtin.basis
    assert plan.number == "/KH-UBND" and plan.year == 2024 and plan.place == "TP. Bắc Kạn"
    assert plan.recipients == builtin.recipients and plan.signer == builtin.signer


def test_seed_txt_reads_organisation_duties_per_unit(builtin: PlanData) -> None:
    plan = read_task_list(builders.seed_path())
    duties = {task.code: task for task in plan.groups[-1].tasks}
    expected = {task.code: task for task in builtin.groups[-1].tasks}
    assert plan.groups[-1].title == "Tổ chức thực hiện"
    assert set(duties) == set(expected)
    for code, task in duties.items():
        assert task.content == expected[code].content
        assert sorted((fold_for_match(u.name), u.role) for u in task.units) == sorted(
            (fold_for_match(u.name), u.role) for u in expected[code].units
        ), code
        assert task.deadline_text == (expected[code].deadline_text or ""), code


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be-bom"])
def test_seed_txt_with_a_bom_reads_the_same(tmp_path: Path, encoding: str) -> None:
    text = builders.seed_path().read_text(encoding="utf-8")
    path = tmp_path / "ke hoach.txt"
    if encoding == "utf-16-be-bom":
        path.write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    else:
        path.write_text(text, encoding=encoding)
    assert _shape(read_task_list(path), "II") == _shape(read_task_list(builders.seed_path()), "II")


def _to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps tone marks as combining characters after the (possibly hatted) vowel."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def test_windows_1258_text_is_decoded(tmp_path: Path) -> None:
    text = "II. NHIỆM VỤ\n\n1. Tuyên truyền\n\n1.1. Nội dung: Đăng tin trên cổng thông tin\n\n1.2. Đơn vị thực hiện: Phòng Nội vụ\n"
    path = tmp_path / "cp1258.txt"
    path.write_bytes(_to_cp1258(text))
    task = read_task_list(path).groups[0].tasks[0]
    assert task.content == "Đăng tin trên cổng thông tin"
    assert [u.name for u in task.units] == ["Phòng Nội vụ"]


def test_hard_wrapped_text_is_rejoined_into_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "II. NHIỆM VỤ, GIẢI PHÁP\n1. Tuyên truyền\n1.1. Nội dung:\n- Đăng tin về công tác\nthông tin đối ngoại trên cổng\n"
        "- Phát hành bản tin\n1.2. Đơn vị chủ trì: Phòng Văn hóa\nvà Thông tin\n",
        encoding="utf-8",
    )
    tasks = read_task_list(path).groups[0].tasks
    assert [t.content for t in tasks] == ["Đăng tin về công tác thông tin đối ngoại trên cổng", "Phát hành bản tin"]
    assert [u.name for u in tasks[0].units] == ["Phòng Văn hóa và Thông tin"]


def test_seed_docx_with_word_bullets_and_signature_table(tmp_path: Path, builtin: PlanData) -> None:
    plan = read_task_list(builders.seed_docx(tmp_path / "ke hoach.docx"))
    assert _shape(plan, "II") == _shape(builtin, "II")
    assert plan.signer == builtin.signer and plan.recipients == builtin.recipients


def test_docx_in_the_lettered_label_style_with_a_heading_table(tmp_path: Path) -> None:
    path = builders.docx_from_paragraphs(tmp_path / "kh.docx", [
        "KẾ HOẠCH",
        "Tuyên truyền thông tin đối ngoại năm 2024",
        "Căn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh.",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao nhận thức của cán bộ.",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Tuyên truyền trên cổng thông tin",
        "a) Nội dung: Đăng tải tin, bài về thông tin đối ngoại.",
        "b) Đơn vị chủ trì: Phòng Văn hóa và Thông tin.",
        "c) Đơn vị phối hợp: Các phòng, ban, ngành; UBND các xã, thị trấn.",
        "d) Thời gian thực hiện: Thường xuyên.",
        "2. Tập huấn",
        "a) Nội dung: Mở lớp tập huấn kỹ năng.",
        "b) Cơ quan chủ trì: Phòng Nội vụ",
        "c) Thời hạn hoàn thành: Quý IV/2024",
        "d) Sản phẩm: Báo cáo kết quả",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Nội vụ: Tổng hợp, báo cáo hằng quý.",
    ], heading_table=True)
    plan = read_task_list(path)
    assert plan.number == "88/KH-UBND" and plan.issued_on is not None and plan.issued_on.isoformat() == "2024-07-12"
    assert plan.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN" and plan.parent_agency == "UBND TỈNH BẮC KẠN"
    assert plan.title == "Tuyên truyền thông tin đối ngoại năm 2024"
    assert plan.key == "kh-88-kh-ubnd-2024"
    first, second = plan.groups[0].tasks
    assert (first.code, first.content) == ("1", "Tuyên truyền trên cổng thông tin")
    assert first.details == ["Đăng tải tin, bài về thông tin đối ngoại."]
    assert [(u.name, u.role) for u in first.units] == [
        ("Phòng Văn hóa và Thông tin", "lead"), ("Các phòng, ban, ngành", "support"), ("Ủy ban nhân dân các xã, thị trấn", "support"),
    ]
    assert first.deadline_text == "Thường xuyên"
    assert (second.deadline_text, second.product) == ("Quý IV/2024", "Báo cáo kết quả")
    duty = plan.groups[-1].tasks[0]
    assert (duty.code, duty.deadline_text, [u.role for u in duty.units]) == ("III.1", "Hằng quý", ["lead"])


def test_task_table_inside_a_docx_is_read_like_an_appendix(tmp_path: Path) -> None:
    plan = read_task_list(builders.docx_with_task_table(tmp_path / "bang.docx"))
    assert plan.number == "41/KH-UBND" and plan.title == "Thông tin đối ngoại năm 2025"
    assert [g.title for g in plan.groups] == ["Tuyên truyền"]
    tasks = plan.groups[0].tasks
    assert [t.code for t in tasks] == ["I.1", "I.2", "I.3"]
    assert [(u.name, u.role) for u in tasks[2].units] == [
        ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "lead"), ("Các cơ quan, đơn vị", "support"),
    ]
    assert tasks[1].deadline_text == "Định kỳ 6 tháng"
