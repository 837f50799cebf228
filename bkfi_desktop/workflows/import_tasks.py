"""Import a task list: read the file (the registered reader of its format), preview what changes,
apply it in one transaction (core.plans). The one path from file to committed plan, used by the
import wizard (through the GUI's runner) and by `bkfi import-tasks`.

Reading can be cancelled between rows; once the transaction starts the import is whole or nothing.
A bad file is refused with one Vietnamese line naming it, before the database is touched.

Which plan the list goes into (``target``, as in core.plans.apply_plan): a plan id the clerk chose,
``NEW_PLAN``, or None for the stored plan it surely matches (none: a new plan). `choose_plan` turns
the CLI's ``--plan KEY`` / ``--new-plan`` into that target and says when the match is uncertain; the
wizard asks the same question with a list and passes the answer as ``target``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.core.plan_identity import PlanMatch, match_plan
from bkfi_desktop.core.plan_preview import ImportPreview, describe_import
from bkfi_desktop.core.plans import NEW_PLAN
from bkfi_desktop.core.store.models import Plan
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.task_import import ImportSummary, import_plan_data, read_task_list
from bkfi_desktop.workflows.progress import Progress

__all__ = [
    "NEW_PLAN",
    "ImportPreview",
    "ImportSummary",
    "PlanChoice",
    "choose_plan",
    "import_read",
    "import_tasks",
    "preview_import",
    "read_tasks",
]

Target = int | str | None
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
    target: Target = None,
    progress: Progress | None = None,
    comparing: str = "Đang so sánh với danh sách nhiệm vụ hiện có…",
) -> ImportPreview:
    """Read ``path`` and say, task by task, what importing it into ``target`` would change (applied
    and rolled back). ``comparing`` is the step's text (the GUI passes its translated one)."""
    progress = progress or Progress()
    data = read_tasks(path, sheet=sheet, progress=progress)
    progress.step(90, comparing)
    return describe_import(workspace, data, today, target=target)


def import_tasks(
    workspace: Workspace,
    path: Path | str,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    target: Target = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Read ``path`` and apply it to ``target`` in one transaction (``dry_run``: only say what would change)."""
    progress = progress or Progress()
    data = read_tasks(path, sheet=sheet, progress=progress)
    return import_read(workspace, data, dry_run=dry_run, target=target, progress=progress)


def import_read(
    workspace: Workspace,
    data: PlanData,
    *,
    dry_run: bool = False,
    target: Target = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Apply a list already read (the CLI reads before it opens the workspace) in one transaction."""
    progress = progress or Progress()
    progress.step(READ_SHARE + 5, "Đang ghi danh sách nhiệm vụ…")  # last moment to cancel: nothing written yet
    summary = import_plan_data(workspace, data, dry_run=dry_run, target=target)
    progress.report(100, "Đã nhập xong.")
    return summary


@dataclass(frozen=True)
class PlanChoice:
    """The target for a list, or (``undecided``) the stored plan it may belong to and why."""

    target: Target
    match: PlanMatch

    @property
    def undecided(self) -> bool:
        return self.target is None and self.match.plan_id is not None and not self.match.certain


def choose_plan(
    workspace: Workspace, data: PlanData, *, plan_key: str | None = None, new_plan: bool = False
) -> PlanChoice:
    """The plan named by the user (its key, or a new one), else the match found for ``data``."""
    if new_plan:
        return PlanChoice(NEW_PLAN, PlanMatch())
    with workspace.session() as session:
        if plan_key:
            plan_id = session.scalar(select(Plan.id).where(Plan.key == plan_key))
            if plan_id is None:
                raise InvalidInputError(f"Không có kế hoạch mã “{plan_key}” trong vùng làm việc.")
            return PlanChoice(plan_id, PlanMatch())
        return PlanChoice(None, match_plan(session, data))
