"""The one line on the Báo cáo page that says where the open report stands (new, draft, issued,
signed), in the page's own words (translation context ReportsPage)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bkfi_desktop.core.reports.registry import ReportDetail


def state_text(report: ReportDetail | None) -> str:
    if report is None:
        return QCoreApplication.translate(
            "ReportsPage",
            "New report: nothing saved yet. The narrative below is written from the data; edit it freely.",
        )
    summary = report.summary
    number = summary.number_text if summary.number is not None else QCoreApplication.translate("ReportsPage", "no number yet")
    text = QCoreApplication.translate("ReportsPage", "Report %1 — %2.").replace("%1", number).replace("%2", summary.status_label)
    if not report.editable:
        text += " " + QCoreApplication.translate(
            "ReportsPage", "It is signed and so issued; it can no longer be changed."
        )
    elif summary.status == "issued":
        text += " " + QCoreApplication.translate("ReportsPage", "It is issued once the leader signs it.")
    return text
