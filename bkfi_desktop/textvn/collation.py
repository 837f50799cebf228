"""Vietnamese alphabetical order, and sorting people by given name.

Why not a library: pyuca implements only the root DUCET order, where ă, â, đ, ê, ô, ơ, ư are
accented variants of a, d, e, o, u rather than letters of their own; PyICU has the Vietnamese
tailoring but no official Windows wheels, and bundling ICU for one sort order is heavy for an
offline installer. So the key below is built from the alphabet itself:

    a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y

(f, j, w, z sit where Latin puts them). Comparison is on three levels, as in Unicode collation:
letters case-insensitively, then tones (none, huyền, hỏi, ngã, sắc, nặng), then case.
"""

from __future__ import annotations

from functools import lru_cache

from bkfi_desktop.textvn.normalize import clean_line, nfc
from bkfi_desktop.textvn.syllables import split_tone

__all__ = ["SortKey", "person_sort_key", "vietnamese_sort_key"]

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: 1000 + index for index, letter in enumerate(_ALPHABET)}
_DIGIT_BASE = 100  # digits sort before letters
_OTHER_LETTER_BASE = 10_000  # letters of other alphabets after Vietnamese ones
_PUNCTUATION = 1  # spaces and punctuation before everything

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


@lru_cache(maxsize=8192)
def _char_weights(char: str) -> tuple[int, int, int]:
    """(letter rank, tone 0..5, case 0 lower / 1 upper) for one NFC character."""
    base, tone = split_tone(char)
    lower = base.lower()
    case = 1 if base != lower else 0
    if lower in _LETTER_RANK:
        return _LETTER_RANK[lower], tone, case
    if len(lower) == 1 and lower.isdecimal():
        return _DIGIT_BASE + int(lower), 0, 0
    if len(lower) == 1 and lower.isalpha():
        return _OTHER_LETTER_BASE + ord(lower), tone, case
    return _PUNCTUATION, 0, 0


def vietnamese_sort_key(text: str) -> SortKey:
    """Key for sorted(): Vietnamese alphabetical order, case-insensitive first, tones second, case last."""
    weights = [_char_weights(char) for char in " ".join(nfc(text).split())]
    return (
        tuple(w[0] for w in weights),
        tuple(w[1] for w in weights),
        tuple(w[2] for w in weights),
    )


def person_sort_key(full_name: str) -> tuple[SortKey, SortKey, SortKey]:
    """Sort people the Vietnamese way: given name (last word) first, then family and middle names.

    "Trần Thị An" < "Hoàng Đức Anh" < "Lê Văn Ánh" < "Nguyễn Văn Bình".
    """
    words = clean_line(full_name).split()
    given = words[-1] if words else ""
    rest = " ".join(words[:-1])
    return vietnamese_sort_key(given), vietnamese_sort_key(rest), vietnamese_sort_key(full_name)
