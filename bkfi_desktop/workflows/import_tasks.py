"""Import a task list: read the file (exchange.task_import picks the reader), preview what changes, apply
it in one transaction (core.plans). Used by the import wizard and `bkfi import-tasks`.

Reading can be cancelled between rows; once the transaction starts the import is whole or nothing.
A bad file is refused with one Vietnamese line naming it, before the database is touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.core.plan_preview import ImportPreview, describe_import
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.exchange.task_import import ImportSummary, import_plan_data, read_task_list
from bkfi_desktop.workflows.progress import Progress

__all__ = ["ImportPreview", "ImportSummary", "import_read", "import_tasks", "preview_import", "read_tasks"]

CANCELLED = "Đã hủy nhập danh sách nhiệm vụ; dữ liệu chưa thay đổi."
READ_SHARE = 85  # reading a large workbook is most of the work


def _reader_hook(progress: Progress) -> Callable[[int, int], None]:
    """The readers report (done, total) rows; this turns that into percent and stops on cancel."""

    def report(done: int, total: int) -> None:
        progress.check_cancelled(CANCELLED)
        progress.report(100 * done / total if total else 0, "Đang đọc tệp…")

    return report


def read_tasks(path: Path | str, *, sheet: str | None = None, progress: Progress | None = None) -> PlanData:
    """Read and check the task list in ``path``; nothing is written."""
    progress = progress or Progress()
    progress.step(0, f"Đang đọc {Path(path).name}…")
    data = read_task_list(Path(path), sheet=sheet, progress=_reader_hook(progress.part(0, READ_SHARE)))
    progress.check_cancelled(CANCELLED)
    return data


def preview_import(
    workspace: Workspace,
    path: Path | str,
    *,
    sheet: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read ``path`` and say, task by task, what importing it would change (applied and rolled back)."""
    progress = progress or Progress()
    data = read_tasks(path, sheet=sheet, progress=progress)
    progress.step(90, "Đang so sánh với danh sách nhiệm vụ hiện có…")
    return describe_import(workspace, data, today)


def import_tasks(
    workspace: Workspace,
    path: Path | str,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Read ``path`` and apply it in one transaction (``dry_run``: only say what would change)."""
    progress = progress or Progress()
    data = read_tasks(path, sheet=sheet, progress=progress)
    return import_read(workspace, data, dry_run=dry_run, progress=progress)


def import_read(
    workspace: Workspace, data: PlanData, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportSummary:
    """Apply a list already read (the wizard reads and previews first) in one transaction."""
    progress = progress or Progress()
    progress.step(READ_SHARE + 5, "Đang ghi danh sách nhiệm vụ…")  # last moment to cancel: nothing written yet
    summary = import_plan_data(workspace, data, dry_run=dry_run)
    progress.report(100, "Đã nhập xong.")
    return summary
