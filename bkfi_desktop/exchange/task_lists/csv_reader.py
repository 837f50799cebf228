"""A task table saved as CSV or TSV (some office systems export this): read like a sheet."""

from __future__ import annotations

import csv
from pathlib import Path

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.exchange import text_budget
from bkfi_desktop.exchange.task_lists.abbreviations import abbreviations_from_text
from bkfi_desktop.exchange.task_lists.grid import Grid, find_header
from bkfi_desktop.exchange.task_lists.plan_header import header_from_title_rows, plan_key
from bkfi_desktop.exchange.task_lists.refine import refine_plan
from bkfi_desktop.exchange.task_lists.sniff import file_error
from bkfi_desktop.exchange.task_lists.table_tasks import tasks_from_grid
from bkfi_desktop.exchange.task_lists.text_reader import decode_text
from bkfi_desktop.paths import data_dir


def read_csv(path: Path) -> PlanData:
    text, _ = decode_text(path, path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = text_budget.csv_rows(path, text, dialect)  # rows and cells per row bounded while read
    grid = Grid(name=path.name, rows=rows)
    layout = find_header(grid)
    if layout is None:
        raise file_error(path, "không có dòng tiêu đề bảng nhiệm vụ (cột “Nội dung/Nhiệm vụ” và “Chủ trì/Phối hợp”).")
    table = tasks_from_grid(grid, layout)
    if not any(group.tasks for group in table.groups):
        raise file_error(path, "có dòng tiêu đề bảng nhưng không có nhiệm vụ nào bên dưới.")
    header = header_from_title_rows([" ".join(row) for row in rows[: layout.header_row]])
    data = PlanData(
        key=plan_key(header.number, header.year, header.title, path.stem),
        title=header.title or path.stem,
        number=header.number,
        issued_on=header.issued_on,
        year=header.year,
        issuer=header.issuer,
        groups=table.groups,
        warnings=table.warnings,
    )
    key = abbreviations_from_text(" ".join(row) for row in rows[table.end_row :])
    return refine_plan(data, document_key=key, user_folder=data_dir())
