"""Import a task list (Excel appendix or plan document) into the workspace: one service for the
`bkfi import-tasks` command and the GUI's import wizard.

`read_task_list` reads and checks the file without touching the database; `import_task_list`
writes it in one transaction (or, with dry_run, computes what would change and writes nothing).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bkfi_desktop.core.hashing import file_sha256
from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.core.plans import apply_plan, preview_plan
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import Cancelled, InvalidInputError
from bkfi_desktop.exchange import text_budget
from bkfi_desktop.exchange.task_lists.abbreviations import abbreviations_from_text
from bkfi_desktop.exchange.task_lists.grid import Grid, find_header
from bkfi_desktop.exchange.task_lists.plan_header import header_from_title_rows, plan_key
from bkfi_desktop.exchange.task_lists.refine import refine_plan
from bkfi_desktop.exchange.task_lists.sniff import detect_kind, file_error
from bkfi_desktop.exchange.task_lists.table_tasks import tasks_from_grid
from bkfi_desktop.exchange.task_lists.text_reader import decode_text, read_text_plan
from bkfi_desktop.exchange.task_lists.xlsx_reader import read_xlsx
from bkfi_desktop.paths import data_dir
from bkfi_desktop.textvn.shorten import shorten

Progress = Callable[[int, int], None]

_SHOWN_CODES = 15


@dataclass
class ImportSummary:
    source_name: str
    plan_id: int | None
    plan_key: str
    plan_title: str
    plan_number: str
    group_count: int
    task_count: int
    dry_run: bool
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    unchanged: int = 0
    units_created: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    converted_from: str | None = None
    match: dict[str, Any] = field(default_factory=dict)  # PlanMatch.to_json(): which stored plan and why
    updates_existing: bool = False  # the file went into a plan the workspace already had

    def summary_lines(self) -> list[str]:
        """What happened (or would happen, in a dry run), in Vietnamese, one fact per line."""
        verb = "Sẽ nhập" if self.dry_run else "Đã nhập"
        plan = f"“{shorten(self.plan_title, 90)}”" + (f" (số {self.plan_number})" if self.plan_number else "")
        lines = [f"{verb} {self.task_count} nhiệm vụ trong {self.group_count} nhóm từ tệp “{self.source_name}”: kế hoạch {plan}."]
        if self.updates_existing:
            why = "; ".join(self.match.get("reasons") or []) if self.match.get("certain") else "theo lựa chọn của người dùng"
            lines.append(f"{'Sẽ cập nhật' if self.dry_run else 'Đã cập nhật'} kế hoạch đã có “{self.plan_key}” ({why}).")
        lines.append(
            f"Thêm mới: {len(self.added)}; thay đổi: {len(self.changed)}; rút khỏi kế hoạch: "
            f"{len(self.withdrawn)}; giữ nguyên: {self.unchanged}."
        )
        for label, codes in (("Thêm mới", self.added), ("Thay đổi", self.changed), ("Rút khỏi kế hoạch", self.withdrawn)):
            if codes:
                shown = ", ".join(codes[:_SHOWN_CODES]) + (", …" if len(codes) > _SHOWN_CODES else "")
                lines.append(f"{label}: {shown}")
        if self.units_created:
            lines.append(f"Đơn vị mới thêm vào danh mục ({len(self.units_created)}): {'; '.join(self.units_created)}")
        lines.extend(f"Lưu ý: {warning}" for warning in self.warnings)
        if self.dry_run:
            lines.append("Chạy thử: chưa ghi gì vào dữ liệu.")
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source_name,
            "plan_id": self.plan_id,
            "plan_key": self.plan_key,
            "plan_title": self.plan_title,
            "plan_number": self.plan_number,
            "groups": self.group_count,
            "tasks": self.task_count,
            "dry_run": self.dry_run,
            "added": self.added,
            "changed": self.changed,
            "withdrawn": self.withdrawn,
            "unchanged": self.unchanged,
            "units_created": self.units_created,
            "warnings": self.warnings,
            "converted_from": self.converted_from,
            "match": self.match,
            "updates_existing": self.updates_existing,
        }


def read_task_list(path: Path, *, sheet: str | None = None, progress: Progress | None = None) -> PlanData:
    """Read a task list from .xlsx, .docx, .pdf, .txt or .csv (judged by content); nothing is written.

    Raises InvalidInputError with one Vietnamese line naming the file and the reason; an
    AmbiguousSheetError (a subclass) lists the sheets when several hold a task table.
    """
    path = Path(path)
    kind = detect_kind(path)
    try:
        data = _read_kind(path, kind, sheet, progress)
    except (InvalidInputError, Cancelled):  # a cancel from the progress callback is not a bad file
        raise
    except Exception as exc:  # a file must never crash the program
        # Readers turn the damage they know into clear messages; anything else a malformed file
        # provokes deep inside openpyxl/python-docx still ends as one line, not a traceback.
        raise file_error(
            path, f"có cấu trúc lạ, không đọc được ({type(exc).__name__}); hãy mở bằng Excel/Word, lưu lại rồi nhập lại."
        ) from exc
    data.source_name = path.name
    data.source_sha256 = file_sha256(path)
    if progress is not None:
        progress(1, 1)
    return data


def _read_kind(path: Path, kind: str, sheet: str | None, progress: Progress | None) -> PlanData:
    if kind == "xlsx":
        return read_xlsx(path, sheet=sheet, progress=progress)
    # python-docx and the PDF reader are imported for their own kinds only: an Excel import
    # (the common case) does not wait for them.
    if kind == "docx":
        from bkfi_desktop.exchange.task_lists.docx_reader import read_docx

        return read_docx(path)
    if kind == "csv":
        return _read_csv(path)
    if kind == "pdf":
        from bkfi_desktop.exchange.task_lists.pdf_reader import read_pdf

        return read_pdf(path)
    return read_text_plan(path)


def import_task_list(
    workspace: Workspace,
    path: Path,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    target: int | str | None = None,
) -> ImportSummary:
    """Read the file and apply it to the workspace in one transaction (all or nothing)."""
    data = read_task_list(path, sheet=sheet, progress=progress)
    return import_plan_data(workspace, data, dry_run=dry_run, target=target)


def import_plan_data(
    workspace: Workspace, data: PlanData, *, dry_run: bool = False, target: int | str | None = None
) -> ImportSummary:
    """Apply an already read PlanData (the wizard reads first, shows a preview, then applies).
    `target`: a plan id to update, plans.NEW_PLAN, or None for the plan it surely matches."""
    if dry_run:
        result = preview_plan(workspace, data, target=target)
    else:
        with workspace.transaction() as session:
            result = apply_plan(session, data, target=target)
    return ImportSummary(
        source_name=data.source_name,
        plan_id=None if dry_run else result.plan_id,
        plan_key=result.plan_key or data.key,
        plan_title=data.title,
        plan_number=data.number,
        group_count=sum(1 for group in data.groups if group.tasks),
        task_count=data.task_count,
        dry_run=dry_run,
        added=list(result.added),
        changed=list(result.changed),
        withdrawn=list(result.withdrawn),
        unchanged=result.unchanged,
        units_created=list(dict.fromkeys(result.units_created)),
        warnings=list(result.warnings),
        converted_from=data.converted_from,
        match=result.match.to_json(),
        updates_existing=result.existing,
    )


def _read_csv(path: Path) -> PlanData:
    """A task table saved as CSV (some office systems export this): read like a sheet."""
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
