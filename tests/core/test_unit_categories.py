"""A unit's category comes from the head of its name, never from a word further in."""

from __future__ import annotations

import pytest

from bkfi_desktop.core.units import guess_category


@pytest.mark.parametrize(("name", "category"), [
    ("Phòng Văn hóa - Xã hội", "phong_ban"),  # a phòng of the commune, not a commune
    ("Phòng Kinh tế, Hạ tầng và Đô thị", "phong_ban"),
    ("Văn phòng HĐND và UBND xã", "phong_ban"),
    ("Công an phường", "nganh"),  # an organisation of the ward, not the ward
    ("Công an xã Na Rì", "nganh"),
    ("Ban Chỉ huy Quân sự xã", "nganh"),
    ("Trung tâm Văn hóa, Thể thao và Truyền thông", "nganh"),
    ("Đảng ủy phường", "dang"),
    ("Ban Tuyên giáo Thành ủy", "dang"),
    ("Hội LHPN phường", "doan_the"),
    ("Hội Liên hiệp Phụ nữ xã", "doan_the"),
    ("Ủy ban MTTQ Việt Nam phường", "doan_the"),
    ("Đoàn Thanh niên xã", "doan_the"),
    ("UBND phường Đức Xuân", "phuong"),
    ("Phường Đức Xuân", "phuong"),
    ("Ủy ban nhân dân xã Na Rì", "xa"),
    ("Thị trấn Phủ Thông", "xa"),
    ("Thôn Nà Pài", "thon_to"),
    ("Tổ dân phố 5", "thon_to"),
    ("Sở Văn hóa, Thể thao và Du lịch", "cap_tren"),
    ("UBND các xã, phường", "collective"),
])
def test_category_by_rule(name: str, category: str) -> None:
    assert guess_category(name) == category
