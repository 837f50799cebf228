"""Legacy TCVN3 (ABC) and VNI-Windows text found while reading a file, converted and counted.

Conversion is decided per file: a file whose fonts are ".VnTime"/"VNI-Times", or whose text reads
as Vietnamese only once decoded, is converted cell by cell (the cell's or run's font decides
capitals for TCVN3: ".VnTimeH" is all capitals). The user is told what was converted.
"""

from __future__ import annotations

from bkfi_desktop.textvn.legacy import detect_legacy_encoding, repair_legacy_text

_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows"}


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

    @property
    def converted_from(self) -> str | None:
        if not self.counts:
            return None
        return max(self.counts, key=lambda name: self.counts[name])

    def warnings(self, file_name: str) -> list[str]:
        return [
            f"Tệp “{file_name}” dùng bảng mã {_NAMES[name]}: đã chuyển {count} ô/đoạn sang Unicode; "
            "hãy kiểm tra lại chính tả sau khi nhập."
            for name, count in sorted(self.counts.items())
        ]
