"""The words offices use for the fields of a task: column headers in a table, labels in a document.

One vocabulary serves both: "Đơn vị chủ trì" is a column header in an Excel appendix and a label
("b) Đơn vị chủ trì: …") in a plan document. Matching is done on folded text, so "Thời hạn
hoàn thành", "THỜI HẠN HOÀN THÀNH" and "Thời hạn\nhoàn thành" are the same header.
"""

from __future__ import annotations

import re
from functools import cache

from bkfi_desktop.textvn.folding import fold_for_search

# field -> phrases (as written by people; folded when compared)
FIELD_PHRASES: dict[str, tuple[str, ...]] = {
    "number": ("STT", "TT", "Số TT", "Số thứ tự", "Thứ tự"),
    "content": (
        "Nội dung",
        "Nhiệm vụ",
        "Nội dung nhiệm vụ",
        "Nội dung công việc",
        "Nội dung thực hiện",
        "Nội dung hoạt động",
        "Tên nhiệm vụ",
        "Nhiệm vụ cụ thể",
        "Nhiệm vụ, giải pháp",
        "Nhiệm vụ giải pháp",
        "Công việc",
        "Tên công việc",
        "Hoạt động",
    ),
    "lead": (
        "Chủ trì",
        "Cơ quan chủ trì",
        "Đơn vị chủ trì",
        "Chủ trì tham mưu",
        "Đơn vị chủ trì tham mưu",
        "Cơ quan chủ trì tham mưu",
        "Đơn vị chủ trì thực hiện",
        "Cơ quan chủ trì thực hiện",
        "Đơn vị chủ trì, tham mưu",
        "Cơ quan chủ trì, tham mưu",
        "Đơn vị tham mưu",
        "Cơ quan tham mưu",
        "Đơn vị chủ trì triển khai",
        "Cơ quan, đơn vị chủ trì",
        "Cơ quan đơn vị chủ trì",
        "Cơ quan chủ quản",
        "Đầu mối",
        "Đơn vị đầu mối",
        "Cơ quan đầu mối",
        "Đầu mối thực hiện",
    ),
    # One column for both roles: the first unit leads, the others support (unless the cell says).
    "lead_support": (
        "Chủ trì, phối hợp",
        "Đơn vị chủ trì, phối hợp",
        "Cơ quan chủ trì, phối hợp",
        "Đơn vị chủ trì, đơn vị phối hợp",
        "Cơ quan chủ trì, cơ quan phối hợp",
        "Đơn vị chủ trì và phối hợp",
        "Cơ quan chủ trì và phối hợp",
    ),
    "support": (
        "Phối hợp",
        "Cơ quan phối hợp",
        "Đơn vị phối hợp",
        "Đơn vị phối hợp thực hiện",
        "Cơ quan phối hợp thực hiện",
        "Cơ quan, đơn vị phối hợp",
        "Đơn vị phối hợp triển khai",
    ),
    "implement": (
        "Đơn vị thực hiện",
        "Cơ quan thực hiện",
        "Cơ quan, đơn vị thực hiện",
        "Đơn vị triển khai",
        "Đơn vị triển khai thực hiện",
        "Cơ quan triển khai",
        "Trách nhiệm thực hiện",
        "Đơn vị",
        "Cơ quan",
        "Thực hiện",
    ),
    "deadline": (
        "Thời gian",
        "Thời hạn",
        "Thời gian thực hiện",
        "Thời hạn thực hiện",
        "Thời hạn hoàn thành",
        "Thời gian hoàn thành",
        "Tiến độ",
        "Tiến độ thực hiện",
        "Tiến độ hoàn thành",
        "Thời gian triển khai",
        "Mốc thời gian",
        "Lộ trình",
        "Lộ trình thực hiện",
        "Thời điểm hoàn thành",
    ),
    "product": (
        "Sản phẩm",
        "Kết quả",
        "Sản phẩm dự kiến",
        "Dự kiến sản phẩm",
        "Sản phẩm đầu ra",
        "Kết quả sản phẩm",
        "Kết quả, sản phẩm",
        "Sản phẩm, kết quả",
        "Hình thức văn bản",
        "Hình thức sản phẩm",
        "Dự kiến kết quả",
        "Kết quả dự kiến",
        "Kết quả đầu ra",
        "Sản phẩm hoàn thành",
    ),
    "note": ("Ghi chú",),
}

UNIT_FIELDS = ("lead", "support", "implement", "lead_support")
# Headers that start like a field's phrase but name something else: "Đơn vị tính" is a unit of
# measure, "Cơ quan ban hành" the issuer of a document, "Kinh phí" money.
_NOT_FIELDS = ("don vi tinh", "co quan ban hanh", "don vi ban hanh", "co quan trinh", "cap trinh", "kinh phi",
               "nguon kinh phi", "lanh dao phu trach")

_PARENTHESES = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def header_key(text: str) -> str:
    """Folded form of a header or label: no diacritics, case, punctuation, or "(1)"-style notes."""
    folded = fold_for_search(_PARENTHESES.sub(" ", text))
    return _NON_WORD.sub(" ", folded).strip()


@cache
def _phrase_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for field, phrases in FIELD_PHRASES.items():
        for phrase in phrases:
            index.setdefault(header_key(phrase), field)
    return index


def field_for_header(text: str) -> str | None:
    """The field a table header names, or None. Exact phrase first, then the longest phrase prefix."""
    key = header_key(text)
    if not key:
        return None
    index = _phrase_index()
    if key in index:
        return index[key]
    if any(key == word or key.startswith(word + " ") for word in _NOT_FIELDS):
        return None
    if len(key.split()) > 8:
        return None  # a sentence, not a header
    best: tuple[int, str] | None = None
    for phrase, field in index.items():
        if field == "number":
            continue  # "TT" must not match "TT Thành ủy"
        if key.startswith(phrase + " ") and (best is None or len(phrase) > best[0]):
            best = (len(phrase), field)
    return best[1] if best else None


def field_for_label(text: str) -> tuple[str, str] | None:
    """Split "Đơn vị chủ trì tham mưu: Phòng X" into ("lead", "Phòng X"); None if it is not a label.

    Only the exact phrases count as labels (a sentence that happens to start with "Nội dung" is not one).
    """
    head, sep, rest = text.partition(":")
    if not sep or len(head) > 60:
        return None
    field = _phrase_index().get(header_key(head))
    if field is None or field == "number":
        return None
    return field, rest.strip()
