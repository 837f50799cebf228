"""What the compiling office makes from a compile in Tổng hợp báo cáo các đơn vị: the consolidated
workbook, its own consolidated report (PDF with its data embedded, signable, and an editable .docx),
signed through the same sign dialog as the Báo cáo page, and the reminder letter (công văn đôn đốc)
to the units still owing a report.

The clerk chooses where each file goes; the work runs off the GUI thread with the dialog's progress
bar (Hủy or Esc stops it before anything is written) through the same workflows as `bkfi compile
--report-out/--docx` and `bkfi reminder`. A failure is one Vietnamese sentence in the status line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from bkfi_desktop.errors import BkfiError
from bkfi_desktop.exchange.compilation import write_compilation_xlsx
from bkfi_desktop.ui import dialogs
from bkfi_desktop.workflows.consolidated_report import write_consolidated
from bkfi_desktop.workflows.progress import Progress
from bkfi_desktop.workflows.reminder import write_reminder

if TYPE_CHECKING:
    from bkfi_desktop.ui.compile_dialog import CompileDialog


def _first_names(names: list[str], shown: int = 4) -> str:
    """A few names for the status line (the letter lists them all)."""
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f"… (+{more})" if more > 0 else "")


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class CompileOutputs(QObject):
    """The dialog's output buttons; holds what was made from the compile on screen (cleared with it)."""

    def __init__(self, dialog: CompileDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.saved_to: Path | None = None  # the workbook
        self.report: dict[str, Path] = {}  # pdf / docx of the consolidated report
        self.report_id: int | None = None
        self.signed_to: Path | None = None
        self.reminder: Path | None = None
        self.reminder_units: list[str] = []
        self.reminder_signed: Path | None = None
        self.sign_dialog: QObject | None = None

    def clear(self) -> None:
        self.saved_to, self.report, self.report_id, self.signed_to = None, {}, None, None
        self.reminder, self.reminder_units, self.reminder_signed = None, [], None

    def folder(self) -> Path:
        paths = self.dialog.paths
        return paths[0].parent if paths else Path.home()

    def code(self) -> str:
        compilation = self.dialog.compilation
        return (compilation.period_code if compilation is not None else None) or "bao-cao"

    # --- the workbook -------------------------------------------------------------------------------

    def default_workbook_name(self) -> str:
        return f"tong-hop-{self.code()}.xlsx"

    def save_workbook(self) -> None:
        dialog = self.dialog
        compilation = dialog.compilation
        if compilation is None or not compilation.accepted or dialog.busy:
            return
        out = dialogs.choose_save_file(
            dialog, self.tr("Save the compiled workbook as"), str(self.folder() / self.default_workbook_name()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if out is None:
            return
        tasks = dialog.result.tasks if dialog.result is not None else []
        try:
            self.saved_to = write_compilation_xlsx(compilation, _with_suffix(out, ".xlsx"), tasks=tasks)
        except BkfiError as error:
            dialogs.show_error(dialog, error, self.tr("Save the compiled workbook"))
            return
        dialog.set_status(self.tr("Compiled workbook saved: %1").replace("%1", str(self.saved_to)), good=True)

    # --- running a job with the dialog's progress bar -----------------------------------------------

    def _run(self, work: Any, on_success: Any, starting: str) -> None:
        dialog = self.dialog

        def failed(error: BaseException) -> None:
            dialog.job_finished()
            dialog.set_status(dialogs.error_text(error), good=False)

        def stopped() -> None:
            dialog.job_finished()
            dialog.set_status(self.tr("Stopped; no file was written."), good=False)

        def succeeded(result: Any) -> None:
            dialog.job_finished()
            on_success(result)

        def attached(progress: Progress) -> Any:
            dialog.attach(progress)
            return work(progress)

        dialog.job_started(starting)
        dialog.track(
            dialog.context.runner.run(
                attached, on_success=succeeded, on_failure=failed, on_progress=dialog.show_progress,
                on_cancelled=stopped, cancellable=True, changes=("reports",),
            )
        )

    # --- the consolidated report --------------------------------------------------------------------

    def build_report(self) -> None:
        dialog = self.dialog
        result = dialog.result
        if result is None or not result.compilation.accepted or dialog.busy:
            return
        out = dialogs.choose_save_file(
            dialog, self.tr("Save the consolidated report as (a Word file is saved beside it)"),
            str(self.folder() / f"bao-cao-tong-hop-{self.code()}.pdf"), self.tr("PDF files (*.pdf)"),
        )
        if out is None:
            return
        pdf = _with_suffix(out, ".pdf")
        docx = pdf.with_suffix(".docx")
        workspace, day = dialog.context.workspace, dialog.context.today()

        def work(progress: Progress) -> dict[str, Path]:
            return write_consolidated(workspace, result, pdf_out=pdf, docx_out=docx, issued_on=day, progress=progress)

        self._run(work, self._report_built, self.tr("Building the consolidated report…"))

    def _report_built(self, written: dict[str, Path]) -> None:
        result = self.dialog.result
        self.report, self.signed_to = dict(written), None
        self.report_id = result.report_id if result is not None else None
        self.dialog.set_status(
            self.tr("Consolidated report built: %1 (and the Word file %2, to edit). Press Sign… to sign it.")
            .replace("%1", str(written.get("pdf", "")))
            .replace("%2", str(written.get("docx", ""))),
            good=True,
        )
        self.dialog.refresh_buttons()
        self.dialog.ui.signReportButton.setFocus()

    def _open_sign_dialog(self, report_id: int | None, document: tuple[Path, str] | None, signed: Any) -> None:
        """The Báo cáo page's sign dialog (token or .p12, same checks), on a report record or a document."""
        from bkfi_desktop.ui.sign_dialog import SignDialog

        sign_dialog = SignDialog(self.dialog.context, report_id, self.dialog, document=document)
        sign_dialog.signed.connect(signed)
        sign_dialog.finished.connect(sign_dialog.deleteLater)
        self.sign_dialog = sign_dialog
        sign_dialog.open()

    def sign_report(self) -> None:
        if self.report_id is not None and not self.dialog.busy:
            self._open_sign_dialog(self.report_id, None, self._signed)

    def _signed(self, path: str) -> None:
        self.signed_to = Path(path)
        self.dialog.set_status(
            self.tr("Consolidated report signed: %1. It can be sent, and compiled at the next level.")
            .replace("%1", path),
            good=True,
        )
        self.dialog.refresh_buttons()

    # --- the reminder letter ------------------------------------------------------------------------

    def owing_units(self) -> list[str]:
        """Units on the roster still owing a valid report (missing, or refused) — whom the letter names."""
        result = self.dialog.result
        rows = result.board if result is not None else []
        return [row.unit for row in rows if row.on_roster and row.status in {"missing", "refused"}]

    def build_reminder(self) -> None:
        dialog = self.dialog
        compilation = dialog.compilation
        if compilation is None or compilation.period_code is None or dialog.busy or not self.owing_units():
            return
        out = dialogs.choose_save_file(
            dialog, self.tr("Save the reminder letter as"),
            str(self.folder() / f"cong-van-don-doc-{self.code()}.pdf"), self.tr("PDF files (*.pdf)"),
        )
        if out is None:
            return
        pdf = _with_suffix(out, ".pdf")
        workspace, period, day = dialog.context.workspace, compilation.period_code, dialog.context.today()
        plan_key = dialog.office.plan_key  # the roster the board follows

        def work(progress: Progress) -> tuple[Path, list[str]]:
            return write_reminder(workspace, period, pdf, plan_key=plan_key, issued_on=day, progress=progress)

        self._run(work, self._reminder_built, self.tr("Building the reminder letter…"))

    def _reminder_built(self, made: tuple[Path, list[str]]) -> None:
        self.reminder, self.reminder_units = made
        self.reminder_signed = None
        self.dialog.set_status(
            self.tr("Reminder letter saved: %1. It names %2 unit(s): %3. Press Sign the letter… to sign it.")
            .replace("%1", str(self.reminder))
            .replace("%2", str(len(self.reminder_units)))
            .replace("%3", _first_names(self.reminder_units)),
            good=True,
        )
        self.dialog.refresh_buttons()
        self.dialog.ui.signReminderButton.setFocus()

    def sign_reminder(self) -> None:
        if self.reminder is not None and not self.dialog.busy:
            what = self.tr("Reminder letter (công văn đôn đốc)")
            self._open_sign_dialog(None, (self.reminder, what), self._reminder_signed)

    def _reminder_signed(self, path: str) -> None:
        self.reminder_signed = Path(path)
        self.dialog.set_status(self.tr("Reminder letter signed: %1. It can be sent to the units.").replace("%1", path), good=True)
        self.dialog.refresh_buttons()
