"""Roles written in prose and abbreviations: pure text functions, tried on the ways offices write them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bkfi_desktop.exchange.task_lists.abbreviations import (
    BUILTIN_ABBREVIATIONS,
    AbbreviationResolver,
    abbreviations_from_rows,
    abbreviations_from_text,
)
from bkfi_desktop.exchange.task_lists.duty_pointers import read_duty
from bkfi_desktop.exchange.task_lists.refine import deadline_in_text, is_tail_text, strip_closing
from bkfi_desktop.exchange.task_lists.role_clauses import roles_in_prose

# Names with a comma or "và" inside, and plain ones: a list of them must split only between names.
UNITS = [
    "Phòng Văn hóa - Xã hội",
    "Văn phòng HĐND và UBND xã",
    "Công an xã",
    "Trung tâm Văn hóa, Thể thao và Truyền thông",
    "Báo và Phát thanh, Truyền hình Lạng Sơn",
    "Phòng Văn hóa và Thông tin",
    "Ban Tổ chức Thành ủy",
    "Ban Chỉ huy Quân sự thành phố",
    "Hội Liên hiệp Phụ nữ phường",
    "Đoàn Thanh niên xã",
]
VERBS = ["tổ chức tuyên truyền", "thực hiện", "triển khai các hoạt động", "xây dựng phóng sự", "tham mưu"]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(u.name, u.role) for u in roles_in_prose(text).units]


@pytest.mark.parametrize(("text", "expected"), [
    ("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND xã, Công an xã tổ chức tuyên truyền.",
     [("Phòng Văn hóa - Xã hội", "lead"), ("Văn phòng HĐND và UBND xã", "support"), ("Công an xã", "support")]),
    ("Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan liên quan triển khai.",
     [("Phòng Nội vụ", "lead"), ("các cơ quan liên quan", "support")]),
    ("Tổ chức hội nghị báo cáo viên (do Trung tâm Văn hóa, Thể thao và Truyền thông chủ trì).",
     [("Trung tâm Văn hóa, Thể thao và Truyền thông", "lead")]),
    ("Rà soát thông tin trên mạng xã hội; Công an thành phố thực hiện.", [("Công an thành phố", "implement")]),
    ("Sản xuất phóng sự; Báo và Phát thanh, Truyền hình Lạng Sơn chủ trì, cùng Ban Tổ chức Thành ủy thực hiện.",
     [("Báo và Phát thanh, Truyền hình Lạng Sơn", "lead"), ("Ban Tổ chức Thành ủy", "support")]),
    ("Phòng Nội vụ có trách nhiệm chủ trì, phối hợp với Phòng Tư pháp xây dựng quy chế phát ngôn.",
     [("Phòng Nội vụ", "lead"), ("Phòng Tư pháp", "support")]),
    ("Đoàn Thanh niên xã phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức diễn đàn.",
     [("Đoàn Thanh niên xã", "implement"), ("Hội Liên hiệp Phụ nữ xã", "support")]),
    ("Đăng tải thông tin do Văn phòng HĐND và UBND thành phố thực hiện.",
     [("Văn phòng HĐND và UBND thành phố", "implement")]),
    ("CA TP chủ trì, phối hợp với BCH QS thành phố, ĐTN, HLHPN thực hiện.",
     [("CA TP", "lead"), ("BCH QS thành phố", "support"), ("ĐTN", "support"), ("HLHPN", "support")]),
])
def test_roles_in_the_sentences_offices_write(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize("text", [
    "Hướng dẫn các đơn vị thực hiện quy định về phát ngôn.",
    "Tổ chức thực hiện Kế hoạch trên địa bàn.",
    "Các phòng, ban, ngành, đoàn thể thành phố và Ủy ban nhân dân các xã, phường.",
    "Đăng tin, bài về hoạt động đối ngoại của thành phố.",
])
def test_sentences_that_name_no_role_give_none(text: str) -> None:
    assert _roles(text) == []


@settings(max_examples=60, deadline=None)
@given(
    lead=st.sampled_from(UNITS),
    partners=st.lists(st.sampled_from(UNITS), min_size=1, max_size=3, unique=True),
    joiner=st.sampled_from([", ", "; "]),
    verb=st.sampled_from(VERBS),
    opening=st.sampled_from(["", "Giao ", "Năm 2025, "]),
)
def test_a_lead_and_any_list_of_partners_split_only_between_names(
    lead: str, partners: list[str], joiner: str, verb: str, opening: str
) -> None:
    partners = [p for p in partners if p != lead]
    if not partners:
        return
    listed = joiner.join(partners[:-1]) + (" và " if len(partners) > 1 else "") + partners[-1]
    text = f"{opening}{lead} chủ trì, phối hợp với {listed} {verb} nội dung tuyên truyền."
    assert _roles(text) == [(lead, "lead")] + [(p, "support") for p in partners]


def test_the_builtin_list_writes_out_the_abbreviations_offices_use() -> None:
    resolver = AbbreviationResolver(BUILTIN_ABBREVIATIONS)
    assert resolver.expand("CA TP") == "Công an thành phố"
    assert resolver.expand("Phòng TC-KH") == "Phòng Tài chính - Kế hoạch"
    assert resolver.expand("TT VH,TT&TT") == "Trung tâm Văn hóa, Thể thao và Truyền thông"
    assert resolver.expand("TT VH-TT&TT thành phố") == "Trung tâm Văn hóa, Thể thao và Truyền thông thành phố"
    assert resolver.expand("BCH QS thành phố") == "Ban Chỉ huy Quân sự thành phố"
    assert resolver.expand("MTTQ") == "Mặt trận Tổ quốc Việt Nam"
    assert resolver.expand("UBND các xã, phường") == "Ủy ban nhân dân các xã, phường"
    assert resolver.expand("Phòng Văn hóa và Thông tin") == "Phòng Văn hóa và Thông tin"


def test_the_documents_own_key_wins_over_the_builtin_list() -> None:
    key = abbreviations_from_text([
        "Ghi chú: Chữ viết tắt: CA TP: Công an thành phố Lạng Sơn; TT VH,TT&TT: Trung tâm Văn hóa, Thể thao "
        "và Truyền thông; P.TC-KH: Phòng Tài chính - Kế hoạch.",
    ])
    resolver = AbbreviationResolver(key, BUILTIN_ABBREVIATIONS)
    assert resolver.expand("CA TP") == "Công an thành phố Lạng Sơn"
    assert resolver.expand("P.TC-KH") == "Phòng Tài chính - Kế hoạch"
    listed = abbreviations_from_text(["* Các chữ viết tắt:", "- BCĐ: Ban Chỉ đạo", "- ĐTN - Đoàn Thanh niên", "Nơi nhận:"])
    assert listed == {"BCĐ": "Ban Chỉ đạo", "ĐTN": "Đoàn Thanh niên"}
    sheet = abbreviations_from_rows([["STT", "Chữ viết tắt", "Viết đầy đủ"], ["1", "HLHPN", "Hội Liên hiệp Phụ nữ"]])
    assert sheet == {"HLHPN": "Hội Liên hiệp Phụ nữ"}


def test_section_iv_pointers_and_the_duties_left() -> None:
    duty = read_duty("chủ trì thực hiện các nhiệm vụ tại mục 1, mục 2 Phần II; phối hợp thực hiện mục 4; "
                     "tổng hợp báo cáo kết quả định kỳ.")
    assert [(p.role, p.numbers, p.section) for p in duty.pointers] == [("lead", ["1", "2"], "II"), ("support", ["4"], "II")]
    assert duty.rest == ["tổng hợp báo cáo kết quả định kỳ"]
    ranged = read_duty("Chủ trì các nhiệm vụ 1.1, 1.2 và từ mục 3 đến mục 5 Phần II Kế hoạch này.")
    assert ranged.pointers[0].numbers == ["1.1", "1.2", "3", "4", "5"]
    assert read_duty("Chủ trì thực hiện Nghị quyết số 47/NQ-CP.").pointers == []


def test_deadlines_inside_the_text_and_the_closing_marks() -> None:
    assert deadline_in_text("Tổ chức tuyên truyền (thời gian hoàn thành: Quý II/2025).") == "Quý II/2025"
    assert deadline_in_text("Sản xuất phóng sự, hoàn thành trước 30/6/2026./.") == "Trước 30/6/2026"
    assert deadline_in_text("Tập huấn, hoàn thành trong Quý III/2025.") == "Trong Quý III/2025"
    assert deadline_in_text("Đăng tin thường xuyên.") == ""
    assert deadline_in_text("Gửi báo cáo về Phòng Văn hóa chậm nhất ngày 15/12/2025.") == "Chậm nhất ngày 15/12/2025"
    assert strip_closing("… thành phố Bắc Kạn./.") == "… thành phố Bắc Kạn."
    assert strip_closing("Quý IV/2025./") == "Quý IV/2025."


@pytest.mark.parametrize("line", ["Trên đây là Kế hoạch …", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                                  "PHÓ CHỦ TỊCH", "- Lưu: VT, VHTT.", "Lưu: VT"])
def test_closing_block_lines_are_never_tasks(line: str) -> None:
    assert is_tail_text(line.lstrip("- "))
