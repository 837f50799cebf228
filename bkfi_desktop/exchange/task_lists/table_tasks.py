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
from dataclasses import dataclass
from itertools import pairwise

from bkfi_desktop.core.plan_data import GroupData, TaskData, UnitRef
from bkfi_desktop.exchange.task_lists.grid import Grid, HeaderLayout, is_column_number_row
from bkfi_desktop.exchange.task_lists.table_rows import (
    BULLET,
    DETAIL,
    GROUP_NUMBER,
    LETTERED,
    NUMBERED,
    Row,
    fill_ditto,
    group_of,
    is_end_row,
    is_total_row,
    keep_bold_if_meaningful,
    read_row,
    restarts_numbering,
)
from bkfi_desktop.exchange.task_lists.unit_cells import unit_refs_from_cell
from bkfi_desktop.exchange.task_lists.vocabulary import UNIT_FIELDS, header_key
from bkfi_desktop.textvn.normalize import clean_text

_INNER_BULLET = re.compile(r"\n\s*(?=[-–+•]\s)")


@dataclass
class TableResult:
    groups: list[GroupData]
    warnings: list[str]
    end_row: int  # first row after the table (notes start here)


def tasks_from_grid(grid: Grid, layout: HeaderLayout) -> TableResult:
    keep_bold_if_meaningful(grid, layout)
    builder = _Builder(grid, layout.first("content"))
    end = len(grid.rows)
    above: dict[str, str] = {}  # the last task row's values, for "nt" / "như trên" cells
    # The header (and its "(1) (2) (3)" row) repeated where a printed page broke, then pasted into
    # one sheet: not tasks.
    repeated = {_row_key(grid.rows[row]) for row in range(layout.header_row, layout.data_start)}
    for index in range(layout.data_start, len(grid.rows)):
        if _row_key(grid.rows[index]) in repeated or _numbers_the_columns(grid.rows[index]):
            continue
        row = read_row(grid, layout, index)
        fill_ditto(row, above)
        written = [text for text in grid.rows[index] if text.strip()]
        if not written or not (row.number or row.content or row.has_extras):
            continue
        if is_end_row(row, written) and not (row.content == written[0] and row.has_units):
            if builder.task_count:
                end = index
                break
            continue
        if is_total_row(row):
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
        self.rows: list[Row] = []
        self._pending: list[tuple[str, Row | str, str]] = []  # ("group", title, ordinal) | ("row", row)

    @property
    def task_count(self) -> int:
        return sum(1 for kind, *_ in self._pending if kind == "row")

    def add(self, row: Row, written: list[str]) -> None:
        group = group_of(row, written)
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

    def _restart_headings(self) -> None:
        """An unnumbered text-only row followed by a task numbered "1" heads a new list: a group."""
        for position, (kind, payload, _ordinal) in enumerate(self._pending[:-1]):
            following = self._pending[position + 1]
            if kind != "row" or following[0] != "row" or not isinstance(payload, Row):
                continue
            row, after = payload, following[1]
            if row.number or row.has_extras or not isinstance(after, Row) or not restarts_numbering(after):
                continue
            if "\n" in clean_text(row.content) or len(row.content) > 200:
                continue  # a paragraph of explanation, not a heading
            self._pending[position] = ("group", clean_text(row.content), "")

    def finish(self) -> None:
        self._restart_headings()
        headings = self._headings([item[1] for item in self._pending if item[0] == "row"])
        used: set[str] = set()
        group: GroupData | None = None
        section = parent = ""  # parent: the numbered group ("I", "A") an unnumbered heading sits under
        stack: list[tuple[int, TaskData, str]] = []  # (depth, task, kind) of open numbered/lettered rows
        counters: dict[str, int] = {}
        last_task: TaskData | None = None
        top: GroupData | None = None  # the group a heading's sub-group sits in: "3" after "2.2" goes back there
        for kind, payload, ordinal in self._pending:
            if kind == "group":
                assert isinstance(payload, str)
                if ordinal:
                    group = GroupData(ordinal=ordinal, title=payload)
                    parent = ordinal
                elif parent and group is not None and (not group.tasks or group.section == parent):
                    subs = sum(1 for g in self.groups if g.section == parent)
                    group = GroupData(ordinal=f"{parent}.{subs + 1}", title=payload, section=parent)
                else:
                    ordinal = str(max((int(g.ordinal) for g in self.groups if g.ordinal.isdigit()), default=0) + 1)
                    group = GroupData(ordinal=ordinal, title=payload)
                    parent = ""
                section = group.ordinal
                self.groups.append(group)
                top = group
                stack, last_task = [], None
                continue
            assert isinstance(payload, Row)
            row = payload
            if group is None:
                group = top = GroupData(ordinal="", title="")
                self.groups.append(group)
            if group is not top and row.index not in headings and _top_level(row.number):
                if top is None:
                    top = GroupData(ordinal="", title="")
                    self.groups.append(top)
                group, stack, last_task = top, [], None
            if row.index in headings:
                sub = f"{section}.{_local(row.number)}" if section else _local(row.number)
                group = GroupData(ordinal=sub, title=clean_text(row.content), section=section)
                self.groups.append(group)
                stack, last_task = [], None
                continue
            if DETAIL.match(row.number) or (not row.number and not row.has_extras and last_task is not None):
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

    def _headings(self, rows: list[Row]) -> set[int]:
        """Top-level numbered rows with no unit, deadline or product that head sub-rows: sub-groups."""
        headings: set[int] = set()
        for position, row in enumerate(rows):
            numbered = NUMBERED.match(row.number)
            if row.has_extras or not numbered or "." in numbered.group(1):
                continue
            following = rows[position + 1] if position + 1 < len(rows) else None
            if following is None or GROUP_NUMBER.match(following.number or "-"):
                continue
            nested = following.number and not NUMBERED.match(following.number)
            deeper = NUMBERED.match(following.number) and "." in following.number.rstrip(".")
            if nested or deeper or (not following.number and following.has_extras):
                headings.add(row.index)
        return headings

    def _task(self, row: Row, code: str) -> TaskData:
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


