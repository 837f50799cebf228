"""Shortening text for one line without cutting a word in half."""

from __future__ import annotations

__all__ = ["shorten"]


def shorten(text: str, limit: int) -> str:
    """text if it fits in limit characters, else the words that fit followed by "…".

    A single word longer than the limit is cut (there is no better place), still ending in "…".
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = max(limit - 1, 1)
    cut = text[: room + 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    else:
        cut = cut[:room]
    return cut.rstrip(" ,;:.-–—") + "…"
