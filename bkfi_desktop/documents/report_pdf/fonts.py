"""The serif the reports are set in: Liberation Serif (OFL, metric-compatible with Times New Roman), embedded."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from bkfi_desktop.errors import BkfiError
from bkfi_desktop.paths import resource_path

REGULAR = "BKFISerif"
BOLD = "BKFISerif-Bold"
ITALIC = "BKFISerif-Italic"
BOLD_ITALIC = "BKFISerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the four faces once (ReportLab subsets and embeds TrueType fonts); return the family name."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise BkfiError(f"Không đọc được phông chữ “{filename}”; hãy cài lại chương trình.") from exc
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
