"""Print buttons: ask where to save, build the file off the GUI thread, say where it went.

The pages and Tổng quan call these; the work is the same workflow the CLI runs (`bkfi print`,
`bkfi summary`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext

SUGGESTED = {"tasks": "Danh sách nhiệm vụ", "staff": "Danh sách cán bộ", "training": "Danh sách tập huấn"}


def _saved(parent: QWidget, path: Path) -> None:
    dialogs.show_info(parent, QCoreApplication.translate("printing", "Saved: %1").replace("%1", str(path)))


def print_list(context: AppContext, parent: QWidget, kind: str, **options: Any) -> None:
    """Save the list as PDF or Excel (the clerk picks the type in the save dialog)."""
    target = dialogs.choose_save_file(
        parent, QCoreApplication.translate("printing", "Print the list"), SUGGESTED[kind] + ".pdf", QCoreApplication.translate("printing", "PDF (*.pdf);;Excel workbook (*.xlsx)")
    )
    if target is None:
        return
    if target.suffix.lower() not in (".pdf", ".xlsx"):
        target = target.with_suffix(".pdf")
    workspace, today = context.workspace, context.today()

    def work(progress: Any) -> Path:
        from bkfi_desktop.workflows.printouts import print_listing

        return print_listing(workspace, kind, target, today=today, progress=progress, **options)[0]

    context.runner.run(
        work,
        on_success=lambda path: _saved(parent, path),
        on_failure=lambda exc: dialogs.show_error(parent, exc),
        cancellable=True,
        label=QCoreApplication.translate("printing", "Printing the list…"),
    )


def save_leader_summary(context: AppContext, parent: QWidget) -> None:
    target = dialogs.choose_save_file(parent, QCoreApplication.translate("printing", "Leader summary"), "Tóm tắt cho lãnh đạo.pdf", QCoreApplication.translate("printing", "PDF (*.pdf)"))
    if target is None:
        return
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    workspace, today = context.workspace, context.today()

    def work(progress: Any) -> Path:
        from bkfi_desktop.workflows.leader_summary import build_leader_summary

        return build_leader_summary(workspace, target, today=today, progress=progress)

    context.runner.run(
        work,
        on_success=lambda path: _saved(parent, path),
        on_failure=lambda exc: dialogs.show_error(parent, exc),
        cancellable=True,
        label=QCoreApplication.translate("printing", "Making the leader summary…"),
    )


def open_detailed_plan_dialog(context: AppContext, parent: QWidget) -> None:
    """Kế hoạch chi tiết: from the Nhiệm vụ page's button and the Tệp menu."""
    from bkfi_desktop.ui.detailed_plan_dialog import DetailedPlanDialog

    try:
        dialog = DetailedPlanDialog(context, parent)
    except BkfiError as exc:  # no plan yet, no unit name: say so instead of an empty dialog
        dialogs.show_error(parent, exc)
        return
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
