"""Turn the rows under a table's header into groups and tasks.

Rows are read the way a clerk reads them: "I", "II" or "A", "B" in the number column start a
group (title in the task column, or "I. Title" merged across the row); "1", "1.1", "a)", "-" are
tasks; "+" and unnumbered text-only rows are details of the task above; a numbered row with no
unit that heads sub-tasks is a sub-group; blank rows are skipped; "Ghi chú", "Nơi nhận" and
signatures under the table end it. Codes are built from the numbering ("I.1", "I.1.a") so that
a re-imported list finds its tasks again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bkfi_desktop.core.plan_data import GroupData, TaskData, UnitRef
from bkfi_desktop.exchange.task_lists.grid import DOWN, Grid, HeaderLayout
from bkfi_desktop.exchange.task_lists.unit_cells import unit_refs_from_cell
from bkfi_desktop.exchange.task_lists.vocabulary import UNIT_FIELDS, header_key
from bkfi_desktop.textvn.normalize import clean_text

ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_GROUP_NUMBER = re.compile(rf"^(?:PHẦN\s+|Phần\s+)?({ROMAN}|[A-Z])\s*[.):]?$")
_GROUP_BANNER = re.compile(rf"^(?:PHẦN\s+|Phần\s+)?({ROMAN}|[A-Z])\s*[.):]\s*(\S.*)$", re.DOTALL)
_NUMBERED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?$")
_LETTERED = re.compile(r"^\(?([a-zđ])\s*[.)]$")
_BULLET = re.compile(r"^[-–—•·*]$")
_DETAIL = re.compile(r"^[+]$")
_END_WORDS = ("ghi chu", "luu y", "chu thich", "noi nhan", "nguoi lap", "nguoi lap bieu", "tm ", "kt ",
              "thu truong", "chu tich", "xac nhan")
_TOTAL_WORDS = ("tong cong", "cong", "tong so", "tong")
_INNER_BULLET = re.compile(r"\n\s*(?=[-–+•]\s)")


@dataclass
class _Row:
    index: int
    number: str
    content: str
    values: dict[str, str] = field(default_factory=dict)  # deadline / product / note / unit fields

    @property
    def has_units(self) -> bool:
        return any(self.values.get(name) for name in UNIT_FIELDS)

    @property
    def has_extras(self) -> bool:
        return any(self.values.values())


@dataclass
class TableResult:
    groups: list[GroupData]
    warnings: list[str]
    end_row: int  # first row after the table (notes start here)


def _cell(grid: Grid, row: int, cols: list[int] | None, allow: str) -> str:
    if not cols:
        return ""
    texts: list[str] = []
    for col in cols:
        text = grid.text(row, col, allow=allow).strip()
        if text and text not in texts:
            texts.append(text)
    return "\n".join(texts)


def _read_row(grid: Grid, layout: HeaderLayout, row: int) -> _Row:
    number = _cell(grid, row, layout.columns.get("number"), "")
    content = _cell(grid, row, layout.columns.get("content"), "")
    values = {
        name: _cell(grid, row, cols, DOWN)
        for name, cols in layout.columns.items()
        if name not in ("number", "content")
    }
    return _Row(row, number.strip(), content, values)


def tasks_from_grid(grid: Grid, layout: HeaderLayout) -> TableResult:
    builder = _Builder(grid, layout.first("content"))
    end = len(grid.rows)
    for index in range(layout.data_start, len(grid.rows)):
        row = _read_row(grid, layout, index)
        written = [text for text in grid.rows[index] if text.strip()]
        if not written or not (row.number or row.content or row.has_extras):
            continue
        first = header_key(written[0])
        text_in_number = row.number == written[0] and len(row.number) > 12
        if (not row.number or text_in_number) and any(first == w.strip() or first.startswith(w) for w in _END_WORDS):
            if builder.task_count:
                end = index
                break
            continue
        if not row.content and any(first == word for word in _TOTAL_WORDS):
            continue
        builder.add(row, written)
    builder.finish()
    return TableResult(builder.groups, builder.warnings, end)


class _Builder:
    def __init__(self, grid: Grid, content_col: int | None) -> None:
        self.grid = grid
        self.content_col = content_col
        self.groups: list[GroupData] = []
        self.warnings: list[str] = []
        self.rows: list[_Row] = []
        self._pending: list[tuple[str, _Row | str, str]] = []  # ("group", title, ordinal) | ("row", row)

    @property
    def task_count(self) -> int:
        return sum(1 for kind, *_ in self._pending if kind == "row")

    def add(self, row: _Row, written: list[str]) -> None:
        group = self._group_of(row, written)
        if group:
            self._pending.append(("group", group[1], group[0]))
            if row.has_units and row.content:  # a group row that also assigns work: also a task
                self._pending.append(("row", row, ""))
            return
        if not row.content:
            if row.number:
                self.warnings.append(
                    f"{self.grid.where(row.index)}: có số thứ tự “{row.number}” nhưng không có nội dung, đã bỏ qua."
                )
            return
        self._pending.append(("row", row, ""))

    def _group_of(self, row: _Row, written: list[str]) -> tuple[str, str] | None:
        match = _GROUP_NUMBER.match(row.number) if row.number else None
        if match and match.group(1):
            title = row.content or next((t for t in written if t.strip() != row.number), "")
            return match.group(1), clean_text(title)
        distinct = {text.strip() for text in written}
        if len(distinct) == 1 and not row.has_units:
            banner = _GROUP_BANNER.match(next(iter(distinct)))
            if banner and banner.group(1):
                return banner.group(1), clean_text(banner.group(2))
        if not row.number and row.content and not row.has_extras and _is_caps_title(row.content):
            return "", clean_text(row.content)
        return None

    def finish(self) -> None:
        headings = self._headings([item[1] for item in self._pending if item[0] == "row"])
        used: set[str] = set()
        group: GroupData | None = None
        section = ""
        stack: list[tuple[int, TaskData, str]] = []  # (depth, task, kind) of open numbered/lettered rows
        counters: dict[str, int] = {}
        last_task: TaskData | None = None
        for kind, payload, ordinal in self._pending:
            if kind == "group":
                assert isinstance(payload, str)
                ordinal = ordinal or str(sum(1 for g in self.groups if g.ordinal.isdigit()) + 1)
                group = GroupData(ordinal=ordinal, title=payload)
                section = ordinal
                self.groups.append(group)
                stack, last_task = [], None
                continue
            assert isinstance(payload, _Row)
            row = payload
            if group is None:
                group = GroupData(ordinal="", title="")
                self.groups.append(group)
            if row.index in headings:
                sub = f"{section}.{_local(row.number)}" if section else _local(row.number)
                group = GroupData(ordinal=sub, title=clean_text(row.content), section=section)
                self.groups.append(group)
                stack, last_task = [], None
                continue
            if _DETAIL.match(row.number) or (not row.number and not row.has_extras and last_task is not None):
                if last_task is not None:
                    last_task.details.append(clean_text(row.content))
                    continue
            depth, local, kind_of = _numbering(row.number, stack)
            stack = [entry for entry in stack if entry[0] < depth]
            parent = stack[-1][1] if stack else None
            if kind_of == "numbered":
                code = f"{section}.{local}" if section else str(local)
            else:
                base = parent.code if parent else group.ordinal
                if local is None:
                    counters[base] = counters.get(base, 0) + 1
                    local = str(counters[base])
                code = f"{base}.{local}" if base else local
            task = self._task(row, _unique(code, used))
            if not task.units and parent is not None:
                task.units = [UnitRef(ref.name, ref.role) for ref in parent.units]
            group.tasks.append(task)
            if kind_of != "bullet":
                stack.append((depth, task, kind_of))
            last_task = task
        self.groups = [g for g in self.groups if g.tasks]
        self._warn_missing_units()

    def _headings(self, rows: list[_Row]) -> set[int]:
        """Top-level numbered rows with no unit, deadline or product that head sub-rows: sub-groups."""
        headings: set[int] = set()
        for position, row in enumerate(rows):
            numbered = _NUMBERED.match(row.number)
            if row.has_extras or not numbered or "." in numbered.group(1):
                continue
            following = rows[position + 1] if position + 1 < len(rows) else None
            if following is None or _GROUP_NUMBER.match(following.number or "-"):
                continue
            nested = following.number and not _NUMBERED.match(following.number)
            deeper = _NUMBERED.match(following.number) and "." in following.number.rstrip(".")
            if nested or deeper or (not following.number and following.has_extras):
                headings.add(row.index)
        return headings

    def _task(self, row: _Row, code: str) -> TaskData:
        content, details = _split_inner_bullets(row.content)
        units: list[UnitRef] = []
        for name in UNIT_FIELDS:
            for ref in unit_refs_from_cell(row.values.get(name, ""), name):
                if all((ref.name, ref.role) != (u.name, u.role) for u in units):
                    units.append(ref)
        return TaskData(
            code=code,
            content=content,
            details=details,
            product=clean_text(row.values.get("product", "")),
            deadline_text=clean_text(row.values.get("deadline", "")),
            units=[UnitRef(clean_text(u.name), u.role) for u in units],
            note=clean_text(row.values.get("note", "")),
            source_location=self.grid.location(row.index, self.content_col),
        )

    def _warn_missing_units(self) -> None:
        missing = [t.code for g in self.groups for t in g.tasks if not t.units]
        if missing:
            shown = ", ".join(missing[:10]) + (", …" if len(missing) > 10 else "")
            self.warnings.append(f"{len(missing)} nhiệm vụ chưa ghi đơn vị thực hiện ({self.grid.name}): {shown}.")


def _is_caps_title(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def _local(number: str) -> str:
    return number.strip().rstrip(".)").lstrip("(")


def _numbering(number: str, stack: list[tuple[int, TaskData, str]]) -> tuple[int, str | None, str]:
    """Depth, local code and kind ("numbered", "lettered", "bullet") of a row's number.

    "1" is depth 1, "1.1" depth 2; "a)" sits under the last numbered row, "-" and unnumbered rows
    under the last numbered or lettered one.
    """
    numbered = _NUMBERED.match(number)
    if numbered:
        return len(numbered.group(1).split(".")), numbered.group(1), "numbered"
    lettered = _LETTERED.match(number)
    if lettered:
        numbered_depths = [depth for depth, _task, kind in stack if kind == "numbered"]
        return (max(numbered_depths) if numbered_depths else 0) + 1, lettered.group(1), "lettered"
    if not number or _BULLET.match(number):
        return (stack[-1][0] if stack else 0) + 1, None, "bullet"
    return 1, re.sub(r"\s+", "", number).rstrip(".)"), "numbered"


def _unique(code: str, used: set[str]) -> str:
    candidate, n = code, 1
    while candidate in used:
        n += 1
        candidate = f"{code}-{n}"
    used.add(candidate)
    return candidate


def _split_inner_bullets(text: str) -> tuple[str, list[str]]:
    """ "Task:\n- point\n- point" in one cell → the task and its points as details."""
    parts = _INNER_BULLET.split(text)
    if len(parts) == 1:
        return clean_text(text), []
    details = [clean_text(re.sub(r"^\s*[-–+•]\s*", "", part)) for part in parts[1:]]
    return clean_text(parts[0]), [d for d in details if d]
