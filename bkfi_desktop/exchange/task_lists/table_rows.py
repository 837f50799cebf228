"""One row under a task table's header, and what a clerk would call it: a group heading, a task,
a totals line, or the start of the notes and signatures under the table.

Offices number rows in the number column ("I", "1", "1.1", "a)", "-") or inside the task cell
("1. Tuyên truyền …"), write group headings as "I. TITLE" merged across the row, "Phần II",
"Nhóm 1: …" or "A - …", and end the table with "Tổng cộng", "Nơi nhận:" or "TM. ỦY BAN NHÂN DÂN".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bkfi_desktop.exchange.task_lists.grid import ACROSS, DOWN, Grid, HeaderLayout
from bkfi_desktop.exchange.task_lists.vocabulary import UNIT_FIELDS, header_key
from bkfi_desktop.textvn.normalize import clean_line, clean_text

ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_KEYWORD = r"(?:PHẦN|Phần|phần|NHÓM|Nhóm|nhóm|MỤC|Mục)\s+(?:THỨ\s+|thứ\s+)?"
GROUP_NUMBER = re.compile(rf"^(?:{_KEYWORD})?({ROMAN}|[A-Z])\s*[.):]?$|^{_KEYWORD}(\d{{1,2}}|[A-Z])\s*[.):]?$")
_GROUP_BANNER = re.compile(
    rf"^(?:{_KEYWORD})?({ROMAN}|[A-Z])\s*(?:[.):]|\s[-–])\s*(\S.*)$|^{_KEYWORD}(\d{{1,2}}|[A-Z])\s*[.):\-–]?\s*(\S.*)$",
    re.DOTALL,
)
NUMBERED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?$")
LETTERED = re.compile(r"^\(?([a-zđ])\s*[.)]$")
BULLET = re.compile(r"^[-–—•·*]$")
DETAIL = re.compile(r"^[+]$")
# "1. Tuyên truyền …", "1.2 Tập huấn …", "a) Báo cáo …" written in the task cell itself.
_NUMBER_IN_CONTENT = re.compile(
    r"^\s*(?P<n>\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|\(?[a-zđ]\))\s+(?P<rest>\S.*)$", re.DOTALL
)
_BULLET_IN_CONTENT = re.compile(r"^\s*(?P<n>[-–•+])\s+(?P<rest>\S.*)$", re.DOTALL)
_END_WORDS = ("ghi chu", "luu y", "chu thich", "noi nhan", "nguoi lap", "nguoi lap bieu", "tm ", "kt ",
              "thu truong", "chu tich", "xac nhan", "tl ", "q ", "tuq ")
_DITTO_KEYS = ("nt", "nhu tren", "nhu tren nt")
_DITTO_MARKS = ('"', "〃", "”", "“", "''", "-//-", "//", "-”-", '-"-')
_TOTAL_EXACT = ("cong", "tong", "tong cong", "tong so", "cong i", "tong i")
_TOTAL_START = ("tong cong ", "tong so ", "cong i ", "tong kinh phi")


@dataclass
class Row:
    index: int
    number: str
    content: str
    values: dict[str, str] = field(default_factory=dict)  # deadline / product / note / unit fields
    bold: bool = False  # the task cell is in bold (a heading, when the tasks are not)
    spans: bool = False  # one text merged across the whole row: a group row

    @property
    def has_units(self) -> bool:
        return any(self.values.get(name) for name in UNIT_FIELDS)

    @property
    def has_extras(self) -> bool:
        return any(self.values.values())


def _cell(grid: Grid, row: int, cols: list[int] | None, allow: str) -> str:
    if not cols:
        return ""
    texts: list[str] = []
    for col in cols:
        text = grid.text(row, col, allow=allow).strip()
        if text and text not in texts:
            texts.append(text)
    return "\n".join(texts)


def _spanning_text(grid: Grid, row: int) -> str:
    """The text of a row merged across the whole table (one cell written, the rest filled from it)."""
    cells = grid.rows[row]
    written = [col for col, text in enumerate(cells) if text.strip() and grid.fills.get((row, col), "") == ""]
    if len(cells) < 3 or len(written) != 1:
        return ""
    first = written[0]
    across = all(grid.fills.get((row, col)) == ACROSS for col in range(first + 1, len(cells)))
    return cells[first] if across and first <= 1 else ""


def read_row(grid: Grid, layout: HeaderLayout, row: int) -> Row:
    spanning = _spanning_text(grid, row)
    if spanning:
        return Row(row, "", spanning, {}, spans=True)
    number = _cell(grid, row, layout.columns.get("number"), "")
    if not number.isascii() or "\n" in number:
        number = clean_line(number)
    content = _cell(grid, row, layout.columns.get("content"), "")
    values = {
        name: _cell(grid, row, cols, DOWN)
        for name, cols in layout.columns.items()
        if name not in ("number", "content")
    }
    content_col = layout.first("content")
    result = Row(row, number, content, values, bold=(row, content_col) in grid.bold_cells)
    if not number and content:
        _number_from_content(result)
    return result


def _number_from_content(row: Row) -> None:
    """Move "1." / "1.2" / "a)" (and "-" on a row with its own units or deadline) out of the task cell."""
    text = clean_text(row.content)
    found = _NUMBER_IN_CONTENT.match(text)
    if found is None and row.has_extras:
        found = _BULLET_IN_CONTENT.match(text)
    if found is not None:
        marker = found.group("n")
        row.number = marker if marker[0].isalpha() or marker[0] == "(" else marker.rstrip(".)")
        if marker in "-–•":
            row.number = "-"
        elif marker == "+":
            row.number = "+"
        row.content = found.group("rest")


def is_ditto(text: str) -> bool:
    """ "nt", "-nt-", "Như trên", '"' and "〃": the clerk's "same as the row above"."""
    stripped = text.strip()
    return 0 < len(stripped) <= 12 and (stripped in _DITTO_MARKS or header_key(stripped) in _DITTO_KEYS)


