from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bkfi_desktop.textvn.legacy import (
    detect_legacy_encoding,
    repair_legacy_text,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)
from bkfi_desktop.textvn.syllables import is_vietnamese_syllable

from .strategies import cased_syllables, sentences, syllables

NATIONAL_MOTTO = "Cộng hòa xã hội chủ nghĩa Việt Nam"
# As the bytes appear when an old .VnTime / VNI-Times document is read as Latin-1.
TCVN3_SAMPLES = [
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Uû ban nh©n d©n thµnh phè B¾c K¹n", "Uỷ ban nhân dân thành phố Bắc Kạn"),
    ("Phßng V¨n ho¸ vµ Th«ng tin", "Phòng Văn hoá và Thông tin"),
    ("th«ng tin ®èi ngo¹i", "thông tin đối ngoại"),
]
VNI_SAMPLES = [
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", NATIONAL_MOTTO),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("UÛY BAN NHAÂN DAÂN", "ỦY BAN NHÂN DÂN"),
    ("ngöôøi daân", "người dân"),
]


@pytest.mark.parametrize(("legacy", "unicode"), TCVN3_SAMPLES)
def test_tcvn3_text_is_detected_and_converted(legacy: str, unicode: str) -> None:
    assert detect_legacy_encoding(legacy) == "tcvn3"
    assert tcvn3_to_unicode(legacy) == unicode
    assert repair_legacy_text(legacy) == (unicode, "tcvn3")
    assert unicode_to_tcvn3(unicode) == legacy


@pytest.mark.parametrize(("legacy", "unicode"), VNI_SAMPLES)
def test_vni_text_is_detected_and_converted(legacy: str, unicode: str) -> None:
    assert detect_legacy_encoding(legacy) == "vni"
    assert vni_to_unicode(legacy) == unicode
    assert repair_legacy_text(legacy) == (unicode, "vni")
    assert unicode_to_vni(unicode) == legacy


def test_vntimeh_font_turns_lowercase_codes_into_capitals() -> None:
    legacy = "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM"
    assert detect_legacy_encoding(legacy, ".VnTimeH") == "tcvn3"
    assert repair_legacy_text(legacy, ".VnTimeH") == ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tcvn3")
    assert repair_legacy_text("uû ban nh©n d©n", ".VnTimeH Bold")[0] == "UỶ BAN NHÂN DÂN"


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", "tcvn3"),
        (".VnArialH", "tcvn3"),
        ("VNI-Times", "vni"),
        ("VNI-Helve", "vni"),
        ("Times New Roman", None),
    ],
)
def test_font_name_decides_when_given(font: str, expected: str | None) -> None:
    assert detect_legacy_encoding("hai", font) == expected


def test_font_name_is_overruled_by_letters_only_unicode_has() -> None:
    assert detect_legacy_encoding("Ủy ban nhân dân", ".VnTime") is None
    assert repair_legacy_text("Ủy ban nhân dân", "VNI-Times") == ("Ủy ban nhân dân", None)


def test_plain_ascii_in_a_legacy_font_is_not_reported_as_converted() -> None:
    assert repair_legacy_text("Ke hoach 47/NQ-CP", ".VnTime") == ("Ke hoach 47/NQ-CP", None)


@pytest.mark.parametrize(
    "text",
    [
        "Plan for foreign information work, 2024-2030.",
        "Microsoft® Word ½ cup, 25°C © 2024",
        "café crème, niño, Müller, São Paulo",
        "Thông",  # Unicode Vietnamese made only of Latin-1 letters stays Unicode
        "tôi là cán bộ",
        NATIONAL_MOTTO,
        "",
    ],
)
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert detect_legacy_encoding(text) is None
    assert repair_legacy_text(text) == (text, None)


def test_repair_returns_nfc_for_unicode_input() -> None:
    import unicodedata

    assert repair_legacy_text(unicodedata.normalize("NFD", NATIONAL_MOTTO)) == (NATIONAL_MOTTO, None)


# TCVN3 (VN3) has no codes for capitals with a tone, so round trips use lowercase letters and
# the capitals it does have; VNI covers every letter in both cases.
tcvn3_text = sentences(
    st.one_of(syllables, syllables.map(str.capitalize).filter(lambda w: w[0] in "ĂÂÊÔƠƯĐ" or w[0].isascii()))
)
vni_text = sentences(cased_syllables())
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def _explained_only_by(encoded: str, decode: Callable[[str], str], other: Callable[[str], str]) -> bool:
    """Non-trivial legacy text: some word of two or more characters reads as Vietnamese only when
    decoded with the right table (not as it stands, not with the other table). Without one, text
    can be genuinely ambiguous: "Gö" is "Gử" in TCVN3 and "Gư" in VNI; a lone "©" may be "â"."""
    return any(
        len(word) > 1
        and is_vietnamese_syllable(decode(word))
        and not is_vietnamese_syllable(word)
        and not is_vietnamese_syllable(other(word))
        for word in encoded.split()
    )


@given(tcvn3_text)
def test_tcvn3_round_trip(text: str) -> None:
    assert tcvn3_to_unicode(unicode_to_tcvn3(text)) == text


@given(vni_text)
def test_tcvn3_capitals_round_trip(text: str) -> None:
    assert tcvn3_to_unicode(unicode_to_tcvn3(text, capitals=True), capitals=True) == text.upper()


@given(vni_text)
def test_vni_round_trip(text: str) -> None:
    assert vni_to_unicode(unicode_to_vni(text)) == text


@given(tcvn3_text)
def test_tcvn3_encoded_vietnamese_is_detected(text: str) -> None:
    encoded = unicode_to_tcvn3(text)
    assume(_explained_only_by(encoded, tcvn3_to_unicode, vni_to_unicode))
    assert detect_legacy_encoding(encoded) == "tcvn3"
    assert detect_legacy_encoding(text) is None


@given(vni_text)
def test_vni_encoded_vietnamese_is_detected(text: str) -> None:
    encoded = unicode_to_vni(text)
    assume(_explained_only_by(encoded, vni_to_unicode, tcvn3_to_unicode))
    assert detect_legacy_encoding(encoded) == "vni"
    assert detect_legacy_encoding(text) is None


def test_a_lone_ambiguous_word_prefers_the_more_ordinary_reading() -> None:
    # "böu" reads "bưu" in VNI and "bửu" in TCVN3; ư is far more common than ử.
    assert detect_legacy_encoding("böu") == "vni"
    assert detect_legacy_encoding("ña") == "vni"  # "đa", not "ủa"


def test_whole_documents_are_detected_from_a_sample() -> None:
    paragraph = "Phßng V¨n ho¸ vµ Th«ng tin chñ tr×, phèi hîp víi c¸c c¬ quan liªn quan. " * 200
    assert detect_legacy_encoding(paragraph) == "tcvn3"