def _numbers_the_columns(cells: list[str]) -> bool:
    """ "(1) (2) (3) (4)" repeated mid-table: at least three, counting up by one."""
    if not is_column_number_row(cells):
        return False
    values = [re.sub(r"\D", "", cell) for cell in cells if cell.strip()]
    return len(values) >= 3 and all(v.isdigit() for v in values) and all(
        int(b) == int(a) + 1 for a, b in pairwise(values)
    )


def _row_key(cells: list[str]) -> tuple[str, ...]:
    return tuple(header_key(cell) for cell in cells)


def _top_level(number: str) -> bool:
    """ "3" (not "3.1", "a)", "-"): a row at the level of the sub-group headings themselves."""
    numbered = NUMBERED.match(number)
    return bool(numbered) and "." not in numbered.group(1)


def _local(number: str) -> str:
    return number.strip().rstrip(".)").lstrip("(")


def _numbering(number: str, stack: list[tuple[int, TaskData, str]]) -> tuple[int, str | None, str]:
    """Depth, local code and kind ("numbered", "lettered", "bullet") of a row's number.

    "1" is depth 1, "1.1" depth 2; "a)" sits under the last numbered row, "-" and unnumbered rows
    under the last numbered or lettered one.
    """
    numbered = NUMBERED.match(number)
    if numbered:
        return len(numbered.group(1).split(".")), numbered.group(1), "numbered"
    lettered = LETTERED.match(number)
    if lettered:
        numbered_depths = [depth for depth, _task, kind in stack if kind == "numbered"]
        return (max(numbered_depths) if numbered_depths else 0) + 1, lettered.group(1), "lettered"
    if not number or BULLET.match(number):
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
