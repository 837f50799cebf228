"""A plan document (.docx or .txt) as paragraphs and tables → PlanData.

A task table inside the document is read like an Excel appendix and wins over tasks written as
paragraphs; the paragraphs still give the plan's number, date, title, recipients and signer.
"""

from __future__ import annotations

from pathlib import Path

from bkfi_desktop.core.plan_data import GroupData, PlanData
from bkfi_desktop.exchange.task_lists.abbreviations import abbreviations_from_rows, abbreviations_from_text
from bkfi_desktop.exchange.task_lists.continued import join_continued
from bkfi_desktop.exchange.task_lists.doc_body import DocLine, tasks_from_paragraphs
from bkfi_desktop.exchange.task_lists.doc_front import read_front, read_tail
from bkfi_desktop.exchange.task_lists.grid import Grid, find_header
from bkfi_desktop.exchange.task_lists.plan_header import header_from_title_rows, plan_key
from bkfi_desktop.exchange.task_lists.refine import refine_plan
from bkfi_desktop.exchange.task_lists.sniff import file_error
from bkfi_desktop.exchange.task_lists.table_tasks import tasks_from_grid
from bkfi_desktop.paths import data_dir

_NO_TASKS = (
    "không có nhiệm vụ nào nhận ra được: cần mục “NHIỆM VỤ…” với các ý “1.”, “Nội dung:”, “- …” "
    "và “Đơn vị chủ trì/phối hợp/thực hiện:”, hoặc một bảng có cột “Nội dung” và “Chủ trì/Phối hợp”."
)


def plan_from_document(path: Path, lines: list[DocLine], grids: list[Grid]) -> PlanData:
    body = tasks_from_paragraphs(lines)
    start = body.body_start if body.body_start is not None else len(lines)
    front = read_front([line.text for line in lines[:start]])
    if body.tail_start is not None:
        read_tail([line.text for line in lines[body.tail_start :]], front)
    groups, warnings = body.groups, list(body.warnings)
    table_groups, table_warnings, table_title = _tables(grids)
    if table_groups:
        if groups:
            warnings.append(
                f"Tệp “{path.name}” có cả bảng nhiệm vụ và nhiệm vụ viết thành đoạn văn; đã nhập theo bảng."
            )
        groups, warnings = table_groups, warnings + table_warnings
    if not groups or not any(group.tasks for group in groups):
        raise file_error(path, _NO_TASKS)
    header = front.header
    title = header.title or table_title or path.stem
    plan = PlanData(
        key=plan_key(header.number, header.year, title, path.stem),
        title=title,
        number=header.number,
        issued_on=header.issued_on,
        year=header.year,
        issuer=header.issuer,
        parent_agency=header.parent_agency,
        place=header.place,
        basis=front.basis,
        signer=front.signer,
        recipients=front.recipients,
        groups=groups,
        warnings=warnings,
    )
    key = abbreviations_from_text(line.text for line in lines)
    for grid in grids:
        key.update(abbreviations_from_rows(grid.rows) if _is_key_table(grid) else {})
    return refine_plan(plan, document_key=key, user_folder=data_dir())


def _is_key_table(grid: Grid) -> bool:
    """A table listing the document's abbreviations ("Chữ viết tắt | Nội dung")."""
    head = " ".join(cell for row in grid.rows[:2] for cell in row).lower()
    return "viết tắt" in head


def _tables(grids: list[Grid]) -> tuple[list[GroupData], list[str], str]:
    groups: list[GroupData] = []
    warnings: list[str] = []
    title = ""
    grids = join_continued(grids)  # a table continued after a page break is one table
    for grid in grids:
        layout = find_header(grid)
        if layout is None:
            continue
        result = tasks_from_grid(grid, layout)
        if not any(group.tasks for group in result.groups):
            continue
        if groups:  # a second task table (another appendix): keep its codes apart
            prefix = f"B{len(grids[: grids.index(grid)]) + 1}"
            for group in result.groups:
                group.ordinal = f"{prefix}.{group.ordinal}" if group.ordinal else prefix
                for task in group.tasks:
                    task.code = f"{prefix}.{task.code}"
        groups.extend(result.groups)
        warnings.extend(result.warnings)
        above = [" ".join(row) for row in grid.rows[: layout.header_row]]
        title = title or header_from_title_rows(above).title
    return groups, warnings, title
