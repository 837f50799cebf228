"""Hypothesis strategies that build well-formed Vietnamese syllables and sentences."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

INITIALS = (
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
)  # fmt: skip
# "*" marks the vowel that carries the tone in modern placement.
RHYMES = (
    "*a", "*ai", "*an", "*ang", "*anh", "*ao", "*au", "*ay", "*ac", "*ach", "*am", "*ap", "*at",
    "*ăn", "*ăng", "*ăm", "*ăc", "*ăt", "*âu", "*ây", "*ân", "*âng", "*âm", "*ât",
    "*e", "*em", "*en", "*eo", "*et", "*ê", "*ên", "*ênh", "*êu", "*êt",
    "*i", "*ia", "*in", "*inh", "*ich", "*it", "*iu", "i*ên", "i*êu", "i*êt", "i*êng",
    "*o", "*oi", "*on", "*ong", "*oc", "*ot", "*ô", "*ôi", "*ông", "*ôc", "*ôt",
    "*ơ", "*ơi", "*ơn", "*ơt", "*u", "*ua", "*ui", "*un", "*ung", "*uc", "*ut",
    "u*ôi", "u*ôn", "u*ông", "u*ôc", "*ư", "*ưa", "*ưng", "*ưc", "ư*ơi", "ư*ơn", "ư*ơng", "ư*ơc", "*ưu",
    "*y", "*oa", "o*an", "o*ang", "o*anh", "o*ach", "o*ai", "*oe", "*uy", "u*ê", "uy*ên", "uy*êt",
    "o*ăc", "u*ân", "u*ât",
)  # fmt: skip
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def make_syllable(initial: str, rhyme: str, tone: str) -> str:
    if (initial == "qu" and rhyme[0] in "u*o") or (initial == "gi" and rhyme.lstrip("*")[0] == "i"):
        initial = "t"
    # Spelling: k, gh, ngh before e, ê, i, y; c, g, ng elsewhere.
    front = rhyme.lstrip("*")[0] in "eêiy"
    initial = {"c": "k", "ng": "ngh", "g": "gh"}.get(initial, initial) if front else initial
    initial = {"k": "c", "ngh": "ng", "gh": "g"}.get(initial, initial) if not front else initial
    if rhyme.endswith(("c", "ch", "p", "t")) and tone not in ("\u0301", "\u0323"):
        tone = "\u0301"  # stop finals take only sắc or nặng
    head, tail = rhyme.split("*")
    return unicodedata.normalize("NFC", initial + head + tail[0] + tone + tail[1:])


syllables = st.builds(
    make_syllable, st.sampled_from(INITIALS), st.sampled_from(RHYMES), st.sampled_from(TONES)
)


@st.composite
def cased_syllables(draw: st.DrawFn) -> str:
    word = draw(syllables)
    style = draw(st.sampled_from(("lower", "title", "upper")))
    return word.capitalize() if style == "title" else word.upper() if style == "upper" else word


def sentences(words: st.SearchStrategy[str] = syllables, min_size: int = 1) -> st.SearchStrategy[str]:
    return st.lists(words, min_size=min_size, max_size=12).map(" ".join)
