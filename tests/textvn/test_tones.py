from __future__ import annotations

import pytest
from hypothesis import given

from bkfi_desktop.textvn.tones import classic_tone_placement, modern_tone_placement

from .strategies import cased_syllables, sentences

OLD_TO_MODERN = [
    ("hoà", "hòa"),
    ("hoá", "hóa"),
    ("uỷ", "ủy"),
    ("oà", "òa"),
    ("thuỷ", "thủy"),
    ("khoẻ", "khỏe"),
    ("Uỷ ban", "Ủy ban"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("Văn hoá và Thông tin", "Văn hóa và Thông tin"),
    ("loè loẹt", "lòe loẹt"),
]


@pytest.mark.parametrize(("old", "modern"), OLD_TO_MODERN)
def test_old_style_becomes_modern_and_back(old: str, modern: str) -> None:
    assert modern_tone_placement(old) == modern
    assert classic_tone_placement(modern) == old


@pytest.mark.parametrize(
    "word", ["hoàng", "hoài", "khuỷu", "tuyết", "quý", "quỳnh", "giữa", "hoạch", "thuở", "Nguyễn", "an"]
)
def test_syllables_that_both_styles_write_alike_are_untouched(word: str) -> None:
    assert modern_tone_placement(word) == word
    assert classic_tone_placement(word) == word


def test_non_vietnamese_text_is_untouched() -> None:
    text = "Kế hoạch 47/NQ-CP, email: vhtt@backan.gov.vn — café"
    assert modern_tone_placement(text) == text


@given(sentences(cased_syllables()))
def test_both_styles_convert_to_the_same_modern_text(text: str) -> None:
    assert modern_tone_placement(classic_tone_placement(text)) == modern_tone_placement(text)
    assert modern_tone_placement(text) == text  # the generator writes modern placement
