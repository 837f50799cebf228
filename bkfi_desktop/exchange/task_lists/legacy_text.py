"""Legacy TCVN3 (ABC) and VNI-Windows text found while reading a file, converted and counted.

Conversion is decided per file: a file whose fonts are ".VnTime"/"VNI-Times", or whose text reads
as Vietnamese only once decoded, is converted cell by cell (the cell's or run's font decides
capitals for TCVN3: ".VnTimeH" is all capitals). The user is told what was converted.
"""

from __future__ import annotations

import re

from bkfi_desktop.textvn.legacy import detect_legacy_encoding, repair_legacy_text

_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows"}
# Latin-1 letters and signs that Unicode Vietnamese never uses but TCVN3/VNI bytes read as
# Latin-1 are full of ("¸", "µ", "¬", "ø", "ñ" …): a cell holding one is worth a closer look.
_LEGACY_HINT = re.compile(r"[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df"
                          r"\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]")
_SHOWN = 10


def is_legacy_font(font_name: str | None) -> bool:
    if not font_name:
        return False
    name = font_name.strip().lower().replace(" ", "")
    return name.startswith((".vn", "vni"))


class LegacyRepair:
    """Converts text when the file turned out to be legacy-encoded; remembers what it did."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.counts: dict[str, int] = {}
        self.stray: list[str] = []  # "ô C5: “…” → “…”" for legacy text found in a Unicode file

    @classmethod
    def for_sample(cls, sample: list[str], fonts: list[str | None]) -> LegacyRepair:
        """Enabled when any font is a legacy font, or when the text sample decodes as Vietnamese."""
        if any(is_legacy_font(font) for font in fonts):
            return cls(True)
        text = "\n".join(sample)
        return cls(bool(text) and detect_legacy_encoding(text) is not None)

    def repair(self, text: str, font_name: str | None = None) -> str:
        if not self.enabled or not text or (text.isascii() and not is_legacy_font(font_name)):
            return text  # plain ASCII reads the same in every encoding, except in ".VnTimeH" (capitals)
        repaired, encoding = repair_legacy_text(text, font_name)
        if encoding:
            self.counts[encoding] = self.counts.get(encoding, 0) + 1
        return repaired

    def repair_stray(self, text: str, where: str) -> str:
        """In a Unicode file, one cell or run typed in TCVN3/VNI (pasted from an old file into a
        Calibri cell): detected by its byte patterns, converted, and remembered for a warning."""
        if self.enabled or not text or text.isascii() or not _LEGACY_HINT.search(text):
            return text
        repaired, encoding = repair_legacy_text(text)
        if encoding is None:
            return text
        self.counts[encoding] = self.counts.get(encoding, 0) + 1
        self.stray.append(f"{where}: “{text[:40]}” (bảng mã {_NAMES[encoding]}) → “{repaired[:40]}”")
        return repaired

    @property
    def converted_from(self) -> str | None:
        if not self.counts:
            return None
        return max(self.counts, key=lambda name: self.counts[name])

    def warnings(self, file_name: str) -> list[str]:
        if self.stray:
            shown = "; ".join(self.stray[:_SHOWN]) + ("; …" if len(self.stray) > _SHOWN else "")
            return [
                f"Tệp “{file_name}” có {len(self.stray)} ô/đoạn gõ bằng bảng mã cũ trong phông Unicode, "
                f"đã chuyển sang Unicode: {shown}. Hãy kiểm tra lại chính tả."
            ]
        return [
            f"Tệp “{file_name}” dùng bảng mã {_NAMES[name]}: đã chuyển {count} ô/đoạn sang Unicode; "
            "hãy kiểm tra lại chính tả sau khi nhập."
            for name, count in sorted(self.counts.items())
        ]
