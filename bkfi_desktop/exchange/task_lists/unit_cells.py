"""Split a unit cell ("Phòng VH&TT; các phòng, ban liên quan") into unit references.

Offices write collectives with commas inside ("Các phòng, ban, ngành, đoàn thể thành phố",
"UBND các xã, phường"), and unit names with "và" inside ("Phòng Văn hóa và Thông tin"). So a
cell is split on ";", line breaks and leading "- " always, but on "," and "và" only where the
text on both sides is itself a unit name ("Phòng Nội vụ, Phòng Tư pháp", "Các phòng, ban … và
UBND các xã, phường"). A role written inside the cell ("Chủ trì: …", "… (phối hợp)") wins over
the column's role.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bkfi_desktop.core.plan_data import UnitRef
from bkfi_desktop.exchange.task_lists.abbreviations import comma_protected_spans
from bkfi_desktop.exchange.task_lists.vocabulary import field_for_label, header_key

# Words a unit name starts with (lower case, NFC; both tone placements where they differ).
_UNIT_HEADS = (
    "phòng", "ban", "sở", "ubnd", "ủy ban", "uỷ ban", "hđnd", "hội đồng", "văn phòng", "hội",
    "đoàn", "thành đoàn", "huyện đoàn", "tỉnh đoàn", "trung tâm", "công an", "bộ chỉ huy",
    "ban chỉ huy", "cơ quan", "đài", "báo", "chi cục", "cục", "tổng cục", "bộ", "kho bạc",
    "bảo hiểm", "liên đoàn", "mặt trận", "ủy ban mặt trận", "mttq", "ubmttq", "viện", "trường",
    "bệnh viện", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ", "đảng ủy",
    "đảng uỷ", "thị ủy", "thị uỷ", "chi nhánh", "ngân hàng", "công ty", "tòa án", "toà án",
    "viện kiểm sát", "đội", "hạt", "xã", "phường", "thị trấn", "thôn", "bản", "tổ dân phố",
    "tổ", "lãnh đạo", "thủ trưởng", "người đứng đầu", "chủ tịch", "các", "tt", "btg", "vp",
    "ttvh", "tttt", "sở tt&tt", "đảng đoàn", "ban thường vụ", "thường trực", "quỹ", "hợp tác xã",
    "doanh nghiệp", "nhà văn hóa", "nhà văn hoá", "câu lạc bộ", "chi bộ", "khối",
)
# "xã hội", "bản đồ", "các nội dung" … start with a head word but are not unit names.
_NOT_UNITS = ("xã hội", "bản đồ", "bản tin", "báo cáo", "báo chí", "hội nghị", "hội thảo", "đội ngũ",
              "tổ chức", "ban hành", "các nội dung", "các hoạt động", "các nhiệm vụ", "các văn bản")

_ROLE_WORDS = {"chu tri": "lead", "phoi hop": "support", "thuc hien": "implement"}
_TRAILING_ROLE = re.compile(r"\s*[(\[]\s*(chủ trì|phối hợp|thực hiện)\s*[)\]]\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-–—+•*·]+|\d+[.)]|[a-zđ][)])\s*")
_SEPARATORS = re.compile(r"[;\n\r\u2028\u2029]+")
# A role label in the middle of a line: "Phòng Nội vụ. Đơn vị phối hợp: Phòng Tư pháp".
_INLINE_LABEL = re.compile(
    r"(?P<sep>\s*[.,;]\s*|\s+-\s+|\s+)(?=(?P<label>(?:(?:đơn vị|cơ quan)\s+)?(?:chủ trì|phối hợp|thực hiện)[^:;\n]{0,30}):)",
    re.IGNORECASE,
)
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|[\n\r\u2028\u2029])[ \t]*")
LEAD_SUPPORT = "lead_support"  # a "Chủ trì, phối hợp" column: the first unit leads, the rest support


def _lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


_HEAD_PATTERN = re.compile(
    r"^(?:" + "|".join(re.escape(h) for h in sorted(_UNIT_HEADS, key=len, reverse=True)) + r")(?:$|[ ,])"
)
_NOT_UNIT_PATTERN = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _NOT_UNITS) + r")(?:$| )")


@lru_cache(maxsize=4096)
def looks_like_unit(text: str) -> bool:
    """True when text starts like a unit name: "Phòng …", "UBND …", "Các phòng, ban …", "Sở TT&TT"."""
    stripped = text.strip()
    if not stripped or (len(stripped.split()) < 2 and not stripped.isupper()):
        return False
    lower = _lower(stripped)
    if _NOT_UNIT_PATTERN.match(lower):
        return False
    head = _HEAD_PATTERN.match(lower)
    if head:
        return stripped[0].isupper() or stripped[0].isdigit() or lower.startswith("các")
    # Abbreviated names written in capitals ("UBMTTQ", "VP HĐND-UBND") are units too.
    first = stripped.split()[0]
    return len(first) >= 2 and first.isupper()


def _depth_positions(text: str) -> list[int]:
    """Parenthesis depth before each character, so separators inside "( … )" are left alone."""
    depth, depths = 0, []
    for char in text:
        depths.append(depth)
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
    return depths


def _split_between_units(part: str) -> list[str]:
    """Split on "," and " và " only where both sides are unit names."""
    depths = _depth_positions(part)
    protected = comma_protected_spans(part)  # "TT VH,TT&TT", "Trung tâm Văn hóa, Thể thao và Truyền thông"
    candidates = [
        (m.start(), m.end())
        for m in re.finditer(r",\s*|\s+và\s+|\s+cùng\s+", part)
        if depths[m.start()] == 0 and not any(low <= m.start() < high for low, high in protected)
    ]
    pieces: list[str] = []
    start = 0
    for cut_start, cut_end in candidates:
        left = part[start:cut_start].strip()
        right = part[cut_end:].strip()
        if not left or not looks_like_unit(left) or not looks_like_unit(right):
            continue
        if _is_joint_office(left):
            continue  # "Văn phòng HĐND và UBND thành phố" is one office
        if part[cut_start:cut_end].strip() == "," and _lower(right).startswith("các ") and not _lower(
            left
        ).startswith(("các ", "phòng", "sở", "ubnd", "ủy ban", "uỷ ban", "ban ")):
            continue
        pieces.append(left)
        start = cut_end
    pieces.append(part[start:].strip())
    return [piece for piece in pieces if piece]


def _is_joint_office(left: str) -> bool:
    words = left.split()
    return _lower(left).startswith("văn phòng") and len(words) <= 3


def _clean_piece(piece: str) -> str:
    piece = _BULLET.sub("", piece)
    piece = re.sub(r"\s+", " ", piece).strip()
    return piece.strip(" .,;:").strip()


def split_unit_cell(text: str) -> list[str]:
    """The unit names in a cell, in order, each once; roles written in the cell are dropped."""
    return [ref.name for ref in unit_refs_from_cell(text, "implement")]


def unit_refs_from_cell(text: str, default_role: str) -> list[UnitRef]:
    """Unit references in a cell. "Chủ trì: X" / "Phối hợp: Y" lines and "(chủ trì)" suffixes set roles."""
    return [UnitRef(name, role) for name, role in _refs(text, default_role)]


def _break_inline_labels(text: str) -> str:
    """Put a line break before a role label written mid-line, so it starts a part of its own."""
    def cut(match: re.Match[str]) -> str:
        if match.start() == 0:
            return match.group(0)
        label = field_for_label(match.group("label") + ":")
        bare = not re.match(r"(?:đơn vị|cơ quan)\s", match.group("label"), re.IGNORECASE)
        if label is None or label[0] not in _ROLE_WORDS.values() or (bare and not match.group("sep").strip()):
            return match.group(0)
        return "\n"

    return _INLINE_LABEL.sub(cut, text)


def _join_wrapped_lines(text: str) -> str:
    """Join a line break that only wraps a name: "UBND các xã,⏎thị trấn", "Phòng Văn hóa⏎và Thông tin".

    A break stays when the next line starts a unit, a bullet or a label of its own.
    """
    lines = _LINE_BREAK.split(text)
    if len(lines) == 1:
        return text
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1].rstrip()
        follows = bool(line) and (
            previous.endswith(",") or (line[0].islower() and not looks_like_unit(line))
        ) and field_for_label(line) is None and header_key(line) not in _ROLE_WORDS
        if follows and previous and _balanced(previous):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _balanced(text: str) -> bool:
    """True when the text closes every parenthesis it opens (a break inside "( … )" is kept as is)."""
    return text.count("(") <= text.count(")") and text.count("[") <= text.count("]")


@lru_cache(maxsize=4096)
def _refs(text: str, default_role: str) -> tuple[tuple[str, str], ...]:
    """Cached: the same unit cells repeat on every row of a long appendix."""
    refs: list[tuple[str, str]] = []
    role = default_role
    text = _join_wrapped_lines(_break_inline_labels(text))
    depths = _depth_positions(text)
    parts: list[str] = []
    start = 0
    for match in _SEPARATORS.finditer(text):
        if depths[match.start()] == 0:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    for raw in parts:
        part = _clean_piece(raw)
        label = field_for_label(part)
        if label and label[0] in _ROLE_WORDS.values():
            role, part = label[0], _clean_piece(label[1])
        elif header_key(part) in _ROLE_WORDS:
            role, part = _ROLE_WORDS[header_key(part)], ""
        if not part:
            continue
        for piece in _split_between_units(part):
            piece_role = role
            suffix = _TRAILING_ROLE.search(piece)
            if suffix:
                piece_role = _ROLE_WORDS[header_key(suffix.group(1))]
                piece = piece[: suffix.start()]
            name = _clean_piece(piece)
            if name and (name, piece_role) not in refs:
                refs.append((name, piece_role))
    return tuple(_resolve_lead_support(refs))


def _resolve_lead_support(refs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if not any(role == LEAD_SUPPORT for _name, role in refs):
        return refs
    has_lead = any(role == "lead" for _name, role in refs)
    out = []
    for name, role in refs:
        if role == LEAD_SUPPORT:
            role = "support" if has_lead else "lead"
            has_lead = True
        out.append((name, role))
    return out
