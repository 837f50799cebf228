"""Legacy Vietnamese 8-bit encodings in old Word/Excel files: TCVN3 (ABC) and VNI-Windows.

Such files hold the font's byte values, which Python reads as Latin-1/cp1252 characters:
"Uû ban nh©n d©n" (TCVN3, .VnTime) or "UÛy ban nhaân daân" (VNI-Times) for "Ủy ban nhân dân".
The tables below are written from the published code charts (TCVN 5712:1993 "VN3", the
single-font ABC set; the VNI-Windows font layout), not taken from any converter's source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from bkfi_desktop.textvn.normalize import nfc
from bkfi_desktop.textvn.syllables import is_vietnamese_syllable

__all__ = [
    "LegacyEncoding",
    "detect_legacy_encoding",
    "repair_legacy_text",
    "tcvn3_to_unicode",
    "unicode_to_tcvn3",
    "unicode_to_vni",
    "vni_to_unicode",
]

LegacyEncoding = Literal["tcvn3", "vni"]

# --- TCVN3 (TCVN 5712:1993, VN3) ---------------------------------------------------------------
# One row per vowel: the Unicode letters (plain, huyền, hỏi, ngã, sắc, nặng) over their codes.
# A plain ASCII vowel is its own code, written "-" here. VN3 has codes for lowercase letters and
# for the capitals Ă Â Ê Ô Ơ Ư Đ only; capitals with a tone exist only in the ".VnTimeH"-style
# fonts, which draw the lowercase codes as capitals.
_TCVN3_ROWS = (
    ("aàảãáạ", "-\xb5\xb6\xb7\xb8\xb9"),
    ("ăằẳẵắặ", "\xa8\xbb\xbc\xbd\xbe\xc6"),
    ("âầẩẫấậ", "\xa9\xc7\xc8\xc9\xca\xcb"),
    ("eèẻẽéẹ", "-\xcc\xce\xcf\xd0\xd1"),
    ("êềểễếệ", "\xaa\xd2\xd3\xd4\xd5\xd6"),
    ("iìỉĩíị", "-\xd7\xd8\xdc\xdd\xde"),
    ("oòỏõóọ", "-\xdf\xe1\xe2\xe3\xe4"),
    ("ôồổỗốộ", "\xab\xe5\xe6\xe7\xe8\xe9"),
    ("ơờởỡớợ", "\xac\xea\xeb\xec\xed\xee"),
    ("uùủũúụ", "-\xef\xf1\xf2\xf3\xf4"),
    ("ưừửữứự", "\xad\xf5\xf6\xf7\xf8\xf9"),
    ("yỳỷỹýỵ", "-\xfa\xfb\xfc\xfd\xfe"),
    ("đĂÂÊÔƠƯĐ", "\xae\xa1\xa2\xa3\xa4\xa5\xa6\xa7"),
)
_UNICODE_TO_TCVN3: dict[str, str] = {
    letter: code
    for letters, codes in _TCVN3_ROWS
    for letter, code in zip(letters, codes, strict=True)
    if code != "-"
}
_TCVN3_DECODE = str.maketrans({code: letter for letter, code in _UNICODE_TO_TCVN3.items()})
# Codes that no ordinary Latin-1 Vietnamese or Western text would use as letters.
_TCVN3_ONLY = frozenset(
    "\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xb5\xb6\xb7\xb8\xb9\xbb\xbc\xbd\xbe"
)

# --- VNI-Windows ------------------------------------------------------------------------------
# A letter is written as its base letter followed by a mark code. ơ, ư, đ and the toned i / ỵ
# have single codes. Capitals use the uppercase form of both the base and the mark code, so
# only the lowercase half is written out; the rest is derived with str.upper().
_VNI_LOWER: dict[str, str] = {
    "à": "aø", "ả": "aû", "ã": "aõ", "á": "aù", "ạ": "aï",
    "ă": "aê", "ằ": "aè", "ẳ": "aú", "ẵ": "aü", "ắ": "aé", "ặ": "aë",
    "â": "aâ", "ầ": "aà", "ẩ": "aå", "ẫ": "aã", "ấ": "aá", "ậ": "aä",
    "è": "eø", "ẻ": "eû", "ẽ": "eõ", "é": "eù", "ẹ": "eï",
    "ê": "eâ", "ề": "eà", "ể": "eå", "ễ": "eã", "ế": "eá", "ệ": "eä",
    "ì": "ì", "ỉ": "æ", "ĩ": "ó", "í": "í", "ị": "ò",
    "ò": "oø", "ỏ": "oû", "õ": "oõ", "ó": "où", "ọ": "oï",
    "ô": "oâ", "ồ": "oà", "ổ": "oå", "ỗ": "oã", "ố": "oá", "ộ": "oä",
    "ơ": "ô", "ờ": "ôø", "ở": "ôû", "ỡ": "ôõ", "ớ": "ôù", "ợ": "ôï",
    "ù": "uø", "ủ": "uû", "ũ": "uõ", "ú": "uù", "ụ": "uï",
    "ư": "ö", "ừ": "öø", "ử": "öû", "ữ": "öõ", "ứ": "öù", "ự": "öï",
    "ỳ": "yø", "ỷ": "yû", "ỹ": "yõ", "ý": "yù", "ỵ": "î",
    "đ": "ñ",
}  # fmt: skip
_UNICODE_TO_VNI: dict[str, str] = {**_VNI_LOWER, **{k.upper(): v.upper() for k, v in _VNI_LOWER.items()}}
_VNI_TO_UNICODE: dict[str, str] = {v: k for k, v in _UNICODE_TO_VNI.items()}
# Longest sequences first, so "ôù" (ớ) wins over "ô" (ơ).
_VNI_SEQUENCE = re.compile("|".join(re.escape(s) for s in sorted(_VNI_TO_UNICODE, key=len, reverse=True)))
_VNI_ENCODE = str.maketrans(_UNICODE_TO_VNI)

# Letters that exist only in Unicode Vietnamese (never in an 8-bit legacy text read as Latin-1).
_UNICODE_ONLY = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
_TOKEN_SPLIT = re.compile(r"[\s0-9!-/:-@\[-`{-~\u2000-\u206f]+")
# Vietnamese letters outside ASCII, most frequent first (counted on administrative text such as
# the seed plan); only used to break ties between two decodings that both look like Vietnamese.
_LETTER_FREQUENCY = "đáàốạôệưủếịảộâựểơíềêăớìụợấứậóãờòổắồửằỉởýọặẩầữúừùỡéõỹỳẽẻĩỗũẫẹỵẳẵỷ"
_LETTER_RANK = {letter: rank for rank, letter in reversed(list(enumerate(_LETTER_FREQUENCY)))}
_SAMPLE_TOKENS = 400  # enough words to decide; keeps detection cheap on whole documents


def tcvn3_to_unicode(text: str, *, capitals: bool = False) -> str:
    """Decode TCVN3 text; ``capitals=True`` for the ".VnTimeH" fonts, whose every glyph is a capital."""
    decoded = nfc(text.translate(_TCVN3_DECODE))
    return decoded.upper() if capitals else decoded


def unicode_to_tcvn3(text: str, *, capitals: bool = False) -> str:
    """Encode to TCVN3 (for tests and fixtures).

    VN3 has no codes for capitals with a tone: they are written with the lowercase code, as a
    ".VnTimeH" document would (pass ``capitals=True`` to lowercase everything for such a font).
    """
    text = nfc(text)
    if capitals:
        text = text.lower()
    out = []
    for char in text:
        code = _UNICODE_TO_TCVN3.get(char)
        if code is None and char not in _UNICODE_TO_TCVN3 and char.lower() in _UNICODE_TO_TCVN3:
            code = _UNICODE_TO_TCVN3[char.lower()]
        out.append(code if code is not None else char)
    return "".join(out)


def vni_to_unicode(text: str) -> str:
    """Decode VNI-Windows text to Unicode NFC."""
    return nfc(_VNI_SEQUENCE.sub(lambda m: _VNI_TO_UNICODE[m.group()], text))


def unicode_to_vni(text: str) -> str:
    """Encode Unicode text to VNI-Windows (for tests and fixtures)."""
    return nfc(text).translate(_VNI_ENCODE)


def _font_hint(font_name: str | None) -> tuple[LegacyEncoding | None, bool]:
    """(encoding the font implies, whether it is an all-capitals TCVN3 font)."""
    if not font_name:
        return None, False
    name = font_name.strip().lower()
    for suffix in (" bold italic", " bold", " italic"):
        name = name.removesuffix(suffix)
    name = name.replace(" ", "")
    if name.startswith(".vn"):
        return "tcvn3", name.endswith("h")
    if name.startswith("vni"):
        return "vni", False
    return None, False


def _valid_words(tokens: list[str], decode: Callable[[str], str] | None = None) -> int:
    """How many tokens read as Vietnamese syllables (after ``decode``). One-character tokens do not
    count: a lone "½" or "©" says nothing about the encoding."""
    count = 0
    for token in tokens:
        word = decode(token) if decode else token
        # Real words are lower, UPPER or Capitalised; decoding with the wrong table mixes cases.
        if len(token) > 1 and (word.islower() or word.isupper() or word.istitle()):
            count += is_vietnamese_syllable(word)
    return count


def _rarity(tokens: list[str], decode: Callable[[str], str]) -> float:
    """Mean frequency rank of the non-ASCII letters a decoding yields (lower = more ordinary text)."""
    ranks = [
        _LETTER_RANK.get(c.lower(), len(_LETTER_RANK))
        for t in tokens
        for c in decode(t)
        if not c.isascii() and c not in t  # only letters the decoding produced
    ]
    return sum(ranks) / len(ranks) if ranks else 0.0


def detect_legacy_encoding(text: str, font_name: str | None = None) -> LegacyEncoding | None:
    """Tell whether ``text`` is TCVN3 or VNI read as Latin-1; None for ordinary Unicode.

    A ".Vn…" or "VNI…" font name decides, unless the text holds letters only Unicode has.
    Without a font, each decoding is tried on the text's words and wins only if it yields more
    well-formed Vietnamese syllables than the text as it is; ties go to Unicode.
    """
    if _UNICODE_ONLY.search(text):
        return None
    hinted, _ = _font_hint(font_name)
    if hinted is not None:
        return hinted
    if text.isascii():
        return None
    tokens = [t for t in _TOKEN_SPLIT.split(nfc(text)) if t and not t.isascii()][:_SAMPLE_TOKENS]
    as_is = _valid_words(tokens)
    tcvn3 = _valid_words(tokens, tcvn3_to_unicode)
    vni = _valid_words(tokens, vni_to_unicode)
    if max(tcvn3, vni) <= as_is:
        return None
    if tcvn3 != vni:
        return "tcvn3" if tcvn3 > vni else "vni"
    # Equal evidence (a few short words): codes only TCVN3 uses, else the more ordinary letters.
    if any(c in _TCVN3_ONLY for t in tokens for c in t):
        return "tcvn3"
    return "vni" if _rarity(tokens, vni_to_unicode) < _rarity(tokens, tcvn3_to_unicode) else "tcvn3"


def repair_legacy_text(text: str, font_name: str | None = None) -> tuple[str, LegacyEncoding | None]:
    """Convert legacy-encoded text to Unicode NFC; the second item names the encoding converted from.

    The encoding is None when nothing had to change (ordinary Unicode, or plain ASCII in a
    ".VnTime" font), so the importer reports a conversion only when one happened.
    """
    original = nfc(text)
    encoding = detect_legacy_encoding(text, font_name)
    if encoding is None:
        return original, None
    if encoding == "tcvn3":
        _, capitals = _font_hint(font_name)
        repaired = tcvn3_to_unicode(text, capitals=capitals)
    else:
        repaired = vni_to_unicode(text)
    return (repaired, encoding) if repaired != original else (original, None)
