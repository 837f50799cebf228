"""Tone-mark placement: old style (hoà, uỷ, khoẻ) versus modern style (hòa, ủy, khỏe).

The two styles differ only in open syllables whose nucleus is "oa", "oe" or "uy": the old style
puts the tone on the second vowel, the modern style on the first. With a final consonant
(hoàng, tuyết, hoạch) or a third vowel (hoài, khuỷu) both styles agree, so those are left alone.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from bkfi_desktop.textvn.syllables import TONE_MARK_OF, split_syllable

__all__ = ["classic_tone_placement", "modern_tone_placement"]

_WORD = re.compile(r"[^\W\d_]+")
_MOVABLE_NUCLEI = frozenset({"oa", "oe", "uy"})


# Pure, and a list's text repeats a few thousand distinct words: parse each word once per run.
@functools.lru_cache(maxsize=32_768)
def _place(word: str, on_first: bool) -> str:
    syllable = split_syllable(word)
    if (
        syllable is None
        or syllable.tone_count != 1
        or syllable.final
        or syllable.nucleus not in _MOVABLE_NUCLEI
    ):
        return word
    start = syllable.nucleus_start
    target = start if on_first else start + 1
    if syllable.tone_index not in (start, start + 1) or syllable.tone_index == target:
        return word
    mark = TONE_MARK_OF[syllable.tone]
    chars = [
        unicodedata.normalize("NFC", base + mark) if index == target else base
        for index, base in enumerate(syllable.bases)
    ]
    return "".join(chars)


def _convert(text: str, on_first: bool) -> str:
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda m: _place(m.group(), on_first), text)


def modern_tone_placement(text: str) -> str:
    """Rewrite old-style tone placement to the modern one per syllable, keeping case: "Uỷ ban" → "Ủy ban"."""
    return _convert(text, on_first=True)


def classic_tone_placement(text: str) -> str:
    """Rewrite modern tone placement to the old style per syllable: "hòa" → "hoà", "Thủy" → "Thuỷ"."""
    return _convert(text, on_first=False)
