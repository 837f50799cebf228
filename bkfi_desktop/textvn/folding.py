"""Keys for comparing Vietnamese names (fold_for_match) and for accent-insensitive search (fold_for_search)."""

from __future__ import annotations

import functools
import re
import unicodedata

from bkfi_desktop.textvn.normalize import clean_line
from bkfi_desktop.textvn.tones import modern_tone_placement

__all__ = ["fold_for_match", "fold_for_search", "names_match"]

# Abbreviations used in unit names and table headers, as lowercase token sequences after
# punctuation has become spaces ("VH&TT" → "vh và tt", "TC-KH" → "tc kh"). Working on tokens
# keeps fold_for_match idempotent: no expansion produces a token that is itself an abbreviation.
_ABBREVIATIONS: dict[tuple[str, ...], str] = {
    ("ubnd",): "ủy ban nhân dân",
    ("hđnd",): "hội đồng nhân dân",
    ("hdnd",): "hội đồng nhân dân",
    ("mttq",): "mặt trận tổ quốc",
    ("mttqvn",): "mặt trận tổ quốc việt nam",
    ("ubmttq",): "ủy ban mặt trận tổ quốc",
    ("tp",): "thành phố",
    ("ttđn",): "thông tin đối ngoại",
    ("vhtt",): "văn hóa và thông tin",
    ("vh", "tt"): "văn hóa và thông tin",
    ("vh", "và", "tt"): "văn hóa và thông tin",
    # Dashes are dropped from keys, so the full form "Tài chính - Kế hoạch" folds the same way.
    ("tckh",): "tài chính kế hoạch",
    ("tc", "kh"): "tài chính kế hoạch",
    ("gdđt",): "giáo dục và đào tạo",
    ("gd", "đt"): "giáo dục và đào tạo",
    ("gd", "và", "đt"): "giáo dục và đào tạo",
    ("tnmt",): "tài nguyên và môi trường",
    ("tn", "mt"): "tài nguyên và môi trường",
    ("tn", "và", "mt"): "tài nguyên và môi trường",
    ("lđtbxh",): "lao động thương binh và xã hội",
    ("lđtb", "và", "xh"): "lao động thương binh và xã hội",
    ("lđ", "tb", "và", "xh"): "lao động thương binh và xã hội",
    ("ktht",): "kinh tế và hạ tầng",
    ("kt", "ht"): "kinh tế và hạ tầng",
    ("kt", "và", "ht"): "kinh tế và hạ tầng",
    ("qlđt",): "quản lý đô thị",
    ("chqs",): "chỉ huy quân sự",
    # Trung tâm VH-TT&TT / VHTT&TT / VH,TT&TT: longer than ("vh", "tt"), so it is tried first.
    ("vh", "tt", "và", "tt"): "văn hóa thể thao và truyền thông",
    ("vhtt", "và", "tt"): "văn hóa thể thao và truyền thông",
}
_LONGEST_ABBREVIATION = max(len(k) for k in _ABBREVIATIONS)

# "P." is "phòng" only before a department name; before a place ("P. Đức Xuân") it means "phường".
_DEPARTMENT_STARTS = frozenset(
    """văn tài nội tư giáo y kinh quản lao dân nông tổ vh vhtt tc tckh gd gdđt tn tnmt nv lđ lđtbxh
    kt ktht qlđt""".split()
)

_NOT_WORD = re.compile(r"[\W_]+")


def _expand_tokens(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(_LONGEST_ABBREVIATION, len(tokens) - i), 0, -1):
            expansion = _ABBREVIATIONS.get(tuple(tokens[i : i + size]))
            if expansion is not None:
                out.extend(expansion.split())
                i += size
                break
        else:
            token = tokens[i]
            # "06" and "6" are the same number in headers and unit names ("Phường 01").
            out.append(token.lstrip("0") or "0" if token.isdecimal() else token)
            i += 1
    return out


# An import folds the same few unit names thousands of times; the function is pure, so cache it.
@functools.lru_cache(maxsize=16_384)
def fold_for_match(text: str) -> str:
    """Key under which two spellings of the same unit name or header compare equal.

    NFC, lowercase, modern tone placement, "đ" kept, punctuation and dashes dropped, spacing
    collapsed, common abbreviations (UBND, HĐND, VH&TT, TC-KH, TP., MTTQ, CHQS…) expanded, and the
    joiners "và" / "&" left out. Idempotent.
    """
    folded = unicodedata.normalize("NFC", clean_line(text).lower())
    folded = modern_tone_placement(folded).replace("&", " và ")
    tokens = _NOT_WORD.sub(" ", folded).split()
    if len(tokens) > 1 and tokens[0] == "p" and tokens[1] in _DEPARTMENT_STARTS:
        tokens[0] = "phòng"
    # "và", "&" and a dash all join the two halves of a name: "Văn hóa - Thông tin",
    # "VH&TT" and "Văn hóa và Thông tin" are one office, so the joiner is left out of the key.
    return " ".join(token for token in _expand_tokens(tokens) if token != "và")


def _build_search_table() -> dict[int, str | None]:
    """Map every precomposed Latin letter to its lowercase base letter; drop combining marks."""
    table: dict[int, str | None] = {}
    ranges = [(0x00C0, 0x0250), (0x1E00, 0x1F00)]
    for start, stop in ranges:
        for code in range(start, stop):
            decomposed = unicodedata.normalize("NFD", chr(code))
            base = decomposed[0]
            if len(decomposed) > 1 and base.isascii():
                table[code] = base.lower()
    for code in range(0x0300, 0x0370):
        table[code] = None
    table.update({ord("đ"): "d", ord("Đ"): "d", ord("ð"): "d", ord("Ð"): "d"})
    return table


_SEARCH_TABLE = _build_search_table()


def fold_for_search(text: str) -> str:
    """Accent-free lowercase text for substring search: "Thông Tin đối ngoại" → "thong tin doi ngoai".

    A single str.translate plus lower(); cheap enough for every row of a large table.
    """
    return " ".join(text.translate(_SEARCH_TABLE).lower().split())


def names_match(a: str, b: str) -> bool:
    """True when two unit names (or headers) are the same after fold_for_match; empty names never match."""
    key = fold_for_match(a)
    return bool(key) and key == fold_for_match(b)
