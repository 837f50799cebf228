"""Abbreviated unit names ("CA TP", "Phòng TC-KH", "TT VH,TT&TT", "BCH QS") written out in full.

Three sources, the first that knows an abbreviation wins: the document's own key (an abbreviation
sheet in the workbook, a "Ghi chú: viết tắt …" line), the clerk's list (a text file in the data
folder, one "VIẾT TẮT = Tên đầy đủ" a line), and the built-in list below. Pure text functions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

# Longest forms first is not needed here: the resolver sorts by length.
BUILTIN_ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "HĐND-UBND": "Hội đồng nhân dân và Ủy ban nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "MTTQ": "Mặt trận Tổ quốc Việt Nam",
    "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "ĐTN": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Đoàn TN": "Đoàn Thanh niên",
    "HLHPN": "Hội Liên hiệp Phụ nữ",
    "Hội LHPN": "Hội Liên hiệp Phụ nữ",
    "HND": "Hội Nông dân",
    "HCCB": "Hội Cựu chiến binh",
    "LĐLĐ": "Liên đoàn Lao động",
    "CA": "Công an",
    "TP": "thành phố",
    "Tp": "thành phố",
    "BCH QS": "Ban Chỉ huy Quân sự",
    "BCHQS": "Ban Chỉ huy Quân sự",
    "CHQS": "Chỉ huy Quân sự",
    "BTG": "Ban Tuyên giáo",
    "BCĐ": "Ban Chỉ đạo",
    "VP": "Văn phòng",
    "TC-KH": "Tài chính - Kế hoạch",
    "TCKH": "Tài chính - Kế hoạch",
    "VH&TT": "Văn hóa và Thông tin",
    "VH-TT": "Văn hóa và Thông tin",
    "VHTT": "Văn hóa và Thông tin",
    "VH-XH": "Văn hóa - Xã hội",
    "VHXH": "Văn hóa - Xã hội",
    "TT VH,TT&TT": "Trung tâm Văn hóa, Thể thao và Truyền thông",
    "TT VH-TT&TT": "Trung tâm Văn hóa, Thể thao và Truyền thông",
    "TTVH,TT&TT": "Trung tâm Văn hóa, Thể thao và Truyền thông",
    "TTVHTT&TT": "Trung tâm Văn hóa, Thể thao và Truyền thông",
    "VH,TT&TT": "Văn hóa, Thể thao và Truyền thông",
    "VH-TT&TT": "Văn hóa, Thể thao và Truyền thông",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "KT&HT": "Kinh tế và Hạ tầng",
    "KTHT": "Kinh tế và Hạ tầng",
    "KT-HT": "Kinh tế và Hạ tầng",
    "QLĐT": "Quản lý đô thị",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "TT&TT": "Thông tin và Truyền thông",
    "YT": "Y tế",
    "NV": "Nội vụ",
}

# Unit names with a comma inside, as offices write them: a comma here never separates two units.
NAMES_WITH_COMMAS = (
    "Trung tâm Văn hóa, Thể thao và Truyền thông", "Trung tâm Văn hóa, Thông tin và Thể thao",
    "Báo và Phát thanh, Truyền hình", "Đài Phát thanh, Truyền hình", "Sở Văn hóa, Thể thao và Du lịch",
    "Bộ Văn hóa, Thể thao và Du lịch", "Phòng Lao động, Thương binh và Xã hội", "Sở Lao động, Thương binh và Xã hội",
    "Trung tâm Văn hóa, Thể thao", "Văn hóa, Thể thao và Truyền thông",
)
USER_FILE_NAME = "viet_tat.txt"
_KEY_START = re.compile(r"(?:chữ\s+)?viết\s+tắt|ký\s+hiệu\s+viết\s+tắt", re.IGNORECASE)
_PAIR_SPLIT = re.compile(r"\s*(?::|=|\s[-–]\s|\blà\b)\s*")
_SEPARATORS = r"[\s,&\-–.]*"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _pattern_for(abbreviation: str) -> str:
    """Letters of the abbreviation in order; spaces, commas, dashes and "&" between them flexible."""
    chunks = re.findall(r"\w+", abbreviation)
    return _SEPARATORS.join(re.escape(chunk) for chunk in chunks)


class AbbreviationResolver:
    """Writes abbreviations out in full in unit names; sources given first win."""

    def __init__(self, *sources: Mapping[str, str]) -> None:
        seen: set[str] = set()
        entries: list[tuple[str, str]] = []  # (written short form, full name)
        for source in sources:
            for short, full in source.items():
                short, full = _nfc(short), _nfc(full)
                if short and full and short not in seen:
                    seen.add(short)
                    entries.append((short, full))
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)  # "CA TP" before "CA"
        self._fulls = [full for _short, full in entries]
        alternatives = [f"(?P<a{i}>{_pattern_for(short)})(?:\\.(?=\\s))?" for i, (short, _full) in enumerate(entries)]
        self._regex = re.compile(r"(?<![\w&])(?:" + "|".join(alternatives) + r")(?![\w&])") if alternatives else None

    def expand(self, name: str) -> str:
        """ "Phòng TC-KH" → "Phòng Tài chính - Kế hoạch"; names with no abbreviation are unchanged."""
        if self._regex is None or not name:
            return name

        def full(match: re.Match[str]) -> str:
            group = match.lastgroup or "a0"
            return self._fulls[int(group[1:])]

        expanded = self._regex.sub(full, name)
        expanded = " ".join(expanded.split())
        return expanded[:1].upper() + expanded[1:] if name[:1].isupper() else expanded


def _comma_pattern() -> re.Pattern[str]:
    shorts = [short for short in BUILTIN_ABBREVIATIONS if "," in short]
    names = [re.escape(name).replace(r"\ ", r"\s+") for name in NAMES_WITH_COMMAS]
    alternatives = sorted([_pattern_for(short) for short in shorts] + names, key=len, reverse=True)
    return re.compile(r"(?<![\w&])(?:" + "|".join(alternatives) + r")(?![\w&])", re.IGNORECASE)


_WITH_COMMAS = _comma_pattern()


def comma_protected_spans(text: str) -> list[tuple[int, int]]:
    """Where text holds a unit name or abbreviation that has a comma inside ("TT VH,TT&TT")."""
    return [match.span() for match in _WITH_COMMAS.finditer(text)]


def abbreviations_from_text(lines: Iterable[str]) -> dict[str, str]:
    """The document's own key: "Ghi chú: Viết tắt: CA TP: Công an thành phố; TC-KH: Tài chính - Kế hoạch"
    (on one line or over the lines after it)."""
    found: dict[str, str] = {}
    reading = 0  # lines still to read after a "viết tắt" heading with nothing after it
    for raw in lines:
        line = _nfc(raw)
        start = _KEY_START.search(line)
        if start:
            rest = line[start.end():].lstrip(" :.-–*")
            pairs = _pairs(rest)
            found.update(pairs)
            reading = 0 if pairs else 40
            continue
        if reading:
            pairs = _pairs(line.lstrip("-–+•* "))
            if not pairs:
                reading = 0
                continue
            found.update(pairs)
            reading -= 1
    return found


def abbreviations_from_rows(rows: Iterable[list[str]]) -> dict[str, str]:
    """An abbreviation sheet: one row per abbreviation, the short form then the full name."""
    found: dict[str, str] = {}
    for row in rows:
        cells = [_nfc(cell) for cell in row if cell and _nfc(cell)]
        cells = [cell for cell in cells if not re.fullmatch(r"\d{1,3}\.?", cell)]  # an STT column
        if any(word in cell.lower() for cell in cells for word in ("viết tắt", "đầy đủ", "giải thích")):
            continue  # the sheet's header row
        if len(cells) >= 2 and _is_abbreviation(cells[0]) and len(cells[1]) > len(cells[0]):
            found[cells[0]] = cells[1]
    return found


def is_key_entry(line: str) -> bool:
    """ "- BCĐ: Ban Chỉ đạo": one entry of an abbreviation list written under its heading."""
    return bool(_pairs(_nfc(line).lstrip("-–+•* ")))


def _pairs(text: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for part in re.split(r"\s*;\s*|\s*\n\s*|,\s+(?=[A-ZĐ&\-]{2,}[\w&,\- ]{0,12}\s*(?::|=|\s[-–]\s|\blà\b))", text):
        pieces = _PAIR_SPLIT.split(part.strip(" .;"), maxsplit=1)
        if len(pieces) == 2 and _is_abbreviation(pieces[0]) and len(pieces[1]) > len(pieces[0]):
            pairs[pieces[0].strip()] = pieces[1].strip(" .;")
    return pairs


def _is_abbreviation(text: str) -> bool:
    capitals = sum(1 for ch in text if ch.isupper())
    return 0 < len(text) <= 25 and capitals >= 2 and capitals * 2 >= sum(1 for ch in text if ch.isalpha())


def load_user_abbreviations(folder: Path) -> dict[str, str]:
    """The clerk's list in the data folder ("VIẾT TẮT = Tên đầy đủ" a line; "#" starts a comment)."""
    path = folder / USER_FILE_NAME
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    found: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" in line:
            short, full = line.split("=", 1)
            if short.strip() and full.strip():
                found[_nfc(short)] = _nfc(full)
    return found


def save_user_abbreviations(folder: Path, table: Mapping[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / USER_FILE_NAME
    lines = ["# Chữ viết tắt dùng khi nhập kế hoạch: VIẾT TẮT = Tên đầy đủ"]
    lines += [f"{short} = {full}" for short, full in sorted(table.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
