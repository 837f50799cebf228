"""Text that came out of a PDF (read from the PDF itself, or pasted from one into a .txt file).

What a PDF adds to a document, and is taken out again here:
- page furniture: "Trang 2/5", "- 2 -", a bare page number, the document's number repeated at the
  top of every page;
- hard line breaks inside sentences, even before "- xã hội…" (the second half of "kinh tế - xã
  hội", not a bullet);
- hyphenation at line ends, undone only where it broke a word ("tuyên-⏎truyền" stays as written
  only when both halves are words of their own, as in "kinh tế-⏎xã hội" or "57-⏎KL/TW").
Pure functions over lines of text.
"""

from __future__ import annotations

import re
from collections import Counter

from bkfi_desktop.textvn.syllables import is_vietnamese_syllable

_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:Trang|trang|Page)\s+\d{1,3}(?:\s*(?:/|trên|của|of)\s*\d{1,3})?|[-–]?\s*\d{1,3}\s*[-–]?"
    r"|\d{1,3}\s*/\s*\d{1,3})\s*$"
)
# The document's own number ("45/KH-UBND"), as page headers repeat it.
_DOC_NUMBER = re.compile(r"\d+\s*/\s*[A-ZĐ]{1,6}(?:-[A-ZĐ&]{1,10})+")
_ENDS_SENTENCE = (".", ":", ";", "!", "?", "./.", "…")
_LOWER_AFTER_DASH = re.compile(r"^[-–]\s+(?=[a-zà-ỹđ])")
_WORD_END = re.compile(r"(\w+)-$")
_WORD_START = re.compile(r"^(\w+)")


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line))


def repeated_headers(lines: list[str], *, at_least: int = 2) -> set[str]:
    """Short lines carrying the document's number that recur: the running header of each page."""
    counts = Counter(" ".join(line.split()) for line in lines if len(line) <= 120 and _DOC_NUMBER.search(line))
    return {line for line, count in counts.items() if count >= at_least}


def drop_page_furniture(lines: list[str]) -> list[str]:
    """Lines without page numbers and running headers (blank lines kept: they end paragraphs)."""
    headers = repeated_headers(lines)
    return [line for line in lines if not (line.strip() and (is_page_number(line) or " ".join(line.split()) in headers))]


def continues_sentence(previous: str, line: str) -> bool:
    """True when `line` is the rest of the sentence `previous` broke off: the break was a line wrap."""
    previous = previous.rstrip()
    if not previous or previous.endswith(_ENDS_SENTENCE):
        return False
    if _LOWER_AFTER_DASH.match(line):
        return True  # "… kinh tế⏎- xã hội của thành phố"
    return line[:1].islower() or previous.endswith((",", "-", "–", "và", "của", "về", "với"))


def join_wrapped(previous: str, line: str) -> str:
    """Join two pieces of one sentence, undoing hyphenation only where it broke a word."""
    previous, line = previous.rstrip(), line.lstrip()
    end = _WORD_END.search(previous)
    start = _WORD_START.match(line)
    if end and start and not previous.endswith(" -"):
        left, right = end.group(1), start.group(1)
        if right[:1].islower() and not (is_vietnamese_syllable(left) and is_vietnamese_syllable(right)):
            return previous[:-1] + line  # "tuyên truyền trên face-⏎book" → "facebook"
        return previous + line  # "kinh tế-⏎xã hội", "57-⏎KL/TW": the dash is the writer's
    return f"{previous} {line}"
