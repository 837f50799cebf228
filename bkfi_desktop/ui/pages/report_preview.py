"""The Báo cáo page's PDF preview: a QPdfView over a QPdfDocument, showing one PDF file at a time, and
the previewer that builds what it shows.

Preview PDFs are written to a private temporary folder, each under a new name, so the file being
shown is never overwritten or deleted while Qt still reads it (Windows locks open files).
QtPdf comes from the PySide6-Pdf wheel; without it the page still works and says how to get it.
"""

from __future__ import annotations

import itertools
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTemporaryDir
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from bkfi_desktop.core.reports.registry import ReportSummary
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.workflows.build_report import BuiltReport, build_report
from bkfi_desktop.workflows.progress import Progress

log = logging.getLogger(__name__)

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]


class PdfPreview(QObject):
    """Owns the document and the view placed on the form's empty PDF page."""

    def __init__(
        self, stack: QStackedWidget, pdf_page: QWidget, pdf_layout: QVBoxLayout, empty_label: QLabel
    ) -> None:
        super().__init__(stack)
        self.stack = stack
        self.pdf_page = pdf_page
        self.empty_label = empty_label
        self.folder = QTemporaryDir()
        self._names = itertools.count(1)
        self.shown: Path | None = None  # the file the view shows now
        self.document = None
        self.view = None
        if QPdfDocument is None or QPdfView is None:
            empty_label.setText(
                self.tr("The preview needs the PySide6-Pdf package; the report itself can still be built.")
            )
            return
        self.document = QPdfDocument(self)
        self.view = QPdfView(pdf_page)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pdf_layout.addWidget(self.view)

    @property
    def available(self) -> bool:
        return self.document is not None

    def next_path(self) -> Path:
        """A fresh file name in the private folder, for the next preview build."""
        return Path(self.folder.path()) / f"xem-truoc-{next(self._names)}.pdf"

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def show_file(self, path: Path) -> bool:
        """Show the PDF at path; False (and the empty page) when it cannot be read."""
        if self.document is None:
            self.stack.setCurrentIndex(0)
            return False
        previous = self.shown
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            log.warning("cannot show %s: %s", path, error)
            self.clear(self.tr("The file %1 cannot be shown.").replace("%1", Path(path).name))
            return False
        self.shown = Path(path)
        self.stack.setCurrentWidget(self.pdf_page)
        self._forget(previous)
        return True

    def clear(self, message: str = "") -> None:
        previous = self.shown
        if self.document is not None:
            self.document.close()
        self.shown = None
        if message:
            self.empty_label.setText(message)
        self.stack.setCurrentIndex(0)
        self._forget(previous)

    def _forget(self, previous: Path | None) -> None:
        """Delete an earlier preview file of ours (never the clerk's own report files)."""
        if previous is not None and previous != self.shown and previous.parent == Path(self.folder.path()):
            previous.unlink(missing_ok=True)


@dataclass(frozen=True)
class PreviewRequest:
    """What to preview: the period's report as the page shows it now, not yet numbered."""

    period_code: str
    narrative: dict[str, str]
    report_id: int | None
    plan: str | None


class ReportPreviewer(QObject):
    """Builds previews off the GUI thread, one at a time (the last edit wins), or shows a built
    report's own file. Given the preview it fills, the app's services, its status label, what to
    call for another round, and how to tell whether a finished preview is still wanted."""

    def __init__(
        self,
        preview: PdfPreview,
        context: AppContext,
        status_label: QLabel,
        *,
        again: Callable[[], None],
        wanted: Callable[[PreviewRequest], bool],
    ) -> None:
        super().__init__(preview)
        self.preview = preview
        self.context = context
        self.status_label = status_label
        self.again = again
        self.wanted = wanted
        self.running = False
        self._again = False

    def build(self, request: PreviewRequest) -> None:
        if self.running:
            self._again = True
            return
        self.running = True
        self.status_label.setText(self.tr("Updating the preview…"))
        target, workspace, today = self.preview.next_path(), self.context.workspace, self.context.today()

        def work(_progress: Progress) -> BuiltReport:
            return build_report(
                workspace,
                request.period_code,
                out_pdf=target,
                narrative=request.narrative,
                report_id=request.report_id,
                issued_on=today,
                preview=True,
                plan=request.plan,
            )

        self.context.runner.run(
            work, on_success=lambda built: self._previewed(built, request), on_failure=self._failed
        )

    def _done(self) -> bool:
        self.running = False
        if self._again:
            self._again = False
            self.again()
            return False
        return True

    def _previewed(self, built: BuiltReport, request: PreviewRequest) -> None:
        if not self._done() or not self.wanted(request):
            built.pdf_path.unlink(missing_ok=True)  # the clerk has moved on
            return
        self.preview.show_file(built.pdf_path)
        self.status_label.setText(
            self.tr("Preview, %1 page(s). The number and date are given when you build the report.").replace(
                "%1", str(built.page_count)
            )
            if built.number is None
            else self.tr("Preview of report No. %1, %2 page(s); build again to save the changes.")
            .replace("%1", built.number_text)
            .replace("%2", str(built.page_count))
        )

    def _failed(self, error: BaseException) -> None:
        if self._done():
            self.status_label.setText(dialogs.error_text(error))

    def show_report_file(self, summary: ReportSummary) -> None:
        """A built report is shown as its file (the signed one once signed), as it was written."""
        saved = summary.signed_path or summary.pdf_path
        source = Path(saved) if saved else None
        if source is None or not source.is_file():
            self.preview.clear(
                self.tr("The file of this report is no longer at %1.").replace("%1", str(source or ""))
            )
            return
        copy = self.preview.next_path()
        shutil.copyfile(source, copy)
        self.preview.show_file(copy)
        self.status_label.setText(
            self.tr("Report No. %1 as saved in %2.").replace("%1", summary.number_text).replace("%2", source.name)
        )
