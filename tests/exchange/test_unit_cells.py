"""Splitting unit cells: on ";", line breaks and "- ", never inside a collective or a unit name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bkfi_desktop.exchange.task_lists import split_unit_cell, unit_refs_from_cell

NAMES = [
    "Phòng Văn hóa và Thông tin",
    "Phòng Văn hoá và Thông tin thành phố",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Lao động - Thương binh và Xã hội",
    "Các phòng, ban, ngành, đoàn thể thành phố",
    "UBND các xã, phường",
    "Ủy ban nhân dân các xã, phường",
    "các thôn, bản",
    "Văn phòng HĐND và UBND thành phố",
    "Trung tâm Văn hóa, Thể thao và Truyền thông",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ban Tuyên giáo và Dân vận Thành ủy",
    "Phòng VH&TT",
    "Công an thành phố",
    "Hội Liên hiệp Phụ nữ thành phố",
    "Các cơ quan, đơn vị, địa phương có liên quan",
]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Các phòng, ban, ngành, đoàn thể thành phố và Ủy ban nhân dân các xã, phường.",
         ["Các phòng, ban, ngành, đoàn thể thành phố", "Ủy ban nhân dân các xã, phường"]),
        ("Phòng Văn hóa và Thông tin", ["Phòng Văn hóa và Thông tin"]),
        ("Phòng Nội vụ, Phòng Tư pháp, UBND các xã, phường", ["Phòng Nội vụ", "Phòng Tư pháp", "UBND các xã, phường"]),
        ("- Phòng Nội vụ;\n- Phòng Tư pháp.", ["Phòng Nội vụ", "Phòng Tư pháp"]),
        ("Hội Cựu chiến binh và Hội Nông dân thành phố", ["Hội Cựu chiến binh", "Hội Nông dân thành phố"]),
        ("Phòng Văn hoá và Thông tin và các cơ quan có liên quan",
         ["Phòng Văn hoá và Thông tin", "các cơ quan có liên quan"]),
        ("Sở Văn hóa, Thể thao và Du lịch (Phòng Quản lý; Thư viện)", ["Sở Văn hóa, Thể thao và Du lịch (Phòng Quản lý; Thư viện)"]),
        ("Văn phòng HĐND và UBND thành phố và Phòng Nội vụ", ["Văn phòng HĐND và UBND thành phố", "Phòng Nội vụ"]),
        ("", []),
    ],
)
def test_split_examples(cell: str, expected: list[str]) -> None:
    assert split_unit_cell(cell) == expected


def test_roles_written_inside_the_cell_win_over_the_column() -> None:
    refs = unit_refs_from_cell("Chủ trì: Phòng Nội vụ\nPhối hợp:\n- Phòng Tư pháp\n- Công an thành phố", "implement")
    assert [(r.name, r.role) for r in refs] == [
        ("Phòng Nội vụ", "lead"), ("Phòng Tư pháp", "support"), ("Công an thành phố", "support"),
    ]
    refs = unit_refs_from_cell("Phòng VH&TT (chủ trì); các phòng, ban (phối hợp)", "implement")
    assert [(r.name, r.role) for r in refs] == [("Phòng VH&TT", "lead"), ("các phòng, ban", "support")]


names = st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True)
separators = st.sampled_from(["; ", ";", "\n", ";\n", "\n- ", "; - ", " ;\n"])


@given(names, separators, st.booleans())
def test_names_joined_by_separators_come_back_unchanged(chosen: list[str], sep: str, dash_first: bool) -> None:
    cell = ("- " if dash_first else "") + sep.join(chosen) + ("." if dash_first else "")
    assert split_unit_cell(cell) == chosen


@given(st.text(alphabet=st.sampled_from(list("abcđơư ,;-\n.PhòngUBNDvàcácxã")), max_size=60))
def test_split_never_yields_empty_or_separator_bearing_names(cell: str) -> None:
    parts = split_unit_cell(cell)
    assert all(part and part == part.strip() for part in parts)
    assert all(";" not in part and "\n" not in part for part in parts)
    assert split_unit_cell("; ".join(parts)) == parts
