"""Building, exporting, signing and verifying from the Báo cáo page: what turns the page into files.

Given the app's services (context), the widget its dialogs open over, the two labels it reports on,
and what to do once a report is built or a build fails; the page hands it each request whole.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from bkfi_desktop.core.reports.registry import ReportDetail, ReportSummary
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.workflows.build_report import BuiltReport, build_report
from bkfi_desktop.workflows.progress import Progress

REPORTS_FOLDER = "bao-cao"  # beside the workspace file


@dataclass(frozen=True)
class BuildRequest:
    """One build as the clerk set it up on the page."""

    period_code: str
    report: ReportDetail | None  # the open report (built again, keeping its number), else a new one
    narrative: dict[str, str]
    number: int
    issued_on: dt.date
    plan: str | None  # the plan the report is about; None: the unit's whole work


class ReportOutput(QObject):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        *,
        status_label: QLabel,
        progress_label: QLabel,
        on_built: Callable[[int], None],
        on_failed: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.status_label = status_label  # where the outcome is said
        self.progress_label = progress_label  # where the steps of a build are shown
        self.on_built = on_built  # the id of the report just built
        self.on_failed = on_failed
        self.sign_dialog: QWidget | None = None
        self.verify_dialog: QWidget | None = None

    # --- building and exporting -------------------------------------------------------------------

    def reports_folder(self) -> Path:
        return self.context.workspace.path.parent / REPORTS_FOLDER

    def target_pdf(self, request: BuildRequest) -> Path:
        if request.report is not None and request.report.summary.pdf_path:
            return Path(request.report.summary.pdf_path)
        base = f"bao-cao-{request.period_code}"
        if request.plan:  # a plan's report beside the whole work's of the same period
            base += "-" + re.sub(r"[^\w.-]+", "-", request.plan).strip("-")
        target = self.reports_folder() / f"{base}.pdf"
        counter = 2
        while target.exists() or target.with_suffix(".xlsx").exists():
            target = self.reports_folder() / f"{base} ({counter}).pdf"
            counter += 1
        return target

    def build(self, request: BuildRequest) -> None:
        """Issue the report: number, PDF and Excel appendix in the reports folder, off the GUI thread."""
        target = self.target_pdf(request)
        report_id = request.report.summary.id if request.report else None

        def work(progress: Progress) -> BuiltReport:
            return build_report(
                self.context.workspace,
                request.period_code,
                out_pdf=target,
                out_xlsx=target.with_suffix(".xlsx"),
                narrative=request.narrative,
                issued_on=request.issued_on,
                number=request.number,
                report_id=report_id,
                progress=progress,
                plan=request.plan,
            )

        self.context.runner.run(
            work,
            on_success=self._built,
            on_failure=self._build_failed,
            on_progress=lambda _percent, text: self.progress_label.setText(text),
            on_cancelled=lambda: self._build_failed(self.tr("Building was cancelled; nothing was written.")),
            cancellable=True,
            label=self.tr("Building the report…"),
            changes=("reports",),
        )

    def _built(self, built: BuiltReport) -> None:
        if built.report_id is not None:
            self.on_built(built.report_id)
        self.status_label.setText(
            self.tr("Report No. %1 built: %2")
            .replace("%1", built.number_text)
            .replace("%2", str(built.pdf_path))
        )

    def _build_failed(self, error: BaseException | str) -> None:
        self.on_failed()
        dialogs.show_error(self.parent_widget, error)

    def export_pdf(self, summary: ReportSummary) -> None:
        source = Path(summary.signed_path) if summary.signed_path else Path(summary.pdf_path)
        self._export(source, self.tr("Save the report as"), self.tr("PDF files (*.pdf)"))

    def export_excel(self, summary: ReportSummary) -> None:
        if summary.xlsx_path:
            self._export(
                Path(summary.xlsx_path), self.tr("Save the Excel appendix as"), self.tr("Excel workbooks (*.xlsx)")
            )

    def _export(self, source: Path, title: str, name_filter: str) -> None:
        parent = self.parent_widget
        if not source.is_file():
            dialogs.show_error(
                parent, self.tr("The file %1 is no longer there; build the report again.").replace("%1", str(source))
            )
            return
        target = dialogs.choose_save_file(parent, title, str(Path.home() / source.name), name_filter)
        if target is None:
            return
        if target.suffix.lower() != source.suffix.lower():
            target = target.with_name(target.name + source.suffix)
        try:
            if target.resolve() != source.resolve():
                shutil.copyfile(source, target)
        except OSError as exc:
            dialogs.show_error(
                parent,
                self.tr("Cannot save %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self.status_label.setText(self.tr("Saved a copy to %1.").replace("%1", str(target)))

    # --- signing and verifying ---------------------------------------------------------------------

    def open_sign_dialog(self, report_id: int, on_signed: Callable[[], None]) -> None:
        from bkfi_desktop.ui.sign_dialog import SignDialog

        dialog = SignDialog(self.context, report_id, self.parent_widget)
        dialog.signed.connect(lambda _path: on_signed())
        dialog.finished.connect(dialog.deleteLater)
        self.sign_dialog = dialog
        dialog.open()

    def open_verify_dialog(self, summary: ReportSummary | None) -> None:
        from bkfi_desktop.ui.verify_dialog import VerifyDialog

        path = Path(summary.signed_path) if summary and summary.signed_path else None
        dialog = VerifyDialog(self.context, self.parent_widget, path=path if path and path.is_file() else None)
        dialog.finished.connect(dialog.deleteLater)
        self.verify_dialog = dialog
        dialog.open()
