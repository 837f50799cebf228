"""The periodic report as a Nghị định 30/2020 PDF (ReportLab Platypus)."""

from bkfi_desktop.documents.report_pdf.builder import RenderedReport, render_report
from bkfi_desktop.documents.report_pdf.signing_block import SignatureBox

__all__ = ["RenderedReport", "SignatureBox", "render_report"]
