from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bkfi_desktop.textvn.folding import fold_for_match, fold_for_search, names_match
from bkfi_desktop.textvn.tones import classic_tone_placement

from .strategies import cased_syllables, sentences

SAME_UNIT = [
    ("Phòng VH&TT", "Phòng Văn hóa và Thông tin", "Phòng Văn hoá và Thông tin", "Phòng VH-TT", "P. VHTT"),
    ("UBND phường Đức Xuân", "Ủy ban nhân dân phường Đức Xuân", "Uỷ ban nhân dân Phường  Đức Xuân"),
    (
        "Phòng TC-KH",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Tài chính – Kế hoạch",
        "Phòng TCKH",
        "PHÒNG TÀI CHÍNH-KẾ HOẠCH",
    ),
    ("UBND TP. Bắc Kạn", "Ủy ban nhân dân thành phố Bắc Kạn", "UBND TP Bắc Kạn", "UBND Tp.Bắc Kạn"),
    ("HĐND thành phố", "Hội đồng nhân dân thành phố"),
    ("Ủy ban MTTQ thành phố", "Uỷ ban Mặt trận Tổ quốc thành phố"),
    ("Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo"),
    ("Phường 01", "Phường 1"),
]


JOINER_SPELLINGS = (
    ("Phòng Văn hóa - Thông tin", "Phòng VH&TT", "Phòng Văn hoá và Thông tin", "Phòng VH-TT"),
    ("Trung tâm VH-TT&TT", "Trung tâm VHTT&TT", "Trung tâm Văn hóa, Thể thao và Truyền thông"),
    ("Ban CHQS thành phố", "Ban Chỉ huy Quân sự thành phố"),
)


@pytest.mark.parametrize("spellings", JOINER_SPELLINGS)
def test_offices_written_with_a_dash_an_ampersand_or_va_are_one_unit(spellings: tuple[str, ...]) -> None:
    assert len({fold_for_match(s) for s in spellings}) == 1


def test_different_offices_stay_different() -> None:
    assert fold_for_match("Phòng Văn hóa và Thông tin") != fold_for_match("Trung tâm Văn hóa, Thể thao và Truyền thông")
    assert fold_for_match("Phòng Tài chính - Kế hoạch") != fold_for_match("Phòng Kinh tế và Hạ tầng")


@pytest.mark.parametrize("spellings", SAME_UNIT)
def test_spellings_of_one_unit_fold_to_one_key(spellings: tuple[str, ...]) -> None:
    keys = {fold_for_match(s) for s in spellings}
    assert len(keys) == 1, keys
    assert all(names_match(spellings[0], s) for s in spellings)


def test_folded_key_is_readable_vietnamese() -> None:
    assert fold_for_match("Phòng VH&TT") == "phòng văn hóa thông tin"
    assert fold_for_match("UBND phường Đức Xuân") == "ủy ban nhân dân phường đức xuân"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch"),
        ("UBND phường Đức Xuân", "UBND phường Sông Cầu"),
        ("Phòng Nội vụ", "Phòng Nội vụ thành phố Bắc Kạn"),
        ("Đức Xuân", "Duc Xuan"),  # "đ" and tones are kept: different words stay different
    ],
)
def test_different_units_do_not_match(a: str, b: str) -> None:
    assert not names_match(a, b)


def test_p_dot_means_phong_only_before_a_department() -> None:
    assert fold_for_match("P. Nội vụ") == "phòng nội vụ"
    assert fold_for_match("P. Đức Xuân") != fold_for_match("Phòng Đức Xuân")


def test_tt_alone_is_not_expanded() -> None:
    assert fold_for_match("Trung tâm TT") == "trung tâm tt"


def test_empty_names_never_match() -> None:
    assert not names_match("", "")
    assert not names_match("  ", "-")


def test_fold_for_search_removes_every_diacritic() -> None:
    assert "thong tin" in fold_for_search("Thông Tin đối ngoại")
    assert fold_for_search("ĐỨC  XUÂN\nỦy ban") == "duc xuan uy ban"
    assert fold_for_search(unicodedata.normalize("NFD", "Nghị quyết")) == "nghi quyet"


vietnamese_or_anything = st.one_of(
    sentences(cased_syllables()),
    st.text(alphabet=st.sampled_from("UBNDVHTCKP&.-–_ 0Đđhòaàe\u00a0\t\nỦỷ"), max_size=30),
    st.text(max_size=30),
)


@given(vietnamese_or_anything)
def test_fold_for_match_is_idempotent(text: str) -> None:
    once = fold_for_match(text)
    assert fold_for_match(once) == once


@given(vietnamese_or_anything)
def test_fold_for_match_ignores_normalisation_form(text: str) -> None:
    assert fold_for_match(unicodedata.normalize("NFD", text)) == fold_for_match(text)


@given(sentences(cased_syllables()))
def test_fold_for_match_ignores_tone_placement_style(text: str) -> None:
    assert fold_for_match(classic_tone_placement(text)) == fold_for_match(text)


@given(sentences(cased_syllables()))
def test_fold_for_search_turns_vietnamese_into_plain_lowercase_ascii(text: str) -> None:
    folded = fold_for_search(text)
    assert folded.isascii()
    assert folded == fold_for_search(text.upper()) == fold_for_search(unicodedata.normalize("NFD", text))
    assert folded == folded.lower()


@given(st.text(max_size=40))
def test_fold_for_search_collapses_whitespace_in_any_text(text: str) -> None:
    folded = fold_for_search(text)
    assert folded == folded.strip()
    assert "  " not in folded
