"""Roles written in prose inside a task: who leads and who supports, when no labelled field says so.

Offices write the roles into the sentence itself:

    "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND xã, Công an xã tổ chức …"
    "Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan liên quan …"
    "… do Trung tâm Văn hóa, Thể thao và Truyền thông chủ trì."
    "Công an thành phố thực hiện."

A unit list ends at the verb that follows it ("tổ chức", "thực hiện", "triển khai" …, written in
lower case, so "Ban Tổ chức Thành ủy" stays a name); "và", commas and semicolons separate units
only where both sides are unit names, so a comma inside "Trung tâm Văn hóa, Thể thao và Truyền
thông" is kept. Pure functions over text: no database, no file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bkfi_desktop.core.plan_data import UnitRef
from bkfi_desktop.exchange.task_lists.unit_cells import looks_like_unit, unit_refs_from_cell

# Lower-case words that end a unit list: the action that follows the units.
_VERBS = (
    "tổ chức", "thực hiện", "triển khai", "tham mưu", "xây dựng", "rà soát", "tuyên truyền", "hướng dẫn",
    "kiểm tra", "theo dõi", "tổng hợp", "báo cáo", "đề xuất", "chỉ đạo", "cung cấp", "phổ biến", "quán triệt",
    "đôn đốc", "hoàn thành", "chịu trách nhiệm", "có trách nhiệm", "ban hành", "biên soạn", "cập nhật",
    "đăng tải", "duy trì", "nâng cao", "đẩy mạnh", "tăng cường", "lồng ghép", "phát hiện", "xử lý", "giám sát",
    "bố trí", "cử", "nghiên cứu", "tập huấn", "bồi dưỡng", "đào tạo", "vận động", "phát động", "sơ kết",
    "tổng kết", "đánh giá", "tiếp nhận", "chủ động", "phối hợp", "chủ trì", "giới thiệu", "quảng bá",
    "khảo sát", "lập", "trình", "thẩm định", "hỗ trợ", "vận hành", "kiện toàn", "thành lập", "hoàn thiện",
    "gửi", "để", "nhằm", "trong", "theo", "tại", "năm", "từ", "trước", "khi", "hằng", "định kỳ",
    "thường xuyên", "đảm bảo", "bảo đảm", "thông tin", "phát hành", "sản xuất", "in", "mở", "đăng",
)
_VERB_AT = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(v) for v in sorted(_VERBS, key=len, reverse=True))
                      + r")(?![\w])")
# Where the words naming a lead can start: after these, never before them.
_LEAD_BOUNDARY = re.compile(
    r"(?:^|[;:(\[\n]|\.\s|(?<![\w])(?:[Gg]iao(?:\s+cho)?|[Dd]o|[Đđ]ề nghị|[Yy]êu cầu|[Cc]ăn cứ)\s)"
)
_LEAD = re.compile(r"(?<![\w])chủ trì(?![\w])(?:\s*,?\s*tham mưu)?", re.IGNORECASE)
_SUPPORT_AFTER = re.compile(
    r"^\s*,?\s*(?:và\s+)?(?:phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)|cùng(?:\s+với)?)\s+", re.IGNORECASE
)
_IMPLEMENT = re.compile(r"(?<![\w])(?:(?:tổ chức|triển khai)\s+)?thực hiện(?![\w])|(?<![\w])chịu trách nhiệm(?![\w])")
_STOP = re.compile(r"[:()\[\]\n]|\.(?:\s|$)")
# Words between a unit and its role: "Phòng X có trách nhiệm chủ trì", "Công an xã là đơn vị chủ trì".
_LINKING = re.compile(r"\s+(?:có trách nhiệm|chịu trách nhiệm|là (?:đơn vị|cơ quan)|được giao|làm đầu mối|làm)\s*,?\s*$")
# "Phòng X phối hợp với Phòng Y tổ chức …" with no "chủ trì": X carries it out, Y supports.
_WORKS_WITH = re.compile(r"(?<![\w])phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s+")
_MAX_NAMES = 160  # characters: longer stretches before "chủ trì" are a sentence, not a unit list


@dataclass
class ProseRoles:
    units: list[UnitRef] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)  # words that read like a unit but were not taken

    def add(self, name: str, role: str) -> None:
        name = name.strip(" ,.;:–-")
        if name and all(u.name != name for u in self.units):
            self.units.append(UnitRef(name, role))


def _has_verb(text: str) -> bool:
    return _VERB_AT.search(text) is not None


def _cut_at_verb(text: str) -> str:
    """The unit list at the start of text: up to the first lower-case verb or clause stop.

    A semicolon separates units too ("…; Công an xã tổ chức"), so the list goes on past it while
    what follows is a unit name.
    """
    listed = ""
    for position, piece in enumerate(text.split(";")):
        stop = _STOP.search(piece)
        cut = piece[: stop.start()] if stop else piece
        verb = _VERB_AT.search(cut)
        if verb:
            cut = cut[: verb.start()]
        cut = cut.strip(" ,")
        if position and not units_in_list(cut):
            break
        listed = f"{listed}; {cut}" if position else cut
        if stop or verb:
            break
    return listed.strip(" ,;")


def units_in_list(text: str) -> list[str]:
    """Unit names in a list such as "Văn phòng HĐND và UBND xã, Công an xã"; [] if it is not one."""
    names = [ref.name for ref in unit_refs_from_cell(text, "implement")]
    return names if names and all(looks_like_unit(name) for name in names) else []


def _unit_before(before: str) -> list[str]:
    """The unit list that ends right where `before` ends ("… giao Phòng Nội vụ" → ["Phòng Nội vụ"])."""
    before = _LINKING.sub("", before)
    starts = [m.end() for m in _LEAD_BOUNDARY.finditer(before)]
    segment = before[max(starts, default=0):].rstrip(" ,")
    if not segment or len(segment) > _MAX_NAMES * 2:
        segment = segment[-_MAX_NAMES * 2 :]
    # Try the segment's start, then each point after a comma: the longest plain unit list wins.
    # ("Hướng dẫn các đơn vị thực hiện" names no implementing unit: "các đơn vị" follows a verb.)
    for match in re.finditer(r"^\s*\S|(?<=,)\s*\S", segment):
        candidate = segment[match.start():].strip(" ,")
        if len(candidate) > _MAX_NAMES or not candidate:
            continue
        if _has_verb(candidate):
            continue
        names = units_in_list(candidate)
        if names:
            return names
    return []


def roles_in_prose(text: str) -> ProseRoles:
    """Units and roles named in a sentence; empty when the sentence names none."""
    found = ProseRoles()
    flat = " ".join(text.split())
    for lead in _LEAD.finditer(flat):
        leads = _unit_before(flat[: lead.start()])
        for name in leads:
            found.add(name, "lead")
        rest = flat[lead.end():]
        partner = _SUPPORT_AFTER.match(rest)
        if partner and (leads or lead.start() == 0 or flat[: lead.start()].strip().endswith(("-", "–"))):
            listed = _cut_at_verb(rest[partner.end():])
            names = units_in_list(listed)
            for name in names:
                found.add(name, "support")
            if listed and not names:
                found.uncertain.append(listed)
    if not found.units:
        for partner in _WORKS_WITH.finditer(flat):
            doers = _unit_before(flat[: partner.start()])
            listed = _cut_at_verb(flat[partner.end():])
            partners = units_in_list(listed)
            if doers and partners:
                for name in doers:
                    found.add(name, "implement")
                for name in partners:
                    found.add(name, "support")
    for verb in _IMPLEMENT.finditer(flat):
        for name in _unit_before(flat[: verb.start()]):
            found.add(name, "implement")
    return found
