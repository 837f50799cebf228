"""Text helpers for ReportLab paragraphs: escaping, clipping, Vietnamese numbers and dates."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape as _xml_escape

from bkfi_desktop.core.reports.vn_format import format_number_vi as number_vi

__all__ = ["CELL_LIMIT", "clip", "date_vi", "escape", "number_vi"]

CELL_LIMIT = 600  # characters in one table cell; a row taller than a page cannot be split


def escape(text: str) -> str:
    return _xml_escape(text or "").replace("\n", "<br/>")


def clip(text: str, limit: int = CELL_LIMIT) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def date_vi(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""
