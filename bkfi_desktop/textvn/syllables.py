"""Structure of a written Vietnamese syllable: initial consonant, vowel nucleus, final, one tone.

Shared by tone-mark placement (which vowel carries the tone) and legacy-encoding detection
(does a decoded word look like Vietnamese).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "TONE_MARKS",
    "Syllable",
    "is_vietnamese_syllable",
    "split_syllable",
    "split_tone",
]

# Combining tone marks in the order Vietnamese dictionaries use:
# 1 huyền (grave), 2 hỏi (hook above), 3 ngã (tilde), 4 sắc (acute), 5 nặng (dot below).
TONE_MARKS: dict[str, int] = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
TONE_MARK_OF: dict[int, str] = {v: k for k, v in TONE_MARKS.items()}

VOWELS = frozenset("aăâeêioôơuưy")

# Vowel nuclei without tone (the main vowel with its glides), lowercase.
_NUCLEI = frozenset(
    """a ă â e ê i o ô ơ u ư y
    ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê
    iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu""".split()
)

# Nuclei ending in a glide take no final consonant; these others cannot stand without one.
_NO_FINAL = frozenset(
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu oai oao oay oeo uây uôi uya uyu ươi ươu".split()
)
_NEEDS_FINAL = frozenset("ă â iê yê uô ươ oă uâ uyê".split())
_STOP_FINALS = frozenset(("c", "ch", "p", "t"))

_SYLLABLE = re.compile(
    r"(?P<initial>ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
    r"(?P<nucleus>[aăâeêioôơuưy]+)"
    r"(?P<final>ch|ng|nh|[cmnpt])?"
)


@lru_cache(maxsize=4096)
def split_tone(char: str) -> tuple[str, int]:
    """Split one character into (character without tone mark, tone 0..5). Keeps case and â ă ê ô ơ ư."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = 0
    kept = []
    for mark in decomposed:
        if mark in TONE_MARKS and tone == 0:
            tone = TONE_MARKS[mark]
        else:
            kept.append(mark)
    return unicodedata.normalize("NFC", "".join(kept)), tone


@dataclass(frozen=True)
class Syllable:
    """A word split into parts; ``nucleus_start`` indexes the word's characters."""

    bases: tuple[str, ...]
    tone: int
    tone_index: int
    tone_count: int
    initial: str
    nucleus: str
    final: str
    nucleus_start: int


def split_syllable(word: str) -> Syllable | None:
    """Parse an NFC word as one Vietnamese syllable; None when it does not have that shape."""
    bases: list[str] = []
    tone, tone_index, tone_count = 0, -1, 0
    for index, char in enumerate(word):
        base, char_tone = split_tone(char)
        if len(base) != 1:
            return None
        bases.append(base)
        if char_tone:
            tone, tone_index, tone_count = char_tone, index, tone_count + 1
    lowered = "".join(bases).lower()
    match = _SYLLABLE.fullmatch(lowered)
    if match is None:
        return None
    initial = match.group("initial") or ""
    nucleus = match.group("nucleus")
    if initial == "gi" and nucleus not in _NUCLEI and ("i" + nucleus) in _NUCLEI:
        initial, nucleus = "g", "i" + nucleus
    return Syllable(
        bases=tuple(bases),
        tone=tone,
        tone_index=tone_index,
        tone_count=tone_count,
        initial=initial,
        nucleus=nucleus,
        final=match.group("final") or "",
        nucleus_start=len(initial),
    )


def _spelling_ok(initial: str, nucleus: str, final: str, tone: int) -> bool:
    """Orthographic rules that real syllables obey and decoding garbage usually breaks."""
    if final and nucleus in _NO_FINAL:
        return False
    if not final and nucleus in _NEEDS_FINAL:
        return False
    # Stop finals take only sắc or nặng.
    if final in _STOP_FINALS and tone not in (4, 5):
        return False
    front = nucleus[0] in "eêiy"
    if initial in ("c", "ng") and front:
        return False
    return not (initial in ("k", "gh", "ngh") and not front)


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` (NFC) is spelled like one Vietnamese syllable: known nucleus, at most one
    tone on a vowel of the nucleus, allowed initial/final combinations."""
    syllable = split_syllable(word)
    if syllable is None or syllable.tone_count > 1 or syllable.nucleus not in _NUCLEI:
        return False
    if syllable.tone and not _tone_position_ok(
        syllable.nucleus, syllable.tone_index - syllable.nucleus_start
    ):
        return False
    return _spelling_ok(syllable.initial, syllable.nucleus, syllable.final, syllable.tone)


def _tone_position_ok(nucleus: str, position: int) -> bool:
    """Where a tone may sit in the nucleus (either style of oa/oe/uy placement is accepted)."""
    if not 0 <= position < len(nucleus):
        return False
    modified = [i for i, vowel in enumerate(nucleus) if vowel in "ăâêôơư"]
    if modified:
        return position == modified[-1]  # tiến, người, khuấy, cứu
    if len(nucleus) == 3:
        return position == 1  # hoài, khuỷu
    if nucleus in _NO_FINAL:
        return position == 0  # mía, mùa, hai, cháu
    return True
