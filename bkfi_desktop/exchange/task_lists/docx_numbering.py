"""Word's automatic numbering and bullets, turned back into the text a reader sees.

A clerk's "1.", "a)" and "-" are often list formatting, not typed characters, so
`paragraph.text` lacks them. The marker is rebuilt from numbering.xml (format and level text of
the paragraph's list level, with running counters) so the paragraph parser sees "1. …" or "- …".
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    if fmt == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(n - 1) % 26]
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    return str(n)


class ListMarkers:
    """Rebuilds list markers for paragraphs in document order (call marker() once per paragraph)."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, list[int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, AttributeError, NotImplementedError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in numbering.findall(qn("w:abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for level in node.findall(qn("w:lvl")):
                ilvl = int(level.get(qn("w:ilvl"), "0"))
                levels[ilvl] = (_val(level, "w:numFmt", "decimal"), _val(level, "w:lvlText", ""),
                                int(_val(level, "w:start", "1") or 1))
            abstract[node.get(qn("w:abstractNumId"), "")] = levels
        for num in numbering.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self._levels[num.get(qn("w:numId"), "")] = abstract.get(ref.get(qn("w:val"), ""), {})

    def marker(self, paragraph: Any) -> str:
        num_id, ilvl = _num_pr(paragraph)
        if not num_id or num_id == "0" or num_id not in self._levels:
            return ""
        levels = self._levels[num_id]
        fmt, text, _start = levels.get(ilvl, ("bullet", "", 1))
        if fmt == "bullet" or fmt == "none":
            return "- " if ilvl == 0 else "+ "
        counters = self._counters.setdefault(num_id, [0] * 9)
        ilvl = min(ilvl, 8)
        if counters[ilvl] == 0:
            counters[ilvl] = levels.get(ilvl, ("", "", 1))[2] - 1
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        marker = text or f"%{ilvl + 1}."
        for level in range(ilvl, -1, -1):
            value = counters[level] or levels.get(level, ("", "", 1))[2]
            marker = marker.replace(f"%{level + 1}", _format(value, levels.get(level, ("decimal", "", 1))[0]))
        return marker.strip() + " "


def _val(node: Any, tag: str, default: str) -> str:
    child = node.find(qn(tag))
    return child.get(qn("w:val"), default) if child is not None else default


def _num_pr(paragraph: Any) -> tuple[str, int]:
    """(numId, level) from the paragraph, else from its style chain."""
    sources = [paragraph._p.pPr]
    style = getattr(paragraph, "style", None)
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    for ppr in sources:
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return str(num_pr.numId.val), int(ilvl)
    return "", 0
