"""Tổng quan's charts: the ReportLab drawings of the leader summary, shown as images (one source of truth).

The figures and the drawings' PDF bytes are made off the GUI thread; QtPdf (already shipped for the
report preview) turns each one-page PDF into an image of the label's size on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel

from bkfi_desktop.core.chart_data import ChartData, chart_data
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.worker import ProgressReporter

try:
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = None  # type: ignore[assignment,misc]

log = logging.getLogger(__name__)


def pdf_image(pdf: bytes, size: QSize) -> QImage:
    """The first page of a PDF as an image that fits ``size`` (keeping the page's proportions)."""
    if QPdfDocument is None:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        log.warning("chart PDF not readable: %s", document.error())
        return QImage()
    page = document.pagePointSize(0)
    scale = min(size.width() / page.width(), size.height() / page.height())
    target = QSize(max(1, int(page.width() * scale)), max(1, int(page.height() * scale)))
    page_image = document.render(0, target, QPdfDocumentRenderOptions())
    document.close()
    # On white, as on paper: a transparent chart would lose its black text on a dark window theme.
    image = QImage(page_image.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, page_image)
    painter.end()
    return image


class DashboardCharts(QObject):
    """Fills the four chart labels; refreshes with the rest of the page."""

    def __init__(self, context: AppContext, labels: Sequence[QLabel]) -> None:
        super().__init__(labels[0])
        self.context = context
        self.labels = list(labels)
        self.data: ChartData | None = None
        self._pdfs: list[bytes] = []
        for label in self.labels:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumSize(150, 105)

    def refresh(self) -> None:
        workspace, today = self.context.workspace, self.context.today()

        def load(_progress: ProgressReporter) -> tuple[ChartData, list[bytes]]:
            from bkfi_desktop.documents.charts import drawing_pdf, leader_charts

            with workspace.session() as session:
                data = chart_data(session, today)
            return data, [drawing_pdf(drawing) for drawing in leader_charts(data)]

        self.context.runner.run(load, on_success=self._show, on_failure=lambda exc: log.warning("charts: %s", exc))

    def _show(self, result: tuple[ChartData, list[bytes]]) -> None:
        self.data, self._pdfs = result
        self.repaint_images()

    def repaint_images(self) -> None:
        """Render at the labels' current size and the screen's pixel ratio, so text stays crisp."""
        for label, pdf in zip(self.labels, self._pdfs, strict=False):
            ratio = label.devicePixelRatioF()
            size = label.contentsRect().size()
            size = QSize(max(size.width(), 150), max(size.height(), 105))
            image = pdf_image(pdf, QSize(int(size.width() * ratio), int(size.height() * ratio)))
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
