"""Unicode normalisation and whitespace cleanup for text coming from Word, Excel and the keyboard."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = ["clean_line", "clean_text", "nfc"]

# Spaces that Word and web pages sprinkle into text; all become an ordinary space.
_SPACE_LIKE = (
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Invisible characters that break matching and searching. The soft hyphen is among them, so run
# legacy.repair_legacy_text first on TCVN3 text (where U+00AD means "ư").
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Word's manual line break (\v), page break (\f) and the Unicode separators are line breaks.
_LINE_BREAKS = "\r\v\f\u0085\u2028\u2029"

_TABLE: dict[int, str | None] = {
    **{ord(c): " " for c in _SPACE_LIKE},
    **{ord(c): None for c in _ZERO_WIDTH},
    **{ord(c): "\n" for c in _LINE_BREAKS},
}
_RUN_OF_SPACES = re.compile(r" {2,}")
_SENTENCE_END = tuple(".;:!?")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form BKFI stores."""
    return unicodedata.normalize("NFC", text)


def _clean_lines(text: str) -> list[str]:
    """NFC, invisible characters removed, one entry per physical line (blank lines kept as "")."""
    text = nfc(text.replace("\r\n", "\n").translate(_TABLE))
    return [_RUN_OF_SPACES.sub(" ", line).strip() for line in text.split("\n")]


def clean_text(text: str | None) -> str:
    """Clean multi-line text: NFC, odd spaces gone, stray line breaks inside a sentence joined.

    A line break is joined into a space when the previous line does not end in sentence
    punctuation and the next line starts with a lowercase letter (typical of text copied from a
    PDF or a narrow Word column). Other breaks, including blank-line paragraph breaks, are kept
    as a single "\\n".
    """
    if not text:
        return ""
    paragraphs: list[str] = []
    after_blank = True
    for line in _clean_lines(text):
        if not line:
            after_blank = True
            continue
        if (
            paragraphs
            and not after_blank
            and not paragraphs[-1].endswith(_SENTENCE_END)
            and line[0].islower()
        ):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        after_blank = False
    return "\n".join(paragraphs)


def clean_line(text: str | None) -> str:
    """Clean text for a one-line field (title, unit name): every line break becomes a space."""
    if not text:
        return ""
    return " ".join(line for line in _clean_lines(text) if line)


def nfc_deep(value: Any) -> Any:
    """NFC every string inside nested dicts and lists (JSON going out: CLI --json, report payload)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {nfc_deep(key): nfc_deep(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [nfc_deep(item) for item in value]
    return value