def fill_ditto(row: Row, previous: dict[str, str]) -> None:
    """Replace "nt"/"như trên" in the unit, deadline and product cells by the task row above's value;
    remember this row's values for the next one."""
    for name, text in row.values.items():
        if is_ditto(text):
            row.values[name] = previous.get(name, "")  # "nt" under an empty cell means nothing
    if row.content and row.has_extras:
        previous.clear()
        previous.update(row.values)


def is_marker(number: str) -> bool:
    """True when the number cell holds a numbering mark rather than text ("Nơi nhận:", "Cộng")."""
    return bool(
        GROUP_NUMBER.match(number) or NUMBERED.match(number) or LETTERED.match(number) or BULLET.match(number)
        or DETAIL.match(number) or re.fullmatch(r"[\d.\s]{1,12}[.)]?", number)
    )


def is_end_row(row: Row, written: list[str]) -> bool:
    """Notes, "Nơi nhận:" or a signature line starting the block under the table."""
    if row.number and is_marker(row.number):
        return False
    text = written[0].strip()
    first = header_key(text)
    for word in _END_WORDS:
        word = word.strip()
        if first == word:
            return True
        # A long sentence that happens to start with "Chủ tịch …" is a task, not a signature.
        if first.startswith(word + " ") and (len(text) <= 60 or ":" in text[:20]):
            return True
    return False


def is_total_row(row: Row) -> bool:
    """ "Tổng cộng", "Cộng (I+II)": the sum line of a table with a money column."""
    if row.number and is_marker(row.number) and not GROUP_NUMBER.match(row.number):
        return False
    for text in (row.content, row.number):
        if len(text) > 40:
            continue  # a task, not a sum line; and folding long text on every row is slow
        key = header_key(text)
        if key and (key in _TOTAL_EXACT or key.startswith(_TOTAL_START)):
            return True
    return False


def group_of(row: Row, written: list[str]) -> tuple[str, str] | None:
    """(ordinal, title) when the row heads a group: "I" / "Phần II" / "Nhóm 1" in the number column,
    a banner "I. TITLE" / "II - TITLE" / "Nhóm 2: …" alone on the row, or an unnumbered title in capitals."""
    match = GROUP_NUMBER.match(row.number) if row.number else None
    if match and (match.group(1) or match.group(2)):
        title = row.content or next((t for t in written if t.strip() != row.number), "")
        return match.group(1) or match.group(2), clean_text(title)
    distinct = {text.strip() for text in written}
    if not row.has_units and (len(distinct) == 1 or (not row.number and row.content and not row.has_extras)):
        text = row.content if row.content else next(iter(distinct))
        banner = _GROUP_BANNER.match(clean_line(text))
        if banner and (banner.group(1) or banner.group(3)):
            return banner.group(1) or banner.group(3), clean_text(banner.group(2) or banner.group(4))
    if not row.number and row.content and not row.has_extras and (
        row.bold or row.spans or is_caps_title(row.content)
    ):
        return "", clean_text(row.content)
    return None


def keep_bold_if_meaningful(grid: Grid, layout: HeaderLayout) -> None:
    """Bold marks headings only when numbered tasks are not bold too (some clerks bold everything)."""
    content_col, number_cols = layout.first("content"), layout.columns.get("number", [])
    if content_col is None or not grid.bold_cells:
        return
    for row in range(layout.data_start, len(grid.rows)):
        cells = grid.rows[row]
        numbered = any(col < len(cells) and NUMBERED.match(cells[col].strip()) for col in number_cols)
        if numbered and content_col < len(cells) and cells[content_col] and (row, content_col) not in grid.bold_cells:
            return
    grid.bold_cells.clear()


def is_caps_title(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def restarts_numbering(row: Row | None) -> bool:
    """True for the first task of a new list: "1", "1.", "a)"."""
    if row is None:
        return False
    return row.number.rstrip(".") == "1"
