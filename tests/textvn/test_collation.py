from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bkfi_desktop.textvn.collation import person_sort_key, vietnamese_sort_key

from .strategies import cased_syllables


def test_people_sort_by_given_name_first() -> None:
    people = ["Nguyễn Văn Bình", "Trần Thị An", "Lê Văn Ánh", "Hoàng Đức Anh"]
    assert sorted(people, key=person_sort_key) == [
        "Trần Thị An",
        "Hoàng Đức Anh",
        "Lê Văn Ánh",
        "Nguyễn Văn Bình",
    ]


def test_same_given_name_sorts_by_family_then_middle_name() -> None:
    people = ["Trần Văn Hùng", "Đỗ Mạnh Hùng", "Bùi Thị Hùng", "Đào Xuân Hùng"]
    assert sorted(people, key=person_sort_key) == [
        "Bùi Thị Hùng",
        "Đào Xuân Hùng",
        "Đỗ Mạnh Hùng",
        "Trần Văn Hùng",
    ]


def test_vietnamese_letters_sit_after_their_base_letter() -> None:
    words = ["y", "ư", "u", "ơ", "ô", "o", "ê", "e", "đ", "d", "â", "ă", "b", "a"]
    assert sorted(words, key=vietnamese_sort_key) == [
        "a",
        "ă",
        "â",
        "b",
        "d",
        "đ",
        "e",
        "ê",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
        "y",
    ]


def test_d_words_come_before_all_dd_words() -> None:
    units = ["Đức Xuân", "Dương Quang", "Đội Thuế", "Dân vận"]
    assert sorted(units, key=vietnamese_sort_key) == ["Dân vận", "Dương Quang", "Đội Thuế", "Đức Xuân"]


def test_tones_order_none_huyen_hoi_nga_sac_nang() -> None:
    assert sorted(["má", "mạ", "mà", "mã", "ma", "mả"], key=vietnamese_sort_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]


def test_letters_outrank_tones_and_case() -> None:
    assert sorted(["Anh", "án", "an", "Ân"], key=vietnamese_sort_key) == ["an", "án", "Anh", "Ân"]


@given(st.lists(cased_syllables(), min_size=1, max_size=4).map(" ".join))
def test_key_ignores_normalisation_form(text: str) -> None:
    assert vietnamese_sort_key(unicodedata.normalize("NFD", text)) == vietnamese_sort_key(text)


@given(st.text(max_size=20))
def test_key_works_on_any_text(text: str) -> None:
    vietnamese_sort_key(text)
    person_sort_key(text)
