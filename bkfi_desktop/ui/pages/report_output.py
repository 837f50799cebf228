"""Building, exporting, signing and verifying from the Báo cáo page: what turns the page into files."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from bkfi_desktop.ui import dialogs
from bkfi_desktop.workflows.build_report import BuiltReport, build_report
from bkfi_desktop.workflows.progress import Progress

if TYPE_CHECKING:
    from bkfi_desktop.ui.pages.reports_page import ReportsPage

REPORTS_FOLDER = "bao-cao"  # beside the workspace file


class ReportOutput(QObject):
    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.page = page

    # --- building and exporting -------------------------------------------------------------------

    def reports_folder(self) -> Path:
        return self.page.context.workspace.path.parent / REPORTS_FOLDER

    def _target_pdf(self) -> Path:
        if self.page.report is not None and self.page.report.summary.pdf_path:
            return Path(self.page.report.summary.pdf_path)
        base = f"bao-cao-{self.page.period.code if self.page.period else 'ky'}"
        target = self.reports_folder() / f"{base}.pdf"
        counter = 2
        while target.exists() or target.with_suffix(".xlsx").exists():
            target = self.reports_folder() / f"{base} ({counter}).pdf"
            counter += 1
        return target

    def build(self) -> None:
        """Issue the report: number, PDF and Excel appendix in the reports folder, off the GUI thread."""
        if self.page.period is None or not self.page.save_narrative():
            return
        report = self.page.report
        if report is not None and not report.editable:
            return
        if not self.page.numbering.confirm_timing(self.page.period):
            return
        code, texts, target = self.page.period.code, self.page.narrative.texts(), self._target_pdf()
        report_id = report.summary.id if report else None
        number, issued_on = self.page.numbering.chosen()

        def work(progress: Progress) -> BuiltReport:
            return build_report(
                self.page.context.workspace,
                code,
                out_pdf=target,
                out_xlsx=target.with_suffix(".xlsx"),
                narrative=texts,
                issued_on=issued_on,
                number=number,
                report_id=report_id,
                progress=progress,
            )

        self.page.ui.buildButton.setEnabled(False)
        self.page.context.runner.run(
            work,
            on_success=self._built,
            on_failure=self._build_failed,
            on_progress=lambda _percent, text: self.page.ui.previewStatusLabel.setText(text),
            on_cancelled=lambda: self._build_failed(self.tr("Building was cancelled; nothing was written.")),
            cancellable=True,
            label=self.tr("Building the report…"),
            changes=("reports",),
        )

    def _built(self, built: BuiltReport) -> None:
        if built.report_id is not None:
            self.page.reopen(built.report_id)
        self.page.ui.narrativeStatusLabel.setText(
            self.tr("Report No. %1 built: %2")
            .replace("%1", built.number_text)
            .replace("%2", str(built.pdf_path))
        )

    def _build_failed(self, error: BaseException | str) -> None:
        self.page._update_buttons()
        dialogs.show_error(self.page, error)

    def export_pdf(self) -> None:
        summary = self.page.report.summary if self.page.report else None
        if summary is None:
            return
        source = Path(summary.signed_path) if summary.signed_path else Path(summary.pdf_path)
        self._export(source, self.tr("Save the report as"), self.tr("PDF files (*.pdf)"))

    def export_excel(self) -> None:
        if self.page.report is not None and self.page.report.summary.xlsx_path:
            self._export(
                Path(self.page.report.summary.xlsx_path),
                self.tr("Save the Excel appendix as"),
                self.tr("Excel workbooks (*.xlsx)"),
            )

    def _export(self, source: Path, title: str, name_filter: str) -> None:
        if not source.is_file():
            dialogs.show_error(
                self.page,
                self.tr("The file %1 is no longer there; build the report again.").replace("%1", str(source)),
            )
            return
        target = dialogs.choose_save_file(self.page, title, str(Path.home() / source.name), name_filter)
        if target is None:
            return
        if target.suffix.lower() != source.suffix.lower():
            target = target.with_name(target.name + source.suffix)
        try:
            if target.resolve() != source.resolve():
                shutil.copyfile(source, target)
        except OSError as exc:
            dialogs.show_error(
                self.page,
                self.tr("Cannot save %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self.page.ui.narrativeStatusLabel.setText(self.tr("Saved a copy to %1.").replace("%1", str(target)))

    # --- signing and verifying ---------------------------------------------------------------------

    def open_sign_dialog(self) -> None:
        if self.page.report is None or self.page.report.summary.status != "issued":
            return
        from bkfi_desktop.ui.sign_dialog import SignDialog

        dialog = SignDialog(self.page.context, self.page.report.summary.id, self.page)
        report_id = self.page.report.summary.id
        dialog.signed.connect(lambda _path: self.page.reopen(report_id))
        dialog.finished.connect(dialog.deleteLater)
        self.page.sign_dialog = dialog
        dialog.open()

    def open_verify_dialog(self) -> None:
        from bkfi_desktop.ui.verify_dialog import VerifyDialog

        summary = self.page.report.summary if self.page.report else None
        path = Path(summary.signed_path) if summary and summary.signed_path else None
        dialog = VerifyDialog(self.page.context, self.page, path=path if path and path.is_file() else None)
        dialog.finished.connect(dialog.deleteLater)
        self.page.verify_dialog = dialog
        dialog.open()
