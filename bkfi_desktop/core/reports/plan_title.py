"""How a report names the plan it answers: the title quoted as the plan wrote it.

Lower-casing the first letter ("về triển khai…") breaks titles written in capitals (“DANH MỤC NHIỆM
VỤ…” became "dANH MỤC NHIỆM VỤ…"), so the title is quoted unchanged. A plan read from a bare task list
often has no real title — only the sheet's heading ("DANH MỤC NHIỆM VỤ", "Phụ lục", "Sheet1") or the
file name; then the report says nothing about the title rather than quote a heading.
"""

from __future__ import annotations

import re

from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.textvn.normalize import clean_text

# Headings and placeholders that name a list, not a plan (compared folded, without punctuation).
_NOT_TITLES = {
    "danh muc nhiem vu",
    "danh muc cac nhiem vu",
    "danh sach nhiem vu",
    "danh sach cac nhiem vu",
    "nhiem vu",
    "cac nhiem vu",
    "phu luc",
    "ke hoach",
    "bieu mau",
    "mau",
    "sheet",
    "trang tinh",
}
_FILE_NAME = re.compile(r"\.(?:xlsx|xlsm|xls|docx|doc|txt|pdf|json)$", re.IGNORECASE)


def has_real_title(title: str | None) -> bool:
    text = clean_text(title or "").strip(" .:;,-–—")
    if not text or _FILE_NAME.search(text):
        return False
    bare = re.sub(r"[^a-z ]+", " ", fold_for_search(text))
    bare = re.sub(r"\s+", " ", bare).strip()
    # "Phụ lục I", "Sheet1", "DANH MỤC NHIỆM VỤ" — a heading alone, maybe numbered.
    bare = re.sub(r"(?: [ivxlc]+)+$", "", bare)
    return len(bare) >= 3 and bare not in _NOT_TITLES


def quoted_title(title: str | None) -> str:
    """ ' về “Triển khai thực hiện…”' as written, or "" when the plan has no real title."""
    if not has_real_title(title):
        return ""
    text = clean_text(title or "").strip().rstrip(".;,")
    return f" về “{text}”"
