"""Import a task list (Excel appendix or plan document) into the workspace: the reading and the
writing that workflows/import_tasks.py (the wizard's and `bkfi import-tasks`' one path) is made of.

`read_task_list` reads and checks the file without touching the database; `import_plan_data` writes
what was read in one transaction (or, with dry_run, computes what would change and writes nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bkfi_desktop.core.hashing import file_sha256
from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.core.plans import apply_plan, preview_plan
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import Cancelled, InvalidInputError
from bkfi_desktop.exchange.task_lists.sniff import detect_format, file_error
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
    fmt = detect_format(path)  # the registered format whose signature the content carries
    try:
        # Its reader is imported now, for its own kind only: an Excel import does not wait for
        # python-docx or the PDF library.
        data = fmt.read(path, sheet=sheet, progress=progress)
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
