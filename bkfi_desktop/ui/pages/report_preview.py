"""The Báo cáo page's PDF preview: a QPdfView over a QPdfDocument, showing one PDF file at a time.

Preview PDFs are written to a private temporary folder, each under a new name, so the file being
shown is never overwritten or deleted while Qt still reads it (Windows locks open files).
QtPdf comes from the PySide6-Pdf wheel; without it the page still works and says how to get it.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTemporaryDir
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

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
